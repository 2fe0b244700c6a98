#pragma once
// Entry point of the desktop window: creates the QApplication, loads the
// translation (--lang en, or the system language) and opens the main window.

#include <QString>

class QCoreApplication;

namespace gevinst::ui {

/// Runs the window until it is closed; returns the process exit code.
int runApplication(int argc, char** argv);

/// Installs the translation for `language` ("en", "nb", "en_GB" …) on `app`.
/// Norwegian needs none; returns false when there is no translation for it.
bool installTranslation(QCoreApplication& app, const QString& language);

} // namespace gevinst::ui
