#include "ChoroplethScale.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {

// viridis (matplotlib; van der Walt and Smith), six steps from light to dark: colour-blind
// safe and monotone in lightness, so it prints as a grey ramp.
const QColor kViridis[] = {QColor(0xfd, 0xe7, 0x25), QColor(0x7a, 0xd1, 0x51), QColor(0x22, 0xa8, 0x84),
                           QColor(0x2a, 0x78, 0x8e), QColor(0x41, 0x44, 0x87), QColor(0x44, 0x01, 0x54)};
// ColorBrewer PuOr (Cynthia Brewer, colorbrewer2.org; marked colour-blind safe): negative side
// orange from dark to light, positive side purple from light to dark.
const QColor kPuOrNegative[] = {QColor(0xb3, 0x58, 0x06), QColor(0xf1, 0xa3, 0x40), QColor(0xfe, 0xe0, 0xb6)};
const QColor kPuOrPositive[] = {QColor(0xd8, 0xda, 0xeb), QColor(0x99, 0x8e, 0xc3), QColor(0x54, 0x27, 0x88)};

/// Quantile breaks inside [lo, hi], rounded, distinct and strictly inside; at most `classes` − 1.
std::vector<double> quantileBreaks(std::vector<double> values, int classes)
{
    std::vector<double> breaks;
    if (values.size() < 2 || classes < 2)
        return breaks;
    std::sort(values.begin(), values.end());
    const double lo = values.front();
    const double hi = values.back();
    for (int k = 1; k < classes; ++k) {
        const double q = values[std::size_t(std::floor(double(k) * double(values.size() - 1) / classes))];
        const double b = ChoroplethScale::roundNice(q);
        if (b > lo && b <= hi && (breaks.empty() || b > breaks.back()))
            breaks.push_back(b);
    }
    return breaks;
}

} // namespace

double ChoroplethScale::roundNice(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(value))) - 1);
    return std::round(value / magnitude) * magnitude;
}

ChoroplethScale ChoroplethScale::fromValues(const std::vector<double>& input)
{
    std::vector<double> values;
    for (double v : input)
        if (std::isfinite(v))
            values.push_back(v);
    ChoroplethScale scale;
    if (values.empty())
        return scale;
    scale.min_ = *std::min_element(values.begin(), values.end());
    scale.max_ = *std::max_element(values.begin(), values.end());
    if (scale.min_ < 0 && scale.max_ > 0) {
        // Diverging: up to three classes each side, zero a break.
        std::vector<double> negative;
        std::vector<double> positive;
        for (double v : values)
            (v < 0 ? negative : positive).push_back(v);
        std::vector<double> low = quantileBreaks(negative, 3);
        std::vector<double> high = quantileBreaks(positive, 3);
        low.erase(std::remove_if(low.begin(), low.end(), [](double b) { return b >= 0; }), low.end());
        high.erase(std::remove_if(high.begin(), high.end(), [](double b) { return b <= 0; }), high.end());
        scale.kind_ = Kind::Diverging;
        scale.breaks_ = low;
        scale.breaks_.push_back(0);
        scale.breaks_.insert(scale.breaks_.end(), high.begin(), high.end());
        scale.negativeClasses_ = int(low.size()) + 1;
        const int positiveClasses = int(high.size()) + 1;
        // The outermost colours for the extremes, the lightest next to zero.
        for (int i = 0; i < scale.negativeClasses_; ++i)
            scale.colors_.push_back(kPuOrNegative[3 - scale.negativeClasses_ + i]);
        for (int i = 0; i < positiveClasses; ++i)
            scale.colors_.push_back(kPuOrPositive[i]);
        return scale;
    }
    scale.kind_ = Kind::Sequential;
    scale.breaks_ = quantileBreaks(values, kMaxClasses);
    const int classes = int(scale.breaks_.size()) + 1;
    // Spread fewer classes over the whole ramp so that neighbours stay far apart.
    for (int i = 0; i < classes; ++i)
        scale.colors_.push_back(kViridis[classes == 1 ? 2 : int(std::lround(double(i) * 5.0 / (classes - 1)))]);
    return scale;
}

int ChoroplethScale::classOf(std::optional<double> value) const
{
    if (!value || !std::isfinite(*value) || kind_ == Kind::Empty)
        return kMissing;
    // A value equal to a break belongs to the class above it («2,5–4,0» holds 2,5), except
    // zero on a diverging scale, which is not negative.
    const auto it = std::upper_bound(breaks_.begin(), breaks_.end(), *value);
    return int(it - breaks_.begin());
}

QColor ChoroplethScale::color(int cls) const
{
    if (cls == kUndefined)
        return undefinedColor();
    if (cls < 0 || cls >= classCount())
        return missingColor();
    return colors_[std::size_t(cls)];
}

QColor ChoroplethScale::undefinedColor()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor ChoroplethScale::missingColor()
{
    return QColor(0xd4, 0xd4, 0xd4);
}

bool ChoroplethScale::isNegative(int cls) const
{
    return kind_ == Kind::Diverging && cls >= 0 && cls < negativeClasses_;
}

QBrush ChoroplethScale::brush(int cls) const
{
    return QBrush(color(cls));
}

QBrush ChoroplethScale::hatch(int cls) const
{
    if (cls == kMissing)
        return QBrush(QColor(0x70, 0x70, 0x70), Qt::DiagCrossPattern);
    if (isNegative(cls))
        return QBrush(QColor(0x3a, 0x1c, 0x00, 150), Qt::BDiagPattern);
    return Qt::NoBrush;
}

double ChoroplethScale::lower(int cls) const
{
    return cls <= 0 ? min_ : breaks_[std::size_t(cls - 1)];
}

double ChoroplethScale::upper(int cls) const
{
    return cls >= int(breaks_.size()) ? max_ : breaks_[std::size_t(cls)];
}

QString ChoroplethScale::label(int cls, const std::function<QString(double)>& format) const
{
    if (cls == kMissing)
        return QCoreApplication::translate("gevinst::ui::ChoroplethScale", "Mangler data");
    if (cls == kUndefined)
        return QCoreApplication::translate("gevinst::ui::ChoroplethScale", "Ikke definert");
    if (classCount() == 1)
        return min_ == max_ ? format(min_) : QStringLiteral("%1 – %2").arg(format(min_), format(max_));
    if (cls == 0)
        return QCoreApplication::translate("gevinst::ui::ChoroplethScale", "under %1").arg(format(upper(0)));
    if (cls == classCount() - 1)
        return QCoreApplication::translate("gevinst::ui::ChoroplethScale", "%1 og over").arg(format(lower(cls)));
    return QStringLiteral("%1 – %2").arg(format(lower(cls)), format(upper(cls)));
}

} // namespace gevinst::ui
