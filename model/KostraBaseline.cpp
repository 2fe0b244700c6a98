#include "KostraBaseline.h"

#include "ProjectionCsv.h"
#include "SourceText.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace gevinst::baseline {

namespace {

namespace csv = projection::csv;
using sourcetext::count;
using sourcetext::countOrFraction;
using sourcetext::percent;

ProjectionError badFile(std::string_view file, int line, const std::string& why)
{
    return {ProjectionError::Kind::BadFile, std::string(file) + ":" + std::to_string(line) + ": " + why,
            std::string(file), {}, line};
}

BaselineOutcome<std::string> readWhole(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return ProjectionError{ProjectionError::Kind::MissingFile, path.string() + ": cannot be read", path.string()};
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

std::string bandWords(int band)
{
    static const char* words[] = {"0–66 år", "67–79 år", "80 år og over"};
    return words[band];
}

std::string serviceWords(KostraService service)
{
    return service == KostraService::HomeCare ? "mottakere av hjemmetjenester" : "beboere med langtidsopphold i institusjon";
}

std::string serviceTable(KostraService)
{
    return "SSB tabell 12292";
}

/// "Oslo-Oslove" → "Oslo".
std::string norwegianName(std::string_view name)
{
    const std::size_t dash = name.find('-');
    return std::string(dash == std::string_view::npos ? name : name.substr(0, dash));
}

} // namespace

BaselineOutcome<KostraBaseline> KostraBaseline::load(const std::filesystem::path& dataFolder)
{
    auto kostra = readWhole(dataFolder / kKostraFile);
    if (!kostra)
        return kostra.error();
    auto population = readWhole(dataFolder / kPopulationFile);
    if (!population)
        return population.error();
    return fromTexts(*kostra, *population);
}

BaselineOutcome<KostraBaseline> KostraBaseline::fromTexts(std::string_view kostraCsv, std::string_view populationCsv)
{
    KostraBaseline data;
    std::vector<std::string_view> fields;
    std::optional<ProjectionError> error;

    // --- KOSTRA: one row per kommune and year --------------------------------
    std::map<std::string, std::size_t, std::less<>> column;
    static constexpr const char* required[] = {
        "kommunenummer", "year", "hc_recipients_total", "hc_recipients_0_66", "hc_recipients_67_79", "hc_recipients_80p",
        "hc_67_79_is_derived", "nurse_fte_care_services", "ltc_institution_longterm_total", "ltc_institution_longterm_0_66",
        "ltc_institution_longterm_67_79", "ltc_institution_longterm_80p"};
    csv::forEachLine(kostraCsv, [&](std::string_view line, int number) {
        if (line.empty())
            return true;
        csv::split(line, ',', fields);
        if (column.empty()) {
            for (std::size_t i = 0; i < fields.size(); ++i)
                column[std::string(csv::unquoted(fields[i]))] = i;
            for (const char* name : required)
                if (!column.count(name)) {
                    error = badFile(kKostraFile, number, std::string("no column ") + name);
                    return false;
                }
            return true;
        }
        if (fields.size() < column.size()) {
            error = badFile(kKostraFile, number, "expected " + std::to_string(column.size()) + " fields, found " +
                                                      std::to_string(fields.size()));
            return false;
        }
        auto field = [&](const char* name) { return csv::unquoted(fields[column.find(name)->second]); };
        auto value = [&](const char* name) -> std::optional<double> {
            const auto text = field(name);
            if (text.empty())
                return std::nullopt;
            const auto v = csv::number(text);
            if (!v || *v < 0)
                error = badFile(kKostraFile, number, std::string(name) + " is not a number ≥ 0: \"" + std::string(text) + "\"");
            return v;
        };
        const std::string kommune(field("kommunenummer"));
        const auto year = csv::number(field("year"));
        if (kommune.size() != 4 || !std::all_of(kommune.begin(), kommune.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
            !year || *year != std::floor(*year)) {
            error = badFile(kKostraFile, number, "a kommune number (4 digits) and a year are needed");
            return false;
        }
        Row r;
        r.homeCareTotal = value("hc_recipients_total");
        r.homeCare = {value("hc_recipients_0_66"), value("hc_recipients_67_79"), value("hc_recipients_80p")};
        r.homeCare6779Derived = field("hc_67_79_is_derived") == "1";
        r.nursingHomeTotal = value("ltc_institution_longterm_total");
        r.nursingHome = {value("ltc_institution_longterm_0_66"), value("ltc_institution_longterm_67_79"),
                         value("ltc_institution_longterm_80p")};
        r.nurseFte = value("nurse_fte_care_services");
        if (error)
            return false;
        data.m_rows[kommune][int(*year)] = r;
        if (std::find(data.m_years.begin(), data.m_years.end(), int(*year)) == data.m_years.end())
            data.m_years.push_back(int(*year));
        return true;
    });
    if (error)
        return *error;
    if (data.m_rows.empty())
        return badFile(kKostraFile, 1, "no rows");
    std::sort(data.m_years.rbegin(), data.m_years.rend());

    // --- Population 1 January by band: kommuner, Oslo's bydeler, counties (names) ---
    bool header = true;
    csv::forEachLine(populationCsv, [&](std::string_view line, int number) {
        if (line.empty())
            return true;
        csv::split(line, ',', fields);
        if (header) {
            header = false;
            if (fields.size() < 8 || csv::unquoted(fields[0]) != "year" || csv::unquoted(fields[1]) != "location_code") {
                error = badFile(kPopulationFile, number, "expected year,location_code,location_name,pop_total,pop_0_19,…");
                return false;
            }
            return true;
        }
        if (fields.size() < 8) {
            error = badFile(kPopulationFile, number, "expected 8 fields, found " + std::to_string(fields.size()));
            return false;
        }
        const std::string_view code = csv::unquoted(fields[1]);
        std::string id;
        for (std::string_view prefix : {"municip_nor", "wardoslo_nor", "county_nor"})
            if (code.substr(0, prefix.size()) == prefix)
                id = std::string(code.substr(prefix.size()));
        if (id.empty())
            return true; // the nation, other cities' districts
        data.m_names[id] = norwegianName(csv::unquoted(fields[2]));
        if (code.substr(0, 10) == "county_nor")
            return true;
        const auto year = csv::number(fields[0]);
        std::array<std::optional<double>, 4> band{csv::number(fields[4]), csv::number(fields[5]), csv::number(fields[6]),
                                                  csv::number(fields[7])};
        if (!year || !band[0] || !band[1] || !band[2] || !band[3]) {
            error = badFile(kPopulationFile, number, "a year and four band counts are needed");
            return false;
        }
        data.m_persons[id][int(*year)] = {*band[0] + *band[1], *band[2], *band[3]};
        return true;
    });
    if (error)
        return *error;
    return data;
}

bool KostraBaseline::covers(std::string_view unitId) const
{
    if (unitId.size() == 4)
        return m_rows.count(unitId) > 0;
    return unitId.size() == 6 && unitId.substr(0, 4) == kOslo && m_persons.count(unitId) > 0 && m_rows.count(kOslo) > 0;
}

std::string KostraBaseline::nameOf(std::string_view id) const
{
    const auto it = m_names.find(id);
    return it == m_names.end() ? std::string(id) : it->second;
}

const KostraBaseline::Row* KostraBaseline::row(std::string_view kommune, int year) const
{
    const auto unit = m_rows.find(kommune);
    if (unit == m_rows.end())
        return nullptr;
    const auto it = unit->second.find(year);
    return it == unit->second.end() ? nullptr : &it->second;
}

const std::array<double, kKostraBandCount>* KostraBaseline::persons(std::string_view unit, int year) const
{
    const auto u = m_persons.find(unit);
    if (u == m_persons.end())
        return nullptr;
    const auto it = u->second.find(year);
    return it == u->second.end() ? nullptr : &it->second;
}

KostraBaseline::Counts KostraBaseline::counts(std::string_view kommune, int year, KostraService service) const
{
    Counts c;
    const Row* r = row(kommune, year);
    if (!r)
        return c;
    c.count = service == KostraService::HomeCare ? r->homeCare : r->nursingHome;
    c.total = service == KostraService::HomeCare ? r->homeCareTotal : r->nursingHomeTotal;
    // One band suppressed, the total known: it is the total minus the others.
    int missing = 0, which = -1;
    double known = 0;
    for (int b = 0; b < kKostraBandCount; ++b) {
        if (c.count[b])
            known += *c.count[b];
        else
            ++missing, which = b;
    }
    if (missing == 1 && c.total && *c.total >= known) {
        c.count[which] = *c.total - known;
        c.derived[which] = true;
    }
    return c;
}

KostraBaseline::AreaRate KostraBaseline::areaRate(std::string_view prefix, int year, KostraService service, int band) const
{
    AreaRate area;
    for (const auto& [kommune, years] : m_rows) {
        if (kommune.compare(0, prefix.size(), prefix) != 0)
            continue;
        const Counts c = counts(kommune, year, service);
        const auto* p = persons(kommune, year + 1);
        if (!c.count[band] || !p)
            continue;
        area.recipients += *c.count[band];
        area.population += (*p)[band];
    }
    return area;
}

std::optional<KostraRate> KostraBaseline::splitOfTotal(std::string_view kommune, int year, KostraService service, int band) const
{
    const Counts c = counts(kommune, year, service);
    const auto* p = persons(kommune, year + 1);
    if (!c.total || !p || c.count[band])
        return std::nullopt;
    double remainder = *c.total;
    for (int b = 0; b < kKostraBandCount; ++b)
        if (c.count[b])
            remainder -= *c.count[b];
    if (remainder < 0)
        return std::nullopt;
    // Weights: the county's rate (else the nation's) times the unit's own persons.
    const std::string county(kommune.substr(0, 2));
    std::array<double, kKostraBandCount> weight{};
    double weights = 0;
    bool national = false;
    for (int pass = 0; pass < 2 && weights <= 0; ++pass) {
        national = pass == 1;
        weights = 0;
        for (int b = 0; b < kKostraBandCount; ++b) {
            if (c.count[b])
                continue;
            const AreaRate area = areaRate(national ? std::string_view() : std::string_view(county), year, service, b);
            weight[b] = area.population > 0 ? area.recipients / area.population * (*p)[b] : 0;
            weights += weight[b];
        }
    }
    if (weights <= 0 || (*p)[band] <= 0)
        return std::nullopt;
    KostraRate r;
    r.year = year;
    r.basis = RateBasis::SplitOfOwnTotal;
    r.recipients = remainder * weight[band] / weights;
    r.population = (*p)[band];
    r.rate = r.recipients / r.population;
    const std::string area = national ? std::string("landet") : nameOf(county) + " (fylke " + county + ")";
    const bool anyGiven = remainder != *c.total;
    r.note = bandWords(band) + ": " + percent(r.rate) + ". SSB har skjermet aldersfordelingen av " + serviceWords(service) +
             " 31.12." + std::to_string(year) + " (" + serviceTable(service) + ")" +
             (year != m_years.front() ? " og alle tallene for " + std::to_string(m_years.front()) : std::string()) +
             "; enhetens egen total, " + count(*c.total) +
             (anyGiven ? ", minus de oppgitte aldersgruppene, " + countOrFraction(remainder) + "," : std::string(",")) +
             " er fordelt på de skjermede gruppene etter dekningsgradene i " + area + " (antakelse): " +
             countOrFraction(r.recipients) + " / " + count(r.population) + " innbyggere 1.1." + std::to_string(year + 1) +
             " (SSB tabell 07459).";
    return r;
}

KostraRate KostraBaseline::rateFor(std::string_view kommune, KostraService service, int band) const
{
    const std::string table = serviceTable(service);
    // 1. The unit's own figure, newest year first (a single suppressed band derived).
    for (int year : m_years) {
        const Counts c = counts(kommune, year, service);
        const auto* p = persons(kommune, year + 1);
        if (!c.count[band] || !p || (*p)[band] <= 0)
            continue;
        KostraRate r;
        r.year = year;
        r.recipients = *c.count[band];
        r.population = (*p)[band];
        r.rate = r.recipients / r.population;
        r.basis = c.derived[band] ? RateBasis::Derived : RateBasis::Own;
        r.note = bandWords(band) + ": " + count(r.recipients) + " " + serviceWords(service) + " 31.12." + std::to_string(year) +
                 " (" + table + ") / " + count(r.population) + " innbyggere 1.1." + std::to_string(year + 1) +
                 " (SSB tabell 07459) = " + percent(r.rate) + ".";
        if (c.derived[band])
            r.note += " Tallet er skjermet av SSB og avledet som totalen (" + count(*c.total) +
                      ") minus de to andre aldersgruppene.";
        else if (service == KostraService::HomeCare && band == 1 && row(kommune, year)->homeCare6779Derived)
            r.note += " 67–79 år er avledet i datafilen som totalen minus 0–66 år og 80 år og over.";
        if (year != m_years.front())
            r.note += " SSB har skjermet tallet for " + std::to_string(m_years.front()) + "; brukt " + std::to_string(year) + ".";
        return r;
    }
    // 2. The unit's own total spread over the suppressed bands.
    for (int year : m_years)
        if (auto r = splitOfTotal(kommune, year, service, band))
            return *r;
    // 3. The county's rate, then the nation's.
    const std::string county(kommune.substr(0, 2));
    for (int national = 0; national < 2; ++national)
        for (int year : m_years) {
            const AreaRate area = areaRate(national ? std::string_view() : std::string_view(county), year, service, band);
            if (area.population <= 0)
                continue;
            KostraRate r;
            r.year = year;
            r.recipients = area.recipients;
            r.population = area.population;
            r.rate = area.recipients / area.population;
            r.basis = national ? RateBasis::National : RateBasis::County;
            const std::string where = national ? std::string("landet") : nameOf(county) + " (fylke " + county + ")";
            r.note = bandWords(band) + ": " + percent(r.rate) + ", dekningsgraden i " + where + ". SSB har skjermet " +
                     serviceWords(service) + " i denne aldersgruppen for enheten i " + std::to_string(m_years.back()) + "–" +
                     std::to_string(m_years.front()) + ", så " + where + " er brukt i stedet (antakelse): " +
                     count(r.recipients) + " / " + count(r.population) + " innbyggere 1.1." + std::to_string(year + 1) +
                     " over kommunene i " + where + " som har tallet 31.12." + std::to_string(year) + " (" + table +
                     ", SSB tabell 07459).";
            return r;
        }
    KostraRate none;
    none.year = m_years.front();
    none.basis = RateBasis::National;
    none.note = bandWords(band) + ": 0 – ingen tall i " + table + ".";
    return none;
}

std::optional<KostraUnitBaseline> KostraBaseline::forKommune(std::string_view kommune, KostraService service) const
{
    if (!m_rows.count(kommune))
        return std::nullopt;
    KostraUnitBaseline b;
    b.unitId = std::string(kommune);
    b.kommuneId = b.unitId;
    b.service = service;
    for (int band = 0; band < kKostraBandCount; ++band) {
        b.rates[std::size_t(band)] = rateFor(kommune, service, band);
        if (const auto* p = persons(kommune, b.rates[std::size_t(band)].year + 1))
            b.recipients += b.rates[std::size_t(band)].rate * (*p)[band];
    }
    // Nurse FTE: the newest year that has it, else the county's nurses per inhabitant.
    for (int year : m_years)
        if (const Row* r = row(kommune, year); r && r->nurseFte) {
            b.nurseFte = *r->nurseFte;
            b.nurseYear = year;
            b.nurseBasis = RateBasis::Own;
            b.nurseNote = count(b.nurseFte) + " avtalte årsverk sykepleiere i " + std::to_string(year) +
                          " i hele omsorgstjenesten, institusjoner og hjemmetjenester sammen (SSB tabell 14534)";
            if (year != m_years.front())
                b.nurseNote += "; SSB har skjermet tallet for " + std::to_string(m_years.front());
            return b;
        }
    const std::string county(kommune.substr(0, 2));
    for (int year : m_years) {
        double nurses = 0, people = 0;
        for (const auto& [k, years] : m_rows) {
            const Row* r = row(k, year);
            const auto* p = persons(k, year);
            if (k.compare(0, 2, county) != 0 || !r || !r->nurseFte || !p)
                continue;
            nurses += *r->nurseFte;
            people += (*p)[0] + (*p)[1] + (*p)[2];
        }
        const auto* own = persons(kommune, year);
        if (people <= 0 || !own)
            continue;
        const double inhabitants = (*own)[0] + (*own)[1] + (*own)[2];
        b.nurseFte = nurses / people * inhabitants;
        b.nurseYear = year;
        b.nurseBasis = RateBasis::County;
        b.nurseNote = "SSB har skjermet sykepleierårsverkene for enheten; brukt " + nameOf(county) + "s sykepleierårsverk per innbygger i " +
                      std::to_string(year) + " (" + count(nurses) + " / " + count(people) + ", SSB tabell 14534 og 07459) × " +
                      count(inhabitants) + " innbyggere = " + countOrFraction(b.nurseFte) + " årsverk (antakelse)";
        return b;
    }
    b.nurseNote = "ingen sykepleierårsverk i SSB tabell 14534 for enheten eller fylket";
    return b;
}

std::optional<KostraUnitBaseline> KostraBaseline::forUnit(std::string_view unitId, KostraService service) const
{
    if (unitId.size() == 4)
        return forKommune(unitId, service);
    if (!covers(unitId))
        return std::nullopt;
    // An Oslo bydel: Oslo's rates; Oslo's nurses by the bydel's share of Oslo's recipients.
    auto oslo = forKommune(kOslo, service);
    if (!oslo)
        return std::nullopt;
    KostraUnitBaseline b = *oslo;
    b.unitId = std::string(unitId);
    b.kommuneId = std::string(kOslo);
    b.recipients = 0;
    double osloRecipients = 0;
    int personsYear = 0;
    for (int band = 0; band < kKostraBandCount; ++band) {
        KostraRate& r = b.rates[std::size_t(band)];
        const int year = r.year + 1;
        personsYear = std::max(personsYear, year);
        if (const auto* p = persons(unitId, year))
            b.recipients += r.rate * (*p)[band];
        if (const auto* p = persons(kOslo, year))
            osloRecipients += r.rate * (*p)[band];
        r.note = "Oslo kommunes dekningsgrad (KOSTRA regner Oslo som én kommune og har ingen tall per bydel) – " + r.note;
    }
    b.osloShare = osloRecipients > 0 ? b.recipients / osloRecipients : 0;
    b.nurseFte = oslo->nurseFte * b.osloShare;
    b.shareNote = "bydelens andel av Oslos " + serviceWords(service) + ": Oslos dekningsgrader × bydelens innbyggere 1.1." +
                  std::to_string(personsYear) + " (SSB tabell 10826 / 07459) = " + countOrFraction(b.recipients) + " av Oslos " +
                  countOrFraction(osloRecipients) + " = " + percent(b.osloShare) + " (antakelse: bydelens bemanning står i forhold til " +
                  "tjenestemottakerne)";
    b.nurseNote = "Oslo kommune: " + oslo->nurseNote + "; × " + b.shareNote + " = " + countOrFraction(b.nurseFte) + " årsverk";
    return b;
}

} // namespace gevinst::baseline
