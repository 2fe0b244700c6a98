#pragma once
// Reads persons by single year of age per unit for the population projection: SSB
// statbank CSV exports of tables 07459 (kommuner, region "K-3207 Nordre Follo") and
// 10826 (bydeler, region "030112a Alna"), Latin-1 or UTF-8, semicolon, title lines,
// one year column; and the shipped population-single-age-2019.csv (UTF-8, comma,
// year,region_type,code,name,age,persons,…). Units are keyed by their number:
// "3207", "030112", "460101". Every unit read must have every age 0 … 104 and 105+.

#include "AgeProfile.h"
#include "ProjectionError.h"

#include <map>
#include <string>
#include <string_view>

namespace gevinst::projection {

/// Persons by age for each unit number.
using PersonsByUnit = std::map<std::string, AgeProfile, std::less<>>;

class SingleAgeReader {
public:
    /// A statbank export of 07459 or 10826 with one year. Skipped: "K-Rest…" and other
    /// regions without a number, and the districts of earlier divisions (a period of
    /// years in brackets, like "030112 Manglerud (1988-2003)", unlike "K-1818 Herøy
    /// (Nordland)"); a district's letter suffix is dropped ("030112a" → "030112").
    /// `label` names the file in errors.
    static ProjectionOutcome<PersonsByUnit> readStatbankCsv(std::string_view text, std::string_view label);
    /// The shipped population-single-age-2019.csv: rows with region_type "kommune" or
    /// "oslo_bydel" (not "oslo_other"); fractional persons allowed (split kommuner).
    static ProjectionOutcome<PersonsByUnit> readRegisterCsv(std::string_view text, std::string_view label);
};

} // namespace gevinst::projection
