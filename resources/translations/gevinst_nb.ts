<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
    <context>
        <name>gevinst::cli::CliText</name>
        <message numerus="yes">
            <source>ugyldig scenario (%n feil)</source>
            <translation>
                <numerusform>ugyldig scenario (%n feil)</numerusform>
                <numerusform>ugyldig scenario (%n feil)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Lagret %n faktiske verdier fra %1</source>
            <translation>
                <numerusform>Lagret %n faktisk verdi fra %1</numerusform>
                <numerusform>Lagret %n faktiske verdier fra %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gevinster</source>
            <translation>
                <numerusform>%n gevinst</numerusform>
                <numerusform>%n gevinster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sider</source>
            <translation>
                <numerusform>%n side</numerusform>
                <numerusform>%n sider</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scenarioer i %1</source>
            <translation>
                <numerusform>%n scenario i %1</numerusform>
                <numerusform>%n scenarioer i %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enheter</source>
            <translation>
                <numerusform>%n enhet</numerusform>
                <numerusform>%n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importerte folketall for %n enheter</source>
            <translation>
                <numerusform>Importerte folketall for %n enhet</numerusform>
                <numerusform>Importerte folketall for %n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sammenligning av %n scenarioer</source>
            <translation>
                <numerusform>Sammenligning av %n scenario</numerusform>
                <numerusform>Sammenligning av %n scenarioer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::io::ModelErrorText</name>
        <message numerus="yes">
            <source>og %n feil til som ikke vises</source>
            <translation>
                <numerusform>og %n feil til som ikke vises</numerusform>
                <numerusform>og %n feil til som ikke vises</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::BudgetPlanView</name>
        <message numerus="yes">
            <source>Scenarioet slutter i %1, så planen har bare %n år.</source>
            <translation>
                <numerusform>Scenarioet slutter i %1, så planen har bare %n år.</numerusform>
                <numerusform>Scenarioet slutter i %1, så planen har bare %n år.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sum %n år</source>
            <translation>
                <numerusform>Sum %n år</numerusform>
                <numerusform>Sum %n år</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::CouncilReport</name>
        <message numerus="yes">
            <source>Tallene foran er &lt;b&gt;punktanslag&lt;/b&gt;: de bygger på den mest sannsynlige verdien av hver forutsetning. %n av forutsetningene er usikre og har et intervall fra en lav til en høy verdi. For å se hva usikkerheten betyr, er beregningen gjort %1 ganger, hver gang med verdier trukket tilfeldig innenfor intervallene (Monte Carlo-simulering, frø 1).</source>
            <translation>
                <numerusform>Tallene foran er &lt;b&gt;punktanslag&lt;/b&gt;: de bygger på den mest sannsynlige verdien av hver forutsetning. %n av forutsetningene er usikker og har et intervall fra en lav til en høy verdi. For å se hva usikkerheten betyr, er beregningen gjort %1 ganger, hver gang med verdier trukket tilfeldig innenfor intervallene (Monte Carlo-simulering, frø 1).</numerusform>
                <numerusform>Tallene foran er &lt;b&gt;punktanslag&lt;/b&gt;: de bygger på den mest sannsynlige verdien av hver forutsetning. %n av forutsetningene er usikre og har et intervall fra en lav til en høy verdi. For å se hva usikkerheten betyr, er beregningen gjort %1 ganger, hver gang med verdier trukket tilfeldig innenfor intervallene (Monte Carlo-simulering, frø 1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medianen ligger under punktanslaget fordi %n av intervallene er skjeve: de strekker seg lenger ned enn opp fra den mest sannsynlige verdien%1. Når mange slike forutsetninger trekkes samtidig, blir utfallet oftere svakere enn punktanslaget enn sterkere. Punktanslaget er altså ikke et midtpunkt, men utfallet der alt går omtrent som ventet.</source>
            <translation>
                <numerusform>Medianen ligger under punktanslaget fordi %n av intervallene er skjevt: det strekker seg lenger ned enn opp fra den mest sannsynlige verdien%1. Når mange slike forutsetninger trekkes samtidig, blir utfallet oftere svakere enn punktanslaget enn sterkere. Punktanslaget er altså ikke et midtpunkt, men utfallet der alt går omtrent som ventet.</numerusform>
                <numerusform>Medianen ligger under punktanslaget fordi %n av intervallene er skjeve: de strekker seg lenger ned enn opp fra den mest sannsynlige verdien%1. Når mange slike forutsetninger trekkes samtidig, blir utfallet oftere svakere enn punktanslaget enn sterkere. Punktanslaget er altså ikke et midtpunkt, men utfallet der alt går omtrent som ventet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medianen ligger over punktanslaget fordi %n av intervallene strekker seg lenger opp enn ned fra den mest sannsynlige verdien%1.</source>
            <translation>
                <numerusform>Medianen ligger over punktanslaget fordi %n av intervallene strekker seg lenger opp enn ned fra den mest sannsynlige verdien%1.</numerusform>
                <numerusform>Medianen ligger over punktanslaget fordi %n av intervallene strekker seg lenger opp enn ned fra den mest sannsynlige verdien%1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Oppgavedeling.&lt;/b&gt; Hver rolle bruker en andel av tiden på %n typer oppgaver. Et tiltak flytter en andel av én oppgavetype fra en rolle til en mottaker (%1), fullt ut etter innfasingen. Den som overtar, kan bruke lengre tid (tidsfaktor).</source>
            <translation>
                <numerusform>&lt;b&gt;Oppgavedeling.&lt;/b&gt; Hver rolle bruker en andel av tiden på %n type oppgaver. Et tiltak flytter en andel av én oppgavetype fra en rolle til en mottaker (%1), fullt ut etter innfasingen. Den som overtar, kan bruke lengre tid (tidsfaktor).</numerusform>
                <numerusform>&lt;b&gt;Oppgavedeling.&lt;/b&gt; Hver rolle bruker en andel av tiden på %n typer oppgaver. Et tiltak flytter en andel av én oppgavetype fra en rolle til en mottaker (%1), fullt ut etter innfasingen. Den som overtar, kan bruke lengre tid (tidsfaktor).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::DocumentManager</name>
        <message numerus="yes">
            <source>Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.</source>
            <translation>
                <numerusform>Scenarioet har %n feil. Rett feilen (merket i rødt) før du lagrer.</numerusform>
                <numerusform>Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bibliotek: %1 (som %2) · %n scenario(er)</source>
            <translation>
                <numerusform>Bibliotek: %1 (som %2) · %n scenario</numerusform>
                <numerusform>Bibliotek: %1 (som %2) · %n scenarioer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bibliotek: %1 · %n scenario(er)</source>
            <translation>
                <numerusform>Bibliotek: %1 · %n scenario</numerusform>
                <numerusform>Bibliotek: %1 · %n scenarioer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?</source>
            <translation>
                <numerusform>Gevinstmodell ble avsluttet med %n ulagret scenario. Gjenopprette endringene?</numerusform>
                <numerusform>Gevinstmodell ble avsluttet med %n ulagrede scenarioer. Gjenopprette endringene?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::LibraryPanel</name>
        <message numerus="yes">
            <source>Bibliotek: %1
%n scenario(er)</source>
            <translation>
                <numerusform>Bibliotek: %1
%n scenario</numerusform>
                <numerusform>Bibliotek: %1
%n scenarioer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n versjon(er). Dobbeltklikk for å åpne.</source>
            <translation>
                <numerusform>%1 – %n versjon. Dobbeltklikk for å åpne.</numerusform>
                <numerusform>%1 – %n versjoner. Dobbeltklikk for å åpne.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::OverviewMapData</name>
        <message numerus="yes">
            <source>. Monte Carlo: %n trekk per enhet (tabellen viser P10–P90)</source>
            <translation>
                <numerusform>. Monte Carlo: %n trekk per enhet (tabellen viser P10–P90)</numerusform>
                <numerusform>. Monte Carlo: %n trekk per enhet (tabellen viser P10–P90)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::OverviewTableModel</name>
        <message numerus="yes">
            <source>Sum av %n enheter etter reglene for sammenslåing (nøkkeltall regnes av summene).</source>
            <translation>
                <numerusform>Sum av %n enhet etter reglene for sammenslåing (nøkkeltall regnes av summene).</numerusform>
                <numerusform>Sum av %n enheter etter reglene for sammenslåing (nøkkeltall regnes av summene).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n av dem mangler egne tall; de er med med reservetall (fylkets eller landets).</source>
            <translation>
                <numerusform>%n av dem mangler egne tall; den er med med reservetall (fylkets eller landets).</numerusform>
                <numerusform>%n av dem mangler egne tall; de er med med reservetall (fylkets eller landets).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enheter kunne ikke beregnes og er ikke med.</source>
            <translation>
                <numerusform>%n enhet kunne ikke beregnes og er ikke med.</numerusform>
                <numerusform>%n enheter kunne ikke beregnes og er ikke med.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>P10 %1, P50 %2, P90 %3 over %n trekk</source>
            <translation>
                <numerusform>P10 %1, P50 %2, P90 %3 over %n trekk</numerusform>
                <numerusform>P10 %1, P50 %2, P90 %3 over %n trekk</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::OverviewView</name>
        <message numerus="yes">
            <source>%n enheter, %1</source>
            <translation>
                <numerusform>%n enhet, %1</numerusform>
                <numerusform>%n enheter, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n trekk hver</source>
            <translation>
                <numerusform>, %n trekk hver</numerusform>
                <numerusform>, %n trekk hver</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n uten egne tall</source>
            <translation>
                <numerusform> · %n uten egne tall</numerusform>
                <numerusform> · %n uten egne tall</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::PlanTables</name>
        <message numerus="yes">
            <source>%n gevinst(er)</source>
            <translation>
                <numerusform>%n gevinst</numerusform>
                <numerusform>%n gevinster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::PlanView</name>
        <message numerus="yes">
            <source>Fjerne gevinsten «%1» fra planen, med mål og %n faktiske tall? Dette kan ikke angres.</source>
            <translation>
                <numerusform>Fjerne gevinsten «%1» fra planen, med mål og %n faktisk tall? Dette kan ikke angres.</numerusform>
                <numerusform>Fjerne gevinsten «%1» fra planen, med mål og %n faktiske tall? Dette kan ikke angres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importerte %n faktiske tall fra %1.</source>
            <translation>
                <numerusform>Importerte %n faktisk tall fra %1.</numerusform>
                <numerusform>Importerte %n faktiske tall fra %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skrev gevinstrapporten (%n side(r)) til %1.</source>
            <translation>
                <numerusform>Skrev gevinstrapporten (%n side) til %1.</numerusform>
                <numerusform>Skrev gevinstrapporten (%n sider) til %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::ResultsPanel</name>
        <message numerus="yes">
            <source>I %n av årene (første gang %1)</source>
            <translation>
                <numerusform>I %n av årene (første gang %1)</numerusform>
                <numerusform>I %n av årene (første gang %1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::ScenarioEditor</name>
        <message numerus="yes">
            <source>… og %n feil til</source>
            <translation>
                <numerusform>… og %n feil til</numerusform>
                <numerusform>… og %n feil til</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gevinst::ui::UncertaintyPanel</name>
        <message numerus="yes">
            <source>%n inndata har usikkerhetsområde. Trykk «Kjør simulering».</source>
            <translation>
                <numerusform>%n inndata har usikkerhetsområde. Trykk «Kjør simulering».</numerusform>
                <numerusform>%n inndata har usikkerhetsområde. Trykk «Kjør simulering».</numerusform>
            </translation>
        </message>
    </context>
</TS>