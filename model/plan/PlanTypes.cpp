#include "PlanTypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gevinst::plan {

QString Period::text() const
{
    return tertial == 0 ? QString::number(year) : QStringLiteral("%1-T%2").arg(year).arg(tertial);
}

std::optional<Period> Period::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-[Tt]([1-3]))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    Period p;
    p.year = match.captured(1).toInt();
    p.tertial = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (p.year < 1900 || p.year > 2200)
        return std::nullopt;
    return p;
}

QString benefitClassId(BenefitClass c)
{
    switch (c) {
    case BenefitClass::Budget: return QStringLiteral("budsjett");
    case BenefitClass::Time: return QStringLiteral("tid");
    case BenefitClass::Public: return QStringLiteral("offentlig");
    case BenefitClass::NotPriced: return QStringLiteral("ikke-prissatt");
    }
    return {};
}

std::optional<BenefitClass> benefitClassFromId(const QString& id)
{
    for (BenefitClass c : {BenefitClass::Budget, BenefitClass::Time, BenefitClass::Public, BenefitClass::NotPriced})
        if (benefitClassId(c) == id)
            return c;
    return std::nullopt;
}

QString benefitClassName(BenefitClass c)
{
    // DFØ's classes, worded as ExportLabels::ledgerClass words the ledger's.
    switch (c) {
    case BenefitClass::Budget: return QCoreApplication::translate("gevinst::plan::PlanTypes", "Budsjetteffekt i egen virksomhet");
    case BenefitClass::Time: return QCoreApplication::translate("gevinst::plan::PlanTypes", "Annen bruk av frigjort tid");
    case BenefitClass::Public: return QCoreApplication::translate("gevinst::plan::PlanTypes", "Prissatt effekt annet sted i offentlig sektor");
    case BenefitClass::NotPriced: return QCoreApplication::translate("gevinst::plan::PlanTypes", "Ikke prissatt");
    }
    return {};
}

QString figureKindId(FigureKind k)
{
    return k == FigureKind::Flow ? QStringLiteral("flow") : QStringLiteral("level");
}

std::optional<FigureKind> figureKindFromId(const QString& id)
{
    if (id == QLatin1String("flow"))
        return FigureKind::Flow;
    if (id == QLatin1String("level"))
        return FigureKind::Level;
    return std::nullopt;
}

} // namespace gevinst::plan
