#pragma once
// The chart of one benefit (issue 13): the plan line (targets fixed at approval), the
// actuals as points, and the current forecast (the newest version) as a dashed line,
// by year; tertial actuals are drawn at their tertial (2026-T1 at 2026 + 1/3) scaled to
// a yearly rate for flows, so they can be read against the yearly plan. Used by the
// «Gevinstrapport» and reusable by the window's plan view.

#include "PlanEvaluation.h"

class QCustomPlot;

namespace gevinst::ui {

class BenefitChart {
public:
    /// Clears `plot` and draws `benefit` on it (axes titled, legend at the bottom, Norwegian numbers).
    static void build(QCustomPlot* plot, const plan::BenefitReport& benefit);
};

} // namespace gevinst::ui
