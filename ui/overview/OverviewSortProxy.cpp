#include "OverviewSortProxy.h"

#include "OverviewTableModel.h"

namespace gevinst::ui {

using Kind = OverviewTableModel::RowKind;

OverviewSortProxy::OverviewSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void OverviewSortProxy::setCounty(const QString& countyId)
{
    county_ = countyId;
    invalidateFilter();
}

void OverviewSortProxy::setSizeClass(SizeClass size)
{
    size_ = size;
    invalidateFilter();
}

void OverviewSortProxy::setRows(Rows rows)
{
    rows_ = rows;
    invalidateFilter();
}

bool OverviewSortProxy::inSizeClass(SizeClass size, double inhabitants, const QString& level)
{
    const bool bydel = level == QLatin1String("bydel");
    switch (size) {
    case SizeClass::All: return true;
    case SizeClass::OsloBydeler: return bydel;
    case SizeClass::Under5000: return !bydel && inhabitants < 5000;
    case SizeClass::From5000: return !bydel && inhabitants >= 5000 && inhabitants < 20000;
    case SizeClass::From20000: return !bydel && inhabitants >= 20000 && inhabitants < 50000;
    case SizeClass::From50000: return !bydel && inhabitants >= 50000;
    }
    return true;
}

bool OverviewSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = Kind(i.data(OverviewTableModel::RowKindRole).toInt());
    const QString county = i.data(OverviewTableModel::CountyRole).toString();
    if (kind == Kind::Country)
        return true; // the reference every row is read against
    if (!county_.isEmpty() && county != county_)
        return false;
    if (rows_ == Rows::Totals)
        return kind == Kind::County || kind == Kind::OsloBydeler;
    if (kind == Kind::County)
        return !county_.isEmpty(); // the chosen county's total above its units
    if (kind == Kind::OsloBydeler)
        return size_ == SizeClass::OsloBydeler;
    return inSizeClass(size_, i.data(OverviewTableModel::InhabitantsRole).toDouble(),
                       i.data(OverviewTableModel::LevelRole).toString());
}

bool OverviewSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // Totals above the units in either direction (the view reverses for descending).
    const int kl = left.data(OverviewTableModel::RowKindRole).toInt();
    const int kr = right.data(OverviewTableModel::RowKindRole).toInt();
    if (kl != kr)
        return ascending ? kl < kr : kl > kr;
    const QVariant l = left.data(OverviewTableModel::SortRole);
    const QVariant r = right.data(OverviewTableModel::SortRole);
    const bool lNull = !l.isValid();
    const bool rNull = !r.isValid();
    if (lNull || rNull) {
        if (lNull && rNull) { // a stable order among the empty ones: by name
            const int byName = left.siblingAtColumn(OverviewTableModel::ColName).data().toString().localeAwareCompare(
                right.siblingAtColumn(OverviewTableModel::ColName).data().toString());
            return ascending ? byName < 0 : byName > 0;
        }
        return ascending ? rNull : lNull; // nulls last
    }
    if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double)
        return l.toDouble() < r.toDouble();
    return l.toString().localeAwareCompare(r.toString()) < 0;
}

} // namespace gevinst::ui
