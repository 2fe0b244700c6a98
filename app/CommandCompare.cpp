// gevinst compare: the key figures of several scenarios side by side, optionally
// per 1 000 inhabitants aged 67+ and per base-year FTE (spec §5).

#include "CliText.h"
#include "Commands.h"
#include "TerminalText.h"
#include "ScenarioSelection.h"

#include "Aggregation.h"
#include "Engine.h"
#include "ExportLabels.h"
#include "KeyFigures.h"
#include "NumberText.h"

#include <iostream>

namespace gevinst::cli {

namespace {

std::string text(const QString& s)
{
    return s.toStdString();
}

} // namespace

int runCompare(CliArgs& args)
{
    const bool perCapita = args.flag("--per-capita");
    const auto loaded = loadScenarios(args, 1, "compare FILE|--id ID … [--per-capita]");

    std::vector<Result> results;
    std::vector<UnitBase> bases;
    for (const auto& l : loaded) {
        results.push_back(Engine::compute(l.scenario));
        bases.push_back(Aggregation::baseOf(l.scenario));
    }
    int endYear = results.front().years.back();
    for (const auto& r : results)
        if (r.years.back() != endYear)
            endYear = 0;

    std::cout << CliText::text(CliText::tr("Sammenligning av %n scenarioer", nullptr, int(loaded.size()))) << "\n";
    std::vector<std::string> header{CliText::text(CliText::tr("Nøkkeltall"))};
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        const Scenario& s = loaded[i].scenario;
        std::cout << "  " << i + 1 << ": " << s.unit.name << " (" << s.unit.level << " " << s.unit.id << ") – " << s.name
                  << ", " << s.startYear << "–" << s.endYear << " [" << loaded[i].label
                  << (loaded[i].version.empty() ? "" : CliText::text(CliText::tr(", versjon %1").arg(CliText::q(loaded[i].version))))
                  << "]\n";
        header.push_back(std::to_string(i + 1) + " " + s.unit.name);
    }
    std::cout << "\n";

    auto figureLabel = [&](KeyFigureId id) {
        QString label = io::ExportLabels::keyFigure(id, endYear);
        if (endYear == 0 && label.endsWith(QStringLiteral(" 0"))) { // horizons differ
            label.chop(2);
            label += CliText::tr(" (siste år)");
        }
        return text(label);
    };

    TextTable table(header);
    for (KeyFigureId id : KeyFigures::all()) {
        std::vector<std::string> row{figureLabel(id)};
        for (const auto& r : results) {
            const auto value = KeyFigures::value(r, id);
            row.push_back(id == KeyFigureId::PaybackYear && !value
                              ? text(io::ExportLabels::noPayback(r.years.back()))
                              : text(io::NumberText::ofKind(value, KeyFigures::kindOf(id))));
        }
        table.addRow(row);
    }

    std::vector<bool> missingPerCapita(results.size(), false);
    if (perCapita) {
        const std::pair<std::string, std::optional<double> (*)(double, const UnitBase&)> norms[] = {
            {CliText::text(CliText::tr("Per 1 000 innbyggere 67+")), &Aggregation::per1000Inhabitants67Plus},
            {CliText::text(CliText::tr("Per årsverk i startåret")), &Aggregation::perBaseFte},
        };
        for (const auto& [title, divide] : norms) {
            table.addRule();
            std::vector<std::string> titleRow{title};
            titleRow.resize(header.size());
            table.addRow(titleRow);
            for (KeyFigureId id : KeyFigures::all()) {
                if (!KeyFigures::isAdditive(id))
                    continue;
                std::vector<std::string> row{"  " + figureLabel(id)};
                for (std::size_t i = 0; i < results.size(); ++i) {
                    const auto value = KeyFigures::value(results[i], id);
                    const auto normalised = value ? divide(*value, bases[i]) : std::nullopt;
                    if (value && !normalised)
                        missingPerCapita[i] = true;
                    const ValueKind kind = KeyFigures::kindOf(id);
                    row.push_back(text(kind == ValueKind::Nok
                                           ? io::NumberText::ofKind(normalised, kind)
                                           : (normalised ? io::NumberText::number(*normalised, 2)
                                                         : io::NumberText::missing())));
                }
                table.addRow(row);
            }
        }
        table.addRule();
        std::vector<std::string> people{CliText::text(CliText::tr("Innbyggere 67+ i startåret"))};
        std::vector<std::string> fte{CliText::text(CliText::tr("Årsverk i startåret"))};
        for (const auto& b : bases) {
            people.push_back(formatNumber(b.inhabitants67Plus, 0));
            fte.push_back(formatNumber(b.baseFte, 1));
        }
        table.addRow(people);
        table.addRow(fte);
    }
    std::cout << table.render();
    for (std::size_t i = 0; i < missingPerCapita.size(); ++i)
        if (missingPerCapita[i]) {
            // Aggregation::noPerCapitaReason's cases, in the user's language.
            const UnitBase& b = bases[i];
            const QString why = !(b.inhabitants67Plus >= 1) ? CliText::tr("færre enn 1 innbygger 67+ i startåret")
                                : !(b.baseFte > 0)          ? CliText::tr("ingen årsverk i startåret")
                                                            : CliText::tr("tallet blir for stort til å vises");
            std::cout << CliText::text(CliText::tr("– i kolonne %1: %2").arg(i + 1).arg(why)) << "\n";
        }
    return ExitOk;
}

} // namespace gevinst::cli
