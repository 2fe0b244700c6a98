#include "PlanValueText.h"

#include "ActualsFile.h"
#include "FigureCatalogue.h"
#include "NumberText.h"

#include <cmath>

namespace gevinst::ui {

namespace {

ValueKind kindOf(const plan::Benefit& benefit)
{
    const auto info = plan::FigureCatalogue::describe(benefit.figure, nullptr);
    return info ? info->valueKind : ValueKind::Plain;
}

QString magnitude(double v, const plan::Benefit& benefit)
{
    switch (kindOf(benefit)) {
    case ValueKind::Nok: return io::NumberText::nok(v);
    case ValueKind::Share: return io::NumberText::percent(v, 1);
    case ValueKind::Persons:
    case ValueKind::Hours:
        return io::NumberText::number(v, 0) + (benefit.unit.isEmpty() ? QString() : QStringLiteral(" ") + benefit.unit);
    default:
        return io::NumberText::number(v, std::fabs(v) >= 100 ? 0 : 1) +
               (benefit.unit.isEmpty() ? QString() : QStringLiteral(" ") + benefit.unit);
    }
}

} // namespace

QString PlanValueText::value(const std::optional<double>& v, const plan::Benefit& benefit)
{
    return v ? magnitude(*v, benefit) : io::NumberText::missing();
}

QString PlanValueText::deviation(const std::optional<double>& v, const plan::Benefit& benefit)
{
    if (!v)
        return io::NumberText::missing();
    const QString text = magnitude(std::fabs(*v), benefit);
    if (*v > 0)
        return QStringLiteral("+") + text;
    if (*v < 0)
        return QStringLiteral("\u2212") + text;
    return text;
}

QString PlanValueText::share(const std::optional<double>& v)
{
    return v ? io::NumberText::percent(*v, 1) : io::NumberText::missing();
}

QString PlanValueText::status(plan::Status s)
{
    return s == plan::Status::None ? io::NumberText::missing() : plan::statusName(s);
}

QColor PlanValueText::statusColour(plan::Status s)
{
    // The same tints as the «Gevinstrapport».
    switch (s) {
    case plan::Status::Green: return QColor(0xcf, 0xe8, 0xd4);
    case plan::Status::Yellow: return QColor(0xfb, 0xea, 0xb0);
    case plan::Status::Red: return QColor(0xf4, 0xc7, 0xc3);
    case plan::Status::None: break;
    }
    return {};
}

bool PlanValueText::isShare(const plan::Benefit& benefit)
{
    return kindOf(benefit) == ValueKind::Share;
}

QString PlanValueText::entryUnit(const plan::Benefit& benefit)
{
    return isShare(benefit) ? QStringLiteral("%") : benefit.unit;
}

std::optional<double> PlanValueText::parseEntry(const QString& text, const plan::Benefit& benefit)
{
    QString t = text.trimmed();
    const bool share = isShare(benefit);
    if (share && t.endsWith(QLatin1Char('%')))
        t.chop(1);
    auto v = plan::ActualsFile::parseNumber(t.trimmed());
    if (!v || !std::isfinite(*v))
        return std::nullopt;
    return share ? *v / 100.0 : *v;
}

QString PlanValueText::entryText(double v, const plan::Benefit& benefit)
{
    if (isShare(benefit))
        return io::NumberText::number(v * 100.0, 1);
    const double rounded = std::round(v);
    const int decimals = std::fabs(v - rounded) < 1e-9 ? 0 : (std::fabs(v * 10 - std::round(v * 10)) < 1e-9 ? 1 : 2);
    return io::NumberText::number(v, decimals);
}

} // namespace gevinst::ui
