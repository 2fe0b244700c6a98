#pragma once
// The typed scenario of spec §2: every input of one calculation. Read from the
// `gevinstmodell-scenario/1` document by ScenarioReader, written back by
// ScenarioWriter. Money in NOK (fixed prices of the start year), shares in 0..1,
// hours per year. A role or receiver that the file omits has `present == false`
// and all zeros.

#include "Vocabulary.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gevinst {

inline constexpr const char* kScenarioFormat = "gevinstmodell-scenario/1";

struct UnitRef {
    std::string id;
    std::string name;
    std::string level; ///< "kommune" or "bydel"
    std::optional<std::string> parent;
};

struct PopulationYear {
    int year = 0;
    std::array<double, kAgeBandCount> byBand{};
};

struct RoleInput {
    bool present = false;
    double fte = 0;
    double annualCostNok = 0;
    std::array<double, kCategoryCount> taskShares{};
};

struct SharingMeasure {
    Role from = Role::Sykepleier;
    TaskCategory category = TaskCategory::Kjoring;
    Receiver to = Receiver::Oppgavemedarbeider;
    double share = 0;
};

struct Ramp {
    int startYear = 0;
    double yearsToFull = 1;
};

struct TaskWorkerReceiver {
    bool present = false;
    double annualCostNok = 0;
    double timeFactor = 1;
    double positionShare = 1;
    double turnover = 0;
};

struct VolunteerReceiver {
    bool present = false;
    double timeFactor = 1;
    double coordinationCostPerHourNok = 0;
};

struct TechnologyReceiver {
    bool present = false;
    double costPerShiftedHourNok = 0;
};

struct HealthWorkerReceiver {
    bool present = false;
    double timeFactor = 1;
};

struct Receivers {
    TaskWorkerReceiver oppgavemedarbeider;
    VolunteerReceiver frivillig;
    TechnologyReceiver teknologi;
    HealthWorkerReceiver helsefagarbeider;

    bool present(Receiver r) const;
    /// Hours the receiver puts in per shifted hour; 0 for technology.
    double timeFactor(Receiver r) const;
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

/// low ≤ mode ≤ high for one numeric input (spec §6).
struct Range {
    double low = 0;
    double mode = 0;
    double high = 0;
};

struct Scenario {
    std::string name;
    UnitRef unit;
    std::string serviceArea;
    int startYear = 0;
    int endYear = 0;
    double discountRate = 0;
    double hoursPerFte = 0;
    std::vector<PopulationYear> population; ///< sorted by year, no duplicates
    std::array<double, kAgeBandCount> serviceRate{};
    double staffGrowthPerYear = 0;
    std::array<RoleInput, kRoleCount> roles{};
    std::vector<SharingMeasure> sharing;
    Ramp ramp;
    Receivers receivers;
    Recruitment recruitment;
    Hub hub;
    double budgetShareOfFreedCapacity = 0;
    std::map<std::string, std::string> sources;     ///< field path → provenance
    std::map<std::string, Range> uncertainty;       ///< field path → range

    int yearCount() const { return endYear - startYear + 1; }
    const RoleInput& role(Role r) const { return roles[index(r)]; }
    RoleInput& role(Role r) { return roles[index(r)]; }
};

} // namespace gevinst
