#pragma once
// The program's one number formatter: every number a user reads — in the window,
// on the command line and in the exports — is written here, in the user's
// language (UserLanguage): Norwegian "1 234 567 kr", "12,5 %", "3,4 årsverk";
// English "1,234,567 NOK", "12.5 %", "3.4 FTE". Missing values are "–". Dates too:
// Norwegian "30.11.2026", English "30 Nov 2026".

#include "KeyFigures.h"
#include "Language.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace gevinst::io {

class NumberText {
public:
    /// The locale of the current language (nb_NO or en_GB), for widgets that
    /// read and show numbers themselves (spin boxes, chart axes).
    static QLocale locale();
    static QLocale locale(Language language);
    /// `value` with `decimals` decimals and group separators; never "−0".
    static QString number(double value, int decimals);
    static QString nok(double value);                         ///< "1 234 567 kr" (whole kroner)
    static QString millionNok(double value, int decimals = 2); ///< "1,23 mill. kr"
    static QString percent(double share, int decimals = 1);   ///< 0.125 → "12,5 %"
    static QString fte(double value, int decimals = 1);       ///< "3,4 årsverk"
    static QString year(double year);                         ///< "2035"
    /// A value of the given kind with its unit; "–" when missing.
    static QString ofKind(const std::optional<double>& value, ValueKind kind);
    /// Up to `maxDecimals` decimals with trailing zeros dropped: "1,07", "2035".
    static QString shortest(double value, int maxDecimals = 6);
    static QString missing() { return QStringLiteral("–"); }
    /// A day: "30.11.2026" in Norwegian, "30 Nov 2026" in English; "–" when invalid.
    static QString date(const QDate& day);
    /// A day and a time, in the time zone `when` is given in (pass toLocalTime() for
    /// the user's clock): "30.11.2026 14:05", "30 Nov 2026 14:05"; with `at`
    /// "30.11.2026 kl. 14:05", "30 Nov 2026 at 14:05".
    static QString dateTime(const QDateTime& when, bool at = false);
    /// The Qt date pattern of date() in a language ("d.M.yyyy", "d MMM yyyy").
    static QString datePattern(Language language);
};

} // namespace gevinst::io
