#include "AssumptionList.h"

#include "ExportLabels.h"
#include "NumericFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

QString roleName(const QString& id)
{
    if (auto r = roleFromId(id.toStdString()))
        return ExportLabels::role(*r);
    return id;
}

QString categoryName(const QString& id)
{
    if (auto c = categoryFromId(id.toStdString()))
        return ExportLabels::category(*c);
    return id;
}

QString bandName(const QString& id)
{
    if (auto a = ageBandFromId(id.toStdString()))
        return ExportLabels::ageBand(*a);
    return id;
}

Labelled labelFor(const Scenario& s, const QString& path)
{
    static const QRegularExpression population(R"(^demography\.population\.(\d+)\.(.+)$)");
    static const QRegularExpression serviceRate(R"(^demography\.service_rate\.(.+)$)");
    static const QRegularExpression roleField(R"(^roles\.(\w+)\.(fte|annual_cost_nok)$)");
    static const QRegularExpression taskShare(R"(^roles\.(\w+)\.task_shares\.(\w+)$)");
    static const QRegularExpression sharing(R"(^sharing\[(\d+)\]\.share$)");
    static const QRegularExpression tranche(R"(^recruitment\.wage_subsidy\.schedule\[(\d+)\]\.(months|rate)$)");
    static const QRegularExpression timeFactor(R"(^receivers\.(\w+)\.time_factor$)");

    if (auto m = population.match(path); m.hasMatch())
        return {tr("Innbyggere %1, %2").arg(bandName(m.captured(2)), m.captured(1)), ValueKind::Persons};
    if (auto m = serviceRate.match(path); m.hasMatch())
        return {tr("Andel som mottar tjenesten, %1").arg(bandName(m.captured(1))), ValueKind::Share};
    if (auto m = roleField.match(path); m.hasMatch())
        return m.captured(2) == "fte"
                   ? Labelled{tr("Årsverk, %1").arg(roleName(m.captured(1))), ValueKind::Fte}
                   : Labelled{tr("Årskostnad per årsverk, %1").arg(roleName(m.captured(1))), ValueKind::Nok};
    if (auto m = taskShare.match(path); m.hasMatch())
        return {tr("Andel av tiden til %1, %2").arg(categoryName(m.captured(2)), roleName(m.captured(1))),
                ValueKind::Share};
    if (auto m = sharing.match(path); m.hasMatch()) {
        const auto i = m.captured(1).toULongLong();
        if (i < s.sharing.size()) {
            const SharingMeasure& measure = s.sharing[i];
            return {tr("Andel %1 som flyttes fra %2 til %3")
                        .arg(ExportLabels::category(measure.category), ExportLabels::role(measure.from),
                             ExportLabels::receiver(measure.to)),
                    ValueKind::Share};
        }
    }
    if (auto m = tranche.match(path); m.hasMatch()) {
        const QString n = QString::number(m.captured(1).toInt() + 1);
        return m.captured(2) == "months" ? Labelled{tr("Lønnstilskudd, periode %1: måneder").arg(n), ValueKind::Plain}
                                         : Labelled{tr("Lønnstilskudd, periode %1: sats").arg(n), ValueKind::Share};
    }
    if (auto m = timeFactor.match(path); m.hasMatch()) {
        QString who = m.captured(1);
        if (auto r = receiverFromId(who.toStdString()))
            who = ExportLabels::receiver(*r);
        return {tr("Tidsfaktor, %1 (timer per overtatt time)").arg(who), ValueKind::Plain};
    }

    static const std::vector<std::pair<const char*, Labelled>> fixed{
        {"discount_rate", {tr("Diskonteringsrente"), ValueKind::Share}},
        {"hours_per_fte", {tr("Timer per årsverk"), ValueKind::Hours}},
        {"staff_growth_per_year", {tr("Årlig endring i bemanningen"), ValueKind::Share}},
        {"ramp.years_to_full", {tr("År til full effekt"), ValueKind::Plain}},
        {"receivers.oppgavemedarbeider.annual_cost_nok", {tr("Årskostnad per årsverk, oppgavemedarbeider"), ValueKind::Nok}},
        {"receivers.oppgavemedarbeider.position_share", {tr("Stillingsandel, oppgavemedarbeider"), ValueKind::Share}},
        {"receivers.oppgavemedarbeider.turnover", {tr("Turnover per år, oppgavemedarbeidere"), ValueKind::Share}},
        {"receivers.frivillig.coordination_cost_per_hour_nok", {tr("Koordineringskostnad per frivillig time"), ValueKind::Nok}},
        {"receivers.teknologi.cost_per_shifted_hour_nok", {tr("Kostnad per time flyttet til teknologi"), ValueKind::Nok}},
        {"recruitment.share_from_nav", {tr("Andel nyansatte rekruttert via NAV"), ValueKind::Share}},
        {"recruitment.training_cost_per_hire_nok", {tr("Opplæringskostnad per nyansatt"), ValueKind::Nok}},
        {"recruitment.wage_subsidy.eligible_share", {tr("Andel NAV-rekrutterte med lønnstilskudd"), ValueKind::Share}},
        {"recruitment.mentor_subsidy.eligible_share", {tr("Andel NAV-rekrutterte med mentortilskudd"), ValueKind::Share}},
        {"recruitment.mentor_subsidy.hours_per_week", {tr("Mentortimer per uke"), ValueKind::Plain}},
        {"recruitment.mentor_subsidy.hourly_rate_nok", {tr("Timesats for mentor"), ValueKind::Nok}},
        {"recruitment.mentor_subsidy.months", {tr("Måneder med mentortilskudd"), ValueKind::Plain}},
        {"recruitment.social_assistance.share_of_hires_on_assistance",
         {tr("Andel NAV-rekrutterte som mottok sosialhjelp"), ValueKind::Share}},
        {"recruitment.social_assistance.annual_assistance_per_person_nok",
         {tr("Sosialhjelp per person per år"), ValueKind::Nok}},
        {"recruitment.social_assistance.reduction_when_employed",
         {tr("Reduksjon i sosialhjelpen når personen er i jobb"), ValueKind::Share}},
        {"hub.coordinator_fte", {tr("Koordinatorer (Jobbfabrikken/Mestringstorg)"), ValueKind::Fte}},
        {"hub.annual_cost_per_fte_nok", {tr("Årskostnad per koordinatorårsverk"), ValueKind::Nok}},
        {"hub.one_off_cost_nok", {tr("Engangskostnad ved oppstart"), ValueKind::Nok}},
        {"realisation.budget_share_of_freed_capacity",
         {tr("Andel av frigjort kapasitet regnet som budsjettgevinst"), ValueKind::Share}},
    };
    for (const auto& [p, labelled] : fixed)
        if (path == QLatin1String(p))
            return labelled;
    return {path, ValueKind::Plain};
}

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
    forEachNumericField(s, [&](const std::string& path, double value, Bound) {
        add(path, labelFor(s, QString::fromStdString(path)), value);
        if (path == "ramp.years_to_full")
            add("ramp.start_year", {tr("Oppstartsår"), ValueKind::Year}, s.ramp.startYear);
        if (path == "hub.one_off_cost_nok")
            add("hub.one_off_year", {tr("År for engangskostnaden"), ValueKind::Year}, s.hub.oneOffYear);
    });
    return rows;
}

} // namespace gevinst::io
