#include "OverviewTableModel.h"

#include "NumberText.h"
#include "OverviewFigureText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace gevinst::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString missingKindText(OverviewMissing::Kind kind)
{
    switch (kind) {
    case OverviewMissing::Kind::SuppressedRates:
        return OverviewTableModel::tr("SSB har skjermet kommunens tall for mottakere av tjenester (KOSTRA).");
    case OverviewMissing::Kind::SuppressedNurses:
        return OverviewTableModel::tr("Kommunen har ingen egne tall for sykepleierårsverk (KOSTRA).");
    case OverviewMissing::Kind::NoScenario:
        return OverviewTableModel::tr("Det mangler befolknings- eller KOSTRA-tall til å lage et scenario for enheten.");
    case OverviewMissing::Kind::Failed: return OverviewTableModel::tr("Beregningen feilet for denne enheten.");
    }
    return {};
}

} // namespace

OverviewTableModel::OverviewTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OverviewTableModel::setOverview(const Overview& overview)
{
    beginResetModel();
    overview_ = overview;
    rows_.clear();
    if (!overview_.units.empty() || overview_.country.units > 0) {
        rows_.push_back({RowKind::Country, nullptr, &overview_.country});
        for (const OverviewTotal& county : overview_.counties)
            rows_.push_back({RowKind::County, nullptr, &county});
        if (overview_.osloBydeler)
            rows_.push_back({RowKind::OsloBydeler, nullptr, &*overview_.osloBydeler});
    }
    for (const OverviewRow& unit : overview_.units)
        rows_.push_back({RowKind::Unit, &unit, nullptr});
    endResetModel();
}

void OverviewTableModel::setRangeFigure(OverviewFigure figure)
{
    rangeFigure_ = figure;
    emit headerDataChanged(Qt::Horizontal, ColRange, ColRange);
    if (!rows_.empty())
        emit dataChanged(index(0, ColRange), index(rowCount() - 1, ColRange));
}

bool OverviewTableModel::hasLedger() const
{
    for (const Row& row : rows_)
        for (int f = kFirstOverviewLedgerFigure; f < kOverviewFigureCount; ++f)
            if (valuesOf(row)[std::size_t(f)])
                return true;
    return false;
}

int OverviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int OverviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

const OverviewValues& OverviewTableModel::valuesOf(const Row& row) const
{
    return row.unit ? row.unit->values : row.total->values;
}

const std::optional<OverviewPercentiles>& OverviewTableModel::drawnOf(const Row& row) const
{
    return row.unit ? row.unit->drawn : row.total->drawn;
}

QString OverviewTableModel::missingText(const Row& row) const
{
    if (!row.unit || !row.unit->missing)
        return {};
    const OverviewMissing& m = *row.unit->missing;
    QString text = missingKindText(m.kind);
    // The suppressed figures' notes are data texts (KOSTRA's own words); why a scenario could
    // not be made or computed is the engine's English detail, which the kind's text words.
    const bool dataNote = m.kind == OverviewMissing::Kind::SuppressedRates || m.kind == OverviewMissing::Kind::SuppressedNurses;
    if (dataNote && !m.detail.empty())
        text += QLatin1Char(' ') + qs(m.detail);
    return text + tr(" Tallene vises derfor ikke som enhetens egne (de er med i fylkets og landets sum).");
}

QVariant OverviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const Row& row = rows_[std::size_t(index.row())];
    const int col = index.column();
    const bool missing = row.unit && row.unit->missing;

    switch (role) {
    case RowKindRole: return int(row.kind);
    case CountyRole: return row.unit ? qs(row.unit->countyId) : row.kind == RowKind::County ? qs(row.total->id)
                                                              : row.kind == RowKind::OsloBydeler ? QStringLiteral("03")
                                                                                                 : QString();
    case InhabitantsRole: return row.unit ? row.unit->inhabitants : row.total->inhabitants;
    case UnitIdRole: return row.unit ? qs(row.unit->unit.id) : qs(row.total->id);
    case LevelRole: return row.unit ? qs(row.unit->unit.level) : qs(row.total->level);
    case MissingRole: return missing;
    case Qt::FontRole:
        if (row.kind != RowKind::Unit) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (missing && col >= ColFirstFigure) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (row.kind == RowKind::Country)
            return QBrush(QColor(0xe4, 0xe8, 0xee));
        if (row.kind != RowKind::Unit)
            return QBrush(QColor(0xf1, 0xf3, 0xf6));
        return {};
    case Qt::ForegroundRole:
        if (missing && col >= ColFirstFigure)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::TextAlignmentRole:
        return col >= ColInhabitants ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    default: break;
    }

    if (col == ColName || col == ColId || col == ColCounty) {
        QString text;
        if (col == ColName) {
            if (row.unit)
                text = qs(row.unit->unit.name);
            else if (row.kind == RowKind::Country)
                text = tr("Hele landet");
            else if (row.kind == RowKind::OsloBydeler)
                text = tr("Oslos bydeler i alt");
            else
                text = tr("%1 i alt").arg(qs(row.total->name));
        } else if (col == ColId) {
            text = row.unit ? qs(row.unit->unit.id) : row.kind == RowKind::County ? qs(row.total->id) : QString();
        } else {
            text = row.unit ? qs(row.unit->countyName) : row.kind == RowKind::County ? qs(row.total->name) : QString();
        }
        if (role == Qt::DisplayRole || role == SortRole)
            return text;
        if (role == Qt::ToolTipRole && col == ColName) {
            if (row.unit)
                return row.unit->unit.level == "bydel" ? tr("Bydel i %1").arg(qs(row.unit->countyName))
                                                       : tr("Kommune i %1").arg(qs(row.unit->countyName));
            QString tip = tr("Sum av %n enheter etter reglene for sammenslåing (nøkkeltall regnes av summene).", nullptr,
                             row.total->units);
            if (row.total->unitsMissing > 0)
                tip += QLatin1Char(' ') + tr("%n av dem mangler egne tall; de er med med reservetall (fylkets eller landets).",
                                             nullptr, row.total->unitsMissing);
            if (row.total->unitsFailed > 0)
                tip += QLatin1Char(' ') + tr("%n enheter kunne ikke beregnes og er ikke med.", nullptr, row.total->unitsFailed);
            if (row.kind == RowKind::OsloBydeler)
                tip += QLatin1Char(' ') + tr("Vises ved siden av Oslo kommunes egen rad og telles ikke med i landet.");
            return tip;
        }
        return {};
    }

    if (col == ColInhabitants) {
        const double n = row.unit ? row.unit->inhabitants : row.total->inhabitants;
        if (role == Qt::DisplayRole)
            return n > 0 ? io::NumberText::number(n, 0) : io::NumberText::missing();
        if (role == SortRole)
            return n > 0 ? QVariant(n) : QVariant();
        return {};
    }

    if (col == ColRange) {
        const auto& drawn = drawnOf(row);
        const std::size_t f = std::size_t(rangeFigure_);
        const bool has = drawn && drawn->p10()[f] && drawn->p90()[f];
        if (role == Qt::DisplayRole) {
            if (missing)
                return tr("mangler data");
            if (!drawn)
                return QString();
            return has ? QStringLiteral("%1 – %2").arg(OverviewFigureText::cell(rangeFigure_, *drawn->p10()[f]),
                                                       OverviewFigureText::cell(rangeFigure_, *drawn->p90()[f]))
                       : io::NumberText::missing();
        }
        if (role == SortRole)
            return has ? QVariant(*drawn->p90()[f] - *drawn->p10()[f]) : QVariant();
        if (role == Qt::ToolTipRole) {
            if (missing)
                return missingText(row);
            if (has)
                return tr("P10 %1, P50 %2, P90 %3 over %n trekk", nullptr, overview_.draws)
                    .arg(OverviewFigureText::withUnit(rangeFigure_, *drawn->p10()[f]),
                         drawn->p50()[f] ? OverviewFigureText::withUnit(rangeFigure_, *drawn->p50()[f]) : io::NumberText::missing(),
                         OverviewFigureText::withUnit(rangeFigure_, *drawn->p90()[f]));
        }
        return {};
    }

    const OverviewFigure figure = figureOfColumn(col);
    const std::optional<double>& value = valuesOf(row)[std::size_t(figure)];
    switch (role) {
    case Qt::DisplayRole:
        if (missing)
            return tr("mangler data");
        return value ? OverviewFigureText::cell(figure, *value) : io::NumberText::missing();
    case SortRole: return value ? QVariant(*value) : QVariant();
    case Qt::ToolTipRole: {
        if (missing)
            return missingText(row);
        if (!value)
            return OverviewFigureText::whyUndefined(figure);
        QString tip = OverviewFigureText::withUnit(figure, *value);
        if (const auto& drawn = drawnOf(row); drawn && drawn->p10()[std::size_t(figure)] && drawn->p90()[std::size_t(figure)])
            tip += QLatin1Char('\n') + tr("P10–P90: %1 – %2")
                                           .arg(OverviewFigureText::withUnit(figure, *drawn->p10()[std::size_t(figure)]),
                                                OverviewFigureText::withUnit(figure, *drawn->p90()[std::size_t(figure)]));
        return tip;
    }
    default: return {};
    }
}

QVariant OverviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ColName: return tr("Enhet");
        case ColId: return tr("Nr.");
        case ColCounty: return tr("Fylke");
        case ColInhabitants: return tr("Innbyggere\n(startår)");
        case ColRange: return tr("P10–P90\n%1").arg(OverviewFigureText::header(rangeFigure_).section(QLatin1Char('\n'), 0, 0));
        default: return OverviewFigureText::header(figureOfColumn(section));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section >= ColFirstFigure && section < ColRange) {
            const OverviewFigure f = figureOfColumn(section);
            const bool perYear = f == OverviewFigure::GapFte || f == OverviewFigure::GapPer1000Aged67Plus ||
                                 f == OverviewFigure::GapClosedShare || f == OverviewFigure::FreedFte;
            return perYear ? tr("%1 i %2").arg(OverviewFigureText::title(f)).arg(overview_.year)
                           : tr("%1 over hele tidshorisonten").arg(OverviewFigureText::title(f));
        }
        if (section == ColRange)
            return tr("10- og 90-persentilen av det valgte tallet over Monte Carlo-trekkene");
    }
    return {};
}

} // namespace gevinst::ui
