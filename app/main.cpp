// gevinst: with no arguments, the desktop window; with a subcommand, the headless
// command line. Parses arguments and wires the layers together, nothing else.

#include "CliArgs.h"
#include "Commands.h"
#include "Version.h"

#ifdef GEVINST_WITH_UI
#include "GevinstApplication.h"
#endif

#include <QCoreApplication>
#ifdef GEVINST_WITH_UI
#include <QApplication>
#endif

#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <new>

namespace {

using namespace gevinst::cli;

void printHelp(std::ostream& out)
{
    out << "Gevinstmodell " << GEVINST_VERSION
        << " – gevinster av oppgavedeling i helse og omsorg\n\n"
           "Bruk:\n"
           "  gevinst                      åpner vinduet\n";
    for (const auto& c : commands())
        out << "  gevinst " << c.usage << "\n      " << c.description << "\n";
    out << "  gevinst --help | --version\n\n"
           "Utgangskoder: 0 ok, 2 ugyldig inndata (feltstien står i meldingen), 1 annen feil\n"
           "(fil som ikke kan leses eller skrives).\n";
}

[[maybe_unused]] bool hasDisplay() // used only when the window is built
{
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY"})
        if (const char* v = std::getenv(name); v && *v)
            return true;
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    return platform && *platform;
}

int runWindow(int argc, char** argv)
{
#ifdef GEVINST_WITH_UI
    if (!hasDisplay()) {
        std::cerr << "Gevinstmodell: fant ingen skjerm (DISPLAY er ikke satt), så vinduet kan ikke åpnes.\n"
                     "Kommandolinjen virker uten skjerm:\n\n";
        printHelp(std::cerr);
        return ExitFailure;
    }
    return gevinst::ui::runApplication(argc, argv);
#else
    (void)argc;
    (void)argv;
    std::cerr << "Gevinstmodell ble bygget uten vindu (GEVINST_BUILD_UI=OFF). Kommandolinjen:\n\n";
    printHelp(std::cerr);
    return ExitFailure;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return runWindow(argc, argv);

    const std::string first = argv[1];
    // Window options (--lang en, --library FILE, --overview) or a scenario file to open also start the window.
    if (first == "--lang" || first == "--library" || first == "--overview" || first.rfind("--lang=", 0) == 0 ||
        first.rfind("--library=", 0) == 0 ||
        (first.size() > 5 && first.compare(first.size() - 5, 5, ".json") == 0))
        return runWindow(argc, argv);
    if (first == "--help" || first == "-h" || first == "help") {
        printHelp(std::cout);
        return ExitOk;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "gevinst " << GEVINST_VERSION << "\n";
        return ExitOk;
    }

    const Command* command = nullptr;
    for (const auto& c : commands())
        if (c.name == first)
            command = &c;
    if (!command) {
        std::cerr << "gevinst: unknown command \"" << first << "\" (see gevinst --help)\n";
        return ExitInvalidInput;
    }

    std::unique_ptr<QCoreApplication> app;
#ifdef GEVINST_WITH_UI
    if (command->needsGui) {
        // Charts and reports are drawn without a window: the offscreen platform needs no display.
        if (!std::getenv("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName("Gevinstmodell");
    QCoreApplication::setApplicationName("gevinstmodell");
    QCoreApplication::setApplicationVersion(GEVINST_VERSION);

    std::vector<std::string> rest(argv + 2, argv + argc);
    try {
        CliArgs args(std::move(rest));
        if (args.flag("--help", "-h")) {
            std::cout << "gevinst " << command->usage << "\n  " << command->description << "\n";
            return ExitOk;
        }
        return command->run(args);
    } catch (const CliError& e) {
        std::cerr << "gevinst " << first << ": " << e.what() << "\n";
        return e.code;
    } catch (const std::bad_alloc&) {
        std::cerr << "gevinst " << first << ": out of memory\n";
        return ExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "gevinst " << first << ": " << e.what() << "\n";
        return ExitFailure;
    }
}
