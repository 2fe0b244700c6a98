#include "LedgerView.h"

#include "ChartHover.h"
#include "LedgerCharts.h"
#include "LedgerTable.h"
#include "NonPricedEffects.h"
#include "NumberText.h"

#include <qcustomplot.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gevinst::ui {

namespace {

constexpr int kNameColumn = 0;
constexpr int kClassColumn = 1;
constexpr int kFirstYearColumn = 2;

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QCustomPlot* makePlot(const QString& objectName)
{
    auto* plot = new QCustomPlot;
    plot->setObjectName(objectName);
    plot->setMinimumSize(320, 300);
    plot->setNoAntialiasingOnDrag(true);
    return plot;
}

} // namespace

LedgerView::LedgerView(QWidget* parent)
    : DocumentResultView(tr("Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere."),
                         QStringLiteral("ledgerStaleBanner"), parent)
{
    setObjectName(QStringLiteral("ledgerView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget;
    scroll->setWidget(content);
    auto* v = new QVBoxLayout(content);
    v->setContentsMargins(6, 6, 6, 6);

    addNoteAndTable(*v, QStringLiteral("ledger"), tr("Kopier tabell"),
                    tr("Kopierer tabellen med tabulator mellom kolonnene, klar til å lime inn i et regneark"));

    chartTabs_ = new QTabWidget;
    chartTabs_->setObjectName(QStringLiteral("ledgerChartTabs"));
    chartTabs_->setDocumentMode(true);
    cashPlot_ = makePlot(QStringLiteral("chart:ledger-cash"));
    ChartHover::attach(*cashPlot_);
    waterfallPlot_ = makePlot(QStringLiteral("chart:ledger-waterfall"));
    chartTabs_->addTab(cashPlot_, tr("Per år"));
    chartTabs_->setTabToolTip(0, LedgerCharts::title(LedgerCharts::Chart::CashByYear));
    chartTabs_->addTab(waterfallPlot_, tr("Nåverdi"));
    chartTabs_->setTabToolTip(1, LedgerCharts::title(LedgerCharts::Chart::NpvWaterfall));
    connect(chartTabs_, &QTabWidget::currentChanged, this, [this](int) {
        if (auto* plot = qobject_cast<QCustomPlot*>(chartTabs_->currentWidget()))
            plot->replot();
    });
    v->addWidget(chartTabs_, 3);

    auto* boxes = new QHBoxLayout;
    auto* timeBox = new QGroupBox(tr("Frigjort tid (ikke kontanter)"));
    auto* timeLayout = new QVBoxLayout(timeBox);
    capacityTime_ = new QLabel;
    capacityTime_->setObjectName(QStringLiteral("ledgerCapacityTime"));
    capacityTime_->setWordWrap(true);
    capacityTime_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    timeLayout->addWidget(capacityTime_);
    auto* otherBox = new QGroupBox(tr("Ikke prissatt"));
    auto* otherLayout = new QVBoxLayout(otherBox);
    nonPriced_ = new QLabel;
    nonPriced_->setObjectName(QStringLiteral("ledgerNonPriced"));
    nonPriced_->setWordWrap(true);
    nonPriced_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    otherLayout->addWidget(nonPriced_);
    boxes->addWidget(timeBox, 2);
    boxes->addWidget(otherBox, 3);
    v->addLayout(boxes);

    clear();
}

void LedgerView::clear(const QString& reason)
{
    hideStaleBanner();
    note_->setText(reason.isEmpty() ? tr("Ingen beregning å vise.") : reason);
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(0);
    copy_->setEnabled(false);
    for (QCustomPlot* plot : {cashPlot_, waterfallPlot_}) {
        LedgerCharts::clear(*plot);
        plot->replot();
    }
    capacityTime_->clear();
    nonPriced_->clear();
}

void LedgerView::setResult(const Scenario& scenario, const Result& result)
{
    hideStaleBanner();
    const QString start = io::NumberText::year(scenario.startYear);
    QString note = tr("Kroner i faste %1-priser. Positive tall er gevinst for aktøren, negative er kostnad. Nåverdi med "
                      "diskonteringsrente %2. Kommunens to linjer er til sammen budsjetteffekten.")
                       .arg(start, io::NumberText::percent(scenario.discountRate, 1));
    if (!scenario.ledger.present)
        note += QLatin1Char(' ') + tr("Scenarioet har ingen forutsetninger for fordelingen (lønn, skattesatser og statlige "
                                      "ytelser er 0), så bare kommunens og NAVs kontantstrømmer vises.");
    note_->setText(note);
    fillTable(scenario, result);
    copy_->setEnabled(true);

    auto* current = qobject_cast<QCustomPlot*>(chartTabs_->currentWidget());
    LedgerCharts::build(*cashPlot_, result, LedgerCharts::Chart::CashByYear);
    LedgerCharts::build(*waterfallPlot_, result, LedgerCharts::Chart::NpvWaterfall);
    for (QCustomPlot* plot : {cashPlot_, waterfallPlot_})
        plot->replot(plot == current ? QCustomPlot::rpImmediateRefresh : QCustomPlot::rpQueuedReplot);

    const double time = LedgerTable::npvOf(result, SeriesId::LedgerCapacityTime);
    capacityTime_->setText(
        tr("Nåverdi <b>%1</b>. Verdien av frigjort tid som ikke regnes som penger i kommunens budsjett: tid som "
           "brukes til flere tjenestemottakere eller bedre kvalitet. Den vises ved siden av aktørene og er ikke lagt "
           "inn i noen sum.")
            .arg(io::NumberText::nok(time)));
    QString items;
    for (const QString& line : NonPricedEffects::of(scenario, result).lines())
        items += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    nonPriced_->setText(QStringLiteral("<ul style=\"margin-left: -20px\">%1</ul>").arg(items));
}

void LedgerView::fillTable(const Scenario& scenario, const Result& result)
{
    Q_UNUSED(scenario);
    const std::vector<LedgerRow> rows = LedgerTable::rows(result);
    const int years = result.yearCount();
    table_->clear();
    table_->setRowCount(int(rows.size()));
    table_->setColumnCount(kFirstYearColumn + years + 1);
    QStringList headers{tr("Aktør"), tr("DFØ-klasse")};
    for (int y : result.years)
        headers << io::NumberText::year(y);
    headers << tr("Nåverdi");
    table_->setHorizontalHeaderLabels(headers);
    for (int c = kFirstYearColumn; c < table_->columnCount(); ++c)
        table_->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->horizontalHeaderItem(kFirstYearColumn + years)
        ->setToolTip(tr("Nåverdi %1–%2 i faste kroner").arg(result.years.front()).arg(result.years.back()));

    for (int r = 0; r < int(rows.size()); ++r) {
        const LedgerRow& row = rows[std::size_t(r)];
        QList<QTableWidgetItem*> items;
        auto* name = new QTableWidgetItem(row.name);
        auto* cls = new QTableWidgetItem(row.dfoClass);
        cls->setToolTip(row.dfoClass);
        table_->setItem(r, kNameColumn, name);
        table_->setItem(r, kClassColumn, cls);
        items << name << cls;
        for (int t = 0; t < years; ++t) {
            auto* cell = numberItem(io::NumberText::number(row.values[std::size_t(t)], 0));
            table_->setItem(r, kFirstYearColumn + t, cell);
            items << cell;
        }
        auto* npv = numberItem(io::NumberText::number(row.npv, 0));
        table_->setItem(r, kFirstYearColumn + years, npv);
        items << npv;
        if (row.kind != LedgerRow::Kind::Actor) {
            for (QTableWidgetItem* item : items) {
                QFont f = table_->font();
                f.setBold(row.kind == LedgerRow::Kind::Total);
                f.setItalic(row.kind == LedgerRow::Kind::NotCash);
                item->setFont(f);
                if (row.kind == LedgerRow::Kind::NotCash) {
                    item->setForeground(QColor(0x5b, 0x45, 0x80));
                    item->setToolTip(tr("Ikke kontanter: vises ved siden av aktørene og er ikke med i summene."));
                }
            }
        }
        name->setData(Qt::UserRole, QString::fromLatin1(idOf(row.id).data(), int(idOf(row.id).size())));
    }
    table_->resizeColumnsToContents();
    table_->setColumnWidth(kClassColumn, std::min(table_->columnWidth(kClassColumn), 180));
    table_->horizontalHeader()->setStretchLastSection(false);
    // Every line shows; the view scrolls as a whole.
    const int frame = 2 * table_->frameWidth();
    table_->setFixedHeight(table_->horizontalHeader()->sizeHint().height() +
                           table_->rowCount() * table_->verticalHeader()->defaultSectionSize() +
                           table_->horizontalScrollBar()->sizeHint().height() + frame);
}

} // namespace gevinst::ui
