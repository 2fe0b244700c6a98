#include "GevinstApplication.h"

#include "CompareView.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

namespace gevinst::ui {

bool installTranslation(QCoreApplication& app, const QString& language)
{
    const auto chosen = io::UserLanguage::fromCode(language);
    if (!chosen)
        return false;
    return io::UserLanguage::install(app, *chosen);
}

bool useQtFileDialogs(io::Language language, const QString& systemLocaleName)
{
    const auto system = io::UserLanguage::fromCode(systemLocaleName);
    return !system || *system != language;
}

namespace {

/// Brings `widget` forward: the tab page it is, or lies in, becomes the current one
/// of the nearest tab widget that holds it.
void bringTabForward(QWidget& widget)
{
    for (QWidget* w = &widget; w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr);
            tabs && tabs->indexOf(w) >= 0) {
            tabs->setCurrentWidget(w);
            break;
        }
}

/// Brings the Usikkerhet tab forward and starts a simulation.
void showUncertainty(QWidget& window)
{
    auto* panel = window.findChild<QWidget*>(QStringLiteral("uncertaintyPanel"));
    if (!panel)
        return;
    bringTabForward(*panel);
    if (auto* run = panel->findChild<QPushButton*>(QStringLiteral("mcRun")))
        QTimer::singleShot(200, run, &QPushButton::click);
}

/// Brings «Sammenligning» forward with the first three scenarios ticked (screenshots).
void showComparison(QWidget& window)
{
    auto* compare = window.findChild<CompareView*>(QStringLiteral("compareView"));
    if (!compare)
        return;
    bringTabForward(*compare);
    QTimer::singleShot(200, compare, [compare] { compare->setChosen({0, 1, 2}); });
}

/// Brings the widget called `name` forward in its tab widget: the editor's «Ordliste»
/// (vocabularyPage) or one of its pages (page:measures, page:hub, …) (screenshots).
void showWidget(QWidget& window, const QString& name)
{
    auto* page = window.findChild<QWidget*>(name);
    if (page)
        bringTabForward(*page);
}

/// The report's save dialog, as Eksport shows it (Qt's own dialog, so that it speaks
/// the window's language), left open.
void showReportFileDialog(QWidget& window)
{
    auto* dialog = new QFileDialog(&window, QCoreApplication::translate("gevinst::ui::ExportMenu", "Lagre rapport"),
                                   QDir::homePath(), QCoreApplication::translate("gevinst::ui::ExportMenu", "PDF (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->open();
}

} // namespace

int runApplication(int argc, char** argv, std::optional<io::Language> language)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gevinstmodell"));
    QApplication::setApplicationName(QStringLiteral("gevinstmodell"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gevinstmodell"));
    QApplication::setDesktopFileName(QStringLiteral("no.gevinstmodell.Gevinstmodell"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gevinstmodell.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gevinstmodell"));
    parser.addHelpOption();
    // The version the program was started with (main sets it before this application exists).
    parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the window: nb (default) or en."),
                            QStringLiteral("language"));
    QCommandLineOption library(QStringLiteral("library"),
                               QStringLiteral("Scenario library: a SQLite file, or a PostgreSQL server "
                                              "postgresql://user@host:port/database?sslmode=prefer (the password from "
                                              "PGPASSWORD, ~/.pgpass or a prompt)."),
                               QStringLiteral("file-or-uri"));
    // For screenshots and demonstrations: open on a view, or show Qt's file dialog.
    QCommandLineOption view(QStringLiteral("view"),
                            QStringLiteral("A view to show at start: uncertainty (runs the simulation), sammenligning (three scenarios ticked), ordliste (the editor's vocabulary), page:period|demography|staff|measures|receivers|recruitment|hub (an editor tab), plan, plan:faktiske, "
                                           "plan:eiere, plan:historikk, plan:godkjenn, bibliotek (the «Åpne bibliotek» dialog)."),
                            QStringLiteral("view"));
    QCommandLineOption fileDialog(QStringLiteral("show-file-dialog"),
                                  QStringLiteral("Show the save dialog of the report at start."));
    QCommandLineOption overview(QStringLiteral("overview"), QStringLiteral("Open «Kommunebildet» (every kommune on the map) at start."));
    parser.addOption(lang);
    parser.addOption(library);
    parser.addOption(view);
    parser.addOption(fileDialog);
    parser.addOption(overview);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A scenario file to import and open."));
    parser.process(app);

    if (!language && parser.isSet(lang))
        language = io::UserLanguage::fromCode(parser.value(lang));
    const QString system = QLocale::system().name();
    const io::Language chosen = language.value_or(io::UserLanguage::forSystemLocale(system));
    io::UserLanguage::install(app, chosen);
    // The native (GTK, KDE) file dialog speaks the desktop's language; when the
    // window speaks another, Qt's own dialog (translated above) is used instead.
    if (useQtFileDialogs(chosen, system))
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    WindowOptions options;
    options.libraryPath = parser.value(library);
    options.openOverview = parser.isSet(overview);
    options.openView = parser.value(view);
    if (!parser.positionalArguments().isEmpty())
        options.openFile = parser.positionalArguments().constFirst();
    // On the heap: «Åpne bibliotek» replaces the window with one on another library.
    auto* window = new MainWindow(options);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (parser.value(view) == QLatin1String("uncertainty"))
        showUncertainty(*window);
    if (parser.value(view) == QLatin1String("sammenligning"))
        showComparison(*window);
    if (parser.value(view) == QLatin1String("ordliste"))
        showWidget(*window, QStringLiteral("vocabularyPage"));
    if (parser.value(view).startsWith(QLatin1String("page:")))
        showWidget(*window, parser.value(view));
    if (parser.isSet(fileDialog))
        QTimer::singleShot(300, window, [window] { showReportFileDialog(*window); });
    return app.exec();
}

} // namespace gevinst::ui
