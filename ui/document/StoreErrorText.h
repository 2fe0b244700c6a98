#pragma once
// Words a scenario-library error (store::StoreError) for the user, in the UI
// language: store::LibraryErrorText, which the command line uses as well.

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
