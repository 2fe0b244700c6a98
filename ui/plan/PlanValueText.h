#pragma once
// How the window's plan views show a benefit's numbers and statuses: a value in the
// benefit's unit (kroner, årsverk, a share as percent, a custom indicator with its own
// unit), a signed deviation, a realised share, and a status as a coloured word («Grønn»,
// «Gul», «Rød») so that it still reads when printed in grey. Also parses what a user types
// for an actual: shares are typed in percent, as they are shown.

#include "PlanEvaluation.h"

#include <QColor>
#include <QString>

#include <optional>

namespace gevinst::ui {

class PlanValueText {
public:
    /// "1 234 567 kr", "3,4 årsverk", "92,0 %", "4,1 poeng"; "–" when missing.
    static QString value(const std::optional<double>& v, const plan::Benefit& benefit);
    /// As value(), with an explicit sign: "+12 000 kr", "−0,4 årsverk".
    static QString deviation(const std::optional<double>& v, const plan::Benefit& benefit);
    /// "87,5 %"; "–" when missing.
    static QString share(const std::optional<double>& v);
    /// «Grønn» | «Gul» | «Rød» | «–».
    static QString status(plan::Status s);
    /// The cell colour of a status (light enough for black text); invalid for None.
    static QColor statusColour(plan::Status s);
    /// Whether the benefit's values are shares (utilisation): shown and typed in percent.
    static bool isShare(const plan::Benefit& benefit);
    /// The unit a user types an actual in: "%" for shares, else the benefit's unit.
    static QString entryUnit(const plan::Benefit& benefit);
    /// A typed actual as a stored value (decimal comma or point, spaces between thousands;
    /// shares typed in percent, a trailing "%" allowed); nullopt when it is not a number.
    static std::optional<double> parseEntry(const QString& text, const plan::Benefit& benefit);
    /// A stored value as the table shows it for typing (no unit, shares in percent).
    static QString entryText(double v, const plan::Benefit& benefit);
};

} // namespace gevinst::ui
