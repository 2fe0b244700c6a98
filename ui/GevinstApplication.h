#pragma once
// Entry point of the desktop window: creates the QApplication, loads the
// translation and opens the main window.

namespace gevinst::ui {

/// Runs the window until it is closed; returns the process exit code.
int runApplication(int argc, char** argv);

} // namespace gevinst::ui
