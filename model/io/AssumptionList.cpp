#include "AssumptionList.h"

#include "ExportLabels.h"
#include "InputCatalogue.h"

#include <QCoreApplication>

namespace gevinst::io {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::io::AssumptionList", text);
}

struct Labelled {
    QString label;
    ValueKind kind = ValueKind::Plain;
};

} // namespace

QString AssumptionList::noSource()
{
    return tr("Ikke oppgitt");
}

std::optional<std::string> AssumptionList::sourceFor(const Scenario& s, const std::string& path)
{
    std::string p = path;
    while (!p.empty()) {
        if (auto it = s.sources.find(p); it != s.sources.end())
            return it->second;
        const auto cut = p.find_last_of(".[");
        if (cut == std::string::npos)
            break;
        p.resize(cut);
    }
    return std::nullopt;
}

std::vector<Assumption> AssumptionList::of(const Scenario& s)
{
    std::vector<Assumption> rows;
    auto add = [&](const std::string& path, const Labelled& labelled, double value) {
        Assumption a;
        a.path = QString::fromStdString(path);
        a.label = labelled.label;
        a.value = value;
        a.kind = labelled.kind;
        if (auto src = sourceFor(s, path))
            a.source = QString::fromStdString(*src);
        rows.push_back(std::move(a));
    };
    add("years.start", {tr("Første år"), ValueKind::Year}, s.startYear);
    add("years.end", {tr("Siste år"), ValueKind::Year}, s.endYear);
    auto& scenario = const_cast<Scenario&>(s); // read only
    forEachInput(s, [&](const BoundInput& in) {
        const std::string& path = in.path;
        add(path, {ExportLabels::inputLabel(s, in), ExportLabels::inputKind(in.spec->unit)}, in.spec->field(scenario, in.slot));
        if (path == "ramp.years_to_full")
            add("ramp.start_year", {tr("Oppstartsår"), ValueKind::Year}, s.ramp.startYear);
        if (path == "hub.one_off_cost_nok")
            add("hub.one_off_year", {tr("År for engangskostnaden"), ValueKind::Year}, s.hub.oneOffYear);
    });
    return rows;
}

} // namespace gevinst::io
