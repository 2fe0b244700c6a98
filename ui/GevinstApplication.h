#pragma once
// Entry point of the desktop window: creates the QApplication, loads the
// translations of the user's language (--lang en, or the system language) —
// the program's and Qt's own, so that standard buttons, file dialogs and context
// menus speak the same language as the window — and opens the main window.

#include "Language.h"

#include <QString>

#include <optional>

class QCoreApplication;

namespace gevinst::ui {

/// Runs the window until it is closed; returns the process exit code. `language`
/// is the one main() chose (--lang anywhere on the line, else the system's).
int runApplication(int argc, char** argv, std::optional<io::Language> language = std::nullopt);

/// Installs the translations for `language` ("en", "nb", "en_GB" …) on `app`
/// and makes it the user's language; false when there is none for it.
bool installTranslation(QCoreApplication& app, const QString& language);

/// Whether file dialogs should be Qt's own: the platform's native dialog speaks
/// the system's language, which is not the window's when --lang chose another.
bool useQtFileDialogs(io::Language language, const QString& systemLocaleName);

} // namespace gevinst::ui
