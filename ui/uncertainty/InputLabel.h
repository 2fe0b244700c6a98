#pragma once
// The name of a ranged input for the tornado chart and the range editor, in the
// user's language: the input catalogue's label with the scenario's display names
// filled in (ExportLabels::inputLabel), so a new role or receiver needs no code here.

#include "Scenario.h"

#include <QString>

namespace gevinst::ui {

class InputLabel {
public:
    static QString of(const Scenario& scenario, const std::string& path);
};

} // namespace gevinst::ui
