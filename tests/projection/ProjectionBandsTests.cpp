// Age bands of the projection: "N-M" and "N+" from a comma list, checked for range
// and overlap, and summed over single ages with the open group 105+.

#include "ProjectionBands.h"

#include <catch2/catch.hpp>

using namespace gevinst::projection;

namespace {

/// P(a) = a + 1, so Σ_{a=N..M} = (M+1)(M+2)/2 − N(N+1)/2.
AgeProfile ramp()
{
    AgeProfile p{};
    for (int a = 0; a < kAgeCount; ++a)
        p[std::size_t(a)] = a + 1.0;
    return p;
}

double triangle(int first, int last)
{
    return (last + 1.0) * (last + 2.0) / 2.0 - first * (first + 1.0) / 2.0;
}

} // namespace

TEST_CASE("bands: the standard four partition every age", "[projection][bands]")
{
    const ProjectionBands bands = ProjectionBands::standard();
    REQUIRE(bands.size() == 4);
    CHECK(bands.bands()[0].label == "0-19");
    CHECK(bands.bands()[3].label == "80+");
    const auto sums = bands.sums(ramp());
    CHECK(sums[0] == triangle(0, 19));  // 210
    CHECK(sums[1] == triangle(20, 66));
    CHECK(sums[2] == triangle(67, 79));
    CHECK(sums[3] == triangle(80, 105)); // 80 … 104 and 105+
    CHECK(sums[0] + sums[1] + sums[2] + sums[3] == triangle(0, 105));
}

TEST_CASE("bands: the open group 105+ counts once, in bands that reach 105", "[projection][bands]")
{
    auto bands = ProjectionBands::parse("100-104,105-120,0-99");
    REQUIRE(bands.ok());
    const auto sums = bands->sums(ramp());
    CHECK(sums[0] == triangle(100, 104));
    CHECK(sums[1] == 106.0); // P(105) alone
    CHECK(sums[2] == triangle(0, 99));
    auto high = ProjectionBands::parse("90-110,111+");
    REQUIRE(high.ok());
    CHECK(high->sums(ramp())[0] == triangle(90, 105));
    CHECK(high->sums(ramp())[1] == 0.0); // no single ages above 105 in the figures
    CHECK(ProjectionBands::parse("0+")->sums(ramp())[0] == triangle(0, 105));
    CHECK(ProjectionBands::parse("105+")->sums(ramp())[0] == 106.0);
    CHECK(ProjectionBands::parse("7-7")->sums(ramp())[0] == 8.0);
}

TEST_CASE("bands: spaces around bands are ignored and labels are canonical", "[projection][bands]")
{
    auto bands = ProjectionBands::parse(" 0-19 , 67+ ,020-030");
    REQUIRE(bands.ok());
    REQUIRE(bands->size() == 3);
    CHECK(bands->bands()[0].label == "0-19");
    CHECK(bands->bands()[1].label == "67+");
    CHECK(bands->bands()[2].label == "20-30");
    CHECK(ProjectionBands::parse("120-120").ok());
    CHECK(ProjectionBands::parse("120+").ok());
}

TEST_CASE("bands: malformed, out of range and overlapping bands are refused with the band named", "[projection][bands]")
{
    using Kind = ProjectionError::Kind;
    struct Case {
        const char* text;
        Kind kind;
        const char* named;
    };
    const Case cases[] = {
        {"", Kind::NoBands, "no age bands"},
        {"20", Kind::BadBand, "\"20\""},
        {"5-3", Kind::BadBand, "\"5-3\""},
        {"0-121", Kind::BadBand, "\"0-121\""},
        {"121+", Kind::BadBand, "\"121+\""},
        {"a-b", Kind::BadBand, "\"a-b\""},
        {"-1-5", Kind::BadBand, "\"-1-5\""},
        {"1-2-3", Kind::BadBand, "\"1-2-3\""},
        {"0-19,,20-66", Kind::BadBand, "empty"},
        {"0-19,", Kind::BadBand, "empty"},
        {"+", Kind::BadBand, "\"+\""},
        {"1000-1001", Kind::BadBand, "\"1000-1001\""},
        {"0-19,10-30", Kind::OverlappingBands, "\"0-19\" and \"10-30\""},
        {"80+,90-95", Kind::OverlappingBands, "\"80+\" and \"90-95\""},
        {"67-79,79+", Kind::OverlappingBands, "\"67-79\" and \"79+\""},
        {"20-66,20-66", Kind::OverlappingBands, "overlap"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto parsed = ProjectionBands::parse(c.text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == c.kind);
        CHECK_THAT(parsed.error().message(), Catch::Contains(c.named));
    }
}
