#include "OverviewMapData.h"

#include "NumberText.h"
#include "OverviewFigureText.h"

#include <QCoreApplication>

namespace gevinst::ui {

namespace {

/// The figures the hover shows besides the chosen one.
constexpr OverviewFigure kHoverFigures[] = {OverviewFigure::GapFte, OverviewFigure::GapPer1000Aged67Plus,
                                            OverviewFigure::GapClosedShare, OverviewFigure::FreedFte,
                                            OverviewFigure::NpvBudgetNok, OverviewFigure::NetCostPerFreedFteNok};

} // namespace

QString OverviewMapData::sourceLine()
{
    return QCoreApplication::translate("gevinst::ui::OverviewMapData",
                                       "Beregnet med Gevinstmodell. Befolkning: SSB (tabell 07459, 10826; framskrevet etter modellens §8). "
                                       "Mottakere og sykepleierårsverk: SSB KOSTRA (tabell 12292, 14534).");
}

ChoroplethData OverviewMapData::of(const Overview& overview, OverviewFigure figure, const QString& packageLabel)
{
    ChoroplethData data;
    const bool perYear = figure == OverviewFigure::GapFte || figure == OverviewFigure::GapPer1000Aged67Plus ||
                         figure == OverviewFigure::GapClosedShare || figure == OverviewFigure::FreedFte;
    data.title = perYear ? QCoreApplication::translate("gevinst::ui::OverviewMapData", "%1, %2").arg(OverviewFigureText::title(figure)).arg(overview.year)
                         : OverviewFigureText::title(figure);
    data.legendTitle = OverviewFigureText::title(figure);
    QString subtitle = QCoreApplication::translate("gevinst::ui::OverviewMapData", "Tiltakspakke: %1").arg(packageLabel);
    if (!perYear)
        subtitle += QCoreApplication::translate("gevinst::ui::OverviewMapData", ". Nåverdi over tidshorisonten");
    if (overview.draws > 0)
        subtitle += QCoreApplication::translate("gevinst::ui::OverviewMapData", ". Monte Carlo: %n trekk per enhet (tabellen viser P10–P90)",
                                                 nullptr, overview.draws);
    data.subtitle = subtitle + QLatin1Char('.');
    data.sourceLine = sourceLine();
    data.legendFormat = [figure](double v) { return OverviewFigureText::legend(figure, v); };

    for (const OverviewRow& row : overview.units) {
        ChoroplethValue v;
        v.name = QString::fromStdString(row.unit.name);
        if (row.unit.level == "bydel")
            v.name = QCoreApplication::translate("gevinst::ui::OverviewMapData", "%1 (bydel i Oslo)").arg(v.name);
        const std::optional<double>& value = row.values[std::size_t(figure)];
        if (row.missing) {
            v.missing = QCoreApplication::translate("gevinst::ui::OverviewMapData", "Mangler egne tall: %1").arg(QString::fromStdString(row.missing->detail));
        } else {
            v.value = value;
            QStringList lines;
            lines << QStringLiteral("%1: %2").arg(OverviewFigureText::title(figure),
                                                 value ? OverviewFigureText::withUnit(figure, *value) : io::NumberText::missing());
            for (OverviewFigure f : kHoverFigures) {
                if (f == figure)
                    continue;
                const auto& other = row.values[std::size_t(f)];
                lines << QStringLiteral("%1: %2").arg(OverviewFigureText::title(f),
                                                     other ? OverviewFigureText::withUnit(f, *other) : io::NumberText::missing());
            }
            if (row.drawn && row.drawn->p10()[std::size_t(figure)] && row.drawn->p90()[std::size_t(figure)])
                lines << QCoreApplication::translate("gevinst::ui::OverviewMapData", "P10–P90: %1 – %2")
                             .arg(OverviewFigureText::withUnit(figure, *row.drawn->p10()[std::size_t(figure)]),
                                  OverviewFigureText::withUnit(figure, *row.drawn->p90()[std::size_t(figure)]));
            if (!value)
                lines << OverviewFigureText::whyUndefined(figure);
            v.hover = lines.join(QLatin1Char('\n'));
        }
        const QString id = QString::fromStdString(row.unit.id);
        data.units.insert(id, v);
        if (row.unit.level == "bydel")
            data.bydeler.append({id, QString::fromStdString(row.unit.name)});
    }
    std::sort(data.bydeler.begin(), data.bydeler.end(),
              [](const ChoroplethBydel& a, const ChoroplethBydel& b) { return a.id < b.id; });
    return data;
}

} // namespace gevinst::ui
