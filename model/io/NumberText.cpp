#include "NumberText.h"

#include <cmath>

namespace gevinst::io {

QLocale NumberText::locale()
{
    QLocale l(QLocale::NorwegianBokmal, QLocale::Norway);
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    return l;
}

QString NumberText::number(double value, int decimals)
{
    if (std::isnan(value))
        return missing();
    // Avoid "-0".
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0)
        value = 0;
    return locale().toString(value, 'f', decimals);
}

QString NumberText::nok(double value)
{
    return number(value, 0) + QStringLiteral("\u00a0kr");
}

QString NumberText::percent(double share, int decimals)
{
    return number(share * 100.0, decimals) + QStringLiteral("\u00a0%");
}

QString NumberText::year(double year)
{
    return QString::number(static_cast<int>(std::lround(year)));
}

QString NumberText::ofKind(const std::optional<double>& value, ValueKind kind)
{
    if (!value || std::isnan(*value))
        return missing();
    switch (kind) {
    case ValueKind::Nok: return nok(*value);
    case ValueKind::Share: return percent(*value);
    case ValueKind::Fte: return number(*value, 1);
    case ValueKind::Persons: return number(*value, 0);
    case ValueKind::Hours: return number(*value, 0);
    case ValueKind::Index: return number(*value, 3);
    case ValueKind::Year: return year(*value);
    case ValueKind::Plain: return number(*value, 2);
    }
    return number(*value, 2);
}

} // namespace gevinst::io
