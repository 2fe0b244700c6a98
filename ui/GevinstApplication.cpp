#include "GevinstApplication.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gevinst::ui {

bool installTranslation(QCoreApplication& app, const QString& language)
{
    // Norwegian bokmål is the source language: nothing to load.
    if (language.startsWith(QLatin1String("nb")) || language.startsWith(QLatin1String("no")) ||
        language.startsWith(QLatin1String("nn")))
        return true;
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/gevinst_%1.qm").arg(language.left(2)))) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language.left(2)), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

int runApplication(int argc, char** argv)
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
    QCommandLineOption view(QStringLiteral("view"),
                            QStringLiteral("A view to show at start: plan, plan:faktiske, plan:eiere, plan:historikk, plan:godkjenn."),
                            QStringLiteral("view"));
    parser.addOption(lang);
    parser.addOption(library);
    parser.addOption(view);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A scenario file to import and open."));
    parser.process(app);

    QString language = parser.value(lang);
    if (language.isEmpty())
        language = QLocale::system().name();
    // A system language other than Norwegian gets English, the only translation.
    if (!language.startsWith(QLatin1String("nb")) && !language.startsWith(QLatin1String("no")) &&
        !language.startsWith(QLatin1String("nn")) && !language.startsWith(QLatin1String("en")) &&
        parser.value(lang).isEmpty())
        language = language == QLatin1String("C") || language == QLatin1String("POSIX") ? QStringLiteral("nb")
                                                                                        : QStringLiteral("en");
    installTranslation(app, language);

    WindowOptions options;
    options.libraryPath = parser.value(library);
    options.openView = parser.value(view);
    if (!parser.positionalArguments().isEmpty())
        options.openFile = parser.positionalArguments().constFirst();
    MainWindow window(options);
    window.show();
    return app.exec();
}

} // namespace gevinst::ui
