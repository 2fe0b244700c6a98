// One language at a time (issue 16): with English chosen, the menus and the
// uncertainty view show no Norwegian; with Norwegian, Qt's own standard buttons,
// the (non-native) file dialog and context menus are Norwegian too; numbers
// and dates follow the language.

#include "UiTestSupport.h"

#include "ChoroplethPainter.h"
#include "HelpDialog.h"
#include "Language.h"
#include "NumberText.h"
#include "OverviewFigureText.h"
#include "OverviewMapData.h"
#include "PlanTypes.h"
#include "ScenarioDocument.h"
#include "UncertaintyPanel.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextDocument>

#include <memory>

using gevinst::io::Language;
using gevinst::io::NumberText;
using gevinst::io::UserLanguage;

namespace {

/// Puts the language back to Norwegian when a test ends, pass or fail.
struct LanguageGuard {
    explicit LanguageGuard(Language language)
    {
        gevinst::test::ensureApplication();
        REQUIRE(UserLanguage::install(*QCoreApplication::instance(), language));
    }
    ~LanguageGuard() { UserLanguage::install(*QCoreApplication::instance(), Language::Norwegian); }
};

/// Why `text` reads as Norwegian: a Norwegian letter or word; empty when it does not.
QString norwegianIn(const QString& text)
{
    static const QRegularExpression letters(QStringLiteral("[æøåÆØÅ]"));
    static const QRegularExpression words(
        QStringLiteral("\\b(og|eller|til|fra|med|ikke|av|på|er|en|et|som|Fil|Rediger|Vis|Hjelp|Lagre|Åpne|Avbryt|"
                       "Angre|Gjør|Eksport|Eksporter|Importer|Rapport|Figur|Kopier|Sammenlign|Tabeller|Tall|Søk|"
                       "Kjør|Trekk|Frø|Simulering|Usikkerhet|Nåverdi|Frigjorte|årsverk|kr|Bibliotek|"
                       "Scenarioet|ranger|utslag|Inndata|Sannsynlighet|Budsjetteffekt|Tilbakestill|Avslutt|"
                       "Ny|Nytt|versjon|Tidsfaktor|Andel|Lønnstilskudd|Oppgavemedarbeider|Sykepleier|Helsefagarbeider|"
                       "Kostnad|Koordinering|Teknologi|Frivillige|Tjenestemottakere|Befolkning)\\b"));
    if (const auto m = letters.match(text); m.hasMatch())
        return m.captured();
    if (const auto m = words.match(text); m.hasMatch())
        return m.captured();
    return {};
}

void collectActions(const QList<QAction*>& actions, QStringList& out)
{
    for (QAction* a : actions) {
        if (a->isSeparator())
            continue;
        out << a->text() << a->toolTip() << a->statusTip();
        if (a->menu())
            collectActions(a->menu()->actions(), out);
    }
}

/// Every text of `widget`'s labels and buttons (with their tooltips).
QStringList widgetTexts(const QWidget& widget)
{
    QStringList out;
    for (const QLabel* l : widget.findChildren<QLabel*>())
        out << l->text() << l->toolTip();
    for (const QAbstractButton* b : widget.findChildren<QAbstractButton*>())
        out << b->text() << b->toolTip();
    return out;
}

/// Texts that read as Norwegian, with the reason, for the failure message.
QStringList norwegianTexts(const QStringList& texts)
{
    QStringList found;
    for (const QString& t : texts)
        if (const QString why = norwegianIn(t); !why.isEmpty())
            found << QStringLiteral("«%1» (%2)").arg(t, why);
    return found;
}

} // namespace

TEST_CASE("the word check finds Norwegian and passes English", "[ui][i18n]")
{
    CHECK_FALSE(norwegianIn(QStringLiteral("&Lagre ny versjon …")).isEmpty());
    CHECK_FALSE(norwegianIn(QStringLiteral("Frø:")).isEmpty());
    CHECK_FALSE(norwegianIn(QStringLiteral("Tidsfaktor, oppgavemedarbeider")).isEmpty());
    CHECK(norwegianIn(QStringLiteral("&Save new version …")).isEmpty());
    CHECK(norwegianIn(QStringLiteral("Time factor, task worker")).isEmpty());
}

TEST_CASE("with English the menus show no Norwegian", "[ui][i18n]")
{
    LanguageGuard english(Language::English);
    gevinst::test::WindowFixture f;
    QStringList texts;
    for (QAction* menu : f.window->menuBar()->actions())
        texts << menu->text();
    collectActions(f.window->menuBar()->actions(), texts);
    texts.removeAll(QString());
    REQUIRE(texts.size() > 10);
    CHECK(texts.contains(QStringLiteral("E&xport")));
    INFO(norwegianTexts(texts).join(QStringLiteral("\n")).toStdString());
    CHECK(norwegianTexts(texts).isEmpty());
}

TEST_CASE("with English the uncertainty view and its tornado labels show no Norwegian", "[ui][i18n]")
{
    LanguageGuard english(Language::English);
    gevinst::test::WindowFixture f;
    auto* panel = f.find<gevinst::ui::UncertaintyPanel>(QStringLiteral("uncertaintyPanel"));
    REQUIRE(panel != nullptr);
    // Bring the view forward, as a user opening it would.
    for (QWidget* w = panel->parentWidget(); w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            tabs->setCurrentWidget(panel);
            break;
        }
    QApplication::processEvents();
    QStringList texts = widgetTexts(*panel);
    // The tornado's rows are the input catalogue's labels with the vocabulary's names.
    auto* ticker = dynamic_cast<QCPAxisTickerText*>(panel->tornadoChart()->yAxis->ticker().data());
    REQUIRE(ticker != nullptr);
    REQUIRE_FALSE(ticker->ticks().isEmpty());
    for (const QString& label : ticker->ticks())
        texts << label;
    // The axis and the chart titles.
    for (const QCustomPlot* plot : panel->findChildren<QCustomPlot*>()) {
        texts << plot->xAxis->label() << plot->yAxis->label();
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
            if (const auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
                texts << title->text();
    }
    texts.removeAll(QString());
    INFO(norwegianTexts(texts).join(QStringLiteral("\n")).toStdString());
    CHECK(norwegianTexts(texts).isEmpty());
}

TEST_CASE("with English the help pages, Kommunebildet's texts and the plan's classes show no Norwegian", "[ui][i18n]")
{
    LanguageGuard english(Language::English);
    using gevinst::ui::HelpDialog;
    QStringList texts;
    static const QRegularExpression address(QStringLiteral("\\S+\\.\\S+/\\S*")); // a web address is no language
    for (const HelpDialog::Page page : {HelpDialog::Page::GettingStarted, HelpDialog::Page::Glossary, HelpDialog::Page::About}) {
        texts << HelpDialog::title(page);
        QTextDocument document;
        document.setHtml(HelpDialog::html(page));
        const QString plain = document.toPlainText().replace(address, QString());
        REQUIRE(plain.size() > 200);
        texts << plain.split(QLatin1Char('\n'));
    }
    CHECK(HelpDialog::title(HelpDialog::Page::Glossary) == QStringLiteral("Glossary"));
    // Kommunebildet's figure names and map texts (written with an explicit context).
    using gevinst::ui::OverviewFigureText;
    for (int i = 0; i < gevinst::kOverviewFigureCount; ++i) {
        const auto figure = static_cast<gevinst::OverviewFigure>(i);
        texts << OverviewFigureText::title(figure) << OverviewFigureText::header(figure)
              << OverviewFigureText::whyUndefined(figure);
    }
    CHECK(OverviewFigureText::title(gevinst::OverviewFigure::NpvBudgetNok) == QStringLiteral("Present value budget effect (million NOK)"));
    texts << gevinst::ui::ChoroplethPainter::attribution() << gevinst::ui::OverviewMapData::sourceLine();
    // The benefits plan's classes (DFØ), as the plan's tables and export show them.
    using gevinst::plan::BenefitClass;
    for (const BenefitClass c : {BenefitClass::Budget, BenefitClass::Time, BenefitClass::Public, BenefitClass::NotPriced})
        texts << gevinst::plan::benefitClassName(c);
    CHECK(gevinst::plan::benefitClassName(BenefitClass::Budget) == QStringLiteral("Budget effect in own organisation"));
    texts.removeAll(QString());
    INFO(norwegianTexts(texts).join(QStringLiteral("\n")).toStdString());
    CHECK(norwegianTexts(texts).isEmpty());
}

TEST_CASE("with English the Befolkning view shows no Norwegian", "[ui][i18n]")
{
    LanguageGuard english(Language::English);
    gevinst::test::WindowFixture f;
    auto* view = f.find<QWidget>(QStringLiteral("demographyView"));
    REQUIRE(view != nullptr);
    for (QWidget* w = view->parentWidget(); w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            tabs->setCurrentWidget(view);
            break;
        }
    QApplication::processEvents();
    QStringList texts = widgetTexts(*view);
    // The source the library holds for its registered years is data (written in
    // Norwegian when the library was made), quoted inside the English text.
    static const QRegularExpression librarySource(QStringLiteral("from the library \\(.*\\), where"));
    for (QString& t : texts)
        t.replace(librarySource, QStringLiteral("from the library (…), where"));
    texts.removeAll(QString());
    REQUIRE(texts.size() > 5);
    INFO(norwegianTexts(texts).join(QStringLiteral("\n")).toStdString());
    CHECK(norwegianTexts(texts).isEmpty());
}

TEST_CASE("with English Qt's standard buttons are English and numbers English", "[ui][i18n]")
{
    LanguageGuard english(Language::English);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                         QDialogButtonBox::Discard);
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
    CHECK(box.button(QDialogButtonBox::Discard)->text() == QStringLiteral("Discard"));
    const QString nbsp(QChar(0x00A0));
    CHECK(NumberText::nok(1234567.4) == QStringLiteral("1,234,567") + nbsp + QStringLiteral("NOK"));
    CHECK(NumberText::percent(0.125) == QStringLiteral("12.5") + nbsp + QStringLiteral("%"));
    CHECK(NumberText::fte(3.44) == QStringLiteral("3.4") + nbsp + QStringLiteral("FTE"));
}

TEST_CASE("with Norwegian Qt's standard buttons, file dialog and context menus are Norwegian", "[ui][i18n]")
{
    LanguageGuard norwegian(Language::Norwegian);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                         QDialogButtonBox::Discard | QDialogButtonBox::Yes | QDialogButtonBox::No);
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Avbryt"));
    CHECK(box.button(QDialogButtonBox::Save)->text() == QStringLiteral("Lagre"));
    CHECK(box.button(QDialogButtonBox::Discard)->text() == QStringLiteral("Forkast"));
    CHECK(box.button(QDialogButtonBox::Yes)->text() == QStringLiteral("&Ja"));

    // Qt's own file dialog (the one the window uses when the desktop's dialog would
    // speak another language), as a save dialog.
    QFileDialog dialog(nullptr, QStringLiteral("Lagre rapport"), QString(), QStringLiteral("PDF (*.pdf)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    auto* lookIn = dialog.findChild<QLabel*>(QStringLiteral("lookInLabel"));
    auto* fileName = dialog.findChild<QLabel*>(QStringLiteral("fileNameLabel"));
    auto* fileType = dialog.findChild<QLabel*>(QStringLiteral("fileTypeLabel"));
    REQUIRE(lookIn != nullptr);
    REQUIRE(fileName != nullptr);
    REQUIRE(fileType != nullptr);
    CHECK(lookIn->text() == QStringLiteral("Se i:"));
    CHECK(fileName->text() == QStringLiteral("Fil&navn:"));
    CHECK(fileType->text() == QStringLiteral("Filtype:"));
    static const QRegularExpression english(
        QStringLiteral("\\b(Look|File|Files|Cancel|Save|Open|Back|Forward|Parent|Directory|Folder|Detail|List|"
                       "Name|Size|Type|Date|Modified|Create)\\b"));
    QStringList englishTexts;
    for (const QString& t : widgetTexts(dialog))
        if (english.match(t).hasMatch())
            englishTexts << t;
    INFO(englishTexts.join(QStringLiteral(" | ")).toStdString());
    CHECK(englishTexts.isEmpty());

    QLineEdit edit(QStringLiteral("tekst"));
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList items;
    for (const QAction* a : menu->actions())
        if (!a->isSeparator())
            items << a->text().section(QLatin1Char('\t'), 0, 0); // without the shortcut
    INFO(items.join(QStringLiteral(" | ")).toStdString());
    CHECK(items.contains(QStringLiteral("&Angre")));
    CHECK(items.contains(QStringLiteral("&Lim inn")));
    CHECK(items.contains(QStringLiteral("Merk alt")));

    const QString nbsp(QChar(0x00A0));
    CHECK(NumberText::nok(1234567.4) == QStringLiteral("1") + nbsp + QStringLiteral("234") + nbsp +
                                            QStringLiteral("567") + nbsp + QStringLiteral("kr"));
    CHECK(NumberText::percent(0.125) == QStringLiteral("12,5") + nbsp + QStringLiteral("%"));
}

TEST_CASE("Norwegian plural forms come from the plural-only translation", "[ui][i18n]")
{
    LanguageGuard norwegian(Language::Norwegian);
    const char* context = "gevinst::ui::DocumentManager";
    const char* text = "Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?";
    CHECK(QCoreApplication::translate(context, text, nullptr, 1) ==
          QStringLiteral("Gevinstmodell ble avsluttet med 1 ulagret scenario. Gjenopprette endringene?"));
    CHECK(QCoreApplication::translate(context, text, nullptr, 3) ==
          QStringLiteral("Gevinstmodell ble avsluttet med 3 ulagrede scenarioer. Gjenopprette endringene?"));
}

TEST_CASE("dates follow the language: a changed value's source mark is dated in English with English", "[ui][i18n][sources]")
{
    using gevinst::ui::ScenarioDocument;
    const QDate day(2026, 11, 30);
    const QDateTime evening(day, QTime(19, 5));
    CHECK(NumberText::date(day) == QStringLiteral("30.11.2026"));
    CHECK(NumberText::dateTime(evening) == QStringLiteral("30.11.2026 19:05"));
    CHECK(NumberText::dateTime(evening, true) == QStringLiteral("30.11.2026 kl. 19:05"));
    CHECK(ScenarioDocument::changedSourceText(QStringLiteral("SSB 2025"), day) ==
          QStringLiteral("Endret av bruker 30.11.2026; tidligere kilde: SSB 2025"));
    // A mark written in the other language is still a mark.
    CHECK(ScenarioDocument::isChangedMark(QStringLiteral("Changed by user 30 Nov 2026; previous source: SSB 2025")));
    {
        LanguageGuard english(Language::English);
        CHECK(NumberText::date(day) == QStringLiteral("30 Nov 2026"));
        CHECK(NumberText::dateTime(evening) == QStringLiteral("30 Nov 2026 19:05"));
        CHECK(NumberText::dateTime(evening, true) == QStringLiteral("30 Nov 2026 at 19:05"));
        CHECK(ScenarioDocument::isChangedMark(QStringLiteral("Endret av bruker 30.11.2026; tidligere kilde: SSB 2025")));

        // Through the window: an edited value's source gets today's date in English.
        gevinst::test::WindowFixture f;
        ScenarioDocument* doc = f.window->currentDocument();
        REQUIRE(doc != nullptr);
        const QString original = doc->sourceFor("discount_rate");
        f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3.5"));
        const QString marked = doc->sourceFor("discount_rate");
        const QString today = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(QDate::currentDate(), QStringLiteral("d MMM yyyy"));
        CHECK(marked == QStringLiteral("Changed by user %1; previous source: %2").arg(today, original));
        CHECK(ScenarioDocument::isChangedMark(marked));
        CHECK(norwegianIn(marked.left(marked.indexOf(QLatin1Char(';')))).isEmpty());
    }
}
