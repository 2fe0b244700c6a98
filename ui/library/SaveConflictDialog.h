#pragma once
// The question the window asks when a save is refused because someone else saved the
// scenario after the version the user's edits build on (issue 14): it names who saved
// and when, says the edits are kept, and offers «Lagre likevel som ny versjon»,
// «Lagre som kopi» and «Avbryt». Owns nothing; the DocumentManager carries out the choice.

#include "DocumentManager.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace gevinst::ui {

class SaveConflictDialog {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::SaveConflictDialog)
public:
    /// What the dialog says: who saved which version when, and what the edits build on.
    static QString text(const DocumentManager::SaveConflict& conflict);
    /// Asks (modal, over `parent`); closing the dialog is «Avbryt».
    static DocumentManager::ConflictChoice ask(QWidget* parent, const DocumentManager::SaveConflict& conflict);
};

} // namespace gevinst::ui
