#pragma once
// Turns an Overview (model/Overview.h) into what the map shows for one figure:
// each kommune's and bydel's value (none when the unit lacks data, with the
// reason), a hover text with the unit's key figures, the title, subtitle and
// source line for exports.

#include "ChoroplethData.h"
#include "Overview.h"

namespace gevinst::ui {

class OverviewMapData {
public:
    /// `packageLabel`: the package of measures as the window names it.
    static ChoroplethData of(const Overview& overview, OverviewFigure figure, const QString& packageLabel);
    /// The source line under an exported map.
    static QString sourceLine();
};

} // namespace gevinst::ui
