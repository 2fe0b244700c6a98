#pragma once
// The SQL of the benefits plans (issue 13), as named constants; values always bound.
// The tables are created by the migration 2 → 3 (LibrarySql.h, kMigrateV2toV3).
// Internal to gevinst_store.

namespace gevinst::store::sql {

#define GEVINST_PLAN_COLUMNS                                                                       \
    "SELECT id, scenario_id, version, approved_by, approved_at, note, green, yellow, superseded_at FROM plan"

inline constexpr const char* kSelectCurrentPlan = GEVINST_PLAN_COLUMNS " WHERE scenario_id = :id AND superseded_at IS NULL";
inline constexpr const char* kSelectPlanHistory = GEVINST_PLAN_COLUMNS " WHERE scenario_id = :id ORDER BY id";

#undef GEVINST_PLAN_COLUMNS

inline constexpr const char* kSupersedePlan =
    "UPDATE plan SET superseded_at = :now WHERE scenario_id = :id AND superseded_at IS NULL";
inline constexpr const char* kInsertPlan =
    "INSERT INTO plan (scenario_id, version, approved_by, approved_at, note, green, yellow)"
    " VALUES (:id, :version, :by, :now, :note, :green, :yellow)";
inline constexpr const char* kUpdatePlanThresholds =
    "UPDATE plan SET green = :green, yellow = :yellow WHERE id = :plan";

#define GEVINST_BENEFIT_COLUMNS                                                                    \
    "SELECT id, scenario_id, key, figure, name, unit, kind, owner_name, owner_position, class, baseline_value," \
    " baseline_date, baseline_source, measured_how, measured_by, notes, created_by, created_at FROM benefit"

inline constexpr const char* kSelectBenefits = GEVINST_BENEFIT_COLUMNS " WHERE scenario_id = :id ORDER BY id";
inline constexpr const char* kSelectBenefit = GEVINST_BENEFIT_COLUMNS " WHERE scenario_id = :id AND key = :key";

#undef GEVINST_BENEFIT_COLUMNS

inline constexpr const char* kBenefitKeyExists = "SELECT COUNT(*) FROM benefit WHERE scenario_id = :id AND key = :key";
inline constexpr const char* kInsertBenefit =
    "INSERT INTO benefit (scenario_id, key, figure, name, unit, kind, owner_name, owner_position, class, baseline_value,"
    " baseline_date, baseline_source, measured_how, measured_by, notes, created_by, created_at)"
    " VALUES (:id, :key, :figure, :name, :unit, :kind, :owner_name, :owner_position, :class, :baseline_value,"
    " :baseline_date, :baseline_source, :measured_how, :measured_by, :notes, :by, :now)";
inline constexpr const char* kUpdateBenefit =
    "UPDATE benefit SET name = :name, unit = :unit, kind = :kind, owner_name = :owner_name, owner_position = :owner_position,"
    " class = :class, baseline_value = :baseline_value, baseline_date = :baseline_date, baseline_source = :baseline_source,"
    " measured_how = :measured_how, measured_by = :measured_by, notes = :notes WHERE id = :benefit";
inline constexpr const char* kDeleteBenefit = "DELETE FROM benefit WHERE id = :benefit";

inline constexpr const char* kSelectTargets =
    "SELECT t.benefit_id, t.year, t.value FROM benefit_target t JOIN benefit b ON b.id = t.benefit_id"
    " WHERE t.plan_id = :plan AND b.scenario_id = :id ORDER BY t.benefit_id, t.year";
inline constexpr const char* kSelectBenefitTargets =
    "SELECT year, value FROM benefit_target WHERE plan_id = :plan AND benefit_id = :benefit ORDER BY year";
inline constexpr const char* kInsertTarget =
    "INSERT INTO benefit_target (plan_id, benefit_id, year, value) VALUES (:plan, :benefit, :year, :value)";
inline constexpr const char* kDeleteBenefitTargets = "DELETE FROM benefit_target WHERE plan_id = :plan AND benefit_id = :benefit";

inline constexpr const char* kSelectActuals =
    "SELECT b.key, a.period, a.value, a.source, a.comment, a.recorded_by, a.recorded_at FROM actual a"
    " JOIN benefit b ON b.id = a.benefit_id WHERE b.scenario_id = :id ORDER BY b.key, a.period_order";
inline constexpr const char* kUpsertActual =
    "INSERT INTO actual (benefit_id, period, period_order, value, source, comment, recorded_by, recorded_at)"
    " VALUES (:benefit, :period, :order, :value, :source, :comment, :by, :now)"
    " ON CONFLICT (benefit_id, period) DO UPDATE SET value = excluded.value, source = excluded.source,"
    " comment = excluded.comment, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at";
inline constexpr const char* kDeleteActual = "DELETE FROM actual WHERE benefit_id = :benefit AND period = :period";

} // namespace gevinst::store::sql
