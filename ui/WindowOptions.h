#pragma once
// What the main window is opened with: the library file, where autosaves go and
// whether it may ask questions (tests run it without dialogs). Read from the
// command line by GevinstApplication; defaults are the user's standard places.

#include <QString>

namespace gevinst::ui {

struct WindowOptions {
    QString libraryPath;     ///< empty: ScenarioLibrary::defaultPath()
    QString autosaveDir;     ///< empty: AppDataLocation + "/autosave"
    QString openFile;        ///< a scenario file to import and open at start, or empty
    bool interactive = true; ///< false: never show a modal dialog (tests); questions take their default
    int autosaveIntervalMs = 30000;
    bool openOverview = false; ///< open «Kommunebildet» at start (--overview)
    /// A view to show at start (--view): "plan", "plan:faktiske", "plan:eiere", "plan:historikk",
    /// "plan:godkjenn" (with the approve dialog open); empty: the results.
    QString openView;
};

} // namespace gevinst::ui
