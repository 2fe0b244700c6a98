#pragma once
// Words an engine FieldError for the user, in the UI language (tr()), from its
// kind, value, limit and detail — the engine's own English message is for the
// command line.

#include "FieldCatalog.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QString>

namespace gevinst::ui {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::ErrorText)
public:
    /// The reason alone: "er 1,07, må være 1".
    static QString reason(const FieldError& error);
    /// "Feltnavn: reason" with the field's display name when known.
    static QString message(const FieldError& error, const FieldContext& context);
};

} // namespace gevinst::ui
