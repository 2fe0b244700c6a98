#pragma once
// A small synthetic KOSTRA world for the tests of KostraBaseline and UnitScenarioBuilder:
// county 11 with four kommuner (1101 every figure; 1102 only a 2024 total; 1103 one band
// suppressed in 2025 and 380 nurses; 1104 nothing) and Oslo (0301) with two bydeler.
// Population 1 January is the same in 2024, 2025 and 2026.

#include <string>

namespace gevinst::test {

// Population 1 January: the same figures 2024–2026 for every unit.
inline std::string populationCsv()
{
    std::string csv = "year,location_code,location_name,pop_total,pop_0_19,pop_20_66,pop_67_79,pop_80p\n";
    const char* rows[] = {
        "county_nor11,Rogaland,0,0,0,0,0",      "municip_nor1101,Ein,1300,200,800,200,100",
        "municip_nor1102,To,650,100,400,100,50", "municip_nor1103,Tre,2600,400,1600,400,200",
        "municip_nor1104,Fire,130,20,80,20,10",  "municip_nor0301,Oslo-Oslove,11500,2000,8000,1000,500",
        "wardoslo_nor030101,Aust,3300,600,2400,200,100", "wardoslo_nor030102,Vest,2500,400,1600,300,200",
    };
    for (int year = 2024; year <= 2026; ++year)
        for (const char* row : rows)
            csv += std::to_string(year) + "," + row + "\n";
    return csv;
}

// KOSTRA: home care total, 0-66, 67-79, 80+ and nurses; institutions left blank but 1101's.
inline std::string kostraCsv()
{
    std::string csv = "kommunenummer,year,pop_0_66,pop_67_79,pop_80p,pop_total,hc_recipients_total,hc_recipients_0_66,"
                      "hc_recipients_67_79,hc_recipients_80p,hc_67_79_is_derived,nurse_fte_care_services,"
                      "hc_avg_assigned_hours_per_week_home_nursing,residents_24h_staffed_housing,ltc_institution_longterm_total,"
                      "ltc_institution_longterm_0_66,ltc_institution_longterm_67_79,ltc_institution_longterm_80p\n";
    csv += "1101,2024,1000,200,100,1300,60,10,20,30,1,20,5,0,13,1,2,10\n";
    csv += "1101,2025,1000,200,100,1300,60,10,20,30,1,20,5,0,13,,2,10\n";
    csv += "1102,2024,500,100,50,650,10,,,,,5,5,0,,,,\n";
    csv += "1102,2025,500,100,50,650,,,,,,5,,0,,,,\n";
    csv += "1103,2024,2000,400,200,2600,120,20,40,60,1,380,5,0,,,,\n";
    csv += "1103,2025,2000,400,200,2600,120,20,,60,,380,5,0,,,,\n";
    csv += "1104,2024,100,20,10,130,,,,,,,,0,,,,\n";
    csv += "1104,2025,100,20,10,130,,,,,,,,0,,,,\n";
    csv += "0301,2025,10000,1000,500,11500,300,100,100,100,1,200,3,0,,,,\n";
    return csv;
}

} // namespace gevinst::test
