#pragma once
// The Norwegian name of a ranged input for the tornado chart and the range
// editor: "Andel kjøring sykepleier → oppgavemedarbeider" for "sharing[0].share",
// "Turnover oppgavemedarbeidere" for "receivers.oppgavemedarbeider.turnover".

#include "Scenario.h"

#include <QString>

namespace gevinst::ui {

class InputLabel {
public:
    static QString of(const Scenario& scenario, const std::string& path);
};

} // namespace gevinst::ui
