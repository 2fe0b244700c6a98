#include "UnitScenarioBuilder.h"

#include "Engine.h"
#include "PopulationProjection.h"
#include "ScenarioReader.h"
#include "ScenarioWriter.h"
#include "SourceText.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gevinst {

namespace {

using baseline::kKostraBandCount;
using baseline::KostraService;
using projection::AgeProfile;
using projection::kOpenAge;
using sourcetext::count;
using sourcetext::countOrFraction;
using sourcetext::decimal;
using sourcetext::percent;

const std::array<AgeBand, 4>& standardBands()
{
    static const std::array<AgeBand, 4> bands{*AgeBand::parse("0-19"), *AgeBand::parse("20-66"), *AgeBand::parse("67-79"),
                                              *AgeBand::parse("80+")};
    return bands;
}

AgeBand kostraBand(int k)
{
    AgeBand b;
    b.id = std::string(baseline::kKostraBandIds[std::size_t(k)]);
    b.low = baseline::kKostraBandFirstAge[std::size_t(k)];
    b.high = baseline::kKostraBandLastAge[std::size_t(k)] >= 1000 ? AgeBand::kOpenEnd : baseline::kKostraBandLastAge[std::size_t(k)];
    return b;
}

/// The ages two bands share, as a band; none when they share none.
std::optional<AgeBand> intersection(const AgeBand& a, const AgeBand& b)
{
    AgeBand i;
    i.low = std::max(a.low, b.low);
    i.high = std::min(a.high, b.high);
    if (i.low > i.high || i.low > kOpenAge)
        return std::nullopt;
    return i;
}

/// Single ages of a band as the projection counts them (105+ is one).
int ageCount(const AgeBand& band)
{
    if (band.low > kOpenAge)
        return 0;
    return std::min(band.high, kOpenAge) - band.low + 1;
}

bool contains(const AgeBand& outer, const AgeBand& inner)
{
    return inner.low >= outer.low && std::min(inner.high, kOpenAge) <= std::min(outer.high, kOpenAge);
}

/// The KOSTRA bands a vocabulary band shares ages with.
std::vector<int> kostraBandsOf(const AgeBand& band)
{
    std::vector<int> ks;
    for (int k = 0; k < kKostraBandCount; ++k)
        if (intersection(band, kostraBand(k)))
            ks.push_back(k);
    return ks;
}

/// A band is a union of standard bands when every standard band it touches lies inside it.
bool unionOfStandardBands(const AgeBand& band)
{
    bool any = false;
    for (const AgeBand& s : standardBands())
        if (intersection(band, s)) {
            if (!contains(band, s))
                return false;
            any = true;
        }
    return any;
}

std::string bandText(const std::string& id)
{
    std::string s = id;
    if (const auto dash = s.find('-'); dash != std::string::npos)
        s.replace(dash, 1, "–");
    if (!s.empty() && s.back() == '+')
        return s.substr(0, s.size() - 1) + " år og over";
    return s + " år";
}

std::string joinBands(const std::vector<std::string>& ids)
{
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i == 0 ? "" : i + 1 == ids.size() ? " og " : ", ") + bandText(ids[i]);
    return out;
}

/// `value` rounded to `step` (0.1, 0.01 or 1000), without binary noise: 409.7, not 409.70000000000005.
double roundTo(double value, double step)
{
    if (step >= 1)
        return std::round(value / step) * step;
    const double inverse = std::round(1 / step);
    return std::round(value * inverse) / inverse;
}

std::string serviceWords(KostraService service)
{
    return service == KostraService::HomeCare ? "mottakere av hjemmetjenester" : "beboere med langtidsopphold i institusjon";
}

UnitScenarioOutcome failure(UnitScenarioError::Kind kind, std::string field, std::string detail)
{
    UnitScenarioOutcome out;
    out.error = UnitScenarioError{kind, std::move(field), std::move(detail)};
    return out;
}

} // namespace

double UnitScenarioBuilder::personsIn(const AgeBand& band, const AgeProfile& profile)
{
    if (band.low > kOpenAge)
        return 0;
    double sum = 0;
    for (int a = band.low; a <= std::min(band.high, kOpenAge); ++a)
        sum += profile[std::size_t(a)];
    return sum;
}

std::vector<double> UnitScenarioBuilder::fromStandardBands(const std::vector<AgeBand>& bands, const std::array<double, 4>& registered,
                                                           const AgeProfile& weights)
{
    std::vector<double> result(bands.size(), 0.0);
    for (std::size_t s = 0; s < 4; ++s) {
        const AgeBand& standard = standardBands()[s];
        const double total = std::round(registered[s]);
        // Shares of the standard band's ages in each vocabulary band (persons, else ages).
        double whole = personsIn(standard, weights);
        const bool byAges = whole <= 0;
        if (byAges)
            whole = ageCount(standard);
        std::vector<double> exact(bands.size() + 1, 0.0); // the last: ages in no vocabulary band
        double covered = 0;
        for (std::size_t b = 0; b < bands.size(); ++b) {
            const auto shared = intersection(bands[b], standard);
            if (!shared)
                continue;
            exact[b] = contains(bands[b], standard) ? total
                                                   : total * (byAges ? ageCount(*shared) : personsIn(*shared, weights)) / whole;
            covered += exact[b];
        }
        exact.back() = std::max(0.0, total - covered);
        // Largest remainder: whole persons that add up to the registered total.
        std::vector<double> rounded(exact.size());
        double assigned = 0;
        for (std::size_t i = 0; i < exact.size(); ++i)
            assigned += rounded[i] = std::floor(exact[i] + 1e-9);
        std::vector<std::size_t> order(exact.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return exact[a] - rounded[a] > exact[b] - rounded[b]; });
        for (std::size_t i = 0; assigned < total && i < order.size(); ++i, assigned += 1)
            rounded[order[i]] += 1;
        for (std::size_t b = 0; b < bands.size(); ++b)
            result[b] += rounded[b];
    }
    return result;
}

std::vector<double> UnitScenarioBuilder::ratesForBands(const std::vector<AgeBand>& bands,
                                                       const std::array<double, kKostraBandCount>& kostraRates,
                                                       const std::vector<double>& templateRates,
                                                       const std::array<std::vector<double>, kKostraBandCount>& persons,
                                                       const AgeProfile& singleAges)
{
    std::vector<double> rates(bands.size(), 0.0);
    for (std::size_t b = 0; b < bands.size(); ++b) {
        const std::vector<int> ks = kostraBandsOf(bands[b]);
        if (ks.empty())
            continue;
        if (ks.size() == 1) {
            const int k = ks.front();
            // The other bands inside the same KOSTRA band: keep the template's proportions.
            double weighted = 0, weight = 0;
            int members = 0;
            for (std::size_t o = 0; o < bands.size(); ++o)
                if (kostraBandsOf(bands[o]) == ks) {
                    const double p = o < persons[std::size_t(k)].size() ? persons[std::size_t(k)][o] : 0.0;
                    const double t = o < templateRates.size() ? templateRates[o] : 0.0;
                    weighted += t * p;
                    weight += p;
                    ++members;
                }
            const double t = b < templateRates.size() ? templateRates[b] : 0.0;
            rates[b] = members == 1 || weighted <= 0 || weight <= 0 ? kostraRates[std::size_t(k)]
                                                                    : t * kostraRates[std::size_t(k)] * weight / weighted;
        } else {
            double sum = 0, people = 0;
            for (int k : ks) {
                const double p = personsIn(*intersection(bands[b], kostraBand(k)), singleAges);
                sum += kostraRates[std::size_t(k)] * p;
                people += p;
            }
            if (people > 0)
                rates[b] = sum / people;
            else {
                for (int k : ks)
                    rates[b] += kostraRates[std::size_t(k)] / double(ks.size());
            }
        }
        rates[b] = std::clamp(rates[b], 0.0, 1.0);
    }
    return rates;
}

UnitScenarioBuilder::UnitScenarioBuilder(Scenario templ, std::string areaName, std::string templateLabel, baseline::KostraMapping mapping,
                                         const projection::ProjectionDataSet& population, const baseline::KostraBaseline& kostra)
    : m_template(std::move(templ))
    , m_areaName(std::move(areaName))
    , m_templateLabel(std::move(templateLabel))
    , m_population(population)
    , m_kostra(kostra)
    , m_service(mapping.service)
    , m_nurseRole(std::move(mapping.nurseRole))
{
    m_template.fitToVocabulary();
    m_reference = m_kostra.forUnit(m_template.unit.id, m_service);
    if (m_reference && m_reference->recipients > 0) {
        m_referenceRecipients = m_reference->recipients;
        m_referenceSizeNote = countOrFraction(m_referenceRecipients) + " " + serviceWords(m_service) + " i malens referanseenhet " +
                              m_template.unit.name + " (KOSTRA, regnet som for enheten)";
    } else {
        const auto people = Engine::populationIn(m_template, m_template.startYear);
        for (std::size_t b = 0; b < people.size() && b < m_template.serviceRate.size(); ++b)
            m_referenceRecipients += people[b] * m_template.serviceRate[b];
        m_referenceSizeNote = countOrFraction(m_referenceRecipients) + " tjenestemottakere i malen " + std::to_string(m_template.startYear) +
                              " (malens dekningsgrader × malens befolkning; KOSTRA har ikke malens enhet)";
    }
}

UnitScenarioOutcome UnitScenarioBuilder::build(const UnitScenarioRequest& request) const
{
    using Kind = UnitScenarioError::Kind;
    const int start = request.startYear, end = request.endYear;
    if (start < kFirstYear || start > kLastYear || end < start || end > kLastYear ||
        end - start + 1 > ReaderLimits::maxYears)
        return failure(Kind::BadYears, "years",
                       "the years must run from " + std::to_string(kFirstYear) + " to at most " + std::to_string(kLastYear) +
                           " with the end not before the start, not " + std::to_string(start) + "-" + std::to_string(end));
    const UnitRef& unit = request.unit;
    if (unit.level != "kommune" && unit.level != "bydel")
        return failure(Kind::NotAUnit, "unit",
                       "a scenario is for a kommune or a bydel, not a " + unit.level + " (" + unit.id + " " + unit.name + ")");
    auto inputs = m_population.inputs(unit.id);
    const auto kostra = m_kostra.forUnit(unit.id, m_service);
    if (!inputs || !kostra)
        return failure(Kind::UnknownUnit, "unit",
                       "no " + std::string(!inputs ? "single-age population" : "KOSTRA") + " figures for " + unit.id + " " + unit.name +
                           " (a kommune of 2024 or one of Oslo's 15 bydeler)");
    const bool hasMigration = m_population.hasFiveYearsEarlier(unit.id);
    const projection::PopulationProjection projector(std::move(inputs).value());
    constexpr int registeredLast = 2026;
    const projection::ProjectionSeries series = projector.run(std::max(end, registeredLast));
    auto personsOf = [&](int year) -> const AgeProfile& { return series.persons[std::size_t(year - kFirstYear)]; };

    Scenario s = m_template;
    const Vocabulary& v = s.vocabulary;
    const auto& bands = v.ageBands;
    const std::size_t bandCount = bands.size();
    const std::string areaSource = "Fra malen «" + m_templateLabel + "»: ";
    std::map<std::string, std::string> sources;

    // --- unit, name, years ------------------------------------------------------
    s.format = 2;
    s.unit = unit;
    if (unit.level == "bydel" && !s.unit.parent)
        s.unit.parent = std::string(baseline::KostraBaseline::kOslo);
    if (unit.level == "kommune")
        s.unit.parent.reset();
    // The unit is named beside the scenario everywhere (library, title, exports): not in the default name too.
    s.name = request.name.empty() ? m_areaName + " " + std::to_string(start) + "–" + std::to_string(end) : request.name;
    s.startYear = start;
    s.endYear = end;
    sources["unit"] = unit.name + " (" + unit.id + "), " + unit.level + (unit.level == "bydel" ? " i Oslo" : "") +
                      ", inndeling 2024 (Kilde: Statistisk sentralbyrå).";
    sources["years"] = !request.yearsSource.empty()
                           ? request.yearsSource
                           : "Standard for nye scenarioer: " + std::to_string(start) + "–" + std::to_string(end) +
                                 " (startår 2025, det siste året med KOSTRA-tall; 15 år fram). Endre gjerne.";

    // --- population ---------------------------------------------------------------
    std::vector<std::string> bandIds;
    for (const auto& b : bands)
        bandIds.push_back(b.id);
    s.population.clear();
    {
        PopulationYear base{kFirstYear, std::vector<double>(bandCount)};
        for (std::size_t b = 0; b < bandCount; ++b)
            base.byBand[b] = std::round(personsIn(bands[b], personsOf(kFirstYear)));
        s.population.push_back(base);
    }
    std::vector<std::string> splitBands, registeredSources, projectedRegisteredYears;
    for (const auto& b : bands)
        if (!unionOfStandardBands(b))
            splitBands.push_back(b.id);
    for (int year = kFirstYear + 1; year <= registeredLast; ++year) {
        PopulationYear py{year, {}};
        const auto reg = std::find_if(request.registered.begin(), request.registered.end(),
                                      [&](const RegisteredBands& r) { return r.year == year; });
        if (reg != request.registered.end()) {
            py.byBand = fromStandardBands(bands, reg->persons, personsOf(year));
            if (!reg->source.empty() &&
                std::find(registeredSources.begin(), registeredSources.end(), reg->source) == registeredSources.end())
                registeredSources.push_back(reg->source);
        } else {
            py.byBand.resize(bandCount);
            for (std::size_t b = 0; b < bandCount; ++b)
                py.byBand[b] = std::round(personsIn(bands[b], personsOf(year)));
            projectedRegisteredYears.push_back(std::to_string(year));
        }
        s.population.push_back(py);
    }
    std::vector<int> ssbYears, programYears;
    for (int year = registeredLast + 1; year <= end; ++year) {
        PopulationYear py{year, std::vector<double>(bandCount)};
        const auto ssb = std::find_if(request.ssbProjection.begin(), request.ssbProjection.end(),
                                      [&](const RegisteredBands& r) { return r.year == year; });
        if (ssb != request.ssbProjection.end()) {
            py.byBand = fromStandardBands(bands, ssb->persons, personsOf(year));
            ssbYears.push_back(year);
        } else {
            for (std::size_t b = 0; b < bandCount; ++b)
                py.byBand[b] = std::round(personsIn(bands[b], personsOf(year)));
            programYears.push_back(year);
        }
        s.population.push_back(py);
    }
    {
        const bool bydel = unit.level == "bydel";
        std::string text = "Befolkning 1. januar for " + unit.name + " i aldersgruppene " + joinBands(bandIds) + ". " +
                           std::to_string(kFirstYear) + ": registrert, " +
                           (bydel ? "SSB tabell 10826 (folkemengde etter bydel og ettårig alder)"
                                  : "SSB tabell 07459 (folkemengde etter kommune og ettårig alder)") +
                           " 1.1.2024 summert til aldersgruppene. ";
        if (projectedRegisteredYears.size() < 2) {
            text += "2025–2026: registrert folkemengde fra biblioteket";
            if (!registeredSources.empty()) {
                text += " (";
                for (std::size_t i = 0; i < registeredSources.size(); ++i)
                    text += (i ? "; " : "") + registeredSources[i];
                text += ")";
            }
            text += " i aldersgruppene 0–19, 20–66, 67–79 og 80 år og over; ";
            if (splitBands.empty())
                text += "hver av scenarioets aldersgrupper er en sum av disse (registrert). ";
            else
                text += joinBands(splitBands) + " er ikke en sum av bibliotekets grupper: hver av bibliotekets grupper er fordelt "
                        "på sine ettårige aldre etter programmets framskriving (§ 8) for samme år og avrundet til hele personer, "
                        "slik at summen er den registrerte – avledet, ikke registrert. ";
        }
        if (!projectedRegisteredYears.empty())
            text += "Biblioteket har ingen registrerte tall for " + projectedRegisteredYears.front() +
                    (projectedRegisteredYears.size() > 1 ? "–" + projectedRegisteredYears.back() : std::string()) +
                    "; brukt programmets framskriving (§ 8) også der. ";
        auto span = [](const std::vector<int>& years) {
            return years.size() == 1 ? std::to_string(years.front())
                                     : std::to_string(years.front()) + "–" + std::to_string(years.back());
        };
        if (!ssbYears.empty()) {
            text += span(ssbYears) + ": SSBs egen befolkningsframskriving (" + request.ssbProjectionSource +
                    ") i aldersgruppene 0–19, 20–66, 67–79 og 80 år og over, valgt av brukeren i stedet for programmets";
            text += splitBands.empty() ? "; hver av scenarioets aldersgrupper er en sum av disse. "
                                       : "; " + joinBands(splitBands) +
                                             " er fordelt på ettårige aldre etter programmets framskriving (§ 8) for samme år. ";
        }
        if (!programYears.empty() && !ssbYears.empty())
            text += span(programYears) + ": SSBs framskriving dekker ikke disse årene; brukt programmets (§ 8). ";
        if (!programYears.empty() && ssbYears.empty())
            text += span(programYears) + ": programmets egen befolkningsframskriving (spesifikasjonen § 8) etter ettårig alder: basisår 2024, " +
                    (hasMigration ? "nettoflytting fra enhetens egne tall 2019–2024 med halv vekt (høyst ±2,5 % i året), "
                                  : "uten flytting (ingen tall for 2019 for enheten), ") +
                    "dødelighet fra SSB tabell 07902 (begge kjønn, snitt 2022–2024) med 1,5 % årlig nedgang, fødsler som samme "
                    "andel av 20–44-åringene som i 2024; avrundet til hele personer. SSBs egen framskriving (tabell 14288 eller "
                    "14746) er ikke brukt; hent den (Hent SSBs framskriving) og velg den for å bruke SSBs. ";
        text += "(Kilde: Statistisk sentralbyrå)";
        sources["demography.population"] = text;
    }

    // --- service rates ------------------------------------------------------------
    std::array<double, kKostraBandCount> kostraRates{};
    std::array<std::vector<double>, kKostraBandCount> weights;
    for (int k = 0; k < kKostraBandCount; ++k) {
        kostraRates[std::size_t(k)] = kostra->rates[std::size_t(k)].rate;
        const int year = kostra->rates[std::size_t(k)].year + 1;
        const auto it = std::find_if(s.population.begin(), s.population.end(), [&](const PopulationYear& p) { return p.year == year; });
        weights[std::size_t(k)] = it != s.population.end() ? it->byBand : s.population.front().byBand;
    }
    const std::vector<double> templateRates = m_template.serviceRate;
    s.serviceRate = ratesForBands(bands, kostraRates, templateRates, weights, personsOf(kFirstYear));
    {
        std::string text = "Dekningsgrad = " + serviceWords(m_service) + " per innbygger, " + unit.name + "s egne tall fra KOSTRA (" +
                           "antall 31.12. delt på folkemengden 1.1. året etter, samme tidspunkt; nyeste år, " +
                           std::to_string(m_kostra.years().front()) + "):";
        for (int k = 0; k < kKostraBandCount; ++k)
            text += " " + kostra->rates[std::size_t(k)].note;
        text += " Fordelt på scenarioets aldersgrupper:";
        for (std::size_t b = 0; b < bandCount; ++b) {
            const auto ks = kostraBandsOf(bands[b]);
            std::string how;
            if (ks.size() == 1) {
                int members = 0;
                std::vector<std::string> group;
                for (std::size_t o = 0; o < bandCount; ++o)
                    if (kostraBandsOf(bands[o]) == ks)
                        ++members, group.push_back(bands[o].id);
                const std::string kId(baseline::kKostraBandIds[std::size_t(ks.front())]);
                if (members == 1)
                    how = bands[b].id == kId ? "KOSTRA-gruppen selv" : "KOSTRA-gruppen " + bandText(kId) + " (antakelse: samme dekningsgrad)";
                else {
                    std::string ratio;
                    for (std::size_t o = 0; o < bandCount; ++o)
                        if (kostraBandsOf(bands[o]) == ks)
                            ratio += (ratio.empty() ? "" : " : ") + percent(o < templateRates.size() ? templateRates[o] : 0.0);
                    how = "KOSTRA-gruppen " + bandText(kId) + " fordelt på " + joinBands(group) +
                          " i malens forhold (" + ratio + "), slik at snittet vektet med enhetens folkemengde er KOSTRA-tallet (antakelse)";
                }
            } else
                how = "KOSTRA-gruppene vektet med enhetens folkemengde 1.1.2024 etter ettårig alder (SSB tabell 07459)";
            const std::string line = bandText(bands[b].id) + ": " + percent(s.serviceRate[b]) + " – " + how + ".";
            text += " " + line;
            sources["demography.service_rate." + bands[b].id] = line;
        }
        sources["demography.service_rate"] = text;
    }

    // --- staffing -----------------------------------------------------------------
    const double sizeRatio = m_referenceRecipients > 0 ? kostra->recipients / m_referenceRecipients : 1.0;
    const int nurse = m_nurseRole.empty() ? -1 : v.roleIndex(m_nurseRole);
    const double templateNurses = nurse >= 0 && m_template.role(nurse).present ? m_template.role(nurse).fte : 0.0;
    const bool fromNurses = m_reference && m_reference->nurseFte > 0 && templateNurses > 0 && kostra->nurseFte > 0;
    std::vector<double> roleFactor(s.roles.size(), sizeRatio);
    {
        std::string text;
        double unitNurses = 0;
        if (fromNurses) {
            const double share = templateNurses / m_reference->nurseFte;
            unitNurses = kostra->nurseFte * share;
            text = "Årsverk for " + unit.name + ": " + kostra->nurseNote + ". Andelen av dem i " + m_areaName +
                   " er en antakelse: malens " + countOrFraction(templateNurses) + " sykepleierårsverk er " + percent(share) +
                   " av referanseenheten " + m_template.unit.name + "s " + countOrFraction(m_reference->nurseFte) +
                   " sykepleierårsverk i KOSTRA (" + std::to_string(m_reference->nurseYear) +
                   "); samme andel her gir " + decimal(unitNurses, 1) + " sykepleierårsverk. De andre rollene står i malens forhold "
                   "til sykepleierne (antakelse):";
        } else
            text = "Årsverk: malens årsverk skalert med enhetens størrelse (antakelse; KOSTRA har ingen sykepleiertall å "
                   "regne fra for enheten eller malen): " + countOrFraction(kostra->recipients) + " " + serviceWords(m_service) +
                   " / " + m_referenceSizeNote + " = faktor " + decimal(sizeRatio, 3) + ".";
        for (std::size_t r = 0; r < s.roles.size(); ++r) {
            RoleInput& role = s.roles[r];
            if (!role.present)
                continue;
            const double before = role.fte;
            const double after = fromNurses ? unitNurses * before / templateNurses : before * sizeRatio;
            role.fte = roundTo(after, 0.1);
            roleFactor[r] = before > 0 ? role.fte / before : 0;
            std::string line;
            if (fromNurses && int(r) == nurse)
                line = decimal(role.fte, 1) + " årsverk: " + kostra->nurseNote + "; × " + percent(templateNurses / m_reference->nurseFte) +
                       " (malens andel av referanseenhetens sykepleiere, antakelse).";
            else if (fromNurses)
                line = decimal(role.fte, 1) + " årsverk: sykepleierårsverkene × malens forhold " + countOrFraction(before) + " / " +
                       countOrFraction(templateNurses) + " = " + decimal(before / templateNurses, 3) + " (antakelse).";
            else
                line = decimal(role.fte, 1) + " årsverk: malens " + countOrFraction(before) + " × faktor " + decimal(sizeRatio, 3) +
                       " (antakelse).";
            if (fromNurses && int(r) != nurse)
                text += " " + v.roles[r].id + " " + countOrFraction(before) + " / " + countOrFraction(templateNurses) + " → " +
                        decimal(role.fte, 1) + ";";
            sources["roles." + v.roles[r].id + ".fte"] = line;
        }
        if (fromNurses && text.back() == ';')
            text.back() = '.';
        text += " Avrundet til 0,1 årsverk. Kostnad per årsverk og tidsandeler er malens. Erstatt med egne tall fra HR.";
        sources["roles"] = text;
    }

    // --- hub: size-dependent counts scaled ------------------------------------------
    s.hub.coordinatorFte = roundTo(m_template.hub.coordinatorFte * sizeRatio, 0.01);
    s.hub.oneOffCostNok = roundTo(m_template.hub.oneOffCostNok * sizeRatio, 1000);
    const std::string scaling = countOrFraction(kostra->recipients) + " " + serviceWords(m_service) + " i " + unit.name +
                                " / " + m_referenceSizeNote + " = faktor " + decimal(sizeRatio, 3);
    sources["hub"] = "Valgt av brukeren. Koordinatorårsverk og engangskostnad er malens (" +
                     decimal(m_template.hub.coordinatorFte, 2) + " årsverk og " + count(m_template.hub.oneOffCostNok) +
                     " kr for " + m_template.unit.name + ") skalert med enhetens størrelse (antakelse): " + scaling +
                     ". Kostnad per koordinatorårsverk og oppstartsår er malens." +
                     (m_template.sources.count("hub") ? " Malens begrunnelse: " + m_template.sources.at("hub") : std::string());
    sources["hub.coordinator_fte"] = decimal(s.hub.coordinatorFte, 2) + " årsverk = malens " +
                                     decimal(m_template.hub.coordinatorFte, 2) + " × faktor " + decimal(sizeRatio, 3) +
                                     ", avrundet til 0,01 (antakelse: huben står i forhold til antall tjenestemottakere).";
    sources["hub.one_off_cost_nok"] = count(s.hub.oneOffCostNok) + " kr = malens " + count(m_template.hub.oneOffCostNok) +
                                      " kr × faktor " + decimal(sizeRatio, 3) + ", avrundet til 1 000 kr (antakelse).";

    // --- years that must lie in the horizon ---------------------------------------------
    auto shifted = [&](int year) { return std::clamp(year + (start - m_template.startYear), start, end); };
    if (s.ramp.startYear < start || s.ramp.startYear > end) {
        const int was = s.ramp.startYear;
        s.ramp.startYear = shifted(was);
        sources["ramp"] = areaSource + (m_template.sources.count("ramp") ? m_template.sources.at("ramp") + " " : std::string()) +
                          "Oppstartsåret " + std::to_string(was) + " lå utenfor perioden og er flyttet til " +
                          std::to_string(s.ramp.startYear) + ".";
    }
    if (s.hub.oneOffYear < start || s.hub.oneOffYear > end) {
        const int was = s.hub.oneOffYear;
        s.hub.oneOffYear = shifted(was);
        sources["hub.one_off_year"] = "Malens år for engangskostnaden, " + std::to_string(was) +
                                      ", lå utenfor perioden og er flyttet til " + std::to_string(s.hub.oneOffYear) + ".";
    }

    // --- uncertainty ranges on replaced or scaled inputs ------------------------------
    for (auto it = s.uncertainty.begin(); it != s.uncertainty.end();) {
        const std::string& path = it->first;
        double factor = 1;
        bool drop = path.rfind("demography.population.", 0) == 0;
        if (path == "hub.coordinator_fte" || path == "hub.one_off_cost_nok")
            factor = sizeRatio;
        for (std::size_t r = 0; r < s.roles.size(); ++r)
            if (path == "roles." + v.roles[r].id + ".fte")
                factor = roleFactor[r];
        for (std::size_t b = 0; b < bandCount; ++b)
            if (path == "demography.service_rate." + bands[b].id) {
                const double t = b < templateRates.size() ? templateRates[b] : 0.0;
                drop = drop || t <= 0;
                factor = t > 0 ? s.serviceRate[b] / t : 0;
            }
        if (drop) {
            it = s.uncertainty.erase(it);
            continue;
        }
        if (factor != 1) {
            it->second.low *= factor;
            it->second.mode *= factor;
            it->second.high *= factor;
            if (path.rfind("demography.service_rate.", 0) == 0)
                it->second.high = std::min(it->second.high, 1.0);
        }
        ++it;
    }

    // --- sources: the template's for what came from it ---------------------------------
    for (const auto& [key, text] : m_template.sources) {
        if (sources.count(key) || key == "unit" || key == "years" || key == "scenario" || key.rfind("demography.", 0) == 0 ||
            key == "roles" || key.rfind("hub", 0) == 0 || (key.size() > 4 && key.compare(key.size() - 4, 4, ".fte") == 0 &&
                                                            key.rfind("roles.", 0) == 0))
            continue;
        sources[key] = areaSource + text;
    }
    if (s.hub.oneOffYear == m_template.hub.oneOffYear && m_template.sources.count("hub.one_off_year"))
        sources["hub.one_off_year"] = areaSource + m_template.sources.at("hub.one_off_year");
    if (sources.count("ledger.employer_tax_rate"))
        sources["ledger.employer_tax_rate"] += " Satsen gjelder malens sone; kontroller " + unit.name +
                                               "s sone i Skatteetatens kommuneliste. Det samme gjelder arbeidsgiveravgiften i "
                                               "kostnadene per årsverk.";
    sources["scenario"] = "Laget av programmet for " + unit.name + " (" + unit.id + ") fra tjenesteområdet «" + m_areaName +
                          "» (mal: " + m_templateLabel + "). Enhetens egne tall: befolkning (SSB, og programmets framskriving "
                          "etter 2026), dekningsgrader (KOSTRA, SSB tabell 12292) og sykepleierårsverk (KOSTRA, SSB tabell 14534) – "
                          "se feltene. Skalert etter enhetens størrelse (antakelse): de andre rollenes årsverk (malens forhold til "
                          "sykepleierne) og huben. Fra malen, uendret: tidsandeler, tiltak, mottakere, kostnader per årsverk, "
                          "rekruttering, realisering og regnskap (alle med kilden «Fra malen …»). Ingen andre tall er hentet fra "
                          "en annen enhet.";
    s.sources = std::move(sources);

    // --- write and validate -----------------------------------------------------------
    UnitScenarioOutcome out;
    out.document = ScenarioWriter::toJson(s);
    ReadOutcome check = ScenarioReader::fromJson(out.document);
    if (!check.ok()) {
        const FieldError& e = check.errors.front();
        return failure(Kind::Invalid, e.path, "the scenario made for " + unit.id + " does not validate: " + e.message());
    }
    out.scenario = std::move(*check.scenario);
    return out;
}

} // namespace gevinst
