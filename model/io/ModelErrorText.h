#pragma once
// Words the model's errors for the user, in the user's language (tr(), source
// bokmål): a scenario's FieldError from its kind, value, limit and detail, and a
// roll-up's AggregationError and a population projection's ProjectionError from their
// kinds (never from the model's English detail). The model reports errors as values and
// never words them for a user; the command line and the window both word them
// here (the window puts the field's label where the command line shows its path).

#include "Aggregation.h"
#include "FieldError.h"
#include "ProjectionError.h"

#include <QCoreApplication>
#include <QString>

namespace gevinst::io {

class ModelErrorText {
    Q_DECLARE_TR_FUNCTIONS(gevinst::io::ModelErrorText)
public:
    /// The reason alone: "summerer til 107 %, må være 100 %".
    static QString reason(const FieldError& error);
    /// "path: reason" (the reason alone when the error concerns the whole file).
    static QString message(const FieldError& error);
    /// Why parts cannot be rolled up, without the part.
    static QString reason(const AggregationError& error);
    /// "del 2: reason" when a part is at fault.
    static QString message(const AggregationError& error);
    /// Why the population projection cannot be made: "aldersgruppene «0-19» og «10-30» overlapper".
    static QString message(const projection::ProjectionError& error);
};

} // namespace gevinst::io
