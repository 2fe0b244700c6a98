<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>gevinst::ui::ChartExporter</name>
    <message>
        <source>%1: ukjent filtype; bruk .png, .svg eller .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>størrelsen %1 × %2 piksler er utenfor 100–10 000 × 80–10 000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oppløsningen %1 dpi er utenfor 36–1 200 eller gir et for stort bilde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: figuren kunne ikke tegnes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gevinst::ui::Charts</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <source>Bemanningsgap</source>
        <translation>Staffing gap</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Realisert kapasitet</source>
        <translation>Realised capacity</translation>
    </message>
    <message>
        <source>Lønnstilskudd</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <source>Mentortilskudd</source>
        <translation>Mentor subsidy</translation>
    </message>
    <message>
        <source>Oppgavemedarbeidere</source>
        <translation>Task workers</translation>
    </message>
    <message>
        <source>Opplæring</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Teknologi</source>
        <translation>Technology</translation>
    </message>
    <message>
        <source>Netto budsjetteffekt</source>
        <translation>Net budget effect</translation>
    </message>
    <message>
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <source>Sykepleiere</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <source>Helsefagarbeidere</source>
        <translation>Health workers</translation>
    </message>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Professional group</translation>
    </message>
    <message>
        <source>Før oppgavedeling</source>
        <translation>Before task sharing</translation>
    </message>
    <message>
        <source>Etter (%1)</source>
        <translation>After (%1)</translation>
    </message>
    <message>
        <source>Andel av arbeidstiden til kompetanseoppgaver (%)</source>
        <translation>Share of working time on matching tasks (%)</translation>
    </message>
    <message>
        <source>Akkumulert budsjetteffekt</source>
        <translation>Cumulative budget effect</translation>
    </message>
    <message>
        <source>Tilbakebetalt %1</source>
        <translation>Paid back %1</translation>
    </message>
    <message>
        <source>Frigjorte årsverk og bemanningsgap</source>
        <translation>Freed FTE and staffing gap</translation>
    </message>
    <message>
        <source>Budsjetteffekt per år</source>
        <translation>Budget effect per year</translation>
    </message>
    <message>
        <source>Utnyttelsesgrad før og etter</source>
        <translation>Utilisation before and after</translation>
    </message>
    <message>
        <source>Spart sosialhjelp</source>
        <translation>Social assistance saved</translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::CompareView</name>
    <message>
        <source>Per 1 000 innbyggere 67+ og per årsverk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legg sammen valgte bydeler til kommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarioer å sammenligne:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figur:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kan ikke legge sammen: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (siste år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, per 1 000 innb. 67+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, per årsverk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Millioner kroner per 1 000 innbyggere 67+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <source>Årsverk per 1 000 innbyggere 67+</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gevinst::ui::CouncilReport</name>
    <message>
        <source>Sammendrag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Kapasitet.&lt;/b&gt; Oppgavedelingen frigjør %1 årsverk sykepleiere og helsefagarbeidere i %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Veksten i behov gir et bemanningsgap på %1 årsverk i %2; tiltakene dekker %3 av det.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beregningen viser ikke noe bemanningsgap i %1, så frigjort tid kan brukes til å styrke tjenesten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Den frigjorte tiden svarer til om lag %1 flere tjenestemottakere med dagens tid per mottaker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fra %2 til %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sykepleiere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>helsefagarbeidere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Utnyttelsesgrad.&lt;/b&gt; Andelen av arbeidstiden som går til oppgaver som krever fagpersonenes kompetanse, øker for %1 (i %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> og </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Statlige tilskudd.&lt;/b&gt; Nye oppgavemedarbeidere som rekrutteres gjennom NAV, kan gi lønnstilskudd og mentortilskudd. Over perioden %1–%2 utgjør det %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Sosialhjelp.&lt;/b&gt; Når personer som mottar sosialhjelp, kommer i arbeid, sparer kommunen sosialhjelpsutgifter: %1 over perioden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Kostnader og budsjett.&lt;/b&gt; Tiltakene koster %1 over perioden (lønn til oppgavemedarbeidere, opplæring, koordinering og teknologi).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Med %1 av verdien av frigjort kapasitet regnet som budsjettgevinst er nåverdien av budsjetteffekten %2 (diskonteringsrente %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Den samlede budsjetteffekten er ikke negativ i noe år.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiltakene er tilbakebetalt i %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiltakene er ikke tilbakebetalt innen %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Netto kostnad per frigjort årsverk er %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, mot en årskostnad for en sykepleier på %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nøkkeltall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, før → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figurer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figurer (forts.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budsjetteffekten er verdien av den andelen av frigjort kapasitet som regnes som realisert, pluss tilskudd og sparte sosialhjelpsutgifter, minus kostnadene. Beløp i faste %1-kroner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tall per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beløp i 1 000 kr, faste priser. Årsverk med én desimal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Frigjorte&lt;br&gt;årsverk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gap&lt;br&gt;(årsverk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel av&lt;br&gt;gapet&lt;br&gt;dekket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statlige&lt;br&gt;tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spart&lt;br&gt;sosial-&lt;br&gt;hjelp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kost-&lt;br&gt;nader&lt;br&gt;i alt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budsjett-&lt;br&gt;effekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Akku-&lt;br&gt;mulert&lt;br&gt;effekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forutsetninger og kilder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alle tall beregningen bygger på. Kilden står der scenarioet oppgir en; «Antakelse» betyr at tallet er et anslag som kommunen bør vurdere og gjerne erstatte med egne tall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forutsetning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kilde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(som over)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slik regner modellen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Behov.&lt;/b&gt; Antall tjenestemottakere hvert år er innbyggere i hver aldersgruppe ganget med andelen som mottar tjenesten. Behovet for årsverk vokser i takt med antall mottakere; tilgjengelige årsverk følger dagens bemanning. Forskjellen er bemanningsgapet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Oppgavedeling.&lt;/b&gt; Hver yrkesgruppe bruker en andel av tiden på fem typer oppgaver. Et tiltak flytter en andel av én oppgavetype fra en yrkesgruppe til oppgavemedarbeidere, frivillige, velferdsteknologi eller helsefagarbeidere, fullt ut etter innfasingen. Den som overtar, kan bruke lengre tid (tidsfaktor).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Frigjort kapasitet.&lt;/b&gt; Timene sykepleiere og helsefagarbeidere ikke lenger bruker på oppgavene, minus timene helsefagarbeidere selv overtar, gir frigjorte årsverk. Utnyttelsesgraden er andelen av tiden som går til oppgaver som krever yrkesgruppens kompetanse; frigjort tid går til slike oppgaver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Tilskudd og sosialhjelp.&lt;/b&gt; Oppgavemedarbeidere ansettes etter behov og turnover. De som rekrutteres via NAV, kan gi lønnstilskudd og mentortilskudd de første månedene, og sparer sosialhjelp så lenge de er i jobb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Økonomi.&lt;/b&gt; Kostnadene er lønn til oppgavemedarbeidere, opplæring, koordinering av frivillige, teknologi og hub. Budsjetteffekten regner bare den valgte andelen av verdien av frigjort kapasitet som realisert. Nåverdien diskonterer hvert år med diskonteringsrenten; tilbakebetalingsåret er første år den akkumulerte effekten blir positiv etter å ha vært negativ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alle beløp er i faste kroner for startåret. Modellen er et verktøy for å sammenligne alternativer; den erstatter ikke lokal kunnskap om tjenesten. Hele regnestykket er beskrevet i modellens dokumentasjon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gevinster av oppgavedeling – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 · %3 · %4–%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beløp i kroner, faste %1-priser. Årsverk = %2 timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side %1 av %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: rapporten kunne ikke lages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gevinst::ui::ErrorText</name>
    <message>
        <source>er ikke gyldig JSON: %1</source>
        <translation>is not valid JSON: %1</translation>
    </message>
    <message>
        <source>ukjent format «%1», forventet «gevinstmodell-scenario/1»</source>
        <translation>unknown format “%1”, expected “gevinstmodell-scenario/1”</translation>
    </message>
    <message>
        <source>mangler (må fylles ut)</source>
        <translation>missing (required)</translation>
    </message>
    <message>
        <source>må være et tall eller riktig type (%1)</source>
        <translation>must be a number or the right type (%1)</translation>
    </message>
    <message>
        <source>ukjent verdi «%1»</source>
        <translation>unknown value “%1”</translation>
    </message>
    <message>
        <source>må være et endelig tall</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>er %1, for stort (høyst %2)</source>
        <translation>is %1, too large (at most %2)</translation>
    </message>
    <message>
        <source>er %1, kan ikke være negativt</source>
        <translation>is %1, must not be negative</translation>
    </message>
    <message>
        <source>er %1, må være større enn 0</source>
        <translation>is %1, must be greater than 0</translation>
    </message>
    <message>
        <source>er %1, må være mellom 0 og 1 (0–100 %)</source>
        <translation>is %1, must be between 0 and 1 (0–100 %)</translation>
    </message>
    <message>
        <source>er %1, må være større enn 0 og høyst 1 (100 %)</source>
        <translation>is %1, must be greater than 0 and at most 1 (100 %)</translation>
    </message>
    <message>
        <source>er %1, må være større enn −1 og høyst 1</source>
        <translation>is %1, must be greater than −1 and at most 1</translation>
    </message>
    <message>
        <source>er %1, utenfor gyldig område (%2)</source>
        <translation>is %1, outside the valid range (%2)</translation>
    </message>
    <message>
        <source>er %1, må være et heltall</source>
        <translation>is %1, must be a whole number</translation>
    </message>
    <message>
        <source>summerer til %1 %, må være 100 %</source>
        <translation>sums to %1 %, must be 100 %</translation>
    </message>
    <message>
        <source>andelene summerer til %1 %, kan høyst være 100 %</source>
        <translation>the shares sum to %1 %, at most 100 % allowed</translation>
    </message>
    <message>
        <source>et tiltak kan ikke gi oppgaver til sin egen yrkesgruppe (%1)</source>
        <translation>a measure cannot give tasks to its own role (%1)</translation>
    </message>
    <message>
        <source>er %1, før startåret %2</source>
        <translation>is %1, before the start year %2</translation>
    </message>
    <message>
        <source>er %1, utenfor perioden %2</source>
        <translation>is %1, outside the period %2</translation>
    </message>
    <message>
        <source>ingen tjenestemottakere i startåret %1 (alle tjenesterater eller folketall er 0)</source>
        <translation>no service recipients in the start year %1 (all service rates or populations are 0)</translation>
    </message>
    <message>
        <source>for mange eller for lang: %1</source>
        <translation>too many or too long: %1</translation>
    </message>
    <message>
        <source>beregningen blir ikke endelig (%1)</source>
        <translation>the calculation does not stay finite (%1)</translation>
    </message>
    <message>
        <source>ugyldig usikkerhetsintervall: %1</source>
        <translation>invalid uncertainty range: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ExportMenu</name>
    <message>
        <source>Figurstørrelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bredde (skjermpiksler):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Høyde (skjermpiksler):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oppløsning (PNG):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;ksport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rapport til saksframlegg (PDF) …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tabeller til &amp;Excel (XLSX) …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tall per år til &amp;CSV …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lagre figur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kopier figur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sammenlign scenarioer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 med ulagrede endringer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 (versjon %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det åpne scenarioet har feil eller er ikke beregnet ennå. Rett feilene først, så kan det eksporteres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eksport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapporten er lagret: %1 (%2 sider)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre som Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagret: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV for norsk Excel (semikolon, desimalkomma) (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV internasjonal (komma, desimalpunktum) (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre tall per år som CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre figur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG-bilde (*.png);;SVG-vektorgrafikk (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figuren er lagret: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figuren er kopiert til utklippstavlen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammenlign scenarioer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Åpent scenario: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gevinst::ui::FieldCatalog</name>
    <message>
        <source>Sykepleier</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Helsefagarbeider</source>
        <translation>Health worker</translation>
    </message>
    <message>
        <source>Assistent</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Sykepleiere</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <source>Helsefagarbeidere</source>
        <translation>Health workers</translation>
    </message>
    <message>
        <source>Assistenter</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <source>Helsefaglige oppgaver</source>
        <translation>Health-care tasks</translation>
    </message>
    <message>
        <source>Kompetanseoppgaver</source>
        <translation>Trained tasks</translation>
    </message>
    <message>
        <source>Praktisk bistand</source>
        <translation>Practical help</translation>
    </message>
    <message>
        <source>Kjøring og logistikk</source>
        <translation>Driving and logistics</translation>
    </message>
    <message>
        <source>Mestring og aktivitet</source>
        <translation>Coping and activities</translation>
    </message>
    <message>
        <source>Oppgavemedarbeider</source>
        <translation>Task worker</translation>
    </message>
    <message>
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Velferdsteknologi</source>
        <translation>Welfare technology</translation>
    </message>
    <message>
        <source>80 år og eldre</source>
        <translation>80 years and older</translation>
    </message>
    <message>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Navn på scenarioet</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <source>Et navn som skiller scenarioet fra andre for samme enhet.</source>
        <translation>A name that tells this scenario apart from others for the same unit.</translation>
    </message>
    <message>
        <source>Startår</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Første år i beregningen (år 0). Beløp er i faste priser for dette året.</source>
        <translation>First year of the calculation (year 0). Amounts are in fixed prices of this year.</translation>
    </message>
    <message>
        <source>Sluttår</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Siste år i beregningen.</source>
        <translation>Last year of the calculation.</translation>
    </message>
    <message>
        <source>Diskonteringsrente</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <source>Årlig kalkulasjonsrente for nåverdien av budsjetteffekten (reell).</source>
        <translation>Yearly (real) discount rate for the present value of the budget effect.</translation>
    </message>
    <message>
        <source>Timer per årsverk</source>
        <translation>Hours per FTE</translation>
    </message>
    <message>
        <source>timer/år</source>
        <translation>hours/year</translation>
    </message>
    <message>
        <source>Effektive arbeidstimer i ett årsverk.</source>
        <translation>Effective working hours in one FTE.</translation>
    </message>
    <message>
        <source>Folketall %1, %2</source>
        <translation>Population %1, %2</translation>
    </message>
    <message>
        <source>personer</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Innbyggere i aldersgruppen 1. januar. År mellom to oppgitte år interpoleres lineært.</source>
        <translation>Inhabitants in the age band on 1 January. Years between two given years are interpolated linearly.</translation>
    </message>
    <message>
        <source>Tjenesterate %1</source>
        <translation>Service rate %1</translation>
    </message>
    <message>
        <source>Andel av innbyggerne i aldersgruppen som mottar tjenesten.</source>
        <translation>Share of the inhabitants in the age band who receive the service.</translation>
    </message>
    <message>
        <source>Årlig vekst i bemanning</source>
        <translation>Yearly growth in staff</translation>
    </message>
    <message>
        <source>Hvor mye tilgjengelige årsverk vokser per år (negativ: avgang).</source>
        <translation>How much the available FTE grow per year (negative: attrition).</translation>
    </message>
    <message>
        <source>%1: årsverk</source>
        <translation>%1: FTE</translation>
    </message>
    <message>
        <source>årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Årsverk i tjenesten i startåret.</source>
        <translation>FTE in the service in the start year.</translation>
    </message>
    <message>
        <source>%1: årskostnad</source>
        <translation>%1: annual cost</translation>
    </message>
    <message>
        <source>kr/årsverk</source>
        <translation>NOK/FTE</translation>
    </message>
    <message>
        <source>Lønn med sosiale kostnader for ett årsverk.</source>
        <translation>Wages with social costs for one FTE.</translation>
    </message>
    <message>
        <source>%1: andel tid til %2</source>
        <translation>%1: share of time on %2</translation>
    </message>
    <message>
        <source>Andel av arbeidstiden som går til oppgavekategorien. Hver rad skal summere til 100 %.</source>
        <translation>Share of working time spent on the task category. Each row must sum to 100 %.</translation>
    </message>
    <message>
        <source>%1: tidsfordeling</source>
        <translation>%1: time use</translation>
    </message>
    <message>
        <source>Hver rad skal summere til 100 %.</source>
        <translation>Each row must sum to 100 %.</translation>
    </message>
    <message>
        <source>Tiltak %1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <source>%1: andel som flyttes</source>
        <translation>%1: share moved</translation>
    </message>
    <message>
        <source>Andel av tiden i kategorien som flyttes fra yrkesgruppen til mottakeren når tiltaket er fullt innført.</source>
        <translation>Share of the time in the category moved from the role to the receiver once the measure is fully in place.</translation>
    </message>
    <message>
        <source>%1: fra</source>
        <translation>%1: from</translation>
    </message>
    <message>
        <source>%1: til</source>
        <translation>%1: to</translation>
    </message>
    <message>
        <source>%1: oppgavekategori</source>
        <translation>%1: task category</translation>
    </message>
    <message>
        <source>Tiltak for oppgavedeling</source>
        <translation>Task-sharing measures</translation>
    </message>
    <message>
        <source>Innføring starter</source>
        <translation>Roll-out starts</translation>
    </message>
    <message>
        <source>Første år tiltakene virker.</source>
        <translation>First year the measures take effect.</translation>
    </message>
    <message>
        <source>År til full effekt</source>
        <translation>Years to full effect</translation>
    </message>
    <message>
        <source>Hvor mange år innføringen tar før tiltakene har full effekt.</source>
        <translation>How many years the roll-out takes before the measures have full effect.</translation>
    </message>
    <message>
        <source>Oppgavemedarbeider: årskostnad</source>
        <translation>Task worker: annual cost</translation>
    </message>
    <message>
        <source>Oppgavemedarbeider: tidsfaktor</source>
        <translation>Task worker: time factor</translation>
    </message>
    <message>
        <source>timer per flyttet time</source>
        <translation>hours per shifted hour</translation>
    </message>
    <message>
        <source>Timer oppgavemedarbeideren bruker på en oppgave som tok fagpersonen én time.</source>
        <translation>Hours the task worker needs for a task that took the professional one hour.</translation>
    </message>
    <message>
        <source>Oppgavemedarbeider: stillingsandel</source>
        <translation>Task worker: position share</translation>
    </message>
    <message>
        <source>Gjennomsnittlig stillingsstørrelse for nyansatte.</source>
        <translation>Average position size of new hires.</translation>
    </message>
    <message>
        <source>Oppgavemedarbeider: årlig turnover</source>
        <translation>Task worker: yearly turnover</translation>
    </message>
    <message>
        <source>Andel som slutter hvert år og må erstattes.</source>
        <translation>Share who leave each year and must be replaced.</translation>
    </message>
    <message>
        <source>Frivillige: tidsfaktor</source>
        <translation>Volunteers: time factor</translation>
    </message>
    <message>
        <source>Frivillige timer per time fagpersonen sparer.</source>
        <translation>Volunteer hours per hour the professional saves.</translation>
    </message>
    <message>
        <source>Frivillige: koordineringskostnad</source>
        <translation>Volunteers: coordination cost</translation>
    </message>
    <message>
        <source>kr/time</source>
        <translation>NOK/hour</translation>
    </message>
    <message>
        <source>Kostnad for å koordinere én frivillig time.</source>
        <translation>Cost of coordinating one volunteer hour.</translation>
    </message>
    <message>
        <source>Teknologi: kostnad per flyttet time</source>
        <translation>Technology: cost per shifted hour</translation>
    </message>
    <message>
        <source>Drift og lisens for velferdsteknologi per time den overtar.</source>
        <translation>Running and licence cost of welfare technology per hour it takes over.</translation>
    </message>
    <message>
        <source>Helsefagarbeider som mottaker: tidsfaktor</source>
        <translation>Health worker as receiver: time factor</translation>
    </message>
    <message>
        <source>Timer helsefagarbeideren bruker på en oppgave som tok sykepleieren én time.</source>
        <translation>Hours the health worker needs for a task that took the nurse one hour.</translation>
    </message>
    <message>
        <source>Andel rekruttert via NAV</source>
        <translation>Share recruited through NAV</translation>
    </message>
    <message>
        <source>Andel av nyansatte oppgavemedarbeidere som kommer fra NAV.</source>
        <translation>Share of newly hired task workers who come through NAV.</translation>
    </message>
    <message>
        <source>Opplæringskostnad per ansatt</source>
        <translation>Training cost per hire</translation>
    </message>
    <message>
        <source>kr/person</source>
        <translation>NOK/person</translation>
    </message>
    <message>
        <source>Engangskostnad for opplæring av en nyansatt.</source>
        <translation>One-off cost of training a new hire.</translation>
    </message>
    <message>
        <source>Lønnstilskudd: andel som kvalifiserer</source>
        <translation>Wage subsidy: eligible share</translation>
    </message>
    <message>
        <source>Andel av NAV-ansettelsene som gir lønnstilskudd.</source>
        <translation>Share of NAV hires that bring a wage subsidy.</translation>
    </message>
    <message>
        <source>Lønnstilskudd: måneder i trinnet</source>
        <translation>Wage subsidy: months in tranche</translation>
    </message>
    <message>
        <source>mnd</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Lengden av trinnet, fra ansettelsesdatoen.</source>
        <translation>Length of the tranche, counted from the hire date.</translation>
    </message>
    <message>
        <source>Lønnstilskudd: sats i trinnet</source>
        <translation>Wage subsidy: rate in tranche</translation>
    </message>
    <message>
        <source>Andel av lønnskostnaden NAV dekker i trinnet.</source>
        <translation>Share of the wage cost NAV covers in the tranche.</translation>
    </message>
    <message>
        <source>Mentortilskudd: andel som kvalifiserer</source>
        <translation>Mentor subsidy: eligible share</translation>
    </message>
    <message>
        <source>Andel av NAV-ansettelsene som gir mentortilskudd.</source>
        <translation>Share of NAV hires that bring a mentor subsidy.</translation>
    </message>
    <message>
        <source>Mentortilskudd: timer per uke</source>
        <translation>Mentor subsidy: hours per week</translation>
    </message>
    <message>
        <source>timer/uke</source>
        <translation>hours/week</translation>
    </message>
    <message>
        <source>Mentortimer per uke som dekkes.</source>
        <translation>Mentor hours per week that are covered.</translation>
    </message>
    <message>
        <source>Mentortilskudd: timesats</source>
        <translation>Mentor subsidy: hourly rate</translation>
    </message>
    <message>
        <source>NAVs sats per mentortime.</source>
        <translation>NAV's rate per mentor hour.</translation>
    </message>
    <message>
        <source>Mentortilskudd: varighet</source>
        <translation>Mentor subsidy: duration</translation>
    </message>
    <message>
        <source>Måneder med mentortilskudd fra ansettelsen.</source>
        <translation>Months of mentor subsidy from the hire date.</translation>
    </message>
    <message>
        <source>Andel på sosialhjelp ved ansettelse</source>
        <translation>Share on social assistance when hired</translation>
    </message>
    <message>
        <source>Andel av NAV-ansettelsene som mottok sosialhjelp.</source>
        <translation>Share of NAV hires who received social assistance.</translation>
    </message>
    <message>
        <source>Sosialhjelp per person</source>
        <translation>Social assistance per person</translation>
    </message>
    <message>
        <source>kr/år</source>
        <translation>NOK/year</translation>
    </message>
    <message>
        <source>Årlig utbetalt sosialhjelp per mottaker.</source>
        <translation>Yearly social assistance paid per recipient.</translation>
    </message>
    <message>
        <source>Reduksjon i sosialhjelp ved jobb</source>
        <translation>Reduction in social assistance when employed</translation>
    </message>
    <message>
        <source>Hvor mye sosialhjelpen faller når personen er i arbeid.</source>
        <translation>How much the assistance falls when the person is in work.</translation>
    </message>
    <message>
        <source>Hub: koordinatorårsverk</source>
        <translation>Hub: coordinator FTE</translation>
    </message>
    <message>
        <source>Årsverk til koordinering (Jobbfabrikken/Mestringstorg).</source>
        <translation>FTE for coordination (Jobbfabrikken/Mestringstorg).</translation>
    </message>
    <message>
        <source>Hub: årskostnad per årsverk</source>
        <translation>Hub: annual cost per FTE</translation>
    </message>
    <message>
        <source>Lønn med sosiale kostnader for koordinatoren.</source>
        <translation>Wages with social costs for the coordinator.</translation>
    </message>
    <message>
        <source>Hub: etableringskostnad</source>
        <translation>Hub: set-up cost</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>Engangskostnad for å etablere huben.</source>
        <translation>One-off cost of setting up the hub.</translation>
    </message>
    <message>
        <source>Hub: etableringsår</source>
        <translation>Hub: set-up year</translation>
    </message>
    <message>
        <source>Året engangskostnaden påløper.</source>
        <translation>The year the one-off cost falls due.</translation>
    </message>
    <message>
        <source>Realiseringsandel</source>
        <translation>Realisation share</translation>
    </message>
    <message>
        <source>Andel av verdien av frigjort kapasitet som tas ut som innsparing i budsjettet (0 % = all kapasitet brukes til å møte økt behov).</source>
        <translation>Share of the value of freed capacity taken out as budget savings (0 % = all capacity goes to meeting growing need).</translation>
    </message>
    <message>
        <source>Gyldig: 0–100 %</source>
        <translation>Valid: 0–100 %</translation>
    </message>
    <message>
        <source>Gyldig: 0–1</source>
        <translation>Valid: 0–1</translation>
    </message>
    <message>
        <source>Gyldig: over 0 og høyst 100 %</source>
        <translation>Valid: above 0 and at most 100 %</translation>
    </message>
    <message>
        <source>Gyldig: over 0 og høyst 1</source>
        <translation>Valid: above 0 and at most 1</translation>
    </message>
    <message>
        <source>Gyldig: 0 eller mer</source>
        <translation>Valid: 0 or more</translation>
    </message>
    <message>
        <source>Gyldig: større enn 0</source>
        <translation>Valid: greater than 0</translation>
    </message>
    <message>
        <source>Gyldig: over −100 % og høyst 100 %</source>
        <translation>Valid: above −100 % and at most 100 %</translation>
    </message>
    <message>
        <source>Gyldig: over −1 og høyst 1</source>
        <translation>Valid: above −1 and at most 1</translation>
    </message>
    <message>
        <source>Helsefaglig</source>
        <translation>Health care</translation>
    </message>
    <message>
        <source>Kompetanse</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Praktisk</source>
        <translation>Practical</translation>
    </message>
    <message>
        <source>Kjøring</source>
        <translation>Driving</translation>
    </message>
    <message>
        <source>Mestring</source>
        <translation>Coping</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::Inputs</name>
    <message>
        <source>helsefaglig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kompetanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kjøring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mestring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel %1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidsfaktor oppgavemedarbeider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turnover oppgavemedarbeidere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Årskostnad oppgavemedarbeider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stillingsandel oppgavemedarbeider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidsfaktor frivillige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidsfaktor helsefagarbeider (mottar)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel rekruttert via NAV</source>
        <translation>Share recruited through NAV</translation>
    </message>
    <message>
        <source>Andel med lønnstilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel med mentortilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel på sosialhjelp ved ansettelse</source>
        <translation>Share on social assistance when hired</translation>
    </message>
    <message>
        <source>Reduksjon i sosialhjelp i arbeid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realisert andel av frigjort kapasitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diskonteringsrente</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <source>Vekst i bemanning per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År til full effekt</source>
        <translation>Years to full effect</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LibraryPanel</name>
    <message>
        <source>Søk kommune eller bydel …</source>
        <translation>Search municipality or district …</translation>
    </message>
    <message>
        <source>Skriv navn eller nummer (Ctrl+F)</source>
        <translation>Type a name or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Scenario / versjon</source>
        <translation>Scenario / version</translation>
    </message>
    <message>
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Nytt scenario for enheten</source>
        <translation>New scenario for the unit</translation>
    </message>
    <message>
        <source>Lag et scenario for valgt enhet med enhetens folketall og standardverdier fra Nordre Follo-scenarioet</source>
        <translation>Create a scenario for the selected unit with the unit's population and defaults from the Nordre Follo scenario</translation>
    </message>
    <message>
        <source>Nylig brukt</source>
        <translation>Recently used</translation>
    </message>
    <message numerus="yes">
        <source>Bibliotek: %1
%n scenario(er)</source>
        <translation><numerusform>Library: %1
%n scenario</numerusform><numerusform>Library: %1
%n scenarios</numerusform></translation>
    </message>
    <message>
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Biblioteket kan ikke leses: %1</source>
        <translation>The library cannot be read: %1</translation>
    </message>
    <message>
        <source> (levert)</source>
        <translation> (shipped)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n versjon(er). Dobbeltklikk for å åpne.</source>
        <translation><numerusform>%1 – %n version. Double-click to open.</numerusform><numerusform>%1 – %n versions. Double-click to open.</numerusform></translation>
    </message>
    <message>
        <source>Versjon %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Versjon %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Versjon %1, lagret %2</source>
        <translation>Version %1, saved %2</translation>
    </message>
    <message>
        <source>Enhet (antall scenarioer)</source>
        <translation>Unit (number of scenarios)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::MainWindow</name>
    <message>
        <source>Beregnet på %1 ms, tegnet på %2 ms</source>
        <translation>Computed in %1 ms, drawn in %2 ms</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importer scenariofil …</source>
        <translation>&amp;Import scenario file …</translation>
    </message>
    <message>
        <source>&amp;Eksporter scenariofil …</source>
        <translation>&amp;Export scenario file …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Lagre ny versjon …</source>
        <translation>&amp;Save new version …</translation>
    </message>
    <message>
        <source>&amp;Tilbakestill til lagret</source>
        <translation>&amp;Revert to saved</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Søk etter enhet</source>
        <translation>&amp;Find unit</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om Gevinstmodell</source>
        <translation>&amp;About Gevinstmodell</translation>
    </message>
    <message>
        <source>Om Gevinstmodell</source>
        <translation>About Gevinstmodell</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gevinstmodell %1&lt;/b&gt;&lt;p&gt;Gevinster av oppgavedeling i helse og omsorg: frigjort kapasitet, utnyttelsesgrad, statlige tilskudd og sparte sosialhjelpsutgifter.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gevinstmodell %1&lt;/b&gt;&lt;p&gt;Gains of task sharing in health and care: freed capacity, utilisation, state subsidies and social assistance saved.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Biblioteket kan ikke åpnes</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <source>Scenariobiblioteket kunne ikke åpnes:
%1

Det leverte scenarioet vises, men kan ikke lagres.</source>
        <translation>The scenario library could not be opened:
%1

The shipped scenario is shown but cannot be saved.</translation>
    </message>
    <message>
        <source>Scenarioet kan ikke åpnes</source>
        <translation>The scenario cannot be opened</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>«%1» har ulagrede endringer. Forkaste dem og åpne versjon %2?</source>
        <translation>“%1” has unsaved changes. Discard them and open version %2?</translation>
    </message>
    <message>
        <source>Gevinstmodell</source>
        <translation>Gevinstmodell</translation>
    </message>
    <message>
        <source> (versjon %1)</source>
        <translation> (version %1)</translation>
    </message>
    <message>
        <source> (ikke i biblioteket)</source>
        <translation> (not in the library)</translation>
    </message>
    <message numerus="yes">
        <source>Bibliotek: %1 · %n scenario(er)</source>
        <translation><numerusform>Library: %1 · %n scenario</numerusform><numerusform>Library: %1 · %n scenarios</numerusform></translation>
    </message>
    <message>
        <source>Uten bibliotek: endringer kan eksporteres til fil, men ikke lagres som versjoner.</source>
        <translation>No library: changes can be exported to a file but not saved as versions.</translation>
    </message>
    <message>
        <source>Kan ikke lagre</source>
        <translation>Cannot save</translation>
    </message>
    <message numerus="yes">
        <source>Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.</source>
        <translation><numerusform>The scenario has %n error. Fix it (marked in red) before saving.</numerusform><numerusform>The scenario has %n errors. Fix them (marked in red) before saving.</numerusform></translation>
    </message>
    <message>
        <source>Lagret som versjon %1</source>
        <translation>Saved as version %1</translation>
    </message>
    <message>
        <source>Lagre ny versjon</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <source>Notat for versjonen (hva er endret og hvorfor):</source>
        <translation>Note for the version (what changed and why):</translation>
    </message>
    <message>
        <source>Tilbakestill</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Tilbakestille «%1» til sist lagrede versjon? (Kan angres.)</source>
        <translation>Revert “%1” to the last saved version? (Can be undone.)</translation>
    </message>
    <message>
        <source>Kan ikke importere</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Filen %1 kan ikke leses: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Filen %1 er for stor til å være en scenariofil.</source>
        <translation>The file %1 is too large to be a scenario file.</translation>
    </message>
    <message>
        <source>%1 er ikke en gyldig JSON-fil:
%2</source>
        <translation>%1 is not a valid JSON file:
%2</translation>
    </message>
    <message>
        <source>Importert fra %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <source>Importert med feil: rett feilene og lagre for å legge scenarioet i biblioteket.</source>
        <translation>Imported with errors: fix them and save to put the scenario in the library.</translation>
    </message>
    <message>
        <source>Importerte %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Kan ikke eksportere</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Eksporterte til %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Importer scenariofil</source>
        <translation>Import scenario file</translation>
    </message>
    <message>
        <source>Scenariofiler (*.json);;Alle filer (*)</source>
        <translation>Scenario files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Eksporter scenariofil</source>
        <translation>Export scenario file</translation>
    </message>
    <message>
        <source>Scenariofiler (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <source>Kan ikke lage scenario</source>
        <translation>Cannot create the scenario</translation>
    </message>
    <message>
        <source>Gjenopprett ulagret arbeid</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message numerus="yes">
        <source>Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?</source>
        <translation><numerusform>Gevinstmodell was closed with %n unsaved scenario. Recover the changes?</numerusform><numerusform>Gevinstmodell was closed with %n unsaved scenarios. Recover the changes?</numerusform></translation>
    </message>
    <message>
        <source>Gjenopprett ulagrede endringer</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>Disse scenarioene har endringer som ikke er lagret:
%1

Lagre dem som nye versjoner før du avslutter?</source>
        <translation>These scenarios have changes that are not saved:
%1

Save them as new versions before you quit?</translation>
    </message>
    <message>
        <source>Lagret ved avslutning</source>
        <translation>Saved on quit</translation>
    </message>
    <message>
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Usikkerhet</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Monte Carlo-simulering og tornadodiagram over usikre forutsetninger</source>
        <translation>Monte Carlo simulation and tornado chart of uncertain assumptions</translation>
    </message>
    <message>
        <source>Scenarioet har feil: rett dem i redigeringen først.</source>
        <translation>The scenario has errors: fix them in the editor first.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::NorwegianFormat</name>
    <message>
        <source>%1 kr</source>
        <translation>NOK %1</translation>
    </message>
    <message>
        <source>%1 mill. kr</source>
        <translation>NOK %1 million</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 årsverk</source>
        <translation>%1 FTE</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::NumberField</name>
    <message>
        <source>Enhet: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Kilde: ikke oppgitt</source>
        <translation>Source: not given</translation>
    </message>
    <message>
        <source>Kilde: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ResultsPanel</name>
    <message>
        <source>Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.</source>
        <translation>Showing the last valid calculation – fix the errors in the scenario to update.</translation>
    </message>
    <message>
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <source>Andel av gapet dekket</source>
        <translation>Share of the gap closed</translation>
    </message>
    <message>
        <source>Nåverdi budsjett</source>
        <translation>Budget NPV</translation>
    </message>
    <message>
        <source>Netto kostnad per frigjort årsverk</source>
        <translation>Net cost per freed FTE</translation>
    </message>
    <message>
        <source>Tilskudd fra NAV</source>
        <translation>Subsidies from NAV</translation>
    </message>
    <message>
        <source>Sparte sosialhjelpsutgifter</source>
        <translation>Social assistance saved</translation>
    </message>
    <message>
        <source>Tilbakebetalingsår</source>
        <translation>Payback year</translation>
    </message>
    <message>
        <source>Netto frigjorte årsverk for sykepleiere og helsefagarbeidere i siste år.</source>
        <translation>Net freed FTE of nurses and health workers in the last year.</translation>
    </message>
    <message>
        <source>Frigjorte årsverk som andel av bemanningsgapet i siste år (høyst 100 %).</source>
        <translation>Freed FTE as a share of the staffing gap in the last year (at most 100 %).</translation>
    </message>
    <message>
        <source>Nåverdien av den årlige budsjetteffekten over perioden.</source>
        <translation>Present value of the yearly budget effect over the period.</translation>
    </message>
    <message>
        <source>(Kostnader − tilskudd − sparte sosialhjelpsutgifter) / sum frigjorte årsverk over perioden: prisen på ett frigjort årsverk, å sette ved siden av årskostnaden for en sykepleier.</source>
        <translation>(Costs − subsidies − social assistance saved) / freed FTE summed over the period: the price of one freed FTE, to set beside a nurse's annual cost.</translation>
    </message>
    <message>
        <source>Lønnstilskudd og mentortilskudd fra NAV, sum over perioden (faste priser).</source>
        <translation>Wage and mentor subsidies from NAV, summed over the period (fixed prices).</translation>
    </message>
    <message>
        <source>Kommunens sparte sosialhjelpsutgifter, sum over perioden (faste priser).</source>
        <translation>The municipality's social assistance saved, summed over the period (fixed prices).</translation>
    </message>
    <message>
        <source>Første år den akkumulerte budsjetteffekten er 0 eller mer etter å ha vært negativ.</source>
        <translation>First year the cumulative budget effect is 0 or more after having been negative.</translation>
    </message>
    <message>
        <source>i %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Ingen gap</source>
        <translation>No gap</translation>
    </message>
    <message>
        <source>gap %1 i %2</source>
        <translation>gap %1 in %2</translation>
    </message>
    <message>
        <source>diskontert med %1</source>
        <translation>discounted at %1</translation>
    </message>
    <message>
        <source>Ingen frigjort</source>
        <translation>None freed</translation>
    </message>
    <message>
        <source>sykepleier: %1/år</source>
        <translation>nurse: %1/year</translation>
    </message>
    <message>
        <source>lønns- og mentortilskudd, %1–%2</source>
        <translation>wage and mentor subsidies, %1–%2</translation>
    </message>
    <message>
        <source>sum %1–%2</source>
        <translation>total %1–%2</translation>
    </message>
    <message>
        <source>Ikke i perioden</source>
        <translation>Not within the period</translation>
    </message>
    <message>
        <source>akkumulert effekt er negativ i %1</source>
        <translation>cumulative effect is negative in %1</translation>
    </message>
    <message>
        <source>Årsverk og gap</source>
        <translation>FTE and gap</translation>
    </message>
    <message>
        <source>Budsjett per år</source>
        <translation>Budget per year</translation>
    </message>
    <message>
        <source>Utnyttelsesgrad</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Akkumulert</source>
        <translation>Cumulative</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ScenarioDocument</name>
    <message>
        <source>Tilbakestill til lagret versjon</source>
        <translation>Revert to saved version</translation>
    </message>
    <message>
        <source>Uten navn</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ScenarioEditor</name>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Endre navn</source>
        <translation>Change name</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tidshorisont, diskontering og timer per årsverk</source>
        <translation>Horizon, discounting and hours per FTE</translation>
    </message>
    <message>
        <source>Demografi</source>
        <translation>Demography</translation>
    </message>
    <message>
        <source>Folketall per aldersgruppe og år, tjenesterater</source>
        <translation>Population by age band and year, service rates</translation>
    </message>
    <message>
        <source>Bemanning</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Årsverk, årskostnad og tidsbruk per yrkesgruppe</source>
        <translation>FTE, annual cost and time use per role</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Oppgaver som flyttes: fra hvem, hvilken kategori, til hvem, hvor stor andel</source>
        <translation>Tasks that move: from whom, which category, to whom, what share</translation>
    </message>
    <message>
        <source>Mottakere</source>
        <translation>Receivers</translation>
    </message>
    <message>
        <source>Hvem som overtar oppgavene, og hva det koster</source>
        <translation>Who takes over the tasks, and what it costs</translation>
    </message>
    <message>
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <source>Rekruttering, lønnstilskudd, mentortilskudd og sosialhjelp</source>
        <translation>Recruitment, wage subsidy, mentor subsidy and social assistance</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hub-kostnader og realiseringsandel</source>
        <translation>Hub costs and realisation share</translation>
    </message>
    <message>
        <source>Endre andel: %1 → %2</source>
        <translation>Change share: %1 → %2</translation>
    </message>
    <message>
        <source>Endre %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Beregningen går fra startåret til sluttåret. Beløp er i faste priser for startåret.</source>
        <translation>The calculation runs from the start year to the end year. Amounts are in fixed prices of the start year.</translation>
    </message>
    <message>
        <source>Folketall per aldersgruppe (personer, 1. januar)</source>
        <translation>Population by age band (persons, 1 January)</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Fjern året %1</source>
        <translation>Remove the year %1</translation>
    </message>
    <message>
        <source>Fjern folketall for %1</source>
        <translation>Remove population for %1</translation>
    </message>
    <message>
        <source>Legg til år</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>Legg til folketall for %1</source>
        <translation>Add population for %1</translation>
    </message>
    <message>
        <source>År mellom to oppgitte år interpoleres lineært; før første og etter siste år brukes nærmeste oppgitte år.</source>
        <translation>Years between two given years are interpolated linearly; before the first and after the last, the nearest given year is used.</translation>
    </message>
    <message>
        <source>Tjenesterate (andel som mottar tjenesten)</source>
        <translation>Service rate (share receiving the service)</translation>
    </message>
    <message>
        <source>Årsverk og årskostnad</source>
        <translation>FTE and annual cost</translation>
    </message>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Professional group</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Ta med yrkesgruppen i scenarioet</source>
        <translation>Include the role in the scenario</translation>
    </message>
    <message>
        <source>Ta med %1</source>
        <translation>Include %1</translation>
    </message>
    <message>
        <source>Fjern %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Tidsbruk: andel av arbeidstiden per oppgavekategori (%)</source>
        <translation>Time use: share of working time per task category (%)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Hver rad skal summere til 100 %. Sykepleieres kompetanseoppgaver er helsefaglige oppgaver; helsefagarbeideres er helsefaglige oppgaver og kompetanseoppgaver.</source>
        <translation>Each row must sum to 100 %. Nurses' matching tasks are health-care tasks; health workers' are health-care and trained tasks.</translation>
    </message>
    <message>
        <source>Hvert tiltak flytter en andel av tiden en yrkesgruppe bruker på en oppgavekategori til en mottaker.</source>
        <translation>Each measure moves a share of the time a role spends on a task category to a receiver.</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Oppgavekategori</source>
        <translation>Task category</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Andel (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Flytt tiltak %1 opp</source>
        <translation>Move measure %1 up</translation>
    </message>
    <message>
        <source>Flytt tiltak %1 ned</source>
        <translation>Move measure %1 down</translation>
    </message>
    <message>
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Fjern tiltaket</source>
        <translation>Remove the measure</translation>
    </message>
    <message>
        <source>Fjern tiltak %1</source>
        <translation>Remove measure %1</translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>Innføring</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <source>Ta med mottaker %1</source>
        <translation>Include receiver %1</translation>
    </message>
    <message>
        <source>Fjern mottaker %1</source>
        <translation>Remove receiver %1</translation>
    </message>
    <message>
        <source>Rekruttering</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>Lønnstilskudd fra NAV</source>
        <translation>Wage subsidy from NAV</translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Måneder</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Sats (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Fjern trinnet</source>
        <translation>Remove the tranche</translation>
    </message>
    <message>
        <source>Fjern lønnstilskuddstrinn %1</source>
        <translation>Remove wage-subsidy tranche %1</translation>
    </message>
    <message>
        <source>Legg til trinn</source>
        <translation>Add tranche</translation>
    </message>
    <message>
        <source>Legg til lønnstilskuddstrinn</source>
        <translation>Add wage-subsidy tranche</translation>
    </message>
    <message>
        <source>Trinn (etter hverandre fra ansettelsen)</source>
        <translation>Tranches (one after another from the hire date)</translation>
    </message>
    <message>
        <source>Mentortilskudd fra NAV</source>
        <translation>Mentor subsidy from NAV</translation>
    </message>
    <message>
        <source>Sosialhjelp</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <source>Hub (Jobbfabrikken / Mestringstorg)</source>
        <translation>Hub (Jobbfabrikken / Mestringstorg)</translation>
    </message>
    <message>
        <source>Realisering</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Raden summerer til 100 %</source>
        <translation>The row sums to 100 %</translation>
    </message>
    <message>
        <source>Raden skal summere til 100 %</source>
        <translation>The row must sum to 100 %</translation>
    </message>
    <message numerus="yes">
        <source>… og %n feil til</source>
        <translation><numerusform>… and %n more error</numerusform><numerusform>… and %n more errors</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarioet har feil – resultatene viser siste gyldige beregning.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;The scenario has errors – the results show the last valid calculation.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Kr per årsverk</source>
        <translation>NOK per FTE</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::UncertaintyCharts</name>
    <message>
        <source>Frigjorte årsverk per år, P10–P90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budsjetteffekt per år, P10–P90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hva betyr mest for nåverdien av budsjetteffekten?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hva betyr mest for frigjorte årsverk i sluttåret?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P10–P90 (80 % av trekkene)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P50 (median)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Ingen av inndataene med område endrer dette tallet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inndata på lav verdi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inndata på høy verdi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nåverdi av budsjetteffekten, millioner kroner (stiplet: alle på mest sannsynlig verdi, %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frigjorte årsverk i sluttåret (stiplet: alle på mest sannsynlig verdi, %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gevinst::ui::UncertaintyPanel</name>
    <message>
        <source>Antall trekk i simuleringen. Flere trekk gir jevnere persentiler.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Startverdi for tilfeldige tall: samme frø og antall trekk gir alltid samme tall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kjør simulering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trekk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frø:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nåverdi av budsjetteffekten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frigjorte årsverk i sluttåret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tornado – ranger etter utslag i:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 av %2 trekk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simuleringen ble avbrutt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbrutt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simuleringen feilet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarioet er endret etter siste simulering: kjør på nytt for oppdaterte tall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarioet har ingen usikkerhetsområder (lav – mest sannsynlig – høy), så P10, P50 og P90 blir like. Legg inn områder i redigeringen.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n inndata har usikkerhetsområde. Trykk «Kjør simulering».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen gyldig beregning å simulere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulerer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sannsynlighet for positiv nåverdi: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 trekk, frø %2. Nåverdi av budsjetteffekten: P10 %3, P50 %4, P90 %5. Frigjorte årsverk i sluttåret: P10 %6, P50 %7, P90 %8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen inndata har usikkerhetsområde – ingen tornado å vise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre figuren som PNG …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre tornadoen som JSON …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre simuleringen som JSON …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre figur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG-bilde (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lagre tallene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>