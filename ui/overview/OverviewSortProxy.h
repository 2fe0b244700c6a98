#pragma once
// Sorting and filtering of Kommunebildet's table: numbers sort as numbers, a row
// without a number (undefined or «mangler data») always last whichever the
// direction, and totals stay above the units. Filters by county, by the units'
// size (inhabitants in the start year) and by level (units or totals).

#include <QSortFilterProxyModel>

namespace gevinst::ui {

class OverviewSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    /// Size classes by inhabitants (the kommuner's; Oslo's bydeler have their own class).
    enum class SizeClass { All, Under5000, From5000, From20000, From50000, OsloBydeler };
    enum class Rows { Units, Totals };

    explicit OverviewSortProxy(QObject* parent = nullptr);

    void setCounty(const QString& countyId); ///< empty: every county
    void setSizeClass(SizeClass size);
    void setRows(Rows rows);
    QString county() const { return county_; }

    /// Whether `inhabitants` of a unit at `level` falls in `size`.
    static bool inSizeClass(SizeClass size, double inhabitants, const QString& level);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString county_;
    SizeClass size_ = SizeClass::All;
    Rows rows_ = Rows::Units;
};

} // namespace gevinst::ui
