// gevinst db new and gevinst service-areas as a user meets them: the new scenario's id on
// stdout, exit 2 naming the option for an unknown unit, service area or bad years, a
// county refused, and the service areas listed as text and JSON.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>

namespace {

using gevinst::test::GevinstRun;

/// A scratch folder with its own library, removed afterwards.
class Scratch : public gevinst::test::ScratchLibrary {
public:
    Scratch() : ScratchLibrary("gevinst-new") {}
    /// `db new` then `db export` of the new id: the scenario document.
    nlohmann::json made(const std::string& arguments)
    {
        const GevinstRun created = run("db new " + arguments);
        INFO(created.err);
        REQUIRE(created.exitCode == 0);
        const std::string id = created.out.substr(0, created.out.find('\n'));
        REQUIRE(!id.empty());
        REQUIRE(id.find_first_not_of("0123456789") == std::string::npos);
        const GevinstRun exported = run("db export " + id);
        REQUIRE(exported.exitCode == 0);
        const GevinstRun validated = run("validate --id " + id);
        INFO(validated.out << validated.err);
        CHECK(validated.exitCode == 0);
        return nlohmann::json::parse(exported.out);
    }
    nlohmann::json computed(const std::string& id)
    {
        const GevinstRun result = run("compute --id " + id);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        return nlohmann::json::parse(result.out);
    }
};

double sumOf(const nlohmann::json& roles)
{
    double sum = 0;
    for (const auto& [id, role] : roles.items())
        sum += role["fte"].get<double>();
    return sum;
}

} // namespace

TEST_CASE("db new --unit 4601 makes Bergen's own scenario and prints its id", "[db-new]")
{
    Scratch scratch;
    const GevinstRun created = scratch.run("db new --unit 4601");
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    const std::string id = created.out.substr(0, created.out.find('\n'));
    const nlohmann::json doc = nlohmann::json::parse(scratch.run("db export " + id).out);
    CHECK(doc["unit"]["name"] == "Bergen");
    CHECK(doc["years"]["start"] == 2025);
    CHECK(doc["years"]["end"] == 2040);
    CHECK(doc["roles"]["sykepleier"]["fte"].get<double>() > 300); // not Nordre Follo's 95
    CHECK(sumOf(doc["roles"]) > 800);
    CHECK(doc["demography"]["service_rate"]["80+"].get<double>() == Approx(3215.0 / 13907).epsilon(1e-12));
    CHECK(doc["sources"]["demography.service_rate"].get<std::string>().find("SSB tabell 12292") != std::string::npos);
    CHECK(doc["sources"]["roles.sykepleier.fte"].get<std::string>().find("SSB tabell 14534") != std::string::npos);
    const nlohmann::json result = scratch.computed(id);
    const auto& index = result["series"]["demand_index"];
    CHECK(index[10].get<double>() > 1.1);                    // 2035
    CHECK(index[15].get<double>() > index[10].get<double>()); // 2040
    CHECK(scratch.run("validate --id " + id).exitCode == 0);
}

TEST_CASE("db new for Alna, Utsira and Bodø's nursing homes", "[db-new]")
{
    Scratch scratch;
    const nlohmann::json alna = scratch.made("--unit 030112 --name 'Alna – hjemmetjenester'");
    CHECK(alna["name"] == "Alna – hjemmetjenester");
    CHECK(alna["unit"]["level"] == "bydel");
    CHECK(alna["sources"]["demography.service_rate"].get<std::string>().find("Oslo") != std::string::npos);
    CHECK(alna["sources"]["roles.sykepleier.fte"].get<std::string>().find("bydelens andel") != std::string::npos);
    CHECK(alna["roles"]["sykepleier"]["fte"].get<double>() > 40);

    const nlohmann::json utsira = scratch.made("--unit 1151 --years 2025-2035");
    CHECK(utsira["years"]["end"] == 2035);
    CHECK(utsira["sources"]["years"] == "Valgt av brukeren: 2025–2035.");
    const std::string rates = utsira["sources"]["demography.service_rate"];
    CHECK(rates.find("skjermet") != std::string::npos);
    CHECK(rates.find("Rogaland") != std::string::npos);

    const nlohmann::json bodo = scratch.made("--unit 1804 --service-area sykehjem");
    CHECK(bodo["service_area"] == "sykehjem");
    CHECK(bodo["vocabulary"]["age_bands"] == nlohmann::json::array({"0-66", "67-79", "80-89", "90+"}));
    CHECK(bodo["demography"]["service_rate"]["90+"].get<double>() > bodo["demography"]["service_rate"]["80-89"].get<double>());
    CHECK(bodo["roles"].contains("vernepleier"));
}

TEST_CASE("db new refuses, with exit 2 naming the option, what it cannot make", "[db-new]")
{
    Scratch scratch;
    const std::pair<const char*, const char*> refusals[] = {
        {"db new --unit 9999", "--unit"},
        {"db new --unit 46", "--unit"}, // Vestland, a county
        {"db new --unit 4601 --service-area barnehage", "--service-area"},
        {"db new --unit 4601 --years 2040-2030", "--years"},
        {"db new --unit 4601 --years 2025-2101", "--years"},
        {"db new --unit 4601 --years 2025", "--years"},
        {"db new --unit 4601 --years tjue-tretti", "--years"},
        {"db new", "--unit"},
        {"db list --service-area sykehjem", "--service-area"},
    };
    for (const auto& [arguments, option] : refusals) {
        INFO(arguments);
        const GevinstRun r = scratch.run(arguments);
        CHECK(r.exitCode == 2);
        CHECK(r.err.find(option) != std::string::npos);
        CHECK(r.out.empty());
    }
    CHECK(scratch.run("db list").out.find("Bergen") == std::string::npos); // nothing was stored
}

TEST_CASE("service-areas lists the shipped areas with the size of their vocabularies", "[service-areas]")
{
    Scratch scratch;
    const GevinstRun text = scratch.run("service-areas", false);
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("hjemmetjenester") != std::string::npos);
    CHECK(text.out.find("Sykehjem – langtidsopphold") != std::string::npos);
    CHECK(text.out.find("2 tjenesteområder") != std::string::npos);

    const GevinstRun json = scratch.run("service-areas --json", false);
    REQUIRE(json.exitCode == 0);
    const auto list = nlohmann::json::parse(json.out)["service_areas"];
    REQUIRE(list.size() == 2);
    CHECK(list[0]["id"] == "hjemmetjenester");
    CHECK(list[0]["name"] == "Hjemmetjenester");
    CHECK(list[0]["roles"] == 3);
    CHECK(list[0]["categories"] == 5);
    CHECK(list[0]["receivers"] == 4);
    CHECK(list[1]["id"] == "sykehjem");
    CHECK(list[1]["roles"] == 4);
    CHECK(list[1]["categories"] == 6);
    CHECK(list[1]["receivers"] == 5);
    CHECK(list[1]["age_bands"] == nlohmann::json::array({"0-66", "67-79", "80-89", "90+"}));

    CHECK(scratch.run("service-areas extra", false).exitCode == 2);
}
