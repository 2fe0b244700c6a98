#include "HelpDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gevinst::ui {

HelpDialog::HelpDialog(Page page, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(objectNameOf(page));
    setWindowTitle(title(page));
    auto* v = new QVBoxLayout(this);
    auto* text = new QTextBrowser;
    text->setObjectName(QStringLiteral("helpText"));
    text->setOpenExternalLinks(true);
    text->setHtml(html(page));
    v->addWidget(text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Lukk"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    v->addWidget(buttons);
    resize(page == Page::About ? QSize(560, 520) : QSize(620, 600));
}

QString HelpDialog::objectNameOf(Page page)
{
    switch (page) {
    case Page::GettingStarted: return QStringLiteral("helpGettingStarted");
    case Page::Glossary: return QStringLiteral("helpGlossary");
    case Page::About: return QStringLiteral("helpAbout");
    }
    return {};
}

QString HelpDialog::title(Page page)
{
    switch (page) {
    case Page::GettingStarted: return tr("Kom i gang");
    case Page::Glossary: return tr("Ordliste");
    case Page::About: return tr("Om Gevinstmodell");
    }
    return {};
}

QString HelpDialog::html(Page page)
{
    switch (page) {
    case Page::GettingStarted:
        return tr("<h2>Kom i gang</h2>"
                  "<p>Gevinstmodell regner ut hva det gir å dele oppgaver i helse og omsorg: frigjorte årsverk, hvor mye "
                  "av bemanningsgapet det dekker, tilskudd fra NAV, sparte sosialhjelpsutgifter, kostnader og "
                  "budsjetteffekt år for år.</p>"
                  "<ol>"
                  "<li><p><b>Velg enhet.</b> Skriv navnet eller nummeret på kommunen eller bydelen i søkefeltet øverst "
                  "til venstre (Ctrl+F), og velg den i lista. Under står enhetens scenarioer.</p></li>"
                  "<li><p><b>Lag et nytt scenario</b> med «Nytt scenario for enheten», eller dobbeltklikk et scenario som "
                  "finnes. Et nytt scenario får enhetens folketall fra SSB og bemanning fra KOSTRA; tiltak, kostnader og "
                  "tidshorisont kommer fra malen. Med «Bruk som mal» lager du et scenario for en annen enhet ut fra et "
                  "du har, og «Dupliser» gir en variant å sammenligne med (for eksempel et 0-alternativ, et moderat og "
                  "et ambisiøst).</p></li>"
                  "<li><p><b>Sjekk bemanningen</b> i fanen «Bemanning»: årsverk og årskostnad per rolle, og hvor stor "
                  "andel av tiden hver rolle bruker på hver oppgavekategori (hver rad skal bli 100 %). Bytt inn "
                  "enhetens egne tall fra HR eller KOSTRA, og skriv hvor tallene kommer fra i «Kilde»-feltet. Se også "
                  "«Demografi» (folketall og hvor mange som får tjenesten) og «Tiltak» (hvilke oppgaver som flyttes, "
                  "til hvem, og hvor stor andel).</p></li>"
                  "<li><p><b>Les resultatene</b> til høyre. Kortene viser frigjorte årsverk og hvor mye av "
                  "bemanningsgapet de dekker i siste år, nåverdien av budsjetteffekten, netto kostnad per frigjort "
                  "årsverk, tilskudd, sparte sosialhjelpsutgifter og når tiltakene er lønnsomme. Diagrammene viser det "
                  "samme år for år; «Usikkerhet» viser hvor mye svaret kan variere, og «Hvem betaler» hvem som får "
                  "gevinsten.</p></li>"
                  "<li><p><b>Lagre</b> en ny versjon med et notat om hva du endret og hvorfor (Ctrl+S). Alle versjoner "
                  "tas vare på; en endret verdi får kilden merket «Endret av bruker» til du skriver en ny.</p></li>"
                  "</ol>"
                  "<p>Ordene modellen bruker, står i «Hjelp → Ordliste».</p>");
    case Page::Glossary:
        return tr("<h2>Ordliste</h2>"
                  "<dl>"
                  "<dt><b>Bemanningsgap</b></dt>"
                  "<dd><p>Årsverkene enheten mangler et år: behovet (dagens årsverk ganget med hvor mye behovet for "
                  "tjenesten har vokst, ut fra folketallet per aldersgruppe og andelen som får tjenesten) minus det "
                  "enheten har (dagens årsverk med den årlige bemanningsveksten). «Andel av gapet dekket» er frigjorte "
                  "årsverk delt på gapet. Er det ikke noe gap, trengs det ingen nye ansettelser, og frigjort tid gir "
                  "ingen innsparing når realiseringen er «bare innenfor bemanningsgapet» – den gir kapasitet.</p></dd>"
                  "<dt><b>Realiseringsandel</b></dt>"
                  "<dd><p>Hvor stor del av verdien av frigjort kapasitet som regnes som budsjettgevinst – ansettelser "
                  "kommunen slipper eller stillinger som ikke fylles på nytt. Med «bare innenfor bemanningsgapet» "
                  "regnes bare frigjort tid som erstatter ansettelser gapet ellers ville krevd; tid utover gapet vises "
                  "som kapasitet (flere mottakere, bedre bruk av kompetansen), ikke som penger. 0 % betyr at all "
                  "frigjort tid går til kvalitet og flere mottakere.</p></dd>"
                  "<dt><b>Tidsfaktor</b></dt>"
                  "<dd><p>Hvor lang tid mottakeren bruker på oppgavene sammenlignet med fagpersonen som ga dem fra seg: "
                  "1,0 er like lang tid, 1,1 er 10 % lengre. Mottakerens timer er de flyttede timene ganget med "
                  "tidsfaktoren. Teknologi bruker ingen personaltimer; den koster per flyttet time.</p></dd>"
                  "<dt><b>Utnyttelsesgrad</b></dt>"
                  "<dd><p>Andelen av en faggruppes arbeidstid som går til oppgaver som krever gruppens utdanning (de "
                  "halvfete kategoriene i «Bemanning»), før og etter tiltakene. Tid som flyttes bort fra andre oppgaver, "
                  "går til slike oppgaver, så utnyttelsesgraden stiger (høyst 100 %).</p></dd>"
                  "<dt><b>Frigjorte årsverk</b></dt>"
                  "<dd><p>Fagpersonalets timer som flyttes til andre, minus timene en rolle selv tar over, delt på "
                  "timer per årsverk.</p></dd>"
                  "<dt><b>Nåverdi</b></dt>"
                  "<dd><p>Summen av budsjetteffekten år for år, der senere år teller mindre (diskontert med "
                  "diskonteringsrenten, i faste priser).</p></dd>"
                  "</dl>");
    case Page::About:
        return tr("<h2>Gevinstmodell %1</h2>"
                  "<p>Gevinster av oppgavedeling i helse og omsorg: frigjort kapasitet, utnyttelsesgrad, statlige "
                  "tilskudd og sparte sosialhjelpsutgifter, for kommuner og bydeler.</p>"
                  "<h3>Lisens</h3>"
                  "<p>Gevinstmodell er fri programvare under GNU General Public License, versjon 3 eller senere "
                  "(GPL-3.0-or-later). Du kan bruke, endre og dele programmet på de vilkårene lisensen setter; det "
                  "leveres uten noen garanti. Se <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                  "gnu.org/licenses/gpl-3.0</a>. Diagrammene tegnes med QCustomPlot (GPL) og vinduet med Qt.</p>"
                  "<h3>Data</h3>"
                  "<p><b>Kilde: Statistisk sentralbyrå.</b> Folketall (tabell 07459, 10826, dødelighetstabell 07902) "
                  "og KOSTRA-tall for hjemmetjenester og omsorgstjenesten (tabell 12292, 14534) er fra SSB, under "
                  "Norsk lisens for offentlige data (NLOD 2.0, "
                  "<a href=\"https://data.norge.no/nlod/no/2.0\">data.norge.no/nlod/no/2.0</a>): fri gjenbruk med "
                  "kildehenvisning. Framskrivingen etter 2026 er programmets egen, ikke SSBs.</p>"
                  "<p><b>Kartgrunnlag: Kartverket (CC BY 4.0).</b> Kommunegrensene (inndeling 2024) bygger på "
                  "Kartverkets data under Creative Commons Navngivelse 4.0 "
                  "(<a href=\"https://creativecommons.org/licenses/by/4.0/deed.no\">creativecommons.org/licenses/by/4.0</a>), "
                  "forenklet og klippet mot kystlinjen.</p>"
                  "<p>Lønnstall, satser og regler i de leverte scenarioene har kildene sine i hvert scenarios "
                  "«Kilde»-felt.</p>")
            .arg(QApplication::applicationVersion().isEmpty() ? tr("(ukjent versjon)") : QApplication::applicationVersion());
    }
    return {};
}

HelpDialog* HelpDialog::open(Page page, QWidget* parent)
{
    if (parent)
        if (auto* existing = parent->findChild<HelpDialog*>(objectNameOf(page), Qt::FindDirectChildrenOnly)) {
            existing->show();
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    auto* dialog = new HelpDialog(page, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void HelpDialog::installMenu(QWidget* parent, QMenu* menu)
{
    QAction* start = menu->addAction(tr("&Kom i gang"), parent, [parent] { open(Page::GettingStarted, parent); });
    start->setObjectName(QStringLiteral("actionGettingStarted"));
    start->setShortcut(QKeySequence::HelpContents);
    QAction* glossary = menu->addAction(tr("&Ordliste"), parent, [parent] { open(Page::Glossary, parent); });
    glossary->setObjectName(QStringLiteral("actionGlossary"));
    menu->addSeparator();
    QAction* about = menu->addAction(tr("&Om Gevinstmodell"), parent, [parent] { open(Page::About, parent); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

} // namespace gevinst::ui
