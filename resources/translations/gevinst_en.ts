<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>CliText</name>
    <message>
        <location filename="../../app/FileIo.cpp" line="17" />
        <source>%1: filen finnes ikke</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="19" />
        <source>%1: er en mappe, ikke en fil</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="21" />
        <source>%1: filen er %2 byte, større enn de %3 som er tillatt</source>
        <translation>%1: the file is %2 bytes, larger than the %3 allowed</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="27" />
        <location filename="../../app/FileIo.cpp" line="30" />
        <source>%1: kan ikke leses (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="32" />
        <source>%1: filen er større enn de %2 byte som er tillatt</source>
        <translation>%1: the file is larger than the %2 bytes allowed</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="35" />
        <source>--db trenger et filnavn</source>
        <translation>--db needs a file name</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="116" />
        <source>--format: «%1» er verken 1 eller 2</source>
        <translation>--format: “%1” is not 1 or 2</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="99" />
        <source>--unit: «%1» er ingen kommune (f.eks. 3207) eller bydel i Oslo (f.eks. 030112) i enhetslisten (se gevinst db units)</source>
        <translation>--unit: “%1” is no municipality (e.g. 3207) or Oslo city district (e.g. 030112) in the unit list (see gevinst db units)</translation>
    </message>
</context>
<context>
    <name>gevinst::Inputs</name>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="43" />
        <source>Diskonteringsrente</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="44" />
        <source>Realrente for nåverdien av budsjetteffekten.</source>
        <translation>Real discount rate for the present value of the budget effect.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="46" />
        <source>Timer per årsverk</source>
        <translation>Hours per FTE</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="47" />
        <source>Arbeidstimer i et heltidsårsverk etter ferie og fridager.</source>
        <translation>Working hours in one full-time FTE after holidays and days off.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="50" />
        <source>Befolkning {year}, {band}</source>
        <translation>Population {year}, {band}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="50" />
        <source>Innbyggere i aldersgruppen 1. januar det året.</source>
        <translation>Inhabitants in the age band on 1 January of that year.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="52" />
        <source>Tjenestemottakere, {band}</source>
        <translation>Service recipients, {band}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="53" />
        <source>Andelen av aldersgruppen som mottar tjenesten.</source>
        <translation>Share of the age band who receive the service.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="55" />
        <source>Vekst i bemanning per år</source>
        <translation>Yearly growth in staff</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="56" />
        <source>Hvor mye bemanningen vokser hvert år uten tiltakene.</source>
        <translation>How much the staff grows each year without the measures.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="58" />
        <source>Årsverk, {role}</source>
        <translation>FTE, {role}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="59" />
        <source>Årsverk i tjenesten i startåret.</source>
        <translation>FTE in the service in the start year.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="61" />
        <source>Årskostnad per årsverk, {role}</source>
        <translation>Annual cost per FTE, {role}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="62" />
        <source>Lønn med feriepenger, arbeidsgiveravgift og pensjon for et årsverk.</source>
        <translation>Wages with holiday pay, employer’s contribution and pension for one FTE.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="65" />
        <source>Tidsbruk, {role}: {category}</source>
        <translation>Time use, {role}: {category}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="65" />
        <source>Andelen av rollens tid som går til oppgavene; summen per rolle er 100 %.</source>
        <translation>Share of the role’s time spent on these tasks; each role sums to 100 %.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="67" />
        <source>Andel delt: {measure}</source>
        <translation>Share moved: {measure}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="68" />
        <source>Hvor stor del av rollens tid på oppgavene som flyttes til mottakeren.</source>
        <translation>How much of the role’s time on these tasks is moved to the receiver.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="70" />
        <source>År til full effekt</source>
        <translation>Years to full effect</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="71" />
        <source>Hvor mange år det tar før tiltakene virker fullt ut.</source>
        <translation>How many years it takes before the measures have full effect.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="75" />
        <source>Årskostnad per årsverk, {receiver}</source>
        <translation>Annual cost per FTE, {receiver}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="75" />
        <source>Lønn med sosiale kostnader for et årsverk.</source>
        <translation>Wages with social costs for one FTE.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="78" />
        <location filename="../../model/InputCatalogue.cpp" line="87" />
        <source>Tidsfaktor, {receiver}</source>
        <translation>Time factor, {receiver}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="78" />
        <source>Timer mottakeren bruker per flyttet time (1,1 = 10 % lengre tid).</source>
        <translation>Hours the receiver needs per moved hour (1.1 = 10 % longer).</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="81" />
        <source>Stillingsandel, {receiver}</source>
        <translation>Position share, {receiver}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="81" />
        <source>Gjennomsnittlig stillingsstørrelse for de nyansatte.</source>
        <translation>Average position size of the new hires.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="84" />
        <source>Turnover per år, {receiver}</source>
        <translation>Turnover per year, {receiver}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="84" />
        <source>Andelen som slutter hvert år og må erstattes.</source>
        <translation>Share who leave each year and must be replaced.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="87" />
        <source>Timer mottakeren bruker per flyttet time (1,5 = 50 % lengre tid).</source>
        <translation>Hours the receiver needs per moved hour (1.5 = 50 % longer).</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="90" />
        <source>Koordineringskostnad per time, {receiver}</source>
        <translation>Coordination cost per hour, {receiver}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="91" />
        <source>Kostnad for å koordinere en frivillig time.</source>
        <translation>Cost of coordinating one volunteer hour.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="94" />
        <source>Kostnad per flyttet time, {receiver}</source>
        <translation>Cost per moved hour, {receiver}</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="95" />
        <source>Lisenser, drift og utstyr per time som teknologien overtar.</source>
        <translation>Licences, running costs and equipment per hour the technology takes over.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="98" />
        <source>Tidsfaktor, {receiver} (mottar)</source>
        <translation>Time factor, {receiver} (receiving)</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="98" />
        <source>Timer rollen bruker per time den overtar.</source>
        <translation>Hours the role needs per hour it takes over.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="101" />
        <source>Andel rekruttert gjennom NAV</source>
        <translation>Share recruited through NAV</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="102" />
        <source>Andelen av de nyansatte som kommer fra utenforskap gjennom NAV.</source>
        <translation>Share of the new hires who come from outside working life through NAV.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="105" />
        <source>Opplæringskostnad per nyansatt</source>
        <translation>Training cost per new hire</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="105" />
        <source>Mikroutdanning og opplæring per ansettelse.</source>
        <translation>Micro-credentials and training per hire.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="108" />
        <source>Andel med lønnstilskudd</source>
        <translation>Share with wage subsidy</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="108" />
        <source>Andelen av de NAV-rekrutterte som får lønnstilskudd.</source>
        <translation>Share of those recruited through NAV who bring a wage subsidy.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="111" />
        <source>Lønnstilskudd, periode {tranche}: måneder</source>
        <translation>Wage subsidy, period {tranche}: months</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="111" />
        <source>Lengden på perioden med denne satsen.</source>
        <translation>Length of the period at this rate.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="114" />
        <source>Lønnstilskudd, periode {tranche}: sats</source>
        <translation>Wage subsidy, period {tranche}: rate</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="114" />
        <source>Andelen av lønnskostnaden NAV dekker i perioden.</source>
        <translation>Share of the wage cost NAV covers in the period.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="117" />
        <source>Andel med mentortilskudd</source>
        <translation>Share with mentor subsidy</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="117" />
        <source>Andelen av de NAV-rekrutterte som får mentor.</source>
        <translation>Share of those recruited through NAV who get a mentor.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="120" />
        <source>Mentortimer per uke</source>
        <translation>Mentor hours per week</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="120" />
        <source>Avtalte mentortimer per uke.</source>
        <translation>Agreed mentor hours per week.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="123" />
        <source>Mentortilskudd per time</source>
        <translation>Mentor subsidy per hour</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="123" />
        <source>Mentorens timelønn med arbeidsgiveravgift.</source>
        <translation>The mentor’s hourly wage with employer’s contribution.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="126" />
        <source>Måneder med mentortilskudd</source>
        <translation>Months with mentor subsidy</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="126" />
        <source>Hvor lenge mentortilskuddet varer.</source>
        <translation>How long the mentor subsidy lasts.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="129" />
        <source>Andel på sosialhjelp</source>
        <translation>Share on social assistance</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="129" />
        <source>Andelen av de NAV-rekrutterte som mottar sosialhjelp.</source>
        <translation>Share of those recruited through NAV who receive social assistance.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="132" />
        <source>Sosialhjelp per person og år</source>
        <translation>Social assistance per person and year</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="132" />
        <source>Utbetalt sosialhjelp per mottaker i et år.</source>
        <translation>Social assistance paid per recipient in a year.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="135" />
        <source>Reduksjon i sosialhjelp ved jobb</source>
        <translation>Reduction in social assistance when employed</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="135" />
        <source>Hvor mye sosialhjelpen faller når personen er i jobb.</source>
        <translation>How much the social assistance falls when the person is in work.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="138" />
        <source>Koordinatorårsverk</source>
        <translation>Coordinator FTE</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="139" />
        <source>Årsverk til å drive Jobbfabrikken og Mestringstorget.</source>
        <translation>FTE to run the job hub (Jobbfabrikken) and the coping centre (Mestringstorget).</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="142" />
        <source>Årskostnad per koordinatorårsverk</source>
        <translation>Annual cost per coordinator FTE</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="142" />
        <source>Lønn med sosiale kostnader for en koordinator.</source>
        <translation>Wages with social costs for one coordinator.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="144" />
        <source>Engangskostnad</source>
        <translation>One-off cost</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="145" />
        <source>Oppstartskostnad i engangsåret.</source>
        <translation>Start-up cost in the one-off year.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="148" />
        <source>Realiseringsandel</source>
        <translation>Realisation share</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="149" />
        <source>Andelen av frigjort kapasitet (innenfor bemanningsgapet) som sparer penger fordi den erstatter nyansettelser.</source>
        <translation>Share of the freed capacity (within the staffing gap) that saves money because it replaces new hires.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="153" />
        <source>Skattepliktig lønn per årsverk, oppgavemedarbeider</source>
        <translation>Taxable wage per FTE, task worker</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="154" />
        <source>Lønn og feriepenger for et heltidsårsverk: grunnlaget for skatt og arbeidsgiveravgift.</source>
        <translation>Wages and holiday pay for one full-time FTE: the basis for tax and employer’s contribution.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="156" />
        <source>Skatteandel til kommunen</source>
        <translation>Tax share to the municipality</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="157" />
        <source>Effektiv andel av lønnen som går til kommunen som inntektsskatt.</source>
        <translation>Effective share of the wage that goes to the municipality as income tax.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="159" />
        <source>Skatteandel til staten</source>
        <translation>Tax share to the state</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="160" />
        <source>Effektiv andel av lønnen som går til staten (fellesskatt, trinnskatt, trygdeavgift).</source>
        <translation>Effective share of the wage that goes to the state (common tax, bracket tax, social security contribution).</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="162" />
        <source>Arbeidsgiveravgift</source>
        <translation>Employer’s contribution</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="163" />
        <source>Arbeidsgiveravgiften i kommunens sone.</source>
        <translation>The employer’s social security contribution in the municipality’s zone.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="166" />
        <source>Andel på statlige ytelser</source>
        <translation>Share on state benefits</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="166" />
        <source>Andelen av de NAV-rekrutterte som mottar statlige ytelser (f.eks. AAP).</source>
        <translation>Share of those recruited through NAV who receive state benefits (e.g. work assessment allowance, AAP).</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="169" />
        <source>Statlig ytelse per person og år</source>
        <translation>State benefit per person and year</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="169" />
        <source>Utbetalt ytelse per mottaker i et år.</source>
        <translation>Benefit paid per recipient in a year.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="172" />
        <source>Reduksjon i statlig ytelse ved jobb</source>
        <translation>Reduction in state benefit when in work</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="172" />
        <source>Hvor mye ytelsen faller når personen er i jobb.</source>
        <translation>How much the benefit falls when the person is in work.</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="174" />
        <source>Skattefinansieringskostnad</source>
        <translation>Marginal cost of public funds</translation>
    </message>
    <message>
        <location filename="../../model/InputCatalogue.cpp" line="175" />
        <source>Kostnaden ved å skaffe en krone over skatt (20 øre per krone).</source>
        <translation>The cost of raising one krone through taxes (0.20 per krone).</translation>
    </message>
</context>
<context>
    <name>gevinst::cli::CliText</name>
    <message>
        <location filename="../../app/CommandRollup.cpp" line="36" />
        <source>disse scenarioene kan ikke legges sammen</source>
        <translation>these scenarios cannot be rolled up</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ScenarioSource.cpp" line="16" />
        <source>ugyldig scenario (%n feil)</source>
        <translation><numerusform>invalid scenario (%n error)</numerusform><numerusform>invalid scenario (%n errors)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="70" />
        <source>%1 må være et helt tall fra 1, ikke «%2»</source>
        <translation>%1 must be a whole number from 1, not “%2”</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="102" />
        <source>oppgi enten FIL.json eller --id ID, ikke begge (bruk: gevinst %1)</source>
        <translation>give either FILE.json or --id ID, not both (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="107" />
        <source>--version trenger --id ID</source>
        <translation>--version needs --id ID</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="109" />
        <location filename="../../app/ScenarioSelection.cpp" line="32" />
        <source>bruk: gevinst %1 (se gevinst --help)</source>
        <translation>usage: gevinst %1 (see gevinst --help)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="38" />
        <source>gevinster av oppgavedeling i helse og omsorg</source>
        <translation>benefits of task sharing in health and care</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="39" />
        <source>Bruk:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="40" />
        <source>åpner vinduet</source>
        <translation>opens the window</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="44" />
        <source>språket i meldinger og vindu (norsk er standard)</source>
        <translation>language of messages and window (Norwegian is the default)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="46" />
        <source>Utgangskoder: 0 ok, 2 ugyldig inndata (feltstien står i meldingen), 1 annen feil
(fil som ikke kan leses eller skrives).</source>
        <translation>Exit codes: 0 ok, 2 invalid input (the message names the field path), 1 other failure
(a file that cannot be read or written).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="90" />
        <source>fant ingen skjerm (DISPLAY er ikke satt), så vinduet kan ikke åpnes.
Kommandolinjen virker uten skjerm:</source>
        <translation>found no display (DISPLAY is not set), so the window cannot open.
The command line works without a display:</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="101" />
        <source>Gevinstmodell ble bygget uten vindu (GEVINST_BUILD_UI=OFF). Kommandolinjen:</source>
        <translation>Gevinstmodell was built without the window (GEVINST_BUILD_UI=OFF). The command line:</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="154" />
        <source>--lang: «%1» er ikke et språk programmet har (nb eller en)</source>
        <translation>--lang: “%1” is not a language the program has (nb or en)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="174" />
        <source>ukjent kommando «%1» (se gevinst --help)</source>
        <translation>unknown command “%1” (see gevinst --help)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="191" />
        <source>ikke nok minne</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location filename="../../app/CommandServiceAreas.cpp" line="23" />
        <source>bruk: gevinst service-areas [--json]</source>
        <translation>usage: gevinst service-areas [--json]</translation>
    </message>
    <message>
        <location filename="../../app/CommandServiceAreas.cpp" line="29" />
        <source> (hoppet over)</source>
        <translation> (skipped)</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="40" />
        <source>%1: kan ikke skrives (%2; en tidligere fil der er beholdt)</source>
        <translation>%1: cannot be written (%2; an earlier file there is kept)</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="35" />
        <source>%1: «%2» må være et helt tall fra %3 til %4</source>
        <translation>%1: “%2” must be a whole number from %3 to %4</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="65" />
        <source>--draws: høyst %1 trekk for en periode på %2 år</source>
        <translation>--draws: at most %1 draws for a period of %2 years</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="80" />
        <source>tornadoen kan ikke tegnes: ved disse verdiene blir resultatet for stort til å være et tall (snevre inn området eller sjekk inndataene)</source>
        <translation>the tornado cannot be drawn: at these values the result is too large to be a number (narrow the range or check the inputs)</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="100" />
        <source>velg ett mål: gevinst %1</source>
        <translation>choose one goal: gevinst %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="102" />
        <source>--year hører til --close-gap</source>
        <translation>--year belongs to --close-gap</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="104" />
        <source>--close-gap: andelen av bemanningsgapet som skal dekkes, må være over 0 og høyst 1 (0.5 = halvparten), ikke %1</source>
        <translation>--close-gap: the share of the staffing gap to close must be above 0 and at most 1 (0.5 = half), not %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="108" />
        <source>--close-gap trenger --year ÅR</source>
        <translation>--close-gap needs --year YEAR</translation>
    </message>
    <message>
        <location filename="../../app/CommandUncertainty.cpp" line="114" />
        <source>--year: %1 er utenfor scenarioets år %2–%3</source>
        <translation>--year: %1 is outside the scenario’s years %2–%3</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="57" />
        <source>--to må være et år fra %1 til %2, ikke «%3»</source>
        <translation>--to must be a year from %1 to %2, not “%3”</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="71" />
        <source>fant ikke de leverte dataene (%1); så i: %2 (sett GEVINST_DATA_DIR)</source>
        <translation>the shipped data (%1) was not found; looked in: %2 (set GEVINST_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="160" />
        <source>--unit ID må oppgis (bruk: gevinst %1)</source>
        <translation>--unit ID is required (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/CommandReport.cpp" line="19" />
        <source>oppgi -o UT.pdf; bruk: gevinst %1</source>
        <translation>give -o OUT.pdf; usage: gevinst %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandReport.cpp" line="27" />
        <source>%n sider</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandChart.cpp" line="27" />
        <source>%1: må være et helt tall</source>
        <translation>%1: must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/CommandChart.cpp" line="47" />
        <source>oppgi --chart NAVN og -o UT; bruk: gevinst %1</source>
        <translation>give --chart NAME and -o OUT; usage: gevinst %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandChart.cpp" line="53" />
        <source>--chart: ukjent figur «%1» (figurer: %2)</source>
        <translation>--chart: unknown chart “%1” (charts: %2)</translation>
    </message>
    <message>
        <location filename="../../app/CommandChart.cpp" line="56" />
        <source>-o: «%1» må slutte på .png, .svg eller .pdf</source>
        <translation>-o: “%1” must end in .png, .svg or .pdf</translation>
    </message>
    <message>
        <location filename="../../app/CommandExport.cpp" line="39" />
        <source>oppgi --xlsx UT.xlsx, --csv UT.csv eller --format 1|2; bruk: gevinst %1</source>
        <translation>give --xlsx OUT.xlsx, --csv OUT.csv or --format 1|2; usage: gevinst %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandExport.cpp" line="42" />
        <source>-o hører til --format (scenariodokumentet); bruk --xlsx eller --csv for tabeller</source>
        <translation>-o goes with --format (the scenario document); use --xlsx or --csv for tables</translation>
    </message>
    <message>
        <location filename="../../app/CommandExport.cpp" line="44" />
        <source>--table: «%1» er ikke en av yearly, key, assumptions, ledger</source>
        <translation>--table: “%1” is not one of yearly, key, assumptions, ledger</translation>
    </message>
    <message>
        <location filename="../../app/CommandExport.cpp" line="46" />
        <source>--csv-format: «%1» er ikke en av no (semikolon, desimalkomma), intl (komma, punktum)</source>
        <translation>--csv-format: “%1” is not one of no (semicolon, decimal comma), intl (comma, decimal point)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="80" />
        <source>%1 hører ikke til denne kommandoen (bruk: gevinst %2)</source>
        <translation>%1 does not go with this command (usage: gevinst %2)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="83" />
        <source>bruk: gevinst %1 (se gevinst db --help)</source>
        <translation>usage: gevinst %1 (see gevinst db --help)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="97" />
        <source>ID må være et scenarionummer fra gevinst db list, ikke «%1»</source>
        <translation>ID must be a scenario number from gevinst db list, not “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandDb.cpp" line="138" />
        <source>%n enheter</source>
        <translation><numerusform>%n unit</numerusform><numerusform>%n units</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="155" />
        <source>--years må være START-SLUTT med firesifrede år, f.eks. 2025-2040, ikke «%1»</source>
        <translation>--years must be START-END with four-digit years, e.g. 2025-2040, not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="168" />
        <source>--unit må oppgis (bruk: gevinst %1)</source>
        <translation>--unit is required (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="182" />
        <source> (se gevinst db units)</source>
        <translation> (see gevinst db units)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandDb.cpp" line="263" />
        <source>Importerte folketall for %n enheter</source>
        <translation><numerusform>Imported population for %n unit</numerusform><numerusform>Imported population for %n units</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="264" />
        <source> og %1 år (%2 rader) fra %3</source>
        <translation> and %1 years (%2 rows) from %3</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="158" />
        <location filename="../../app/CommandDb.cpp" line="306" />
        <source>bruk: gevinst %1</source>
        <translation>usage: gevinst %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="317" />
        <source>ukjent db-kommando «%1» (bruk: gevinst %2)</source>
        <translation>unknown db command “%1” (usage: gevinst %2)</translation>
    </message>
    <message>
        <location filename="../../app/CliArgs.cpp" line="20" />
        <location filename="../../app/CliArgs.cpp" line="41" />
        <source>%1 trenger en verdi</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location filename="../../app/CliArgs.cpp" line="74" />
        <source>%1: «%2» er ikke et tall</source>
        <translation>%1: “%2” is not a number</translation>
    </message>
    <message>
        <location filename="../../app/CliArgs.cpp" line="82" />
        <source>ukjent valg %1 (se gevinst --help)</source>
        <translation>unknown option %1 (see gevinst --help)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="50" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="50" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="51" />
        <source>Frigjorte årsverk </source>
        <translation>Freed FTE </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="52" />
        <source>Bemanningsgap </source>
        <translation>Staffing gap </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="52" />
        <source> (årsverk)</source>
        <translation> (FTE)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="53" />
        <source>Andel av bemanningsgapet dekket </source>
        <translation>Share of the staffing gap covered </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="54" />
        <source>Flere tjenestemottakere som kan betjenes </source>
        <translation>Additional service recipients who can be served </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="55" />
        <source>Nåverdi budsjetteffekt (</source>
        <translation>NPV of the budget effect (</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="55" />
        <source> diskontering)</source>
        <translation> discount rate)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="56" />
        <source>Nåverdi frigjort kapasitet</source>
        <translation>NPV of freed capacity</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="57" />
        <source>Netto kostnad per frigjort årsverk</source>
        <translation>Net cost per freed FTE</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="60" />
        <source>  til sammenligning: årskostnad </source>
        <translation>  for comparison: annual cost, </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="62" />
        <source>Statlige tilskudd (lønns- og mentortilskudd), sum</source>
        <translation>State subsidies (wage and mentor subsidies), total</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="63" />
        <source>Sparte sosialhjelpsutgifter, sum</source>
        <translation>Social assistance saved, total</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="64" />
        <source>Kostnader, sum</source>
        <translation>Costs, total</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="65" />
        <source>Tilbakebetalingsår</source>
        <translation>Payback year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="66" />
        <source>ikke innen </source>
        <translation>not by </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="68" />
        <source>Tid på oppgaver som krever kompetansen, </source>
        <translation>Time on tasks that need the training, </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="72" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="72" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="72" />
        <source>Gap (årsverk)</source>
        <translation>Gap (FTE)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="72" />
        <source>Dekket</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="72" />
        <source>Tilskudd</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="72" />
        <source>Sosialhjelp</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="73" />
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="73" />
        <source>Budsjetteffekt</source>
        <translation>Budget effect</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="73" />
        <source>Akkumulert</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="84" />
        <source>Budsjetteffekten regner med %1 av verdien av frigjort kapasitet som realisert i budsjettet, og bare den delen som dekker bemanningsgapet: frigjort tid utover gapet er kapasitet til flere mottakere eller bedre kvalitet, ikke penger.</source>
        <translation>The budget effect counts %1 of the value of freed capacity as realised in the budget, and only the part that covers the staffing gap: freed time beyond the gap is capacity for more recipients or better quality, not money.</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="87" />
        <source>Budsjetteffekten regner med %1 av verdien av frigjort kapasitet som realisert i budsjettet.</source>
        <translation>The budget effect counts %1 of the value of freed capacity as realised in the budget.</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="93" />
        <source>Fra %1 frigjøres mer enn bemanningsgapet i noen år; det overskytende er regnet som kapasitet, ikke som innsparing.</source>
        <translation>From %1 more than the staffing gap is freed in some years; the excess is counted as capacity, not as a saving.</translation>
    </message>
</context>
<context>
    <name>gevinst::cli::Commands</name>
    <message>
        <location filename="../../app/Commands.cpp" line="11" />
        <source>beregner scenarioet og skriver resultatet (gevinstmodell-result/1) som JSON</source>
        <translation>computes the scenario and writes the result (gevinstmodell-result/1) as JSON</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="12" />
        <source>sjekker scenarioet: «ok» eller listen over feil</source>
        <translation>checks the scenario: “ok” or the list of errors</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="13" />
        <source>nøkkeltallene og tallene per år som en lesbar tabell</source>
        <translation>the key figures and the yearly figures as a readable table</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="15" />
        <source>Monte Carlo over usikkerhetsområdene: P10/P50/P90 per år og nøkkeltall (gevinstmodell-mc/1)</source>
        <translation>Monte Carlo over the uncertainty ranges: P10/P50/P90 per year and key figures (gevinstmodell-mc/1)</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="17" />
        <source>hver usikker inndata på lav og høy verdi, rangert etter utslag i nåverdi og frigjorte årsverk</source>
        <translation>each uncertain input at its low and high value, ranked by its effect on NPV and freed FTE</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="19" />
        <source>målsøk: faktor på delingsandelene som dekker en andel av gapet, realiseringsandel med nåverdi 0, eller lønn for oppgavebaserte stillinger der netto kostnad per frigjort årsverk er lik årskostnaden for fagrollen det sammenlignes med (den dyreste fagrollen)</source>
        <translation>goal seek: the factor on the sharing shares that covers a share of the gap, the realisation share that gives NPV 0, or the wage for task-based positions at which the net cost per freed FTE equals the annual cost of the professional role compared with (the most expensive one)</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="25" />
        <source>scenariobiblioteket: scenarioer med versjoner, kommuner og bydeler med folketall, import fra SSB</source>
        <translation>the scenario library: scenarios with versions, municipalities and city districts with population, import from Statistics Norway (SSB)</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="27" />
        <source>programmets egen befolkningsframskriving for en kommune eller bydel etter ettårig alder, summert i aldersgrupper (gevinstmodell-projection/1), med registrerte år fra biblioteket</source>
        <translation>the program’s own population projection for a municipality or city district by single year of age, summed into age bands (gevinstmodell-projection/1), with registered years from the library</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="30" />
        <source>tjenesteområdene programmet leverer: id, navn og antall roller, kategorier og mottakere</source>
        <translation>the service areas the program ships: id, name and number of roles, categories and receivers</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="32" />
        <source>nøkkeltallene for flere scenarioer side om side, ev. per 1 000 innbyggere 67+ og per årsverk</source>
        <translation>the key figures of several scenarios side by side, optionally per 1,000 inhabitants 67+ and per FTE</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="34" />
        <source>legger sammen bydelsscenarioer til én kommune (gevinstmodell-result/1)</source>
        <translation>rolls up city-district scenarios into one municipality (gevinstmodell-result/1)</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="37" />
        <source>tallene per år, nøkkeltallene, fordelingen og forutsetningene med kilder til Excel (XLSX) eller CSV; eller selve scenarioet i format 1 eller 2</source>
        <translation>the yearly figures, key figures, distribution and assumptions with sources to Excel (XLSX) or CSV; or the scenario itself in format 1 or 2</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="40" />
        <source>hvem betaler og hvem får: kontantstrøm per år og nåverdi for kommunen, NAV, staten og de som får jobb</source>
        <translation>who pays and who gains: cash flow per year and NPV for the municipality, NAV, the state and those who get jobs</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="43" />
        <source>lagrer en figur som PNG, SVG eller PDF med tittel, enheter og kildelinje</source>
        <translation>saves a chart as PNG, SVG or PDF with title, units and source line</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="45" />
        <source>rapport til saksframlegg (PDF, A4): sammendrag, nøkkeltall, figurer, tabell og forutsetninger</source>
        <translation>report for a council paper (PDF, A4): summary, key figures, charts, table and assumptions</translation>
    </message>
</context>
<context>
    <name>gevinst::io::AssumptionList</name>
    <message>
        <location filename="../../model/io/AssumptionList.cpp" line="26" />
        <source>Ikke oppgitt</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../model/io/AssumptionList.cpp" line="56" />
        <source>Første år</source>
        <translation>First year</translation>
    </message>
    <message>
        <location filename="../../model/io/AssumptionList.cpp" line="57" />
        <source>Siste år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../model/io/AssumptionList.cpp" line="63" />
        <source>Oppstartsår</source>
        <translation>Start-up year</translation>
    </message>
    <message>
        <location filename="../../model/io/AssumptionList.cpp" line="65" />
        <source>År for engangskostnaden</source>
        <translation>Year of the one-off cost</translation>
    </message>
</context>
<context>
    <name>gevinst::io::AtomicFile</name>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="33" />
        <source>kan ikke skrive %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="35" />
        <source> (den forrige filen er beholdt uendret)</source>
        <translation> (the previous file is kept unchanged)</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="62" />
        <source>filnavnet er for langt for filsystemet (%1 byte, høyst %2 byte er tillatt; æ, ø og å teller to)</source>
        <translation>the file name is too long for the file system (%1 bytes, at most %2 bytes allowed; æ, ø and å count two)</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="147" />
        <source>bare %1 av %2 byte ble skrevet</source>
        <translation>only %1 of %2 bytes were written</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="148" />
        <source>filen ble ikke skrevet ferdig (%1 byte)</source>
        <translation>the file was not completely written (%1 bytes)</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="167" />
        <source>disken er full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="169" />
        <source>diskkvoten er brukt opp</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="171" />
        <source>filen er for stor for filsystemet</source>
        <translation>the file is too large for the file system</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="172" />
        <source>filsystemet er skrivebeskyttet</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="174" />
        <source>ingen skrivetilgang</source>
        <translation>no write permission</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="175" />
        <source>filnavnet er for langt for filsystemet</source>
        <translation>the file name is too long for the file system</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="177" />
        <source>mappen finnes ikke</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="178" />
        <location filename="../../model/io/AtomicFile.cpp" line="212" />
        <source>det er en mappe, ikke en fil</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="179" />
        <source>lese- eller skrivefeil på disken</source>
        <translation>read or write error on the disk</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="180" />
        <source>symbolske lenker går i ring</source>
        <translation>symbolic links form a loop</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="202" />
        <source>den symbolske lenken kan ikke leses</source>
        <translation>the symbolic link cannot be read</translation>
    </message>
    <message>
        <location filename="../../model/io/AtomicFile.cpp" line="213" />
        <source>det er ikke en vanlig fil (en enhet eller et rør); ingenting ble skrevet</source>
        <translation>it is not a regular file (a device or a pipe); nothing was written</translation>
    </message>
</context>
<context>
    <name>gevinst::io::CsvExporter</name>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="83" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="94" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="94" />
        <location filename="../../model/io/CsvExporter.cpp" line="121" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="94" />
        <location filename="../../model/io/CsvExporter.cpp" line="121" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="96" />
        <source>Per 1 000 innbyggere 67+</source>
        <translation>Per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="96" />
        <source>Per årsverk i startåret</source>
        <translation>Per FTE in the start year</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="97" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="103" />
        <location filename="../../model/io/CsvExporter.cpp" line="125" />
        <source>andel</source>
        <translation>share</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="121" />
        <source>Forutsetning</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="122" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../model/io/CsvExporter.cpp" line="122" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>gevinst::io::ExportLabels</name>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="19" />
        <source>Tjenestemottakere</source>
        <translation>Service recipients</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="20" />
        <source>Behovsindeks</source>
        <translation>Demand index</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="21" />
        <source>Behov for årsverk</source>
        <translation>FTE needed</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="22" />
        <source>Tilgjengelige årsverk</source>
        <translation>FTE available</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="23" />
        <source>Bemanningsgap</source>
        <translation>Staffing gap</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="24" />
        <source>Innfasing</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="25" />
        <source>Frigjorte timer, fagpersonell</source>
        <translation>Freed hours, professionals</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="26" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="27" />
        <source>Andel av gapet dekket</source>
        <translation>Share of the gap closed</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="28" />
        <source>Flere mottakere som kan betjenes</source>
        <translation>Additional recipients who can be served</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="29" />
        <source>Oppgavemedarbeidere, årsverk</source>
        <translation>Task workers, FTE</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="30" />
        <source>Oppgavemedarbeidere, personer</source>
        <translation>Task workers, persons</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="31" />
        <source>Nyansatte</source>
        <translation>New hires</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="32" />
        <source>Nyansatte via NAV</source>
        <translation>New hires through NAV</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="33" />
        <source>Lønnstilskudd</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="34" />
        <source>Mentortilskudd</source>
        <translation>Mentor subsidy</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="35" />
        <source>Spart sosialhjelp</source>
        <translation>Social assistance saved</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="36" />
        <source>Kostnad oppgavemedarbeidere</source>
        <translation>Cost of task workers</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="37" />
        <source>Kostnad opplæring</source>
        <translation>Cost of training</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="38" />
        <source>Kostnad frivillige</source>
        <translation>Cost of volunteers</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="39" />
        <source>Kostnad teknologi</source>
        <translation>Cost of technology</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="40" />
        <source>Kostnad koordinering (hub)</source>
        <translation>Cost of coordination (hub)</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="41" />
        <source>Kostnader i alt</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="42" />
        <source>Verdi av frigjort kapasitet</source>
        <translation>Value of freed capacity</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="43" />
        <source>Frigjort kapasitet innenfor gapet</source>
        <translation>Freed capacity within the gap</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="44" />
        <source>Kommunen: helse og omsorg</source>
        <translation>Municipality: health and care</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="45" />
        <source>Kommunen: sosialhjelp</source>
        <translation>Municipality: social assistance</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="46" />
        <source>Kommunen: skatteinntekter</source>
        <translation>Municipality: tax revenue</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="47" />
        <source>Staten: NAV</source>
        <translation>State: NAV</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="48" />
        <source>Staten: skatt og arbeidsgiveravgift</source>
        <translation>State: tax and employer’s contribution</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="49" />
        <source>De som får jobb (netto etter skatt)</source>
        <translation>Those who get jobs (net after tax)</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="50" />
        <source>Offentlig sektor i alt</source>
        <translation>Public sector in total</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="51" />
        <source>Samfunnet i alt</source>
        <translation>Society in total</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="52" />
        <source>Skattefinansieringskostnad</source>
        <translation>Marginal cost of public funds</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="53" />
        <source>Samfunnet med skattefinansieringskostnad</source>
        <translation>Society with the marginal cost of public funds</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="54" />
        <source>Frigjort tid til annen bruk (ikke kontanter)</source>
        <translation>Freed time for other use (not cash)</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="55" />
        <source>Sparte statlige ytelser</source>
        <translation>State benefits saved</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="56" />
        <source>Ny lønnsinntekt for de som får jobb</source>
        <translation>New wage income for those who get jobs</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="57" />
        <source>Budsjetteffekt</source>
        <translation>Budget effect</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="58" />
        <source>Akkumulert budsjetteffekt</source>
        <translation>Cumulative budget effect</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="87" />
        <source>Budsjetteffekt i egen virksomhet</source>
        <translation>Budget effect in own organisation</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="92" />
        <source>Prissatt effekt annet sted i offentlig sektor</source>
        <translation>Priced effect elsewhere in the public sector</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="94" />
        <source>Prissatt effekt for de som får jobb</source>
        <translation>Priced effect for those who get jobs</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="95" />
        <source>Annen bruk av frigjort tid (ikke kontanter)</source>
        <translation>Other use of freed time (not cash)</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="98" />
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="99" />
        <source>Samfunnsøkonomisk kostnad (R-109)</source>
        <translation>Economic cost to society (R-109)</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="108" />
        <source>Frigjorte årsverk %1</source>
        <translation>Freed FTE %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="109" />
        <source>Bemanningsgap %1</source>
        <translation>Staffing gap %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="110" />
        <source>Andel av bemanningsgapet dekket %1</source>
        <translation>Share of the staffing gap covered %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="111" />
        <source>Flere tjenestemottakere som kan betjenes %1</source>
        <translation>Additional service recipients who can be served %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="112" />
        <source>Nåverdi av budsjetteffekten</source>
        <translation>NPV of the budget effect</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="113" />
        <source>Nåverdi av frigjort kapasitet</source>
        <translation>NPV of freed capacity</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="114" />
        <source>Statlige tilskudd (lønns- og mentortilskudd), sum</source>
        <translation>State subsidies (wage and mentor subsidies), total</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="115" />
        <source>Spart sosialhjelp, sum</source>
        <translation>Social assistance saved, total</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="116" />
        <source>Kostnader, sum</source>
        <translation>Costs, total</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="117" />
        <source>Netto kostnad per frigjort årsverk</source>
        <translation>Net cost per freed FTE</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="118" />
        <source>Tilbakebetalingsår</source>
        <translation>Payback year</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="126" />
        <source>årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="127" />
        <source>kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="128" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="129" />
        <source>personer</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="130" />
        <source>timer</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="131" />
        <source>indeks</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="132" />
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="150" />
        <source>Utnyttelsesgrad %1</source>
        <translation>Utilisation %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="156" />
        <location filename="../../ui/editor/FieldCatalog.cpp" line="92" />
        <source>%1 fra %2 til %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="218" />
        <source>bydel</source>
        <translation>city district</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="220" />
        <source>kommune</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../model/io/ExportLabels.cpp" line="226" />
        <source>ikke innen %1</source>
        <translation>not by %1</translation>
    </message>
</context>
<context>
    <name>gevinst::io::ModelErrorText</name>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="65" />
        <source>er ikke gyldig JSON: %1</source>
        <translation>is not valid JSON: %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="66" />
        <source>ukjent format «%1», forventet «gevinstmodell-scenario/1» eller «/2»</source>
        <translation>unknown format “%1”, expected “gevinstmodell-scenario/1” or “/2”</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="67" />
        <source>mangler (må fylles ut)</source>
        <translation>missing (required)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="57" />
        <source>må være et tall eller riktig type (%1)</source>
        <translation>must be a number or the right type (%1)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="24" />
        <source>null (tom)</source>
        <translation>null (empty)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="25" />
        <source>et objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="26" />
        <source>et JSON-objekt</source>
        <translation>a JSON object</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="27" />
        <source>et objekt {kind}</source>
        <translation>an object {kind}</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="28" />
        <source>et objekt {low, mode, high}</source>
        <translation>an object {low, mode, high}</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="30" />
        <source>et objekt {professional, matching}</source>
        <translation>an object {professional, matching}</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="31" />
        <source>en liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="32" />
        <source>en liste med kategorier</source>
        <translation>a list of categories</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="33" />
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="34" />
        <source>en id</source>
        <translation>an id</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="35" />
        <source>sann/usann</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="36" />
        <source>true eller false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="37" />
        <source>et tall</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="53" />
        <source>må være %1, ikke %2</source>
        <translation>must be %1, not %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="56" />
        <source>må være %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="69" />
        <source>ukjent verdi «%1»</source>
        <translation>unknown value “%1”</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="70" />
        <source>må være et endelig tall</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="71" />
        <source>er %1, for stort (høyst %2)</source>
        <translation>is %1, too large (at most %2)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="72" />
        <source>er %1, kan ikke være negativt</source>
        <translation>is %1, must not be negative</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="73" />
        <source>er %1, må være større enn 0</source>
        <translation>is %1, must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="76" />
        <source>er %1, må være mellom 0 og 1 (0–100 %)</source>
        <translation>is %1, must be between 0 and 1 (0–100 %)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="78" />
        <source>er %1, må være større enn 0 og høyst 1 (100 %)</source>
        <translation>is %1, must be greater than 0 and at most 1 (100 %)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="80" />
        <source>er %1, må være større enn −1 og høyst 1</source>
        <translation>is %1, must be greater than −1 and at most 1</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="81" />
        <source>er %1, utenfor gyldig område (%2)</source>
        <translation>is %1, outside the valid range (%2)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="83" />
        <source>er %1, må være et heltall</source>
        <translation>is %1, must be a whole number</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="84" />
        <source>summerer til %1 %, må være 100 %</source>
        <translation>sums to %1 %, must be 100 %</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="85" />
        <source>andelene summerer til %1 %, kan høyst være 100 %</source>
        <translation>the shares sum to %1 %, at most 100 % allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="86" />
        <source>et tiltak kan ikke gi oppgaver til sin egen yrkesgruppe (%1)</source>
        <translation>a measure cannot give tasks to its own role (%1)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="87" />
        <source>er %1, før startåret %2</source>
        <translation>is %1, before the start year %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="88" />
        <source>er %1, utenfor perioden %2</source>
        <translation>is %1, outside the period %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="90" />
        <source>ingen tjenestemottakere i startåret %1 (alle tjenesterater eller folketall er 0)</source>
        <translation>no service recipients in the start year %1 (all service rates or populations are 0)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="91" />
        <source>for mange eller for lang: %1</source>
        <translation>too many or too long: %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="92" />
        <source>beregningen blir ikke endelig (%1)</source>
        <translation>the calculation does not stay finite (%1)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="93" />
        <source>ugyldig usikkerhetsintervall: %1</source>
        <translation>invalid uncertainty range: %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="95" />
        <source>«%1» er ikke en gyldig id (små bokstaver a–z, tall og _, begynner med en bokstav, høyst 40 tegn)</source>
        <translation>“%1” is not a valid id (lower-case letters a–z, digits and _, starting with a letter, at most 40 characters)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="97" />
        <source>«%1» er ikke en aldersgruppe (skrives «N-M» eller «N+», 0–120 år)</source>
        <translation>“%1” is not an age band (written “N-M” or “N+”, 0–120 years)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="98" />
        <source>aldersgruppene overlapper (%1)</source>
        <translation>the age bands overlap (%1)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="99" />
        <source>«%1» er oppgitt to ganger</source>
        <translation>“%1” is given twice</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="100" />
        <source>mottakeren «%1» er av typen rolle, men er ingen rolle i ordlisten</source>
        <translation>the receiver “%1” is of kind role but is no role of the vocabulary</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="101" />
        <source>format 1 kan bare bruke standardordlisten</source>
        <translation>format 1 can only use the standard vocabulary</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="110" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="118" />
        <source>ingenting å legge sammen: velg minst ett bydelsscenario</source>
        <translation>nothing to roll up: choose at least one city-district scenario</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="120" />
        <source>årene er ikke de samme som i den første delen (%1); alle deler må ha samme periode</source>
        <translation>the years differ from the first part (%1); all parts must share the period</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="122" />
        <source>diskonteringsrenten er ikke den samme som i den første delen (%1); alle deler må ha samme rente</source>
        <translation>the discount rate differs from the first part (%1); all parts must share the rate</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="124" />
        <source>enheten %1 er med mer enn én gang og ville blitt telt dobbelt</source>
        <translation>unit %1 is included more than once and would be counted twice</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="125" />
        <source>enheten %1 er ingen bydel; bare bydeler kan legges sammen til en kommune</source>
        <translation>unit %1 is not a city district; only city districts roll up into a municipality</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="126" />
        <source>bydelen hører til en annen kommune (%1)</source>
        <translation>the city district belongs to another municipality (%1)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="128" />
        <source>summen av %1 blir for stor til å være et tall; delenes inndata er for ekstreme til å legges sammen (sjekk bemanning og kostnader)</source>
        <translation>the sum of %1 is too large to be a number; the parts’ inputs are too extreme to add up (check their staff and costs)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="139" />
        <source>del %1: %2</source>
        <translation>part %1: %2</translation>
    </message>
</context>
<context>
    <name>gevinst::io::NumberText</name>
    <message>
        <location filename="../../model/io/NumberText.cpp" line="45" />
        <source>%1 kr</source>
        <extracomment>An amount in Norwegian kroner; %1 is the number with its group separators.</extracomment>
        <translation>%1 NOK</translation>
    </message>
    <message>
        <location filename="../../model/io/NumberText.cpp" line="53" />
        <source>%1 mill. kr</source>
        <extracomment>Millions of Norwegian kroner; %1 is the number of millions.</extracomment>
        <translation>NOK %1 million</translation>
    </message>
    <message>
        <location filename="../../model/io/NumberText.cpp" line="68" />
        <source>%1 årsverk</source>
        <extracomment>Full-time equivalents.</extracomment>
        <translation>%1 FTE</translation>
    </message>
</context>
<context>
    <name>gevinst::io::XlsxExporter</name>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="88" />
        <location filename="../../model/io/XlsxExporter.cpp" line="101" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="90" />
        <location filename="../../model/io/XlsxExporter.cpp" line="254" />
        <source>Gevinstmodell – %1</source>
        <translation>Gevinstmodell – %1</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="92" />
        <source>%1 (%2 %3), %4–%5</source>
        <translation>%1 (%2 %3), %4–%5</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="102" />
        <location filename="../../model/io/XlsxExporter.cpp" line="203" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="103" />
        <location filename="../../model/io/XlsxExporter.cpp" line="203" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="105" />
        <source>Per 1 000 innbyggere 67+</source>
        <translation>Per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="106" />
        <source>Per årsverk i startåret</source>
        <translation>Per FTE in the start year</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="125" />
        <source>%1 før tiltakene</source>
        <translation>%1 before the measures</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="128" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="136" />
        <source>Grunnlag for per innbygger og per årsverk: %1 innbyggere 67 år og eldre og %2 årsverk i startåret.</source>
        <translation>Basis for per inhabitant and per FTE: %1 inhabitants aged 67 and over and %2 FTE in the start year.</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="150" />
        <source>Per år</source>
        <translation>Per year</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="169" />
        <source>Fordeling</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="170" />
        <source>Aktør / linje</source>
        <translation>Actor / line</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="171" />
        <source>Gevinsttype (DFØ)</source>
        <translation>Benefit type (DFØ)</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="174" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="189" />
        <source>Kroner i faste priser. Kommunen (helse og omsorg + sosialhjelp) er lik budsjetteffekten. Frigjort tid til annen bruk er en gevinst, ikke kontanter, og er ikke lagt inn i summene.</source>
        <translation>NOK in fixed prices. The municipality (health and care + social assistance) equals the budget effect. Freed time for other use is a benefit, not cash, and is not included in the totals.</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="201" />
        <source>Forutsetninger</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="203" />
        <source>Forutsetning</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="203" />
        <source>Felt i scenariofilen</source>
        <translation>Field in the scenario file</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="203" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="251" />
        <source>kan ikke opprette arbeidsboken %1</source>
        <translation>cannot create the workbook %1</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="274" />
        <location filename="../../model/io/XlsxExporter.cpp" line="281" />
        <source>kan ikke skrive %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="281" />
        <source>arbeidsboken ble ikke skrevet ferdig (er disken full?)</source>
        <translation>the workbook was not completely written (is the disk full?)</translation>
    </message>
</context>
<context>
    <name>gevinst::io::YearlyTable</name>
    <message>
        <location filename="../../model/io/YearlyTable.cpp" line="20" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../model/io/YearlyTable.cpp" line="66" />
        <source>Statlige tilskudd</source>
        <translation>State subsidies</translation>
    </message>
    <message>
        <location filename="../../model/io/YearlyTable.cpp" line="79" />
        <source>andel</source>
        <translation>share</translation>
    </message>
</context>
<context>
    <name>gevinst::store::LibraryErrorText</name>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="10" />
        <source>biblioteket</source>
        <translation>the library</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="13" />
        <source> (linje %1, felt «%2»)</source>
        <translation> (line %1, field “%2”)</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="15" />
        <source> (linje %1)</source>
        <translation> (line %1)</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="17" />
        <source> (felt «%1»)</source>
        <translation> (field “%1”)</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="19" />
        <source>Fant ikke scenarioet eller versjonen i biblioteket%1.</source>
        <translation>The scenario or version was not found in the library%1.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="20" />
        <source>%1 har en feil%2 og ble ikke lagret.</source>
        <translation>%1 has an error%2 and was not saved.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="21" />
        <source>%1 er ikke et scenariobibliotek (SQLite-fil).</source>
        <translation>%1 is not a scenario library (SQLite file).</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="23" />
        <source>%1 er skadet. Filen er ikke endret; bruk en sikkerhetskopi eller et nytt bibliotek.</source>
        <translation>%1 is damaged. The file is unchanged; use a backup or a new library.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="25" />
        <source>%1 er laget av en nyere versjon av Gevinstmodell. Filen er ikke endret; oppdater programmet.</source>
        <translation>%1 was made by a newer version of Gevinstmodell. The file is unchanged; update the program.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="26" />
        <source>%1 kan ikke skrives til (filen eller mappen er skrivebeskyttet).</source>
        <translation>%1 cannot be written to (the file or folder is read-only).</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="27" />
        <source>Et annet program holder %1 låst. Lukk det og prøv igjen.</source>
        <translation>Another program holds %1 locked. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="28" />
        <source>%1 kan ikke leses, eller mappen kan ikke lages.</source>
        <translation>%1 cannot be read, or the folder cannot be created.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="29" />
        <source>Biblioteket svarte med en feil%1. Prøv igjen; vedvarer feilen, start programmet på nytt.</source>
        <translation>The library answered with an error%1. Try again; if the error persists, restart the program.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="31" />
        <source>Ukjent feil i biblioteket.</source>
        <translation>Unknown error in the library.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::BudgetPlan</name>
    <message>
        <location filename="../../ui/ledger/BudgetPlan.cpp" line="36" />
        <source>Antakelse: 3,0 % i året. Bytt den gjerne ut med kommunal deflator fra statsbudsjettet for budsjettåret (Kommunal- og distriktsdepartementet).</source>
        <translation>Assumption: 3.0 % a year. Replace it with the municipal deflator from the state budget for the budget year (Ministry of Local Government and Regional Development).</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlan.cpp" line="76" />
        <source>Realisert kapasitet × budsjettandel (%1)</source>
        <translation>Realised capacity × budget share (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlan.cpp" line="78" />
        <source>Netto budsjetteffekt</source>
        <translation>Net budget effect</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::BudgetPlanView</name>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="30" />
        <source>Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.</source>
        <translation>Showing the last valid calculation – fix the errors in the scenario to update.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="42" />
        <source>Første budsjettår i økonomiplanen; planen viser fire år innenfor scenarioets periode.</source>
        <translation>First budget year of the financial plan; the plan shows four years within the scenario’s period.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="43" />
        <source>Første budsjettår:</source>
        <translation>First budget year:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="45" />
        <source>Vis i løpende (nominelle) kroner</source>
        <translation>Show in current (nominal) NOK</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="60" />
        <source>antakelse</source>
        <translation>assumption</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="65" />
        <source>Kommunal deflator per år:</source>
        <translation>Municipal deflator per year:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="89" />
        <source>Kopier tabell</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="91" />
        <source>Kopierer tabellen med tabulator mellom kolonnene, klar til å lime inn i et regneark</source>
        <translation>Copies the table with tabs between the columns, ready to paste into a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="155" />
        <source>Ingen beregning å vise.</source>
        <translation>No calculation to show.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="189" />
        <source>Løpende kroner: faste %1-kroner × (1 + %2)^(år − %1).</source>
        <translation>Current NOK: fixed %1 NOK × (1 + %2)^(year − %1).</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="191" />
        <source>Kroner i faste %1-priser.</source>
        <translation>NOK in fixed %1 prices.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="192" />
        <source>Kommunens egne linjer: + styrker budsjettet, − belaster det. Netto er budsjetteffekten i beregningen.</source>
        <translation>The municipality’s own lines: + strengthens the budget, − burdens it. The net is the budget effect of the calculation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="195" />
        <source>Scenarioet slutter i %1, så planen har bare %n år.</source>
        <translation><numerusform>The scenario ends in %1, so the plan has only %n year.</numerusform><numerusform>The scenario ends in %1, so the plan has only %n years.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="203" />
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="206" />
        <source>Sum %n år</source>
        <translation><numerusform>Total %n year</numerusform><numerusform>Total %n years</numerusform></translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ChartExporter</name>
    <message>
        <location filename="../../ui/export/ChartExporter.cpp" line="153" />
        <source>%1: ukjent filtype; bruk .png, .svg eller .pdf</source>
        <translation>%1: unknown file type; use .png, .svg or .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/export/ChartExporter.cpp" line="159" />
        <source>størrelsen %1 × %2 piksler er utenfor 100–10 000 × 80–10 000</source>
        <translation>the size %1 × %2 pixels is outside 100–10,000 × 80–10,000</translation>
    </message>
    <message>
        <location filename="../../ui/export/ChartExporter.cpp" line="167" />
        <source>oppløsningen %1 dpi er utenfor 36–1 200 eller gir et for stort bilde</source>
        <translation>the resolution %1 dpi is outside 36–1,200 or gives too large an image</translation>
    </message>
    <message>
        <location filename="../../ui/export/ChartExporter.cpp" line="178" />
        <source>%1: figuren kunne ikke tegnes</source>
        <translation>%1: the chart could not be drawn</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::Charts</name>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="67" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="133" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="134" />
        <source>Bemanningsgap</source>
        <translation>Staffing gap</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="141" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="161" />
        <source>Realisert kapasitet</source>
        <translation>Realised capacity</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="162" />
        <source>Lønnstilskudd</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="163" />
        <source>Mentortilskudd</source>
        <translation>Mentor subsidy</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="215" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="227" />
        <source>Andel av tiden til oppgaver som krever rollens utdanning (%)</source>
        <translation>Share of time on tasks that need the role’s training (%)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="166" />
        <source>Opplæring</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="168" />
        <source>Teknologi</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="184" />
        <source>Netto budsjetteffekt</source>
        <translation>Net budget effect</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="191" />
        <location filename="../../ui/charts/ChartBuilder.cpp" line="244" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="223" />
        <source>Før oppgavedeling</source>
        <translation>Before task sharing</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="224" />
        <source>Etter (%1)</source>
        <translation>After (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartId.cpp" line="43" />
        <location filename="../../ui/charts/ChartBuilder.cpp" line="237" />
        <source>Akkumulert budsjetteffekt</source>
        <translation>Cumulative budget effect</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="256" />
        <source>Tilbakebetalt %1</source>
        <translation>Paid back %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartId.cpp" line="37" />
        <source>Frigjorte årsverk og bemanningsgap</source>
        <translation>Freed FTE and staffing gap</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartId.cpp" line="39" />
        <source>Budsjetteffekt per år</source>
        <translation>Budget effect per year</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartId.cpp" line="41" />
        <source>Utnyttelsesgrad før og etter</source>
        <translation>Utilisation before and after</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="164" />
        <source>Spart sosialhjelp</source>
        <translation>Social assistance saved</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="165" />
        <source>Nyansatte</source>
        <translation>New hires</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="167" />
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="169" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::CompareView</name>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="44" />
        <source>Per 1 000 innbyggere 67+ og per årsverk</source>
        <translation>Per 1,000 inhabitants 67+ and per FTE</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="46" />
        <source>Legg sammen valgte bydeler til kommune</source>
        <translation>Roll up the chosen city districts into a municipality</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="50" />
        <location filename="../../ui/compare/CompareView.cpp" line="288" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="51" />
        <source>Økonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="69" />
        <source>Scenarioer å sammenligne:</source>
        <translation>Scenarios to compare:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="81" />
        <source>Figur:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="160" />
        <source>Kan ikke legge sammen: %1</source>
        <translation>Cannot roll up: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="191" />
        <source> (siste år)</source>
        <translation> (last year)</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="204" />
        <source>, per 1 000 innb. 67+</source>
        <translation>, per 1,000 inh. 67+</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="204" />
        <source>, per årsverk</source>
        <translation>, per FTE</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="287" />
        <source>Millioner kroner per 1 000 innbyggere 67+</source>
        <translation>Million NOK per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="287" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="288" />
        <source>Årsverk per 1 000 innbyggere 67+</source>
        <translation>FTE per 1,000 inhabitants 67+</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::CouncilReport</name>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="120" />
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="127" />
        <source>Veksten i behov gir et bemanningsgap på %1 årsverk i %2; tiltakene dekker %3 av det.</source>
        <translation>The growth in demand gives a staffing gap of %1 FTE in %2; the measures cover %3 of it.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="130" />
        <source>Beregningen viser ikke noe bemanningsgap i %1, så frigjort tid kan brukes til å styrke tjenesten.</source>
        <translation>The calculation shows no staffing gap in %1, so freed time can be used to strengthen the service.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="133" />
        <source>Den frigjorte tiden svarer til om lag %1 flere tjenestemottakere med dagens tid per mottaker.</source>
        <translation>The freed time equals about %1 more service recipients at today’s time per recipient.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="148" />
        <source>%1 fra %2 til %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="79" />
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="164" />
        <source>&lt;b&gt;Sosialhjelp.&lt;/b&gt; Når personer som mottar sosialhjelp, kommer i arbeid, sparer kommunen sosialhjelpsutgifter: %1 over perioden.</source>
        <translation>&lt;b&gt;Social assistance.&lt;/b&gt; When people who receive social assistance get work, the municipality saves social assistance costs: %1 over the period.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="177" />
        <source>Med %1 av verdien av frigjort kapasitet regnet som budsjettgevinst er nåverdien av budsjetteffekten %2 (diskonteringsrente %3).</source>
        <translation>With %1 of the value of freed capacity counted as a budget gain, the NPV of the budget effect is %2 (discount rate %3).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="181" />
        <source>Den samlede budsjetteffekten er ikke negativ i noe år.</source>
        <translation>The cumulative budget effect is not negative in any year.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="183" />
        <source>Tiltakene er tilbakebetalt i %1.</source>
        <translation>The measures are paid back in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="185" />
        <source>Tiltakene er ikke tilbakebetalt innen %1.</source>
        <translation>The measures are not paid back by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="187" />
        <source>Netto kostnad per frigjort årsverk er %1</source>
        <translation>The net cost per freed FTE is %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="124" />
        <source>&lt;b&gt;Kapasitet.&lt;/b&gt; Oppgavedelingen frigjør %1 årsverk i fagrollene (%2) i %3.</source>
        <translation>&lt;b&gt;Capacity.&lt;/b&gt; Task sharing frees %1 FTE in the professional roles (%2) in %3.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="140" />
        <source>I år der tiltakene frigjør mer enn bemanningsgapet, er resten kapasitet til flere tjenestemottakere eller bedre kvalitet, ikke penger i budsjettet.</source>
        <translation>In years where the measures free more than the staffing gap, the rest is capacity for more service recipients or better quality, not money in the budget.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="153" />
        <source>&lt;b&gt;Utnyttelsesgrad.&lt;/b&gt; Andelen av arbeidstiden som går til oppgaver som krever rollens utdanning, øker for %1 (i %2).</source>
        <translation>&lt;b&gt;Utilisation.&lt;/b&gt; The share of working time spent on tasks that need the role’s training rises for %1 (in %2).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="159" />
        <source>&lt;b&gt;Statlige tilskudd.&lt;/b&gt; Nyansatte som rekrutteres gjennom NAV, kan gi lønnstilskudd og mentortilskudd. Over perioden %1–%2 utgjør det %3.</source>
        <translation>&lt;b&gt;State subsidies.&lt;/b&gt; New hires recruited through NAV can bring wage and mentor subsidies. Over the period %1–%2 they come to %3.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="169" />
        <source>&lt;b&gt;Kostnader og budsjett.&lt;/b&gt; Tiltakene koster %1 over perioden (lønn til nyansatte, opplæring, koordinering og tekniske løsninger).</source>
        <translation>&lt;b&gt;Costs and budget.&lt;/b&gt; The measures cost %1 over the period (wages of new hires, training, coordination and technical solutions).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="175" />
        <source>Med %1 av verdien av frigjort kapasitet innenfor bemanningsgapet regnet som budsjettgevinst er nåverdien av budsjetteffekten %2 (diskonteringsrente %3).</source>
        <translation>With %1 of the value of freed capacity within the staffing gap counted as a budget gain, the NPV of the budget effect is %2 (discount rate %3).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="189" />
        <source>, mot en årskostnad for en %1 på %2</source>
        <translation>, against an annual cost of %2 for a %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="202" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="218" />
        <source>%1, før → %2</source>
        <translation>%1, before → %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="233" />
        <source>Figurer</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="233" />
        <source>Figurer (forts.)</source>
        <translation>Charts (cont.)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="241" />
        <source>Budsjetteffekten er verdien av den andelen av frigjort kapasitet som regnes som realisert, pluss tilskudd og sparte sosialhjelpsutgifter, minus kostnadene. Beløp i faste %1-kroner.</source>
        <translation>The budget effect is the value of the share of freed capacity counted as realised, plus subsidies and social assistance saved, minus the costs. Amounts in fixed %1 NOK.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="250" />
        <source>Tall per år</source>
        <translation>Figures per year</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="251" />
        <source>Beløp i 1 000 kr, faste priser. Årsverk med én desimal.</source>
        <translation>Amounts in NOK 1,000, fixed prices. FTE with one decimal.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="254" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="255" />
        <source>Frigjorte&lt;br&gt;årsverk</source>
        <translation>Freed&lt;br&gt;FTE</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="256" />
        <source>Gap&lt;br&gt;(årsverk)</source>
        <translation>Gap&lt;br&gt;(FTE)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="257" />
        <source>Andel av&lt;br&gt;gapet&lt;br&gt;dekket</source>
        <translation>Share of&lt;br&gt;gap&lt;br&gt;covered</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="258" />
        <source>Statlige&lt;br&gt;tilskudd</source>
        <translation>State&lt;br&gt;subsidies</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="259" />
        <source>Spart&lt;br&gt;sosial-&lt;br&gt;hjelp</source>
        <translation>Social&lt;br&gt;assistance&lt;br&gt;saved</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="260" />
        <source>Kost-&lt;br&gt;nader&lt;br&gt;i alt</source>
        <translation>Total&lt;br&gt;costs</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="261" />
        <source>Budsjett-&lt;br&gt;effekt</source>
        <translation>Budget&lt;br&gt;effect</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="262" />
        <source>Akku-&lt;br&gt;mulert&lt;br&gt;effekt</source>
        <translation>Cumu-&lt;br&gt;lative&lt;br&gt;effect</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="288" />
        <source>Forutsetninger og kilder</source>
        <translation>Assumptions and sources</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="290" />
        <source>Alle tall beregningen bygger på. Kilden står der scenarioet oppgir en; «Antakelse» betyr at tallet er et anslag som kommunen bør vurdere og gjerne erstatte med egne tall.</source>
        <translation>Every figure the calculation rests on. The source is given where the scenario states one; “Assumption” means the figure is an estimate the municipality should review and preferably replace with its own figures.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="295" />
        <source>Forutsetning</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="295" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="295" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="301" />
        <source>(som over)</source>
        <translation>(as above)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="314" />
        <source>Slik regner modellen</source>
        <translation>How the model calculates</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="319" />
        <source>&lt;b&gt;Behov.&lt;/b&gt; Antall tjenestemottakere hvert år er innbyggere i hver aldersgruppe ganget med andelen som mottar tjenesten. Behovet for årsverk vokser i takt med antall mottakere; tilgjengelige årsverk følger dagens bemanning. Forskjellen er bemanningsgapet.</source>
        <translation>&lt;b&gt;Demand.&lt;/b&gt; The number of service recipients each year is the inhabitants of each age band times the share who receive the service. The FTE needed grow with the number of recipients; the FTE available follow today’s staffing. The difference is the staffing gap.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/CouncilReport.cpp" line="322" />
        <source>&lt;b&gt;Oppgavedeling.&lt;/b&gt; Hver rolle bruker en andel av tiden på %n typer oppgaver. Et tiltak flytter en andel av én oppgavetype fra en rolle til en mottaker (%1), fullt ut etter innfasingen. Den som overtar, kan bruke lengre tid (tidsfaktor).</source>
        <translation><numerusform>&lt;b&gt;Task sharing.&lt;/b&gt; Each role spends a share of its time on %n kind of task. A measure moves a share of one kind of task from a role to a receiver (%1), in full after the roll-out. Whoever takes over may need longer (time factor).</numerusform><numerusform>&lt;b&gt;Task sharing.&lt;/b&gt; Each role spends a share of its time on %n kinds of task. A measure moves a share of one kind of task from a role to a receiver (%1), in full after the roll-out. Whoever takes over may need longer (time factor).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="327" />
        <source>&lt;b&gt;Frigjort kapasitet.&lt;/b&gt; Timene fagrollene (%1) ikke lenger bruker på oppgavene, minus timene de selv overtar som mottakere, gir frigjorte årsverk. Utnyttelsesgraden er andelen av tiden som går til oppgaver som krever rollens utdanning; frigjort tid går til slike oppgaver.</source>
        <translation>&lt;b&gt;Freed capacity.&lt;/b&gt; The hours the professional roles (%1) no longer spend on the tasks, minus the hours they take over themselves as receivers, give the freed FTE. Utilisation is the share of time spent on tasks that need the role’s training; freed time goes to such tasks.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="331" />
        <source>&lt;b&gt;Tilskudd og sosialhjelp.&lt;/b&gt; Nyansatte ansettes etter behov og turnover. De som rekrutteres via NAV, kan gi lønnstilskudd og mentortilskudd de første månedene, og sparer sosialhjelp så lenge de er i jobb.</source>
        <translation>&lt;b&gt;Subsidies and social assistance.&lt;/b&gt; New staff are hired as needed and to replace turnover. Those recruited through NAV can bring wage and mentor subsidies in the first months, and save social assistance for as long as they are in work.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="333" />
        <source>&lt;b&gt;Økonomi.&lt;/b&gt; Kostnadene er lønn til nyansatte, opplæring, koordinering, tekniske løsninger og hub. Frigjort tid sparer penger bare der den erstatter ansettelser kommunen ellers måtte gjøre (%1); resten er kapasitet. Budsjetteffekten regner den valgte andelen av dette som realisert. Nåverdien diskonterer hvert år med diskonteringsrenten; tilbakebetalingsåret er første år den akkumulerte effekten blir positiv etter å ha vært negativ.</source>
        <translation>&lt;b&gt;Economy.&lt;/b&gt; The costs are wages of new hires, training, coordination, technical solutions and the hub. Freed time saves money only where it replaces hiring the municipality would otherwise have to do (%1); the rest is capacity. The budget effect counts the chosen share of this as realised. The NPV discounts each year at the discount rate; the payback year is the first year the cumulative effect turns positive after being negative.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="338" />
        <source>innenfor bemanningsgapet</source>
        <translation>within the staffing gap</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="339" />
        <source>her regnet som all frigjort kapasitet</source>
        <translation>here counted as all freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="340" />
        <source>Alle beløp er i faste kroner for startåret. Modellen er et verktøy for å sammenligne alternativer; den erstatter ikke lokal kunnskap om tjenesten. Hele regnestykket er beskrevet i modellens dokumentasjon.</source>
        <translation>All amounts are in fixed NOK of the start year. The model is a tool for comparing alternatives; it does not replace local knowledge of the service. The whole calculation is described in the model’s documentation.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="353" />
        <location filename="../../ui/export/CouncilReport.cpp" line="383" />
        <source>Gevinster av oppgavedeling – %1</source>
        <translation>Benefits of task sharing – %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="356" />
        <source>%1 %2 · %3 · %4–%5</source>
        <translation>%1 %2 · %3 · %4–%5</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="362" />
        <source>Beløp i kroner, faste %1-priser. Årsverk = %2 timer.</source>
        <translation>Amounts in NOK, fixed %1 prices. FTE = %2 hours.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="431" />
        <source>Side %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="445" />
        <source>%1: rapporten kunne ikke lages</source>
        <translation>%1: the report could not be made</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::DocumentManager</name>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="141" />
        <source>Biblioteket kan ikke åpnes</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="142" />
        <source>Scenariobiblioteket kunne ikke åpnes: %1

Det leverte scenarioet vises, men kan ikke lagres.</source>
        <translation>The scenario library could not be opened: %1

The shipped scenario is shown but cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="190" />
        <location filename="../../ui/document/DocumentManager.cpp" line="217" />
        <source>Scenarioet kan ikke åpnes</source>
        <translation>The scenario cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="202" />
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="203" />
        <source>«%1» har ulagrede endringer. Forkaste dem og åpne versjon %2?</source>
        <translation>“%1” has unsaved changes. Discard them and open version %2?</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="237" />
        <location filename="../../ui/document/DocumentManager.cpp" line="241" />
        <location filename="../../ui/document/DocumentManager.cpp" line="247" />
        <source>Kan ikke importere</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="237" />
        <source>Filen %1 kan ikke leses: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="241" />
        <source>Filen %1 er for stor til å være en scenariofil.</source>
        <translation>The file %1 is too large to be a scenario file.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="247" />
        <source>%1 er ikke en gyldig JSON-fil:
%2</source>
        <translation>%1 is not a valid JSON file:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="255" />
        <source>Importert fra %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="263" />
        <source>Importert, men ikke lagt i biblioteket: %1</source>
        <translation>Imported, but not added to the library: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="271" />
        <source>Importert med feil: rett feilene og lagre for å legge scenarioet i biblioteket.</source>
        <translation>Imported with errors: fix them and save to put the scenario in the library.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="273" />
        <source>Importerte %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="284" />
        <source>Kan ikke eksportere</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="287" />
        <source>Eksporterte til %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="296" />
        <location filename="../../ui/document/DocumentManager.cpp" line="302" />
        <location filename="../../ui/document/DocumentManager.cpp" line="309" />
        <source>Kan ikke lagre</source>
        <translation>Cannot save</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document/DocumentManager.cpp" line="296" />
        <source>Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.</source>
        <translation><numerusform>The scenario has %n error. Fix it (marked in red) before saving.</numerusform><numerusform>The scenario has %n errors. Fix them (marked in red) before saving.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="302" />
        <source>Uten bibliotek kan scenarioet bare eksporteres til fil.</source>
        <translation>Without a library the scenario can only be exported to a file.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="321" />
        <source>Lagret som versjon %1</source>
        <translation>Saved as version %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="343" />
        <source>Kan ikke lage scenario</source>
        <translation>Cannot create the scenario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document/DocumentManager.cpp" line="381" />
        <source>Bibliotek: %1 · %n scenario(er)</source>
        <translation><numerusform>Library: %1 · %n scenario</numerusform><numerusform>Library: %1 · %n scenarios</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="382" />
        <source> · skrivebeskyttet: kan leses, men ikke endres</source>
        <translation> · read-only: can be read but not changed</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="384" />
        <source>Biblioteket kan ikke leses: %1</source>
        <translation>The library cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="387" />
        <source>Uten bibliotek: endringer kan eksporteres til fil, men ikke lagres som versjoner.</source>
        <translation>No library: changes can be exported to a file but not saved as versions.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="416" />
        <source>Autolagring mislyktes: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="432" />
        <source>Gjenopprett ulagret arbeid</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document/DocumentManager.cpp" line="433" />
        <source>Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?</source>
        <translation><numerusform>Gevinstmodell was closed with %n unsaved scenario. Recover the changes?</numerusform><numerusform>Gevinstmodell was closed with %n unsaved scenarios. Recover the changes?</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="457" />
        <source>Gjenopprett ulagrede endringer</source>
        <translation>Recover unsaved changes</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ErrorText</name>
    <message>
        <location filename="../../ui/editor/ErrorText.cpp" line="18" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ExportMenu</name>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="51" />
        <source>Figurstørrelse</source>
        <translation>Chart size</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="69" />
        <source>Bredde (skjermpiksler):</source>
        <translation>Width (screen pixels):</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="70" />
        <source>Høyde (skjermpiksler):</source>
        <translation>Height (screen pixels):</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="71" />
        <source>Oppløsning (PNG):</source>
        <translation>Resolution (PNG):</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="95" />
        <source>E&amp;ksport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="98" />
        <source>&amp;Rapport til saksframlegg (PDF) …</source>
        <translation>&amp;Report for a council paper (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="101" />
        <source>Tabeller til &amp;Excel (XLSX) …</source>
        <translation>Tables to &amp;Excel (XLSX) …</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="103" />
        <source>Tall per år til &amp;CSV …</source>
        <translation>Yearly figures to &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="106" />
        <source>&amp;Lagre figur</source>
        <translation>&amp;Save chart</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="107" />
        <source>&amp;Kopier figur</source>
        <translation>&amp;Copy chart</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="114" />
        <source>&amp;Sammenlign scenarioer …</source>
        <translation>Co&amp;mpare scenarios …</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="128" />
        <source>%1 med ulagrede endringer</source>
        <translation>%1 with unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="146" />
        <source>%1 – %2 (versjon %3)</source>
        <translation>%1 – %2 (version %3)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="157" />
        <source>Det åpne scenarioet har feil eller er ikke beregnet ennå. Rett feilene først, så kan det eksporteres.</source>
        <translation>The open scenario has errors or has not been computed yet. Fix the errors first, then it can be exported.</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="168" />
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="176" />
        <location filename="../../ui/GevinstApplication.cpp" line="51" />
        <source>Lagre rapport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="177" />
        <location filename="../../ui/GevinstApplication.cpp" line="52" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="187" />
        <source>Rapporten er lagret: %1 (%2 sider)</source>
        <translation>The report is saved: %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="196" />
        <source>Lagre som Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="197" />
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="207" />
        <location filename="../../ui/export/ExportMenu.cpp" line="232" />
        <source>Lagret: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="217" />
        <source>CSV for norsk Excel (semikolon, desimalkomma) (*.csv)</source>
        <translation>CSV for Norwegian Excel (semicolon, decimal comma) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="218" />
        <source>CSV internasjonal (komma, desimalpunktum) (*.csv)</source>
        <translation>CSV international (comma, decimal point) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="220" />
        <source>Lagre tall per år som CSV</source>
        <translation>Save yearly figures as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="246" />
        <source>Lagre figur</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="247" />
        <source>PNG-bilde (*.png);;SVG-vektorgrafikk (*.svg);;PDF (*.pdf)</source>
        <translation>PNG image (*.png);;SVG vector graphics (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="258" />
        <source>Figuren er lagret: %1</source>
        <translation>The chart is saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="270" />
        <source>Figuren er kopiert til utklippstavlen.</source>
        <translation>The chart is copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="278" />
        <source>Sammenlign scenarioer</source>
        <translation>Compare scenarios</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="282" />
        <source>Åpent scenario: %1</source>
        <translation>Open scenario: %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::FieldCatalog</name>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="100" />
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="113" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="118" />
        <source>× (faktor)</source>
        <translation>× (factor)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="120" />
        <location filename="../../ui/editor/FieldCatalog.cpp" line="157" />
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="162" />
        <source>Navn på scenarioet</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="163" />
        <source>Et navn som skiller scenarioet fra andre for samme enhet.</source>
        <translation>A name that tells this scenario apart from others for the same unit.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="165" />
        <source>Startår</source>
        <translation>Start year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="165" />
        <source>Første år i beregningen (år 0). Beløp er i faste priser for dette året.</source>
        <translation>First year of the calculation (year 0). Amounts are in fixed prices of this year.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="167" />
        <source>Sluttår</source>
        <translation>End year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="167" />
        <source>Siste år i beregningen.</source>
        <translation>Last year of the calculation.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="173" />
        <source>Hvilken kapasitet kan gi innsparing</source>
        <translation>Which capacity can bring savings</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="174" />
        <source>Frigjort tid sparer penger bare der den erstatter ansettelser kommunen ellers måtte gjøre.</source>
        <translation>Freed time saves money only where it replaces hiring the municipality would otherwise have to do.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="191" />
        <source>%1: tidsbruk</source>
        <translation>%1: time use</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="197" />
        <source>Ordliste (%1)</source>
        <translation>Vocabulary (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="199" />
        <source>Befolkning %1</source>
        <translation>Population %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="115" />
        <source>timer/år</source>
        <translation>hours/year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="117" />
        <source>personer</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="114" />
        <source>årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="90" />
        <location filename="../../ui/editor/FieldCatalog.cpp" line="176" />
        <source>Tiltak %1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="179" />
        <source>%1: fra</source>
        <translation>%1: from</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="181" />
        <source>%1: til</source>
        <translation>%1: to</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="183" />
        <source>%1: oppgavekategori</source>
        <translation>%1: task category</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="185" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="187" />
        <source>Tiltak for oppgavedeling</source>
        <translation>Task-sharing measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="169" />
        <source>Innføring starter</source>
        <translation>Roll-out starts</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="99" />
        <source>Nyansatte som tar over oppgaver</source>
        <translation>New hires who take over tasks</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="101" />
        <source>Teknologi</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="102" />
        <source>Roller som tar over oppgaver</source>
        <translation>Roles that take over tasks</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="169" />
        <source>Første år tiltakene virker.</source>
        <translation>First year the measures take effect.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="111" />
        <source>kr/time</source>
        <translation>NOK/hour</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="119" />
        <source>mnd</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="116" />
        <source>timer/uke</source>
        <translation>hours/week</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="110" />
        <source>kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="171" />
        <source>Hub: etableringsår</source>
        <translation>Hub: set-up year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="171" />
        <source>Året engangskostnaden påløper.</source>
        <translation>The year the one-off cost falls due.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="217" />
        <source>Gyldig: 0–100 %</source>
        <translation>Valid: 0–100 %</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="217" />
        <source>Gyldig: 0–1</source>
        <translation>Valid: 0–1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="218" />
        <source>Gyldig: over 0 og høyst 100 %</source>
        <translation>Valid: above 0 and at most 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="218" />
        <source>Gyldig: over 0 og høyst 1</source>
        <translation>Valid: above 0 and at most 1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="219" />
        <source>Gyldig: 0 eller mer</source>
        <translation>Valid: 0 or more</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="220" />
        <source>Gyldig: større enn 0</source>
        <translation>Valid: greater than 0</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="221" />
        <source>Gyldig: over −100 % og høyst 100 %</source>
        <translation>Valid: above −100 % and at most 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/editor/FieldCatalog.cpp" line="221" />
        <source>Gyldig: over −1 og høyst 1</source>
        <translation>Valid: above −1 and at most 1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LedgerCharts</name>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="53" />
        <source>Kommunen: helse og omsorg</source>
        <translation>Municipality: health and care</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="54" />
        <source>Kommunen: sosialhjelp</source>
        <translation>Municipality: social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="55" />
        <source>Kommunen: skatt</source>
        <translation>Municipality: tax</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="56" />
        <source>Staten: NAV</source>
        <translation>State: NAV</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="57" />
        <source>Staten: skatt og avgift</source>
        <translation>State: tax and contributions</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="58" />
        <source>De som får jobb</source>
        <translation>Those who get jobs</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="59" />
        <source>Offentlig sektor i alt</source>
        <translation>Public sector in total</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="60" />
        <source>Samfunnet i alt</source>
        <translation>Society in total</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="61" />
        <source>Skattefinansieringskostnad</source>
        <translation>Marginal cost of public funds</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="62" />
        <source>Samfunnet med skattefin.</source>
        <translation>Society with MCPF</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="63" />
        <source>Frigjort tid (ikke kontanter)</source>
        <translation>Freed time (not cash)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="104" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="165" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="294" />
        <source>Hvem betaler og hvem får, per år</source>
        <translation>Who pays and who gains, per year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="295" />
        <source>Nåverdi per aktør, fram til samfunnet i alt</source>
        <translation>NPV per actor, up to society in total</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LedgerReportPage</name>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="50" />
        <source>får %1</source>
        <translation>gains %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="50" />
        <source>betaler netto %1</source>
        <translation>pays a net %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="53" />
        <source>Tiltakene betales av kommunen, mens gevinstene havner i flere budsjetter. Regnet som nåverdi for %1–%2 %3 for kommunens helse- og omsorgstjeneste og sosialhjelpen til sammen – det er budsjetteffekten. I tillegg får kommunen %4 i skatteinntekter og staten %5 (NAV %6, skatt og arbeidsgiveravgift %7). De som kommer i jobb gjennom NAV, %8 etter skatt og tapte ytelser. Offentlig sektor samlet %9. For samfunnet i alt går overføringene mellom aktørene opp, og det som blir igjen, %10, er verdien av de virkelige ressursene; med skattefinansieringskostnaden (R-109) blir det %11.</source>
        <translation>The municipality pays for the measures, while the gains land in several budgets. As an NPV for %1–%2, the municipality’s health and care service and social assistance together %3 – that is the budget effect. In addition the municipality gains %4 in tax revenue and the state %5 (NAV %6, tax and employer’s contribution %7). Those who get work through NAV %8 after tax and lost benefits. The public sector as a whole %9. For society as a whole the transfers between the actors cancel out, and what remains, %10, is the value of the real resources; with the marginal cost of public funds (R-109) it is %11.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="60" />
        <source>blir det %1</source>
        <translation>comes to %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="61" />
        <source>blir det en netto kostnad på %1</source>
        <translation>comes to a net cost of %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="69" />
        <source>Kommunen alene betaler altså mer enn den får igjen, mens offentlig sektor samlet tjener på tiltakene: et argument for å dele kostnadene mellom budsjettene.</source>
        <translation>So the municipality alone pays more than it gets back, while the public sector as a whole gains from the measures: an argument for sharing the costs between the budgets.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="72" />
        <source>Kommunen får altså igjen mer enn tiltakene koster, og andre offentlige budsjetter får gevinster i tillegg.</source>
        <translation>So the municipality gets back more than the measures cost, and other public budgets gain as well.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="75" />
        <source>Offentlig sektor samlet betaler altså mer enn den får igjen i kroner; tiltakene må da vurderes opp mot den frigjorte tiden og virkningene som ikke er prissatt.</source>
        <translation>So the public sector as a whole pays more than it gets back in money; the measures must then be weighed against the freed time and the effects that are not priced.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="78" />
        <source>Frigjort tid som ikke gir penger i budsjettet, er verdt %1, men er ikke lagt inn i summene: den gir flere tjenestemottakere eller bedre kvalitet.</source>
        <translation>Freed time that brings no money into the budget is worth %1 but is not included in the totals: it gives more service recipients or better quality.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="82" />
        <source>Scenarioet oppgir ikke lønn, skattesatser eller statlige ytelser, så skatt og sparte statlige ytelser er regnet som 0.</source>
        <translation>The scenario gives no wages, tax rates or state benefits, so tax and state benefits saved are counted as 0.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="90" />
        <source>Hvem betaler og hvem får</source>
        <translation>Who pays and who gains</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="104" />
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="104" />
        <source>DFØ-klasse</source>
        <translation>DFØ class</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="104" />
        <source>Sum %1–%2</source>
        <translation>Total %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="105" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="123" />
        <source>Kroner i faste %1-priser; nåverdi med diskonteringsrente %2. Positive tall er gevinst for aktøren, negative er kostnad. Frigjort tid er ikke kontanter og er ikke med i summene.</source>
        <translation>NOK in fixed %1 prices; NPV at a discount rate of %2. Positive figures are a gain for the actor, negative ones a cost. Freed time is not cash and is not in the totals.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="127" />
        <source>Hvem betaler og hvem får, per år</source>
        <translation>Who pays and who gains, per year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="131" />
        <source>Ikke prissatt</source>
        <translation>Not priced</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="137" />
        <source>Forutsetninger for fordelingen</source>
        <translation>Assumptions of the distribution</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="143" />
        <source>Forutsetning</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="143" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="143" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="156" />
        <source>Scenarioet har ingen forutsetninger for fordelingen; alle er 0.</source>
        <translation>The scenario has no assumptions for the distribution; all are 0.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LedgerView</name>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="65" />
        <source>Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.</source>
        <translation>Showing the last valid calculation – fix the errors in the scenario to update.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="88" />
        <source>Kopier tabell</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="90" />
        <source>Kopierer tabellen med tabulator mellom kolonnene, klar til å lime inn i et regneark</source>
        <translation>Copies the table with tabs between the columns, ready to paste into a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="102" />
        <source>Per år</source>
        <translation>Per year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="104" />
        <location filename="../../ui/ledger/LedgerView.cpp" line="227" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="113" />
        <source>Frigjort tid (ikke kontanter)</source>
        <translation>Freed time (not cash)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="120" />
        <source>Ikke prissatt</source>
        <translation>Not priced</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="171" />
        <source>Ingen beregning å vise.</source>
        <translation>No calculation to show.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="188" />
        <source>Kroner i faste %1-priser. Positive tall er gevinst for aktøren, negative er kostnad. Nåverdi med diskonteringsrente %2. Kommunens to linjer er til sammen budsjetteffekten.</source>
        <translation>NOK in fixed %1 prices. Positive figures are a gain for the actor, negative ones a cost. NPV at a discount rate of %2. The municipality’s two lines together are the budget effect.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="192" />
        <source>Scenarioet har ingen forutsetninger for fordelingen (lønn, skattesatser og statlige ytelser er 0), så bare kommunens og NAVs kontantstrømmer vises.</source>
        <translation>The scenario has no assumptions for the distribution (wages, tax rates and state benefits are 0), so only the municipality’s and NAV’s cash flows are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="206" />
        <source>Nåverdi &lt;b&gt;%1&lt;/b&gt;. Verdien av frigjort tid som ikke regnes som penger i kommunens budsjett: tid som brukes til flere tjenestemottakere eller bedre kvalitet. Den vises ved siden av aktørene og er ikke lagt inn i noen sum.</source>
        <translation>NPV &lt;b&gt;%1&lt;/b&gt;. The value of freed time not counted as money in the municipality’s budget: time used for more service recipients or better quality. It is shown beside the actors and is not included in any total.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="224" />
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="224" />
        <source>DFØ-klasse</source>
        <translation>DFØ class</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="232" />
        <source>Nåverdi %1–%2 i faste kroner</source>
        <translation>NPV %1–%2 in fixed NOK</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="259" />
        <source>Ikke kontanter: vises ved siden av aktørene og er ikke med i summene.</source>
        <translation>Not cash: shown beside the actors and not included in the totals.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LibraryPanel</name>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="35" />
        <source>Søk kommune eller bydel …</source>
        <translation>Search municipality or district …</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="37" />
        <source>Skriv navn eller nummer (Ctrl+F)</source>
        <translation>Type a name or number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="52" />
        <source>Scenario / versjon</source>
        <translation>Scenario / version</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="52" />
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="55" />
        <source>Nytt scenario for enheten</source>
        <translation>New scenario for the unit</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="57" />
        <source>Lag et scenario for valgt enhet med enhetens folketall og standardverdier fra Nordre Follo-scenarioet</source>
        <translation>Create a scenario for the selected unit with the unit's population and defaults from the Nordre Follo scenario</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="64" />
        <source>Nylig brukt</source>
        <translation>Recently used</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library/LibraryPanel.cpp" line="116" />
        <source>Bibliotek: %1
%n scenario(er)</source>
        <translation><numerusform>Library: %1
%n scenario</numerusform><numerusform>Library: %1
%n scenarios</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="118" />
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="121" />
        <source>Biblioteket kan ikke leses: %1</source>
        <translation>The library cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="220" />
        <source> (levert)</source>
        <translation> (shipped)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library/LibraryPanel.cpp" line="224" />
        <source>%1 – %n versjon(er). Dobbeltklikk for å åpne.</source>
        <translation><numerusform>%1 – %n version. Double-click to open.</numerusform><numerusform>%1 – %n versions. Double-click to open.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="234" />
        <source>Versjon %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="235" />
        <source>Versjon %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="255" />
        <source>Versjon %1, lagret %2</source>
        <translation>Version %1, saved %2</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="43" />
        <source>Enhet (antall scenarioer)</source>
        <translation>Unit (number of scenarios)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114" />
        <source>Beregnet på %1 ms, tegnet på %2 ms</source>
        <translation>Computed in %1 ms, drawn in %2 ms</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="150" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="151" />
        <source>&amp;Importer scenariofil …</source>
        <translation>&amp;Import scenario file …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="154" />
        <source>&amp;Eksporter scenariofil …</source>
        <translation>&amp;Export scenario file …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="156" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="158" />
        <source>&amp;Lagre ny versjon …</source>
        <translation>&amp;Save new version …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="161" />
        <source>&amp;Tilbakestill til lagret</source>
        <translation>&amp;Revert to saved</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="163" />
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="165" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="169" />
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172" />
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="174" />
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="179" />
        <source>&amp;Søk etter enhet</source>
        <translation>&amp;Find unit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="204" />
        <source>&amp;Om Gevinstmodell</source>
        <translation>&amp;About Gevinstmodell</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="205" />
        <source>Om Gevinstmodell</source>
        <translation>About Gevinstmodell</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="206" />
        <source>&lt;b&gt;Gevinstmodell %1&lt;/b&gt;&lt;p&gt;Gevinster av oppgavedeling i helse og omsorg: frigjort kapasitet, utnyttelsesgrad, statlige tilskudd og sparte sosialhjelpsutgifter.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gevinstmodell %1&lt;/b&gt;&lt;p&gt;Gains of task sharing in health and care: freed capacity, utilisation, state subsidies and social assistance saved.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="352" />
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="265" />
        <source>Gevinstmodell</source>
        <translation>Gevinstmodell</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="269" />
        <source> (versjon %1)</source>
        <translation> (version %1)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="271" />
        <source> (ikke i biblioteket)</source>
        <translation> (not in the library)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300" />
        <source>Lagre ny versjon</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300" />
        <source>Notat for versjonen (hva er endret og hvorfor):</source>
        <translation>Note for the version (what changed and why):</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="315" />
        <source>Tilbakestill</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="316" />
        <source>Tilbakestille «%1» til sist lagrede versjon? (Kan angres.)</source>
        <translation>Revert “%1” to the last saved version? (Can be undone.)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="324" />
        <source>Importer scenariofil</source>
        <translation>Import scenario file</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="325" />
        <source>Scenariofiler (*.json);;Alle filer (*)</source>
        <translation>Scenario files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="337" />
        <source>Eksporter scenariofil</source>
        <translation>Export scenario file</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="338" />
        <source>Scenariofiler (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="353" />
        <source>Disse scenarioene har endringer som ikke er lagret:
%1

Lagre dem som nye versjoner før du avslutter?</source>
        <translation>These scenarios have changes that are not saved:
%1

Save them as new versions before you quit?</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="365" />
        <source>Lagret ved avslutning</source>
        <translation>Saved on quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="82" />
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83" />
        <source>Usikkerhet</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="84" />
        <source>Monte Carlo-simulering og tornadodiagram over usikre forutsetninger</source>
        <translation>Monte Carlo simulation and tornado chart of uncertain assumptions</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88" />
        <source>Hvem betaler</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="89" />
        <source>Hvem betaler – hvem får: kontantstrømmer per aktør og nåverdier</source>
        <translation>Who pays – who gains: cash flows per actor and NPVs</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90" />
        <source>Økonomiplan</source>
        <translation>Financial plan</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91" />
        <source>Kommunens egne budsjettlinjer for fire år</source>
        <translation>The municipality’s own budget lines for four years</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="257" />
        <source>Scenarioet har feil: rett dem i redigeringen først.</source>
        <translation>The scenario has errors: fix them in the editor first.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::NonPricedEffects</name>
    <message>
        <location filename="../../ui/ledger/NonPricedEffects.cpp" line="57" />
        <source>Utnyttelsesgrad %1: %2 før → %3 i %4</source>
        <translation>Utilisation %1: %2 before → %3 in %4</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/NonPricedEffects.cpp" line="61" />
        <source>Flere tjenestemottakere med dagens tid per mottaker i %1: om lag %2</source>
        <translation>More service recipients at today’s time per recipient in %1: about %2</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/NonPricedEffects.cpp" line="64" />
        <source>Flere tjenestemottakere: ikke beregnet (ingen tid per mottaker i %1)</source>
        <translation>More service recipients: not computed (no time per recipient in %1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/NonPricedEffects.cpp" line="67" />
        <source>Personer rekruttert gjennom NAV som fortsatt er i jobb i %1: om lag %2 (sparte statlige ytelser delt på ytelsen som spares per person)</source>
        <translation>People recruited through NAV still in work in %1: about %2 (state benefits saved divided by the benefit saved per person)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/NonPricedEffects.cpp" line="72" />
        <source>Rekruttert gjennom NAV og fortsatt i jobb i %1: %2 årsverk (ny lønnsinntekt delt på årslønnen; antall personer er større når de har deltidsstillinger)</source>
        <translation>Recruited through NAV and still in work in %1: %2 FTE (new wage income divided by the annual wage; the number of people is larger when they work part-time)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/NonPricedEffects.cpp" line="77" />
        <source>Rekruttert gjennom NAV %1–%2: %3 personer i alt, før noen slutter (scenarioet oppgir ikke lønn eller statlige ytelser, så hvor mange som fortsatt er i jobb, kan ikke leses av beregningen)</source>
        <translation>Recruited through NAV %1–%2: %3 people in all, before any leave (the scenario gives no wages or state benefits, so how many are still in work cannot be read from the calculation)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::NumberField</name>
    <message>
        <location filename="../../ui/editor/NumberField.cpp" line="120" />
        <source>Enhet: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/NumberField.cpp" line="125" />
        <source>Kilde: ikke oppgitt</source>
        <translation>Source: not given</translation>
    </message>
    <message>
        <location filename="../../ui/editor/NumberField.cpp" line="125" />
        <source>Kilde: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ResultsPanel</name>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="45" />
        <source>Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.</source>
        <translation>Showing the last valid calculation – fix the errors in the scenario to update.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="55" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="55" />
        <source>Andel av gapet dekket</source>
        <translation>Share of the gap closed</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="55" />
        <source>Nåverdi budsjett</source>
        <translation>Budget NPV</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="56" />
        <source>Netto kostnad per frigjort årsverk</source>
        <translation>Net cost per freed FTE</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="56" />
        <source>Tilskudd fra NAV</source>
        <translation>Subsidies from NAV</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="56" />
        <source>Sparte sosialhjelpsutgifter</source>
        <translation>Social assistance saved</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="57" />
        <source>Tilbakebetalingsår</source>
        <translation>Payback year</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="59" />
        <source>Netto frigjorte årsverk for fagrollene i siste år.</source>
        <translation>Net freed FTE of the professional roles in the last year.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="62" />
        <source>(Kostnader − tilskudd − sparte sosialhjelpsutgifter) / sum frigjorte årsverk over perioden: prisen på ett frigjort årsverk, å sette ved siden av årskostnaden for den dyreste fagrollen.</source>
        <translation>(Costs − subsidies − social assistance saved) / total freed FTE over the period: the price of one freed FTE, to compare with the annual cost of the most expensive professional role.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="210" />
        <source>I %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="212" />
        <source>I %1–%2</source>
        <translation>In %1–%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results/ResultsPanel.cpp" line="214" />
        <source>I %n av årene (første gang %1)</source>
        <translation><numerusform>In %n of the years (first in %1)</numerusform><numerusform>In %n of the years (first in %1)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="216" />
        <source>inntil %1 over gapet, i %2</source>
        <translation>up to %1 above the gap, in %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="217" />
        <source>&lt;b&gt;Mer frigjort tid enn bemanningsgapet.&lt;/b&gt; %1 frigjør tiltakene flere årsverk enn gapet (%2).</source>
        <translation>&lt;b&gt;More freed time than the staffing gap.&lt;/b&gt; %1 the measures free more FTE than the gap (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="220" />
        <source>Resten er kapasitet til flere tjenestemottakere eller bedre kvalitet, ikke penger: %1 av verdien av frigjort tid regnes derfor ikke som innsparing.</source>
        <translation>The rest is capacity for more service recipients or better quality, not money: %1 of the value of freed time is therefore not counted as a saving.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="224" />
        <source>Realiseringen er satt til «All frigjort kapasitet», så også resten regnes som mulig innsparing; den sparer penger bare om kommunen faktisk ansetter færre.</source>
        <translation>Realisation is set to “All freed capacity”, so the rest also counts as a possible saving; it saves money only if the municipality actually hires fewer.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="60" />
        <source>Frigjorte årsverk som andel av bemanningsgapet i siste år (høyst 100 %).</source>
        <translation>Freed FTE as a share of the staffing gap in the last year (at most 100 %).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="61" />
        <source>Nåverdien av den årlige budsjetteffekten over perioden.</source>
        <translation>Present value of the yearly budget effect over the period.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="64" />
        <source>Lønnstilskudd og mentortilskudd fra NAV, sum over perioden (faste priser).</source>
        <translation>Wage and mentor subsidies from NAV, summed over the period (fixed prices).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="65" />
        <source>Kommunens sparte sosialhjelpsutgifter, sum over perioden (faste priser).</source>
        <translation>The municipality's social assistance saved, summed over the period (fixed prices).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="66" />
        <source>Første år den akkumulerte budsjetteffekten er 0 eller mer etter å ha vært negativ.</source>
        <translation>First year the cumulative budget effect is 0 or more after having been negative.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="144" />
        <source>i %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="146" />
        <source>Ingen gap</source>
        <translation>No gap</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="147" />
        <source>gap %1 i %2</source>
        <translation>gap %1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="149" />
        <source>diskontert med %1</source>
        <translation>discounted at %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="154" />
        <source>%1: %2/år</source>
        <translation>%1: %2/year</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="158" />
        <source>Ingen frigjort</source>
        <translation>None freed</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="160" />
        <source>lønns- og mentortilskudd, %1–%2</source>
        <translation>wage and mentor subsidies, %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="162" />
        <source>sum %1–%2</source>
        <translation>total %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="163" />
        <source>Ikke i perioden</source>
        <translation>Not within the period</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="164" />
        <source>akkumulert effekt er negativ i %1</source>
        <translation>cumulative effect is negative in %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="30" />
        <source>Årsverk og gap</source>
        <translation>FTE and gap</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="31" />
        <source>Budsjett per år</source>
        <translation>Budget per year</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="32" />
        <source>Utnyttelsesgrad</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="33" />
        <source>Akkumulert</source>
        <translation>Cumulative</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ScenarioDocument</name>
    <message>
        <location filename="../../ui/document/ScenarioDocument.cpp" line="63" />
        <source>Tilbakestill til lagret versjon</source>
        <translation>Revert to saved version</translation>
    </message>
    <message>
        <location filename="../../ui/document/ScenarioDocument.cpp" line="78" />
        <source>Uten navn</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ScenarioEditor</name>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="77" />
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="86" />
        <source>Endre navn</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="183" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="183" />
        <source>Tidshorisont, diskontering og timer per årsverk</source>
        <translation>Horizon, discounting and hours per FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="184" />
        <source>Demografi</source>
        <translation>Demography</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="184" />
        <source>Folketall per aldersgruppe og år, tjenesterater</source>
        <translation>Population by age band and year, service rates</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="185" />
        <source>Bemanning</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="186" />
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="186" />
        <source>Oppgaver som flyttes: fra hvem, hvilken kategori, til hvem, hvor stor andel</source>
        <translation>Tasks that move: from whom, which category, to whom, what share</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="188" />
        <source>Mottakere</source>
        <translation>Receivers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="188" />
        <source>Hvem som overtar oppgavene, og hva det koster</source>
        <translation>Who takes over the tasks, and what it costs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="189" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="189" />
        <source>Rekruttering, lønnstilskudd, mentortilskudd og sosialhjelp</source>
        <translation>Recruitment, wage subsidy, mentor subsidy and social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="191" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="211" />
        <source>Endre andel: %1 → %2</source>
        <translation>Change share: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="215" />
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="252" />
        <source>Endre %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="310" />
        <source>Beregningen går fra startåret til sluttåret. Beløp er i faste priser for startåret.</source>
        <translation>The calculation runs from the start year to the end year. Amounts are in fixed prices of the start year.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="324" />
        <source>Folketall per aldersgruppe (personer, 1. januar)</source>
        <translation>Population by age band (persons, 1 January)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="326" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="344" />
        <source>Fjern året %1</source>
        <translation>Remove the year %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="349" />
        <source>Fjern folketall for %1</source>
        <translation>Remove population for %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="354" />
        <source>Legg til år</source>
        <translation>Add year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="365" />
        <source>Legg til folketall for %1</source>
        <translation>Add population for %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="369" />
        <source>År mellom to oppgitte år interpoleres lineært; før første og etter siste år brukes nærmeste oppgitte år.</source>
        <translation>Years between two given years are interpolated linearly; before the first and after the last, the nearest given year is used.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="371" />
        <source>Tjenesterate (andel som mottar tjenesten)</source>
        <translation>Service rate (share receiving the service)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="392" />
        <source>Årsverk og årskostnad</source>
        <translation>FTE and annual cost</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="395" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="419" />
        <source>Ta med %1</source>
        <translation>Include %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="438" />
        <source>Tidsbruk: andel av arbeidstiden per oppgavekategori (%)</source>
        <translation>Time use: share of working time per task category (%)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="504" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="505" />
        <source>Oppgavekategori</source>
        <translation>Task category</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="506" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="507" />
        <source>Andel (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="528" />
        <source>Flytt tiltak %1 opp</source>
        <translation>Move measure %1 up</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="528" />
        <source>Flytt tiltak %1 ned</source>
        <translation>Move measure %1 down</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="541" />
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="547" />
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="553" />
        <source>Fjern tiltaket</source>
        <translation>Remove the measure</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="557" />
        <source>Fjern tiltak %1</source>
        <translation>Remove measure %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="567" />
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="588" />
        <source>Legg til tiltak</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="594" />
        <source>Innføring</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="637" />
        <source>Ta med mottaker %1</source>
        <translation>Include receiver %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="185" />
        <source>Årsverk, årskostnad og tidsbruk per rolle</source>
        <translation>FTE, annual cost and time use per role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="191" />
        <source>Hub-kostnader og realisering av frigjort kapasitet</source>
        <translation>Hub costs and realisation of freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="194" />
        <source>Ordliste</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="194" />
        <source>Roller, oppgavekategorier og mottakere: legg til, gi nytt navn, fjern</source>
        <translation>Roles, task categories and receivers: add, rename, remove</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="394" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="409" />
        <source>Rollen er med i scenarioet; fjern haken for å regne den med 0 årsverk</source>
        <translation>The role is part of the scenario; clear the box to count it with 0 FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="410" />
        <source>Ta med rollen i scenarioet</source>
        <translation>Include the role in the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="419" />
        <source>Regn %1 med 0 årsverk</source>
        <translation>Count %1 with 0 FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="491" />
        <source>Hver rad skal summere til 100 % (summen står under rollen). Halvfete tall er oppgaver som krever rollens utdanning (velges i «Ordliste»); tid som flyttes fra andre oppgaver, går til disse.</source>
        <translation>Each row must sum to 100 % (the sum is shown under the role). Bold figures are tasks that need the role’s training (chosen under “Vocabulary”); time moved away from other tasks goes to these.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="502" />
        <source>Hvert tiltak flytter en andel av tiden en rolle bruker på en oppgavekategori til en mottaker.</source>
        <translation>Each measure moves a share of the time a role spends on a task category to a receiver.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="610" />
        <source>Parametrene trengs bare for mottakere som et tiltak bruker. Nye mottakere legges til i «Ordliste».</source>
        <translation>The parameters are needed only for receivers a measure uses. New receivers are added under “Vocabulary”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="628" />
        <source>Med haken på har mottakeren egne parametre i scenarioet</source>
        <translation>With the box ticked the receiver has its own parameters in the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="637" />
        <source>Fjern parametrene til %1</source>
        <translation>Remove the parameters of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="667" />
        <source>Rekruttering</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="668" />
        <source>Lønnstilskudd fra NAV</source>
        <translation>Wage subsidy from NAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="672" />
        <source>Trinn</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="673" />
        <source>Måneder</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="674" />
        <source>Sats (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="684" />
        <source>Fjern trinnet</source>
        <translation>Remove the tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="689" />
        <source>Fjern lønnstilskuddstrinn %1</source>
        <translation>Remove wage-subsidy tranche %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="693" />
        <source>Legg til trinn</source>
        <translation>Add tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="699" />
        <source>Legg til lønnstilskuddstrinn</source>
        <translation>Add wage-subsidy tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="702" />
        <source>Trinn (etter hverandre fra ansettelsen)</source>
        <translation>Tranches (one after another from the hire date)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="703" />
        <source>Mentortilskudd fra NAV</source>
        <translation>Mentor subsidy from NAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="706" />
        <source>Sosialhjelp</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="718" />
        <source>Hub (Jobbfabrikken / Mestringstorg)</source>
        <translation>Hub (Jobbfabrikken / Mestringstorg)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="726" />
        <source>Realisering</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="730" />
        <source>Bare innenfor bemanningsgapet</source>
        <translation>Only within the staffing gap</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="730" />
        <source>All frigjort kapasitet</source>
        <translation>All freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="732" />
        <source>«Bare innenfor bemanningsgapet»: frigjort tid sparer penger bare der den erstatter ansettelser kommunen ellers måtte gjøre; resten er kapasitet til flere mottakere eller bedre kvalitet. «All frigjort kapasitet»: all frigjort tid regnes som mulig innsparing.</source>
        <translation>“Only within the staffing gap”: freed time saves money only where it replaces hiring the municipality would otherwise have to do; the rest is capacity for more recipients or better quality. “All freed capacity”: all freed time counts as a possible saving.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="743" />
        <source>Hvem betaler og hvem sparer</source>
        <translation>Who pays and who saves</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="799" />
        <source>Sum %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="799" />
        <source>Sum %1 ⚠</source>
        <translation>Total %1 ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="803" />
        <source>Raden summerer til 100 %</source>
        <translation>The row sums to 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="803" />
        <source>Raden skal summere til 100 %</source>
        <translation>The row must sum to 100 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="843" />
        <source>… og %n feil til</source>
        <translation><numerusform>… and %n more error</numerusform><numerusform>… and %n more errors</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="844" />
        <source>&lt;b&gt;Scenarioet har feil – resultatene viser siste gyldige beregning.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;The scenario has errors – the results show the last valid calculation.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="396" />
        <source>Kr per årsverk</source>
        <translation>NOK per FTE</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::UncertaintyCharts</name>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="92" />
        <source>Frigjorte årsverk per år, P10–P90</source>
        <translation>Freed FTE per year, P10–P90</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="93" />
        <source>Budsjetteffekt per år, P10–P90</source>
        <translation>Budget effect per year, P10–P90</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="98" />
        <source>Hva betyr mest for nåverdien av budsjetteffekten?</source>
        <translation>What matters most for the NPV of the budget effect?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="99" />
        <source>Hva betyr mest for frigjorte årsverk i sluttåret?</source>
        <translation>What matters most for freed FTE in the last year?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="136" />
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="142" />
        <source>P10–P90 (80 % av trekkene)</source>
        <translation>P10–P90 (80 % of the draws)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="148" />
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="150" />
        <source>P50 (median)</source>
        <translation>P50 (median)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="162" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="167" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="167" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="192" />
        <source>Ingen av inndataene med område endrer dette tallet.</source>
        <translation>None of the inputs with a range changes this figure.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="222" />
        <source>Inndata på lav verdi</source>
        <translation>Input at low value</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="223" />
        <source>Inndata på høy verdi</source>
        <translation>Input at high value</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="235" />
        <source>Nåverdi av budsjetteffekten, millioner kroner (stiplet: alle på mest sannsynlig verdi, %1)</source>
        <translation>NPV of the budget effect, million NOK (dashed: all at most likely value, %1)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="237" />
        <source>Frigjorte årsverk i sluttåret (stiplet: alle på mest sannsynlig verdi, %1)</source>
        <translation>Freed FTE in the last year (dashed: all at most likely value, %1)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::UncertaintyPanel</name>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="50" />
        <source>Antall trekk i simuleringen. Flere trekk gir jevnere persentiler.</source>
        <translation>Number of draws in the simulation. More draws give smoother percentiles.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="55" />
        <source>Startverdi for tilfeldige tall: samme frø og antall trekk gir alltid samme tall.</source>
        <translation>Seed for the random numbers: the same seed and number of draws always give the same figures.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="56" />
        <source>Kjør simulering</source>
        <translation>Run simulation</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="58" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="76" />
        <source>Trekk:</source>
        <translation>Draws:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="78" />
        <source>Frø:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="102" />
        <source>Nåverdi av budsjetteffekten</source>
        <translation>NPV of the budget effect</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="103" />
        <source>Frigjorte årsverk i sluttåret</source>
        <translation>Freed FTE in the last year</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="105" />
        <source>Tornado – ranger etter utslag i:</source>
        <translation>Tornado – rank by effect on:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="128" />
        <source>%1 av %2 trekk</source>
        <translation>%1 of %2 draws</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="132" />
        <source>Simuleringen ble avbrutt.</source>
        <translation>The simulation was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="134" />
        <source>Avbrutt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="138" />
        <source>Simuleringen feilet: %1</source>
        <translation>The simulation failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="162" />
        <source>Tornadoen kan ikke tegnes: ved disse verdiene blir resultatet for stort til å være et tall (%1). Snevre inn området eller sjekk inndataene.</source>
        <translation>The tornado cannot be drawn: at these values the result is too large to be a number (%1). Narrow the range or check the inputs.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="169" />
        <source>Scenarioet er endret etter siste simulering: kjør på nytt for oppdaterte tall.</source>
        <translation>The scenario has changed since the last simulation: run again for updated figures.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="171" />
        <source>Scenarioet har ingen usikkerhetsområder (lav – mest sannsynlig – høy), så P10, P50 og P90 blir like. Legg inn områder i redigeringen.</source>
        <translation>The scenario has no uncertainty ranges (low – most likely – high), so P10, P50 and P90 are equal. Add ranges in the editor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="174" />
        <source>%n inndata har usikkerhetsområde. Trykk «Kjør simulering».</source>
        <translation><numerusform>%n input has an uncertainty range. Press “Run simulation”.</numerusform><numerusform>%n inputs have an uncertainty range. Press “Run simulation”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="188" />
        <source>Ingen gyldig beregning å simulere.</source>
        <translation>No valid calculation to simulate.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="201" />
        <source>Simulerer …</source>
        <translation>Simulating …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="218" />
        <source>Sannsynlighet for positiv nåverdi: %1</source>
        <translation>Probability of a positive NPV: %1</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="223" />
        <source>%1 trekk, frø %2. Nåverdi av budsjetteffekten: P10 %3, P50 %4, P90 %5. Frigjorte årsverk i sluttåret: P10 %6, P50 %7, P90 %8.</source>
        <translation>%1 draws, seed %2. NPV of the budget effect: P10 %3, P50 %4, P90 %5. Freed FTE in the last year: P10 %6, P50 %7, P90 %8.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="241" />
        <source>Ingen inndata har usikkerhetsområde – ingen tornado å vise.</source>
        <translation>No input has an uncertainty range – no tornado to show.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="251" />
        <source>Lagre figuren som PNG …</source>
        <translation>Save the chart as PNG …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="252" />
        <source>Lagre tornadoen som JSON …</source>
        <translation>Save the tornado as JSON …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="252" />
        <source>Lagre simuleringen som JSON …</source>
        <translation>Save the simulation as JSON …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="270" />
        <source>Lagre figur</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="271" />
        <source>PNG-bilde (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="280" />
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="294" />
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="280" />
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="294" />
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="285" />
        <source>Lagre tallene</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="287" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::VocabularyIdDialog</name>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="19" />
        <source>rolle</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="20" />
        <source>oppgavekategori</source>
        <translation>task category</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="21" />
        <source>mottaker</source>
        <translation>receiver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="37" />
        <source>Legg til %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="37" />
        <source>Gi nytt navn til %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="47" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="54" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="59" />
        <source>For eksempel «Fysioterapeut»</source>
        <translation>For example “Physiotherapist”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="60" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="63" />
        <source>Id-en lagres i scenarioet. Små bokstaver a–z, tall og _, begynner med en bokstav, høyst 40 tegn.</source>
        <translation>The id is stored in the scenario. Lower-case letters a–z, digits and _, starting with a letter, at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="64" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="66" />
        <source>Fagrolle (frigjort tid telles som frigjorte fagårsverk)</source>
        <translation>Professional role (freed time counts as freed professional FTE)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="77" />
        <source>Det som viser navnet, bruker tjenesteområdets navneliste; en id som ikke står der, vises som id-en selv.</source>
        <translation>Wherever the name is shown, the service area’s list of names is used; an id not in it is shown as the id itself.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="83" />
        <source>Alt som viser til id-en, får den nye: tidsbruk, tiltak, mottakere, kilder og usikkerhet.</source>
        <translation>Everything that refers to the id gets the new one: time use, measures, receivers, sources and uncertainty.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="98" />
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="98" />
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="99" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="162" />
        <source>Alle roller tar allerede over oppgaver som mottaker.</source>
        <translation>Every role already takes over tasks as a receiver.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="177" />
        <source>Skriv et navn eller en id.</source>
        <translation>Write a name or an id.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="179" />
        <source>«%1» kan ikke brukes som id: den må begynne med en liten bokstav (a–z) og kan ellers bare ha små bokstaver, tall og _ (høyst 40 tegn).</source>
        <translation>“%1” cannot be used as an id: it must start with a lower-case letter (a–z) and may otherwise contain only lower-case letters, digits and _ (at most 40 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="182" />
        <source>Det finnes allerede en rolle med id-en «%1».</source>
        <translation>There is already a role with the id “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="184" />
        <source>Det finnes allerede en oppgavekategori med id-en «%1».</source>
        <translation>There is already a task category with the id “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="185" />
        <source>Det finnes allerede en mottaker med id-en «%1».</source>
        <translation>There is already a receiver with the id “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="187" />
        <source>Ordlisten kan ha høyst %1 av hver sort; fjern en %2 først.</source>
        <translation>The vocabulary can have at most %1 of each kind; remove a %2 first.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::VocabularyPage</name>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="72" />
        <source>Scenarioet er i format 1 og bruker standardordlisten. Den første endringen her gjør det om til format 2 med ordlisten skrevet inn i scenarioet; tallene blir de samme (realisering: all frigjort kapasitet).</source>
        <translation>The scenario is in format 1 and uses the standard vocabulary. The first change here turns it into format 2 with the vocabulary written into the scenario; the figures stay the same (realisation: all freed capacity).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="84" />
        <source>Aldersgrupper: %1.</source>
        <translation>Age bands: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="91" />
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="95" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="96" />
        <source>Fagrolle</source>
        <translation>Professional role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="97" />
        <source>Frigjort tid for fagroller telles som frigjorte fagårsverk</source>
        <translation>Freed time of professional roles counts as freed professional FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="106" />
        <source>Fagrolle: frigjort tid telles som frigjorte fagårsverk</source>
        <translation>Professional role: freed time counts as freed professional FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="110" />
        <source>Gjør %1 til fagrolle</source>
        <translation>Make %1 a professional role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="110" />
        <source>Gjør %1 til ikke-fagrolle</source>
        <translation>Make %1 a non-professional role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="113" />
        <location filename="../../ui/editor/VocabularyPage.cpp" line="192" />
        <location filename="../../ui/editor/VocabularyPage.cpp" line="236" />
        <source>Gi nytt navn …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="113" />
        <source>Gi rollen ny id; alt som viser til den, følger med</source>
        <translation>Give the role a new id; everything that refers to it follows</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="117" />
        <source>Fjern rollen med dens tiltak</source>
        <translation>Remove the role with its measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="121" />
        <source>Fjern rolle «%1»</source>
        <translation>Remove role “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="128" />
        <source>Legg til rolle …</source>
        <translation>Add role …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="136" />
        <source>Oppgaver som krever rollens utdanning</source>
        <translation>Tasks that need the role’s training</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="159" />
        <location filename="../../ui/editor/VocabularyPage.cpp" line="165" />
        <source>%1 krever utdanningen til %2</source>
        <translation>%1 needs the training of %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="166" />
        <source>%1 krever ikke utdanningen til %2</source>
        <translation>%1 does not need the training of %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="176" />
        <source>Utnyttelsesgraden er andelen av rollens tid som går til oppgaver som krever utdanningen; den vises for roller med minst én slik oppgave.</source>
        <translation>Utilisation is the share of the role’s time spent on tasks that need its training; it is shown for roles with at least one such task.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="184" />
        <source>Oppgavekategorier</source>
        <translation>Task categories</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="192" />
        <source>Gi kategorien ny id; tidsbruk og tiltak følger med</source>
        <translation>Give the category a new id; time use and measures follow</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="196" />
        <source>Fjern kategorien med dens tidsbruk og tiltak</source>
        <translation>Remove the category with its time use and measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="201" />
        <source>Fjern kategori «%1»</source>
        <translation>Remove category “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="208" />
        <source>Legg til kategori …</source>
        <translation>Add category …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="214" />
        <source>En ny kategori får 0 % i hver rolles tidsbruk. Fjernes en kategori med tid i, summerer raden ikke lenger til 100 % før tiden er flyttet.</source>
        <translation>A new category gets 0 % in each role’s time use. If a category with time in it is removed, the row no longer sums to 100 % until the time is moved.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="222" />
        <source>Mottakere</source>
        <translation>Receivers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="236" />
        <source>Gi mottakeren ny id; tiltakene følger med</source>
        <translation>Give the receiver a new id; the measures follow</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="240" />
        <source>En rolle som mottaker har rollens id; gi rollen nytt navn</source>
        <translation>A role as receiver has the role’s id; rename the role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="244" />
        <source>Fjern mottakeren med tiltakene til den</source>
        <translation>Remove the receiver with its measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="248" />
        <source>Fjern mottaker «%1»</source>
        <translation>Remove receiver “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="255" />
        <source>Legg til mottaker …</source>
        <translation>Add receiver …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="279" />
        <source>Gi nytt navn: rolle «%1» → «%2»</source>
        <translation>Rename: role “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="283" />
        <source>Gi nytt navn: kategori «%1» → «%2»</source>
        <translation>Rename: category “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="287" />
        <source>Gi nytt navn: mottaker «%1» → «%2»</source>
        <translation>Rename: receiver “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="295" />
        <source>Legg til rolle «%1»</source>
        <translation>Add role “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="298" />
        <source>Legg til kategori «%1»</source>
        <translation>Add category “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="302" />
        <source>Legg til mottaker «%1»</source>
        <translation>Add receiver “%1”</translation>
    </message>
</context>
</TS>