#include "GevinstApplication.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

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
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the window: nb (default) or en."),
                            QStringLiteral("language"));
    QCommandLineOption library(QStringLiteral("library"), QStringLiteral("Scenario library file (SQLite)."),
                               QStringLiteral("file"));
    parser.addOption(lang);
    parser.addOption(library);
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
    if (!parser.positionalArguments().isEmpty())
        options.openFile = parser.positionalArguments().constFirst();
    MainWindow window(options);
    window.show();
    return app.exec();
}

} // namespace gevinst::ui
