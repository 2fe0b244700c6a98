#pragma once
// The comparison view: the user ticks any set of scenarios (across units and
// versions) and sees their key figures side by side in a table and as grouped
// bar charts, optionally per 1 000 inhabitants aged 67+ and per base-year FTE,
// and optionally with the ticked bydeler added up into their kommune (spec §5).
// The host window hands it the candidate scenarios; it computes and owns their results.

#include "Aggregation.h"
#include "Result.h"
#include "Scenario.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QTableWidget;

namespace gevinst::ui {

/// One scenario the user may pick: its label in the list (unit, name, version) and the scenario.
struct CompareEntry {
    QString label;
    Scenario scenario;
};

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    /// Replaces the scenarios the user can pick from; none is ticked.
    void setCandidates(std::vector<CompareEntry> entries);
    /// Ticks the candidates at `indices` (others are unticked).
    void setChosen(const std::vector<int>& indices);
    /// The columns shown now: every ticked scenario, then the roll-up when it applies.
    int columnCount() const;

private:
    struct Column {
        QString title;        ///< the unit's name
        QString scenarioName; ///< shown as the header's tooltip
        const Result* result = nullptr;
        UnitBase base;
    };

    void refresh();
    std::vector<Column> columns();
    void fillTable(const std::vector<Column>& columns);
    void fillChart(const std::vector<Column>& columns);

    std::vector<CompareEntry> m_entries;
    std::vector<Result> m_results;
    std::optional<RollUp> m_rollUp;
    int m_columnCount = 0;

    QListWidget* m_list = nullptr;
    QCheckBox* m_perCapita = nullptr;
    QCheckBox* m_rollUpBox = nullptr;
    QComboBox* m_chartChoice = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QCustomPlot* m_plot = nullptr;
};

} // namespace gevinst::ui
