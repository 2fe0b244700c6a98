#pragma once
// The plan view's tables (issue 13), filled from an evaluated plan: the plan itself (one
// row per benefit — owner, DFØ class, baseline, latest status — with a row per period
// under it: planned, actual, deviation, realised share, status, forecast), the benefits
// by owner, and the approval history. A status is a coloured cell with its word, so it
// still reads in grey.

#include "PlanEvaluation.h"

#include <QCoreApplication>

class QTreeWidget;
class QTreeWidgetItem;

namespace gevinst::ui {

class PlanTables {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::PlanTables)
public:
    enum PlanColumn {
        Name, Owner, Class, Baseline, Planned, Actual, Deviation, Share, StatusColumn, Forecast, PlanColumnCount
    };
    /// Item data role holding a row's benefit key (on column 0 of every row).
    static constexpr int KeyRole = Qt::UserRole;
    /// Item data role holding a period row's Period::order() (−1 on a benefit's row).
    static constexpr int PeriodRole = Qt::UserRole + 1;

    static void setUpPlan(QTreeWidget* tree);
    static void fillPlan(QTreeWidget* tree, const plan::PlanReportData& report);
    static void setUpOwners(QTreeWidget* tree);
    static void fillOwners(QTreeWidget* tree, const plan::PlanReportData& report);
    static void setUpHistory(QTreeWidget* tree);
    static void fillHistory(QTreeWidget* tree, const plan::PlanData& data);
    /// Colours `column` of `item` by `status` and writes its word.
    static void setStatus(QTreeWidgetItem* item, int column, plan::Status status);
    /// "2 345 kr (31.1.2026)" or "–".
    static QString baseline(const plan::Benefit& benefit);
};

} // namespace gevinst::ui
