#include "NumberText.h"

#include <QCoreApplication>

#include <cmath>

namespace gevinst::io {

namespace {
/// A translated pattern such as "%1 kr", with no-break spaces so that a number
/// and its unit never part at a line end.
QString pattern(const char* text)
{
    return QCoreApplication::translate("gevinst::io::NumberText", text).replace(QLatin1Char(' '), QChar(0x00A0));
}
} // namespace

QLocale NumberText::locale(Language language)
{
    QLocale l = language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                              : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    return l;
}

QString NumberText::datePattern(Language language)
{
    return language == Language::English ? QStringLiteral("d MMM yyyy") : QStringLiteral("d.M.yyyy");
}

QString NumberText::date(const QDate& day)
{
    if (!day.isValid())
        return missing();
    return locale().toString(day, datePattern(UserLanguage::current()));
}

QString NumberText::dateTime(const QDateTime& when, bool at)
{
    if (!when.isValid())
        return missing();
    const QString time = locale().toString(when.time(), QStringLiteral("HH:mm"));
    if (at)
        return QCoreApplication::translate("gevinst::io::NumberText", "%1 kl. %2").arg(date(when.date()), time);
    return date(when.date()) + QLatin1Char(' ') + time;
}

QLocale NumberText::locale()
{
    return locale(UserLanguage::current());
}

QString NumberText::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "−0"
    return locale().toString(value, 'f', decimals);
}

QString NumberText::nok(double value)
{
    if (!std::isfinite(value))
        return missing();
    //: An amount in Norwegian kroner; %1 is the number with its group separators.
    return pattern(QT_TRANSLATE_NOOP("gevinst::io::NumberText", "%1 kr")).arg(number(std::round(value), 0));
}

QString NumberText::millionNok(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    //: Millions of Norwegian kroner; %1 is the number of millions.
    return pattern(QT_TRANSLATE_NOOP("gevinst::io::NumberText", "%1 mill. kr")).arg(number(value / 1e6, decimals));
}

QString NumberText::percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return missing();
    return number(share * 100.0, decimals) + QStringLiteral("\u00a0%");
}

QString NumberText::fte(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    //: Full-time equivalents.
    return pattern(QT_TRANSLATE_NOOP("gevinst::io::NumberText", "%1 årsverk")).arg(number(value, decimals));
}

QString NumberText::year(double year)
{
    if (!std::isfinite(year))
        return missing();
    return QString::number(static_cast<long long>(std::llround(year)));
}

QString NumberText::shortest(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return missing();
    QString s = number(value, maxDecimals);
    const QString dec = locale().decimalPoint();
    if (s.contains(dec)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(dec))
            s.chop(dec.size());
    }
    return s;
}

QString NumberText::ofKind(const std::optional<double>& value, ValueKind kind)
{
    if (!value || !std::isfinite(*value))
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
