#pragma once
// Words the plan store's and the actuals file's errors for the window (issue 13): which
// field or which line and column, in Norwegian, and that nothing was stored. The store's
// English detail is kept for a «Detaljer» section. Other store errors go through
// StoreErrorText.

#include "ActualsFile.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QString>

namespace gevinst::ui {

class PlanErrorText {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::PlanErrorText)
public:
    /// An error of approving, thresholds or a benefit (add, edit, remove).
    static QString message(const store::StoreError& error);
    /// An error of recording actuals (typed or imported): names the line and column when there is one.
    static QString actuals(const store::StoreError& error);
    /// An actuals file that cannot be read (names the line and column).
    static QString file(const plan::ActualsFileError& error);
    /// What a column of the actuals file must hold.
    static QString columnRule(const QString& column);
};

} // namespace gevinst::ui
