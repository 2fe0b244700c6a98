#include "NorwegianFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace gevinst::ui {

QLocale NorwegianFormat::locale()
{
    QLocale l(QLocale::NorwegianBokmal, QLocale::Norway);
    return l;
}

QString NorwegianFormat::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "-0"
    return locale().toString(value, 'f', decimals);
}

QString NorwegianFormat::nok(double value)
{
    if (!std::isfinite(value))
        return missing();
    return QCoreApplication::translate("gevinst::ui::NorwegianFormat", "%1 kr").arg(number(std::round(value), 0));
}

QString NorwegianFormat::millionNok(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    return QCoreApplication::translate("gevinst::ui::NorwegianFormat", "%1 mill. kr").arg(number(value / 1e6, decimals));
}

QString NorwegianFormat::percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return missing();
    return QCoreApplication::translate("gevinst::ui::NorwegianFormat", "%1 %").arg(number(share * 100.0, decimals));
}

QString NorwegianFormat::fte(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    return QCoreApplication::translate("gevinst::ui::NorwegianFormat", "%1 årsverk").arg(number(value, decimals));
}

QString NorwegianFormat::year(int year)
{
    return QString::number(year);
}

QString NorwegianFormat::missing()
{
    return QStringLiteral("–");
}

} // namespace gevinst::ui
