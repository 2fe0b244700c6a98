#pragma once
// Words a scenario-library error (store::StoreError) for the user, in the UI
// language, from its kind and where it happened (file, line, field). The store's
// own English detail is for logs and the command line, never for the window.

#include "StoreResult.h"

#include <QCoreApplication>
#include <QString>

namespace gevinst::ui {

class StoreErrorText {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::StoreErrorText)
public:
    static QString message(const store::StoreError& error);
};

} // namespace gevinst::ui
