#include "InputCatalogue.h"

#include <cmath>

// Marks the label and help texts for Qt's lupdate without making the engine depend on Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace gevinst {

namespace {

using S = Scenario;
using Slot = InputSlot;
using K = ReceiverKind;
using U = InputUnit;
using O = DefaultOrigin;
using Sc = InputScope;

#define TR(text) QT_TRANSLATE_NOOP("gevinst::Inputs", text)

std::vector<InputSpec> buildCatalogue()
{
    std::vector<InputSpec> c;
    auto add = [&](std::string_view pattern, Sc scope, std::optional<K> kind, Bound bound, U unit, const char* label,
                   const char* help, O origin, double& (*field)(S&, const Slot&), bool optional = false) {
        InputSpec spec;
        spec.pattern = pattern;
        spec.scope = scope;
        spec.kind = kind;
        spec.bound = bound;
        spec.unit = unit;
        spec.label = label;
        spec.help = help;
        spec.origin = origin;
        spec.optional = optional;
        spec.field = field;
        c.push_back(spec);
    };
    const std::optional<K> none;

    add("discount_rate", Sc::Scenario, none, Bound::Share, U::Rate, TR("Diskonteringsrente"),
        TR("Realrente for nåverdien av budsjetteffekten."), O::Government,
        [](S& s, const Slot&) -> double& { return s.discountRate; });
    add("hours_per_fte", Sc::Scenario, none, Bound::Positive, U::Hours, TR("Timer per årsverk"),
        TR("Arbeidstimer i et heltidsårsverk etter ferie og fridager."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.hoursPerFte; });
    add("demography.population.{year}.{band}", Sc::PopulationBand, none, Bound::NonNegative, U::Persons,
        TR("Befolkning {year}, {band}"), TR("Innbyggere i aldersgruppen 1. januar det året."), O::Ssb,
        [](S& s, const Slot& x) -> double& { return s.population[x.year].byBand[x.band]; });
    add("demography.service_rate.{band}", Sc::AgeBand, none, Bound::Share, U::Share, TR("Tjenestemottakere, {band}"),
        TR("Andelen av aldersgruppen som mottar tjenesten."), O::Kostra,
        [](S& s, const Slot& x) -> double& { return s.serviceRate[x.band]; });
    add("staff_growth_per_year", Sc::Scenario, none, Bound::Growth, U::Rate, TR("Vekst i bemanning per år"),
        TR("Hvor mye bemanningen vokser hvert år uten tiltakene."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.staffGrowthPerYear; });
    add("roles.{role}.fte", Sc::Role, none, Bound::NonNegative, U::Fte, TR("Årsverk, {role}"),
        TR("Årsverk i tjenesten i startåret."), O::Kostra,
        [](S& s, const Slot& x) -> double& { return s.roles[x.role].fte; });
    add("roles.{role}.annual_cost_nok", Sc::Role, none, Bound::NonNegative, U::Nok, TR("Årskostnad per årsverk, {role}"),
        TR("Lønn med feriepenger, arbeidsgiveravgift og pensjon for et årsverk."), O::Ks,
        [](S& s, const Slot& x) -> double& { return s.roles[x.role].annualCostNok; });
    add("roles.{role}.task_shares.{category}", Sc::RoleCategory, none, Bound::Share, U::Share,
        TR("Tidsbruk, {role}: {category}"), TR("Andelen av rollens tid som går til oppgavene; summen per rolle er 100 %."),
        O::Assumption, [](S& s, const Slot& x) -> double& { return s.roles[x.role].taskShares[x.category]; });
    add("sharing[{measure}].share", Sc::Measure, none, Bound::Share, U::Share, TR("Andel delt: {measure}"),
        TR("Hvor stor del av rollens tid på oppgavene som flyttes til mottakeren."), O::UserChoice,
        [](S& s, const Slot& x) -> double& { return s.sharing[x.measure].share; });
    add("ramp.years_to_full", Sc::Scenario, none, Bound::Positive, U::Years, TR("År til full effekt"),
        TR("Hvor mange år det tar før tiltakene virker fullt ut."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.ramp.yearsToFull; });

    add("receivers.{receiver}.annual_cost_nok", Sc::Receiver, K::TaskWorker, Bound::NonNegative, U::Nok,
        TR("Årskostnad per årsverk, {receiver}"), TR("Lønn med sosiale kostnader for et årsverk."), O::Ks,
        [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].annualCostNok; });
    add("receivers.{receiver}.time_factor", Sc::Receiver, K::TaskWorker, Bound::NonNegative, U::Factor,
        TR("Tidsfaktor, {receiver}"), TR("Timer mottakeren bruker per flyttet time (1,1 = 10 % lengre tid)."),
        O::Assumption, [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].timeFactor; });
    add("receivers.{receiver}.position_share", Sc::Receiver, K::TaskWorker, Bound::PositiveShare, U::Share,
        TR("Stillingsandel, {receiver}"), TR("Gjennomsnittlig stillingsstørrelse for de nyansatte."), O::Assumption,
        [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].positionShare; });
    add("receivers.{receiver}.turnover", Sc::Receiver, K::TaskWorker, Bound::Share, U::Rate,
        TR("Turnover per år, {receiver}"), TR("Andelen som slutter hvert år og må erstattes."), O::Assumption,
        [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].turnover; });
    add("receivers.{receiver}.time_factor", Sc::Receiver, K::Volunteer, Bound::NonNegative, U::Factor,
        TR("Tidsfaktor, {receiver}"), TR("Timer mottakeren bruker per flyttet time (1,5 = 50 % lengre tid)."),
        O::Assumption, [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].timeFactor; });
    add("receivers.{receiver}.coordination_cost_per_hour_nok", Sc::Receiver, K::Volunteer, Bound::NonNegative,
        U::NokPerHour, TR("Koordineringskostnad per time, {receiver}"),
        TR("Kostnad for å koordinere en frivillig time."), O::Assumption,
        [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].coordinationCostPerHourNok; });
    add("receivers.{receiver}.cost_per_shifted_hour_nok", Sc::Receiver, K::Technology, Bound::NonNegative,
        U::NokPerHour, TR("Kostnad per flyttet time, {receiver}"),
        TR("Lisenser, drift og utstyr per time som teknologien overtar."), O::Assumption,
        [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].costPerShiftedHourNok; });
    add("receivers.{receiver}.time_factor", Sc::Receiver, K::Role, Bound::NonNegative, U::Factor,
        TR("Tidsfaktor, {receiver} (mottar)"), TR("Timer rollen bruker per time den overtar."), O::Assumption,
        [](S& s, const Slot& x) -> double& { return s.receivers[x.receiver].timeFactor; });

    add("recruitment.share_from_nav", Sc::Scenario, none, Bound::Share, U::Share, TR("Andel rekruttert gjennom NAV"),
        TR("Andelen av de nyansatte som kommer fra utenforskap gjennom NAV."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.recruitment.shareFromNav; });
    add("recruitment.training_cost_per_hire_nok", Sc::Scenario, none, Bound::NonNegative, U::Nok,
        TR("Opplæringskostnad per nyansatt"), TR("Mikroutdanning og opplæring per ansettelse."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.recruitment.trainingCostPerHireNok; });
    add("recruitment.wage_subsidy.eligible_share", Sc::Scenario, none, Bound::Share, U::Share,
        TR("Andel med lønnstilskudd"), TR("Andelen av de NAV-rekrutterte som får lønnstilskudd."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.recruitment.wageSubsidy.eligibleShare; });
    add("recruitment.wage_subsidy.schedule[{tranche}].months", Sc::Tranche, none, Bound::NonNegative, U::Months,
        TR("Lønnstilskudd, periode {tranche}: måneder"), TR("Lengden på perioden med denne satsen."), O::Nav,
        [](S& s, const Slot& x) -> double& { return s.recruitment.wageSubsidy.schedule[x.tranche].months; });
    add("recruitment.wage_subsidy.schedule[{tranche}].rate", Sc::Tranche, none, Bound::Share, U::Share,
        TR("Lønnstilskudd, periode {tranche}: sats"), TR("Andelen av lønnskostnaden NAV dekker i perioden."), O::Nav,
        [](S& s, const Slot& x) -> double& { return s.recruitment.wageSubsidy.schedule[x.tranche].rate; });
    add("recruitment.mentor_subsidy.eligible_share", Sc::Scenario, none, Bound::Share, U::Share,
        TR("Andel med mentortilskudd"), TR("Andelen av de NAV-rekrutterte som får mentor."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.recruitment.mentorSubsidy.eligibleShare; });
    add("recruitment.mentor_subsidy.hours_per_week", Sc::Scenario, none, Bound::NonNegative, U::HoursPerWeek,
        TR("Mentortimer per uke"), TR("Avtalte mentortimer per uke."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.recruitment.mentorSubsidy.hoursPerWeek; });
    add("recruitment.mentor_subsidy.hourly_rate_nok", Sc::Scenario, none, Bound::NonNegative, U::NokPerHour,
        TR("Mentortilskudd per time"), TR("Mentorens timelønn med arbeidsgiveravgift."), O::Nav,
        [](S& s, const Slot&) -> double& { return s.recruitment.mentorSubsidy.hourlyRateNok; });
    add("recruitment.mentor_subsidy.months", Sc::Scenario, none, Bound::NonNegative, U::Months,
        TR("Måneder med mentortilskudd"), TR("Hvor lenge mentortilskuddet varer."), O::Nav,
        [](S& s, const Slot&) -> double& { return s.recruitment.mentorSubsidy.months; });
    add("recruitment.social_assistance.share_of_hires_on_assistance", Sc::Scenario, none, Bound::Share, U::Share,
        TR("Andel på sosialhjelp"), TR("Andelen av de NAV-rekrutterte som mottar sosialhjelp."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.recruitment.socialAssistance.shareOfHiresOnAssistance; });
    add("recruitment.social_assistance.annual_assistance_per_person_nok", Sc::Scenario, none, Bound::NonNegative,
        U::Nok, TR("Sosialhjelp per person og år"), TR("Utbetalt sosialhjelp per mottaker i et år."), O::Government,
        [](S& s, const Slot&) -> double& { return s.recruitment.socialAssistance.annualAssistancePerPersonNok; });
    add("recruitment.social_assistance.reduction_when_employed", Sc::Scenario, none, Bound::Share, U::Share,
        TR("Reduksjon i sosialhjelp ved jobb"), TR("Hvor mye sosialhjelpen faller når personen er i jobb."),
        O::Assumption, [](S& s, const Slot&) -> double& { return s.recruitment.socialAssistance.reductionWhenEmployed; });

    add("hub.coordinator_fte", Sc::Scenario, none, Bound::NonNegative, U::Fte, TR("Koordinatorårsverk"),
        TR("Årsverk til å drive Jobbfabrikken og Mestringstorget."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.hub.coordinatorFte; });
    add("hub.annual_cost_per_fte_nok", Sc::Scenario, none, Bound::NonNegative, U::Nok,
        TR("Årskostnad per koordinatorårsverk"), TR("Lønn med sosiale kostnader for en koordinator."), O::Ks,
        [](S& s, const Slot&) -> double& { return s.hub.annualCostPerFteNok; });
    add("hub.one_off_cost_nok", Sc::Scenario, none, Bound::NonNegative, U::Nok, TR("Engangskostnad"),
        TR("Oppstartskostnad i engangsåret."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.hub.oneOffCostNok; });
    add("realisation.budget_share_of_freed_capacity", Sc::Scenario, none, Bound::Share, U::Share,
        TR("Realiseringsandel"),
        TR("Andelen av frigjort kapasitet (innenfor bemanningsgapet) som sparer penger fordi den erstatter nyansettelser."),
        O::Assumption, [](S& s, const Slot&) -> double& { return s.realisation.budgetShareOfFreedCapacity; });

    add("ledger.task_worker_annual_wage_nok", Sc::Scenario, none, Bound::NonNegative, U::Nok,
        TR("Skattepliktig lønn per årsverk, oppgavemedarbeider"),
        TR("Lønn og feriepenger for et heltidsårsverk: grunnlaget for skatt og arbeidsgiveravgift."), O::Ks,
        [](S& s, const Slot&) -> double& { return s.ledger.taskWorkerAnnualWageNok; }, true);
    add("ledger.income_tax.municipal_rate", Sc::Scenario, none, Bound::Share, U::Share, TR("Skatteandel til kommunen"),
        TR("Effektiv andel av lønnen som går til kommunen som inntektsskatt."), O::Government,
        [](S& s, const Slot&) -> double& { return s.ledger.municipalTaxRate; }, true);
    add("ledger.income_tax.state_rate", Sc::Scenario, none, Bound::Share, U::Share, TR("Skatteandel til staten"),
        TR("Effektiv andel av lønnen som går til staten (fellesskatt, trinnskatt, trygdeavgift)."), O::Government,
        [](S& s, const Slot&) -> double& { return s.ledger.stateTaxRate; }, true);
    add("ledger.employer_tax_rate", Sc::Scenario, none, Bound::Share, U::Share, TR("Arbeidsgiveravgift"),
        TR("Arbeidsgiveravgiften i kommunens sone."), O::Government,
        [](S& s, const Slot&) -> double& { return s.ledger.employerTaxRate; }, true);
    add("ledger.state_benefits.share_of_hires_on_state_benefits", Sc::Scenario, none, Bound::Share, U::Share,
        TR("Andel på statlige ytelser"), TR("Andelen av de NAV-rekrutterte som mottar statlige ytelser (f.eks. AAP)."),
        O::Assumption, [](S& s, const Slot&) -> double& { return s.ledger.shareOfHiresOnStateBenefits; }, true);
    add("ledger.state_benefits.annual_benefit_per_person_nok", Sc::Scenario, none, Bound::NonNegative, U::Nok,
        TR("Statlig ytelse per person og år"), TR("Utbetalt ytelse per mottaker i et år."), O::Nav,
        [](S& s, const Slot&) -> double& { return s.ledger.annualBenefitPerPersonNok; }, true);
    add("ledger.state_benefits.reduction_when_employed", Sc::Scenario, none, Bound::Share, U::Share,
        TR("Reduksjon i statlig ytelse ved jobb"), TR("Hvor mye ytelsen faller når personen er i jobb."), O::Assumption,
        [](S& s, const Slot&) -> double& { return s.ledger.benefitReductionWhenEmployed; }, true);
    add("ledger.tax_financing_rate", Sc::Scenario, none, Bound::Share, U::Share, TR("Skattefinansieringskostnad"),
        TR("Kostnaden ved å skaffe en krone over skatt (20 øre per krone)."), O::Government,
        [](S& s, const Slot&) -> double& { return s.ledger.taxFinancingRate; }, true);
    return c;
}

#undef TR

std::string replaced(std::string_view pattern, std::string_view placeholder, const std::string& value)
{
    std::string out(pattern);
    const auto at = out.find(placeholder);
    if (at != std::string::npos)
        out.replace(at, placeholder.size(), value);
    return out;
}

bool isLedger(const InputSpec& spec)
{
    return spec.pattern.substr(0, 7) == "ledger.";
}

} // namespace

std::string_view InputSpec::key() const
{
    const auto dot = pattern.rfind('.');
    return dot == std::string_view::npos ? pattern : pattern.substr(dot + 1);
}

const std::vector<InputSpec>& inputCatalogue()
{
    static const std::vector<InputSpec> catalogue = buildCatalogue();
    return catalogue;
}

std::vector<const InputSpec*> receiverInputs(ReceiverKind kind)
{
    std::vector<const InputSpec*> out;
    for (const auto& spec : inputCatalogue())
        if (spec.scope == InputScope::Receiver && spec.kind == kind)
            out.push_back(&spec);
    return out;
}

void forEachInput(const Scenario& s, const std::function<void(const BoundInput&)>& visit)
{
    const Vocabulary& v = s.vocabulary;
    for (const auto& spec : inputCatalogue()) {
        if (isLedger(spec) && !s.ledger.present)
            continue;
        BoundInput in;
        in.spec = &spec;
        switch (spec.scope) {
        case InputScope::Scenario:
            in.path = std::string(spec.pattern);
            visit(in);
            break;
        case InputScope::AgeBand:
            for (std::size_t a = 0; a < v.ageBands.size(); ++a) {
                in.slot.band = int(a);
                in.path = replaced(spec.pattern, "{band}", v.ageBands[a].id);
                visit(in);
            }
            break;
        case InputScope::PopulationBand:
            for (std::size_t y = 0; y < s.population.size(); ++y)
                for (std::size_t a = 0; a < v.ageBands.size(); ++a) {
                    in.slot.year = int(y);
                    in.slot.band = int(a);
                    in.path = replaced(replaced(spec.pattern, "{year}", std::to_string(s.population[y].year)), "{band}",
                                       v.ageBands[a].id);
                    visit(in);
                }
            break;
        case InputScope::Role:
            for (std::size_t r = 0; r < v.roles.size(); ++r)
                if (s.roles[r].present) {
                    in.slot.role = int(r);
                    in.path = replaced(spec.pattern, "{role}", v.roles[r].id);
                    visit(in);
                }
            break;
        case InputScope::RoleCategory:
            for (std::size_t r = 0; r < v.roles.size(); ++r)
                if (s.roles[r].present)
                    for (std::size_t cat = 0; cat < v.categories.size(); ++cat) {
                        in.slot.role = int(r);
                        in.slot.category = int(cat);
                        in.path = replaced(replaced(spec.pattern, "{role}", v.roles[r].id), "{category}", v.categories[cat]);
                        visit(in);
                    }
            break;
        case InputScope::Measure:
            for (std::size_t m = 0; m < s.sharing.size(); ++m) {
                in.slot.measure = int(m);
                in.path = replaced(spec.pattern, "{measure}", std::to_string(m));
                visit(in);
            }
            break;
        case InputScope::Tranche:
            for (std::size_t i = 0; i < s.recruitment.wageSubsidy.schedule.size(); ++i) {
                in.slot.tranche = int(i);
                in.path = replaced(spec.pattern, "{tranche}", std::to_string(i));
                visit(in);
            }
            break;
        case InputScope::Receiver:
            break; // below, receiver by receiver, so that each one's fields stay together
        }
        if (spec.pattern == "ramp.years_to_full")
            for (std::size_t k = 0; k < v.receivers.size(); ++k) {
                if (!s.receivers[k].present)
                    continue;
                for (const InputSpec* field : receiverInputs(v.receivers[k].kind)) {
                    BoundInput r;
                    r.spec = field;
                    r.slot.receiver = int(k);
                    r.path = replaced(field->pattern, "{receiver}", v.receivers[k].id);
                    visit(r);
                }
            }
    }
}

void forEachNumericField(Scenario& s, const std::function<void(const std::string&, double&, Bound)>& visit)
{
    forEachInput(s, [&](const BoundInput& in) { visit(in.path, in.spec->field(s, in.slot), in.spec->bound); });
}

void forEachNumericField(const Scenario& s, const std::function<void(const std::string&, double, Bound)>& visit)
{
    auto& mutableScenario = const_cast<Scenario&>(s); // read only: the accessor is shared with the mutable walk
    forEachInput(s, [&](const BoundInput& in) { visit(in.path, in.spec->field(mutableScenario, in.slot), in.spec->bound); });
}

std::optional<BoundInput> findInput(const Scenario& s, const std::string& path)
{
    std::optional<BoundInput> found;
    forEachInput(s, [&](const BoundInput& in) {
        if (!found && in.path == path)
            found = in;
    });
    return found;
}

double* numericField(Scenario& s, const std::string& path)
{
    const auto in = findInput(s, path);
    return in ? &in->spec->field(s, in->slot) : nullptr;
}

std::optional<PathMatch> matchPath(const std::string& path, const Vocabulary& v)
{
    // Split both into segments on '.', with "[n]" as its own segment.
    auto split = [](std::string_view text) {
        std::vector<std::string> parts;
        std::string current;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char ch = text[i];
            if (ch == '.') {
                parts.push_back(current);
                current.clear();
            } else if (ch == '[') {
                parts.push_back(current);
                current = "[";
            } else {
                current += ch;
            }
        }
        parts.push_back(current);
        return parts;
    };
    const auto have = split(path);
    for (const auto& spec : inputCatalogue()) {
        const auto want = split(spec.pattern);
        if (want.size() != have.size())
            continue;
        PathMatch match;
        match.spec = &spec;
        bool ok = true;
        for (std::size_t i = 0; i < want.size() && ok; ++i) {
            const std::string& w = want[i];
            const auto open = w.find('{');
            if (open == std::string::npos) {
                ok = w == have[i];
                continue;
            }
            const auto close = w.find('}', open);
            const std::string name = w.substr(open + 1, close - open - 1);
            const std::string prefix = w.substr(0, open);
            const std::string suffix = w.substr(close + 1);
            const std::string& h = have[i];
            if (h.size() < prefix.size() + suffix.size() || h.compare(0, prefix.size(), prefix) != 0 ||
                h.compare(h.size() - suffix.size(), suffix.size(), suffix) != 0) {
                ok = false;
                continue;
            }
            const std::string value = h.substr(prefix.size(), h.size() - prefix.size() - suffix.size());
            if (name == "receiver") {
                const int k = v.receiverIndex(value);
                ok = k >= 0 && v.receivers[k].kind == spec.kind;
            } else if (name == "role") {
                ok = v.roleIndex(value) >= 0;
            } else if (name == "category") {
                ok = v.categoryIndex(value) >= 0;
            } else if (name == "band") {
                ok = v.ageBandIndex(value) >= 0;
            } else {
                ok = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
            }
            match.ids[name] = value;
        }
        if (ok)
            return match;
    }
    return std::nullopt;
}

std::pair<double, double> boundLimits(Bound bound)
{
    switch (bound) {
    case Bound::Share:
    case Bound::PositiveShare: return {0.0, 1.0};
    case Bound::NonNegative:
    case Bound::Positive: return {0.0, kMaxMagnitude};
    case Bound::Growth: return {-1.0, 1.0};
    }
    return {0.0, kMaxMagnitude};
}

std::optional<FieldError> checkBound(const std::string& path, double value, Bound bound)
{
    if (!std::isfinite(value))
        return FieldError{path, ErrorKind::NotFinite, value};
    if (std::abs(value) > kMaxMagnitude)
        return FieldError{path, ErrorKind::TooLarge, value, kMaxMagnitude};
    switch (bound) {
    case Bound::Share:
        if (value < 0 || value > 1)
            return FieldError{path, ErrorKind::OutOfRange, value, 1.0, "0..1"};
        break;
    case Bound::PositiveShare:
        if (value <= 0 || value > 1)
            return FieldError{path, ErrorKind::OutOfRange, value, 1.0, "greater than 0 and at most 1"};
        break;
    case Bound::NonNegative:
        if (value < 0)
            return FieldError{path, ErrorKind::Negative, value};
        break;
    case Bound::Positive:
        if (value <= 0)
            return FieldError{path, ErrorKind::NotPositive, value};
        break;
    case Bound::Growth:
        if (value <= -1 || value > 1)
            return FieldError{path, ErrorKind::OutOfRange, value, 1.0, "greater than -1 and at most 1"};
        break;
    }
    return std::nullopt;
}

} // namespace gevinst
