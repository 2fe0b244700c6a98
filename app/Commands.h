#pragma once
// The table of command-line subcommands: name, one-line usage, what it does, and
// the function that runs it. main() dispatches on it; --help prints it.

#include "CliArgs.h"

#include <string_view>
#include <vector>

namespace gevinst::cli {

struct Command {
    std::string_view name;
    std::string_view usage;
    std::string_view description;
    int (*run)(CliArgs& args);
    /// Draws charts or pages (QCustomPlot, QPdfWriter): runs under a QApplication on
    /// the offscreen platform when there is no display.
    bool needsGui = false;
};

const std::vector<Command>& commands();

// Each subcommand, implemented in its own Command*.cpp.
int runCompute(CliArgs& args);
int runValidate(CliArgs& args);
int runSummary(CliArgs& args);
int runMonteCarlo(CliArgs& args);
int runTornado(CliArgs& args);
int runGoal(CliArgs& args);

// Scenario library (issue 3): gevinst db list|units|import|export|versions|import-ssb|status.
int runDb(CliArgs& args);

// Comparison, roll-up and exports (issue 5).
int runCompare(CliArgs& args);
int runRollup(CliArgs& args);
int runExport(CliArgs& args);
// Who pays and who gains (spec §7, issue 12).
int runLedger(CliArgs& args);
int runChart(CliArgs& args);
int runReport(CliArgs& args);

// Population projection for a kommune or bydel (spec §8, issue 11).
int runProjection(CliArgs& args);

// The shipped service areas (issue 10).
int runServiceAreas(CliArgs& args);

// Benefits plans: approve, benefits, actuals, status, export, report (issue 13).
int runPlan(CliArgs& args);

} // namespace gevinst::cli
