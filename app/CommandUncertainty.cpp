// gevinst mc / tornado / goal: uncertainty, sensitivity and goal seeking (spec §6)
// on one scenario file.

#include "Commands.h"
#include "CliText.h"
#include "FileIo.h"
#include "ScenarioSource.h"

#include "GoalSeek.h"
#include "MonteCarlo.h"
#include "Tornado.h"
#include "UncertaintyWriter.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>

namespace gevinst::cli {

namespace {

/// A whole number option in [lowest, highest].
std::optional<std::uint64_t> wholeOption(CliArgs& args, const std::string& name, std::uint64_t lowest,
                                         std::uint64_t highest)
{
    const auto text = args.option(name);
    if (!text)
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const bool digits = !text->empty() && text->find_first_not_of("0123456789") == std::string::npos;
    const unsigned long long v = digits ? std::strtoull(text->c_str(), &end, 10) : 0;
    if (!digits || *end != '\0' || errno == ERANGE || v < lowest || v > highest)
        throw CliError(ExitInvalidInput, CliText::tr("%1: «%2» må være et helt tall fra %3 til %4")
                                             .arg(CliText::q(name), CliText::q(*text))
                                             .arg(lowest)
                                             .arg(highest));
    return v;
}

void emit(const nlohmann::ordered_json& document, const std::optional<std::string>& out)
{
    const std::string text = document.dump(2) + "\n";
    if (out && *out != "-")
        writeFileAtomically(*out, text);
    else
        std::cout << text;
}

} // namespace

int runMonteCarlo(CliArgs& args)
{
    const auto out = args.option("-o", "--output");
    const auto draws = wholeOption(args, "--draws", 1, MonteCarlo::kMaxDraws);
    const auto seed = wholeOption(args, "--seed", 0, std::numeric_limits<std::uint64_t>::max());
    const auto threads = wholeOption(args, "--threads", 1, 256);
    const LoadedScenario loaded = loadScenario(args, "mc FILE.json|--id ID [--db PATH] --draws N --seed S [-o OUT.json]");
    MonteCarloOptions options;
    options.draws = static_cast<int>(draws.value_or(10000));
    options.seed = seed.value_or(1);
    options.threads = static_cast<int>(threads.value_or(0));
    if (options.draws > MonteCarlo::maxDraws(loaded.scenario))
        throw CliError(ExitInvalidInput, CliText::tr("--draws: høyst %1 trekk for en periode på %2 år")
                                             .arg(MonteCarlo::maxDraws(loaded.scenario))
                                             .arg(loaded.scenario.yearCount()));
    emit(UncertaintyWriter::monteCarloJson(MonteCarlo::run(loaded.scenario, options)), out);
    return ExitOk;
}

int runTornado(CliArgs& args)
{
    const auto out = args.option("-o", "--output");
    const LoadedScenario loaded = loadScenario(args, "tornado FILE.json|--id ID [--db PATH] [-o OUT.json]");
    const TornadoResult tornado = Tornado::run(loaded.scenario);
    if (!tornado.notFinite.empty()) {
        std::string message =
            loaded.label + ": " +
            CliText::text(CliText::tr("tornadoen kan ikke tegnes: ved disse verdiene blir resultatet for stort til å være "
                                      "et tall (snevre inn området eller sjekk inndataene)"));
        for (const auto& field : tornado.notFinite)
            message += "\n" + loaded.label + ": " + field;
        throw CliError(ExitInvalidInput, message);
    }
    emit(UncertaintyWriter::tornadoJson(loaded.scenario, tornado), out);
    return ExitOk;
}

int runGoal(CliArgs& args)
{
    const char* usage = "goal FILE.json (--close-gap SHARE --year YEAR | --npv-zero | --cost-parity) [-o OUT.json]";
    const auto out = args.option("-o", "--output");
    const auto closeGap = args.numberOption("--close-gap");
    const auto year = wholeOption(args, "--year", 0, 9999);
    const bool npvZero = args.flag("--npv-zero");
    const bool costParity = args.flag("--cost-parity");
    const LoadedScenario loaded = loadScenario(args, usage);
    if (int(closeGap.has_value()) + int(npvZero) + int(costParity) != 1)
        throw CliError(ExitInvalidInput, CliText::tr("velg ett mål: gevinst %1").arg(QString::fromUtf8(usage)));
    if (year && !closeGap)
        throw CliError(ExitInvalidInput, CliText::tr("--year hører til --close-gap"));
    if (closeGap && !(*closeGap > 0 && *closeGap <= 1))
        throw CliError(ExitInvalidInput, CliText::tr("--close-gap: andelen av bemanningsgapet som skal dekkes, må være over 0 "
                                                     "og høyst 1 (0.5 = halvparten), ikke %1")
                                             .arg(*closeGap));
    if (closeGap && !year)
        throw CliError(ExitInvalidInput, CliText::tr("--close-gap trenger --year ÅR"));
    const Scenario& s = loaded.scenario;

    GoalResult result;
    if (closeGap) {
        if (int(*year) < s.startYear || int(*year) > s.endYear)
            throw CliError(ExitInvalidInput, CliText::tr("--year: %1 er utenfor scenarioets år %2–%3")
                                                 .arg(*year)
                                                 .arg(s.startYear)
                                                 .arg(s.endYear));
        result = GoalSeek::closeGap(s, *closeGap, int(*year));
    } else if (npvZero) {
        result = GoalSeek::npvZero(s);
    } else {
        result = GoalSeek::costParity(s);
    }
    emit(UncertaintyWriter::goalJson(result), out);
    return ExitOk;
}

} // namespace gevinst::cli
