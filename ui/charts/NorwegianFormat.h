#pragma once
// The window's name for the program's one number formatter, io::NumberText
// (model/io/NumberText.h), which writes numbers in the user's language:
// "1 234 567 kr", "12,5 %", "3,4 årsverk" or "1,234,567 NOK", "12.5 %", "3.4 FTE".
// Kept so that the views' code reads the same; new code calls io::NumberText.

#include <QLocale>
#include <QString>

#include <optional>

namespace gevinst::ui {

class NorwegianFormat {
public:
    static QLocale locale();
    /// "1 234 567 kr" (whole kroner).
    static QString nok(double value);
    /// "1,23 mill. kr".
    static QString millionNok(double value, int decimals = 2);
    /// "12,5 %" from a share 0..1.
    static QString percent(double share, int decimals = 1);
    /// "3,4" with the given decimals and group separators.
    static QString number(double value, int decimals);
    /// "3,4 årsverk".
    static QString fte(double value, int decimals = 1);
    /// A year without group separator: "2035".
    static QString year(int year);
    /// "–" for a missing value.
    static QString missing();
};

} // namespace gevinst::ui
