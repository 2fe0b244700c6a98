#include "FigureCatalogue.h"

#include "ExportLabels.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace gevinst::plan {

namespace {

const QString kCustomPrefix = QStringLiteral("custom:");
const QString kUtilisationPrefix = QStringLiteral("utilisation.");

/// Flow or level of a result series: money (except the cumulative budget effect),
/// hours and hires add up over time; FTE, persons, shares and the index are states.
FigureKind kindOfSeries(SeriesId id)
{
    switch (id) {
    case SeriesId::FreedHoursProfessional:
    case SeriesId::Hires:
    case SeriesId::NavHires: return FigureKind::Flow;
    case SeriesId::CumulativeBudgetEffectNok: return FigureKind::Level;
    default: return io::ExportLabels::seriesKind(id) == ValueKind::Nok ? FigureKind::Flow : FigureKind::Level;
    }
}

FigureInfo seriesInfo(SeriesId id)
{
    FigureInfo info;
    info.id = QString::fromUtf8(idOf(id).data(), qsizetype(idOf(id).size()));
    info.name = io::ExportLabels::series(id);
    info.valueKind = io::ExportLabels::seriesKind(id);
    info.unit = io::ExportLabels::unit(info.valueKind);
    info.kind = kindOfSeries(id);
    return info;
}

FigureInfo utilisationInfo(const std::string& serviceArea, const std::string& roleId)
{
    FigureInfo info;
    info.id = kUtilisationPrefix + QString::fromStdString(roleId);
    info.name = io::ExportLabels::utilisation(serviceArea, roleId);
    info.valueKind = ValueKind::Share;
    info.unit = io::ExportLabels::unit(ValueKind::Share);
    info.kind = FigureKind::Level;
    return info;
}

bool hasValues(const Eigen::ArrayXd& series)
{
    for (Eigen::Index i = 0; i < series.size(); ++i)
        if (std::isfinite(series[i]))
            return true;
    return false;
}

} // namespace

bool FigureCatalogue::isCustom(const QString& figure)
{
    static const QRegularExpression key(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return figure.startsWith(kCustomPrefix) && key.match(figure.mid(kCustomPrefix.size())).hasMatch();
}

QString FigureCatalogue::customKey(const QString& figure)
{
    return isCustom(figure) ? figure.mid(kCustomPrefix.size()) : QString();
}

std::vector<FigureInfo> FigureCatalogue::available(const Result& result)
{
    std::vector<FigureInfo> out;
    for (int i = 0; i < kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        if (hasValues(result[id]))
            out.push_back(seriesInfo(id));
    }
    for (const auto& u : result.utilisation)
        out.push_back(utilisationInfo(result.serviceArea, u.roleId));
    return out;
}

std::optional<FigureInfo> FigureCatalogue::describe(const QString& figure, const Result* result, FigureProblem* problem)
{
    auto refuse = [&](const QString& message) -> std::optional<FigureInfo> {
        if (problem)
            problem->message = message;
        return std::nullopt;
    };
    if (figure.startsWith(kCustomPrefix)) {
        if (!isCustom(figure))
            return refuse(QCoreApplication::translate("gevinst::plan::PlanError", "en egen indikator skrives custom:<nøkkel>, med en nøkkel på 1–40 tegn av a-z, 0-9, '_' og '-' som begynner med en bokstav eller et siffer, ikke «%1»")
                              .arg(figure));
        FigureInfo info;
        info.id = figure;
        info.custom = true;
        info.kind = FigureKind::Level;
        info.valueKind = ValueKind::Plain;
        return info;
    }
    if (figure.startsWith(kUtilisationPrefix)) {
        const std::string role = figure.mid(kUtilisationPrefix.size()).toStdString();
        if (role.empty())
            return refuse(QCoreApplication::translate("gevinst::plan::PlanError", "utilisation.<rolle> trenger en rolle-id"));
        if (result) {
            if (!result->utilisationOf(role))
                return refuse(QCoreApplication::translate("gevinst::plan::PlanError", "scenarioet har ingen utnyttelsesgrad for rollen «%1» (bare roller med kompetanseoppgaver har det)")
                                  .arg(QString::fromStdString(role)));
            return utilisationInfo(result->serviceArea, role);
        }
        return utilisationInfo(std::string(), role);
    }
    const auto id = seriesFromId(figure.toStdString());
    if (!id)
        return refuse(QCoreApplication::translate("gevinst::plan::PlanError", "ukjent tall «%1»: bruk id-en til en resultatserie (freed_fte, budget_effect_nok, ledger.kommune_sosial, …), utilisation.<rolle> eller custom:<nøkkel>")
                          .arg(figure));
    if (result && !hasValues((*result)[*id]))
        return refuse(QCoreApplication::translate("gevinst::plan::PlanError", "den vedtatte versjonen har ingen verdier for «%1»").arg(figure));
    return seriesInfo(*id);
}

std::map<int, double> FigureCatalogue::yearly(const Result& result, const QString& figure)
{
    std::map<int, double> out;
    const Eigen::ArrayXd* series = nullptr;
    if (figure.startsWith(kUtilisationPrefix)) {
        if (const auto* u = result.utilisationOf(figure.mid(kUtilisationPrefix.size()).toStdString()))
            series = &u->series;
    } else if (!figure.startsWith(kCustomPrefix)) {
        if (const auto id = seriesFromId(figure.toStdString()))
            series = &result[*id];
    }
    if (!series)
        return out;
    for (int i = 0; i < result.yearCount() && i < series->size(); ++i)
        if (std::isfinite((*series)[i]))
            out[result.years[std::size_t(i)]] = (*series)[i];
    return out;
}

} // namespace gevinst::plan
