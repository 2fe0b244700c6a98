#!/usr/bin/env python3
"""Fills resources/translations/gevinst_en.ts with the English texts below.

Run after `cmake --build BUILD --target update_translations` (lupdate) added new
source texts: python3 resources/translations/english.py. Texts without an entry
stay unfinished and show in Norwegian."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
 'År': 'Year', 'Frigjorte årsverk': 'Freed FTE', 'Bemanningsgap': 'Staffing gap', 'Årsverk': 'FTE',
 'Realisert kapasitet': 'Realised capacity', 'Lønnstilskudd': 'Wage subsidy', 'Mentortilskudd': 'Mentor subsidy',
 'Sparte sosialhjelpsutgifter': 'Social assistance saved', 'Oppgavemedarbeidere': 'Task workers',
 'Opplæring': 'Training', 'Frivillighetskoordinering': 'Volunteer coordination', 'Teknologi': 'Technology',
 'Hub (koordinator og etablering)': 'Hub (coordinator and set-up)', 'Netto budsjetteffekt': 'Net budget effect',
 'Millioner kroner': 'Million NOK', 'Sykepleiere': 'Nurses', 'Helsefagarbeidere': 'Health workers',
 'Yrkesgruppe': 'Professional group', 'Før oppgavedeling': 'Before task sharing', 'Etter (%1)': 'After (%1)',
 'Andel av arbeidstiden til kompetanseoppgaver (%)': 'Share of working time on matching tasks (%)',
 'Akkumulert budsjetteffekt': 'Cumulative budget effect', 'Tilbakebetalt %1': 'Paid back %1',
 'Frigjorte årsverk og bemanningsgap': 'Freed FTE and staffing gap', 'Budsjetteffekt per år': 'Budget effect per year',
 'Utnyttelsesgrad før og etter': 'Utilisation before and after',
 'er ikke gyldig JSON: %1': 'is not valid JSON: %1',
 'ukjent format «%1», forventet «gevinstmodell-scenario/1»': 'unknown format “%1”, expected “gevinstmodell-scenario/1”',
 'mangler (må fylles ut)': 'missing (required)', 'må være et tall eller riktig type (%1)': 'must be a number or the right type (%1)',
 'ukjent verdi «%1»': 'unknown value “%1”', 'må være et endelig tall': 'must be a finite number',
 'er %1, for stort (høyst %2)': 'is %1, too large (at most %2)', 'er %1, kan ikke være negativt': 'is %1, must not be negative',
 'er %1, må være større enn 0': 'is %1, must be greater than 0',
 'er %1, må være mellom 0 og 1 (0–100 %)': 'is %1, must be between 0 and 1 (0–100 %)',
 'er %1, må være større enn 0 og høyst 1 (100 %)': 'is %1, must be greater than 0 and at most 1 (100 %)',
 'er %1, må være større enn −1 og høyst 1': 'is %1, must be greater than −1 and at most 1',
 'er %1, utenfor gyldig område (%2)': 'is %1, outside the valid range (%2)', 'er %1, må være et heltall': 'is %1, must be a whole number',
 'summerer til %1 %, må være 100 %': 'sums to %1 %, must be 100 %',
 'andelene summerer til %1 %, kan høyst være 100 %': 'the shares sum to %1 %, at most 100 % allowed',
 'et tiltak kan ikke gi oppgaver til sin egen yrkesgruppe (%1)': 'a measure cannot give tasks to its own role (%1)',
 'er %1, før startåret %2': 'is %1, before the start year %2', 'er %1, utenfor perioden %2': 'is %1, outside the period %2',
 'ingen tjenestemottakere i startåret %1 (alle tjenesterater eller folketall er 0)': 'no service recipients in the start year %1 (all service rates or populations are 0)',
 'for mange eller for lang: %1': 'too many or too long: %1', 'beregningen blir ikke endelig (%1)': 'the calculation does not stay finite (%1)',
 'ugyldig usikkerhetsintervall: %1': 'invalid uncertainty range: %1', '%1: %2': '%1: %2',
 'Sykepleier': 'Nurse', 'Helsefagarbeider': 'Health worker', 'Assistent': 'Assistant', 'Assistenter': 'Assistants',
 'Helsefaglige oppgaver': 'Health-care tasks', 'Kompetanseoppgaver': 'Trained tasks', 'Praktisk bistand': 'Practical help',
 'Kjøring og logistikk': 'Driving and logistics', 'Mestring og aktivitet': 'Coping and activities',
 'Oppgavemedarbeider': 'Task worker', 'Frivillige': 'Volunteers', 'Velferdsteknologi': 'Welfare technology',
 '80 år og eldre': '80 years and older', '%1 år': '%1 years', '%': '%', 'år': 'year',
 'Navn på scenarioet': 'Scenario name', 'Et navn som skiller scenarioet fra andre for samme enhet.': 'A name that tells this scenario apart from others for the same unit.',
 'Startår': 'Start year', 'Første år i beregningen (år 0). Beløp er i faste priser for dette året.': 'First year of the calculation (year 0). Amounts are in fixed prices of this year.',
 'Sluttår': 'End year', 'Siste år i beregningen.': 'Last year of the calculation.', 'Diskonteringsrente': 'Discount rate',
 'Årlig kalkulasjonsrente for nåverdien av budsjetteffekten (reell).': 'Yearly (real) discount rate for the present value of the budget effect.',
 'Timer per årsverk': 'Hours per FTE', 'timer/år': 'hours/year', 'Effektive arbeidstimer i ett årsverk.': 'Effective working hours in one FTE.',
 'Folketall %1, %2': 'Population %1, %2', 'personer': 'persons',
 'Innbyggere i aldersgruppen 1. januar. År mellom to oppgitte år interpoleres lineært.': 'Inhabitants in the age band on 1 January. Years between two given years are interpolated linearly.',
 'Tjenesterate %1': 'Service rate %1', 'Andel av innbyggerne i aldersgruppen som mottar tjenesten.': 'Share of the inhabitants in the age band who receive the service.',
 'Årlig vekst i bemanning': 'Yearly growth in staff', 'Hvor mye tilgjengelige årsverk vokser per år (negativ: avgang).': 'How much the available FTE grow per year (negative: attrition).',
 '%1: årsverk': '%1: FTE', 'årsverk': 'FTE', 'Årsverk i tjenesten i startåret.': 'FTE in the service in the start year.',
 '%1: årskostnad': '%1: annual cost', 'kr/årsverk': 'NOK/FTE', 'Lønn med sosiale kostnader for ett årsverk.': 'Wages with social costs for one FTE.',
 '%1: andel tid til %2': '%1: share of time on %2',
 'Andel av arbeidstiden som går til oppgavekategorien. Hver rad skal summere til 100 %.': 'Share of working time spent on the task category. Each row must sum to 100 %.',
 '%1: tidsfordeling': '%1: time use', 'Hver rad skal summere til 100 %.': 'Each row must sum to 100 %.',
 'Tiltak %1': 'Measure %1', '%1: andel som flyttes': '%1: share moved',
 'Andel av tiden i kategorien som flyttes fra yrkesgruppen til mottakeren når tiltaket er fullt innført.': 'Share of the time in the category moved from the role to the receiver once the measure is fully in place.',
 '%1: fra': '%1: from', '%1: til': '%1: to', '%1: oppgavekategori': '%1: task category', 'Tiltak for oppgavedeling': 'Task-sharing measures',
 'Innføring starter': 'Roll-out starts', 'Første år tiltakene virker.': 'First year the measures take effect.',
 'År til full effekt': 'Years to full effect', 'Hvor mange år innføringen tar før tiltakene har full effekt.': 'How many years the roll-out takes before the measures have full effect.',
 'Oppgavemedarbeider: årskostnad': 'Task worker: annual cost', 'Oppgavemedarbeider: tidsfaktor': 'Task worker: time factor',
 'timer per flyttet time': 'hours per shifted hour',
 'Timer oppgavemedarbeideren bruker på en oppgave som tok fagpersonen én time.': 'Hours the task worker needs for a task that took the professional one hour.',
 'Oppgavemedarbeider: stillingsandel': 'Task worker: position share', 'Gjennomsnittlig stillingsstørrelse for nyansatte.': 'Average position size of new hires.',
 'Oppgavemedarbeider: årlig turnover': 'Task worker: yearly turnover', 'Andel som slutter hvert år og må erstattes.': 'Share who leave each year and must be replaced.',
 'Frivillige: tidsfaktor': 'Volunteers: time factor', 'Frivillige timer per time fagpersonen sparer.': 'Volunteer hours per hour the professional saves.',
 'Frivillige: koordineringskostnad': 'Volunteers: coordination cost', 'kr/time': 'NOK/hour',
 'Kostnad for å koordinere én frivillig time.': 'Cost of coordinating one volunteer hour.',
 'Teknologi: kostnad per flyttet time': 'Technology: cost per shifted hour',
 'Drift og lisens for velferdsteknologi per time den overtar.': 'Running and licence cost of welfare technology per hour it takes over.',
 'Helsefagarbeider som mottaker: tidsfaktor': 'Health worker as receiver: time factor',
 'Timer helsefagarbeideren bruker på en oppgave som tok sykepleieren én time.': 'Hours the health worker needs for a task that took the nurse one hour.',
 'Andel rekruttert via NAV': 'Share recruited through NAV', 'Andel av nyansatte oppgavemedarbeidere som kommer fra NAV.': 'Share of newly hired task workers who come through NAV.',
 'Opplæringskostnad per ansatt': 'Training cost per hire', 'kr/person': 'NOK/person', 'Engangskostnad for opplæring av en nyansatt.': 'One-off cost of training a new hire.',
 'Lønnstilskudd: andel som kvalifiserer': 'Wage subsidy: eligible share', 'Andel av NAV-ansettelsene som gir lønnstilskudd.': 'Share of NAV hires that bring a wage subsidy.',
 'Lønnstilskudd: måneder i trinnet': 'Wage subsidy: months in tranche', 'mnd': 'months', 'Lengden av trinnet, fra ansettelsesdatoen.': 'Length of the tranche, counted from the hire date.',
 'Lønnstilskudd: sats i trinnet': 'Wage subsidy: rate in tranche', 'Andel av lønnskostnaden NAV dekker i trinnet.': 'Share of the wage cost NAV covers in the tranche.',
 'Mentortilskudd: andel som kvalifiserer': 'Mentor subsidy: eligible share', 'Andel av NAV-ansettelsene som gir mentortilskudd.': 'Share of NAV hires that bring a mentor subsidy.',
 'Mentortilskudd: timer per uke': 'Mentor subsidy: hours per week', 'timer/uke': 'hours/week', 'Mentortimer per uke som dekkes.': 'Mentor hours per week that are covered.',
 'Mentortilskudd: timesats': 'Mentor subsidy: hourly rate', 'NAVs sats per mentortime.': "NAV's rate per mentor hour.",
 'Mentortilskudd: varighet': 'Mentor subsidy: duration', 'Måneder med mentortilskudd fra ansettelsen.': 'Months of mentor subsidy from the hire date.',
 'Andel på sosialhjelp ved ansettelse': 'Share on social assistance when hired', 'Andel av NAV-ansettelsene som mottok sosialhjelp.': 'Share of NAV hires who received social assistance.',
 'Sosialhjelp per person': 'Social assistance per person', 'kr/år': 'NOK/year', 'Årlig utbetalt sosialhjelp per mottaker.': 'Yearly social assistance paid per recipient.',
 'Reduksjon i sosialhjelp ved jobb': 'Reduction in social assistance when employed', 'Hvor mye sosialhjelpen faller når personen er i arbeid.': 'How much the assistance falls when the person is in work.',
 'Hub: koordinatorårsverk': 'Hub: coordinator FTE', 'Årsverk til koordinering (Jobbfabrikken/Mestringstorg).': 'FTE for coordination (Jobbfabrikken/Mestringstorg).',
 'Hub: årskostnad per årsverk': 'Hub: annual cost per FTE', 'Lønn med sosiale kostnader for koordinatoren.': 'Wages with social costs for the coordinator.',
 'Hub: etableringskostnad': 'Hub: set-up cost', 'kr': 'NOK', 'Engangskostnad for å etablere huben.': 'One-off cost of setting up the hub.',
 'Hub: etableringsår': 'Hub: set-up year', 'Året engangskostnaden påløper.': 'The year the one-off cost falls due.',
 'Realiseringsandel': 'Realisation share',
 'Andel av verdien av frigjort kapasitet som tas ut som innsparing i budsjettet (0 % = all kapasitet brukes til å møte økt behov).': 'Share of the value of freed capacity taken out as budget savings (0 % = all capacity goes to meeting growing need).',
 'Gyldig: 0–100 %': 'Valid: 0–100 %', 'Gyldig: 0–1': 'Valid: 0–1', 'Gyldig: over 0 og høyst 100 %': 'Valid: above 0 and at most 100 %',
 'Gyldig: over 0 og høyst 1': 'Valid: above 0 and at most 1', 'Gyldig: 0 eller mer': 'Valid: 0 or more', 'Gyldig: større enn 0': 'Valid: greater than 0',
 'Gyldig: over −100 % og høyst 100 %': 'Valid: above −100 % and at most 100 %', 'Gyldig: over −1 og høyst 1': 'Valid: above −1 and at most 1',
 'Søk kommune eller bydel …': 'Search municipality or district …', 'Skriv navn eller nummer (Ctrl+F)': 'Type a name or number (Ctrl+F)',
 'Enhet': 'Unit', 'Scenarioer': 'Scenarios', 'Scenario / versjon': 'Scenario / version', 'Lagret': 'Saved',
 'Nytt scenario for enheten': 'New scenario for the unit',
 'Lag et scenario for valgt enhet med enhetens folketall og standardverdier fra Nordre Follo-scenarioet': "Create a scenario for the selected unit with the unit's population and defaults from the Nordre Follo scenario",
 'Nylig brukt': 'Recently used', ' (skrivebeskyttet)': ' (read-only)', 'Biblioteket kan ikke leses: %1': 'The library cannot be read: %1',
 ' (levert)': ' (shipped)', 'Versjon %1': 'Version %1', 'Versjon %1 – %2': 'Version %1 – %2', 'Versjon %1, lagret %2': 'Version %1, saved %2',
 'Beregnet på %1 ms, tegnet på %2 ms': 'Computed in %1 ms, drawn in %2 ms', '&Fil': '&File', '&Importer scenariofil …': '&Import scenario file …',
 '&Eksporter scenariofil …': '&Export scenario file …', 'Ctrl+E': 'Ctrl+E', '&Lagre ny versjon …': '&Save new version …',
 '&Tilbakestill til lagret': '&Revert to saved', 'Ctrl+Shift+R': 'Ctrl+Shift+R', '&Avslutt': '&Quit', '&Rediger': '&Edit',
 'Angre': 'Undo', 'Gjør om': 'Redo', 'Ctrl+Y': 'Ctrl+Y', '&Vis': '&View', '&Søk etter enhet': '&Find unit', '&Hjelp': '&Help',
 '&Om Gevinstmodell': '&About Gevinstmodell', 'Om Gevinstmodell': 'About Gevinstmodell',
 '<b>Gevinstmodell %1</b><p>Gevinster av oppgavedeling i helse og omsorg: frigjort kapasitet, utnyttelsesgrad, statlige tilskudd og sparte sosialhjelpsutgifter.</p>': '<b>Gevinstmodell %1</b><p>Gains of task sharing in health and care: freed capacity, utilisation, state subsidies and social assistance saved.</p>',
 'Biblioteket kan ikke åpnes': 'The library cannot be opened',
 'Scenariobiblioteket kunne ikke åpnes:\n%1\n\nDet leverte scenarioet vises, men kan ikke lagres.': 'The scenario library could not be opened:\n%1\n\nThe shipped scenario is shown but cannot be saved.',
 'Scenarioet kan ikke åpnes': 'The scenario cannot be opened', 'Ulagrede endringer': 'Unsaved changes',
 '«%1» har ulagrede endringer. Forkaste dem og åpne versjon %2?': '“%1” has unsaved changes. Discard them and open version %2?',
 'Gevinstmodell': 'Gevinstmodell', ' (versjon %1)': ' (version %1)', ' (ikke i biblioteket)': ' (not in the library)',
 'Uten bibliotek: endringer kan eksporteres til fil, men ikke lagres som versjoner.': 'No library: changes can be exported to a file but not saved as versions.',
 'Kan ikke lagre': 'Cannot save', 'Lagret som versjon %1': 'Saved as version %1', 'Lagre ny versjon': 'Save new version',
 'Notat for versjonen (hva er endret og hvorfor):': 'Note for the version (what changed and why):', 'Tilbakestill': 'Revert',
 'Tilbakestille «%1» til sist lagrede versjon? (Kan angres.)': 'Revert “%1” to the last saved version? (Can be undone.)',
 'Kan ikke importere': 'Cannot import', 'Filen %1 kan ikke leses: %2': 'The file %1 cannot be read: %2',
 'Filen %1 er for stor til å være en scenariofil.': 'The file %1 is too large to be a scenario file.',
 '%1 er ikke en gyldig JSON-fil:\n%2': '%1 is not a valid JSON file:\n%2', 'Importert fra %1': 'Imported from %1',
 'Importert med feil: rett feilene og lagre for å legge scenarioet i biblioteket.': 'Imported with errors: fix them and save to put the scenario in the library.',
 'Importerte %1': 'Imported %1', 'Kan ikke eksportere': 'Cannot export', '%1 kan ikke skrives: %2': '%1 cannot be written: %2',
 'Eksporterte til %1': 'Exported to %1', 'Importer scenariofil': 'Import scenario file',
 'Scenariofiler (*.json);;Alle filer (*)': 'Scenario files (*.json);;All files (*)', 'Eksporter scenariofil': 'Export scenario file',
 'Scenariofiler (*.json)': 'Scenario files (*.json)', 'Kan ikke lage scenario': 'Cannot create the scenario',
 'Gjenopprett ulagret arbeid': 'Recover unsaved work', 'Gjenopprett ulagrede endringer': 'Recover unsaved changes',
 'Disse scenarioene har endringer som ikke er lagret:\n%1\n\nLagre dem som nye versjoner før du avslutter?': 'These scenarios have changes that are not saved:\n%1\n\nSave them as new versions before you quit?',
 'Lagret ved avslutning': 'Saved on quit', '%1 kr': 'NOK %1', '%1 mill. kr': 'NOK %1 million', '%1 %': '%1 %', '%1 årsverk': '%1 FTE',
 'Enhet: %1': 'Unit: %1', 'Kilde: ikke oppgitt': 'Source: not given', 'Kilde: %1': 'Source: %1',
 'Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.': 'Showing the last valid calculation – fix the errors in the scenario to update.',
 'Andel av gapet dekket': 'Share of the gap closed', 'Nåverdi budsjett': 'Budget NPV', 'Netto kostnad per frigjort årsverk': 'Net cost per freed FTE',
 'Tilskudd fra NAV': 'Subsidies from NAV', 'Tilbakebetalingsår': 'Payback year',
 'Netto frigjorte årsverk for sykepleiere og helsefagarbeidere i siste år.': 'Net freed FTE of nurses and health workers in the last year.',
 'Frigjorte årsverk som andel av bemanningsgapet i siste år (høyst 100 %).': 'Freed FTE as a share of the staffing gap in the last year (at most 100 %).',
 'Nåverdien av den årlige budsjetteffekten over perioden.': 'Present value of the yearly budget effect over the period.',
 '(Kostnader − tilskudd − sparte sosialhjelpsutgifter) / sum frigjorte årsverk over perioden: prisen på ett frigjort årsverk, å sette ved siden av årskostnaden for en sykepleier.': "(Costs − subsidies − social assistance saved) / freed FTE summed over the period: the price of one freed FTE, to set beside a nurse's annual cost.",
 'Lønnstilskudd og mentortilskudd fra NAV, sum over perioden (faste priser).': 'Wage and mentor subsidies from NAV, summed over the period (fixed prices).',
 'Kommunens sparte sosialhjelpsutgifter, sum over perioden (faste priser).': "The municipality's social assistance saved, summed over the period (fixed prices).",
 'Første år den akkumulerte budsjetteffekten er 0 eller mer etter å ha vært negativ.': 'First year the cumulative budget effect is 0 or more after having been negative.',
 'i %1': 'in %1', 'Ingen gap': 'No gap', 'gap %1 i %2': 'gap %1 in %2', 'diskontert med %1': 'discounted at %1', 'Ingen frigjort': 'None freed',
 'sykepleier: %1/år': 'nurse: %1/year', 'lønns- og mentortilskudd, %1–%2': 'wage and mentor subsidies, %1–%2', 'sum %1–%2': 'total %1–%2',
 'Ikke i perioden': 'Not within the period', 'akkumulert effekt er negativ i %1': 'cumulative effect is negative in %1',
 'Tilbakestill til lagret versjon': 'Revert to saved version', 'Uten navn': 'Untitled', 'Scenario:': 'Scenario:', 'Endre navn': 'Change name',
 'Periode': 'Period', 'Tidshorisont, diskontering og timer per årsverk': 'Horizon, discounting and hours per FTE', 'Demografi': 'Demography',
 'Folketall per aldersgruppe og år, tjenesterater': 'Population by age band and year, service rates', 'Bemanning': 'Staff',
 'Årsverk, årskostnad og tidsbruk per yrkesgruppe': 'FTE, annual cost and time use per role', 'Tiltak': 'Measures',
 'Oppgaver som flyttes: fra hvem, hvilken kategori, til hvem, hvor stor andel': 'Tasks that move: from whom, which category, to whom, what share',
 'Mottakere': 'Receivers', 'Hvem som overtar oppgavene, og hva det koster': 'Who takes over the tasks, and what it costs', 'NAV': 'NAV',
 'Rekruttering, lønnstilskudd, mentortilskudd og sosialhjelp': 'Recruitment, wage subsidy, mentor subsidy and social assistance', 'Hub': 'Hub',
 'Hub-kostnader og realiseringsandel': 'Hub costs and realisation share', 'Endre andel: %1 → %2': 'Change share: %1 → %2', 'Endre %1': 'Change %1',
 'Beregningen går fra startåret til sluttåret. Beløp er i faste priser for startåret.': 'The calculation runs from the start year to the end year. Amounts are in fixed prices of the start year.',
 'Folketall per aldersgruppe (personer, 1. januar)': 'Population by age band (persons, 1 January)', 'Fjern året %1': 'Remove the year %1',
 'Fjern folketall for %1': 'Remove population for %1', 'Legg til år': 'Add year', 'Legg til folketall for %1': 'Add population for %1',
 'År mellom to oppgitte år interpoleres lineært; før første og etter siste år brukes nærmeste oppgitte år.': 'Years between two given years are interpolated linearly; before the first and after the last, the nearest given year is used.',
 'Tjenesterate (andel som mottar tjenesten)': 'Service rate (share receiving the service)', 'Årsverk og årskostnad': 'FTE and annual cost',
 'Årskostnad (kr/årsverk)': 'Annual cost (NOK/FTE)', 'Ta med yrkesgruppen i scenarioet': 'Include the role in the scenario', 'Ta med %1': 'Include %1',
 'Fjern %1': 'Remove %1', 'Tidsbruk: andel av arbeidstiden per oppgavekategori (%)': 'Time use: share of working time per task category (%)', 'Sum': 'Sum',
 'Hver rad skal summere til 100 %. Sykepleieres kompetanseoppgaver er helsefaglige oppgaver; helsefagarbeideres er helsefaglige oppgaver og kompetanseoppgaver.': "Each row must sum to 100 %. Nurses' matching tasks are health-care tasks; health workers' are health-care and trained tasks.",
 'Hvert tiltak flytter en andel av tiden en yrkesgruppe bruker på en oppgavekategori til en mottaker.': 'Each measure moves a share of the time a role spends on a task category to a receiver.',
 'Fra': 'From', 'Oppgavekategori': 'Task category', 'Til': 'To', 'Andel (%)': 'Share (%)', 'Flytt tiltak %1 opp': 'Move measure %1 up',
 'Flytt tiltak %1 ned': 'Move measure %1 down', 'Flytt opp': 'Move up', 'Flytt ned': 'Move down', 'Fjern tiltaket': 'Remove the measure',
 'Fjern tiltak %1': 'Remove measure %1', 'Legg til tiltak': 'Add measure', 'Innføring': 'Roll-out', 'Ta med mottaker %1': 'Include receiver %1',
 'Fjern mottaker %1': 'Remove receiver %1', 'Rekruttering': 'Recruitment', 'Lønnstilskudd fra NAV': 'Wage subsidy from NAV', 'Trinn': 'Tranche',
 'Måneder': 'Months', 'Sats (%)': 'Rate (%)', 'Fjern trinnet': 'Remove the tranche', 'Fjern lønnstilskuddstrinn %1': 'Remove wage-subsidy tranche %1',
 'Legg til trinn': 'Add tranche', 'Legg til lønnstilskuddstrinn': 'Add wage-subsidy tranche', 'Trinn (etter hverandre fra ansettelsen)': 'Tranches (one after another from the hire date)',
 'Mentortilskudd fra NAV': 'Mentor subsidy from NAV', 'Sosialhjelp': 'Social assistance', 'Hub (Jobbfabrikken / Mestringstorg)': 'Hub (Jobbfabrikken / Mestringstorg)',
 'Realisering': 'Realisation', 'Raden summerer til 100 %': 'The row sums to 100 %', 'Raden skal summere til 100 %': 'The row must sum to 100 %',
 '<b>Scenarioet har feil – resultatene viser siste gyldige beregning.</b><br>%1': '<b>The scenario has errors – the results show the last valid calculation.</b><br>%1',
 'Enhet (antall scenarioer)': 'Unit (number of scenarios)', 'Kr per årsverk': 'NOK per FTE',
 'Helsefaglig': 'Health care', 'Kompetanse': 'Trained', 'Praktisk': 'Practical', 'Kjøring': 'Driving', 'Mestring': 'Coping',
 'Årsverk og gap': 'FTE and gap', 'Budsjett per år': 'Budget per year', 'Utnyttelsesgrad': 'Utilisation', 'Akkumulert': 'Cumulative',
 'Frivillige': 'Volunteers', 'Hub': 'Hub', 'Spart sosialhjelp': 'Social assistance saved',
 'Monte Carlo-simulering og tornadodiagram over usikre forutsetninger': 'Monte Carlo simulation and tornado chart of uncertain assumptions',
 'Scenarioet har feil: rett dem i redigeringen først.': 'The scenario has errors: fix them in the editor first.',
 'Resultater': 'Results', 'Usikkerhet': 'Uncertainty',
}
PLURAL = {
 'Bibliotek: %1\n%n scenario(er)': ('Library: %1\n%n scenario', 'Library: %1\n%n scenarios'),
 '%1 – %n versjon(er). Dobbeltklikk for å åpne.': ('%1 – %n version. Double-click to open.', '%1 – %n versions. Double-click to open.'),
 'Bibliotek: %1 · %n scenario(er)': ('Library: %1 · %n scenario', 'Library: %1 · %n scenarios'),
 'Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.': ('The scenario has %n error. Fix it (marked in red) before saving.', 'The scenario has %n errors. Fix them (marked in red) before saving.'),
 'Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?': ('Gevinstmodell was closed with %n unsaved scenario. Recover the changes?', 'Gevinstmodell was closed with %n unsaved scenarios. Recover the changes?'),
 '… og %n feil til': ('… and %n more error', '… and %n more errors'),
}

def main():
    path = Path(__file__).with_name('gevinst_en.ts')
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text or ''
        tr = msg.find('translation')
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get('numerus') == 'yes' and src in PLURAL:
            for form in PLURAL[src]:
                ET.SubElement(tr, 'numerusform').text = form
            tr.attrib.pop('type', None)
        elif src in EN:
            tr.text = EN[src]
            tr.attrib.pop('type', None)
        else:
            tr.set('type', 'unfinished')
            missing.append(src)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    for m in missing:
        print('untranslated:', repr(m), file=sys.stderr)
    return 0

if __name__ == '__main__':
    sys.exit(main())
