#pragma once
// The benefits plans of a scenario library (issue 13): approvals of a version as the plan
// («vedtatt plan») with their history, the benefits with owner, baseline and targets,
// and the actuals per period. A view on an open ScenarioLibrary's connection (use it
// from the same thread, while the library lives). One transaction per action; every
// change is all or nothing. Targets of model figures are computed here, at approval,
// from the approved version (Engine + FigureCatalogue), and never change afterwards.
//
// Rules kept here (the window and the command line only word the errors):
// - one current plan per scenario; approving again supersedes it (history kept);
// - a scenario with a plan cannot be moved to the trash or deleted (ScenarioLibrary
//   refuses with StoreError::Kind::Conflict, field "approved_plan"); versions are
//   immutable anyway, so the approved version can never be edited or deleted;
// - benefits need a current plan; actuals need the benefit (key) to exist.

#include "PlanTypes.h"
#include "StoreResult.h"

#include <QString>

#include <optional>
#include <vector>

namespace gevinst::store {

class ScenarioLibrary;

class PlanLibrary {
public:
    explicit PlanLibrary(ScenarioLibrary& library);

    /// The OS user's login name (getpwuid, else $USER / $USERNAME), "ukjent" when none is
    /// known: who approves, saves and records in a file library. On a server library it is
    /// the database user instead (ScenarioLibrary::userName()).
    static QString currentUser();

    /// Approves `version` (default: the newest) of a live scenario as its plan; the
    /// previous current plan (if any) is superseded and kept. Every existing benefit gets
    /// targets for the new plan: model figures from the approved version's computed
    /// values, custom indicators copied from the previous plan. `thresholds` default to
    /// the previous plan's (or 0.9 / 0.7). NotFound for an unknown scenario or version;
    /// InvalidInput (field "version") for a version that does not compute, (field
    /// "thresholds") for thresholds not 0 < yellow ≤ green.
    StoreResult<plan::PlanRecord> approve(qint64 scenarioId, std::optional<int> version = std::nullopt, const QString& note = {},
                                          std::optional<plan::Thresholds> thresholds = std::nullopt);
    /// The current plan, or nullopt when the scenario has none. NotFound for an unknown scenario.
    StoreResult<std::optional<plan::PlanRecord>> currentPlan(qint64 scenarioId) const;
    /// Every approval, oldest first.
    StoreResult<std::vector<plan::PlanRecord>> planHistory(qint64 scenarioId) const;
    /// Changes the current plan's thresholds (InvalidInput "thresholds" unless 0 < yellow ≤ green).
    StoreResult<void> setThresholds(qint64 scenarioId, const plan::Thresholds& thresholds);

    /// Adds a benefit to the current plan and returns it (with its targets). The key is
    /// the figure id (custom: its key), with "-2", "-3", … when the scenario already has
    /// it. Refusals (InvalidInput, field named): no current plan ("plan"), a figure the
    /// approved version does not offer ("figure"), a custom indicator without name or
    /// targets ("name", "target"), targets given for a model figure ("target"), an
    /// empty owner ("owner"), a bad baseline date ("baseline_date", YYYY-MM-DD).
    StoreResult<plan::Benefit> addBenefit(qint64 scenarioId, const plan::BenefitInput& input);
    /// Changes a benefit's description (name, unit, owner, class, baseline, measuring,
    /// notes; custom: its targets in the current plan). The figure cannot change, nor the
    /// targets of a model figure (input.figure must be the benefit's or empty).
    StoreResult<plan::Benefit> updateBenefit(qint64 scenarioId, const QString& key, const plan::BenefitInput& input);
    /// Removes a benefit with its targets and actuals.
    StoreResult<void> removeBenefit(qint64 scenarioId, const QString& key);
    /// The scenario's benefits with the targets of `planId` (default: the current plan), in the order added.
    StoreResult<std::vector<plan::Benefit>> benefits(qint64 scenarioId, std::optional<qint64> planId = std::nullopt) const;

    /// Records actuals all or nothing (replacing an earlier value of the same benefit
    /// and period): an unknown benefit key is InvalidInput naming the row's line and
    /// column "gevinst", a duplicate benefit+period in the rows names the second line.
    /// Returns the number of rows stored.
    StoreResult<int> recordActuals(qint64 scenarioId, const std::vector<plan::ActualInput>& rows);
    /// Removes the actual of `key` in `period` (NotFound when there is none).
    StoreResult<void> removeActual(qint64 scenarioId, const QString& key, const plan::Period& period);
    /// Every actual of the scenario, ordered by benefit key then period.
    StoreResult<std::vector<plan::Actual>> actuals(qint64 scenarioId) const;

    /// The current plan with benefits, actuals and history; NotFound (field "plan") when the scenario has no plan.
    StoreResult<plan::PlanData> planData(qint64 scenarioId) const;

private:
    ScenarioLibrary& m_library;
};

} // namespace gevinst::store
