#pragma once
// The typed scenario of spec §2 and §2a: every input of one calculation, shaped by
// the scenario's own vocabulary. Read from a `gevinstmodell-scenario/1` or `/2`
// document by ScenarioReader (format 1 with the standard vocabulary), written back
// by ScenarioWriter. Money in NOK (fixed prices of the start year), shares in 0..1,
// hours per year. Roles, receivers, age bands and categories are indexed as in
// `vocabulary`; a role or receiver that the file omits has `present == false` and
// all zeros.

#include "Vocabulary.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gevinst {

inline constexpr const char* kScenarioFormat1 = "gevinstmodell-scenario/1";
inline constexpr const char* kScenarioFormat2 = "gevinstmodell-scenario/2";

struct UnitRef {
    std::string id;
    std::string name;
    std::string level; ///< "kommune" or "bydel"
    std::optional<std::string> parent;
};

struct PopulationYear {
    int year = 0;
    std::vector<double> byBand; ///< one value per vocabulary age band
};

struct RoleInput {
    bool present = false;
    double fte = 0;
    double annualCostNok = 0;
    std::vector<double> taskShares; ///< one value per vocabulary category
};

struct SharingMeasure {
    int from = 0;     ///< role index
    int category = 0; ///< category index
    int to = 0;       ///< receiver index
    double share = 0;
};

struct Ramp {
    int startYear = 0;
    double yearsToFull = 1;
};

/// The parameters of one receiver; which of them apply follows its kind (spec §2a).
struct ReceiverInput {
    bool present = false;
    double annualCostNok = 0;              ///< task_worker
    double timeFactor = 1;                 ///< task_worker, volunteer, role
    double positionShare = 1;              ///< task_worker
    double turnover = 0;                   ///< task_worker
    double coordinationCostPerHourNok = 0; ///< volunteer
    double costPerShiftedHourNok = 0;      ///< technology
};

struct SubsidyTranche {
    double months = 0;
    double rate = 0;
};

struct WageSubsidy {
    double eligibleShare = 0;
    std::vector<SubsidyTranche> schedule;
};

struct MentorSubsidy {
    double eligibleShare = 0;
    double hoursPerWeek = 0;
    double hourlyRateNok = 0;
    double months = 0;
};

struct SocialAssistance {
    double shareOfHiresOnAssistance = 0;
    double annualAssistancePerPersonNok = 0;
    double reductionWhenEmployed = 0;
};

struct Recruitment {
    double shareFromNav = 0;
    double trainingCostPerHireNok = 0;
    WageSubsidy wageSubsidy;
    MentorSubsidy mentorSubsidy;
    SocialAssistance socialAssistance;
};

struct Hub {
    double coordinatorFte = 0;
    double annualCostPerFteNok = 0;
    double oneOffCostNok = 0;
    int oneOffYear = 0;
};

/// Where freed capacity saves money (spec §3, realisation.basis).
enum class RealisationBasis { All, Gap };

struct Realisation {
    double budgetShareOfFreedCapacity = 0;
    RealisationBasis basis = RealisationBasis::Gap;
    bool basisGiven = false; ///< the file wrote `basis` (else the format's default)
};

/// The optional `ledger` block of spec §7; every field defaults to 0.
struct LedgerInput {
    bool present = false;
    double taskWorkerAnnualWageNok = 0;
    double municipalTaxRate = 0;
    double stateTaxRate = 0;
    double employerTaxRate = 0;
    double shareOfHiresOnStateBenefits = 0;
    double annualBenefitPerPersonNok = 0;
    double benefitReductionWhenEmployed = 0;
    double taxFinancingRate = 0;
};

/// low ≤ mode ≤ high for one numeric input (spec §6).
struct Range {
    double low = 0;
    double mode = 0;
    double high = 0;
};

/// A scenario's own names for its ids (format 2's optional `labels`, as in a service
/// area's file): language key ("nb", "en", "nb_short", "en_short") → id → name. The
/// names a user types for roles, categories and receivers added in the editor.
using ScenarioLabels = std::map<std::string, std::map<std::string, std::string>>;

struct Scenario {
    int format = 2;                ///< the format the document was read from
    std::string name;
    UnitRef unit;
    std::string serviceArea;
    int startYear = 0;
    int endYear = 0;
    double discountRate = 0;
    double hoursPerFte = 0;
    Vocabulary vocabulary = Vocabulary::standard();
    std::vector<PopulationYear> population; ///< sorted by year, no duplicates
    std::vector<double> serviceRate;        ///< one value per age band
    double staffGrowthPerYear = 0;
    std::vector<RoleInput> roles;           ///< one per vocabulary role
    std::vector<SharingMeasure> sharing;
    Ramp ramp;
    std::vector<ReceiverInput> receivers;   ///< one per vocabulary receiver
    Recruitment recruitment;
    Hub hub;
    Realisation realisation;
    LedgerInput ledger;
    std::map<std::string, std::string> sources;     ///< field path → provenance
    std::map<std::string, Range> uncertainty;       ///< field path → range
    ScenarioLabels labels;                          ///< names of its own ids (format 2 only)

    int yearCount() const { return endYear - startYear + 1; }
    /// Sizes the per-vocabulary vectors to the vocabulary (new entries empty).
    void fitToVocabulary();
    const RoleInput& role(int r) const { return roles[static_cast<std::size_t>(r)]; }
    const ReceiverInput& receiver(int k) const { return receivers[static_cast<std::size_t>(k)]; }
};

/// The role whose annual cost the price of a freed FTE is set beside: the present
/// professional role with the highest annual cost (the nurse in home care); -1 if none.
int comparisonRole(const Scenario& scenario);

} // namespace gevinst
