#pragma once
// Writes a Result as the `gevinstmodell-result/1` document of spec §4 with the
// ledger of §7: plain, unrounded JSON numbers, null where a value is undefined.

#include "Result.h"

#include <nlohmann/json.hpp>

namespace gevinst {

class ResultWriter {
public:
    static nlohmann::ordered_json toJson(const Result& result);
    /// The "series", "utilisation" and "summary" parts alone (used by Monte Carlo output).
    static nlohmann::ordered_json seriesJson(const Result& result);
    static nlohmann::ordered_json utilisationJson(const Result& result);
    static nlohmann::ordered_json summaryJson(const Summary& summary);
    /// The "ledger" object of spec §7.
    static nlohmann::ordered_json ledgerJson(const Result& result);
    static nlohmann::ordered_json unitJson(const UnitRef& unit);
};

} // namespace gevinst
