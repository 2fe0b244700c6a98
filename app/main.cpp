// gevinst: with no arguments, the desktop window; with a subcommand, the headless
// command line. Parses arguments and wires the layers together, nothing else.

#include "CliArgs.h"
#include "CliText.h"
#include "Commands.h"
#include "Language.h"
#include "Version.h"

#ifdef GEVINST_WITH_UI
#include "GevinstApplication.h"
#endif

#include <QCoreApplication>
#include <QLocale>
#ifdef GEVINST_WITH_UI
#include <QApplication>
#endif

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace gevinst::cli;

void printHelp(std::ostream& out)
{
    out << "Gevinstmodell " << GEVINST_VERSION << " – "
        << CliText::text(CliText::tr("gevinster av oppgavedeling i helse og omsorg")) << "\n\n"
        << CliText::text(CliText::tr("Bruk:")) << "\n"
        << "  gevinst                      " << CliText::text(CliText::tr("åpner vinduet")) << "\n";
    for (const auto& c : commands())
        out << "  gevinst " << c.usage << "\n      " << CliText::description(c) << "\n";
    out << "  gevinst --help | --version\n"
        << "  --lang nb|en                 " << CliText::text(CliText::tr("språket i meldinger og vindu (norsk er standard)"))
        << "\n\n"
        << CliText::text(CliText::tr("Utgangskoder: 0 ok, 2 ugyldig inndata (feltstien står i meldingen), 1 annen feil\n"
                                     "(fil som ikke kan leses eller skrives)."))
        << "\n";
}

/// Takes "--lang CODE" or "--lang=CODE" from anywhere on the line (before a
/// subcommand or among its options). Returns the code, empty when not given.
std::string takeLanguage(std::vector<std::string>& args)
{
    std::string code;
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] == "--lang") {
            code = i + 1 < args.size() ? args[i + 1] : std::string("?");
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                       args.begin() + static_cast<std::ptrdiff_t>(std::min(i + 2, args.size())));
            continue;
        }
        if (args[i].rfind("--lang=", 0) == 0) {
            code = args[i].substr(7);
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
            continue;
        }
        ++i;
    }
    return code;
}

[[maybe_unused]] bool hasDisplay() // used only when the window is built
{
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY"})
        if (const char* v = std::getenv(name); v && *v)
            return true;
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    return platform && *platform;
}

/// The window, or why it cannot open (in the user's language: `language` is installed).
int runWindow(int argc, char** argv, gevinst::io::Language language)
{
#ifdef GEVINST_WITH_UI
    if (!hasDisplay()) {
        QCoreApplication core(argc, argv);
        gevinst::io::UserLanguage::install(core, language);
        std::cerr << "Gevinstmodell: "
                  << CliText::text(CliText::tr("fant ingen skjerm (DISPLAY er ikke satt), så vinduet kan ikke åpnes.\n"
                                               "Kommandolinjen virker uten skjerm:"))
                  << "\n\n";
        printHelp(std::cerr);
        return ExitFailure;
    }
    return gevinst::ui::runApplication(argc, argv, language);
#else
    (void)argc;
    (void)argv;
    (void)language;
    std::cerr << CliText::text(CliText::tr("Gevinstmodell ble bygget uten vindu (GEVINST_BUILD_UI=OFF). Kommandolinjen:"))
              << "\n\n";
    printHelp(std::cerr);
    return ExitFailure;
#endif
}

#ifdef GEVINST_WITH_UI
QtMessageHandler previousMessageHandler = nullptr;

/// Passes every message on except Qt's note that XDG_RUNTIME_DIR is not set.
void quietAboutRuntimeFolder(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}
#endif

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    const std::string code = takeLanguage(args);
    std::optional<gevinst::io::Language> language;
    if (!code.empty())
        language = gevinst::io::UserLanguage::fromCode(QString::fromStdString(code));

    // Window options (--library FILE, --view …) or a scenario file to open start the window.
    const std::string first = args.empty() ? std::string() : args.front();
    const bool helpOrVersion = first == "--help" || first == "-h" || first == "--version" || first == "-V";
    const bool window = args.empty() || (first.rfind("--", 0) == 0 && !helpOrVersion) ||
                        (first.size() > 5 && first.compare(first.size() - 5, 5, ".json") == 0);

    const Command* command = nullptr;
    for (const auto& c : commands())
        if (c.name == first)
            command = &c;

    // The texts below are translated: the application object comes first.
    std::unique_ptr<QCoreApplication> app;
#ifdef GEVINST_WITH_UI
    if (command && command->needsGui) {
        // Charts and reports are drawn without a window: the offscreen platform needs no display.
        if (!std::getenv("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (a server, a terminal over ssh) Qt notes in English that it makes a
        // runtime folder of its own; the command's user has nothing to do about it.
        if (!std::getenv("XDG_RUNTIME_DIR"))
            previousMessageHandler = qInstallMessageHandler(quietAboutRuntimeFolder);
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app && !window)
        app = std::make_unique<QCoreApplication>(argc, argv);
    // Set before any application object: the window's own (made later) keeps it too.
    QCoreApplication::setApplicationVersion(GEVINST_VERSION);
    if (app) {
        QCoreApplication::setOrganizationName("Gevinstmodell");
        QCoreApplication::setApplicationName("gevinstmodell");
    }
    const auto chosen = language.value_or(gevinst::io::UserLanguage::forSystemLocale(QLocale::system().name()));
    if (app)
        gevinst::io::UserLanguage::install(*app, chosen);

    if (!code.empty() && !language) {
        if (!app)
            app = std::make_unique<QCoreApplication>(argc, argv);
        std::cerr << "gevinst: "
                  << CliText::text(CliText::tr("--lang: «%1» er ikke et språk programmet har (nb eller en)")
                                       .arg(QString::fromStdString(code)))
                  << "\n";
        return ExitInvalidInput;
    }
    if (window) {
        // The window makes its own QApplication; argv keeps --lang for it, and the
        // language is handed over as well.
        return runWindow(argc, argv, chosen);
    }
    if (first == "--help" || first == "-h" || first == "help") {
        printHelp(std::cout);
        return ExitOk;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "gevinst " << GEVINST_VERSION << "\n";
        return ExitOk;
    }
    if (!command) {
        std::cerr << "gevinst: "
                  << CliText::text(CliText::tr("ukjent kommando «%1» (se gevinst --help)").arg(QString::fromStdString(first)))
                  << "\n";
        return ExitInvalidInput;
    }

    std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        CliArgs commandArgs(std::move(rest));
        if (commandArgs.flag("--help", "-h")) {
            std::cout << "gevinst " << command->usage << "\n  " << CliText::description(*command) << "\n";
            return ExitOk;
        }
        return command->run(commandArgs);
    } catch (const CliError& e) {
        std::cerr << "gevinst " << first << ": " << e.what() << "\n";
        return e.code;
    } catch (const std::bad_alloc&) {
        std::cerr << "gevinst " << first << ": " << CliText::text(CliText::tr("ikke nok minne")) << "\n";
        return ExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "gevinst " << first << ": " << e.what() << "\n";
        return ExitFailure;
    }
}
