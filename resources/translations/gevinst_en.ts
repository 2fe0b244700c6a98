<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
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
        <location filename="../../app/ScenarioSource.cpp" line="37" />
        <source>--db trenger et filnavn eller en adresse postgresql://BRUKER@TJENER:PORT/DATABASE</source>
        <translation>--db needs a file name or an address postgresql://USER@SERVER:PORT/DATABASE</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="72" />
        <source>%1 må være et helt tall fra 1, ikke «%2»</source>
        <translation>%1 must be a whole number from 1, not “%2”</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="106" />
        <source>oppgi enten FIL.json eller --id ID, ikke begge (bruk: gevinst %1)</source>
        <translation>give either FILE.json or --id ID, not both (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="111" />
        <source>--version trenger --id ID</source>
        <translation>--version needs --id ID</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSource.cpp" line="121" />
        <source>--format: «%1» er verken 1 eller 2</source>
        <translation>--format: “%1” is not 1 or 2</translation>
    </message>
    <message>
        <location filename="../../app/ScenarioSelection.cpp" line="32" />
        <location filename="../../app/ScenarioSource.cpp" line="113" />
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
        <location filename="../../app/main.cpp" line="172" />
        <source>--lang: «%1» er ikke et språk programmet har (nb eller en)</source>
        <translation>--lang: “%1” is not a language the program has (nb or en)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="192" />
        <source>ukjent kommando «%1» (se gevinst --help)</source>
        <translation>unknown command “%1” (see gevinst --help)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="209" />
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
        <location filename="../../app/FileIo.cpp" line="19" />
        <source>%1: filen finnes ikke</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="21" />
        <source>%1: er en mappe, ikke en fil</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="23" />
        <source>%1: filen er %2 byte, større enn de %3 som er tillatt</source>
        <translation>%1: the file is %2 bytes, larger than the %3 allowed</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="29" />
        <location filename="../../app/FileIo.cpp" line="32" />
        <source>%1: kan ikke leses (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="34" />
        <source>%1: filen er større enn de %2 byte som er tillatt</source>
        <translation>%1: the file is larger than the %2 bytes allowed</translation>
    </message>
    <message>
        <location filename="../../app/FileIo.cpp" line="42" />
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
        <location filename="../../app/CommandProjection.cpp" line="58" />
        <source>--to må være et år fra %1 til %2, ikke «%3»</source>
        <translation>--to must be a year from %1 to %2, not “%3”</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="72" />
        <source>fant ikke de leverte dataene (%1); så i: %2 (sett GEVINST_DATA_DIR)</source>
        <translation>the shipped data (%1) was not found; looked in: %2 (set GEVINST_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="102" />
        <source>--unit: «%1» er ingen kommune (f.eks. 3207) eller bydel i Oslo (f.eks. 030112) i enhetslisten (se gevinst db units)</source>
        <translation>--unit: “%1” is no municipality (e.g. 3207) or Oslo city district (e.g. 030112) in the unit list (see gevinst db units)</translation>
    </message>
    <message>
        <location filename="../../app/CommandProjection.cpp" line="163" />
        <source>--unit ID må oppgis (bruk: gevinst %1)</source>
        <translation>--unit ID is required (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/CommandReport.cpp" line="26" />
        <source>oppgi -o UT.pdf eller -o UT.odt; bruk: gevinst %1</source>
        <translation>give -o OUT.pdf or -o OUT.odt; usage: gevinst %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandReport.cpp" line="29" />
        <source>-o %1: rapporten skrives som .pdf eller .odt</source>
        <translation>-o %1: the report is written as .pdf or .odt</translation>
    </message>
    <message>
        <location filename="../../app/CommandReport.cpp" line="32" />
        <source>--draws: må være et helt tall fra 1 til %1</source>
        <translation>--draws: must be a whole number from 1 to %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="88" />
        <source>--id ID mangler (bruk: gevinst %1)</source>
        <translation>--id ID is missing (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="97" />
        <source>--id må være et scenarionummer fra gevinst db list, ikke «%1»</source>
        <translation>--id must be a scenario number from gevinst db list, not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="106" />
        <source>%1 må være et tall (desimalkomma eller -punktum), ikke «%2»</source>
        <translation>%1 must be a number (decimal comma or point), not “%2”</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="125" />
        <source>--target skrives ÅR=VERDI,… (for eksempel 2026=4.5,2027=5), ikke «%1»</source>
        <translation>--target is written YEAR=VALUE,… (for example 2026=4.5,2027=5), not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="127" />
        <source>--target gir %1 to ganger</source>
        <translation>--target gives %1 twice</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="131" />
        <source>--target skrives ÅR=VERDI,… (for eksempel 2026=4.5,2027=5)</source>
        <translation>--target is written YEAR=VALUE,… (for example 2026=4.5,2027=5)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="210" />
        <source>--version må være et versjonsnummer (gevinst db versions ID)</source>
        <translation>--version must be a version number (gevinst db versions ID)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="226" />
        <source>Versjon %1 av scenario %2 er vedtatt som gevinstrealiseringsplan (av %3)</source>
        <translation>Version %1 of scenario %2 is approved as the benefits realisation plan (by %3)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="228" />
        <source>Versjon %1 av scenario %2 er vedtatt som gevinstrealiseringsplan (av %3, «%4»)</source>
        <translation>Version %1 of scenario %2 is approved as the benefits realisation plan (by %3, “%4”)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="246" />
        <source>--figure mangler: en resultatserie (freed_fte, budget_effect_nok, …), utilisation.&lt;rolle&gt;, ledger.&lt;aktør&gt; eller custom:&lt;nøkkel&gt; (se gevinst plan figures --id ID)</source>
        <translation>--figure is missing: a result series (freed_fte, budget_effect_nok, …), utilisation.&lt;role&gt;, ledger.&lt;actor&gt; or custom:&lt;key&gt; (see gevinst plan figures --id ID)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="249" />
        <source>--owner mangler: navnet på gevinsteieren</source>
        <translation>--owner is missing: the name of the benefit owner</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="259" />
        <source>--kind må være flow (strøm) eller level (nivå), ikke «%1»</source>
        <translation>--kind must be flow or level, not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="265" />
        <source>--class må være budsjett, tid, offentlig eller ikke-prissatt, ikke «%1»</source>
        <translation>--class must be budsjett, tid, offentlig or ikke-prissatt, not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="303" />
        <source>Nøkkel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="303" />
        <source>Gevinst</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="303" />
        <source>Gevinsteier</source>
        <translation>Benefit owner</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="303" />
        <source>Klasse</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="303" />
        <source>Nullpunkt</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="317" />
        <source>Måltall</source>
        <translation>Target figure</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="317" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="318" />
        <source>strøm</source>
        <translation>flow</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="318" />
        <source>nivå</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="321" />
        <source>custom:&lt;nøkkel&gt;</source>
        <translation>custom:&lt;key&gt;</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="321" />
        <source>egen indikator (navn, enhet og mål per år oppgis)</source>
        <translation>own indicator (name, unit and a target per year are given)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="333" />
        <source>kolonne %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="344" />
        <source>filen finnes ikke</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="348" />
        <source>ingenting ble lagret</source>
        <translation>nothing was stored</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandPlan.cpp" line="359" />
        <source>Lagret %n faktiske verdier fra %1</source>
        <translation><numerusform>Stored %n actual value from %1</numerusform><numerusform>Stored %n actual values from %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="371" />
        <source>--benefit, --period og --value må oppgis (bruk: gevinst %1)</source>
        <translation>--benefit, --period and --value must be given (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="377" />
        <source>--period må være et år (2026) eller et tertial (2026-T1), ikke «%1»</source>
        <translation>--period must be a year (2026) or a tertial (2026-T1), not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="390" />
        <source>Lagret %1 %2</source>
        <translation>Stored %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="457" />
        <source>Gevinstrealiseringsplan: %1 – %2</source>
        <translation>Benefits realisation plan: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="458" />
        <source>Versjon %1 vedtatt %2 av %3; prognose fra versjon %4</source>
        <translation>Version %1 approved on %2 by %3; forecast from version %4</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="460" />
        <source>Versjon %1 vedtatt %2 av %3 («%4»); prognose fra versjon %5</source>
        <translation>Version %1 approved on %2 by %3 (“%4”); forecast from version %5</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="463" />
        <source>Status: grønn ved realisert andel hittil ≥ %1, gul ≥ %2, ellers rød</source>
        <translation>Status: green when the share realised so far is ≥ %1, yellow ≥ %2, otherwise red</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="467" />
        <source>Planen har ingen gevinster ennå (gevinst plan benefit add).</source>
        <translation>The plan has no benefits yet (gevinst plan benefit add).</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="469" />
        <source>gevinsteier %1</source>
        <translation>benefit owner %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="473" />
        <source>Nullpunkt: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="476" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="476" />
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="476" />
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="476" />
        <source>Avvik</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="476" />
        <source>Realisert hittil</source>
        <translation>Realised so far</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="477" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="477" />
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="495" />
        <source>oppgi -o UT.xlsx (bruk: gevinst plan export --id ID -o UT.xlsx)</source>
        <translation>give -o OUT.xlsx (usage: gevinst plan export --id ID -o OUT.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandPlan.cpp" line="501" />
        <source>%n gevinster</source>
        <translation><numerusform>%n benefit</numerusform><numerusform>%n benefits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="510" />
        <source>oppgi -o UT.pdf (bruk: gevinst plan report --id ID -o UT.pdf)</source>
        <translation>give -o OUT.pdf (usage: gevinst plan report --id ID -o OUT.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandPlan.cpp" line="518" />
        <location filename="../../app/CommandReport.cpp" line="42" />
        <source>%n sider</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="521" />
        <source>denne gevinst er bygget uten diagrammer (GEVINST_BUILD_UI=OFF), og rapporten trenger dem</source>
        <translation>this gevinst was built without charts (GEVINST_BUILD_UI=OFF), and the report needs them</translation>
    </message>
    <message>
        <location filename="../../app/CommandPlan.cpp" line="554" />
        <source>ukjent plan-kommando «%1» (bruk: gevinst %2)</source>
        <translation>unknown plan command “%1” (usage: gevinst %2)</translation>
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
        <location filename="../../app/CommandDb.cpp" line="86" />
        <location filename="../../app/CommandPlan.cpp" line="184" />
        <location filename="../../app/CommandPlan.cpp" line="188" />
        <source>%1 hører ikke til denne kommandoen (bruk: gevinst %2)</source>
        <translation>%1 does not go with this command (usage: gevinst %2)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="89" />
        <source>bruk: gevinst %1 (se gevinst db --help)</source>
        <translation>usage: gevinst %1 (see gevinst db --help)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="103" />
        <source>ID må være et scenarionummer fra gevinst db list, ikke «%1»</source>
        <translation>ID must be a scenario number from gevinst db list, not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="118" />
        <location filename="../../app/CommandDb.cpp" line="137" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="118" />
        <location filename="../../app/CommandDb.cpp" line="137" />
        <location filename="../../app/CommandPlan.cpp" line="317" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="118" />
        <location filename="../../app/CommandPlan.cpp" line="317" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="119" />
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="119" />
        <location filename="../../app/CommandDb.cpp" line="261" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="120" />
        <source>I papirkurven</source>
        <translation>In the trash</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="120" />
        <source>Endret</source>
        <translation>Changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandDb.cpp" line="125" />
        <source>%n scenarioer i %1</source>
        <translation><numerusform>%n scenario in %1</numerusform><numerusform>%n scenarios in %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="137" />
        <source>Alternativt navn</source>
        <translation>Alternative name</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="138" />
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="138" />
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="139" />
        <source>Folketall 1.1.%1</source>
        <translation>Population 1 Jan %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="139" />
        <source>Folketall</source>
        <translation>Population</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandDb.cpp" line="148" />
        <source>%n enheter</source>
        <translation><numerusform>%n unit</numerusform><numerusform>%n units</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="165" />
        <source>--years må være START-SLUTT med firesifrede år, f.eks. 2025-2040, ikke «%1»</source>
        <translation>--years must be START-END with four-digit years, e.g. 2025-2040, not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="178" />
        <source>--unit må oppgis (bruk: gevinst %1)</source>
        <translation>--unit is required (usage: gevinst %1)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="189" />
        <source>--projection må være program (programmets egen framskriving) eller ssb (SSBs, hentet med gevinst db fetch-ssb), ikke «%1»</source>
        <translation>--projection must be program (the program’s own projection) or ssb (SSB’s, fetched with gevinst db fetch-ssb), not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="198" />
        <source> (se gevinst db units)</source>
        <translation> (see gevinst db units)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="259" />
        <source> (i papirkurven)</source>
        <translation> (in the trash)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="261" />
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="261" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="262" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CommandDb.cpp" line="281" />
        <source>Importerte folketall for %n enheter</source>
        <translation><numerusform>Imported population for %n unit</numerusform><numerusform>Imported population for %n units</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="282" />
        <source> og %1 år (%2 rader) fra %3</source>
        <translation> and %1 years (%2 rows) from %3</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="308" />
        <source>--base-version må være et versjonsnummer (gevinst db versions ID), ikke «%1»</source>
        <translation>--base-version must be a version number (gevinst db versions ID), not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="340" />
        <source>Scenario %1 er lagt i papirkurven</source>
        <translation>Scenario %1 was moved to the trash</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="349" />
        <source>%1 er allerede et Gevinstmodell-bibliotek (skjemaversjon %2); ingenting ble endret.</source>
        <translation>%1 is already a Gevinstmodell library (schema version %2); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="354" />
        <source>%1 er klargjort som Gevinstmodell-bibliotek (skjemaversjon %2) med enhetene, befolkningen og scenarioene som følger med programmet.</source>
        <translation>%1 is ready as a Gevinstmodell library (schema version %2) with the units, population and scenarios that come with the program.</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="366" />
        <source>bruk: gevinst db copy --from A --to B (A og B: en bibliotekfil eller postgresql://BRUKER@TJENER:PORT/DATABASE)</source>
        <translation>usage: gevinst db copy --from A --to B (A and B: a library file or postgresql://USER@SERVER:PORT/DATABASE)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="369" />
        <source>Kopierte til %1: %2 scenarioer med %3 versjoner, %4 planer, %5 gevinster, %6 mål, %7 faktiske tall, %8 enheter, %9 befolkningstall og %10 SSB-framskrivinger.</source>
        <translation>Copied to %1: %2 scenarios with %3 versions, %4 plans, %5 benefits, %6 targets, %7 actuals, %8 units, %9 population figures and %10 SSB projections.</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="390" />
        <source> (ingen skrivetilgang)</source>
        <translation> (no write access)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="390" />
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="391" />
        <source>Bibliotek: %1</source>
        <translation>Library: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="392" />
        <source>Tjener: PostgreSQL, som %1</source>
        <translation>Server: PostgreSQL, as %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="393" />
        <source>Skjemaversjon: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="394" />
        <source>Scenarioer: %1 (i papirkurven: %2)</source>
        <translation>Scenarios: %1 (in the trash: %2)</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="395" />
        <source>Enheter: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="396" />
        <source>Befolkningsår:</source>
        <translation>Population years:</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="427" />
        <location filename="../../app/CommandFetchSsb.cpp" line="105" />
        <location filename="../../app/CommandOverview.cpp" line="67" />
        <location filename="../../app/CommandPlan.cpp" line="190" />
        <location filename="../../app/CommandPlan.cpp" line="536" />
        <location filename="../../app/CommandProjection.cpp" line="161" />
        <source>bruk: gevinst %1</source>
        <translation>usage: gevinst %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandDb.cpp" line="439" />
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
    <message numerus="yes">
        <location filename="../../app/CommandCompare.cpp" line="44" />
        <source>Sammenligning av %n scenarioer</source>
        <translation><numerusform>Comparison of %n scenario</numerusform><numerusform>Comparison of %n scenarios</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="45" />
        <location filename="../../app/CommandCompute.cpp" line="64" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="50" />
        <source>, versjon %1</source>
        <translation>, version %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="60" />
        <source> (siste år)</source>
        <translation> (last year)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="80" />
        <source>Per 1 000 innbyggere 67+</source>
        <translation>Per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="81" />
        <source>Per årsverk i startåret</source>
        <translation>Per FTE in the start year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="107" />
        <source>Innbyggere 67+ i startåret</source>
        <translation>Inhabitants 67+ in the start year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="108" />
        <source>Årsverk i startåret</source>
        <translation>FTE in the start year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="121" />
        <source>færre enn 1 innbygger 67+ i startåret</source>
        <translation>fewer than 1 inhabitant 67+ in the start year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="122" />
        <source>ingen årsverk i startåret</source>
        <translation>no FTE in the start year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="123" />
        <source>tallet blir for stort til å vises</source>
        <translation>the figure grows too large to show</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompare.cpp" line="124" />
        <source>– i kolonne %1: %2</source>
        <translation>– in column %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="64" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="65" />
        <source>Frigjorte årsverk </source>
        <translation>Freed FTE </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="66" />
        <source>Bemanningsgap </source>
        <translation>Staffing gap </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="66" />
        <source> (årsverk)</source>
        <translation> (FTE)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="67" />
        <source>Andel av bemanningsgapet dekket </source>
        <translation>Share of the staffing gap covered </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="68" />
        <source>Flere tjenestemottakere som kan betjenes </source>
        <translation>Additional service recipients who can be served </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="69" />
        <source>Nåverdi budsjetteffekt (</source>
        <translation>NPV of the budget effect (</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="69" />
        <source> diskontering)</source>
        <translation> discount rate)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="70" />
        <source>Nåverdi frigjort kapasitet</source>
        <translation>NPV of freed capacity</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="71" />
        <source>Netto kostnad per frigjort årsverk</source>
        <translation>Net cost per freed FTE</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="74" />
        <source>  til sammenligning: årskostnad </source>
        <translation>  for comparison: annual cost, </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="76" />
        <source>Statlige tilskudd (lønns- og mentortilskudd), sum</source>
        <translation>State subsidies (wage and mentor subsidies), total</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="77" />
        <source>Sparte sosialhjelpsutgifter, sum</source>
        <translation>Social assistance saved, total</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="78" />
        <source>Kostnader, sum</source>
        <translation>Costs, total</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="79" />
        <source>Tilbakebetalingsår</source>
        <translation>Payback year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="80" />
        <source>ikke innen </source>
        <translation>not by </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="82" />
        <source>lønnsom fra første år (akkumulert effekt aldri negativ)</source>
        <translation>profitable from the first year (cumulative effect never negative)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="85" />
        <source>Tid på oppgaver som krever kompetansen, </source>
        <translation>Time on tasks that need the training, </translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="89" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="89" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="89" />
        <source>Gap (årsverk)</source>
        <translation>Gap (FTE)</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="89" />
        <source>Dekket</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="89" />
        <source>Tilskudd</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="89" />
        <source>Sosialhjelp</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="90" />
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="90" />
        <source>Budsjetteffekt</source>
        <translation>Budget effect</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="90" />
        <source>Akkumulert</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="101" />
        <source>Budsjetteffekten regner med %1 av verdien av frigjort kapasitet som realisert i budsjettet, og bare den delen som dekker bemanningsgapet: frigjort tid utover gapet er kapasitet til flere mottakere eller bedre kvalitet, ikke penger.</source>
        <translation>The budget effect counts %1 of the value of freed capacity as realised in the budget, and only the part that covers the staffing gap: freed time beyond the gap is capacity for more recipients or better quality, not money.</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="104" />
        <source>Budsjetteffekten regner med %1 av verdien av frigjort kapasitet som realisert i budsjettet.</source>
        <translation>The budget effect counts %1 of the value of freed capacity as realised in the budget.</translation>
    </message>
    <message>
        <location filename="../../app/CommandCompute.cpp" line="110" />
        <source>Fra %1 frigjøres mer enn bemanningsgapet i noen år; det overskytende er regnet som kapasitet, ikke som innsparing.</source>
        <translation>From %1 more than the staffing gap is freed in some years; the excess is counted as capacity, not as a saving.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="40" />
        <location filename="../../app/CommandFetchSsb.cpp" line="138" />
        <source> Ingenting i biblioteket er endret.</source>
        <translation> Nothing in the library was changed.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="44" />
        <source>Får ikke kontakt med SSBs statistikkbank%1: %2. Er maskinen koblet til Internett? Prøv igjen når den er på nett, eller importer tabell %3 fra statistikkbanken med gevinst db import-ssb FIL.</source>
        <translation>Cannot reach SSB’s statbank%1: %2. Is the machine connected to the Internet? Try again when it is online, or import table %3 from the statbank with gevinst db import-ssb FILE.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="50" />
        <source>SSBs statistikkbank svarte ikke innen %1 sekunder%2. Prøv igjen senere (SSBs API kan være stengt om morgenen og i helgene).</source>
        <translation>SSB’s statbank did not answer within %1 seconds%2. Try again later (SSB’s API may be closed in the mornings and at weekends).</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="56" />
        <source>SSBs statistikkbank svarte med en feil (%1)%2.</source>
        <translation>SSB’s statbank answered with an error (%1)%2.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="58" />
        <source>Svaret fra SSB%1 er ikke en framskriving programmet kan lese.</source>
        <translation>The answer from SSB%1 is not a projection the program can read.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="61" />
        <source>Tabell %1 har ikke alternativet %2%3.</source>
        <translation>Table %1 does not have the alternative %2%3.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="64" />
        <source>--unit: SSB framskriver befolkningen per kommune (tabell %1), ikke per bydel eller fylke; %2 er ingen kommune. Bruk programmets framskriving (gevinst projection --unit %2).</source>
        <translation>--unit: SSB projects the population per kommune (table %1), not per bydel or county; %2 is not a kommune. Use the program’s projection (gevinst projection --unit %2).</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="70" />
        <source>Ugyldig forespørsel til SSB.</source>
        <translation>Invalid request to SSB.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="72" />
        <source>Henting fra SSB mislyktes.</source>
        <translation>Fetching from SSB failed.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="112" />
        <source>--alternative må være MMMM (SSBs hovedalternativ), LLML (lav vekst) eller HHMH (høy vekst), ikke «%1»</source>
        <translation>--alternative must be MMMM (SSB’s main alternative), LLML (low growth) or HHMH (high growth), not “%1”</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="120" />
        <source>--timeout må være et antall sekunder mellom 0 og 600</source>
        <translation>--timeout must be a number of seconds between 0 and 600</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="128" />
        <source>--unit: fant ikke enheten «%1» i biblioteket (se gevinst db units)</source>
        <translation>--unit: the unit “%1” is not in the library (see gevinst db units)</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="137" />
        <source>SSBs framskriving ble hentet, men kunne ikke lagres: %1</source>
        <translation>SSB’s projection was fetched but could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="142" />
        <source>Hentet SSBs framskriving for %1 (%2), alternativ %3, tabell %4: %5–%6 (%7 år).</source>
        <translation>Fetched SSB’s projection for %1 (%2), alternative %3, table %4: %5–%6 (%7 years).</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="148" />
        <source>80 år og over: %1 i %2, %3 i %4. 67–79 år: %5 → %6.</source>
        <translation>80 years and over: %1 in %2, %3 in %4. 67–79 years: %5 → %6.</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="155" />
        <source>Kilde: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandFetchSsb.cpp" line="156" />
        <source>Programmets egen framskriving (§ 8) er beholdt; velg SSBs for et nytt scenario med gevinst db new --unit %1 --projection ssb.</source>
        <translation>The program’s own projection (§ 8) is kept; choose SSB’s for a new scenario with gevinst db new --unit %1 --projection ssb.</translation>
    </message>
    <message>
        <location filename="../../app/CommandOverview.cpp" line="69" />
        <source>velg én pakke: --package FIL, --id ID eller --service-area ID</source>
        <translation>choose one package: --package FILE, --id ID or --service-area ID</translation>
    </message>
    <message>
        <location filename="../../app/CommandOverview.cpp" line="71" />
        <source>-o: «%1» må slutte på .json, .csv eller .xlsx</source>
        <translation>-o: “%1” must end in .json, .csv or .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/CommandOverview.cpp" line="108" />
        <source>ingen enhet har et scenario å beregne</source>
        <translation>no unit has a scenario to compute</translation>
    </message>
    <message>
        <location filename="../../app/CommandOverview.cpp" line="110" />
        <source>--year: %1 ligger utenfor scenarioenes periode</source>
        <translation>--year: %1 is outside the scenarios’ period</translation>
    </message>
    <message>
        <location filename="../../app/CommandOverview.cpp" line="112" />
        <source>--draws: må være mellom 0 og %1, ikke %2</source>
        <translation>--draws: must be between 0 and %1, not %2</translation>
    </message>
    <message>
        <location filename="../../app/CommandOverview.cpp" line="117" />
        <source>enhetene i pakken har ulike perioder; alle må ha samme start- og sluttår</source>
        <translation>the units of the package have different periods; all must have the same start and end year</translation>
    </message>
    <message>
        <location filename="../../app/CommandLedger.cpp" line="48" />
        <source>Hvem betaler og hvem får – %1</source>
        <translation>Who pays and who gains – %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLedger.cpp" line="50" />
        <source>%1–%2, kroner i faste %1-priser</source>
        <translation>%1–%2, NOK in fixed %1 prices</translation>
    </message>
    <message>
        <location filename="../../app/CommandLedger.cpp" line="52" />
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../app/CommandLedger.cpp" line="55" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../app/CommandLedger.cpp" line="72" />
        <source>Frigjort tid til annen bruk (ikke kontanter, ikke lagt inn over): nåverdi %1</source>
        <translation>Time freed for other use (not cash, not included above): present value %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLedger.cpp" line="75" />
        <source>Kontroll: kommunen (helse og omsorg + sosialhjelp) = budsjetteffekten, nåverdi %1</source>
        <translation>Check: the municipality (health and care + social assistance) = the budget effect, present value %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLedger.cpp" line="79" />
        <source>Scenarioet har ingen «ledger»-blokk: lønn, skattesatser og statlige ytelser er 0, så bare kommunens og NAVs kontantstrømmer vises.</source>
        <translation>The scenario has no “ledger” block: wages, tax rates and state benefits are 0, so only the municipality’s and NAV’s cash flows are shown.</translation>
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
        <location filename="../../app/Commands.cpp" line="28" />
        <source>scenariobiblioteket: scenarioer med versjoner, kommuner og bydeler med folketall, import fra SSB; i en fil eller på en PostgreSQL-tjener (passordet fra PGPASSWORD eller ~/.pgpass)</source>
        <translation>the scenario library: scenarios with versions, municipalities and city districts with population, import from SSB; in a file or on a PostgreSQL server (the password from PGPASSWORD or ~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="31" />
        <source>programmets egen befolkningsframskriving for en kommune eller bydel etter ettårig alder, summert i aldersgrupper (gevinstmodell-projection/1), med registrerte år fra biblioteket</source>
        <translation>the program’s own population projection for a municipality or city district by single year of age, summed into age bands (gevinstmodell-projection/1), with registered years from the library</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="34" />
        <source>tjenesteområdene programmet leverer: id, navn og antall roller, kategorier og mottakere</source>
        <translation>the service areas the program ships: id, name and number of roles, categories and receivers</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="36" />
        <source>nøkkeltallene for flere scenarioer side om side, ev. per 1 000 innbyggere 67+ og per årsverk</source>
        <translation>the key figures of several scenarios side by side, optionally per 1,000 inhabitants 67+ and per FTE</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="38" />
        <source>legger sammen bydelsscenarioer til én kommune (gevinstmodell-result/1)</source>
        <translation>rolls up city-district scenarios into one municipality (gevinstmodell-result/1)</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="41" />
        <source>tallene per år, nøkkeltallene, fordelingen og forutsetningene med kilder til Excel (XLSX) eller CSV; eller selve scenarioet i format 1 eller 2</source>
        <translation>the yearly figures, key figures, distribution and assumptions with sources to Excel (XLSX) or CSV; or the scenario itself in format 1 or 2</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="44" />
        <source>hvem betaler og hvem får: kontantstrøm per år og nåverdi for kommunen, NAV, staten og de som får jobb</source>
        <translation>who pays and who gains: cash flow per year and NPV for the municipality, NAV, the state and those who get jobs</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="47" />
        <source>kommunebildet: alle kommuner og Oslos bydeler med én tiltakspakke, med fylkes- og landstotaler (gevinstmodell-overview/1), ev. P10/P50/P90</source>
        <translation>overview: all municipalities and Oslo’s city districts with one package of measures, with county and national totals (gevinstmodell-overview/1), optionally P10/P50/P90</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="53" />
        <source>gevinstrealisering: vedta en versjon som plan, gevinster med eier og nullpunkt, faktiske tall per år eller tertial, avvik og status, Excel og «Gevinstrapport» (PDF)</source>
        <translation>benefits realisation: approve a version as the plan, benefits with owner and baseline, actual figures per year or four-month period, deviation and status, Excel and “Benefits report” (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="64" />
        <source>lagrer en figur som PNG, SVG eller PDF med tittel, enheter og kildelinje</source>
        <translation>saves a chart as PNG, SVG or PDF with title, units and source line</translation>
    </message>
    <message>
        <location filename="../../app/Commands.cpp" line="66" />
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
        <location filename="../../model/io/ModelErrorText.cpp" line="134" />
        <source>ukjent format «%1», forventet «gevinstmodell-scenario/1» eller «/2»</source>
        <translation>unknown format “%1”, expected “gevinstmodell-scenario/1” or “/2”</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="135" />
        <source>mangler (må fylles ut)</source>
        <translation>missing (required)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="27" />
        <source>null (tom)</source>
        <translation>null (empty)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="28" />
        <location filename="../../model/io/ModelErrorText.cpp" line="41" />
        <source>et objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="29" />
        <source>et JSON-objekt</source>
        <translation>a JSON object</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="30" />
        <source>et objekt {kind}</source>
        <translation>an object {kind}</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="31" />
        <source>et objekt {low, mode, high}</source>
        <translation>an object {low, mode, high}</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="33" />
        <source>et objekt {professional, matching}</source>
        <translation>an object {professional, matching}</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="34" />
        <source>en liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="35" />
        <source>en liste med kategorier</source>
        <translation>a list of categories</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="36" />
        <location filename="../../model/io/ModelErrorText.cpp" line="42" />
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="37" />
        <source>en id</source>
        <translation>an id</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="38" />
        <source>sann/usann</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="39" />
        <source>true eller false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="40" />
        <source>et tall</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="44" />
        <source>tekst uten kontrolltegn (linjeskift, tabulatorer)</source>
        <translation>text without control characters (line breaks, tabs)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="46" />
        <source>nøkler som er feltstier uten kontrolltegn</source>
        <translation>keys that are field paths without control characters</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="48" />
        <source>tekst som «67-79» eller «80+»</source>
        <translation>text such as “67-79” or “80+”</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="50" />
        <source>«hjemmetjenester» eller «institusjon»</source>
        <translation>“hjemmetjenester” or “institusjon”</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="66" />
        <source>må være %1, ikke %2</source>
        <translation>must be %1, not %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="69" />
        <source>må være %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="70" />
        <source>har feil type</source>
        <translation>has the wrong type</translation>
    </message>
    <message numerus="yes">
        <location filename="../../model/io/ModelErrorText.cpp" line="96" />
        <source>og %n feil til som ikke vises</source>
        <translation><numerusform>and %n more problem not shown</numerusform><numerusform>and %n more problems not shown</numerusform></translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="98" />
        <source>dokumentet er nestet dypere enn %1 nivåer</source>
        <translation>the document is nested deeper than %1 levels</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="100" />
        <source>har en nøkkel som er lengre enn %1 byte</source>
        <translation>has a key longer than %1 bytes</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="102" />
        <source>er %1; perioden kan være høyst %2 år</source>
        <translation>is %1; the period can be at most %2 years</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="104" />
        <source>er for lang eller har for mange elementer</source>
        <translation>is too long or has too many entries</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="106" />
        <source>filen er %1 byte, høyst %2 er tillatt</source>
        <translation>the file is %1 bytes, at most %2 allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="108" />
        <source>er %1 byte lang, høyst %2 er tillatt</source>
        <translation>is %1 bytes long, at most %2 allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="110" />
        <source>har %1 tiltak, høyst %2 er tillatt</source>
        <translation>has %1 measures, at most %2 allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="112" />
        <source>har %1 trinn, høyst %2 er tillatt</source>
        <translation>has %1 tranches, at most %2 allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="114" />
        <source>har %1 år, høyst %2 er tillatt</source>
        <translation>has %1 years, at most %2 allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="115" />
        <source>har %1 oppføringer, høyst %2 er tillatt</source>
        <translation>has %1 entries, at most %2 allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="124" />
        <source>er ikke gyldig JSON (feil ved linje %1, kolonne %2)</source>
        <translation>is not valid JSON (error at line %1, column %2)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="125" />
        <source>er ikke gyldig JSON</source>
        <translation>is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="137" />
        <source>ukjent verdi «%1»</source>
        <translation>unknown value “%1”</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="138" />
        <source>må være et endelig tall</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="139" />
        <source>er %1, for stort (høyst %2)</source>
        <translation>is %1, too large (at most %2)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="140" />
        <source>er %1, kan ikke være negativt</source>
        <translation>is %1, must not be negative</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="141" />
        <source>er %1, må være større enn 0</source>
        <translation>is %1, must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="144" />
        <source>er %1, må være mellom 0 og 1 (0–100 %)</source>
        <translation>is %1, must be between 0 and 1 (0–100 %)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="146" />
        <source>er %1, må være større enn 0 og høyst 1 (100 %)</source>
        <translation>is %1, must be greater than 0 and at most 1 (100 %)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="148" />
        <source>er %1, må være større enn −1 og høyst 1</source>
        <translation>is %1, must be greater than −1 and at most 1</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="150" />
        <source>er %1, må være et år fra %2 til %3</source>
        <translation>is %1, must be a year from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="152" />
        <source>er %1, utenfor gyldig område</source>
        <translation>is %1, outside the valid range</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="164" />
        <source>er %1, så ekstremt at beregningen ikke blir endelig (tallene blir for store); dette er den mest ekstreme inndataen</source>
        <translation>is %1, so extreme that the calculation does not stay finite (the figures grow too large); this is the most extreme input</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="169" />
        <source>ugyldig usikkerhetsintervall: «%1» er ikke et tallfelt i dette scenarioet</source>
        <translation>invalid uncertainty range: “%1” is not a numeric field of this scenario</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="170" />
        <source>ugyldig usikkerhetsintervall: må ha lav ≤ modus ≤ høy</source>
        <translation>invalid uncertainty range: must have low ≤ mode ≤ high</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="177" />
        <location filename="../../model/io/ModelErrorText.cpp" line="225" />
        <source>aldersgruppene «%1» og «%2» overlapper</source>
        <translation>the age bands “%1” and “%2” overlap</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="178" />
        <source>aldersgruppene overlapper</source>
        <translation>the age bands overlap</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="154" />
        <source>er %1, må være et heltall</source>
        <translation>is %1, must be a whole number</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="155" />
        <source>summerer til %1 %, må være 100 %</source>
        <translation>sums to %1 %, must be 100 %</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="156" />
        <source>andelene summerer til %1 %, kan høyst være 100 %</source>
        <translation>the shares sum to %1 %, at most 100 % allowed</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="157" />
        <source>et tiltak kan ikke gi oppgaver til sin egen yrkesgruppe (%1)</source>
        <translation>a measure cannot give tasks to its own role (%1)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="158" />
        <source>er %1, før startåret %2</source>
        <translation>is %1, before the start year %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="159" />
        <source>er %1, utenfor perioden %2</source>
        <translation>is %1, outside the period %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="161" />
        <source>ingen tjenestemottakere i startåret %1 (alle tjenesterater eller folketall er 0)</source>
        <translation>no service recipients in the start year %1 (all service rates or populations are 0)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="172" />
        <source>«%1» er ikke en gyldig id (små bokstaver a–z, tall og _, begynner med en bokstav, høyst 40 tegn)</source>
        <translation>“%1” is not a valid id (lower-case letters a–z, digits and _, starting with a letter, at most 40 characters)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="174" />
        <source>«%1» er ikke en aldersgruppe (skrives «N-M» eller «N+», 0–120 år)</source>
        <translation>“%1” is not an age band (written “N-M” or “N+”, 0–120 years)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="179" />
        <source>«%1» er oppgitt to ganger</source>
        <translation>“%1” is given twice</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="180" />
        <source>mottakeren «%1» er av typen rolle, men er ingen rolle i ordlisten</source>
        <translation>the receiver “%1” is of kind role but is no role of the vocabulary</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="181" />
        <source>format 1 kan bare bruke standardordlisten</source>
        <translation>format 1 can only use the standard vocabulary</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="190" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="198" />
        <source>ingenting å legge sammen: velg minst ett bydelsscenario</source>
        <translation>nothing to roll up: choose at least one city-district scenario</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="200" />
        <source>årene er ikke de samme som i den første delen (%1); alle deler må ha samme periode</source>
        <translation>the years differ from the first part (%1); all parts must share the period</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="202" />
        <source>diskonteringsrenten er ikke den samme som i den første delen (%1); alle deler må ha samme rente</source>
        <translation>the discount rate differs from the first part (%1); all parts must share the rate</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="204" />
        <source>enheten %1 er med mer enn én gang og ville blitt telt dobbelt</source>
        <translation>unit %1 is included more than once and would be counted twice</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="205" />
        <source>enheten %1 er ingen bydel; bare bydeler kan legges sammen til en kommune</source>
        <translation>unit %1 is not a city district; only city districts roll up into a municipality</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="206" />
        <source>bydelen hører til en annen kommune (%1)</source>
        <translation>the city district belongs to another municipality (%1)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="208" />
        <source>summen av %1 blir for stor til å være et tall; delenes inndata er for ekstreme til å legges sammen (sjekk bemanning og kostnader)</source>
        <translation>the sum of %1 is too large to be a number; the parts’ inputs are too extreme to add up (check their staff and costs)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="221" />
        <source>aldersgruppen «%1» kan ikke leses (skriv «N-M» eller «N+» i hele år, 0–120, for eksempel 0-19,20-66,67-79,80+)</source>
        <translation>the age band “%1” cannot be read (write “N-M” or “N+” in whole years, 0–120, for example 0-19,20-66,67-79,80+)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="226" />
        <source>ingen aldersgrupper oppgitt (skriv for eksempel 0-19,20-66,67-79,80+)</source>
        <translation>no age bands given (write, for example, 0-19,20-66,67-79,80+)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="227" />
        <source>datafilen %1 kan ikke leses</source>
        <translation>the data file %1 cannot be read</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="230" />
        <source>datafilen %1 har en linje som ikke kan leses (linje %2)</source>
        <translation>the data file %1 has a line that cannot be read (line %2)</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="231" />
        <source>datafilen %1 er tom eller kan ikke leses</source>
        <translation>the data file %1 is empty or cannot be read</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="232" />
        <source>datafilen %1 mangler tall for noen aldre</source>
        <translation>the data file %1 lacks figures for some ages</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="234" />
        <source>det finnes ingen registrert befolkning etter ettårig alder for enheten «%1»</source>
        <translation>there is no registered population by single age for the unit “%1”</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="235" />
        <source>året ligger utenfor framskrivingens periode</source>
        <translation>the year is outside the projection’s period</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="237" />
        <source>befolkningsframskrivingen kan ikke lages</source>
        <translation>the population projection cannot be made</translation>
    </message>
    <message>
        <location filename="../../model/io/ModelErrorText.cpp" line="244" />
        <source>del %1: %2</source>
        <translation>part %1: %2</translation>
    </message>
</context>
<context>
    <name>gevinst::io::NumberText</name>
    <message>
        <location filename="../../model/io/NumberText.cpp" line="44" />
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../model/io/NumberText.cpp" line="67" />
        <source>%1 kr</source>
        <extracomment>An amount in Norwegian kroner; %1 is the number with its group separators.</extracomment>
        <translation>%1 NOK</translation>
    </message>
    <message>
        <location filename="../../model/io/NumberText.cpp" line="75" />
        <source>%1 mill. kr</source>
        <extracomment>Millions of Norwegian kroner; %1 is the number of millions.</extracomment>
        <translation>NOK %1 million</translation>
    </message>
    <message>
        <location filename="../../model/io/NumberText.cpp" line="90" />
        <source>%1 årsverk</source>
        <extracomment>Full-time equivalents.</extracomment>
        <translation>%1 FTE</translation>
    </message>
</context>
<context>
    <name>gevinst::io::OverviewWriter</name>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="19" />
        <source>Bemanningsgap (årsverk)</source>
        <translation>Staffing gap (FTE)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="20" />
        <source>Gap per 1 000 innbyggere 67+</source>
        <translation>Gap per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="21" />
        <source>Andel av gapet lukket</source>
        <translation>Share of the gap closed</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="22" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="23" />
        <source>Nåverdi budsjetteffekt (kr)</source>
        <translation>Present value budget effect (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="24" />
        <source>Netto kostnad per frigjort årsverk (kr)</source>
        <translation>Net cost per freed FTE (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="25" />
        <source>Nåverdi kommunen, helse og omsorg (kr)</source>
        <translation>Present value municipality, health and care (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="26" />
        <source>Nåverdi kommunen, sosialhjelp (kr)</source>
        <translation>Present value municipality, social assistance (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="27" />
        <source>Nåverdi kommunen, skatt (kr)</source>
        <translation>Present value municipality, tax (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="28" />
        <source>Nåverdi staten, NAV (kr)</source>
        <translation>Present value state, NAV (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="29" />
        <source>Nåverdi staten, skatt (kr)</source>
        <translation>Present value state, tax (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="30" />
        <source>Nåverdi arbeidstakerne (kr)</source>
        <translation>Present value employees (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="31" />
        <source>Nåverdi offentlig sektor netto (kr)</source>
        <translation>Present value public sector net (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="32" />
        <source>Nåverdi samfunnet netto (kr)</source>
        <translation>Present value society net (NOK)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="83" />
        <source>%1 av %2 enheter med skjermede tall (med i summen med reservetallene), %3 uten tall (utelatt)</source>
        <translation>%1 of %2 units with suppressed figures (included in the total with fallback figures), %3 without figures (left out)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="187" />
        <location filename="../../model/OverviewWriter.cpp" line="263" />
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="187" />
        <location filename="../../model/OverviewWriter.cpp" line="263" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="187" />
        <location filename="../../model/OverviewWriter.cpp" line="263" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="187" />
        <location filename="../../model/OverviewWriter.cpp" line="263" />
        <source>Fylke-id</source>
        <translation>County id</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="187" />
        <location filename="../../model/OverviewWriter.cpp" line="263" />
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="187" />
        <location filename="../../model/OverviewWriter.cpp" line="263" />
        <source>Innbyggere</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="187" />
        <location filename="../../model/OverviewWriter.cpp" line="263" />
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="194" />
        <location filename="../../model/OverviewWriter.cpp" line="270" />
        <source>Mangler tall</source>
        <translation>Missing figures</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="194" />
        <location filename="../../model/OverviewWriter.cpp" line="270" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="198" />
        <source>Kommunebildet %1, tiltakspakke: %2, horisont %3–%4%5</source>
        <translation>Municipality overview %1, package of measures: %2, horizon %3–%4%5</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="203" />
        <source>, %1 trekk per enhet (frø %2)</source>
        <translation>, %1 draws per unit (seed %2)</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="252" />
        <source>Kommunebildet</source>
        <translation>Municipality overview</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="253" />
        <source>Kommunebildet %1 – tiltakspakke: %2, horisont %3–%4</source>
        <translation>Municipality overview %1 – package of measures: %2, horizon %3–%4</translation>
    </message>
    <message>
        <location filename="../../model/OverviewWriter.cpp" line="261" />
        <source>%1 trekk per enhet (frø %2); P10–P90 i egne kolonner</source>
        <translation>%1 draws per unit (seed %2); P10–P90 in separate columns</translation>
    </message>
</context>
<context>
    <name>gevinst::io::SourceLine</name>
    <message>
        <location filename="../../model/io/SourceLine.cpp" line="14" />
        <source>Kilde: Gevinstmodell, scenario %1, versjon %2, %3</source>
        <translation>Source: Gevinstmodell, scenario %1, version %2, %3</translation>
    </message>
    <message>
        <location filename="../../model/io/SourceLine.cpp" line="17" />
        <source>Kilde: Gevinstmodell, scenario %1, fil %2, %3</source>
        <translation>Source: Gevinstmodell, scenario %1, file %2, %3</translation>
    </message>
    <message>
        <location filename="../../model/io/SourceLine.cpp" line="19" />
        <source>Kilde: Gevinstmodell, scenario %1, %2</source>
        <translation>Source: Gevinstmodell, scenario %1, %2</translation>
    </message>
</context>
<context>
    <name>gevinst::io::XlsxExporter</name>
    <message>
        <location filename="../../model/io/XlsxSheet.cpp" line="142" />
        <source>Side &amp;P av &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="66" />
        <location filename="../../model/io/XlsxExporter.cpp" line="79" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="68" />
        <location filename="../../model/io/XlsxExporter.cpp" line="320" />
        <source>Gevinstmodell – %1</source>
        <translation>Gevinstmodell – %1</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="70" />
        <source>%1 (%2 %3), %4–%5</source>
        <translation>%1 (%2 %3), %4–%5</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="80" />
        <location filename="../../model/io/XlsxExporter.cpp" line="195" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="81" />
        <location filename="../../model/io/XlsxExporter.cpp" line="195" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="83" />
        <location filename="../../model/io/XlsxExporter.cpp" line="85" />
        <source>Per 1 000 innbyggere 67+</source>
        <translation>Per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="84" />
        <location filename="../../model/io/XlsxExporter.cpp" line="85" />
        <source>Per årsverk i startåret</source>
        <translation>Per FTE in the start year</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="106" />
        <source>%1 før tiltakene</source>
        <translation>%1 before the measures</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="111" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="121" />
        <source>Grunnlag for per innbygger og per årsverk: %1 innbyggere 67 år og eldre og %2 årsverk i startåret.</source>
        <translation>Basis for per inhabitant and per FTE: %1 inhabitants aged 67 and over and %2 FTE in the start year.</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="135" />
        <source>Per år</source>
        <translation>Per year</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="159" />
        <source>Fordeling</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="160" />
        <source>Aktør / linje</source>
        <translation>Actor / line</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="161" />
        <source>Gevinsttype (DFØ)</source>
        <translation>Benefit type (DFØ)</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="164" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="180" />
        <source>Kroner i faste priser. Kommunen (helse og omsorg + sosialhjelp) er lik budsjetteffekten. Frigjort tid til annen bruk er en gevinst, ikke kontanter, og er ikke lagt inn i summene.</source>
        <translation>NOK in fixed prices. The municipality (health and care + social assistance) equals the budget effect. Freed time for other use is a benefit, not cash, and is not included in the totals.</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="193" />
        <source>Forutsetninger</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="195" />
        <source>Forutsetning</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="195" />
        <source>Felt i scenariofilen</source>
        <translation>Field in the scenario file</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxExporter.cpp" line="195" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxSheet.cpp" line="47" />
        <source>kan ikke opprette arbeidsboken %1</source>
        <translation>cannot create the workbook %1</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxSheet.cpp" line="79" />
        <source>kan ikke skrive %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../model/io/XlsxSheet.cpp" line="89" />
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
    <name>gevinst::plan::PlanError</name>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="37" />
        <source>ukjent kolonne «%1» i overskriften; ventet gevinst;periode;verdi;kilde;kommentar</source>
        <translation>unknown column "%1" in the header; expected gevinst;periode;verdi;kilde;kommentar</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="41" />
        <source>kolonnen «%1» står to ganger i overskriften</source>
        <translation>column "%1" appears twice in the header</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="46" />
        <source>overskriften har ingen kolonne «%1»; ventet gevinst;periode;verdi;kilde;kommentar</source>
        <translation>the header has no column "%1"; expected gevinst;periode;verdi;kilde;kommentar</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="65" />
        <source>gevinstnøkkelen er tom</source>
        <translation>the benefit key is empty</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="69" />
        <source>«%1» er ikke en periode; skriv et år (2026) eller et tertial (2026-T1)</source>
        <translation>"%1" is not a period; write a year (2026) or a tertial (2026-T1)</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="75" />
        <source>verdien er tom</source>
        <translation>the value is empty</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="76" />
        <source>«%1» er ikke et tall (desimalkomma eller -punktum, uten enhet)</source>
        <translation>"%1" is not a number (decimal comma or point, no unit)</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="119" />
        <source>filen er tom; ventet overskriften gevinst;periode;verdi;kilde;kommentar</source>
        <translation>the file is empty; expected the header gevinst;periode;verdi;kilde;kommentar</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="140" />
        <source>filen har en overskrift, men ingen rader</source>
        <translation>the file has a header but no rows</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="344" />
        <location filename="../../model/plan/ActualsFile.cpp" line="367" />
        <location filename="../../model/plan/ActualsFile.cpp" line="431" />
        <source>filen er større enn 16 MB</source>
        <translation>the file is larger than 16 MB</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="348" />
        <source>filen er ikke UTF-8-tekst (lagre den som CSV UTF-8)</source>
        <translation>the file is not UTF-8 text (save it as CSV UTF-8)</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="370" />
        <source>ikke en XLSX-arbeidsbok (den kan ikke åpnes som en zip-pakke)</source>
        <translation>not an XLSX workbook (it cannot be opened as a zip package)</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="374" />
        <source>arbeidsboken har ikke et første ark som kan leses (%1)</source>
        <translation>the workbook has no readable first sheet (%1)</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="421" />
        <source>det første arket er ikke lesbar XML: %1</source>
        <translation>the first sheet is not readable XML: %1</translation>
    </message>
    <message>
        <location filename="../../model/plan/ActualsFile.cpp" line="429" />
        <source>kan ikke lese %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../model/plan/FigureCatalogue.cpp" line="95" />
        <source>en egen indikator skrives custom:&lt;nøkkel&gt;, med en nøkkel på 1–40 tegn av a-z, 0-9, '_' og '-' som begynner med en bokstav eller et siffer, ikke «%1»</source>
        <translation>a custom indicator is custom:&lt;key&gt;, the key 1–40 of a-z, 0-9, '_' and '-', starting with a letter or digit, not "%1"</translation>
    </message>
    <message>
        <location filename="../../model/plan/FigureCatalogue.cpp" line="107" />
        <source>utilisation.&lt;rolle&gt; trenger en rolle-id</source>
        <translation>utilisation.&lt;role&gt; needs a role id</translation>
    </message>
    <message>
        <location filename="../../model/plan/FigureCatalogue.cpp" line="110" />
        <source>scenarioet har ingen utnyttelsesgrad for rollen «%1» (bare roller med kompetanseoppgaver har det)</source>
        <translation>the scenario has no utilisation for role "%1" (roles with a matching set only)</translation>
    </message>
    <message>
        <location filename="../../model/plan/FigureCatalogue.cpp" line="118" />
        <source>ukjent tall «%1»: bruk id-en til en resultatserie (freed_fte, budget_effect_nok, ledger.kommune_sosial, …), utilisation.&lt;rolle&gt; eller custom:&lt;nøkkel&gt;</source>
        <translation>unknown figure "%1": use a result series id (freed_fte, budget_effect_nok, ledger.kommune_sosial, …), utilisation.&lt;role&gt; or custom:&lt;key&gt;</translation>
    </message>
    <message>
        <location filename="../../model/plan/FigureCatalogue.cpp" line="121" />
        <source>den vedtatte versjonen har ingen verdier for «%1»</source>
        <translation>the approved version has no values for "%1"</translation>
    </message>
</context>
<context>
    <name>gevinst::plan::PlanStatusCalculator</name>
    <message>
        <location filename="../../model/plan/PlanStatusCalculator.cpp" line="25" />
        <source>Grønn</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanStatusCalculator.cpp" line="26" />
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanStatusCalculator.cpp" line="27" />
        <source>Rød</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>gevinst::plan::PlanTypes</name>
    <message>
        <location filename="../../model/plan/PlanTypes.cpp" line="50" />
        <source>Budsjetteffekt i egen virksomhet</source>
        <translation>Budget effect in own organisation</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanTypes.cpp" line="51" />
        <source>Annen bruk av frigjort tid</source>
        <translation>Other use of freed time</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanTypes.cpp" line="52" />
        <source>Prissatt effekt annet sted i offentlig sektor</source>
        <translation>Priced effect elsewhere in the public sector</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanTypes.cpp" line="53" />
        <source>Ikke prissatt</source>
        <translation>Not priced</translation>
    </message>
</context>
<context>
    <name>gevinst::plan::PlanXlsxExporter</name>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="66" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="67" />
        <source>Gevinstrealiseringsplan – %1 (%2)</source>
        <translation>Benefits realisation plan – %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="68" />
        <source>Vedtatt versjon %1, %2 av %3. %4</source>
        <translation>Approved version %1, %2 by %3. %4</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="75" />
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="123" />
        <source>Nøkkel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="75" />
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="123" />
        <source>Gevinst</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="75" />
        <source>Måltall</source>
        <translation>Target figure</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="75" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="75" />
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="123" />
        <source>Gevinsteier</source>
        <translation>Benefit owner</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="76" />
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="76" />
        <source>Klasse (DFØ)</source>
        <translation>Class (DFØ)</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="76" />
        <source>Nullpunkt</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="76" />
        <source>Nullpunkt dato</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="76" />
        <source>Nullpunkt kilde</source>
        <translation>Baseline source</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="77" />
        <source>Måles slik</source>
        <translation>Measured how</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="77" />
        <source>Måles av</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="77" />
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="80" />
        <source>Mål %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="118" />
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="124" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="119" />
        <source>Planlagt, faktisk og avvik per periode; prognose fra versjon %1</source>
        <translation>Planned, actual and deviation per period; forecast from version %1</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="120" />
        <source>Status: grønn når realisert andel hittil ≥ %1, gul ≥ %2, ellers rød.</source>
        <translation>Status: green when the share realised so far ≥ %1, yellow ≥ %2, otherwise red.</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="123" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="123" />
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="123" />
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="123" />
        <source>Avvik</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="124" />
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="126" />
        <source>Realisert andel hittil</source>
        <translation>Share realised so far</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="124" />
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="124" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="124" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="157" />
        <source>Vedtak</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="158" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="158" />
        <source>Vedtatt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="158" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="158" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="158" />
        <source>Grønn fra</source>
        <translation>Green from</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="158" />
        <source>Gul fra</source>
        <translation>Yellow from</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="158" />
        <source>Erstattet</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../model/plan/PlanXlsxExporter.cpp" line="185" />
        <source>Gevinstrealiseringsplan – %1</source>
        <translation>Benefits realisation plan – %1</translation>
    </message>
</context>
<context>
    <name>gevinst::store::LibraryErrorText</name>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="13" />
        <source>biblioteket</source>
        <translation>the library</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="16" />
        <source> (linje %1, felt «%2»)</source>
        <translation> (line %1, field “%2”)</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="18" />
        <source> (linje %1)</source>
        <translation> (line %1)</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="20" />
        <source> (felt «%1»)</source>
        <translation> (field “%1”)</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="24" />
        <source>Databasen %1 er ikke et Gevinstmodell-bibliotek ennå. Klargjør den med «gevinst db init --db %1».</source>
        <translation>The database %1 is not a Gevinstmodell library yet. Prepare it with “gevinst db init --db %1”.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="25" />
        <source>Fant ikke scenarioet eller versjonen i biblioteket%1.</source>
        <translation>The scenario or version was not found in the library%1.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="26" />
        <source>%1 har en feil%2 og ble ikke lagret.</source>
        <translation>%1 has an error%2 and was not saved.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="29" />
        <source>Databasen %1 har andre tabeller, men er ikke et Gevinstmodell-bibliotek. Den er ikke endret; bruk en tom database.</source>
        <translation>The database %1 has other tables but is not a Gevinstmodell library. It was not changed; use an empty database.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="31" />
        <source>%1 er ikke et scenariobibliotek (SQLite-fil).</source>
        <translation>%1 is not a scenario library (SQLite file).</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="33" />
        <source>%1 er skadet. Filen er ikke endret; bruk en sikkerhetskopi eller et nytt bibliotek.</source>
        <translation>%1 is damaged. The file is unchanged; use a backup or a new library.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="35" />
        <source>%1 er laget av en nyere versjon av Gevinstmodell. Filen er ikke endret; oppdater programmet.</source>
        <translation>%1 was made by a newer version of Gevinstmodell. The file is unchanged; update the program.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="38" />
        <source>Ingen skrivetilgang: databasebrukeren din kan lese biblioteket %1, men ikke endre det. Ingenting ble endret; be administratoren om en redaktørrolle, eller eksporter scenarioet til en fil.</source>
        <translation>No write access: your database user may read the library %1 but not change it. Nothing was changed; ask the administrator for an editor role, or export the scenario to a file.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="41" />
        <source>%1 kan ikke skrives til (filen eller mappen er skrivebeskyttet).</source>
        <translation>%1 cannot be written to (the file or folder is read-only).</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="44" />
        <source>En annen bruker endret det samme i %1 samtidig. Ingenting ble endret; prøv igjen.</source>
        <translation>Another user changed the same thing in %1 at the same time. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="45" />
        <source>Et annet program holder %1 låst. Lukk det og prøv igjen.</source>
        <translation>Another program holds %1 locked. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="47" />
        <source>Får ikke kontakt med biblioteket %1 (tjeneren svarer ikke, databasen finnes ikke, eller adressen er feil). Ingenting ble endret.</source>
        <translation>Cannot reach the library %1 (the server does not answer, the database does not exist, or the address is wrong). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="51" />
        <source>Tjeneren for %1 godtok ikke innloggingen: passordet mangler eller er feil. Oppgi passordet (eller sett PGPASSWORD eller ~/.pgpass).</source>
        <translation>The server of %1 did not accept the login: the password is missing or wrong. Give the password (or set PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="54" />
        <source>%1 kan ikke leses, eller mappen kan ikke lages.</source>
        <translation>%1 cannot be read, or the folder cannot be created.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="55" />
        <source>Biblioteket svarte med en feil%1. Prøv igjen; vedvarer feilen, start programmet på nytt.</source>
        <translation>The library answered with an error%1. Try again; if the error persists, restart the program.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="58" />
        <source>Biblioteket %1 har allerede scenarioer. Kopier til en ny fil eller en tom database; ingenting ble kopiert.</source>
        <translation>The library %1 already has scenarios. Copy to a new file or an empty database; nothing was copied.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="61" />
        <source>Scenarioet har en vedtatt gevinstrealiseringsplan og kan ikke legges i papirkurven eller slettes.</source>
        <translation>The scenario has an approved benefits realisation plan and cannot be moved to the wastebasket or deleted.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="62" />
        <source>Noen andre har lagret en nyere versjon av scenarioet i mellomtiden; ingenting ble lagret.</source>
        <translation>Someone else has saved a newer version of the scenario in the meantime; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryErrorText.cpp" line="64" />
        <source>Ukjent feil i biblioteket.</source>
        <translation>Unknown error in the library.</translation>
    </message>
</context>
<context>
    <name>gevinst::store::StoreError</name>
    <message>
        <location filename="../../model/store/LibraryCopy.cpp" line="90" />
        <source>et bibliotek kan ikke kopieres inn i seg selv</source>
        <translation>a library cannot be copied into itself</translation>
    </message>
    <message>
        <location filename="../../model/store/LibraryCopy.cpp" line="177" />
        <source>--from og --to er det samme biblioteket</source>
        <translation>--from and --to name the same library</translation>
    </message>
    <message>
        <location filename="../../model/store/LibrarySchema.cpp" line="165" />
        <source>kan ikke skrive sikkerhetskopien %1 før biblioteket oppgraderes (%2); ingenting ble endret</source>
        <translation>cannot write the backup %1 before upgrading the library (%2); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../model/store/LibrarySchema.cpp" line="225" />
        <source>databasen har ikke noe Gevinstmodell-bibliotek ennå; klargjør den med gevinst db init --db URI</source>
        <translation>the database holds no Gevinstmodell library yet; prepare it with gevinst db init --db URI</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="90" />
        <source>tersklene må oppfylle 0 &lt; gul ≤ grønn (andeler, for eksempel grønn 0.9 og gul 0.7), ikke grønn %1 og gul %2</source>
        <translation>thresholds must satisfy 0 &lt; yellow ≤ green (shares, e.g. green 0.9 and yellow 0.7), not green %1 and yellow %2</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="110" />
        <source>hver gevinst må ha en gevinsteier: et navn</source>
        <translation>every benefit needs an owner (gevinsteier): a name</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="112" />
        <source>nullpunktdatoen må skrives ÅÅÅÅ-MM-DD, ikke «%1»</source>
        <translation>the baseline date must be YYYY-MM-DD, not "%1"</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="115" />
        <source>nullpunktet må være et tall</source>
        <translation>the baseline value must be a number</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="118" />
        <source>et mål skrives ÅR=VERDI med et firesifret år og et tall (år %1)</source>
        <translation>a target is YEAR=VALUE with a four-digit year and a number (year %1)</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="188" />
        <source>scenario %1 ligger i papirkurven; gjenopprett det før du vedtar en versjon</source>
        <translation>scenario %1 is in the trash; restore it before approving a version</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="193" />
        <source>scenario %1 har ingen versjon %2 (versjoner 1–%3)</source>
        <translation>scenario %1 has no version %2 (versions 1–%3)</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="246" />
        <location filename="../../model/store/PlanLibrary.cpp" line="411" />
        <source>scenario %1 har ingen vedtatt plan</source>
        <translation>scenario %1 has no approved plan</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="320" />
        <source>scenario %1 har ingen vedtatt plan; vedta en versjon først (gevinst plan approve)</source>
        <translation>scenario %1 has no approved plan; approve a version first (gevinst plan approve)</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="345" />
        <source>en egen indikator må ha et navn</source>
        <translation>a custom indicator needs a name</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="347" />
        <source>en egen indikator må ha mål per år (ÅR=VERDI,…)</source>
        <translation>a custom indicator needs its targets by year (YEAR=VALUE,…)</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="354" />
        <source>målene for et modelltall er den vedtatte versjonens beregnede verdier; oppgi mål bare for egne indikatorer (custom:&lt;nøkkel&gt;)</source>
        <translation>the targets of a model figure are the approved version's computed values; give targets only for custom indicators (custom:&lt;key&gt;)</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="309" />
        <location filename="../../model/store/PlanLibrary.cpp" line="422" />
        <source>scenario %1 har ingen gevinst «%2»</source>
        <translation>scenario %1 has no benefit "%2"</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="425" />
        <source>tallet en gevinst måles med, kan ikke endres (legg til en ny gevinst i stedet)</source>
        <translation>a benefit's figure cannot change (add a new benefit instead)</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="429" />
        <source>målene for et modelltall ligger fast fra vedtaket</source>
        <translation>the targets of a model figure are fixed at approval</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="431" />
        <source>en egen indikator må ha mål per år</source>
        <translation>a custom indicator needs its targets by year</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="483" />
        <source>scenario %1 har ingen vedtatt plan; vedta en versjon og legg til gevinster først</source>
        <translation>scenario %1 has no approved plan; approve a version and add benefits first</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="496" />
        <source>linje %1: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="501" />
        <source>%1ingen gevinst «%2» i planen (gevinster: %3); ingenting ble lagret</source>
        <translation>%1no benefit "%2" in the plan (benefits: %3); nothing was stored</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="502" />
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="506" />
        <source>%1verdien er ikke et tall; ingenting ble lagret</source>
        <translation>%1the value is not a number; nothing was stored</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="509" />
        <source>%1%2 %3 er oppgitt to ganger (også på linje %4); ingenting ble lagret</source>
        <translation>%1%2 %3 is given twice (also on line %4); nothing was stored</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="556" />
        <source>ingen faktisk verdi for «%1» i %2</source>
        <translation>no actual of "%1" for %2</translation>
    </message>
    <message>
        <location filename="../../model/store/PlanLibrary.cpp" line="573" />
        <source>scenario %1 har ingen vedtatt plan (gevinst plan approve --id %1)</source>
        <translation>scenario %1 has no approved plan (gevinst plan approve --id %1)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="107" />
        <source>scenariodokumentet er større enn 16 MB</source>
        <translation>the scenario document is larger than 16 MB</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="114" />
        <source>ugyldig scenario (%1): %2</source>
        <translation>invalid scenario (%1): %2</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="328" />
        <source>er en mappe, ikke en bibliotekfil</source>
        <translation>is a folder, not a library file</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="331" />
        <source>er ikke en vanlig fil (en enhet eller et navngitt rør), ikke en bibliotekfil; den er ikke endret</source>
        <translation>is not a regular file (a device or a named pipe), not a library file; it was left as it is</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="344" />
        <source>kan ikke lese bibliotekfilen: %1</source>
        <translation>cannot read the library file: %1</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="442" />
        <source>ingen bibliotekfil her</source>
        <translation>no library file here</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="447" />
        <source>kan ikke lage mappen %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="474" />
        <source>kan ikke flytte det nye biblioteket på plass</source>
        <translation>cannot move the new library into place</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="525" />
        <source>fant ikke de leverte dataene (%1); så i: %2 (sett GEVINST_DATA_DIR)</source>
        <translation>the shipped data (%1) was not found; looked in: %2 (set GEVINST_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="644" />
        <source>ingen enhet med id «%1»</source>
        <translation>no unit with id "%1"</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="656" />
        <source>ingen folketall for enheten «%1» i %2</source>
        <translation>no population figures for unit "%1" in %2</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="680" />
        <source>enheten %1 finnes ikke i biblioteket (grensene fra 2024); ingenting ble importert</source>
        <translation>unit %1 is not in the library (2024 borders); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="716" />
        <location filename="../../model/store/ScenarioLibrary.cpp" line="815" />
        <source>ingen scenario med id %1</source>
        <translation>no scenario with id %1</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="737" />
        <source>scenario %1 har ingen versjon %2</source>
        <translation>scenario %1 has no version %2</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="751" />
        <source>versjon %1 av scenario %2 kan ikke leses som et gyldig scenario (%3 feil; den første: %4)</source>
        <translation>version %1 of scenario %2 does not read as a valid scenario (%3 problems; the first: %4)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="818" />
        <source>scenario %1 ligger i papirkurven; gjenopprett det før du lagrer</source>
        <translation>scenario %1 is in the trash; restore it before saving</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="831" />
        <source>en ukjent bruker</source>
        <translation>an unknown user</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="832" />
        <source>et ukjent tidspunkt</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="839" />
        <source>versjon %1 av scenario %2 ble lagret av %3 %4, etter versjon %5 som dette bygger på; ingenting ble lagret – åpne den nyeste versjonen og gjør endringen der</source>
        <translation>version %1 of scenario %2 was saved by %3 on %4, after version %5 that this was based on; nothing was saved – open the newest version and make the change there</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="883" />
        <source>et scenario må ha et navn</source>
        <translation>a scenario needs a name</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="935" />
        <source>scenario %1 har en vedtatt gevinstrealiseringsplan (versjon %2 er vedtatt); et scenario med vedtatt plan kan ikke legges i papirkurven eller slettes</source>
        <translation>scenario %1 has an approved benefits realisation plan (version %2 is approved); a scenario with an approved plan cannot be moved to the trash or deleted</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="960" />
        <source>ingen scenario med id %1 utenfor papirkurven</source>
        <translation>no scenario with id %1 outside the trash</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="965" />
        <source>ingen scenario med id %1 i papirkurven</source>
        <translation>no scenario with id %1 in the trash</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="971" />
        <source>ingen scenario med id %1 i papirkurven (bare scenarioer i papirkurven kan slettes)</source>
        <translation>no scenario with id %1 in the trash (only trashed scenarios can be deleted)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioLibrary.cpp" line="999" />
        <source>biblioteket har ingen framskriving fra SSB for %1 %2; hent den først (gevinst db fetch-ssb --unit %1)</source>
        <translation>the library has no SSB projection for %1 %2; fetch it first (gevinst db fetch-ssb --unit %1)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="31" />
        <source>årene må gå fra %1 til høyst %2, høyst %3 år, med sluttåret ikke før startåret</source>
        <translation>the years must run from %1 to at most %2, at most %3 years, with the end not before the start</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="37" />
        <source>et scenario er for en kommune eller en bydel</source>
        <translation>a scenario is for a kommune or a bydel</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="39" />
        <source>ingen ettårige folketall eller KOSTRA-tall for enheten (en kommune fra 2024 eller en av Oslos 15 bydeler)</source>
        <translation>no single-age population or KOSTRA figures for the unit (a kommune of 2024 or one of Oslo’s 15 bydeler)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="44" />
        <source>scenarioet som ble laget for enheten, er ugyldig (felt %1)</source>
        <translation>the scenario made for the unit does not validate (field %1)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="79" />
        <source>fant ikke de leverte dataene (resources/data/%1); så i: %2 (sett GEVINST_DATA_DIR)</source>
        <translation>the shipped data (resources/data/%1) was not found; looked in: %2 (set GEVINST_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="114" />
        <source>et scenario er for en kommune eller en bydel, ikke et fylke (%1 %2)</source>
        <translation>a scenario is for a kommune or a bydel, not a county (%1 %2)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="142" />
        <source>fant ingen tjenesteområder (resources/service-areas/*.json); så i: %1 (sett GEVINST_DATA_DIR)</source>
        <translation>no service areas (resources/service-areas/*.json) were found; looked in: %1 (set GEVINST_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="160" />
        <source>ingen tjenesteområde «%1» (det finnes: %2)</source>
        <translation>no service area "%1" (there are: %2)</translation>
    </message>
    <message>
        <location filename="../../model/store/ScenarioTemplate.cpp" line="193" />
        <source>malscenarioet er ugyldig: %1</source>
        <translation>the template scenario is invalid: %1</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="108" />
        <source>UTF-16 (little-endian, Excels «Unicode-tekst»)</source>
        <translation>UTF-16 (little-endian, Excel's "Unicode text")</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="271" />
        <source>mer enn %1 tall for enhet × år; én import kan ha høyst %1 (importer færre år eller regioner om gangen)</source>
        <translation>more than %1 unit × year figures; one import may hold at most %1 (import fewer years or regions at a time)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="278" />
        <source>et tall til for %1, %2, alder %3 (hver alder skal stå én gang)</source>
        <translation>a second figure for %1, %2, age %3</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="290" />
        <location filename="../../model/store/SsbImporter.cpp" line="651" />
        <source>fant ingen tall for noen kommune eller bydel i Oslo</source>
        <translation>no figures for any kommune or Oslo bydel were found</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="296" />
        <source>den høyeste alderen er %1; trenger ettårige aldre opp til 80 eller mer</source>
        <translation>the oldest age is %1; need single ages up to 80 or more</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="304" />
        <source>%1, %2: mangler tall for alder %3 (filen er ufullstendig)</source>
        <translation>%1, %2: no figure for age %3 (the file is partial)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="405" />
        <source>filen finnes ikke</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="407" />
        <source>ikke en vanlig fil (en mappe, en enhet eller et navngitt rør)</source>
        <translation>not a regular file (a folder, a device or a named pipe)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="410" />
        <source>filen er større enn %1 MB</source>
        <translation>file is larger than %1 MB</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="427" />
        <source>filen ser ut som %1, men kan ikke leses slik</source>
        <translation>the file looks like %1 but does not decode as such</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="437" />
        <source>ikke JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="441" />
        <source>ikke et JSON-stat2-datasett (class må være "dataset")</source>
        <translation>not a JSON-stat2 dataset (class must be "dataset")</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="446" />
        <source>"id" og "size" må være lister like lange</source>
        <translation>"id" and "size" must be arrays of the same length</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="468" />
        <source>trenger dimensjoner for region ("Region"), alder ("Alder") og tid ("Tid")</source>
        <translation>need dimensions for region ("Region"), age ("Alder") and time ("Tid")</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="483" />
        <source>må være et positivt heltall</source>
        <translation>must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="492" />
        <source>oppgir %1 kategorier for "%2", men %3 har bare %4</source>
        <translation>declares %1 categories for "%2", but %3 lists only %4</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="498" />
        <source>datasettet har %1 tall eller flere; én import kan ha høyst %2 (velg færre regioner, aldre eller år i statistikkbanken og importer dem etter tur)</source>
        <translation>the dataset holds %1 figures or more; one import may hold at most %2 (select fewer regions, ages or years in the statbank and import them in turn)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="507" />
        <source>posisjon utenfor 0…%1</source>
        <translation>position outside 0…%1</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="517" />
        <location filename="../../model/store/SsbImporter.cpp" line="542" />
        <location filename="../../model/store/SsbImporter.cpp" line="620" />
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="521" />
        <source>posisjon %1 har ingen kategori</source>
        <translation>position %1 has no category</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="526" />
        <source>har %1 kategorier; velg nøyaktig én (for eksempel én ContentsCode, begge kjønn samlet)</source>
        <translation>has %1 categories; select exactly one (e.g. one ContentsCode, both sexes together)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="540" />
        <source>har %1 verdier; størrelsene gir %2</source>
        <translation>has %1 values; the sizes give %2</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="579" />
        <source>«%1» er verken en ettårig alder eller et intervall innenfor en av aldersgruppene 0-19, 20-66, 67-79, 80+</source>
        <translation>"%1" is neither a single age nor a range inside one of the bands 0-19, 20-66, 67-79, 80+</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="588" />
        <source>ikke et år</source>
        <translation>not a year</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="599" />
        <source>blander ettårige aldre og aldersintervaller</source>
        <translation>mixes single ages and age ranges</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="618" />
        <source>%1, %2, %3: ikke et helt antall personer (%4)</source>
        <translation>%1, %2, %3: no whole number of persons (%4)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="641" />
        <source>aldersintervallene dekker ikke alle de fire aldersgruppene 0-19, 20-66, 67-79, 80+</source>
        <translation>the age ranges do not cover all four bands 0-19, 20-66, 67-79, 80+</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="663" />
        <source>filen ser ut som %1, men kan ikke leses slik; lagre den fra Excel som «CSV UTF-8» eller eksporter den på nytt fra statistikkbanken</source>
        <translation>the file looks like %1 but does not decode as such; save it from Excel as "CSV UTF-8" or export it again from the statbank</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="667" />
        <source>filen er tom</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="693" />
        <location filename="../../model/store/SsbImporter.cpp" line="732" />
        <location filename="../../model/store/SsbImporter.cpp" line="775" />
        <location filename="../../model/store/SsbImporter.cpp" line="847" />
        <source>et anførselstegn er ikke lukket</source>
        <translation>unterminated quote</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="702" />
        <source>ingen overskriftslinje "region";"age";"Persons YYYY"… i de første 20 linjene (eksporter tabellen fra statistikkbanken som semikolonseparert CSV; filen ble lest som %1)</source>
        <translation>no header line "region";"age";"Persons YYYY"… in the first 20 lines (export the table from the statbank as semicolon-separated CSV; the file was read as %1)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="712" />
        <source>ingen kolonne "age" i overskriften</source>
        <translation>no "age" column in the header</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="722" />
        <source>kolonnen er verken "age" eller et antall som slutter på et år; eksporter bare region, alder og år</source>
        <translation>column is neither "age" nor a count ending in a year; export only region, age and years</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="735" />
        <location filename="../../model/store/SsbImporter.cpp" line="777" />
        <location filename="../../model/store/SsbImporter.cpp" line="849" />
        <source>ventet %1 felt, fant %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="740" />
        <source>«%1» er ikke en alder som «0 years»</source>
        <translation>"%1" is not an age like "0 years"</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="747" />
        <source>«%1» er ikke et helt antall personer (0 til 100000000)</source>
        <translation>"%1" is not a whole number of persons (0 to 100000000)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="764" />
        <source>overskriften må være %1</source>
        <translation>header must be %1</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="787" />
        <source>«%1» er ikke et år</source>
        <translation>"%1" is not a year</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="794" />
        <location filename="../../model/store/SsbImporter.cpp" line="798" />
        <source>«%1» er ikke et heltall (0 til 100000000)</source>
        <translation>"%1" is not a whole number (0 to 100000000)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="803" />
        <source>aldersgruppene summerer til %1, ikke %2</source>
        <translation>the bands sum to %1, not %2</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="805" />
        <source>en rad til for %1 i %2 (hver enhet skal stå én gang per år)</source>
        <translation>a second row for %1 in %2</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="808" />
        <source>mer enn %1 rader; én import kan ha høyst %1 (importer færre år om gangen)</source>
        <translation>more than %1 rows; one import may hold at most %1 (import fewer years at a time)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="813" />
        <source>ingen rader for kommuner eller bydeler i Oslo</source>
        <translation>no rows for kommuner or Oslo bydeler</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="835" />
        <source>overskriften må begynne med kommunenummer,kommunenavn,fylkesnummer,fylkesnavn</source>
        <translation>header must start with kommunenummer,kommunenavn,fylkesnummer,fylkesnavn</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="851" />
        <source>«%1» er ikke fire sifre</source>
        <translation>"%1" is not four digits</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="853" />
        <source>«%1» er ikke to sifre</source>
        <translation>"%1" is not two digits</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="855" />
        <source>%1 står to ganger</source>
        <translation>%1 appears twice</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="860" />
        <source>tom</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbImporter.cpp" line="890" />
        <source>fant %1 av Oslos 15 bydeler (wardoslo_nor030101…030115)</source>
        <translation>found %1 of Oslo's 15 bydeler (wardoslo_nor030101…030115)</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbProjection.cpp" line="30" />
        <source>alternativet «%1» er ikke et av MMMM, LLML, HHMH</source>
        <translation>alternative "%1" is not one of MMMM, LLML, HHMH</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbProjection.cpp" line="33" />
        <source>framskrivingen har ingen år</source>
        <translation>the projection has no years</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbProjection.cpp" line="44" />
        <source>enheten %1 finnes ikke i biblioteket</source>
        <translation>unit %1 is not in the library</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbProjection.cpp" line="71" />
        <source>året %1 hører til enheten %2, ikke %3</source>
        <translation>year %1 belongs to unit %2, not %3</translation>
    </message>
    <message>
        <location filename="../../model/store/SsbProjection.cpp" line="142" />
        <source>svaret har ingen tall for enheten %1</source>
        <translation>the response has no figures for unit %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ActualsTable</name>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="32" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="32" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="32" />
        <location filename="../../ui/plan/ActualsTable.cpp" line="92" />
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="32" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="32" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="32" />
        <source>Registrert</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="38" />
        <source>Skriv det faktiske tallet for perioden; tøm cellen for å fjerne det.</source>
        <translation>Type the actual figure for the period; clear the cell to remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="92" />
        <source>Faktisk (%1)</source>
        <translation>Actual (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="116" />
        <source>%1 (år)</source>
        <translation>%1 (year)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="146" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ActualsTable.cpp" line="178" />
        <source>%1: «%2» er ikke et tall. Skriv for eksempel %3%4.</source>
        <translation>%1: “%2” is not a number. Type for example %3%4.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ApproveDialog</name>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="27" />
        <source>Godkjenn som vedtatt plan</source>
        <translation>Approve as the plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="30" />
        <source>Den vedtatte planen er grunnlaget gevinstene følges opp mot: målene for tallene fra modellen er denne versjonens beregnede verdier, og de endres ikke senere. Versjonen kan ikke endres eller slettes; senere versjoner blir prognosen.</source>
        <translation>The approved plan is the basis the benefits are followed up against: the targets for the figures from the model are this version’s computed values, and they do not change later. The version cannot be changed or deleted; later versions become the forecast.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="37" />
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="38" />
        <source>Versjon %1, lagret %2</source>
        <translation>Version %1, saved %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="40" />
        <source> av %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="47" />
        <source>Godkjennes:</source>
        <translation>To approve:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="49" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="52" />
        <source>Brukernavnet du er logget inn med, og tidspunktet nå, lagres med godkjenningen.</source>
        <translation>The user name you are logged in with, and the current time, are stored with the approval.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="53" />
        <source>Godkjent av:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="56" />
        <source>for eksempel saksnummer: PS 2026/14, kommunestyret 12.3.2026</source>
        <translation>for example case number: PS 2026/14, municipal council 12.3.2026</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="58" />
        <source>Notat:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="62" />
        <source>Erstatter vedtatt plan (versjon %1, godkjent %2 av %3). Den beholdes i historikken, og gevinstene og de faktiske tallene følger med til den nye planen.</source>
        <translation>Replaces the approved plan (version %1, approved %2 by %3). It is kept in the history, and the benefits and the actual figures carry over to the new plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="72" />
        <source>Scenarioet har endringer som ikke er lagret. De er ikke med i versjon %1; lagre en ny versjon først hvis de skal være med i planen.</source>
        <translation>The scenario has unsaved changes. They are not in version %1; save a new version first if they are to be part of the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="90" />
        <source>Godkjenn versjon %1</source>
        <translation>Approve version %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApproveDialog.cpp" line="92" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ApprovedVersionGuard</name>
    <message>
        <location filename="../../ui/plan/ApprovedVersionGuard.cpp" line="27" />
        <source>&lt;b&gt;Versjon %1 er vedtatt plan&lt;/b&gt;, godkjent %2 av %3</source>
        <translation>&lt;b&gt;Version %1 is the approved plan&lt;/b&gt;, approved %2 by %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApprovedVersionGuard.cpp" line="29" />
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/ApprovedVersionGuard.cpp" line="30" />
        <source>, og kan ikke endres. Endringer lagres som en ny versjon, som blir prognosen planen følges opp mot.</source>
        <translation>, and cannot be changed. Changes are saved as a new version, which becomes the forecast the plan is followed up against.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::BenefitChart</name>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="35" />
        <source>mill. kr</source>
        <translation>million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="37" />
        <source>1 000 kr</source>
        <translation>1,000 NOK</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="38" />
        <source>kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="101" />
        <source>Plan (vedtatt)</source>
        <translation>Plan (approved)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="103" />
        <source>Prognose (nyeste versjon)</source>
        <translation>Forecast (latest version)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="105" />
        <source>Faktisk (år)</source>
        <translation>Actual (year)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="110" />
        <source>Faktisk (tertial, i årstakt)</source>
        <translation>Actual (four-month period, annualised)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="110" />
        <source>Faktisk (tertial)</source>
        <translation>Actual (four-month period)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitChart.cpp" line="126" />
        <source>År</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::BenefitDialog</name>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="58" />
        <source>Endre gevinst</source>
        <translation>Edit benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="58" />
        <source>Legg til gevinst</source>
        <translation>Add benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="64" />
        <source>Hva gevinsten måles med</source>
        <translation>What the benefit is measured by</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="66" />
        <source>Et tall fra modellen (målene er den vedtatte versjonens beregnede verdier)</source>
        <translation>A figure from the model (the targets are the approved version’s computed values)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="68" />
        <source>En egen indikator som ikke er prissatt (for eksempel brukertilfredshet eller sykefravær)</source>
        <translation>A custom indicator that is not priced (for example user satisfaction or sick leave)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="77" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="92" />
        <source>lages av navnet</source>
        <translation>made from the name</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="93" />
        <source>Nøkkelen gevinsten har i importfiler for faktiske tall (kolonnen «gevinst»): små bokstaver a–z, tall, - og _.</source>
        <translation>The key the benefit has in import files for actual figures (the column “gevinst”): lower-case letters a–z, digits, - and _.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="95" />
        <source>for eksempel %, poeng, dager</source>
        <translation>for example %, points, days</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="98" />
        <source>Nivå (leses av på et tidspunkt, som en andel eller et antall)</source>
        <translation>Level (read at a point in time, as a share or a count)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="99" />
        <source>Strøm (summeres over året, som kroner eller timer)</source>
        <translation>Flow (summed over the year, as kroner or hours)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="102" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="102" />
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="112" />
        <source>Nøkkel:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="113" />
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="114" />
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="115" />
        <source>Mål per år:</source>
        <translation>Target per year:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="120" />
        <source>Eier, klasse og måling</source>
        <translation>Owner, class and measurement</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="123" />
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="124" />
        <source>lederen som har ansvaret for å hente ut gevinsten</source>
        <translation>the manager responsible for realising the benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="125" />
        <source>for eksempel enhetsleder hjemmetjenesten</source>
        <translation>for example unit manager, home care services</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="126" />
        <source>Gevinsteier:</source>
        <translation>Benefit owner:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="127" />
        <source>Stilling:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="133" />
        <source>DFØs gevinstklasser: budsjetteffekt i egen virksomhet, annen bruk av frigjort tid, prissatt effekt ellers i offentlig sektor, eller ikke prissatt.</source>
        <translation>DFØ’s benefit classes: budget effect in own organisation, other use of freed time, priced effect elsewhere in the public sector, or not priced.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="135" />
        <source>Klasse (DFØ):</source>
        <translation>Class (DFØ):</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="137" />
        <source>verdi</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="138" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="141" />
        <source>målt</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="143" />
        <source>Nullpunkt:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="144" />
        <source>for eksempel KOSTRA 2025, Gerica-uttrekk januar 2026</source>
        <translation>for example KOSTRA 2025, Gerica extract January 2026</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="145" />
        <source>Kilde for nullpunkt:</source>
        <translation>Baseline source:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="146" />
        <source>hvordan faktiske tall hentes ut</source>
        <translation>how actual figures are obtained</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="147" />
        <source>hvem som måler og rapporterer</source>
        <translation>who measures and reports</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="148" />
        <source>Måles slik:</source>
        <translation>Measured how:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="149" />
        <source>Måles av:</source>
        <translation>Measured by:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="153" />
        <source>Merknader:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="166" />
        <source>Lagre endringene</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="166" />
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="167" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="238" />
        <source>navnet på indikatoren</source>
        <translation>the name of the indicator</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="251" />
        <source>tom: %1</source>
        <translation>empty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="263" />
        <source>Den vedtatte versjonen har ingen verdier for dette tallet.</source>
        <translation>The approved version has no values for this figure.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="264" />
        <source>Mål fra den vedtatte versjonen – %1</source>
        <translation>Targets from the approved version – %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="305" />
        <source>Nullpunktet «%1» er ikke et tall.</source>
        <translation>The baseline “%1” is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/BenefitDialog.cpp" line="319" />
        <source>Målet for %1, «%2», er ikke et tall.</source>
        <translation>The target for %1, “%2”, is not a number.</translation>
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
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="22" />
        <source>Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.</source>
        <translation>Showing the last valid calculation – fix the errors in the scenario to update.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="34" />
        <source>Første budsjettår i økonomiplanen; planen viser fire år innenfor scenarioets periode.</source>
        <translation>First budget year of the financial plan; the plan shows four years within the scenario’s period.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="35" />
        <source>Første budsjettår:</source>
        <translation>First budget year:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="37" />
        <source>Vis i løpende (nominelle) kroner</source>
        <translation>Show in current (nominal) NOK</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="52" />
        <source>antakelse</source>
        <translation>assumption</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="57" />
        <source>Kommunal deflator per år:</source>
        <translation>Municipal deflator per year:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="65" />
        <source>Kopier tabell</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="66" />
        <source>Kopierer tabellen med tabulator mellom kolonnene, klar til å lime inn i et regneark</source>
        <translation>Copies the table with tabs between the columns, ready to paste into a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="92" />
        <source>Ingen beregning å vise.</source>
        <translation>No calculation to show.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="126" />
        <source>Løpende kroner: faste %1-kroner × (1 + %2)^(år − %1).</source>
        <translation>Current NOK: fixed %1 NOK × (1 + %2)^(year − %1).</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="128" />
        <source>Kroner i faste %1-priser.</source>
        <translation>NOK in fixed %1 prices.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="129" />
        <source>Kommunens egne linjer: + styrker budsjettet, − belaster det. Netto er budsjetteffekten i beregningen.</source>
        <translation>The municipality’s own lines: + strengthens the budget, − burdens it. The net is the budget effect of the calculation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="132" />
        <source>Scenarioet slutter i %1, så planen har bare %n år.</source>
        <translation><numerusform>The scenario ends in %1, so the plan has only %n year.</numerusform><numerusform>The scenario ends in %1, so the plan has only %n years.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="140" />
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger/BudgetPlanView.cpp" line="143" />
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
        <location filename="../../ui/charts/ChartBuilder.cpp" line="62" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="138" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="139" />
        <source>Bemanningsgap</source>
        <translation>Staffing gap</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="146" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="166" />
        <source>Realisert kapasitet</source>
        <translation>Realised capacity</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="167" />
        <source>Lønnstilskudd</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="168" />
        <source>Mentortilskudd</source>
        <translation>Mentor subsidy</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="220" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="232" />
        <source>Andel av tiden til oppgaver som krever rollens utdanning (%)</source>
        <translation>Share of time on tasks that need the role’s training (%)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="171" />
        <source>Opplæring</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="173" />
        <source>Teknologi</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="189" />
        <source>Netto budsjetteffekt</source>
        <translation>Net budget effect</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="196" />
        <location filename="../../ui/charts/ChartBuilder.cpp" line="249" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="228" />
        <source>Før oppgavedeling</source>
        <translation>Before task sharing</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="229" />
        <source>Etter (%1)</source>
        <translation>After (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="242" />
        <location filename="../../ui/charts/ChartId.cpp" line="43" />
        <source>Akkumulert budsjetteffekt</source>
        <translation>Cumulative budget effect</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="261" />
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
        <location filename="../../ui/charts/ChartBuilder.cpp" line="169" />
        <source>Spart sosialhjelp</source>
        <translation>Social assistance saved</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="170" />
        <source>Nyansatte</source>
        <translation>New hires</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="172" />
        <source>Frivillige</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartBuilder.cpp" line="174" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ChoroplethExport</name>
    <message>
        <location filename="../../ui/overview/ChoroplethExport.cpp" line="68" />
        <source>Ukjent filtype for %1: bruk .png, .svg eller .pdf.</source>
        <translation>Unknown file type for %1: use .png, .svg or .pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethExport.cpp" line="46" />
        <location filename="../../ui/overview/ChoroplethExport.cpp" line="78" />
        <location filename="../../ui/overview/ChoroplethExport.cpp" line="94" />
        <location filename="../../ui/overview/ChoroplethExport.cpp" line="101" />
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ChoroplethMapWidget</name>
    <message>
        <location filename="../../ui/overview/ChoroplethMapWidget.cpp" line="29" />
        <source>Dra for å flytte kartet, rull for å zoome, dobbeltklikk i havet for å tilbakestille. Klikk på en enhet for å åpne den.</source>
        <translation>Drag to move the map, scroll to zoom, double-click in the sea to reset. Click a unit to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethMapWidget.cpp" line="67" />
        <source>Kartet er ikke tilgjengelig.</source>
        <translation>The map is not available.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethMapWidget.cpp" line="209" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ikke med i beregningen.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Not included in the calculation.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethMapWidget.cpp" line="216" />
        <source>&lt;br&gt;&lt;span style='color:gray'&gt;Klikk for å åpne enheten&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:gray'&gt;Click to open the unit&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ChoroplethPainter</name>
    <message>
        <location filename="../../ui/overview/ChoroplethPainter.cpp" line="55" />
        <source>Kartgrunnlag: Kartverket (CC BY 4.0)</source>
        <translation>Map data: Kartverket (CC BY 4.0)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethPainter.cpp" line="210" />
        <source>Skravert: under null</source>
        <translation>Hatched: below zero</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethPainter.cpp" line="227" />
        <source>Oslos bydeler</source>
        <translation>Oslo’s city districts</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ChoroplethScale</name>
    <message>
        <location filename="../../ui/overview/ChoroplethScale.cpp" line="153" />
        <source>Mangler data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethScale.cpp" line="155" />
        <source>Ikke definert</source>
        <translation>Not defined</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethScale.cpp" line="159" />
        <source>under %1</source>
        <translation>below %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/ChoroplethScale.cpp" line="161" />
        <source>%1 og over</source>
        <translation>%1 and above</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::CompareView</name>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="249" />
        <source>Per 1 000 innbyggere 67+ og per årsverk</source>
        <translation>Per 1,000 inhabitants 67+ and per FTE</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="218" />
        <source>Legg sammen valgte bydeler til kommune</source>
        <translation>Roll up the chosen city districts into a municipality</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="163" />
        <location filename="../../ui/compare/CompareView.cpp" line="172" />
        <source>Kopier tabell</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="165" />
        <source>Kopierer tabellen som tabulatorseparert tekst, klar til å lime inn i et regneark eller et saksframlegg</source>
        <translation>Copies the table as tab-separated text, ready to paste into a spreadsheet or a case document</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="213" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="213" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="222" />
        <location filename="../../ui/compare/CompareView.cpp" line="640" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="223" />
        <source>Økonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="233" />
        <source>Scenarioer å sammenligne:</source>
        <translation>Scenarios to compare:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="246" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="247" />
        <source>Absolutte tall</source>
        <translation>Absolute figures</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="258" />
        <source>Tallene delt på innbyggere 67 år og eldre og på årsverk i startåret, så små og store enheter kan stå side om side</source>
        <translation>The figures divided by inhabitants aged 67 and older and by FTE in the start year, so small and large units can stand side by side</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="271" />
        <source>Figur:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="314" />
        <source>versjon %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="315" />
        <source>ikke lagret</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="332" />
        <source>%1 (nyeste)</source>
        <translation>%1 (latest)</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="342" />
        <location filename="../../ui/compare/CompareView.cpp" line="448" />
        <source>ulagret</source>
        <translation>unsaved</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="409" />
        <source>Versjon %1 av «%2» kan ikke leses.</source>
        <translation>Version %1 of “%2” cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="448" />
        <source>v. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="468" />
        <source>Kan ikke legge sammen: %1</source>
        <translation>Cannot roll up: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="481" />
        <source>Det er ingen scenarioer å sammenligne ennå.

Lagre et scenario i biblioteket (Fil → Lagre ny versjon), eller lag et nytt fra malen for en enhet.</source>
        <translation>There are no scenarios to compare yet.

Save a scenario in the library (File → Save new version), or create a new one from the template for a unit.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="483" />
        <source>Kryss av for to eller flere scenarioer til venstre for å se dem side om side.

Vil du sammenligne alternativer for samme enhet (for eksempel et nullalternativ, et moderat og et ambisiøst), lag en kopi av scenarioet i biblioteket og endre kopien. Velg versjon i kolonnen «Versjon».</source>
        <translation>Tick two or more scenarios on the left to see them side by side.

To compare alternatives for the same unit (for example a zero alternative, a moderate and an ambitious one), make a copy of the scenario in the library and change the copy. Choose the version in the column “Version”.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="528" />
        <source> (siste år)</source>
        <translation> (last year)</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="559" />
        <source>, per 1 000 innb. 67+</source>
        <translation>, per 1,000 inh. 67+</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="559" />
        <source>, per årsverk</source>
        <translation>, per FTE</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="639" />
        <source>Millioner kroner per 1 000 innbyggere 67+</source>
        <translation>Million NOK per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="639" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareView.cpp" line="640" />
        <source>Årsverk per 1 000 innbyggere 67+</source>
        <translation>FTE per 1,000 inhabitants 67+</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::CouncilReport</name>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="334" />
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="341" />
        <source>Veksten i behov gir et bemanningsgap på %1 årsverk i %2; tiltakene dekker %3 av det.</source>
        <translation>The growth in demand gives a staffing gap of %1 FTE in %2; the measures cover %3 of it.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="344" />
        <source>Beregningen viser ikke noe bemanningsgap i %1, så frigjort tid kan brukes til å styrke tjenesten.</source>
        <translation>The calculation shows no staffing gap in %1, so freed time can be used to strengthen the service.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="347" />
        <source>Den frigjorte tiden svarer til om lag %1 flere tjenestemottakere med dagens tid per mottaker.</source>
        <translation>The freed time equals about %1 more service recipients at today’s time per recipient.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="362" />
        <source>%1 fra %2 til %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="92" />
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="378" />
        <source>&lt;b&gt;Sosialhjelp.&lt;/b&gt; Når personer som mottar sosialhjelp, kommer i arbeid, sparer kommunen sosialhjelpsutgifter: %1 over perioden.</source>
        <translation>&lt;b&gt;Social assistance.&lt;/b&gt; When people who receive social assistance get work, the municipality saves social assistance costs: %1 over the period.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="391" />
        <source>Med %1 av verdien av frigjort kapasitet regnet som budsjettgevinst er nåverdien av budsjetteffekten %2 (diskonteringsrente %3).</source>
        <translation>With %1 of the value of freed capacity counted as a budget gain, the NPV of the budget effect is %2 (discount rate %3).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="397" />
        <source>Tiltakene er tilbakebetalt i %1.</source>
        <translation>The measures are paid back in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="399" />
        <source>Tiltakene er ikke tilbakebetalt innen %1.</source>
        <translation>The measures are not paid back by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="401" />
        <source>Netto kostnad per frigjort årsverk er %1</source>
        <translation>The net cost per freed FTE is %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="338" />
        <source>&lt;b&gt;Kapasitet.&lt;/b&gt; Oppgavedelingen frigjør %1 årsverk i fagrollene (%2) i %3.</source>
        <translation>&lt;b&gt;Capacity.&lt;/b&gt; Task sharing frees %1 FTE in the professional roles (%2) in %3.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="354" />
        <source>I år der tiltakene frigjør mer enn bemanningsgapet, er resten kapasitet til flere tjenestemottakere eller bedre kvalitet, ikke penger i budsjettet.</source>
        <translation>In years where the measures free more than the staffing gap, the rest is capacity for more service recipients or better quality, not money in the budget.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="367" />
        <source>&lt;b&gt;Utnyttelsesgrad.&lt;/b&gt; Andelen av arbeidstiden som går til oppgaver som krever rollens utdanning, øker for %1 (i %2).</source>
        <translation>&lt;b&gt;Utilisation.&lt;/b&gt; The share of working time spent on tasks that need the role’s training rises for %1 (in %2).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="373" />
        <source>&lt;b&gt;Statlige tilskudd.&lt;/b&gt; Nyansatte som rekrutteres gjennom NAV, kan gi lønnstilskudd og mentortilskudd. Over perioden %1–%2 utgjør det %3.</source>
        <translation>&lt;b&gt;State subsidies.&lt;/b&gt; New hires recruited through NAV can bring wage and mentor subsidies. Over the period %1–%2 they come to %3.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="383" />
        <source>&lt;b&gt;Kostnader og budsjett.&lt;/b&gt; Tiltakene koster %1 over perioden (lønn til nyansatte, opplæring, koordinering og tekniske løsninger).</source>
        <translation>&lt;b&gt;Costs and budget.&lt;/b&gt; The measures cost %1 over the period (wages of new hires, training, coordination and technical solutions).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="389" />
        <source>Med %1 av verdien av frigjort kapasitet innenfor bemanningsgapet regnet som budsjettgevinst er nåverdien av budsjetteffekten %2 (diskonteringsrente %3).</source>
        <translation>With %1 of the value of freed capacity within the staffing gap counted as a budget gain, the NPV of the budget effect is %2 (discount rate %3).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="403" />
        <source>, mot en årskostnad for en %1 på %2</source>
        <translation>, against an annual cost of %2 for a %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="269" />
        <location filename="../../ui/export/CouncilReport.cpp" line="422" />
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="172" />
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="103" />
        <source>Figur %1:</source>
        <translation>Figure %1:</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="187" />
        <source>Usikkerhet</source>
        <translation>Uncertainty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/CouncilReport.cpp" line="190" />
        <source>Tallene foran er &lt;b&gt;punktanslag&lt;/b&gt;: de bygger på den mest sannsynlige verdien av hver forutsetning. %n av forutsetningene er usikre og har et intervall fra en lav til en høy verdi. For å se hva usikkerheten betyr, er beregningen gjort %1 ganger, hver gang med verdier trukket tilfeldig innenfor intervallene (Monte Carlo-simulering, frø 1).</source>
        <translation><numerusform>The figures above are &lt;b&gt;point estimates&lt;/b&gt;: they build on the most likely value of each assumption. %n of the assumptions is uncertain and has a range from a low to a high value. To see what the uncertainty means, the calculation has been run %1 times, each time with values drawn at random within the ranges (Monte Carlo simulation, seed 1).</numerusform><numerusform>The figures above are &lt;b&gt;point estimates&lt;/b&gt;: they build on the most likely value of each assumption. %n of the assumptions are uncertain and have a range from a low to a high value. To see what the uncertainty means, the calculation has been run %1 times, each time with values drawn at random within the ranges (Monte Carlo simulation, seed 1).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="198" />
        <source>&lt;b&gt;Sannsynligheten for at nåverdien av budsjetteffekten er positiv, er %1.&lt;/b&gt; Medianen – verdien som halvparten av trekningene ligger under – er %2, mens punktanslaget er %3. Åtte av ti trekninger gir en nåverdi mellom %4 og %5.</source>
        <translation>&lt;b&gt;The probability that the present value of the budget effect is positive is %1.&lt;/b&gt; The median – the value half of the draws lie below – is %2, while the point estimate is %3. Eight of ten draws give a present value between %4 and %5.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="230" />
        <source>%1: %2 – %3 – %4</source>
        <translation>%1: %2 – %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="238" />
        <source>Medianen ligger nær punktanslaget: usikkerheten trekker ikke resultatet i noen bestemt retning.</source>
        <translation>The median is close to the point estimate: the uncertainty does not pull the result in any particular direction.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/CouncilReport.cpp" line="241" />
        <source>Medianen ligger under punktanslaget fordi %n av intervallene er skjeve: de strekker seg lenger ned enn opp fra den mest sannsynlige verdien%1. Når mange slike forutsetninger trekkes samtidig, blir utfallet oftere svakere enn punktanslaget enn sterkere. Punktanslaget er altså ikke et midtpunkt, men utfallet der alt går omtrent som ventet.</source>
        <translation><numerusform>The median is below the point estimate because %n of the ranges is skewed: it reaches further down than up from the most likely value%1. When many such assumptions are drawn at the same time, the outcome is more often weaker than the point estimate than stronger. So the point estimate is not a midpoint, but the outcome where everything goes roughly as expected.</numerusform><numerusform>The median is below the point estimate because %n of the ranges are skewed: they reach further down than up from the most likely value%1. When many such assumptions are drawn at the same time, the outcome is more often weaker than the point estimate than stronger. So the point estimate is not a midpoint, but the outcome where everything goes roughly as expected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="246" />
        <location filename="../../ui/export/CouncilReport.cpp" line="252" />
        <source> (for eksempel %1)</source>
        <translation> (for example %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/CouncilReport.cpp" line="249" />
        <source>Medianen ligger over punktanslaget fordi %n av intervallene strekker seg lenger opp enn ned fra den mest sannsynlige verdien%1.</source>
        <translation><numerusform>The median is above the point estimate because %n of the ranges reaches further up than down from the most likely value%1.</numerusform><numerusform>The median is above the point estimate because %n of the ranges reach further up than down from the most likely value%1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="256" />
        <source>For saken betyr det at gevinsten ikke er sikker: den avhenger av at tiltakene får det omfanget og den realiseringen som er lagt til grunn. Tornadodiagrammet nedenfor viser hvilke forutsetninger som betyr mest, og dermed hva det lønner seg å følge opp.</source>
        <translation>For the case this means that the gain is not certain: it depends on the measures reaching the scope and the realisation assumed. The tornado chart below shows which assumptions matter most, and so what is worth following up.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="260" />
        <source>Sannsynligheten for at tiltakene er tilbakebetalt innen %1, er %2. I %1 frigjøres mellom %3 og %4 årsverk i åtte av ti trekninger (median %5).</source>
        <translation>The probability that the measures have paid back by %1 is %2. In %1, between %3 and %4 FTE are freed in eight of ten draws (median %5).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="269" />
        <source>Punktanslag</source>
        <translation>Point estimate</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="269" />
        <source>Lav (P10)</source>
        <translation>Low (P10)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="269" />
        <source>Median (P50)</source>
        <translation>Median (P50)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="269" />
        <source>Høy (P90)</source>
        <translation>High (P90)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="294" />
        <source>P10, P50 og P90 er tatt for hvert tall for seg: én av ti trekninger gir et lavere tall enn P10, én av ti et høyere enn P90. Tallene i en kolonne hører derfor ikke nødvendigvis til samme trekning.</source>
        <translation>P10, P50 and P90 are taken for each figure on its own: one in ten draws gives a lower figure than P10, one in ten a higher one than P90. The figures in a column therefore do not necessarily belong to the same draw.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="302" />
        <source>Tornadodiagrammet endrer én forutsetning om gangen til lav og høy verdi, mens de andre står på mest sannsynlig verdi. De øverste stolpene er forutsetningene som betyr mest for nåverdien.</source>
        <translation>The tornado chart changes one assumption at a time to its low and high value, while the others stay at their most likely value. The top bars are the assumptions that matter most for the present value.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="306" />
        <source>Usikre forutsetninger</source>
        <translation>Uncertain assumptions</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="310" />
        <source>Lav</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="310" />
        <source>Mest sannsynlig</source>
        <translation>Most likely</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="310" />
        <source>Høy</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="395" />
        <source>Tiltakene er lønnsomme fra første år: den samlede budsjetteffekten er ikke negativ i noe år.</source>
        <translation>The measures are profitable from the first year: the total budget effect is not negative in any year.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="410" />
        <source>Forutsetningene er usikre: sannsynligheten for at nåverdien er positiv, er %1, og medianen er %2 (se «Usikkerhet»).</source>
        <translation>The assumptions are uncertain: the probability that the present value is positive is %1, and the median is %2 (see “Uncertainty”).</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="438" />
        <source>%1, før → %2</source>
        <translation>%1, before → %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="453" />
        <source>Figurer</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="453" />
        <source>Figurer (forts.)</source>
        <translation>Charts (cont.)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="458" />
        <source>Budsjetteffekten er verdien av den andelen av frigjort kapasitet som regnes som realisert, pluss tilskudd og sparte sosialhjelpsutgifter, minus kostnadene. Beløp i faste %1-kroner.</source>
        <translation>The budget effect is the value of the share of freed capacity counted as realised, plus subsidies and social assistance saved, minus the costs. Amounts in fixed %1 NOK.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="467" />
        <source>Tall per år</source>
        <translation>Figures per year</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="468" />
        <source>Beløp i 1 000 kr, faste priser. Årsverk med én desimal.</source>
        <translation>Amounts in NOK 1,000, fixed prices. FTE with one decimal.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="471" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="472" />
        <source>Frigjorte&lt;br&gt;årsverk</source>
        <translation>Freed&lt;br&gt;FTE</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="473" />
        <source>Gap&lt;br&gt;(årsverk)</source>
        <translation>Gap&lt;br&gt;(FTE)</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="474" />
        <source>Andel av&lt;br&gt;gapet&lt;br&gt;dekket</source>
        <translation>Share of&lt;br&gt;gap&lt;br&gt;covered</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="475" />
        <source>Statlige&lt;br&gt;tilskudd</source>
        <translation>State&lt;br&gt;subsidies</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="476" />
        <source>Spart&lt;br&gt;sosial-&lt;br&gt;hjelp</source>
        <translation>Social&lt;br&gt;assistance&lt;br&gt;saved</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="477" />
        <source>Kost-&lt;br&gt;nader&lt;br&gt;i alt</source>
        <translation>Total&lt;br&gt;costs</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="478" />
        <source>Budsjett-&lt;br&gt;effekt</source>
        <translation>Budget&lt;br&gt;effect</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="479" />
        <source>Akku-&lt;br&gt;mulert&lt;br&gt;effekt</source>
        <translation>Cumu-&lt;br&gt;lative&lt;br&gt;effect</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="505" />
        <source>Forutsetninger og kilder</source>
        <translation>Assumptions and sources</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="507" />
        <source>Alle tall beregningen bygger på. Kilden står der scenarioet oppgir en; «Antakelse» betyr at tallet er et anslag som kommunen bør vurdere og gjerne erstatte med egne tall.</source>
        <translation>Every figure the calculation rests on. The source is given where the scenario states one; “Assumption” means the figure is an estimate the municipality should review and preferably replace with its own figures.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="310" />
        <location filename="../../ui/export/CouncilReport.cpp" line="512" />
        <source>Forutsetning</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="512" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="512" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="529" />
        <source>Slik regner modellen</source>
        <translation>How the model calculates</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="534" />
        <source>&lt;b&gt;Behov.&lt;/b&gt; Antall tjenestemottakere hvert år er innbyggere i hver aldersgruppe ganget med andelen som mottar tjenesten. Behovet for årsverk vokser i takt med antall mottakere; tilgjengelige årsverk følger dagens bemanning. Forskjellen er bemanningsgapet.</source>
        <translation>&lt;b&gt;Demand.&lt;/b&gt; The number of service recipients each year is the inhabitants of each age band times the share who receive the service. The FTE needed grow with the number of recipients; the FTE available follow today’s staffing. The difference is the staffing gap.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/CouncilReport.cpp" line="537" />
        <source>&lt;b&gt;Oppgavedeling.&lt;/b&gt; Hver rolle bruker en andel av tiden på %n typer oppgaver. Et tiltak flytter en andel av én oppgavetype fra en rolle til en mottaker (%1), fullt ut etter innfasingen. Den som overtar, kan bruke lengre tid (tidsfaktor).</source>
        <translation><numerusform>&lt;b&gt;Task sharing.&lt;/b&gt; Each role spends a share of its time on %n kind of task. A measure moves a share of one kind of task from a role to a receiver (%1), in full after the roll-out. Whoever takes over may need longer (time factor).</numerusform><numerusform>&lt;b&gt;Task sharing.&lt;/b&gt; Each role spends a share of its time on %n kinds of task. A measure moves a share of one kind of task from a role to a receiver (%1), in full after the roll-out. Whoever takes over may need longer (time factor).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="542" />
        <source>&lt;b&gt;Frigjort kapasitet.&lt;/b&gt; Timene fagrollene (%1) ikke lenger bruker på oppgavene, minus timene de selv overtar som mottakere, gir frigjorte årsverk. Utnyttelsesgraden er andelen av tiden som går til oppgaver som krever rollens utdanning; frigjort tid går til slike oppgaver.</source>
        <translation>&lt;b&gt;Freed capacity.&lt;/b&gt; The hours the professional roles (%1) no longer spend on the tasks, minus the hours they take over themselves as receivers, give the freed FTE. Utilisation is the share of time spent on tasks that need the role’s training; freed time goes to such tasks.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="546" />
        <source>&lt;b&gt;Tilskudd og sosialhjelp.&lt;/b&gt; Nyansatte ansettes etter behov og turnover. De som rekrutteres via NAV, kan gi lønnstilskudd og mentortilskudd de første månedene, og sparer sosialhjelp så lenge de er i jobb.</source>
        <translation>&lt;b&gt;Subsidies and social assistance.&lt;/b&gt; New staff are hired as needed and to replace turnover. Those recruited through NAV can bring wage and mentor subsidies in the first months, and save social assistance for as long as they are in work.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="548" />
        <source>&lt;b&gt;Økonomi.&lt;/b&gt; Kostnadene er lønn til nyansatte, opplæring, koordinering, tekniske løsninger og hub. Frigjort tid sparer penger bare der den erstatter ansettelser kommunen ellers måtte gjøre (%1); resten er kapasitet. Budsjetteffekten regner den valgte andelen av dette som realisert. Nåverdien diskonterer hvert år med diskonteringsrenten; tilbakebetalingsåret er første år den akkumulerte effekten blir positiv etter å ha vært negativ.</source>
        <translation>&lt;b&gt;Economy.&lt;/b&gt; The costs are wages of new hires, training, coordination, technical solutions and the hub. Freed time saves money only where it replaces hiring the municipality would otherwise have to do (%1); the rest is capacity. The budget effect counts the chosen share of this as realised. The NPV discounts each year at the discount rate; the payback year is the first year the cumulative effect turns positive after being negative.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="553" />
        <source>innenfor bemanningsgapet</source>
        <translation>within the staffing gap</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="554" />
        <source>her regnet som all frigjort kapasitet</source>
        <translation>here counted as all freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="555" />
        <source>Alle beløp er i faste kroner for startåret. Modellen er et verktøy for å sammenligne alternativer; den erstatter ikke lokal kunnskap om tjenesten. Hele regnestykket er beskrevet i modellens dokumentasjon.</source>
        <translation>All amounts are in fixed NOK of the start year. The model is a tool for comparing alternatives; it does not replace local knowledge of the service. The whole calculation is described in the model’s documentation.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="569" />
        <location filename="../../ui/export/CouncilReport.cpp" line="642" />
        <source>Gevinster av oppgavedeling – %1</source>
        <translation>Benefits of task sharing – %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="572" />
        <source>%1 %2 · %3 · %4–%5</source>
        <translation>%1 %2 · %3 · %4–%5</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="578" />
        <source>Beløp i kroner, faste %1-priser. Årsverk = %2 timer.</source>
        <translation>Amounts in NOK, fixed %1 prices. FTE = %2 hours.</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="648" />
        <source>Side %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/CouncilReport.cpp" line="687" />
        <source>%1: rapporten kunne ikke lages</source>
        <translation>%1: the report could not be made</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::DemographyView</name>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="109" />
        <source>MMMM – hovedalternativet</source>
        <translation>MMMM – main alternative</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="110" />
        <source>LLML – lav vekst</source>
        <translation>LLML – low growth</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="111" />
        <source>HHMH – høy vekst</source>
        <translation>HHMH – high growth</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="112" />
        <source>SSBs alternativer: fruktbarhet, levealder, innenlandsk flytting og innvandring (M = middels, L = lav, H = høy)</source>
        <translation>SSB’s alternatives: fertility, life expectancy, domestic migration and immigration (M = medium, L = low, H = high)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="114" />
        <source>Hent SSBs framskriving</source>
        <translation>Fetch SSB’s projection</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="116" />
        <source>SSB-adresse …</source>
        <translation>SSB address …</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="118" />
        <source>Adressen til SSBs statistikkbank-API (PxWebAPI v2)</source>
        <translation>The address of SSB’s StatBank API (PxWebAPI v2)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="119" />
        <source>Nytt scenario med SSBs framskriving</source>
        <translation>New scenario with SSB’s projection</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="137" />
        <source>Aldersgruppe:</source>
        <translation>Age group:</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="162" />
        <source>Slik er tallene laget</source>
        <translation>How the figures are made</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="171" />
        <source>Bemanning og dekningsgrad scenarioet startet med</source>
        <translation>Staffing and coverage the scenario started with</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="176" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="176" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="176" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="255" />
        <source>Programmets befolkningsdata (%1) ble ikke funnet.</source>
        <translation>The program’s population data (%1) was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="257" />
        <source>Befolkning</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="257" />
        <source>Befolkning – %1 (%2)</source>
        <translation>Population – %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="265" />
        <source>Alle aldersgrupper</source>
        <translation>All age groups</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="269" />
        <source>Ingen framskriving for %1: %2</source>
        <translation>No projection for %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="290" />
        <source>Uten scenariobibliotek er det ingen steder å lagre SSBs framskriving</source>
        <translation>Without a scenario library there is nowhere to store SSB’s projection</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="291" />
        <source>Biblioteket er skrivebeskyttet</source>
        <translation>The library is read-only</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="292" />
        <source>Åpne et scenario for en kommune</source>
        <translation>Open a scenario for a municipality</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="293" />
        <source>SSB framskriver befolkningen per kommune, ikke per bydel; bruk programmets framskriving</source>
        <translation>SSB projects the population per municipality, not per city district; use the program’s projection</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="294" />
        <source>Henter SSBs framskriving for %1 fra %2 (krever nett)</source>
        <translation>Fetches SSB’s projection for %1 from %2 (needs internet access)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="296" />
        <source>Lag et nytt scenario for %1 der årene etter 2026 følger SSBs framskriving (%2)</source>
        <translation>Create a new scenario for %1 in which the years after 2026 follow SSB’s projection (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="298" />
        <source>Hent SSBs framskriving først</source>
        <translation>Fetch SSB’s projection first</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="322" />
        <source>programmets framskriving</source>
        <translation>the program’s projection</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="337" />
        <source>SSBs framskriving (%1)</source>
        <translation>SSB’s projection (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="348" />
        <location filename="../../ui/demography/DemographyView.cpp" line="411" />
        <source>registrert</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="359" />
        <source>Personer 1. januar</source>
        <translation>Persons on 1 January</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="386" />
        <source>%1, %2: programmet %3, SSB %4 (SSB %5)</source>
        <translation>%1, %2: the program %3, SSB %4 (SSB %5)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="388" />
        <source>%1 høyere</source>
        <translation>%1 higher</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="389" />
        <source>%1 lavere</source>
        <translation>%1 lower</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="393" />
        <source>Forskjell mellom framskrivingene – </source>
        <translation>Difference between the projections – </translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="404" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="411" />
        <source>programmet</source>
        <translation>the program</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="413" />
        <source>SSB (%1)</source>
        <translation>SSB (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="413" />
        <source>SSB − programmet</source>
        <translation>SSB − the program</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="441" />
        <source>Åpne et scenario for en kommune eller bydel for å se befolkningen.</source>
        <translation>Open a scenario for a municipality or city district to see the population.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="448" />
        <source>&lt;b&gt;Programmets framskriving&lt;/b&gt; (spesifikasjonen § 8) starter med hvor mange som bodde i %1 på hvert alderstrinn 1. januar 2024 (SSB tabell %2). Hvert år blir alle ett år eldre, og noen dør – etter SSBs dødelighetstabell (tabell 07902, begge kjønn, snitt 2022–2024), der dødeligheten antas å falle 1,5 % i året. </source>
        <translation>&lt;b&gt;The program’s projection&lt;/b&gt; (the specification § 8) starts from how many people lived in %1 at each single year of age on 1 January 2024 (SSB table %2). Each year everyone grows a year older and some die – by SSB’s life table (table 07902, both sexes, average 2022–2024), with mortality assumed to fall by 1.5 % a year. </translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="453" />
        <source>Flytting: halvparten av den nettoflyttingen %1 selv hadde fra 2019 til 2024, per femårsgruppe (høyst ±2,5 % i året). </source>
        <translation>Migration: half the net migration %1 itself had from 2019 to 2024, per five-year group (at most ±2.5 % a year). </translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="455" />
        <source>Flytting: ingen, fordi programmet mangler tall for %1 fra 2019. </source>
        <translation>Migration: none, because the program lacks figures for %1 from 2019. </translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="456" />
        <source>Fødsler: like mange nyfødte per innbygger 20–44 år som i 2024. Programmet regner dette selv; det er en enkel modell, ikke SSBs.&lt;br&gt;&lt;br&gt;</source>
        <translation>Births: as many newborns per inhabitant aged 20–44 as in 2024. The program works this out itself; it is a simple model, not SSB’s.&lt;br&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="458" />
        <source>&lt;b&gt;Registrert&lt;/b&gt;: 2024 fra de ettårige tallene over; %1.&lt;br&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Registered&lt;/b&gt;: 2024 from the single-year figures above; %1.&lt;br&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="459" />
        <source>biblioteket har ingen andre registrerte år</source>
        <translation>the library has no other registered years</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="460" />
        <source>2025–2026 fra biblioteket (%1), der aldersgruppen er en sum av gruppene 0–19, 20–66, 67–79 og 80+</source>
        <translation>2025–2026 from the library (%1), where the age band is a sum of the bands 0–19, 20–66, 67–79 and 80+</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="464" />
        <source>&lt;b&gt;SSBs framskriving&lt;/b&gt;: %1. Hentet %2. SSB bruker en egen, mer detaljert modell med flytting mellom kommuner og innvandring; der kurvene skilles, er framtiden usikker.</source>
        <translation>&lt;b&gt;SSB’s projection&lt;/b&gt;: %1. Fetched %2. SSB uses its own, more detailed model with migration between municipalities and immigration; where the curves part, the future is uncertain.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="467" />
        <source>d. MMMM yyyy 'kl.' HH:mm</source>
        <comment>date format</comment>
        <translation>d MMMM yyyy 'at' HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="469" />
        <source> Biblioteket har %1 alternativer for %2; diagrammet viser %3.</source>
        <translation> The library has %1 alternatives for %2; the chart shows %3.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="471" />
        <source>&lt;b&gt;SSBs framskriving&lt;/b&gt; finnes per kommune, ikke per bydel; for en bydel brukes programmets.</source>
        <translation>&lt;b&gt;SSB’s projection&lt;/b&gt; exists per municipality, not per city district; for a city district the program’s projection is used.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="472" />
        <source>&lt;b&gt;SSBs framskriving&lt;/b&gt; er ikke hentet for %1. Trykk «Hent SSBs framskriving» (krever nett), eller importer tabell 14288 fra statistikkbanken.</source>
        <translation>&lt;b&gt;SSB’s projection&lt;/b&gt; has not been fetched for %1. Press “Fetch SSB’s projection” (needs internet access), or import table 14288 from the StatBank.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="478" />
        <source>SSBs framskriving (%1, tabell %2) ble hentet %3.</source>
        <translation>SSB’s projection (%1, table %2) was fetched %3.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="480" />
        <source>dd.MM.yyyy HH:mm</source>
        <comment>date format</comment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="495" />
        <source>(ingen kilde oppgitt)</source>
        <translation>(no source given)</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="509" />
        <source>Årsverk %1</source>
        <translation>FTE %1</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="513" />
        <source>Dekningsgrad %1</source>
        <translation>Coverage %1</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="515" />
        <source>Koordinatorårsverk i knutepunktet</source>
        <translation>Coordinator FTE in the hub</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="524" />
        <source>SSB-adresse</source>
        <translation>SSB address</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="525" />
        <source>Adressen til SSBs statistikkbank-API (PxWebAPI v2). Tomt felt: %1</source>
        <translation>The address of SSB’s StatBank API (PxWebAPI v2). Empty field: %1</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="546" />
        <source>Henter SSBs framskriving (%1) for %2 fra %3 …</source>
        <translation>Fetching SSB’s projection (%1) for %2 from %3 …</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="554" />
        <source>Ingenting i biblioteket er endret.</source>
        <translation>Nothing in the library was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="557" />
        <source>Får ikke kontakt med SSBs statistikkbank (%1): %2. Er maskinen koblet til Internett? %3</source>
        <translation>Cannot reach SSB’s StatBank (%1): %2. Is the computer connected to the internet? %3</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="559" />
        <source>SSBs statistikkbank svarte ikke i tide (%1). Prøv igjen senere. %2</source>
        <translation>SSB’s StatBank did not answer in time (%1). Try again later. %2</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="561" />
        <source>SSBs statistikkbank svarte med en feil (%1, %2). %3</source>
        <translation>SSB’s StatBank answered with an error (%1, %2). %3</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="563" />
        <source>Svaret fra SSB er ikke en framskriving programmet kan lese (%1). %2</source>
        <translation>The answer from SSB is not a projection the program can read (%1). %2</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="565" />
        <source>Tabellen har ikke dette alternativet (%1). %2</source>
        <translation>The table does not have this alternative (%1). %2</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="567" />
        <source>SSB framskriver befolkningen per kommune, ikke per bydel. %1</source>
        <translation>SSB projects the population per municipality, not per city district. %1</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="569" />
        <source>Ugyldig forespørsel: %1. %2</source>
        <translation>Invalid request: %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="581" />
        <source>Uten scenariobibliotek kan SSBs framskriving ikke lagres.</source>
        <translation>Without a scenario library, SSB’s projection cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="583" />
        <source>SSBs framskriving ble hentet, men kunne ikke lagres: %1</source>
        <translation>SSB’s projection was fetched but could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="587" />
        <source>Hentet SSBs framskriving (%1, tabell %2) for %3: %4–%5.</source>
        <translation>Fetched SSB’s projection (%1, table %2) for %3: %4–%5.</translation>
    </message>
    <message>
        <location filename="../../ui/demography/DemographyView.cpp" line="612" />
        <source>Kan ikke lage scenario: %1</source>
        <translation>Cannot create scenario: %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::DocumentManager</name>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="133" />
        <source>Biblioteket kan ikke åpnes</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="134" />
        <source>Scenariobiblioteket kunne ikke åpnes: %1

Det leverte scenarioet vises, men kan ikke lagres.</source>
        <translation>The scenario library could not be opened: %1

The shipped scenario is shown but cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="178" />
        <location filename="../../ui/document/DocumentManager.cpp" line="205" />
        <source>Scenarioet kan ikke åpnes</source>
        <translation>The scenario cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="190" />
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="191" />
        <source>«%1» har ulagrede endringer. Forkaste dem og åpne versjon %2?</source>
        <translation>“%1” has unsaved changes. Discard them and open version %2?</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="221" />
        <location filename="../../ui/document/DocumentManager.cpp" line="225" />
        <location filename="../../ui/document/DocumentManager.cpp" line="231" />
        <source>Kan ikke importere</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="221" />
        <source>Filen %1 kan ikke leses: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="225" />
        <source>Filen %1 er for stor til å være en scenariofil.</source>
        <translation>The file %1 is too large to be a scenario file.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="231" />
        <source>%1 er ikke en gyldig JSON-fil:
%2</source>
        <translation>%1 is not a valid JSON file:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="238" />
        <source>Importert fra %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="246" />
        <source>Importert, men ikke lagt i biblioteket: %1</source>
        <translation>Imported, but not added to the library: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="253" />
        <source>Importert med feil: rett feilene og lagre for å legge scenarioet i biblioteket.</source>
        <translation>Imported with errors: fix them and save to put the scenario in the library.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="255" />
        <source>Importerte %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="266" />
        <source>Kan ikke eksportere</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="269" />
        <source>Eksporterte til %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="278" />
        <location filename="../../ui/document/DocumentManager.cpp" line="283" />
        <location filename="../../ui/document/DocumentManager.cpp" line="307" />
        <source>Kan ikke lagre</source>
        <translation>Cannot save</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document/DocumentManager.cpp" line="278" />
        <source>Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.</source>
        <translation><numerusform>The scenario has %n error. Fix it (marked in red) before saving.</numerusform><numerusform>The scenario has %n errors. Fix them (marked in red) before saving.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="283" />
        <source>Uten bibliotek kan scenarioet bare eksporteres til fil.</source>
        <translation>Without a library the scenario can only be exported to a file.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="301" />
        <source>Ikke lagret: noen andre har lagret scenarioet i mellomtiden. Endringene dine er beholdt.</source>
        <translation>Not saved: someone else saved the scenario in the meantime. Your changes are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="319" />
        <source>Lagret som versjon %1</source>
        <translation>Saved as version %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="341" />
        <source>%1 (kopi)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="346" />
        <source>Kan ikke lagre som kopi</source>
        <translation>Cannot save as a copy</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="357" />
        <source>Lagret som et nytt scenario: «%1»</source>
        <translation>Saved as a new scenario: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="374" />
        <location filename="../../ui/document/DocumentManager.cpp" line="387" />
        <source>Kan ikke lage scenario</source>
        <translation>Cannot create the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="400" />
        <source>Kan ikke gi nytt navn</source>
        <translation>Cannot rename</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="413" />
        <source>Nytt navn: %1</source>
        <translation>New name: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="423" />
        <source>Kan ikke duplisere</source>
        <translation>Cannot duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="436" />
        <source>Kan ikke flytte til papirkurven</source>
        <translation>Cannot move to the wastebasket</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="448" />
        <source>Flyttet til papirkurven (kan gjenopprettes)</source>
        <translation>Moved to the wastebasket (can be restored)</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="458" />
        <source>Kan ikke gjenopprette</source>
        <translation>Cannot restore</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document/DocumentManager.cpp" line="504" />
        <source>Bibliotek: %1 (som %2) · %n scenario(er)</source>
        <translation><numerusform>Library: %1 (as %2) · %n scenario</numerusform><numerusform>Library: %1 (as %2) · %n scenarios</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="505" />
        <source> · skrivebeskyttet – ingen skrivetilgang</source>
        <translation> · read-only – no write access</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document/DocumentManager.cpp" line="506" />
        <source>Bibliotek: %1 · %n scenario(er)</source>
        <translation><numerusform>Library: %1 · %n scenario</numerusform><numerusform>Library: %1 · %n scenarios</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="507" />
        <source> · skrivebeskyttet: kan leses, men ikke endres</source>
        <translation> · read-only: can be read but not changed</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="509" />
        <source>Biblioteket kan ikke leses: %1</source>
        <translation>The library cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="511" />
        <source>Uten bibliotek: endringer kan eksporteres til fil, men ikke lagres som versjoner.</source>
        <translation>No library: changes can be exported to a file but not saved as versions.</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="540" />
        <source>Autolagring mislyktes: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="556" />
        <source>Gjenopprett ulagret arbeid</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document/DocumentManager.cpp" line="557" />
        <source>Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?</source>
        <translation><numerusform>Gevinstmodell was closed with %n unsaved scenario. Recover the changes?</numerusform><numerusform>Gevinstmodell was closed with %n unsaved scenarios. Recover the changes?</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/document/DocumentManager.cpp" line="582" />
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
        <location filename="../../ui/export/ExportMenu.cpp" line="49" />
        <source>Figurstørrelse</source>
        <translation>Chart size</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="67" />
        <source>Bredde (skjermpiksler):</source>
        <translation>Width (screen pixels):</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="68" />
        <source>Høyde (skjermpiksler):</source>
        <translation>Height (screen pixels):</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="69" />
        <source>Oppløsning (PNG):</source>
        <translation>Resolution (PNG):</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="93" />
        <source>E&amp;ksport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="96" />
        <source>&amp;Rapport til saksframlegg (PDF) …</source>
        <translation>&amp;Report for a council paper (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="99" />
        <source>Rapport som redigerbart &amp;dokument (ODT) …</source>
        <translation>Report as editable &amp;document (ODT) …</translation>
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
        <location filename="../../ui/export/ExportMenu.cpp" line="143" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="170" />
        <source>ikke lagret</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="170" />
        <source>med ulagrede endringer</source>
        <translation>with unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="201" />
        <source>OpenDocument-tekst for Word og LibreOffice (*.odt)</source>
        <translation>OpenDocument text for Word and LibreOffice (*.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="211" />
        <source>Lager rapporten (med usikkerhetsberegning) …</source>
        <translation>Creating the report (with uncertainty calculation) …</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="181" />
        <source>Det åpne scenarioet har feil eller er ikke beregnet ennå. Rett feilene først, så kan det eksporteres.</source>
        <translation>The open scenario has errors or has not been computed yet. Fix the errors first, then it can be exported.</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="192" />
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/GevinstApplication.cpp" line="79" />
        <location filename="../../ui/export/ExportMenu.cpp" line="203" />
        <source>Lagre rapport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/GevinstApplication.cpp" line="80" />
        <location filename="../../ui/export/ExportMenu.cpp" line="200" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="219" />
        <source>Rapporten er lagret: %1 (%2 sider)</source>
        <translation>The report is saved: %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="228" />
        <source>Lagre som Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="229" />
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="239" />
        <location filename="../../ui/export/ExportMenu.cpp" line="264" />
        <source>Lagret: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="249" />
        <source>CSV for norsk Excel (semikolon, desimalkomma) (*.csv)</source>
        <translation>CSV for Norwegian Excel (semicolon, decimal comma) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="250" />
        <source>CSV internasjonal (komma, desimalpunktum) (*.csv)</source>
        <translation>CSV international (comma, decimal point) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="252" />
        <source>Lagre tall per år som CSV</source>
        <translation>Save yearly figures as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="278" />
        <source>Lagre figur</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="279" />
        <source>PNG-bilde (*.png);;SVG-vektorgrafikk (*.svg);;PDF (*.pdf)</source>
        <translation>PNG image (*.png);;SVG vector graphics (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="290" />
        <source>Figuren er lagret: %1</source>
        <translation>The chart is saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="302" />
        <source>Figuren er kopiert til utklippstavlen.</source>
        <translation>The chart is copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="314" />
        <source>Sammenlign scenarioer</source>
        <translation>Compare scenarios</translation>
    </message>
    <message>
        <location filename="../../ui/export/ExportMenu.cpp" line="169" />
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
    <name>gevinst::ui::GoalSeekDialog</name>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="55" />
        <source>Hva skal til?</source>
        <translation>What does it take?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="58" />
        <source>Hvor mye må vi dele for å dekke en andel av bemanningsgapet?</source>
        <translation>How much must we share to cover part of the staffing gap?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="59" />
        <source>Hvilken realiseringsandel gir nåverdi 0?</source>
        <translation>Which realisation share gives a present value of 0?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="60" />
        <source>Hvilken årskostnad for oppgavemedarbeidere gjør et frigjort årsverk like dyrt som en fagstilling?</source>
        <translation>Which annual cost of task workers makes a freed FTE as expensive as a professional post?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="73" />
        <source>Dekke</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="75" />
        <source>av gapet i</source>
        <translation>of the gap in</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="87" />
        <source>Bruk verdien</source>
        <translation>Use the value</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="89" />
        <source>Legger svaret inn i scenarioet som én endring (kan angres)</source>
        <translation>Puts the answer into the scenario as one change (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="96" />
        <source>Spørsmål:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="99" />
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="142" />
        <source>Scenarioet har feil. Rett dem i redigeringen, så kan spørsmålet besvares.</source>
        <translation>The scenario has errors. Fix them in the editor, and the question can be answered.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="171" />
        <source>Modellen fant ikke noe svar på dette spørsmålet for scenarioet.</source>
        <translation>The model found no answer to this question for the scenario.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="185" />
        <source>Dagens delingsandeler dekker allerede %1 av gapet i %2 (%3 av %4).</source>
        <translation>Today’s sharing shares already cover %1 of the gap in %2 (%3 of %4).</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="188" />
        <source>For å dekke %1 av gapet i %2 (%3 av %4) må alle delingsandelene økes med %5, det vil si ganges med %6.</source>
        <translation>To cover %1 of the gap in %2 (%3 of %4), all sharing shares must rise by %5, that is, be multiplied by %6.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="192" />
        <source>For å dekke %1 av gapet i %2 (%3 av %4) holder det med %5 av dagens delingsandeler; de kan reduseres med %6.</source>
        <translation>To cover %1 of the gap in %2 (%3 of %4), %5 of today’s sharing shares is enough; they can be reduced by %6.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="200" />
        <source>For eksempel blir %1 %2 i stedet for %3.</source>
        <translation>For example, %1 becomes %2 instead of %3.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="206" />
        <source>%1 ligger utenfor scenarioets periode (%2–%3).</source>
        <translation>%1 is outside the scenario’s period (%2–%3).</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="208" />
        <source>Det er ikke noe bemanningsgap i %1 (behovet er ikke større enn bemanningen), så det er ingenting å dekke.</source>
        <translation>There is no staffing gap in %1 (the need is no larger than the staff), so there is nothing to cover.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="211" />
        <source>Ingen tiltak har en delingsandel over 0, så det er ingenting å øke. Legg inn et tiltak først.</source>
        <translation>No measure has a sharing share above 0, so there is nothing to increase. Add a measure first.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="213" />
        <source>Selv om alle delingsandelene økes så mye som mulig (til en rolles oppgaver av én type er delt helt bort, ganger %1), dekkes bare %2 av gapet i %3. Målet krever flere tiltak eller andre oppgavetyper.</source>
        <translation>Even if all sharing shares are raised as far as they go (until one role’s tasks of one type are shared away entirely, times %1), only %2 of the gap in %3 is covered. The target needs more measures or other types of task.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="229" />
        <source>Nåverdien av budsjetteffekten blir 0 når %1 av verdien av frigjort kapasitet regnes som realisert budsjettgevinst (i dag %2). %3</source>
        <translation>The present value of the budget effect is 0 when %1 of the value of freed capacity counts as a realised budget gain (today %2). %3</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="232" />
        <source>Realiseres mer enn dette, er tiltakene lønnsomme for kommunen over perioden; realiseres mindre, koster de mer enn de sparer.</source>
        <translation>If more than this is realised, the measures pay off for the municipality over the period; if less, they cost more than they save.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="234" />
        <source>Realiseres mindre enn dette, blir nåverdien positiv.</source>
        <translation>If less than this is realised, the present value becomes positive.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="237" />
        <source>Nåverdien er positiv selv om ingenting av den frigjorte kapasiteten tas ut som innsparing (den er minst %1): tilskudd og sparte sosialhjelpsutgifter dekker kostnadene.</source>
        <translation>The present value is positive even if none of the freed capacity is taken out as savings (it is at least %1): subsidies and social assistance saved cover the costs.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="241" />
        <source>Nåverdien er negativ selv om all frigjort kapasitet regnes som realisert (høyst %1). Tiltakene må koste mindre eller frigjøre mer tid for å gå i balanse.</source>
        <translation>The present value is negative even if all freed capacity counts as realised (at most %1). The measures must cost less or free more time to break even.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="258" />
        <source>Et frigjort årsverk koster netto like mye som en %1 (%2 i året) når en oppgavemedarbeider koster %3 i året. Er lønnskostnaden lavere, er oppgavedelingen billigere enn å ansette en %1.</source>
        <translation>A freed FTE costs, net, as much as one %1 (%2 a year) when a task worker costs %3 a year. If the wage cost is lower, task sharing is cheaper than hiring one more %1.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="261" />
        <source>Scenarioet har ingen fagrolle å sammenligne med.</source>
        <translation>The scenario has no professional role to compare with.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="263" />
        <source>Ingen oppgaver går til oppgavemedarbeidere, så lønnen deres endrer ikke regnestykket.</source>
        <translation>No tasks go to task workers, so their wages do not change the calculation.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="264" />
        <source>Tiltakene frigjør ingen årsverk, så det finnes ingen kostnad per frigjort årsverk.</source>
        <translation>The measures free no FTE, so there is no cost per freed FTE.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="266" />
        <source>Selv om oppgavemedarbeiderne ikke kostet noe, ville et frigjort årsverk koste %1 netto, mer enn en %2 (%3).</source>
        <translation>Even if the task workers cost nothing, a freed FTE would cost %1 net, more than one %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="270" />
        <source>Et frigjort årsverk koster mindre enn en %1 uansett lønn for oppgavemedarbeiderne.</source>
        <translation>A freed FTE costs less than one %1 whatever the task workers are paid.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="288" />
        <source>Målsøk: gang delingsandelene med %1</source>
        <translation>Goal seek: multiply the sharing shares by %1</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="305" />
        <source>Målsøk: realiseringsandel %1</source>
        <translation>Goal seek: realisation share %1</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/GoalSeekDialog.cpp" line="312" />
        <source>Målsøk: årskostnad for oppgavemedarbeidere %1</source>
        <translation>Goal seek: annual cost of task workers %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::HelpDialog</name>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="25" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="44" />
        <source>Kom i gang</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="45" />
        <source>Ordliste</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="46" />
        <source>Om Gevinstmodell</source>
        <translation>About Gevinstmodell</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="55" />
        <source>&lt;h2&gt;Kom i gang&lt;/h2&gt;&lt;p&gt;Gevinstmodell regner ut hva det gir å dele oppgaver i helse og omsorg: frigjorte årsverk, hvor mye av bemanningsgapet det dekker, tilskudd fra NAV, sparte sosialhjelpsutgifter, kostnader og budsjetteffekt år for år.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Velg enhet.&lt;/b&gt; Skriv navnet eller nummeret på kommunen eller bydelen i søkefeltet øverst til venstre (Ctrl+F), og velg den i lista. Under står enhetens scenarioer.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Lag et nytt scenario&lt;/b&gt; med «Nytt scenario for enheten», eller dobbeltklikk et scenario som finnes. Et nytt scenario får enhetens folketall fra SSB og bemanning fra KOSTRA; tiltak, kostnader og tidshorisont kommer fra malen. Med «Bruk som mal» lager du et scenario for en annen enhet ut fra et du har, og «Dupliser» gir en variant å sammenligne med (for eksempel et 0-alternativ, et moderat og et ambisiøst).&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Sjekk bemanningen&lt;/b&gt; i fanen «Bemanning»: årsverk og årskostnad per rolle, og hvor stor andel av tiden hver rolle bruker på hver oppgavekategori (hver rad skal bli 100 %). Bytt inn enhetens egne tall fra HR eller KOSTRA, og skriv hvor tallene kommer fra i «Kilde»-feltet. Se også «Demografi» (folketall og hvor mange som får tjenesten) og «Tiltak» (hvilke oppgaver som flyttes, til hvem, og hvor stor andel).&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Les resultatene&lt;/b&gt; til høyre. Kortene viser frigjorte årsverk og hvor mye av bemanningsgapet de dekker i siste år, nåverdien av budsjetteffekten, netto kostnad per frigjort årsverk, tilskudd, sparte sosialhjelpsutgifter og når tiltakene er lønnsomme. Diagrammene viser det samme år for år; «Usikkerhet» viser hvor mye svaret kan variere, og «Hvem betaler» hvem som får gevinsten.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Lagre&lt;/b&gt; en ny versjon med et notat om hva du endret og hvorfor (Ctrl+S). Alle versjoner tas vare på; en endret verdi får kilden merket «Endret av bruker» til du skriver en ny.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ordene modellen bruker, står i «Hjelp → Ordliste».&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;Gevinstmodell works out what sharing tasks in health and care brings: freed FTE, how much of the staffing gap they cover, subsidies from NAV, social assistance saved, costs and the budget effect year by year.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Choose a unit.&lt;/b&gt; Type the name or number of the municipality or city district in the search field at the top left (Ctrl+F), and pick it from the list. The unit’s scenarios are listed below.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Create a new scenario&lt;/b&gt; with “New scenario for the unit”, or double-click an existing scenario. A new scenario gets the unit’s population from SSB and its staffing from KOSTRA; measures, costs and time horizon come from the template. “Use as template” makes a scenario for another unit from one you have, and “Duplicate” gives a variant to compare with (for example a zero alternative, a moderate and an ambitious one).&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Check the staffing&lt;/b&gt; on the “Staff” tab: FTE and annual cost per role, and the share of time each role spends on each task category (each row must come to 100 %). Put in the unit’s own figures from HR or KOSTRA, and write where they come from in the “Source” field. See also “Demography” (population and how many receive the service) and “Measures” (which tasks move, to whom, and what share).&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Read the results&lt;/b&gt; on the right. The cards show freed FTE and how much of the staffing gap they cover in the last year, the present value of the budget effect, the net cost per freed FTE, subsidies, social assistance saved and when the measures become profitable. The charts show the same year by year; “Uncertainty” shows how much the answer can vary, and “Who pays” who gets the benefit.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Save&lt;/b&gt; a new version with a note on what you changed and why (Ctrl+S). Every version is kept; a changed value gets its source marked “Changed by user” until you write a new one.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The words the model uses are explained under “Help → Glossary”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="82" />
        <source>&lt;h2&gt;Ordliste&lt;/h2&gt;&lt;dl&gt;&lt;dt&gt;&lt;b&gt;Bemanningsgap&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;Årsverkene enheten mangler et år: behovet (dagens årsverk ganget med hvor mye behovet for tjenesten har vokst, ut fra folketallet per aldersgruppe og andelen som får tjenesten) minus det enheten har (dagens årsverk med den årlige bemanningsveksten). «Andel av gapet dekket» er frigjorte årsverk delt på gapet. Er det ikke noe gap, trengs det ingen nye ansettelser, og frigjort tid gir ingen innsparing når realiseringen er «bare innenfor bemanningsgapet» – den gir kapasitet.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Realiseringsandel&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;Hvor stor del av verdien av frigjort kapasitet som regnes som budsjettgevinst – ansettelser kommunen slipper eller stillinger som ikke fylles på nytt. Med «bare innenfor bemanningsgapet» regnes bare frigjort tid som erstatter ansettelser gapet ellers ville krevd; tid utover gapet vises som kapasitet (flere mottakere, bedre bruk av kompetansen), ikke som penger. 0 % betyr at all frigjort tid går til kvalitet og flere mottakere.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Tidsfaktor&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;Hvor lang tid mottakeren bruker på oppgavene sammenlignet med fagpersonen som ga dem fra seg: 1,0 er like lang tid, 1,1 er 10 % lengre. Mottakerens timer er de flyttede timene ganget med tidsfaktoren. Teknologi bruker ingen personaltimer; den koster per flyttet time.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Utnyttelsesgrad&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;Andelen av en faggruppes arbeidstid som går til oppgaver som krever gruppens utdanning (de halvfete kategoriene i «Bemanning»), før og etter tiltakene. Tid som flyttes bort fra andre oppgaver, går til slike oppgaver, så utnyttelsesgraden stiger (høyst 100 %).&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Frigjorte årsverk&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;Fagpersonalets timer som flyttes til andre, minus timene en rolle selv tar over, delt på timer per årsverk.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Nåverdi&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;Summen av budsjetteffekten år for år, der senere år teller mindre (diskontert med diskonteringsrenten, i faste priser).&lt;/p&gt;&lt;/dd&gt;&lt;/dl&gt;</source>
        <translation>&lt;h2&gt;Glossary&lt;/h2&gt;&lt;dl&gt;&lt;dt&gt;&lt;b&gt;Staffing gap&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;The FTE the unit lacks in a year: the need (today’s FTE multiplied by how much the need for the service has grown, from the population per age band and the share who receive the service) minus what the unit has (today’s FTE with the yearly growth in staff). “Share of the gap closed” is freed FTE divided by the gap. If there is no gap, no new hires are needed, and freed time gives no savings when realisation is “Only within the staffing gap” – it gives capacity.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Realisation share&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;How much of the value of freed capacity counts as a budget gain – hires the municipality avoids, or posts that are not filled again. With “Only within the staffing gap”, only freed time that replaces hires the gap would otherwise have required is counted; time beyond the gap is shown as capacity (more recipients, better use of skills), not as money. 0 % means that all freed time goes to quality and more recipients.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Time factor&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;How long the receiver takes over the tasks compared with the professional who handed them over: 1.0 is the same time, 1.1 is 10 % longer. The receiver’s hours are the shifted hours multiplied by the time factor. Technology uses no staff hours; it costs per shifted hour.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Utilisation&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;The share of a professional group’s working time spent on tasks that need the group’s training (the categories in bold under “Staff”), before and after the measures. Time moved away from other tasks goes to such tasks, so utilisation rises (at most 100 %).&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Freed FTE&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;The professional staff’s hours shifted to others, minus the hours a role takes over itself, divided by hours per FTE.&lt;/p&gt;&lt;/dd&gt;&lt;dt&gt;&lt;b&gt;Present value&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;&lt;p&gt;The sum of the budget effect year by year, where later years count for less (discounted at the discount rate, in fixed prices).&lt;/p&gt;&lt;/dd&gt;&lt;/dl&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="112" />
        <source>&lt;h2&gt;Gevinstmodell %1&lt;/h2&gt;&lt;p&gt;Gevinster av oppgavedeling i helse og omsorg: frigjort kapasitet, utnyttelsesgrad, statlige tilskudd og sparte sosialhjelpsutgifter, for kommuner og bydeler.&lt;/p&gt;&lt;h3&gt;Lisens&lt;/h3&gt;&lt;p&gt;Gevinstmodell er fri programvare under GNU General Public License, versjon 3 eller senere (GPL-3.0-or-later). Du kan bruke, endre og dele programmet på de vilkårene lisensen setter; det leveres uten noen garanti. Se &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;. Diagrammene tegnes med QCustomPlot (GPL) og vinduet med Qt.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Kilde: Statistisk sentralbyrå.&lt;/b&gt; Folketall (tabell 07459, 10826, dødelighetstabell 07902) og KOSTRA-tall for hjemmetjenester og omsorgstjenesten (tabell 12292, 14534) er fra SSB, under Norsk lisens for offentlige data (NLOD 2.0, &lt;a href="https://data.norge.no/nlod/no/2.0"&gt;data.norge.no/nlod/no/2.0&lt;/a&gt;): fri gjenbruk med kildehenvisning. Framskrivingen etter 2026 er programmets egen, ikke SSBs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kartgrunnlag: Kartverket (CC BY 4.0).&lt;/b&gt; Kommunegrensene (inndeling 2024) bygger på Kartverkets data under Creative Commons Navngivelse 4.0 (&lt;a href="https://creativecommons.org/licenses/by/4.0/deed.no"&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;), forenklet og klippet mot kystlinjen.&lt;/p&gt;&lt;p&gt;Lønnstall, satser og regler i de leverte scenarioene har kildene sine i hvert scenarios «Kilde»-felt.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gevinstmodell %1&lt;/h2&gt;&lt;p&gt;Benefits of task sharing in health and care: freed capacity, utilisation, state subsidies and social assistance saved, for municipalities and city districts.&lt;/p&gt;&lt;h3&gt;Licence&lt;/h3&gt;&lt;p&gt;Gevinstmodell is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). You may use, change and share the program on the terms the licence sets; it comes with no warranty. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;. The charts are drawn with QCustomPlot (GPL) and the window with Qt.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Source: Statistics Norway.&lt;/b&gt; Population figures (tables 07459 and 10826, life table 07902) and KOSTRA figures for home care services and the care services (tables 12292 and 14534) are from Statistics Norway (SSB), under the Norwegian Licence for Open Government Data (NLOD 2.0, &lt;a href="https://data.norge.no/nlod/en/2.0"&gt;data.norge.no/nlod/en/2.0&lt;/a&gt;): free reuse with attribution. The projection after 2026 is the program’s own, not SSB’s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Map data: Kartverket (CC BY 4.0).&lt;/b&gt; The municipal boundaries (2024 division) build on data from Kartverket, the Norwegian Mapping Authority, under Creative Commons Attribution 4.0 (&lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;), simplified and clipped to the coastline.&lt;/p&gt;&lt;p&gt;Wage figures, rates and rules in the shipped scenarios have their sources in each scenario’s “Source” field.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="132" />
        <source>(ukjent versjon)</source>
        <translation>(unknown version)</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="154" />
        <source>&amp;Kom i gang</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="157" />
        <source>&amp;Ordliste</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <location filename="../../ui/help/HelpDialog.cpp" line="160" />
        <source>&amp;Om Gevinstmodell</source>
        <translation>&amp;About Gevinstmodell</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LedgerCharts</name>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="54" />
        <source>Kommunen: helse og omsorg</source>
        <translation>Municipality: health and care</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="55" />
        <source>Kommunen: sosialhjelp</source>
        <translation>Municipality: social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="56" />
        <source>Kommunen: skatt</source>
        <translation>Municipality: tax</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="57" />
        <source>Staten: NAV</source>
        <translation>State: NAV</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="58" />
        <source>Staten: skatt og avgift</source>
        <translation>State: tax and contributions</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="59" />
        <source>De som får jobb</source>
        <translation>Those who get jobs</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="60" />
        <source>Offentlig sektor i alt</source>
        <translation>Public sector in total</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="61" />
        <source>Samfunnet i alt</source>
        <translation>Society in total</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="62" />
        <source>Skattefinansieringskostnad</source>
        <translation>Marginal cost of public funds</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="63" />
        <source>Samfunnet med skattefin.</source>
        <translation>Society with MCPF</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="64" />
        <source>Frigjort tid (ikke kontanter)</source>
        <translation>Freed time (not cash)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="90" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="134" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="263" />
        <source>Hvem betaler og hvem får, per år</source>
        <translation>Who pays and who gains, per year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerCharts.cpp" line="264" />
        <source>Nåverdi per aktør, fram til samfunnet i alt</source>
        <translation>NPV per actor, up to society in total</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LedgerReportPage</name>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="51" />
        <source>får %1</source>
        <translation>gains %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="51" />
        <source>betaler netto %1</source>
        <translation>pays a net %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="54" />
        <source>Tiltakene betales av kommunen, mens gevinstene havner i flere budsjetter. Regnet som nåverdi for %1–%2 %3 for kommunens helse- og omsorgstjeneste og sosialhjelpen til sammen – det er budsjetteffekten. I tillegg får kommunen %4 i skatteinntekter og staten %5 (NAV %6, skatt og arbeidsgiveravgift %7). De som kommer i jobb gjennom NAV, %8 etter skatt og tapte ytelser. Offentlig sektor samlet %9. For samfunnet i alt går overføringene mellom aktørene opp, og det som blir igjen, %10, er verdien av de virkelige ressursene; med skattefinansieringskostnaden (R-109) blir det %11.</source>
        <translation>The municipality pays for the measures, while the gains land in several budgets. As an NPV for %1–%2, the municipality’s health and care service and social assistance together %3 – that is the budget effect. In addition the municipality gains %4 in tax revenue and the state %5 (NAV %6, tax and employer’s contribution %7). Those who get work through NAV %8 after tax and lost benefits. The public sector as a whole %9. For society as a whole the transfers between the actors cancel out, and what remains, %10, is the value of the real resources; with the marginal cost of public funds (R-109) it is %11.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="61" />
        <source>blir det %1</source>
        <translation>comes to %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="62" />
        <source>blir det en netto kostnad på %1</source>
        <translation>comes to a net cost of %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="70" />
        <source>Kommunen alene betaler altså mer enn den får igjen, mens offentlig sektor samlet tjener på tiltakene: et argument for å dele kostnadene mellom budsjettene.</source>
        <translation>So the municipality alone pays more than it gets back, while the public sector as a whole gains from the measures: an argument for sharing the costs between the budgets.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="73" />
        <source>Kommunen får altså igjen mer enn tiltakene koster, og andre offentlige budsjetter får gevinster i tillegg.</source>
        <translation>So the municipality gets back more than the measures cost, and other public budgets gain as well.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="76" />
        <source>Offentlig sektor samlet betaler altså mer enn den får igjen i kroner; tiltakene må da vurderes opp mot den frigjorte tiden og virkningene som ikke er prissatt.</source>
        <translation>So the public sector as a whole pays more than it gets back in money; the measures must then be weighed against the freed time and the effects that are not priced.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="79" />
        <source>Frigjort tid som ikke gir penger i budsjettet, er verdt %1, men er ikke lagt inn i summene: den gir flere tjenestemottakere eller bedre kvalitet.</source>
        <translation>Freed time that brings no money into the budget is worth %1 but is not included in the totals: it gives more service recipients or better quality.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="83" />
        <source>Scenarioet oppgir ikke lønn, skattesatser eller statlige ytelser, så skatt og sparte statlige ytelser er regnet som 0.</source>
        <translation>The scenario gives no wages, tax rates or state benefits, so tax and state benefits saved are counted as 0.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="91" />
        <source>Hvem betaler og hvem får</source>
        <translation>Who pays and who gains</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="112" />
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="112" />
        <source>DFØ-klasse</source>
        <translation>DFØ class</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="112" />
        <source>Sum %1–%2</source>
        <translation>Total %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="113" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="131" />
        <source>Kroner i faste %1-priser; nåverdi med diskonteringsrente %2. Positive tall er gevinst for aktøren, negative er kostnad. Frigjort tid er ikke kontanter og er ikke med i summene.</source>
        <translation>NOK in fixed %1 prices; NPV at a discount rate of %2. Positive figures are a gain for the actor, negative ones a cost. Freed time is not cash and is not in the totals.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="135" />
        <source>Hvem betaler og hvem får, per år</source>
        <translation>Who pays and who gains, per year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="139" />
        <source>Ikke prissatt</source>
        <translation>Not priced</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="145" />
        <source>Forutsetninger for fordelingen</source>
        <translation>Assumptions of the distribution</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="151" />
        <source>Forutsetning</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="151" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="151" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerReportPage.cpp" line="164" />
        <source>Scenarioet har ingen forutsetninger for fordelingen; alle er 0.</source>
        <translation>The scenario has no assumptions for the distribution; all are 0.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LedgerView</name>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="51" />
        <source>Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.</source>
        <translation>Showing the last valid calculation – fix the errors in the scenario to update.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="66" />
        <source>Kopier tabell</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="67" />
        <source>Kopierer tabellen med tabulator mellom kolonnene, klar til å lime inn i et regneark</source>
        <translation>Copies the table with tabs between the columns, ready to paste into a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="75" />
        <source>Per år</source>
        <translation>Per year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="77" />
        <location filename="../../ui/ledger/LedgerView.cpp" line="166" />
        <source>Nåverdi</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="86" />
        <source>Frigjort tid (ikke kontanter)</source>
        <translation>Freed time (not cash)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="93" />
        <source>Ikke prissatt</source>
        <translation>Not priced</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="110" />
        <source>Ingen beregning å vise.</source>
        <translation>No calculation to show.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="127" />
        <source>Kroner i faste %1-priser. Positive tall er gevinst for aktøren, negative er kostnad. Nåverdi med diskonteringsrente %2. Kommunens to linjer er til sammen budsjetteffekten.</source>
        <translation>NOK in fixed %1 prices. Positive figures are a gain for the actor, negative ones a cost. NPV at a discount rate of %2. The municipality’s two lines together are the budget effect.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="131" />
        <source>Scenarioet har ingen forutsetninger for fordelingen (lønn, skattesatser og statlige ytelser er 0), så bare kommunens og NAVs kontantstrømmer vises.</source>
        <translation>The scenario has no assumptions for the distribution (wages, tax rates and state benefits are 0), so only the municipality’s and NAV’s cash flows are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="145" />
        <source>Nåverdi &lt;b&gt;%1&lt;/b&gt;. Verdien av frigjort tid som ikke regnes som penger i kommunens budsjett: tid som brukes til flere tjenestemottakere eller bedre kvalitet. Den vises ved siden av aktørene og er ikke lagt inn i noen sum.</source>
        <translation>NPV &lt;b&gt;%1&lt;/b&gt;. The value of freed time not counted as money in the municipality’s budget: time used for more service recipients or better quality. It is shown beside the actors and is not included in any total.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="163" />
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="163" />
        <source>DFØ-klasse</source>
        <translation>DFØ class</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="171" />
        <source>Nåverdi %1–%2 i faste kroner</source>
        <translation>NPV %1–%2 in fixed NOK</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/LedgerView.cpp" line="198" />
        <source>Ikke kontanter: vises ved siden av aktørene og er ikke med i summene.</source>
        <translation>Not cash: shown beside the actors and not included in the totals.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LibraryConnectionDialog</name>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="39" />
        <source>Åpne bibliotek</source>
        <translation>Open library</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="42" />
        <source>Scenariobiblioteket kan ligge i en fil på denne maskinen, eller i en database på en PostgreSQL-server som flere deler (en økonomiavdeling, et interkommunalt samarbeid).</source>
        <translation>The scenario library can be a file on this machine, or a database on a PostgreSQL server that several people share (a finance department, an inter-municipal partnership).</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="47" />
        <source>&amp;Fil på denne maskinen</source>
        <translation>&amp;File on this machine</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="49" />
        <source>&amp;Server (PostgreSQL)</source>
        <translation>&amp;Server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="66" />
        <source>Bla gjennom …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="71" />
        <source>Bibliotekfil:</source>
        <translation>Library file:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="72" />
        <source>En fil som ikke finnes ennå, blir et nytt bibliotek med de leverte scenarioene.</source>
        <translation>A file that does not exist yet becomes a new library with the shipped scenarios.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="82" />
        <source>f.eks. db.kommune.no</source>
        <translation>e.g. db.kommune.no</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="90" />
        <source>f.eks. gevinst</source>
        <translation>e.g. gevinst</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="93" />
        <source>tom: brukernavnet ditt på maskinen</source>
        <translation>empty: your user name on this machine</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="96" />
        <source>Av (disable)</source>
        <translation>Off (disable)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="97" />
        <source>Når serveren tilbyr det (prefer)</source>
        <translation>When the server offers it (prefer)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="98" />
        <source>Alltid kryptert (require)</source>
        <translation>Always encrypted (require)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="99" />
        <source>Kryptert, og serverens sertifikat kontrolleres (verify-full)</source>
        <translation>Encrypted, and the server's certificate is checked (verify-full)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="101" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="102" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="103" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="104" />
        <source>Bruker:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="105" />
        <source>SSL:</source>
        <translation>SSL:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="106" />
        <source>Passordet lagres aldri. Programmet prøver først PGPASSWORD og ~/.pgpass, og spør deg når serveren krever passord.</source>
        <translation>The password is never stored. The program first tries PGPASSWORD and ~/.pgpass, and asks you when the server wants a password.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="122" />
        <source>&amp;Åpne</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="125" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="214" />
        <source>Fyll inn server og database.</source>
        <translation>Fill in server and database.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="214" />
        <source>Adresse: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="216" />
        <source>Velg en bibliotekfil.</source>
        <translation>Choose a library file.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="222" />
        <source>Velg bibliotekfil</source>
        <translation>Choose library file</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryConnectionDialog.cpp" line="223" />
        <source>Scenariobibliotek (*.sqlite *.db);;Alle filer (*)</source>
        <translation>Scenario libraries (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::LibraryPanel</name>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="46" />
        <source>Søk kommune eller bydel …</source>
        <translation>Search municipality or district …</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="48" />
        <source>Skriv navn eller nummer (Ctrl+F)</source>
        <translation>Type a name or number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="68" />
        <location filename="../../ui/library/LibraryPanel.cpp" line="393" />
        <source>Papirkurv</source>
        <translation>Wastebasket</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="70" />
        <source>Vis scenarioer i papirkurven (de kan gjenopprettes)</source>
        <translation>Show scenarios in the wastebasket (they can be restored)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="77" />
        <source>Scenario / versjon</source>
        <translation>Scenario / version</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="77" />
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="77" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="78" />
        <source>Hvem som lagret versjonen (databasebrukeren på en server)</source>
        <translation>Who saved the version (the database user on a server)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="93" />
        <source>Nytt scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="95" />
        <source>Lag et scenario for enheten med enhetens folketall og bemanning</source>
        <translation>Create a scenario for the unit with the unit’s population and staffing</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="108" />
        <source>Gi nytt navn …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="108" />
        <source>Gi scenarioet nytt navn (lagres som ny versjon)</source>
        <translation>Rename the scenario (saved as a new version)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="109" />
        <source>Dupliser</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="109" />
        <source>Nytt scenario fra siste lagrede versjon, med navnet «… (kopi)»</source>
        <translation>New scenario from the last saved version, named “… (copy)”</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="111" />
        <source>Bruk som mal …</source>
        <translation>Use as template …</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="111" />
        <source>Nytt scenario for en annen kommune eller bydel, med dette som mal</source>
        <translation>New scenario for another municipality or city district, with this one as template</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="113" />
        <location filename="../../ui/library/LibraryPanel.cpp" line="513" />
        <source>Til papirkurven</source>
        <translation>To wastebasket</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="113" />
        <source>Flytt scenarioet til papirkurven (kan gjenopprettes)</source>
        <translation>Move the scenario to the wastebasket (can be restored)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="115" />
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="115" />
        <source>Hent scenarioet tilbake fra papirkurven</source>
        <translation>Bring the scenario back from the wastebasket</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="131" />
        <source>Nytt scenario for enheten</source>
        <translation>New scenario for the unit</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="311" />
        <source>Lag et scenario for valgt enhet med enhetens folketall og bemanning; tiltak og kostnader fra hjemmetjenestemalen</source>
        <translation>Create a scenario for the selected unit with the unit’s population and staffing; measures and costs from the home care template</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="140" />
        <source>Nylig brukt</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="220" />
        <source>%1 på %2 (som %3)</source>
        <translation>%1 on %2 (as %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library/LibraryPanel.cpp" line="221" />
        <source>Bibliotek: %1
%n scenario(er)</source>
        <translation><numerusform>Library: %1
%n scenario</numerusform><numerusform>Library: %1
%n scenarios</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="222" />
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="225" />
        <source>Biblioteket kan ikke leses: %1</source>
        <translation>The library cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="333" />
        <source>Scenarioer</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="333" />
        <source>Scenarioer for %1</source>
        <translation>Scenarios for %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="344" />
        <source>%1 har ingen scenarioer ennå.
Lag et med enhetens folketall og bemanning:</source>
        <translation>%1 has no scenarios yet.
Create one with the unit’s population and staffing:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="343" />
        <source>Et scenario lages for en kommune eller bydel. Velg en kommune under %1.</source>
        <translation>A scenario is made for a municipality or city district. Choose a municipality under %1.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="330" />
        <source>Biblioteket er skrivebeskyttet: nye scenarioer kan ikke lagres her</source>
        <translation>The library is read-only: new scenarios cannot be saved here</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="345" />
        <source>%1 har ingen scenarioer i dette biblioteket.</source>
        <translation>%1 has no scenarios in this library.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="354" />
        <source> (levert)</source>
        <translation> (shipped)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library/LibraryPanel.cpp" line="358" />
        <source>%1 – %n versjon(er). Dobbeltklikk for å åpne.</source>
        <translation><numerusform>%1 – %n version. Double-click to open.</numerusform><numerusform>%1 – %n versions. Double-click to open.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="370" />
        <source>Versjon %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="371" />
        <source>Versjon %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="378" />
        <source>Versjon %1, lagret %2 av %3</source>
        <translation>Version %1, saved %2 by %3</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="400" />
        <source>Papirkurven er tom.</source>
        <translation>The wastebasket is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="411" />
        <source>Lagt i papirkurven %1. Velg «Gjenopprett» for å hente det tilbake.</source>
        <translation>Moved to the wastebasket %1. Choose “Restore” to bring it back.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="485" />
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="485" />
        <source>Nytt navn på scenarioet:</source>
        <translation>New name for the scenario:</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="514" />
        <source>Flytte «%1» til papirkurven? Det kan hentes tilbake under «Papirkurv».</source>
        <translation>Move “%1” to the wastebasket? It can be brought back under “Wastebasket”.</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="377" />
        <location filename="../../ui/library/LibraryPanel.cpp" line="538" />
        <source>Versjon %1, lagret %2</source>
        <translation>Version %1, saved %2</translation>
    </message>
    <message>
        <location filename="../../ui/library/LibraryPanel.cpp" line="54" />
        <source>Enhet (antall scenarioer)</source>
        <translation>Unit (number of scenarios)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223" />
        <source>Beregnet på %1 ms, tegnet på %2 ms</source>
        <translation>Computed in %1 ms, drawn in %2 ms</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="271" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="272" />
        <source>&amp;Importer scenariofil …</source>
        <translation>&amp;Import scenario file …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="275" />
        <source>&amp;Eksporter scenariofil …</source>
        <translation>&amp;Export scenario file …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="277" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="289" />
        <source>&amp;Lagre ny versjon …</source>
        <translation>&amp;Save new version …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="292" />
        <source>&amp;Tilbakestill til lagret</source>
        <translation>&amp;Revert to saved</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="294" />
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="296" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="299" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300" />
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="303" />
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="305" />
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="309" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="310" />
        <source>&amp;Søk etter enhet</source>
        <translation>&amp;Find unit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="338" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="574" />
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="485" />
        <source>Gevinstmodell</source>
        <translation>Gevinstmodell</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="73" />
        <source>Serveren godtok ikke passordet. Prøv igjen.

Passord for %1:</source>
        <translation>The server did not accept the password. Try again.

Password for %1:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74" />
        <source>Serveren krever passord.

Passord for %1:</source>
        <translation>The server wants a password.

Password for %1:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="76" />
        <source>Passord til biblioteket</source>
        <translation>Library password</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="167" />
        <source>Gevinstplan</source>
        <translation>Benefits plan</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168" />
        <source>Vedtatt gevinstrealiseringsplan: gevinster med eier, nullpunkt og mål, faktiske tall, avvik og status</source>
        <translation>Approved benefits realisation plan: benefits with owner, baseline and targets, actual figures, deviations and status</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180" />
        <source>Befolkning</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="181" />
        <source>Befolkning etter alder: registrert, programmets og SSBs framskriving</source>
        <translation>Population by age: registered, the program’s projection and SSB’s</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="191" />
        <source>Sammenligning</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="192" />
        <source>Sammenlign scenarioer og versjoner side om side</source>
        <translation>Compare scenarios and versions side by side</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="280" />
        <source>Åpne &amp;bibliotek …</source>
        <translation>Open &amp;library …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="282" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283" />
        <source>Åpne et scenariobibliotek fra en fil eller en PostgreSQL-server</source>
        <translation>Open a scenario library from a file or a PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="284" />
        <source>&amp;Nylige bibliotek</source>
        <translation>&amp;Recent libraries</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="315" />
        <source>&amp;Kommunebildet …</source>
        <translation>&amp;Municipality overview …</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="317" />
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="318" />
        <source>Alle kommuner og bydeler på kart og i tabell med én tiltakspakke</source>
        <translation>All municipalities and city districts on a map and in a table with one package of measures</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="400" />
        <source>Valgt fra Kommunebildet: %1</source>
        <translation>Chosen from the Municipality overview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="421" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="421" />
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="441" />
        <source>Biblioteket er allerede åpent: %1</source>
        <translation>The library is already open: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="458" />
        <source>Biblioteket kan ikke åpnes</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="491" />
        <source> (versjon %1)</source>
        <translation> (version %1)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="493" />
        <source> (ikke i biblioteket)</source>
        <translation> (not in the library)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="522" />
        <source>Lagre ny versjon</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="522" />
        <source>Notat for versjonen (hva er endret og hvorfor):</source>
        <translation>Note for the version (what changed and why):</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="537" />
        <source>Tilbakestill</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="538" />
        <source>Tilbakestille «%1» til sist lagrede versjon? (Kan angres.)</source>
        <translation>Revert “%1” to the last saved version? (Can be undone.)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="546" />
        <source>Importer scenariofil</source>
        <translation>Import scenario file</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="547" />
        <source>Scenariofiler (*.json);;Alle filer (*)</source>
        <translation>Scenario files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="559" />
        <source>Eksporter scenariofil</source>
        <translation>Export scenario file</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="560" />
        <source>Scenariofiler (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="575" />
        <source>Disse scenarioene har endringer som ikke er lagret:
%1

Lagre dem som nye versjoner før du avslutter?</source>
        <translation>These scenarios have changes that are not saved:
%1

Save them as new versions before you quit?</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="587" />
        <source>Lagret ved avslutning</source>
        <translation>Saved on quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="151" />
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="152" />
        <source>Usikkerhet</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="153" />
        <source>Monte Carlo-simulering og tornadodiagram over usikre forutsetninger</source>
        <translation>Monte Carlo simulation and tornado chart of uncertain assumptions</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157" />
        <source>Hvem betaler</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="158" />
        <source>Hvem betaler – hvem får: kontantstrømmer per aktør og nåverdier</source>
        <translation>Who pays – who gains: cash flows per actor and NPVs</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="159" />
        <source>Økonomiplan</source>
        <translation>Financial plan</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="160" />
        <source>Kommunens egne budsjettlinjer for fire år</source>
        <translation>The municipality’s own budget lines for four years</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="384" />
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
        <location filename="../../ui/editor/NumberField.cpp" line="138" />
        <source>Enhet: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/NumberField.cpp" line="143" />
        <source>Kilde: ikke oppgitt</source>
        <translation>Source: not given</translation>
    </message>
    <message>
        <location filename="../../ui/editor/NumberField.cpp" line="143" />
        <source>Kilde: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::OverviewFigureText</name>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="30" />
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="51" />
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="31" />
        <source>Gap per 1 000 innbyggere 67+</source>
        <translation>Gap per 1,000 inhabitants 67+</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="32" />
        <source>Andel av gapet som lukkes</source>
        <translation>Share of the gap that is closed</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="33" />
        <source>Frigjort kapasitet</source>
        <translation>Freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="34" />
        <source>Nåverdi budsjetteffekt</source>
        <translation>Present value budget effect</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="35" />
        <source>Netto kostnad per frigjort årsverk</source>
        <translation>Net cost per freed FTE</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="36" />
        <source>Nåverdi kommunen: helse og omsorg</source>
        <translation>Present value municipality: health and care</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="37" />
        <source>Nåverdi kommunen: sosialhjelp</source>
        <translation>Present value municipality: social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="38" />
        <source>Nåverdi kommunen: skatteinntekter</source>
        <translation>Present value municipality: tax revenue</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="39" />
        <source>Nåverdi staten: NAV</source>
        <translation>Present value state: NAV</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="40" />
        <source>Nåverdi staten: skatt og arbeidsgiveravgift</source>
        <translation>Present value state: tax and employer contributions</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="41" />
        <source>Nåverdi de som får jobb</source>
        <translation>Present value those who get a job</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="42" />
        <source>Nåverdi offentlig sektor i alt</source>
        <translation>Present value public sector total</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="43" />
        <source>Nåverdi samfunnet i alt</source>
        <translation>Present value society total</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="52" />
        <source>Gap per 1 000 67+</source>
        <translation>Gap per 1,000 67+</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="53" />
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="54" />
        <source>Frigjort</source>
        <translation>Freed</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="55" />
        <source>NV budsjett</source>
        <translation>PV budget</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="56" />
        <source>Netto kost./frigjort</source>
        <translation>Net cost/freed</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="57" />
        <source>NV kommune: h/o</source>
        <translation>PV municipality: h/c</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="58" />
        <source>NV kommune: sosial</source>
        <translation>PV municipality: social</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="59" />
        <source>NV kommune: skatt</source>
        <translation>PV municipality: tax</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="60" />
        <source>NV stat: NAV</source>
        <translation>PV state: NAV</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="61" />
        <source>NV stat: skatt</source>
        <translation>PV state: tax</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="62" />
        <source>NV de som får jobb</source>
        <translation>PV those who get a job</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="63" />
        <source>NV offentlig</source>
        <translation>PV public</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="64" />
        <source>NV samfunnet</source>
        <translation>PV society</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="72" />
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="73" />
        <source>årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="74" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="75" />
        <source>mill. kr</source>
        <translation>million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="76" />
        <source>kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="138" />
        <source>Ingen gap å lukke i dette året (tilbudet dekker behovet).</source>
        <translation>No gap to close in this year (the service covers the need).</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="139" />
        <source>Ingen kapasitet frigjøres, så prisen per årsverk er ikke definert.</source>
        <translation>No capacity is freed, so the price per FTE is not defined.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="140" />
        <source>Færre enn én innbygger 67+ å dele på.</source>
        <translation>Fewer than one inhabitant 67+ to divide by.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="143" />
        <source>Tiltakspakken har ingen «Hvem betaler»-del (ledger), så aktørenes nåverdier beregnes ikke.</source>
        <translation>The package of measures has no “Who pays” part (ledger), so the actors’ present values are not calculated.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewFigureText.cpp" line="144" />
        <source>Ikke definert for denne enheten.</source>
        <translation>Not defined for this unit.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::OverviewMapData</name>
    <message>
        <location filename="../../ui/overview/OverviewMapData.cpp" line="21" />
        <source>Beregnet med Gevinstmodell. Befolkning: SSB (tabell 07459, 10826; framskrevet etter modellens §8). Mottakere og sykepleierårsverk: SSB KOSTRA (tabell 12292, 14534).</source>
        <translation>Calculated with Gevinstmodell. Population: SSB (tables 07459, 10826; projected by the model’s §8). Recipients and nurse FTE: SSB KOSTRA (tables 12292, 14534).</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewMapData.cpp" line="31" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewMapData.cpp" line="34" />
        <source>Tiltakspakke: %1</source>
        <translation>Package of measures: %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewMapData.cpp" line="36" />
        <source>. Nåverdi over tidshorisonten</source>
        <translation>. Present value over the time horizon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewMapData.cpp" line="38" />
        <source>. Monte Carlo: %n trekk per enhet (tabellen viser P10–P90)</source>
        <translation><numerusform>. Monte Carlo: %n draw per unit (the table shows P10–P90)</numerusform><numerusform>. Monte Carlo: %n draws per unit (the table shows P10–P90)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewMapData.cpp" line="48" />
        <source>%1 (bydel i Oslo)</source>
        <translation>%1 (city district in Oslo)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewMapData.cpp" line="51" />
        <source>Mangler egne tall: %1</source>
        <translation>Missing own figures: %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewMapData.cpp" line="65" />
        <source>P10–P90: %1 – %2</source>
        <translation>P10–P90: %1 – %2</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::OverviewTableModel</name>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="23" />
        <source>SSB har skjermet kommunens tall for mottakere av tjenester (KOSTRA).</source>
        <translation>SSB has suppressed the municipality’s figures for service recipients (KOSTRA).</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="25" />
        <source>Kommunen har ingen egne tall for sykepleierårsverk (KOSTRA).</source>
        <translation>The municipality has no figures of its own for nurse FTE (KOSTRA).</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="27" />
        <source>Det mangler befolknings- eller KOSTRA-tall til å lage et scenario for enheten.</source>
        <translation>Population or KOSTRA figures needed to create a scenario for the unit are missing.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="28" />
        <source>Beregningen feilet for denne enheten.</source>
        <translation>The calculation failed for this unit.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="105" />
        <source> Tallene vises derfor ikke som enhetens egne (de er med i fylkets og landets sum).</source>
        <translation> The figures are therefore not shown as the unit’s own (they are included in the county and national totals).</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="158" />
        <source>Hele landet</source>
        <translation>The whole country</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="160" />
        <source>Oslos bydeler i alt</source>
        <translation>Oslo’s city districts in total</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="162" />
        <source>%1 i alt</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="172" />
        <source>Bydel i %1</source>
        <translation>City district in %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="173" />
        <source>Kommune i %1</source>
        <translation>Municipality in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="174" />
        <source>Sum av %n enheter etter reglene for sammenslåing (nøkkeltall regnes av summene).</source>
        <translation><numerusform>Sum of %n unit by the aggregation rules (key figures are computed from the sums).</numerusform><numerusform>Sum of %n units by the aggregation rules (key figures are computed from the sums).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="177" />
        <source>%n av dem mangler egne tall; de er med med reservetall (fylkets eller landets).</source>
        <translation><numerusform>%n of them lacks its own figures; it is included with fallback figures (the county’s or the country’s).</numerusform><numerusform>%n of them lack their own figures; they are included with fallback figures (the county’s or the country’s).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="180" />
        <source>%n enheter kunne ikke beregnes og er ikke med.</source>
        <translation><numerusform>%n unit could not be calculated and is not included.</numerusform><numerusform>%n units could not be calculated and are not included.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="182" />
        <source>Vises ved siden av Oslo kommunes egen rad og telles ikke med i landet.</source>
        <translation>Shown beside Oslo municipality’s own row and not counted in the national total.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="203" />
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="229" />
        <source>mangler data</source>
        <translation>missing data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="216" />
        <source>P10 %1, P50 %2, P90 %3 over %n trekk</source>
        <translation><numerusform>P10 %1, P50 %2, P90 %3 over %n draw</numerusform><numerusform>P10 %1, P50 %2, P90 %3 over %n draws</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="239" />
        <source>P10–P90: %1 – %2</source>
        <translation>P10–P90: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="254" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="255" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="256" />
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="257" />
        <source>Innbyggere
(startår)</source>
        <translation>Inhabitants
(start year)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="258" />
        <source>P10–P90
%1</source>
        <translation>P10–P90
%1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="267" />
        <source>%1 i %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="268" />
        <source>%1 over hele tidshorisonten</source>
        <translation>%1 over the whole time horizon</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewTableModel.cpp" line="271" />
        <source>10- og 90-persentilen av det valgte tallet over Monte Carlo-trekkene</source>
        <translation>The 10th and 90th percentiles of the chosen figure over the Monte Carlo draws</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::OverviewView</name>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="68" />
        <source>Kommunebildet – Gevinstmodell</source>
        <translation>Municipality overview – Gevinstmodell</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="75" />
        <source>Kartet kunne ikke leses (%1): %2</source>
        <translation>The map could not be read (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="103" />
        <location filename="../../ui/overview/OverviewView.cpp" line="108" />
        <source>Pek på en kommune for å se tallene, klikk for å åpne den.</source>
        <translation>Point at a municipality to see the figures, click to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="111" />
        <source>mangler data</source>
        <translation>missing data</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="113" />
        <source>ikke definert</source>
        <translation>not defined</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="148" />
        <source>Tall:</source>
        <translation>Figure:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="154" />
        <source>Tallet kartet fargelegges etter og tabellen rangeres etter</source>
        <translation>The figure the map is coloured by and the table is ranked by</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="157" />
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="163" />
        <source>Året gap, andel lukket og frigjort kapasitet vises for. Standard: tidshorisontens siste år (mal for tjenesteområdet: 2025–2040). Nåverdiene gjelder hele horisonten.</source>
        <translation>The year for which the gap, the share closed and freed capacity are shown. Default: the last year of the time horizon (service-area template: 2025–2040). The present values cover the whole horizon.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="167" />
        <source>Tiltakspakke:</source>
        <translation>Package of measures:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="170" />
        <source>Tiltakene som legges på hver enhet: malen for et tjenesteområde (slik et nytt scenario for enheten får den) eller et lagret scenario med sine andeler, mottakere og NAV-parametre</source>
        <translation>The measures applied to each unit: the template for a service area (as a new scenario for the unit gets it) or a saved scenario with its shares, receivers and NAV parameters</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="176" />
        <source>Usikkerhet</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="178" />
        <source>Monte Carlo-trekk per enhet for P10–P90 (frø 1, som «gevinst uncertainty»)</source>
        <translation>Monte Carlo draws per unit for P10–P90 (seed 1, as in “gevinst uncertainty”)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="185" />
        <source> trekk</source>
        <translation> draws</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="187" />
        <source>Trekk per enhet. Standard 1 000 er en antakelse: nok til stabile P10 og P90.</source>
        <translation>Draws per unit. The default of 1,000 is an assumption: enough for stable P10 and P90.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="190" />
        <source>Beregn</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="198" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="205" />
        <location filename="../../ui/overview/OverviewView.cpp" line="544" />
        <location filename="../../ui/overview/OverviewView.cpp" line="550" />
        <source>Eksporter kart</source>
        <translation>Export map</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="208" />
        <source>PNG-bilde …</source>
        <translation>PNG image …</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="209" />
        <source>SVG (vektor) …</source>
        <translation>SVG (vector) …</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="210" />
        <source>PDF, A4 liggende …</source>
        <translation>PDF, A4 landscape …</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="240" />
        <source>Fylke:</source>
        <translation>County:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="243" />
        <location filename="../../ui/overview/OverviewView.cpp" line="514" />
        <source>Alle fylker</source>
        <translation>All counties</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="245" />
        <source>Størrelse:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="249" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="250" />
        <source>Under 5 000 innb.</source>
        <translation>Under 5,000 inh.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="251" />
        <source>5 000–19 999 innb.</source>
        <translation>5,000–19,999 inh.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="252" />
        <source>20 000–49 999 innb.</source>
        <translation>20,000–49,999 inh.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="253" />
        <source>50 000 innb. og over</source>
        <translation>50,000 inh. and over</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="254" />
        <source>Oslos bydeler</source>
        <translation>Oslo’s city districts</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="255" />
        <source>Kommunene etter folketall i startåret; Oslos bydeler for seg</source>
        <translation>Municipalities by population in the start year; Oslo’s city districts on their own</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="257" />
        <source>Vis:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="260" />
        <source>Kommuner og bydeler</source>
        <translation>Municipalities and city districts</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="261" />
        <source>Fylker</source>
        <translation>Counties</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="301" />
        <source>Mal: %1</source>
        <translation>Template: %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="308" />
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="373" />
        <source>Ingen scenariobibliotek er åpent, så enhetene kan ikke hentes.</source>
        <translation>No scenario library is open, so the units cannot be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="435" />
        <source>Beregner …</source>
        <translation>Calculating …</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="447" />
        <source>Enheter %v av %m</source>
        <translation>Units %v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="447" />
        <source>Beregner %v av %m</source>
        <translation>Calculating %v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="469" />
        <source>Avbrutt. Tabellen og kartet viser forrige beregning.</source>
        <translation>Cancelled. The table and the map show the previous calculation.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="471" />
        <source>Kunne ikke beregne: %1</source>
        <translation>Could not calculate: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewView.cpp" line="499" />
        <source>%n enheter, %1</source>
        <translation><numerusform>%n unit, %1</numerusform><numerusform>%n units, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewView.cpp" line="501" />
        <source>, %n trekk hver</source>
        <translation><numerusform>, %n draw each</numerusform><numerusform>, %n draws each</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="503" />
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/OverviewView.cpp" line="505" />
        <source> · %n uten egne tall</source>
        <translation><numerusform> · %n without own figures</numerusform><numerusform> · %n without own figures</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="532" />
        <source>Kartet er ikke tilgjengelig.</source>
        <translation>The map is not available.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="545" />
        <source>%1-fil (*.%2)</source>
        <translation>%1 file (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/OverviewView.cpp" line="552" />
        <source>Kartet er lagret i %1</source>
        <translation>The map was saved to %1</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::PlanErrorText</name>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="13" />
        <source>Scenarioet har ingen vedtatt plan. Godkjenn en lagret versjon som vedtatt plan først.</source>
        <translation>The scenario has no approved plan. Approve a saved version as the plan first.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="15" />
        <source>Versjonen kan ikke beregnes, så den kan ikke godkjennes. Rett feilene og lagre en ny versjon.</source>
        <translation>The version cannot be calculated, so it cannot be approved. Fix the errors and save a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="17" />
        <source>Grensene for status må være større enn 0, og grensen for gul kan ikke være over grensen for grønn.</source>
        <translation>The status thresholds must be greater than 0, and the threshold for yellow cannot be above the threshold for green.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="19" />
        <source>Tallet finnes ikke (med verdier) i den vedtatte versjonen, eller det kan ikke endres for en gevinst som finnes. Velg et annet tall, eller legg til en ny gevinst.</source>
        <translation>The figure does not exist (with values) in the approved version, or it cannot be changed for an existing benefit. Choose another figure, or add a new benefit.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="22" />
        <source>En egen indikator må ha et navn.</source>
        <translation>A custom indicator must have a name.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="24" />
        <source>Mål: en egen indikator trenger mål for minst ett år (tall); målene for tall fra modellen er den vedtatte versjonens beregnede verdier og kan ikke skrives inn.</source>
        <translation>Targets: a custom indicator needs a target for at least one year (a number); the targets for figures from the model are the approved version’s calculated values and cannot be typed in.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="27" />
        <source>Gevinsten må ha en eier (gevinsteier): skriv navnet på lederen som har ansvaret.</source>
        <translation>The benefit must have an owner (benefit owner): write the name of the manager who is responsible.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="29" />
        <source>Datoen for nullpunktsmålingen skrives ÅÅÅÅ-MM-DD, for eksempel 2026-01-31.</source>
        <translation>The date of the baseline measurement is written YYYY-MM-DD, for example 2026-01-31.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="31" />
        <source>Nullpunktet må være et tall.</source>
        <translation>The baseline must be a number.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="38" />
        <source>«gevinst» må være nøkkelen til en av planens gevinster (se tabellen).</source>
        <translation>“gevinst” (benefit) must be the key of one of the plan’s benefits (see the table).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="40" />
        <source>«periode» er et år (2026) eller et tertial (2026-T1, 2026-T2, 2026-T3), én gang per gevinst.</source>
        <translation>“periode” (period) is a year (2026) or a four-month period (2026-T1, 2026-T2, 2026-T3), once per benefit.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="42" />
        <source>«verdi» er et tall, med desimalkomma eller -punktum.</source>
        <translation>“verdi” (value) is a number, with a decimal comma or point.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="44" />
        <source>«%1» er fritekst.</source>
        <translation>“%1” is free text.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="45" />
        <source>Filen må ha overskriftene gevinst;periode;verdi;kilde;kommentar.</source>
        <translation>The file must have the headings gevinst;periode;verdi;kilde;kommentar.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="56" />
        <location filename="../../ui/plan/PlanErrorText.cpp" line="74" />
        <source>Linje %1, kolonne «%2»: </source>
        <translation>Line %1, column “%2”: </translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="58" />
        <location filename="../../ui/plan/PlanErrorText.cpp" line="76" />
        <source>Linje %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="61" />
        <source>samme gevinst og periode står to ganger; hver periode kan bare stå én gang per gevinst.</source>
        <translation>the same benefit and period appear twice; each period can appear only once per benefit.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="63" />
        <source>planen har ingen gevinst med denne nøkkelen; bruk nøkkelen i planens tabell.</source>
        <translation>the plan has no benefit with this key; use the key in the plan’s table.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="64" />
        <source>Ingenting ble lagret.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="70" />
        <source>Filen kan ikke leses som faktiske tall: den må være CSV (UTF-8, semikolon) eller XLSX med overskriftene gevinst;periode;verdi;kilde;kommentar. Ingenting ble importert.</source>
        <translation>The file cannot be read as actual figures: it must be CSV (UTF-8, semicolon) or XLSX with the headings gevinst;periode;verdi;kilde;kommentar. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanErrorText.cpp" line="77" />
        <source>Ingenting ble importert.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::PlanReport</name>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="107" />
        <location filename="../../ui/plan/PlanReport.cpp" line="223" />
        <source>Gevinstrapport – %1</source>
        <translation>Benefits report – %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="110" />
        <source>Vedtatt plan: versjon %1, vedtatt %2 av %3.</source>
        <translation>Approved plan: version %1, approved %2 by %3.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="111" />
        <source>Vedtak: %1.</source>
        <translation>Decision: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="112" />
        <source>Prognosen er beregnet fra versjon %1 av scenarioet. Rapporten er laget %2.</source>
        <translation>The forecast is calculated from version %1 of the scenario. The report was made %2.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="116" />
        <source>Status ut fra realisert andel hittil: grønn fra %1, gul fra %2, ellers rød. For beløp, timer og nyansatte er andelen summen av faktiske tall delt på summen av planlagte for periodene med faktiske tall; for nivåer (årsverk, andeler, utnyttelse) er den siste faktiske verdi delt på planlagt verdi samme periode. En tertial er planlagt med en tredjedel av årets beløp, og med årets verdi for nivåer.</source>
        <translation>Status from the share realised so far: green from %1, yellow from %2, otherwise red. For amounts, hours and new hires the share is the sum of the actual figures divided by the sum of the planned ones for the periods with actual figures; for levels (FTE, shares, utilisation) it is the latest actual value divided by the planned value for the same period. A four-month period is planned with a third of the year’s amount, and with the year’s value for levels.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="123" />
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="125" />
        <source>Planen har ingen gevinster ennå.</source>
        <translation>The plan has no benefits yet.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="130" />
        <source>Gevinst</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="130" />
        <source>Gevinsteier</source>
        <translation>Benefit owner</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="130" />
        <source>Klasse</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="130" />
        <source>Nullpunkt</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="130" />
        <source>Siste periode</source>
        <translation>Last period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="130" />
        <location filename="../../ui/plan/PlanReport.cpp" line="169" />
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="131" />
        <location filename="../../ui/plan/PlanReport.cpp" line="169" />
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="131" />
        <location filename="../../ui/plan/PlanReport.cpp" line="169" />
        <source>Realisert hittil</source>
        <translation>Realised so far</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="131" />
        <location filename="../../ui/plan/PlanReport.cpp" line="169" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="151" />
        <source>Gevinsteier: %1</source>
        <translation>Benefit owner: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="152" />
        <source>Klasse (DFØ): %1</source>
        <translation>Class (DFØ): %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="153" />
        <source>Måltall: %1</source>
        <translation>Target figure: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="153" />
        <source>egen indikator (%1)</source>
        <translation>custom indicator (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="155" />
        <source>Nullpunkt: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="159" />
        <source>Nullpunkt: ikke målt</source>
        <translation>Baseline: not measured</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="161" />
        <source>Måles: %1</source>
        <translation>Measured: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="163" />
        <source>Merknad: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="169" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="169" />
        <source>Avvik</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="169" />
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="182" />
        <source>kilde: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="184" />
        <source>Gevinsteierens kommentarer</source>
        <translation>The benefit owner’s comments</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="189" />
        <source>Gevinster per eier</source>
        <translation>Benefits per owner</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="199" />
        <source>Vedtak</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="201" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="201" />
        <source>Vedtatt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="201" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="201" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="201" />
        <source>Erstattet</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="206" />
        <source>gjeldende plan</source>
        <translation>current plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="214" />
        <source>Kilde: Gevinstmodell, scenario %1 «%2», vedtatt versjon %3, prognose fra versjon %4, faktiske tall fra biblioteket.</source>
        <translation>Source: Gevinstmodell, scenario %1 “%2”, approved version %3, forecast from version %4, actual figures from the library.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="236" />
        <source>Side %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanReport.cpp" line="243" />
        <source>%1: rapporten kunne ikke lages</source>
        <translation>%1: the report could not be made</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::PlanTables</name>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="70" />
        <source>Gevinst / periode</source>
        <translation>Benefit / period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="70" />
        <source>Eier / kommentar</source>
        <translation>Owner / comment</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="70" />
        <location filename="../../ui/plan/PlanTables.cpp" line="143" />
        <source>Klasse (DFØ)</source>
        <translation>Class (DFØ)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="70" />
        <source>Nullpunkt</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="70" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="70" />
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="71" />
        <source>Avvik</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="71" />
        <location filename="../../ui/plan/PlanTables.cpp" line="143" />
        <source>Realisert</source>
        <translation>Realised</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="71" />
        <location filename="../../ui/plan/PlanTables.cpp" line="143" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="71" />
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="73" />
        <source>Avvik = faktisk − plan</source>
        <translation>Deviation = actual − plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="74" />
        <source>Realisert hittil: for kroner, timer og ansettelser Σ faktisk / Σ plan over periodene med faktiske tall; for nivåer (årsverk, andeler) siste faktiske / planen for den perioden</source>
        <translation>Realised so far: for NOK, hours and hires Σ actual / Σ plan over the periods with actual figures; for levels (FTE, shares) the latest actual / the plan for that period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="76" />
        <source>Grønn, gul eller rød etter planens grenser for realisert andel</source>
        <translation>Green, yellow or red by the plan’s thresholds for the share realised</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="77" />
        <source>Prognose: verdien i nyeste lagrede versjon</source>
        <translation>Forecast: the value in the latest saved version</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="78" />
        <source>Målet i den vedtatte planen; et tertial er en tredjedel av året for strømmer (kroner, timer), årets verdi for nivåer</source>
        <translation>The target in the approved plan; a four-month period is a third of the year for flows (NOK, hours), and the year’s value for levels</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="94" />
        <source>%1
Nøkkel: %2 · tall: %3</source>
        <translation>%1
Key: %2 · figure: %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="95" />
        <source>
Måles: %1</source>
        <translation>
Measured: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="96" />
        <source>
Måles av: %1</source>
        <translation>
Measured by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="105" />
        <location filename="../../ui/plan/PlanTables.cpp" line="122" />
        <source>Kilde: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="124" />
        <source>Kommentar: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="143" />
        <source>Eier / gevinst</source>
        <translation>Owner / benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="143" />
        <source>Siste periode</source>
        <translation>Last period</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/PlanTables.cpp" line="159" />
        <source>%n gevinst(er)</source>
        <translation><numerusform>%n benefit</numerusform><numerusform>%n benefits</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="170" />
        <source>ingen faktiske tall ennå</source>
        <translation>no actual figures yet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="175" />
        <source>Kommentar %1: %2</source>
        <translation>Comment %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="186" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="186" />
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="186" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="186" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="186" />
        <source>Gjelder</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="197" />
        <source>Versjon %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="202" />
        <source>erstattet %1</source>
        <translation>replaced %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanTables.cpp" line="202" />
        <source>gjeldende plan</source>
        <translation>current plan</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::PlanView</name>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="86" />
        <location filename="../../ui/plan/PlanView.cpp" line="352" />
        <source>Godkjenn som vedtatt plan …</source>
        <translation>Approve as the plan …</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="87" />
        <source>Gjør den lagrede versjonen som er åpen, til scenarioets vedtatte gevinstrealiseringsplan</source>
        <translation>Make the open saved version the scenario’s approved benefits realisation plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="90" />
        <source>Status grønn fra</source>
        <translation>Status green from</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="93" />
        <source>Realisert andel som gir grønn status</source>
        <translation>Share realised that gives green status</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="95" />
        <source>gul fra</source>
        <translation>yellow from</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="97" />
        <source>Realisert andel som gir gul status; under den er status rød</source>
        <translation>Share realised that gives yellow status; below it the status is red</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="99" />
        <source>Lagre grenser</source>
        <translation>Save thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="99" />
        <source>Grensene gjelder planen og lagres med den</source>
        <translation>The thresholds belong to the plan and are saved with it</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="113" />
        <source>Plan og status</source>
        <translation>Plan and status</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="114" />
        <source>Faktiske tall</source>
        <translation>Actual figures</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="118" />
        <source>Per eier</source>
        <translation>Per owner</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="122" />
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="123" />
        <source>Alle godkjenninger av planen: versjon, når, av hvem og notat</source>
        <translation>All approvals of the plan: version, when, by whom and note</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="127" />
        <source>Eksporter plan (XLSX) …</source>
        <translation>Export plan (XLSX) …</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="128" />
        <source>Planen, status per periode og vedtakene som regneark, med tall som tall</source>
        <translation>The plan, the status per period and the approvals as a spreadsheet, with numbers as numbers</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="129" />
        <source>Gevinstrapport (PDF) …</source>
        <translation>Benefits report (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="130" />
        <source>Rapport for tertial- og årsrapportering: avvik, eiernes kommentarer og figurer</source>
        <translation>Report for four-monthly and annual reporting: deviations, the owners’ comments and charts</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="156" />
        <source>Legg til gevinst …</source>
        <translation>Add benefit …</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="157" />
        <source>En gevinst fra modellens tall eller en egen indikator, med eier, klasse og nullpunkt</source>
        <translation>A benefit from the model’s figures or a custom indicator, with owner, class and baseline</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="158" />
        <source>Endre …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="159" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="159" />
        <source>Fjerner gevinsten med mål og faktiske tall</source>
        <translation>Removes the benefit with its targets and actual figures</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="214" />
        <source>Gevinst:</source>
        <translation>Benefit:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="216" />
        <source>Skriv faktiske tall i kolonnen «Faktisk» (et år, eller et tertial T1–T3); tøm cellen for å fjerne et tall. Kilde og kommentar (eierens forklaring av avviket) følger tallet.</source>
        <translation>Type actual figures in the “Actual” column (a year, or a four-month period T1–T3); clear the cell to remove a figure. Source and comment (the owner’s explanation of the deviation) go with the figure.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="224" />
        <source>Ny periode:</source>
        <translation>New period:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="228" />
        <source>Legg til periode</source>
        <translation>Add period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="228" />
        <source>En rad for et tertial eller år som ikke står i tabellen</source>
        <translation>A row for a four-month period or a year not in the table</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="231" />
        <source>Importer fra fil (CSV/XLSX) …</source>
        <translation>Import from file (CSV/XLSX) …</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="232" />
        <source>Alle radene lagres, eller ingen: en feil i én rad stopper hele importen</source>
        <translation>All rows are saved, or none: an error in one row stops the whole import</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="332" />
        <source>&lt;b&gt;Uten bibliotek kan ingen gevinstplan lagres.&lt;/b&gt; Åpne programmet med et scenariobibliotek.</source>
        <translation>&lt;b&gt;Without a library no benefits plan can be saved.&lt;/b&gt; Open the program with a scenario library.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="334" />
        <source>&lt;b&gt;Scenarioet er ikke lagret i biblioteket.&lt;/b&gt; Lagre det som en versjon først; en lagret versjon kan godkjennes som vedtatt plan.</source>
        <translation>&lt;b&gt;The scenario is not saved in the library.&lt;/b&gt; Save it as a version first; a saved version can be approved as the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="337" />
        <source>&lt;b&gt;Ingen vedtatt plan.&lt;/b&gt; Godkjenn den lagrede versjonen (versjon %1) som vedtatt plan for å legge inn gevinster med eier, nullpunkt og mål per år, og følge dem opp med faktiske tall.</source>
        <translation>&lt;b&gt;No approved plan.&lt;/b&gt; Approve the saved version (version %1) as the plan to enter benefits with owner, baseline and targets per year, and follow them up with actual figures.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="342" />
        <source>&lt;b&gt;Vedtatt plan: versjon %1&lt;/b&gt;, godkjent %2 av %3</source>
        <translation>&lt;b&gt;Approved plan: version %1&lt;/b&gt;, approved %2 by %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="347" />
        <source>Prognosen er nyeste versjon (versjon %1).</source>
        <translation>The forecast is the latest version (version %1).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="348" />
        <source>Prognosen er den vedtatte versjonen til en nyere versjon lagres.</source>
        <translation>The forecast is the approved version until a newer version is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="352" />
        <source>Godkjenn versjon %1 som vedtatt plan …</source>
        <translation>Approve version %1 as the plan …</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="377" />
        <source>Importfil: CSV (UTF-8, semikolon) eller XLSX med kolonnene gevinst;periode;verdi;kilde;kommentar – «gevinst» er nøkkelen (%1), «periode» 2026 eller 2026-T1, desimalkomma eller -punktum. Andeler skrives som i modellen (0,92).</source>
        <translation>Import file: CSV (UTF-8, semicolon) or XLSX with the columns gevinst;periode;verdi;kilde;kommentar – “gevinst” is the key (%1), “periode” 2026 or 2026-T1, decimal comma or point. Shares are written as in the model (0.92).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="380" />
        <source>ingen gevinster ennå</source>
        <translation>no benefits yet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="454" />
        <source>Plan (vedtatt), faktiske tall og prognose (nyeste versjon) for «%1». Eier: %2.</source>
        <translation>Plan (approved), actual figures and forecast (latest version) for “%1”. Owner: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="460" />
        <source>Planen har ingen gevinster ennå: legg til en gevinst.</source>
        <translation>The plan has no benefits yet: add a benefit.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="461" />
        <source>Velg en gevinst for å se figuren.</source>
        <translation>Choose a benefit to see the chart.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="532" />
        <source>Versjon %1 er godkjent som vedtatt plan av %2.</source>
        <translation>Version %1 is approved as the plan by %2.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="546" />
        <source>Den vedtatte versjonen kan ikke beregnes (%1); bare egne indikatorer kan legges til.</source>
        <translation>The approved version cannot be calculated (%1); only custom indicators can be added.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="562" />
        <source>La til gevinsten «%1» (nøkkel %2).</source>
        <translation>Added the benefit “%1” (key %2).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="594" />
        <source>Lagret endringene i «%1».</source>
        <translation>Saved the changes to “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="610" />
        <source>Fjern gevinst</source>
        <translation>Remove benefit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/PlanView.cpp" line="610" />
        <source>Fjerne gevinsten «%1» fra planen, med mål og %n faktiske tall? Dette kan ikke angres.</source>
        <translation><numerusform>Remove the benefit “%1” from the plan, with targets and %n actual figure? This cannot be undone.</numerusform><numerusform>Remove the benefit “%1” from the plan, with targets and %n actual figures? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="616" />
        <source>Kan ikke fjerne gevinsten</source>
        <translation>Cannot remove the benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="621" />
        <source>Fjernet gevinsten «%1».</source>
        <translation>Removed the benefit “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="632" />
        <source>Kan ikke lagre det faktiske tallet</source>
        <translation>Cannot save the actual figure</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="635" />
        <source>Lagret faktisk tall for %1.</source>
        <translation>Saved the actual figure for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="646" />
        <source>Kan ikke fjerne det faktiske tallet</source>
        <translation>Cannot remove the actual figure</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="649" />
        <source>Fjernet det faktiske tallet for %1.</source>
        <translation>Removed the actual figure for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="661" />
        <source>Importer faktiske tall</source>
        <translation>Import actual figures</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="662" />
        <source>Faktiske tall (*.csv *.xlsx);;Alle filer (*)</source>
        <translation>Actual figures (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="671" />
        <source>Kan ikke importere %1</source>
        <translation>Cannot import %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/PlanView.cpp" line="684" />
        <source>Importerte %n faktiske tall fra %1.</source>
        <translation><numerusform>Imported %n actual figure from %1.</numerusform><numerusform>Imported %n actual figures from %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="693" />
        <source>Gevinstplan %1</source>
        <translation>Benefits plan %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="695" />
        <source>Gevinstrapport (PDF)</source>
        <translation>Benefits report (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="696" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="697" />
        <source>Eksporter plan (XLSX)</source>
        <translation>Export plan (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="698" />
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="713" />
        <source>Kan ikke eksportere planen</source>
        <translation>Cannot export the plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="716" />
        <source>Eksporterte planen til %1.</source>
        <translation>Exported the plan to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="727" />
        <source>Kan ikke lage gevinstrapporten</source>
        <translation>Cannot create the benefits report</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/PlanView.cpp" line="730" />
        <source>Skrev gevinstrapporten (%n side(r)) til %1.</source>
        <translation><numerusform>Wrote the benefits report (%n page) to %1.</numerusform><numerusform>Wrote the benefits report (%n pages) to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="743" />
        <source>Kan ikke lagre grensene</source>
        <translation>Cannot save the thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/plan/PlanView.cpp" line="748" />
        <source>Status er grønn fra %1 og gul fra %2 realisert.</source>
        <translation>Status is green from %1 and yellow from %2 realised.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ResultsPanel</name>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="51" />
        <source>Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere.</source>
        <translation>Showing the last valid calculation – fix the errors in the scenario to update.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="59" />
        <source>Frigjorte årsverk</source>
        <translation>Freed FTE</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="59" />
        <source>Andel av gapet dekket</source>
        <translation>Share of the gap closed</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="59" />
        <source>Nåverdi budsjett</source>
        <translation>Budget NPV</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="60" />
        <source>Netto kostnad per frigjort årsverk</source>
        <translation>Net cost per freed FTE</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="60" />
        <source>Tilskudd fra NAV</source>
        <translation>Subsidies from NAV</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="60" />
        <source>Sparte sosialhjelpsutgifter</source>
        <translation>Social assistance saved</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="63" />
        <source>Netto frigjorte årsverk for fagrollene i siste år.</source>
        <translation>Net freed FTE of the professional roles in the last year.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="66" />
        <source>(Kostnader − tilskudd − sparte sosialhjelpsutgifter) / sum frigjorte årsverk over perioden: prisen på ett frigjort årsverk, å sette ved siden av årskostnaden for den dyreste fagrollen.</source>
        <translation>(Costs − subsidies − social assistance saved) / total freed FTE over the period: the price of one freed FTE, to compare with the annual cost of the most expensive professional role.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="70" />
        <source>Tilbakebetalingsåret: første år den akkumulerte budsjetteffekten er 0 eller mer etter å ha vært negativ. «Første år» når den aldri er negativ – tiltakene er lønnsomme fra første år.</source>
        <translation>The payback year: the first year the cumulative budget effect is 0 or more after having been negative. “First year” when it is never negative – the measures are profitable from the first year.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="88" />
        <source>Flere trekninger</source>
        <translation>More draws</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="90" />
        <source>Regn usikkerheten på nytt med %1 trekninger for sikrere tall</source>
        <translation>Recalculate the uncertainty with %1 draws for firmer figures</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="93" />
        <source>Hva skal til? …</source>
        <translation>What does it take? …</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="95" />
        <source>Målsøk: hvor mye må deles for å dekke en del av gapet, hvilken realiseringsandel gir nåverdi 0, …</source>
        <translation>Goal seek: how much must be shared to cover part of the gap, which realisation share gives a present value of 0, …</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="122" />
        <source>Usikkerheten kunne ikke beregnes: %1</source>
        <translation>The uncertainty could not be calculated: %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="199" />
        <source>bemanningen dekker behovet i %1 – frigjort tid gir kapasitet, ikke innsparing</source>
        <translation>staff covers the need in %1 – freed time gives capacity, not savings</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="200" />
        <source>bemanningen dekker behovet i %1 – frigjort tid regnes likevel som mulig innsparing</source>
        <translation>staff covers the need in %1 – freed time still counts as possible savings</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="222" />
        <source>første år</source>
        <translation>first year</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="222" />
        <source>akkumulert effekt er aldri negativ</source>
        <translation>cumulative effect is never negative</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="225" />
        <source>akkumulert effekt positiv fra dette året</source>
        <translation>cumulative effect positive from this year</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="255" />
        <source>Usikkerheten beregnes når scenarioet er gyldig.</source>
        <translation>The uncertainty is calculated when the scenario is valid.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="260" />
        <source>Ingen forutsetninger har usikkerhetsintervall, så tallene over er uten spredning. Legg inn lav–høy-verdier under «Usikkerhet» i redigeringen.</source>
        <translation>No assumption has an uncertainty range, so the figures above have no spread. Enter low–high values under “Uncertainty” in the editor.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="264" />
        <source>Beregner usikkerhet …</source>
        <translation>Calculating uncertainty …</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="277" />
        <source>Beregner usikkerhet med %1 trekninger …</source>
        <translation>Calculating uncertainty with %1 draws …</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="300" />
        <source>Median %1 · %2 sjanse for positiv nåverdi</source>
        <translation>Median %1 · %2 chance of a positive NPV</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="301" />
        <source>Monte Carlo-simulering med %1 trekninger over usikkerhetsintervallene (frø 1). Halvparten av trekningene gir nåverdi under medianen; 80 % ligger mellom %2 og %3. Punktanslaget %4 bruker de mest sannsynlige verdiene.</source>
        <translation>Monte Carlo simulation with %1 draws over the uncertainty ranges (seed 1). Half the draws give a present value below the median; 80 % lie between %2 and %3. The point estimate %4 uses the most likely values.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="306" />
        <source>Median %1 · 80 %-intervall %2–%3</source>
        <translation>Median %1 · 80 % interval %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="309" />
        <source>P10, P50 og P90 av frigjorte årsverk i siste år over %1 trekninger.</source>
        <translation>P10, P50 and P90 of freed FTE in the last year over %1 draws.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="310" />
        <source>Usikkerhet fra %1 trekninger.</source>
        <translation>Uncertainty from %1 draws.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="346" />
        <source>I %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="348" />
        <source>I %1–%2</source>
        <translation>In %1–%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results/ResultsPanel.cpp" line="350" />
        <source>I %n av årene (første gang %1)</source>
        <translation><numerusform>In %n of the years (first in %1)</numerusform><numerusform>In %n of the years (first in %1)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="352" />
        <source>inntil %1 over gapet, i %2</source>
        <translation>up to %1 above the gap, in %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="353" />
        <source>&lt;b&gt;Mer frigjort tid enn bemanningsgapet.&lt;/b&gt; %1 frigjør tiltakene flere årsverk enn gapet (%2).</source>
        <translation>&lt;b&gt;More freed time than the staffing gap.&lt;/b&gt; %1 the measures free more FTE than the gap (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="356" />
        <source>Resten er kapasitet til flere tjenestemottakere eller bedre kvalitet, ikke penger: %1 av verdien av frigjort tid regnes derfor ikke som innsparing.</source>
        <translation>The rest is capacity for more service recipients or better quality, not money: %1 of the value of freed time is therefore not counted as a saving.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="360" />
        <source>Realiseringen er satt til «All frigjort kapasitet», så også resten regnes som mulig innsparing; den sparer penger bare om kommunen faktisk ansetter færre.</source>
        <translation>Realisation is set to “All freed capacity”, so the rest also counts as a possible saving; it saves money only if the municipality actually hires fewer.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="64" />
        <source>Frigjorte årsverk som andel av bemanningsgapet i siste år (høyst 100 %).</source>
        <translation>Freed FTE as a share of the staffing gap in the last year (at most 100 %).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="61" />
        <source>Lønnsom fra</source>
        <translation>Profitable from</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="65" />
        <source>Nåverdien av den årlige budsjetteffekten over perioden.</source>
        <translation>Present value of the yearly budget effect over the period.</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="68" />
        <source>Lønnstilskudd og mentortilskudd fra NAV, sum over perioden (faste priser).</source>
        <translation>Wage and mentor subsidies from NAV, summed over the period (fixed prices).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="69" />
        <source>Kommunens sparte sosialhjelpsutgifter, sum over perioden (faste priser).</source>
        <translation>The municipality's social assistance saved, summed over the period (fixed prices).</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="196" />
        <source>i %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="202" />
        <source>Ingen gap</source>
        <translation>No gap</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="203" />
        <source>gap %1 i %2</source>
        <translation>gap %1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="205" />
        <source>diskontert med %1</source>
        <translation>discounted at %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="210" />
        <source>%1: %2/år</source>
        <translation>%1: %2/year</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="214" />
        <source>Ingen frigjort</source>
        <translation>None freed</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="216" />
        <source>lønns- og mentortilskudd, %1–%2</source>
        <translation>wage and mentor subsidies, %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="218" />
        <source>sum %1–%2</source>
        <translation>total %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="224" />
        <source>Ikke i perioden</source>
        <translation>Not within the period</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="226" />
        <source>akkumulert effekt er negativ i %1</source>
        <translation>cumulative effect is negative in %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="36" />
        <source>Årsverk og gap</source>
        <translation>FTE and gap</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="37" />
        <source>Budsjett per år</source>
        <translation>Budget per year</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="38" />
        <source>Utnyttelsesgrad</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/results/ResultsPanel.cpp" line="39" />
        <source>Akkumulert</source>
        <translation>Cumulative</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::SaveConflictDialog</name>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="12" />
        <source>en annen bruker</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="15" />
        <source>et ukjent tidspunkt</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="16" />
        <source>Versjon %1 av «%2» ble lagret av %3 %4, etter versjon %5 som endringene dine bygger på.</source>
        <translation>Version %1 of “%2” was saved by %3 %4, after version %5 that your changes are based on.</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="20" />
        <source>«%1» ble lagret av noen andre etter versjon %2 som endringene dine bygger på.</source>
        <translation>“%1” was saved by someone else after version %2 that your changes are based on.</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="24" />
        <source>Ingenting er lagret ennå, og endringene dine er beholdt. Du kan lagre dem likevel som en ny versjon oppå den andres (den andres versjon blir liggende i historikken), lagre dem som et nytt scenario, eller avbryte og se på den nyeste versjonen først.</source>
        <translation>Nothing has been saved yet, and your changes are kept. You can save them anyway as a new version on top of the other one (the other version stays in the history), save them as a new scenario, or cancel and look at the newest version first.</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="31" />
        <source>Noen andre har lagret i mellomtiden</source>
        <translation>Someone else saved in the meantime</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="33" />
        <source>Lagre likevel som ny versjon</source>
        <translation>Save anyway as a new version</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="35" />
        <source>Lagre som kopi</source>
        <translation>Save as a copy</translation>
    </message>
    <message>
        <location filename="../../ui/library/SaveConflictDialog.cpp" line="37" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ScenarioDocument</name>
    <message>
        <location filename="../../ui/document/ScenarioDocument.cpp" line="114" />
        <source>Endret av bruker %1; ingen tidligere kilde</source>
        <translation>Changed by user %1; no previous source</translation>
    </message>
    <message>
        <location filename="../../ui/document/ScenarioDocument.cpp" line="115" />
        <source>Endret av bruker %1; tidligere kilde: %2</source>
        <translation>Changed by user %1; previous source: %2</translation>
    </message>
    <message>
        <location filename="../../ui/document/ScenarioDocument.cpp" line="129" />
        <source>Endret av bruker</source>
        <translation>Changed by user</translation>
    </message>
    <message>
        <location filename="../../ui/document/ScenarioDocument.cpp" line="188" />
        <source>Tilbakestill til lagret versjon</source>
        <translation>Revert to saved version</translation>
    </message>
    <message>
        <location filename="../../ui/document/ScenarioDocument.cpp" line="214" />
        <source>Uten navn</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::ScenarioEditor</name>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="92" />
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="101" />
        <source>Endre navn</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="128" />
        <source>Rediger som ny versjon</source>
        <translation>Edit as a new version</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="130" />
        <source>Endringene lagres som en ny versjon, som blir prognosen; den vedtatte versjonen endres ikke.</source>
        <translation>The changes are saved as a new version, which becomes the forecast; the approved version does not change.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="152" />
        <source>Nytt scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="170" />
        <source>Ingen scenario er åpent. Velg en kommune eller bydel til venstre, og åpne et scenario eller lag et nytt.</source>
        <translation>No scenario is open. Choose a municipality or city district on the left, and open a scenario or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="173" />
        <source>&lt;b&gt;%1&lt;/b&gt; har ingen scenarioer ennå.&lt;br&gt;Et nytt scenario får enhetens folketall og bemanning; tiltak og kostnader kommer fra malen og kan endres etterpå.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; has no scenarios yet.&lt;br&gt;A new scenario gets the unit’s population and staffing; measures and costs come from the template and can be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="176" />
        <source>&lt;b&gt;%1&lt;/b&gt; har ingen scenarioer i dette biblioteket.&lt;br&gt;Biblioteket er skrivebeskyttet, så nye scenarioer kan ikke lagres her.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; has no scenarios in this library.&lt;br&gt;The library is read-only, so new scenarios cannot be saved here.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="376" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="376" />
        <source>Tidshorisont, diskontering og timer per årsverk</source>
        <translation>Horizon, discounting and hours per FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="377" />
        <source>Demografi</source>
        <translation>Demography</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="377" />
        <source>Folketall per aldersgruppe og år, tjenesterater</source>
        <translation>Population by age band and year, service rates</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="378" />
        <source>Bemanning</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="379" />
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="379" />
        <source>Oppgaver som flyttes: fra hvem, hvilken kategori, til hvem, hvor stor andel</source>
        <translation>Tasks that move: from whom, which category, to whom, what share</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="381" />
        <source>Mottakere</source>
        <translation>Receivers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="381" />
        <source>Hvem som overtar oppgavene, og hva det koster</source>
        <translation>Who takes over the tasks, and what it costs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="382" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="382" />
        <source>Rekruttering, lønnstilskudd, mentortilskudd og sosialhjelp</source>
        <translation>Recruitment, wage subsidy, mentor subsidy and social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="384" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="405" />
        <source>Endre andel: %1 → %2</source>
        <translation>Change share: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="409" />
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="509" />
        <source>Endre %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="439" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="444" />
        <source>Endre kilde: %1</source>
        <translation>Change source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="484" />
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="485" />
        <source>Kilde ikke oppgitt – skriv hvor tallet kommer fra</source>
        <translation>Source not given – write where the figure comes from</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="486" />
        <source>Felles kilde for flere verdier: %1</source>
        <translation>Shared source for several values: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="487" />
        <source>Kilde: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="547" />
        <source>Beregningen går fra startåret til sluttåret. Beløp er i faste priser for startåret.</source>
        <translation>The calculation runs from the start year to the end year. Amounts are in fixed prices of the start year.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="561" />
        <source>Folketall per aldersgruppe (personer, 1. januar)</source>
        <translation>Population by age band (persons, 1 January)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="563" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="581" />
        <source>Fjern året %1</source>
        <translation>Remove the year %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="586" />
        <source>Fjern folketall for %1</source>
        <translation>Remove population for %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="591" />
        <source>Legg til år</source>
        <translation>Add year</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="602" />
        <source>Legg til folketall for %1</source>
        <translation>Add population for %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="605" />
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="978" />
        <source>Kilde:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="605" />
        <source>folketall</source>
        <translation>population</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="607" />
        <source>År mellom to oppgitte år interpoleres lineært; før første og etter siste år brukes nærmeste oppgitte år.</source>
        <translation>Years between two given years are interpolated linearly; before the first and after the last, the nearest given year is used.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="609" />
        <source>Tjenesterate (andel som mottar tjenesten)</source>
        <translation>Service rate (share receiving the service)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="630" />
        <source>Årsverk og årskostnad</source>
        <translation>FTE and annual cost</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="633" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="657" />
        <source>Ta med %1</source>
        <translation>Include %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="674" />
        <source>Kilde, årsverk:</source>
        <translation>Source, FTE:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="674" />
        <source>årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="679" />
        <source>Kilde, kr per årsverk, %1:</source>
        <translation>Source, NOK per FTE, %1:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="688" />
        <source>Tidsbruk: andel av arbeidstiden per oppgavekategori (%)</source>
        <translation>Time use: share of working time per task category (%)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="706" />
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="745" />
        <source>Kilde, %1:</source>
        <translation>Source, %1:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="750" />
        <source>Hver rolles kolonne skal summere til 100 % (summen står nederst). Halvfete tall er oppgaver som krever rollens utdanning (velges i «Ordliste»); tid som flyttes fra andre oppgaver, går til disse.</source>
        <translation>Each role’s column must add up to 100 % (the sum is at the foot). Bold figures are tasks that need the role’s education (chosen in “Vocabulary”); time moved away from other tasks goes to these.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="765" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="767" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="768" />
        <source>Andel (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="796" />
        <source>Flytt tiltak %1 opp</source>
        <translation>Move measure %1 up</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="796" />
        <source>Flytt tiltak %1 ned</source>
        <translation>Move measure %1 down</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="809" />
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="815" />
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="821" />
        <source>Fjern tiltaket</source>
        <translation>Remove the measure</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="825" />
        <source>Fjern tiltak %1</source>
        <translation>Remove measure %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="842" />
        <source>Kilde for tiltakene:</source>
        <translation>Source of the measures:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="843" />
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="864" />
        <source>Legg til tiltak</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="870" />
        <source>Innføring</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="913" />
        <source>Ta med mottaker %1</source>
        <translation>Include receiver %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1084" />
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1088" />
        <source>Rollens tid summerer til 100 %</source>
        <translation>The role’s time adds up to 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1088" />
        <source>Rollens tid skal summere til 100 %</source>
        <translation>The role’s time must add up to 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="378" />
        <source>Årsverk, årskostnad og tidsbruk per rolle</source>
        <translation>FTE, annual cost and time use per role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="384" />
        <source>Hub-kostnader og realisering av frigjort kapasitet</source>
        <translation>Hub costs and realisation of freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="387" />
        <source>Ordliste</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="387" />
        <source>Roller, oppgavekategorier og mottakere: legg til, gi nytt navn, fjern</source>
        <translation>Roles, task categories and receivers: add, rename, remove</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="632" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="647" />
        <source>Rollen er med i scenarioet; fjern haken for å regne den med 0 årsverk</source>
        <translation>The role is part of the scenario; clear the box to count it with 0 FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="648" />
        <source>Ta med rollen i scenarioet</source>
        <translation>Include the role in the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="657" />
        <source>Regn %1 med 0 årsverk</source>
        <translation>Count %1 with 0 FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="761" />
        <source>Hvert tiltak flytter en andel av tiden en rolle bruker på en oppgavekategori til en mottaker.</source>
        <translation>Each measure moves a share of the time a role spends on a task category to a receiver.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="765" />
        <source>Rollen som gir fra seg tid</source>
        <translation>The role that gives up time</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="766" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="766" />
        <source>Oppgavekategorien tiden flyttes fra</source>
        <translation>The task category the time is moved from</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="767" />
        <source>Mottakeren som overtar oppgavene</source>
        <translation>The receiver that takes over the tasks</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="768" />
        <source>Andelen av rollens tid på kategorien som flyttes</source>
        <translation>The share of the role’s time on the category that is moved</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="886" />
        <source>Parametrene trengs bare for mottakere som et tiltak bruker. Nye mottakere legges til i «Ordliste».</source>
        <translation>The parameters are needed only for receivers a measure uses. New receivers are added under “Vocabulary”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="904" />
        <source>Med haken på har mottakeren egne parametre i scenarioet</source>
        <translation>With the box ticked the receiver has its own parameters in the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="913" />
        <source>Fjern parametrene til %1</source>
        <translation>Remove the parameters of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="943" />
        <source>Rekruttering</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="944" />
        <source>Lønnstilskudd fra NAV</source>
        <translation>Wage subsidy from NAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="948" />
        <source>Trinn</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="949" />
        <source>Måneder</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="950" />
        <source>Sats (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="960" />
        <source>Fjern trinnet</source>
        <translation>Remove the tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="965" />
        <source>Fjern lønnstilskuddstrinn %1</source>
        <translation>Remove wage-subsidy tranche %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="969" />
        <source>Legg til trinn</source>
        <translation>Add tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="975" />
        <source>Legg til lønnstilskuddstrinn</source>
        <translation>Add wage-subsidy tranche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="978" />
        <source>lønnstilskuddstrinn</source>
        <translation>wage subsidy tranches</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="979" />
        <source>Trinn (etter hverandre fra ansettelsen)</source>
        <translation>Tranches (one after another from the hire date)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="980" />
        <source>Mentortilskudd fra NAV</source>
        <translation>Mentor subsidy from NAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="983" />
        <source>Sosialhjelp</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="995" />
        <source>Hub (Jobbfabrikken / Mestringstorg)</source>
        <translation>Hub (Jobbfabrikken / Mestringstorg)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1003" />
        <source>Realisering</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1007" />
        <source>Bare innenfor bemanningsgapet</source>
        <translation>Only within the staffing gap</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1007" />
        <source>All frigjort kapasitet</source>
        <translation>All freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1009" />
        <source>«Bare innenfor bemanningsgapet»: frigjort tid sparer penger bare der den erstatter ansettelser kommunen ellers måtte gjøre; resten er kapasitet til flere mottakere eller bedre kvalitet. «All frigjort kapasitet»: all frigjort tid regnes som mulig innsparing.</source>
        <translation>“Only within the staffing gap”: freed time saves money only where it replaces hiring the municipality would otherwise have to do; the rest is capacity for more recipients or better quality. “All freed capacity”: all freed time counts as a possible saving.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1020" />
        <source>Hvem betaler og hvem sparer</source>
        <translation>Who pays and who saves</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1129" />
        <source>… og %n feil til</source>
        <translation><numerusform>… and %n more error</numerusform><numerusform>… and %n more errors</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="1130" />
        <source>&lt;b&gt;Scenarioet har feil – resultatene viser siste gyldige beregning.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;The scenario has errors – the results show the last valid calculation.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/ScenarioEditor.cpp" line="634" />
        <source>Kr per årsverk</source>
        <translation>NOK per FTE</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::UncertaintyCharts</name>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="152" />
        <source>Frigjorte årsverk per år, P10–P90</source>
        <translation>Freed FTE per year, P10–P90</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="153" />
        <source>Budsjetteffekt per år, P10–P90</source>
        <translation>Budget effect per year, P10–P90</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="158" />
        <source>Hva betyr mest for nåverdien av budsjetteffekten?</source>
        <translation>What matters most for the NPV of the budget effect?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="159" />
        <source>Hva betyr mest for frigjorte årsverk i sluttåret?</source>
        <translation>What matters most for freed FTE in the last year?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="192" />
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="198" />
        <source>P10–P90 (80 % av trekkene)</source>
        <translation>P10–P90 (80 % of draws)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="204" />
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="206" />
        <source>P50 (median)</source>
        <translation>P50 (median)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="218" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="223" />
        <source>Millioner kroner</source>
        <translation>Million NOK</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="223" />
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="248" />
        <source>Ingen av inndataene med område endrer dette tallet.</source>
        <translation>None of the inputs with a range changes this figure.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="265" />
        <source>Lav verdi gir %1, høy verdi gir %2</source>
        <translation>The low value gives %1, the high value gives %2</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="285" />
        <source>Inndata på lav verdi</source>
        <translation>Input at low value</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="286" />
        <source>Inndata på høy verdi</source>
        <translation>Input at high value</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="299" />
        <source>Nåverdi av budsjetteffekten, millioner kroner (stiplet: alle på mest sannsynlig verdi, %1)</source>
        <translation>NPV of the budget effect, million NOK (dashed: all at most likely value, %1)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyCharts.cpp" line="301" />
        <source>Frigjorte årsverk i sluttåret (stiplet: alle på mest sannsynlig verdi, %1)</source>
        <translation>Freed FTE in the last year (dashed: all at most likely value, %1)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::UncertaintyPanel</name>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="51" />
        <source>Antall trekk i simuleringen. Flere trekk gir jevnere persentiler.</source>
        <translation>Number of draws in the simulation. More draws give smoother percentiles.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="56" />
        <source>Startverdi for tilfeldige tall: samme frø og antall trekk gir alltid samme tall.</source>
        <translation>Seed for the random numbers: the same seed and number of draws always give the same figures.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="57" />
        <source>Kjør simulering</source>
        <translation>Run simulation</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="59" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="77" />
        <source>Trekk:</source>
        <translation>Draws:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="79" />
        <source>Frø:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="116" />
        <source>Nåverdi av budsjetteffekten</source>
        <translation>NPV of the budget effect</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="117" />
        <source>Frigjorte årsverk i sluttåret</source>
        <translation>Freed FTE in the last year</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="119" />
        <source>Tornado – ranger etter utslag i:</source>
        <translation>Tornado – rank by effect on:</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="142" />
        <source>%1 av %2 trekk</source>
        <translation>%1 of %2 draws</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="146" />
        <source>Simuleringen ble avbrutt.</source>
        <translation>The simulation was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="148" />
        <source>Avbrutt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="152" />
        <source>Simuleringen feilet: %1</source>
        <translation>The simulation failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="176" />
        <source>Tornadoen kan ikke tegnes: ved disse verdiene blir resultatet for stort til å være et tall (%1). Snevre inn området eller sjekk inndataene.</source>
        <translation>The tornado cannot be drawn: at these values the result is too large to be a number (%1). Narrow the range or check the inputs.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="183" />
        <source>Scenarioet er endret etter siste simulering: kjør på nytt for oppdaterte tall.</source>
        <translation>The scenario has changed since the last simulation: run again for updated figures.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="185" />
        <source>Scenarioet har ingen usikkerhetsområder (lav – mest sannsynlig – høy), så P10, P50 og P90 blir like. Legg inn områder i redigeringen.</source>
        <translation>The scenario has no uncertainty ranges (low – most likely – high), so P10, P50 and P90 are equal. Add ranges in the editor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="188" />
        <source>%n inndata har usikkerhetsområde. Trykk «Kjør simulering».</source>
        <translation><numerusform>%n input has an uncertainty range. Press “Run simulation”.</numerusform><numerusform>%n inputs have an uncertainty range. Press “Run simulation”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="202" />
        <source>Ingen gyldig beregning å simulere.</source>
        <translation>No valid calculation to simulate.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="215" />
        <source>Simulerer …</source>
        <translation>Simulating …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="232" />
        <source>Sannsynlighet for positiv nåverdi: %1</source>
        <translation>Probability of a positive NPV: %1</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="237" />
        <source>%1 trekk, frø %2. Nåverdi av budsjetteffekten: P10 %3, P50 %4, P90 %5. Frigjorte årsverk i sluttåret: P10 %6, P50 %7, P90 %8.</source>
        <translation>%1 draws, seed %2. NPV of the budget effect: P10 %3, P50 %4, P90 %5. Freed FTE in the last year: P10 %6, P50 %7, P90 %8.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="255" />
        <source>Ingen inndata har usikkerhetsområde – ingen tornado å vise.</source>
        <translation>No input has an uncertainty range – no tornado to show.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="265" />
        <source>Lagre figuren som PNG …</source>
        <translation>Save the chart as PNG …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="266" />
        <source>Lagre tornadoen som JSON …</source>
        <translation>Save the tornado as JSON …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="266" />
        <source>Lagre simuleringen som JSON …</source>
        <translation>Save the simulation as JSON …</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="284" />
        <source>Lagre figur</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="285" />
        <source>PNG-bilde (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="294" />
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="308" />
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="294" />
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="308" />
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="299" />
        <source>Lagre tallene</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/UncertaintyPanel.cpp" line="301" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::UnitPickerDialog</name>
    <message>
        <location filename="../../ui/library/UnitPickerDialog.cpp" line="21" />
        <source>Bruk som mal</source>
        <translation>Use as template</translation>
    </message>
    <message>
        <location filename="../../ui/library/UnitPickerDialog.cpp" line="23" />
        <source>Nytt scenario med «%1» som mal: tiltak, kostnader og tidshorisont hentes fra malen, folketall og bemanning fra enheten du velger.</source>
        <translation>New scenario with “%1” as template: measures, costs and time horizon come from the template, population and staffing from the unit you choose.</translation>
    </message>
    <message>
        <location filename="../../ui/library/UnitPickerDialog.cpp" line="30" />
        <source>Søk kommune eller bydel …</source>
        <translation>Search municipality or district …</translation>
    </message>
    <message>
        <location filename="../../ui/library/UnitPickerDialog.cpp" line="38" />
        <source>Lag scenario</source>
        <translation>Create scenario</translation>
    </message>
    <message>
        <location filename="../../ui/library/UnitPickerDialog.cpp" line="40" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/library/UnitPickerDialog.cpp" line="61" />
        <source>%1 (bydel %2)</source>
        <translation>%1 (city district %2)</translation>
    </message>
    <message>
        <location filename="../../ui/library/UnitPickerDialog.cpp" line="62" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::VocabularyIdDialog</name>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="21" />
        <source>rolle</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="22" />
        <source>oppgavekategori</source>
        <translation>task category</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="23" />
        <source>mottaker</source>
        <translation>receiver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="40" />
        <source>Legg til %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="40" />
        <source>Gi nytt navn til %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="50" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="57" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="62" />
        <source>For eksempel «Fysioterapeut»</source>
        <translation>For example “Physiotherapist”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="63" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="66" />
        <source>Id-en lagres i scenarioet. Små bokstaver a–z, tall og _, begynner med en bokstav, høyst 40 tegn.</source>
        <translation>The id is stored in the scenario. Lower-case letters a–z, digits and _, starting with a letter, at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="67" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="69" />
        <source>Fagrolle (frigjort tid telles som frigjorte fagårsverk)</source>
        <translation>Professional role (freed time counts as freed professional FTE)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="80" />
        <source>Navnet lagres i scenarioet og vises i tabeller, figurer og rapporter. Id-en er det scenarioet regner med; et navn tjenesteområdet allerede har for id-en, beholdes.</source>
        <translation>The name is kept in the scenario and shown in tables, charts and reports. The id is what the scenario computes with; a name the service area already has for the id is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="86" />
        <source>Alt som viser til id-en, får den nye: tidsbruk, tiltak, mottakere, kilder og usikkerhet.</source>
        <translation>Everything that refers to the id gets the new one: time use, measures, receivers, sources and uncertainty.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="106" />
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="106" />
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="107" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="177" />
        <source>Alle roller tar allerede over oppgaver som mottaker.</source>
        <translation>Every role already takes over tasks as a receiver.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="189" />
        <source>Tjenesteområdet kaller id-en «%1» «%2», og det navnet vises. Gi den en ny id for å bruke et eget navn.</source>
        <translation>The service area calls the id “%1” “%2”, and that name is shown. Give it a new id to use a name of your own.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="202" />
        <source>Skriv et navn eller en id.</source>
        <translation>Write a name or an id.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="204" />
        <source>«%1» kan ikke brukes som id: den må begynne med en liten bokstav (a–z) og kan ellers bare ha små bokstaver, tall og _ (høyst 40 tegn).</source>
        <translation>“%1” cannot be used as an id: it must start with a lower-case letter (a–z) and may otherwise contain only lower-case letters, digits and _ (at most 40 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="207" />
        <source>Det finnes allerede en rolle med id-en «%1».</source>
        <translation>There is already a role with the id “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="209" />
        <source>Det finnes allerede en oppgavekategori med id-en «%1».</source>
        <translation>There is already a task category with the id “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="210" />
        <source>Det finnes allerede en mottaker med id-en «%1».</source>
        <translation>There is already a receiver with the id “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyIdDialog.cpp" line="212" />
        <source>Ordlisten kan ha høyst %1 av hver sort; fjern en %2 først.</source>
        <translation>The vocabulary can have at most %1 of each kind; remove a %2 first.</translation>
    </message>
</context>
<context>
    <name>gevinst::ui::VocabularyPage</name>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="73" />
        <source>Scenarioet er i format 1 og bruker standardordlisten. Den første endringen her gjør det om til format 2 med ordlisten skrevet inn i scenarioet; tallene blir de samme (realisering: all frigjort kapasitet).</source>
        <translation>The scenario is in format 1 and uses the standard vocabulary. The first change here turns it into format 2 with the vocabulary written into the scenario; the figures stay the same (realisation: all freed capacity).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="85" />
        <source>Aldersgrupper: %1.</source>
        <translation>Age bands: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="92" />
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="96" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="97" />
        <source>Fagrolle</source>
        <translation>Professional role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="98" />
        <source>Frigjort tid for fagroller telles som frigjorte fagårsverk</source>
        <translation>Freed time of professional roles counts as freed professional FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="107" />
        <source>Fagrolle: frigjort tid telles som frigjorte fagårsverk</source>
        <translation>Professional role: freed time counts as freed professional FTE</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="111" />
        <source>Gjør %1 til fagrolle</source>
        <translation>Make %1 a professional role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="111" />
        <source>Gjør %1 til ikke-fagrolle</source>
        <translation>Make %1 a non-professional role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="114" />
        <location filename="../../ui/editor/VocabularyPage.cpp" line="202" />
        <location filename="../../ui/editor/VocabularyPage.cpp" line="247" />
        <source>Gi nytt navn …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="114" />
        <source>Gi rollen ny id; alt som viser til den, følger med</source>
        <translation>Give the role a new id; everything that refers to it follows</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="118" />
        <source>Fjern rollen med dens tiltak</source>
        <translation>Remove the role with its measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="122" />
        <source>Fjern rolle «%1»</source>
        <translation>Remove role “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="129" />
        <source>Legg til rolle …</source>
        <translation>Add role …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="140" />
        <source>Oppgaver som krever rollens utdanning</source>
        <translation>Tasks that need the role’s training</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="169" />
        <location filename="../../ui/editor/VocabularyPage.cpp" line="175" />
        <source>%1 krever utdanningen til %2</source>
        <translation>%1 needs the training of %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="176" />
        <source>%1 krever ikke utdanningen til %2</source>
        <translation>%1 does not need the training of %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="186" />
        <source>Utnyttelsesgraden er andelen av rollens tid som går til oppgaver som krever utdanningen; den vises for roller med minst én slik oppgave.</source>
        <translation>Utilisation is the share of the role’s time spent on tasks that need its training; it is shown for roles with at least one such task.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="194" />
        <source>Oppgavekategorier</source>
        <translation>Task categories</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="202" />
        <source>Gi kategorien ny id; tidsbruk og tiltak følger med</source>
        <translation>Give the category a new id; time use and measures follow</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="206" />
        <source>Fjern kategorien med dens tidsbruk og tiltak</source>
        <translation>Remove the category with its time use and measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="211" />
        <source>Fjern kategori «%1»</source>
        <translation>Remove category “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="218" />
        <source>Legg til kategori …</source>
        <translation>Add category …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="224" />
        <source>En ny kategori får 0 % i hver rolles tidsbruk. Fjernes en kategori med tid i, summerer raden ikke lenger til 100 % før tiden er flyttet.</source>
        <translation>A new category gets 0 % in each role’s time use. If a category with time in it is removed, the row no longer sums to 100 % until the time is moved.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="232" />
        <source>Mottakere</source>
        <translation>Receivers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="247" />
        <source>Gi mottakeren ny id; tiltakene følger med</source>
        <translation>Give the receiver a new id; the measures follow</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="251" />
        <source>En rolle som mottaker har rollens id; gi rollen nytt navn</source>
        <translation>A role as receiver has the role’s id; rename the role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="255" />
        <source>Fjern mottakeren med tiltakene til den</source>
        <translation>Remove the receiver with its measures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="259" />
        <source>Fjern mottaker «%1»</source>
        <translation>Remove receiver “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="266" />
        <source>Legg til mottaker …</source>
        <translation>Add receiver …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="301" />
        <source>Gi nytt navn: «%1» → «%2»</source>
        <translation>Rename: “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="307" />
        <source>Gi nytt navn: rolle «%1» → «%2»</source>
        <translation>Rename: role “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="311" />
        <source>Gi nytt navn: kategori «%1» → «%2»</source>
        <translation>Rename: category “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="315" />
        <source>Gi nytt navn: mottaker «%1» → «%2»</source>
        <translation>Rename: receiver “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="323" />
        <source>Legg til rolle «%1»</source>
        <translation>Add role “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="326" />
        <source>Legg til kategori «%1»</source>
        <translation>Add category “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/VocabularyPage.cpp" line="332" />
        <source>Legg til mottaker «%1»</source>
        <translation>Add receiver “%1”</translation>
    </message>
</context>
</TS>