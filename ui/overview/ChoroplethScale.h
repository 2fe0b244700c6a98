#pragma once
// The classes a choropleth map colours by: class breaks from the values shown
// (quantiles rounded to two significant digits, so that the legend reads
// «2,5–4,0»), and a colour for each class that a reader with a colour-vision
// deficiency can tell apart and that keeps its order in grey print:
// - sequential (all values of one sign): six classes of viridis, light for low
//   and dark for high, lightness monotone;
// - diverging (values of both signs, e.g. a net present value): ColorBrewer's
//   PuOr, orange below zero and purple above, zero always on a break; the
//   negative classes are also hatched so that the sign survives grey print.
// Units that lack data have their own class, drawn light grey and cross-hatched;
// a figure that is not defined for a unit (no gap to close) is drawn white.

#include <QBrush>
#include <QColor>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace gevinst::ui {

class ChoroplethScale {
public:
    enum class Kind { Empty, Sequential, Diverging };
    static constexpr int kMaxClasses = 6;
    static constexpr int kMissing = -1;   ///< the unit lacks data (or was not computed)
    static constexpr int kUndefined = -2; ///< the figure is not defined for the unit (e.g. no gap to close)

    ChoroplethScale() = default;
    /// Classes for `values` (missing values ignored); at most six, fewer when the values have few distinct levels.
    static ChoroplethScale fromValues(const std::vector<double>& values);

    Kind kind() const { return kind_; }
    int classCount() const { return int(colors_.size()); }
    /// Upper breaks between the classes (classCount() − 1 of them, ascending).
    const std::vector<double>& breaks() const { return breaks_; }
    /// The class of a value (0 … classCount()−1), kMissing for none.
    int classOf(std::optional<double> value) const;
    QColor color(int cls) const;
    /// The fill of a class: its colour, hatched for negative classes and for kMissing.
    QBrush brush(int cls) const;
    /// The hatch drawn over a class's fill, or Qt::NoBrush.
    QBrush hatch(int cls) const;
    /// Whether the class lies below zero (diverging scales only).
    bool isNegative(int cls) const;
    /// Lower and upper bound of a class (the data's minimum and maximum for the outer ones).
    double lower(int cls) const;
    double upper(int cls) const;
    /// «under 2,5», «2,5–4,0», «4,0 og over»; numbers written by `format`.
    QString label(int cls, const std::function<QString(double)>& format) const;

    /// The missing class's fill colour.
    static QColor missingColor();
    static QColor undefinedColor();

    /// Rounds to two significant digits (1 234 → 1 200, 0,0456 → 0,046).
    static double roundNice(double value);

private:
    Kind kind_ = Kind::Empty;
    std::vector<double> breaks_;
    std::vector<QColor> colors_;
    int negativeClasses_ = 0;
    double min_ = 0;
    double max_ = 0;
};

} // namespace gevinst::ui
