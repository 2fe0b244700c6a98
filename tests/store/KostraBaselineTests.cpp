// KostraBaseline on a small synthetic county (11) and Oslo with two bydeler, every
// figure checkable by hand: own rates, a band derived from the total, a unit whose
// age split is suppressed (own total spread by the county's rates), a unit with no
// figures (the county's rate), nurse FTE from the county, and a bydel's share of Oslo.

#include "KostraBaseline.h"
#include "KostraSynthetic.h"

#include <catch2/catch.hpp>

#include <string>

using namespace gevinst::baseline;

namespace {

constexpr double kTolerance = 1e-9;

KostraBaseline synthetic()
{
    auto loaded = KostraBaseline::fromTexts(gevinst::test::kostraCsv(), gevinst::test::populationCsv());
    INFO((loaded ? std::string() : loaded.error().message()));
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
}

} // namespace

TEST_CASE("a kommune with every figure gets its own rates: recipients 31.12 over persons 1.1 the year after", "[kostra]")
{
    const auto b = *synthetic().forUnit("1101", KostraService::HomeCare);
    CHECK(b.rates[0].rate == Approx(10.0 / 1000).epsilon(kTolerance));
    CHECK(b.rates[1].rate == Approx(20.0 / 200).epsilon(kTolerance));
    CHECK(b.rates[2].rate == Approx(30.0 / 100).epsilon(kTolerance));
    for (const auto& r : b.rates) {
        CHECK(r.basis == RateBasis::Own);
        CHECK(r.year == 2025);
        CHECK(r.note.find("SSB tabell 12292") != std::string::npos);
        CHECK(r.note.find("1.1.2026") != std::string::npos);
    }
    CHECK(b.rates[2].note.find("30 mottakere av hjemmetjenester 31.12.2025") != std::string::npos);
    CHECK(b.nurseFte == 20);
    CHECK(b.nurseYear == 2025);
    CHECK(b.nurseBasis == RateBasis::Own);
    CHECK(b.nurseNote.find("SSB tabell 14534") != std::string::npos);
    CHECK(b.recipients == Approx(60).epsilon(kTolerance));
    CHECK(b.osloShare == 1);
}

TEST_CASE("one suppressed band is the total minus the others", "[kostra]")
{
    const auto b = *synthetic().forUnit("1103", KostraService::HomeCare);
    CHECK(b.rates[1].basis == RateBasis::Derived);
    CHECK(b.rates[1].rate == Approx((120.0 - 20 - 60) / 400).epsilon(kTolerance));
    CHECK(b.rates[1].note.find("skjermet") != std::string::npos);
    CHECK(b.rates[0].basis == RateBasis::Own);
}

TEST_CASE("a unit whose age split is suppressed spreads its own total by the county's rates", "[kostra]")
{
    // 1102: nothing in 2025; in 2024 the total 10 without bands. The county's 2024 rates
    // (1101 and 1103): 0-66 30/3000, 67-79 60/600, 80+ 90/300 → weights 5, 10, 15 of 30.
    const auto b = *synthetic().forUnit("1102", KostraService::HomeCare);
    for (const auto& r : b.rates) {
        CHECK(r.basis == RateBasis::SplitOfOwnTotal);
        CHECK(r.year == 2024);
        CHECK(r.note.find("Rogaland (fylke 11)") != std::string::npos);
    }
    CHECK(b.rates[0].recipients == Approx(10.0 * 5 / 30).epsilon(kTolerance));
    CHECK(b.rates[0].rate == Approx(10.0 * 5 / 30 / 500).epsilon(kTolerance));
    CHECK(b.rates[1].rate == Approx(10.0 * 10 / 30 / 100).epsilon(kTolerance));
    CHECK(b.rates[2].rate == Approx(10.0 * 15 / 30 / 50).epsilon(kTolerance));
    CHECK(b.recipients == Approx(10).epsilon(kTolerance));
    CHECK(b.nurseFte == 5);
}

TEST_CASE("a unit without any figure takes the county's rate and the county's nurses per inhabitant", "[kostra]")
{
    // County 2025: 0-66 (10+20)/(1000+2000); 67-79 (20+40)/(200+400) with 1103's derived;
    // 80+ (30+60)/(100+200). 1102 has no 2025 counts and does not count.
    const auto b = *synthetic().forUnit("1104", KostraService::HomeCare);
    CHECK(b.rates[0].basis == RateBasis::County);
    CHECK(b.rates[0].rate == Approx(30.0 / 3000).epsilon(kTolerance));
    CHECK(b.rates[1].rate == Approx(60.0 / 600).epsilon(kTolerance));
    CHECK(b.rates[2].rate == Approx(90.0 / 300).epsilon(kTolerance));
    CHECK(b.rates[2].note.find("dekningsgraden i Rogaland (fylke 11)") != std::string::npos);
    // Nurses: (20 + 5 + 380) / (1300 + 650 + 2600) per inhabitant × 130.
    CHECK(b.nurseFte == Approx(405.0 / 4550 * 130).epsilon(kTolerance));
    CHECK(b.nurseBasis == RateBasis::County);
    CHECK(b.nurseNote.find("Rogaland") != std::string::npos);
}

TEST_CASE("the nursing-home count: suppressed 0-66 derived from the total", "[kostra]")
{
    const auto b = *synthetic().forUnit("1101", KostraService::NursingHome);
    CHECK(b.rates[0].basis == RateBasis::Derived); // 2025: 13 − 2 − 10
    CHECK(b.rates[0].rate == Approx(1.0 / 1000).epsilon(kTolerance));
    CHECK(b.rates[2].rate == Approx(10.0 / 100).epsilon(kTolerance));
    CHECK(b.rates[2].note.find("beboere med langtidsopphold") != std::string::npos);
}

TEST_CASE("an Oslo bydel gets Oslo's rates and its share of Oslo's nurses", "[kostra]")
{
    const KostraBaseline data = synthetic();
    // Oslo: 0.01, 0.1, 0.2. Aust: 0.01·3000 + 0.1·200 + 0.2·100 = 70 of Oslo's 300.
    const auto aust = *data.forUnit("030101", KostraService::HomeCare);
    CHECK(aust.kommuneId == "0301");
    CHECK(aust.rates[2].rate == Approx(0.2).epsilon(kTolerance));
    CHECK(aust.rates[2].note.find("Oslo kommunes dekningsgrad") != std::string::npos);
    CHECK(aust.recipients == Approx(70).epsilon(kTolerance));
    CHECK(aust.osloShare == Approx(70.0 / 300).epsilon(kTolerance));
    CHECK(aust.nurseFte == Approx(200.0 * 70 / 300).epsilon(kTolerance));
    CHECK(aust.nurseNote.find("bydelens andel") != std::string::npos);
    const auto vest = *data.forUnit("030102", KostraService::HomeCare);
    CHECK(vest.nurseFte == Approx(200.0 * 90 / 300).epsilon(kTolerance));
}

TEST_CASE("units KOSTRA does not cover, and files that do not read", "[kostra]")
{
    const KostraBaseline data = synthetic();
    CHECK_FALSE(data.forUnit("11", KostraService::HomeCare));
    CHECK_FALSE(data.forUnit("9999", KostraService::HomeCare));
    CHECK_FALSE(data.forUnit("460101", KostraService::HomeCare));
    CHECK(data.years() == std::vector<int>{2025, 2024});
    CHECK(data.nameOf("0301") == "Oslo");

    auto bad = KostraBaseline::fromTexts("kommunenummer,year\n1101,2025\n", gevinst::test::populationCsv());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().find("no column hc_recipients_total") != std::string::npos);
    std::string negative = gevinst::test::kostraCsv();
    negative.replace(negative.find("1101,2024,1000,200,100,1300,60"), 30, "1101,2024,1000,200,100,1300,-6");
    auto refused = KostraBaseline::fromTexts(negative, gevinst::test::populationCsv());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().find(":2:") != std::string::npos);
}

TEST_CASE("the shipped KOSTRA file: every kommune of 2024 and Oslo's bydeler are covered", "[kostra]")
{
    auto loaded = KostraBaseline::load(std::string(GEVINST_SOURCE_DIR) + "/resources/data");
    REQUIRE(loaded.ok());
    int kommuner = 0;
    for (const char* id : {"0301", "4601", "3207", "1151", "1804", "030112", "030101", "030115"}) {
        INFO(id);
        const auto b = loaded->forUnit(id, KostraService::HomeCare);
        REQUIRE(b);
        CHECK(b->recipients > 0);
        CHECK(b->nurseFte > 0);
        ++kommuner;
    }
    CHECK(kommuner == 8);
    // Bergen 31.12.2025 over 1.1.2026 (SSB 12292, 07459).
    const auto bergen = *loaded->forUnit("4601", KostraService::HomeCare);
    CHECK(bergen.rates[0].rate == Approx(4032.0 / (61479 + 188755)).epsilon(1e-12));
    CHECK(bergen.rates[1].rate == Approx(1615.0 / 30719).epsilon(1e-12));
    CHECK(bergen.rates[2].rate == Approx(3215.0 / 13907).epsilon(1e-12));
    CHECK(bergen.nurseFte == 1531);
}
