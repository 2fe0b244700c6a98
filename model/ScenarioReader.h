#pragma once
// Reads a `gevinstmodell-scenario/1` or `/2` document (spec §2, §2a) into a typed Scenario and
// validates it. Every problem of the file is reported, each as a FieldError with
// the field path; a scenario is handed out only when there are none.

#include "FieldError.h"
#include "Scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string_view>

namespace gevinst {

/// Limits on what a scenario document may hold.
struct ReaderLimits {
    static constexpr std::size_t maxDocumentBytes = 16u * 1024u * 1024u;
    static constexpr int maxNesting = 64;
    static constexpr int maxYears = 100;
    static constexpr std::size_t maxMeasures = 1000;
    static constexpr std::size_t maxTranches = 100;
    static constexpr std::size_t maxPopulationYears = 300;
    static constexpr std::size_t maxNameLength = 200;
    static constexpr std::size_t maxTextLength = 10000;
    static constexpr int minYear = 1900;
    static constexpr int maxYear = 2300;
    /// Problems reported at most (one more error says how many were left out).
    static constexpr std::size_t maxErrors = 100;
};

struct ReadOutcome {
    std::optional<Scenario> scenario;
    FieldErrors errors;
    bool ok() const { return scenario.has_value(); }
};

class ScenarioReader {
public:
    /// Parses and validates JSON text.
    static ReadOutcome fromText(std::string_view text);
    /// Validates an already parsed document (object keys in document order).
    static ReadOutcome fromJson(const nlohmann::ordered_json& document);
    static ReadOutcome fromJson(const nlohmann::json& document);
    /// Parses JSON text with the nesting limit, refusing a key given twice in one
    /// object; on failure `error` holds a Syntax, TooMany or Duplicate error.
    static std::optional<nlohmann::ordered_json> parse(std::string_view text, FieldError& error);
};

} // namespace gevinst
