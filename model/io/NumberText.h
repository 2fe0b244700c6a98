#pragma once
// Numbers in Norwegian (bokmål) form for exported text, tables and reports:
// "1 234 567 kr", "12,5 %", "3,4". The export layer's own formatter, since it
// may link neither the window nor the command line.

#include "KeyFigures.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace gevinst::io {

class NumberText {
public:
    static QLocale locale();
    static QString number(double value, int decimals);
    static QString nok(double value);                   ///< "1 234 567 kr"
    static QString percent(double share, int decimals = 1); ///< 0.125 → "12,5 %"
    static QString year(double year);                   ///< "2035"
    /// A value of the given kind with its unit; "–" when missing.
    static QString ofKind(const std::optional<double>& value, ValueKind kind);
    static QString missing() { return QStringLiteral("–"); }
};

} // namespace gevinst::io
