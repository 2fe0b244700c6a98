#include "CompareView.h"

#include "ModelErrorText.h"

#include "Engine.h"
#include "ExportLabels.h"
#include "KeyFigures.h"
#include "NumberText.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gevinst::ui {

namespace {

const QColor kPalette[] = {QColor(0x1f, 0x5f, 0x9e), QColor(0xe0, 0x7b, 0x24), QColor(0x3a, 0x8f, 0x4f),
                           QColor(0x7b, 0x5e, 0xa7), QColor(0xb8, 0x3b, 0x3b), QColor(0x2a, 0x9d, 0x9a),
                           QColor(0x9c, 0x6b, 0x3f), QColor(0x8a, 0x8a, 0x8a)};

const std::vector<KeyFigureId> kFteFigures{KeyFigureId::FreedFteEnd, KeyFigureId::GapFteEnd};
const std::vector<KeyFigureId> kMoneyFigures{KeyFigureId::NpvBudgetNok, KeyFigureId::NpvCapacityValueNok,
                                             KeyFigureId::SubsidiesTotalNok,
                                             KeyFigureId::SocialAssistanceSavingsTotalNok, KeyFigureId::CostTotalNok};

} // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareView"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("compareScenarioList"));
    m_perCapita = new QCheckBox(tr("Per 1 000 innbyggere 67+ og per årsverk"), this);
    m_perCapita->setObjectName(QStringLiteral("comparePerCapita"));
    m_rollUpBox = new QCheckBox(tr("Legg sammen valgte bydeler til kommune"), this);
    m_rollUpBox->setObjectName(QStringLiteral("compareRollUp"));
    m_chartChoice = new QComboBox(this);
    m_chartChoice->setObjectName(QStringLiteral("compareChartChoice"));
    m_chartChoice->addItem(tr("Årsverk"));
    m_chartChoice->addItem(tr("Økonomi"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b83b3b"));
    m_message->hide();
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("compareChart"));
    m_plot->setMinimumHeight(260);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Scenarioer å sammenligne:"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_perCapita);
    leftLayout->addWidget(m_rollUpBox);
    leftLayout->addWidget(m_message);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    auto* chartBox = new QWidget(right);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(new QLabel(tr("Figur:"), chartBox));
    choiceRow->addWidget(m_chartChoice);
    choiceRow->addStretch(1);
    chartLayout->addLayout(choiceRow);
    chartLayout->addWidget(m_plot, 1);
    right->addWidget(chartBox);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_list, &QListWidget::itemChanged, this, &CompareView::refresh);
    connect(m_perCapita, &QCheckBox::toggled, this, &CompareView::refresh);
    connect(m_rollUpBox, &QCheckBox::toggled, this, &CompareView::refresh);
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &CompareView::refresh);
}

void CompareView::setCandidates(std::vector<CompareEntry> entries)
{
    m_entries = std::move(entries);
    m_results.clear();
    m_results.reserve(m_entries.size());
    for (const auto& e : m_entries)
        m_results.push_back(Engine::compute(e.scenario));
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& e : m_entries) {
        auto* item = new QListWidgetItem(e.label, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    refresh();
}

void CompareView::setChosen(const std::vector<int>& indices)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
        for (int i : indices)
            if (i >= 0 && i < m_list->count())
                m_list->item(i)->setCheckState(Qt::Checked);
    }
    refresh();
}

int CompareView::columnCount() const
{
    return m_columnCount;
}

std::vector<CompareView::Column> CompareView::columns()
{
    std::vector<Column> out;
    std::vector<AggregationPart> parts;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const Scenario& s = m_entries[static_cast<std::size_t>(i)].scenario;
        out.push_back({QString::fromStdString(s.unit.name), QString::fromStdString(s.name),
                       &m_results[static_cast<std::size_t>(i)], Aggregation::baseOf(s)});
        parts.push_back({&s, &m_results[static_cast<std::size_t>(i)]});
    }
    m_rollUp.reset();
    m_message->hide();
    if (m_rollUpBox->isChecked() && !parts.empty()) {
        RollUpOutcome outcome = Aggregation::rollUp(parts);
        if (outcome.ok()) {
            m_rollUp = std::move(outcome.rollUp);
            out.push_back({QString::fromStdString(m_rollUp->result.unit.name),
                           QString::fromStdString(m_rollUp->result.scenarioName), &m_rollUp->result, m_rollUp->base});
        } else {
            QStringList lines;
            for (const auto& e : outcome.errors)
                lines << io::ModelErrorText::message(e);
            m_message->setText(tr("Kan ikke legge sammen: %1").arg(lines.join(QStringLiteral("; "))));
            m_message->show();
        }
    }
    return out;
}

void CompareView::refresh()
{
    const auto cols = columns();
    m_columnCount = static_cast<int>(cols.size());
    fillTable(cols);
    fillChart(cols);
}

void CompareView::fillTable(const std::vector<Column>& cols)
{
    m_table->clear();
    int endYear = cols.empty() ? 0 : cols.front().result->years.back();
    for (const auto& c : cols)
        if (c.result->years.back() != endYear)
            endYear = 0;

    struct Row {
        QString label;
        std::function<QString(const Column&)> value;
    };
    std::vector<Row> rows;
    for (KeyFigureId id : KeyFigures::all()) {
        QString label = io::ExportLabels::keyFigure(id, endYear);
        if (endYear == 0 && label.endsWith(QStringLiteral(" 0")))
            label = label.chopped(2) + tr(" (siste år)");
        rows.push_back({label, [id](const Column& c) {
                            const auto value = KeyFigures::value(*c.result, id);
                            if (id == KeyFigureId::PaybackYear && !value)
                                return io::ExportLabels::noPayback(c.result->years.back());
                            return io::NumberText::ofKind(value, KeyFigures::kindOf(id));
                        }});
    }
    if (m_perCapita->isChecked()) {
        for (int norm = 0; norm < 2; ++norm)
            for (KeyFigureId id : KeyFigures::all()) {
                if (!KeyFigures::isAdditive(id))
                    continue;
                const QString suffix = norm == 0 ? tr(", per 1 000 innb. 67+") : tr(", per årsverk");
                QString label = io::ExportLabels::keyFigure(id, endYear);
                if (endYear == 0 && label.endsWith(QStringLiteral(" 0")))
                    label.chop(2);
                rows.push_back({label + suffix, [id, norm](const Column& c) {
                                    const auto v = KeyFigures::value(*c.result, id);
                                    const auto n = !v ? std::nullopt
                                                   : norm == 0 ? Aggregation::per1000Inhabitants67Plus(*v, c.base)
                                                               : Aggregation::perBaseFte(*v, c.base);
                                    const ValueKind kind = KeyFigures::kindOf(id);
                                    if (!n)
                                        return io::NumberText::missing();
                                    return kind == ValueKind::Nok ? io::NumberText::nok(*n)
                                                                  : io::NumberText::number(*n, 2);
                                }});
            }
    }
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setColumnCount(static_cast<int>(cols.size()));
    for (std::size_t c = 0; c < cols.size(); ++c) {
        auto* header = new QTableWidgetItem(cols[c].title);
        header->setToolTip(cols[c].scenarioName);
        m_table->setHorizontalHeaderItem(static_cast<int>(c), header);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        m_table->setVerticalHeaderItem(static_cast<int>(r), new QTableWidgetItem(rows[r].label));
        for (std::size_t c = 0; c < cols.size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r].value(cols[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    m_table->resizeColumnsToContents();
}

void CompareView::fillChart(const std::vector<Column>& cols)
{
    m_plot->clearPlottables();
    for (QCPBarsGroup* g : m_plot->findChildren<QCPBarsGroup*>())
        delete g;
    const bool money = m_chartChoice->currentIndex() == 1;
    const bool perCapita = m_perCapita->isChecked();
    const auto& figures = money ? kMoneyFigures : kFteFigures;
    const double scale = money ? 1e6 : 1.0;

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t f = 0; f < figures.size(); ++f) {
        QString label = io::ExportLabels::keyFigure(figures[f], 0);
        if (label.endsWith(QStringLiteral(" 0")))
            label.chop(2);
        ticker->addTick(static_cast<double>(f + 1), label.replace(QStringLiteral(" ("), QStringLiteral("\n(")));
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, static_cast<double>(figures.size()) + 0.6);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->setLocale(io::NumberText::locale());

    auto* group = new QCPBarsGroup(m_plot);
    double lo = 0, hi = 0;
    const double width = 0.8 / std::max<std::size_t>(1, cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(cols[c].title);
        const QColor color = kPalette[c % std::size(kPalette)];
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(130)));
        bars->setWidth(width);
        bars->setBarsGroup(group);
        for (std::size_t f = 0; f < figures.size(); ++f) {
            auto v = KeyFigures::value(*cols[c].result, figures[f]);
            if (v && perCapita)
                v = Aggregation::per1000Inhabitants67Plus(*v, cols[c].base);
            if (!v)
                continue;
            const double plotted = *v / scale;
            bars->addData(static_cast<double>(f + 1), plotted);
            lo = std::min(lo, plotted);
            hi = std::max(hi, plotted);
        }
    }
    // Air above the bars for the legend in the top right corner.
    const double span = std::max(1e-9, hi - lo);
    m_plot->yAxis->setRange(lo < 0 ? lo - 0.08 * span : 0, hi + 0.5 * span);
    m_plot->yAxis->setLabel(money ? (perCapita ? tr("Millioner kroner per 1 000 innbyggere 67+") : tr("Millioner kroner"))
                                  : (perCapita ? tr("Årsverk per 1 000 innbyggere 67+") : tr("Årsverk")));
    m_plot->legend->setVisible(!cols.empty());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->replot();
}

} // namespace gevinst::ui
