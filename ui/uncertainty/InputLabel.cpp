#include "InputLabel.h"

#include <QCoreApplication>

#include <map>
#include <regex>

namespace gevinst::ui {

namespace {

struct Inputs {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::Inputs)
};

QString id(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString categoryName(TaskCategory c)
{
    switch (c) {
    case TaskCategory::Helsefaglig: return Inputs::tr("helsefaglig");
    case TaskCategory::Kompetanse: return Inputs::tr("kompetanse");
    case TaskCategory::Service: return Inputs::tr("service");
    case TaskCategory::Kjoring: return Inputs::tr("kjøring");
    case TaskCategory::Mestring: return Inputs::tr("mestring");
    }
    return {};
}

} // namespace

QString InputLabel::of(const Scenario& scenario, const std::string& path)
{
    static const std::regex sharing(R"(sharing\[(\d+)\]\.share)");
    std::smatch match;
    if (std::regex_match(path, match, sharing)) {
        const std::size_t i = std::stoul(match[1]);
        if (i < scenario.sharing.size()) {
            const SharingMeasure& m = scenario.sharing[i];
            return Inputs::tr("Andel %1: %2 → %3")
                .arg(categoryName(m.category), id(idOf(m.from)), id(idOf(m.to)));
        }
    }
    static const std::map<std::string, const char*> names{
        {"receivers.oppgavemedarbeider.time_factor", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Tidsfaktor oppgavemedarbeider")},
        {"receivers.oppgavemedarbeider.turnover", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Turnover oppgavemedarbeidere")},
        {"receivers.oppgavemedarbeider.annual_cost_nok", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Årskostnad oppgavemedarbeider")},
        {"receivers.oppgavemedarbeider.position_share", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Stillingsandel oppgavemedarbeider")},
        {"receivers.frivillig.time_factor", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Tidsfaktor frivillige")},
        {"receivers.helsefagarbeider.time_factor", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Tidsfaktor helsefagarbeider (mottar)")},
        {"recruitment.share_from_nav", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Andel rekruttert via NAV")},
        {"recruitment.wage_subsidy.eligible_share", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Andel med lønnstilskudd")},
        {"recruitment.mentor_subsidy.eligible_share", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Andel med mentortilskudd")},
        {"recruitment.social_assistance.share_of_hires_on_assistance",
         QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Andel på sosialhjelp ved ansettelse")},
        {"recruitment.social_assistance.reduction_when_employed",
         QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Reduksjon i sosialhjelp i arbeid")},
        {"realisation.budget_share_of_freed_capacity",
         QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Realisert andel av frigjort kapasitet")},
        {"discount_rate", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Diskonteringsrente")},
        {"staff_growth_per_year", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "Vekst i bemanning per år")},
        {"ramp.years_to_full", QT_TRANSLATE_NOOP("gevinst::ui::Inputs", "År til full effekt")},
    };
    if (const auto it = names.find(path); it != names.end())
        return Inputs::tr(it->second);
    return QString::fromStdString(path);
}

} // namespace gevinst::ui
