#include "InputLabel.h"

#include "ExportLabels.h"

namespace gevinst::ui {

QString InputLabel::of(const Scenario& scenario, const std::string& path)
{
    QString label = io::ExportLabels::inputLabel(scenario, path);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace gevinst::ui
