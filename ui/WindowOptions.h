#pragma once
// What the main window is opened with: the library (a file or a server URI), where
// autosaves go and whether it may ask questions (tests run it without dialogs). Read
// from the command line by GevinstApplication; defaults are the user's standard places.

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

struct WindowOptions {
    QString libraryPath;     ///< a file, or a server URI postgresql://user@host:port/db?sslmode=…; empty: ScenarioLibrary::defaultPath()
    /// The library already opened at `libraryPath` («Åpne bibliotek» opens it before the window
    /// changes, so that a library that cannot be opened leaves the window as it was), or null.
    std::shared_ptr<store::ScenarioLibrary> library;
    /// Asks for a server library's password (`again`: the last one was refused); nullopt: the
    /// user gave up. Not set: the window asks with a dialog when interactive. Never stored.
    std::function<std::optional<QString>(const QString& location, bool again)> askPassword;
    QString autosaveDir;     ///< empty: AppDataLocation + "/autosave"
    QString openFile;        ///< a scenario file to import and open at start, or empty
    bool interactive = true; ///< false: never show a modal dialog (tests); questions take their default
    int autosaveIntervalMs = 30000;
    bool openOverview = false; ///< open «Kommunebildet» at start (--overview)
    /// A view to show at start (--view): "plan", "plan:faktiske", "plan:eiere", "plan:historikk",
    /// "plan:godkjenn" (with the approve dialog open), "bibliotek" («Åpne bibliotek»); empty: the results.
    QString openView;
};

} // namespace gevinst::ui
