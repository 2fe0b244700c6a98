#pragma once
// Kommunebildet's table as a Qt model: the country total, the county totals, Oslo's
// bydeler rolled up, then every kommune and bydel; per row its figures in the chosen
// year (model/Overview.h) and, when drawn, P10–P90 of the chosen figure. A unit that
// lacks data says «mangler data» and why (tooltip) instead of a number; an undefined
// figure shows «–» and why. Sort keys are the numbers themselves (UserRole; null
// when there is none); OverviewSortProxy sorts them with nulls last and filters.

#include "Overview.h"

#include <QAbstractTableModel>

namespace gevinst::ui {

class OverviewTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColName, ColId, ColCounty, ColInhabitants, ColFirstFigure };
    static constexpr int kColumnCount = ColFirstFigure + kOverviewFigureCount + 1; ///< + P10–P90
    static constexpr int ColRange = ColFirstFigure + kOverviewFigureCount;

    /// What a row is: totals first when sorted.
    enum class RowKind { Country = 0, County = 1, OsloBydeler = 2, Unit = 3 };
    enum Role {
        SortRole = Qt::UserRole,     ///< double, or an invalid QVariant for none
        RowKindRole,                 ///< int(RowKind)
        CountyRole,                  ///< county id ("03"); the country row: empty
        InhabitantsRole,             ///< double
        UnitIdRole,                  ///< the unit's or total's id
        LevelRole,                   ///< "kommune", "bydel", "fylke", "land", "bydeler"
        MissingRole,                 ///< bool: the unit lacks data
    };

    explicit OverviewTableModel(QObject* parent = nullptr);

    void setOverview(const Overview& overview);
    const Overview& overview() const { return overview_; }
    /// The figure whose P10–P90 the last column shows.
    void setRangeFigure(OverviewFigure figure);
    OverviewFigure rangeFigure() const { return rangeFigure_; }
    /// Whether any row has a ledger figure (otherwise the view hides those columns).
    bool hasLedger() const;
    static OverviewFigure figureOfColumn(int column) { return static_cast<OverviewFigure>(column - ColFirstFigure); }
    static int columnOf(OverviewFigure figure) { return ColFirstFigure + static_cast<int>(figure); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        RowKind kind;
        const OverviewRow* unit = nullptr;     ///< for units
        const OverviewTotal* total = nullptr;  ///< for totals
    };
    const OverviewValues& valuesOf(const Row& row) const;
    const std::optional<OverviewPercentiles>& drawnOf(const Row& row) const;
    QString missingText(const Row& row) const;

    Overview overview_;
    std::vector<Row> rows_;
    OverviewFigure rangeFigure_ = OverviewFigure::GapPer1000Aged67Plus;
};

} // namespace gevinst::ui
