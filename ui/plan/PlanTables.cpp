#include "PlanTables.h"

#include "NumberText.h"
#include "PlanValueText.h"

#include <QDate>
#include <QHeaderView>
#include <QTreeWidget>

#include <algorithm>

namespace gevinst::ui {

namespace {

QString dateTime(const QDateTime& utc)
{
    return io::NumberText::dateTime(utc.toLocalTime());
}

QString owner(const plan::Benefit& b)
{
    return b.ownerPosition.isEmpty() ? b.ownerName : QStringLiteral("%1 (%2)").arg(b.ownerName, b.ownerPosition);
}

void alignRight(QTreeWidgetItem* item, std::initializer_list<int> columns)
{
    for (int c : columns)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

void bold(QTreeWidgetItem* item, int columns)
{
    QFont f = item->font(0);
    f.setBold(true);
    for (int c = 0; c < columns; ++c)
        item->setFont(c, f);
}

} // namespace

QString PlanTables::baseline(const plan::Benefit& b)
{
    if (!b.baselineValue)
        return io::NumberText::missing();
    QString text = PlanValueText::value(b.baselineValue, b);
    if (const QDate d = QDate::fromString(b.baselineDate, Qt::ISODate); d.isValid())
        text += QStringLiteral(" (%1)").arg(io::NumberText::date(d));
    return text;
}

void PlanTables::setStatus(QTreeWidgetItem* item, int column, plan::Status status)
{
    item->setText(column, PlanValueText::status(status));
    item->setData(column, Qt::UserRole, plan::statusId(status));
    const QColor colour = PlanValueText::statusColour(status);
    if (colour.isValid()) {
        item->setBackground(column, colour);
        item->setForeground(column, QColor(Qt::black));
        QFont f = item->font(column);
        f.setBold(true);
        item->setFont(column, f);
    }
    item->setTextAlignment(column, Qt::AlignCenter);
}

void PlanTables::setUpPlan(QTreeWidget* tree)
{
    tree->setColumnCount(PlanColumnCount);
    tree->setHeaderLabels({tr("Gevinst / periode"), tr("Eier / kommentar"), tr("Klasse (DFØ)"), tr("Nullpunkt"), tr("Plan"), tr("Faktisk"),
                           tr("Avvik"), tr("Realisert"), tr("Status"), tr("Prognose")});
    QTreeWidgetItem* header = tree->headerItem();
    header->setToolTip(Deviation, tr("Avvik = faktisk − plan"));
    header->setToolTip(Share, tr("Realisert hittil: for kroner, timer og ansettelser Σ faktisk / Σ plan over periodene med "
                                 "faktiske tall; for nivåer (årsverk, andeler) siste faktiske / planen for den perioden"));
    header->setToolTip(StatusColumn, tr("Grønn, gul eller rød etter planens grenser for realisert andel"));
    header->setToolTip(Forecast, tr("Prognose: verdien i nyeste lagrede versjon"));
    header->setToolTip(Planned, tr("Målet i den vedtatte planen; et tertial er en tredjedel av året for strømmer (kroner, timer), "
                                   "årets verdi for nivåer"));
    alignRight(header, {Planned, Actual, Deviation, Share, Forecast});
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void PlanTables::fillPlan(QTreeWidget* tree, const plan::PlanReportData& report)
{
    tree->clear();
    for (const plan::BenefitReport& br : report.benefits) {
        const plan::Benefit& b = br.benefit;
        auto* top = new QTreeWidgetItem(tree);
        top->setText(Name, b.name);
        top->setToolTip(Name, tr("%1\nNøkkel: %2 · tall: %3").arg(b.name, b.key, b.figure) +
                                  (b.measuredHow.isEmpty() ? QString() : tr("\nMåles: %1").arg(b.measuredHow)) +
                                  (b.measuredBy.isEmpty() ? QString() : tr("\nMåles av: %1").arg(b.measuredBy)) +
                                  (b.notes.isEmpty() ? QString() : QStringLiteral("\n") + b.notes));
        top->setData(Name, KeyRole, b.key);
        top->setData(Name, PeriodRole, -1);
        top->setText(Owner, owner(b));
        top->setText(Class, plan::benefitClassName(b.benefitClass));
        top->setToolTip(Class, plan::benefitClassName(b.benefitClass));
        top->setText(Baseline, baseline(b));
        if (!b.baselineSource.isEmpty())
            top->setToolTip(Baseline, tr("Kilde: %1").arg(b.baselineSource));
        setStatus(top, StatusColumn, br.latest);
        bold(top, Name + 1);
        for (const plan::PeriodStatus& row : br.rows) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(Name, row.period.isYear() ? io::NumberText::year(row.period.year) : row.period.text());
            child->setData(Name, KeyRole, b.key);
            child->setData(Name, PeriodRole, row.period.order());
            child->setText(Planned, PlanValueText::value(row.planned, b));
            child->setText(Actual, PlanValueText::value(row.actual, b));
            child->setText(Deviation, PlanValueText::deviation(row.deviation, b));
            child->setText(Share, PlanValueText::share(row.realisedShare));
            setStatus(child, StatusColumn, row.status);
            child->setText(Forecast, PlanValueText::value(row.forecast, b));
            alignRight(child, {Planned, Actual, Deviation, Share, Forecast});
            QStringList tip;
            if (!row.source.isEmpty())
                tip << tr("Kilde: %1").arg(row.source);
            if (!row.comment.isEmpty())
                tip << tr("Kommentar: %1").arg(row.comment);
            if (!tip.isEmpty()) {
                child->setToolTip(Name, tip.join(QLatin1Char('\n')));
                child->setToolTip(Actual, tip.join(QLatin1Char('\n')));
                child->setText(Owner, row.comment);
                child->setToolTip(Owner, tip.join(QLatin1Char('\n')));
            }
        }
        top->setExpanded(true);
    }
    for (int c = 0; c < PlanColumnCount; ++c)
        tree->resizeColumnToContents(c);
    tree->setColumnWidth(Owner, std::min(tree->columnWidth(Owner), 220));
    tree->setColumnWidth(Class, std::min(tree->columnWidth(Class), 170));
}

void PlanTables::setUpOwners(QTreeWidget* tree)
{
    tree->setColumnCount(5);
    tree->setHeaderLabels({tr("Eier / gevinst"), tr("Klasse (DFØ)"), tr("Siste periode"), tr("Realisert"), tr("Status")});
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void PlanTables::fillOwners(QTreeWidget* tree, const plan::PlanReportData& report)
{
    tree->clear();
    for (const auto& [name, benefits] : plan::PlanEvaluation::byOwner(report.benefits)) {
        auto* top = new QTreeWidgetItem(tree);
        QStringList positions;
        for (const plan::BenefitReport* br : benefits)
            if (!br->benefit.ownerPosition.isEmpty() && !positions.contains(br->benefit.ownerPosition))
                positions << br->benefit.ownerPosition;
        top->setText(0, positions.isEmpty() ? name : QStringLiteral("%1 – %2").arg(name, positions.join(QStringLiteral(", "))));
        top->setText(2, tr("%n gevinst(er)", nullptr, int(benefits.size())));
        bold(top, 3);
        for (const plan::BenefitReport* br : benefits) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(0, br->benefit.name);
            child->setData(0, KeyRole, br->benefit.key);
            child->setText(1, plan::benefitClassName(br->benefit.benefitClass));
            const plan::PeriodStatus* latest = nullptr;
            for (const plan::PeriodStatus& row : br->rows)
                if (row.actual)
                    latest = &row;
            child->setText(2, latest ? latest->period.text() : tr("ingen faktiske tall ennå"));
            child->setText(3, PlanValueText::share(latest ? latest->realisedShare : std::nullopt));
            child->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            setStatus(child, 4, br->latest);
            if (latest && !latest->comment.isEmpty())
                child->setToolTip(0, tr("Kommentar %1: %2").arg(latest->period.text(), latest->comment));
        }
        top->setExpanded(true);
    }
    for (int c = 0; c < tree->columnCount(); ++c)
        tree->resizeColumnToContents(c);
}

void PlanTables::setUpHistory(QTreeWidget* tree)
{
    tree->setColumnCount(5);
    tree->setHeaderLabels({tr("Versjon"), tr("Godkjent"), tr("Av"), tr("Notat"), tr("Gjelder")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void PlanTables::fillHistory(QTreeWidget* tree, const plan::PlanData& data)
{
    tree->clear();
    for (auto it = data.history.rbegin(); it != data.history.rend(); ++it) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, tr("Versjon %1").arg(it->version));
        item->setText(1, dateTime(it->approvedAt));
        item->setText(2, it->approvedBy);
        item->setText(3, it->note);
        item->setToolTip(3, it->note);
        item->setText(4, it->supersededAt ? tr("erstattet %1").arg(dateTime(*it->supersededAt)) : tr("gjeldende plan"));
        if (it->isCurrent())
            bold(item, 5);
    }
    for (int c = 0; c < tree->columnCount(); ++c)
        tree->resizeColumnToContents(c);
}

} // namespace gevinst::ui
