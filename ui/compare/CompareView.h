#pragma once
// The comparison view: the user ticks any set of scenarios (across units), picks the
// version of each, and sees their key figures side by side in two views — absolute
// figures, and per 1 000 inhabitants aged 67+ and per base-year FTE — each a table
// («Kopier tabell») over a chart, optionally with the ticked bydeler added up into
// their kommune (spec §5). Columns are named by unit, scenario and version. In a
// narrow window the list lies above the figures, long row labels wrap and legend
// names are cut to the width (whole on hover). With
// nothing ticked it says what to do. The host window hands it the candidate
// scenarios; it computes and owns their results.

#include "Aggregation.h"
#include "Result.h"
#include "Scenario.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace gevinst::ui {

/// One scenario the user may pick: its label in the list (unit and name), the scenario,
/// and — for a library scenario — its version, the versions there are and how to load one.
struct CompareEntry {
    CompareEntry() = default;
    CompareEntry(QString label_, Scenario scenario_) : label(std::move(label_)), scenario(std::move(scenario_)) {}

    QString label;
    Scenario scenario;
    int version = 0;                 ///< 0: not a saved version (e.g. the open scenario's edits)
    std::vector<int> versions;       ///< the versions the user may pick, oldest first
    std::function<std::optional<Scenario>(int version)> loadVersion;
    qint64 scenarioId = 0;           ///< the library's id (0 when none), to keep ticks across reloads
    QString versionText;             ///< overrides "versjon N" in column titles when set
};

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    /// Replaces the scenarios the user can pick from; scenarios ticked before (same
    /// library id or label) stay ticked at the version chosen, if they are still there.
    void setCandidates(std::vector<CompareEntry> entries);
    /// Ticks the candidates at `indices` (others are unticked).
    void setChosen(const std::vector<int>& indices);
    /// Shows version `version` of candidate `index` (a library scenario); false when it cannot be loaded.
    bool setVersion(int index, int version);
    /// The columns shown now: every ticked scenario, then the roll-up when it applies.
    int columnCount() const;
    /// Whether the per-capita view is shown (else the absolute one).
    bool perCapitaShown() const;
    void showPerCapita(bool perCapita);

    /// Narrower than this, the scenario list lies above the figures instead of beside them.
    static constexpr int kNarrowWidth = 900;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Column {
        QString title;        ///< unit, scenario and version on three lines
        QString scenarioName; ///< shown as the header's tooltip
        QString legend;       ///< one line, for chart legends
        const Result* result = nullptr;
        UnitBase base;
    };

    void refresh();
    void addCandidateRow(int index);
    std::vector<Column> columns();
    void fillAbsoluteTable(const std::vector<Column>& columns);
    void fillPerCapitaTable(const std::vector<Column>& columns);
    void fillChart(QCustomPlot& plot, const std::vector<Column>& columns, bool perCapita);
    QString columnTitle(const CompareEntry& entry) const;

    std::vector<CompareEntry> m_entries;
    std::vector<Result> m_results;
    std::optional<RollUp> m_rollUp;
    int m_columnCount = 0;

    QTreeWidget* m_list = nullptr;
    QCheckBox* m_rollUpBox = nullptr;
    QComboBox* m_chartChoice = nullptr;
    QLabel* m_message = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_split = nullptr;
    QLabel* m_empty = nullptr;
    QTabWidget* m_views = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_perCapitaTable = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCustomPlot* m_perCapitaPlot = nullptr;
};

} // namespace gevinst::ui
