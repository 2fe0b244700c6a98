#include "YearlyTable.h"

#include "ExportLabels.h"

#include <QCoreApplication>

#include <cmath>

namespace gevinst::io {

namespace {

std::vector<double> toVector(const Eigen::ArrayXd& a)
{
    return std::vector<double>(a.data(), a.data() + a.size());
}

YearlyColumn yearColumn(const Result& r)
{
    YearlyColumn c{QStringLiteral("year"), QCoreApplication::translate("gevinst::io::YearlyTable", "År"),
                   ValueKind::Year, {}};
    for (int y : r.years)
        c.values.push_back(y);
    return c;
}

YearlyColumn seriesColumn(const Result& r, SeriesId id)
{
    return {QString::fromUtf8(idOf(id).data(), static_cast<qsizetype>(idOf(id).size())), ExportLabels::series(id),
            ExportLabels::seriesKind(id), toVector(r[id])};
}

} // namespace

std::vector<YearlyColumn> YearlyTable::full(const Result& r)
{
    std::vector<YearlyColumn> columns{yearColumn(r)};
    for (int i = 0; i < kFirstLedgerSeries; ++i) {
        YearlyColumn c = seriesColumn(r, static_cast<SeriesId>(i));
        bool allNull = true;
        for (double v : c.values)
            allNull = allNull && std::isnan(v);
        if (!allNull || c.values.empty())
            columns.push_back(std::move(c));
    }
    for (const auto& u : r.utilisation)
        columns.push_back({QStringLiteral("utilisation.") + QString::fromStdString(u.roleId),
                           ExportLabels::utilisation(r.serviceArea, u.roleId), ValueKind::Share, toVector(u.series)});
    return columns;
}

std::vector<YearlyColumn> YearlyTable::ledger(const Result& r)
{
    std::vector<YearlyColumn> columns{yearColumn(r)};
    for (int i = kFirstLedgerSeries; i < kSeriesCount; ++i)
        columns.push_back(seriesColumn(r, static_cast<SeriesId>(i)));
    return columns;
}

std::vector<YearlyColumn> YearlyTable::compact(const Result& r)
{
    std::vector<YearlyColumn> columns{yearColumn(r)};
    for (SeriesId id : {SeriesId::FreedFte, SeriesId::GapFte, SeriesId::GapClosedShare})
        columns.push_back(seriesColumn(r, id));
    columns.push_back({QStringLiteral("subsidies_nok"),
                       QCoreApplication::translate("gevinst::io::YearlyTable", "Statlige tilskudd"), ValueKind::Nok,
                       toVector(r[SeriesId::WageSubsidyNok] + r[SeriesId::MentorSubsidyNok])});
    for (SeriesId id : {SeriesId::SocialAssistanceSavingsNok, SeriesId::CostTotalNok, SeriesId::BudgetEffectNok,
                        SeriesId::CumulativeBudgetEffectNok})
        columns.push_back(seriesColumn(r, id));
    return columns;
}

QString YearlyTable::header(const YearlyColumn& column, bool rawShares)
{
    if (column.kind == ValueKind::Year || column.kind == ValueKind::Plain)
        return column.label;
    const QString unit = column.kind == ValueKind::Share && rawShares
                             ? QCoreApplication::translate("gevinst::io::YearlyTable", "andel")
                             : ExportLabels::unit(column.kind);
    return QStringLiteral("%1 (%2)").arg(column.label, unit);
}

} // namespace gevinst::io
