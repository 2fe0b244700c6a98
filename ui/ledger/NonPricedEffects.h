#pragma once
// The effects of spec §7 that the ledger does not price, read from a result:
// utilisation before → after per role, extra recipients served in the last year,
// and the people hired through NAV still in work in the last year. Each as a
// plain Norwegian line for the «Hvem betaler – hvem får» view and the report.

#include "Result.h"
#include "Scenario.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gevinst::ui {

class NonPricedEffects {
public:
    struct RoleChange {
        std::string roleId;
        double before = 0;
        double after = 0;
    };
    /// How the people in work are counted, from what the result holds.
    enum class PeopleBasis {
        Persons,       ///< state_benefit_savings / (share on benefits × benefit × reduction): persons
        FullTimeEquivalents, ///< new_wage_base / annual wage: full-time equivalents
        HiredNoTurnover, ///< Σ nav_hires over the horizon, before anyone leaves
    };

    static NonPricedEffects of(const Scenario& scenario, const Result& result);

    /// One line per effect, Norwegian.
    QStringList lines() const;

    int lastYear = 0;
    std::vector<RoleChange> utilisation;
    std::optional<double> extraRecipients; ///< last year; none when undefined
    double peopleInWork = 0;               ///< last year, see basis
    PeopleBasis basis = PeopleBasis::HiredNoTurnover;

private:
    std::string m_serviceArea;
    int m_firstYear = 0;
};

} // namespace gevinst::ui
