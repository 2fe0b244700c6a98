#include "CompareView.h"

#include "ModelErrorText.h"

#include "Engine.h"
#include "ExportLabels.h"
#include "KeyFigures.h"
#include "NumberText.h"
#include "TableClipboard.h"

#include <qcustomplot.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace gevinst::ui {

namespace {

const QColor kPalette[] = {QColor(0x1f, 0x5f, 0x9e), QColor(0xe0, 0x7b, 0x24), QColor(0x3a, 0x8f, 0x4f),
                           QColor(0x7b, 0x5e, 0xa7), QColor(0xb8, 0x3b, 0x3b), QColor(0x2a, 0x9d, 0x9a),
                           QColor(0x9c, 0x6b, 0x3f), QColor(0x8a, 0x8a, 0x8a)};

const std::vector<KeyFigureId> kFteFigures{KeyFigureId::FreedFteEnd, KeyFigureId::GapFteEnd};
const std::vector<KeyFigureId> kMoneyFigures{KeyFigureId::NpvBudgetNok, KeyFigureId::NpvCapacityValueNok,
                                             KeyFigureId::SubsidiesTotalNok,
                                             KeyFigureId::SocialAssistanceSavingsTotalNok, KeyFigureId::CostTotalNok};

/// A key figure's label without the year (the columns may end in different years).
QString figureLabel(KeyFigureId id, int endYear)
{
    QString label = io::ExportLabels::keyFigure(id, endYear);
    if (endYear == 0 && label.endsWith(QStringLiteral(" 0")))
        label.chop(2);
    return label;
}

/// `text` broken between words into lines of at most about `width` characters.
QString wrapped(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

/// As many legend entries to a row as fit in the plot's width, each name cut with «…»
/// to the width it gets (the full name is the entry's hover text), so that the legend
/// never makes the plot — and the window — wider than the screen.
void fitLegend(QCustomPlot& plot)
{
    QCPLegend* legend = plot.legend;
    const int count = legend->itemCount();
    if (count == 0)
        return;
    const int available = std::max(120, plot.width() - legend->margins().left() - legend->margins().right() - 12);
    const auto nameOf = [](QCPAbstractLegendItem* item) {
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
        return entry ? entry->plottable()->property("fullName").toString() : QString();
    };
    // The width an entry needs beside its name (icon, padding, margins).
    const auto chrome = [&](QCPAbstractLegendItem* item) {
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
        const QFontMetrics metrics(item->font());
        return item->minimumOuterSizeHint().width() - (entry ? metrics.horizontalAdvance(entry->plottable()->name()) : 0);
    };
    int perRow = count;
    for (; perRow > 1; --perRow) {
        int total = (perRow - 1) * legend->columnSpacing();
        for (int c = 0; c < perRow; ++c) {
            int column = 0;
            for (int i = c; i < count; i += perRow) {
                QCPAbstractLegendItem* item = legend->item(i);
                column = std::max(column, chrome(item) + QFontMetrics(item->font()).horizontalAdvance(nameOf(item)));
            }
            total += column;
        }
        if (total <= available)
            break;
    }
    const int nameWidth = (available - (perRow - 1) * legend->columnSpacing()) / perRow;
    for (int i = 0; i < count; ++i) {
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
        if (!entry)
            continue;
        const QString full = entry->plottable()->property("fullName").toString();
        entry->plottable()->setName(
            QFontMetrics(entry->font()).elidedText(full, Qt::ElideMiddle, std::max(40, nameWidth - chrome(entry))));
    }
    if (legend->wrap() != perRow) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

QCustomPlot* makePlot(const QString& name, QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    // An explicit minimum: the plot's own hint is as wide as its legend in one row.
    plot->setMinimumSize(280, 240);
    plot->setLocale(io::NumberText::locale());
    // The legend in its own row under the axes, so that it never covers a bar.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setMargins(QMargins(4, 2, 4, 2));
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { fitLegend(*plot); });
    // The full name of a legend entry the width has cut.
    plot->setMouseTracking(true);
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [plot](QMouseEvent* event) {
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            auto* entry = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i));
            if (entry && plot->legend->visible() && entry->outerRect().contains(event->pos())) {
                QToolTip::showText(event->globalPosition().toPoint(), entry->plottable()->property("fullName").toString(), plot);
                return;
            }
        }
        QToolTip::hideText();
    });
    return plot;
}

/// A table with its «Kopier tabell» button (and context-menu entry) above it.
QWidget* tableWithCopy(QTableWidget* table, const QString& cornerTitle, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    auto* copy = new QPushButton(CompareView::tr("Kopier tabell"), box);
    copy->setObjectName(table->objectName() + QStringLiteral("Copy"));
    copy->setToolTip(CompareView::tr("Kopierer tabellen som tabulatorseparert tekst, klar til å lime inn i et regneark "
                                     "eller et saksframlegg"));
    row->addWidget(copy);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    QObject::connect(copy, &QPushButton::clicked, table,
                     [table, cornerTitle] { TableClipboard::copy(*table, cornerTitle); });
    auto* action = new QAction(CompareView::tr("Kopier tabell"), table);
    QObject::connect(action, &QAction::triggered, table, [table, cornerTitle] { TableClipboard::copy(*table, cornerTitle); });
    table->addAction(action);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return box;
}

QTableWidget* makeTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setWordWrap(false);
    // Rows as tall as their (wrapped) labels, not the style's tall default.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

/// A row label broken into lines of about 26 characters (a narrow window keeps room for
/// the values); the whole label is its hover text.
QTableWidgetItem* rowLabel(const QString& text)
{
    // A number's groups («1 000») stay on one line.
    QString glued = text;
    const QChar glue(0xe000); // a private-use character: no label has it
    glued.replace(QRegularExpression(QStringLiteral("(\\d) (\\d{3})")), QStringLiteral("\\1") + glue + QStringLiteral("\\2"));
    auto* item = new QTableWidgetItem(wrapped(glued, 26).replace(glue, QLatin1Char(' ')));
    item->setToolTip(text);
    return item;
}

} // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareView"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("compareScenarioList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Scenario"), tr("Versjon")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
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

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Scenarioer å sammenligne:"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_rollUpBox);
    leftLayout->addWidget(m_message);

    // Two views of the same columns: absolute figures and per capita / per FTE.
    m_table = makeTable(QStringLiteral("compareTable"), this);
    m_perCapitaTable = makeTable(QStringLiteral("compareTablePerCapita"), this);
    m_plot = makePlot(QStringLiteral("compareChart"), this);
    m_perCapitaPlot = makePlot(QStringLiteral("compareChartPerCapita"), this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("compareViews"));
    m_views->setDocumentMode(true);
    const QString corner = tr("Nøkkeltall");
    for (auto [table, plot, title] : {std::tuple{m_table, m_plot, tr("Absolutte tall")},
                                      std::tuple{m_perCapitaTable, m_perCapitaPlot,
                                                 tr("Per 1 000 innbyggere 67+ og per årsverk")}}) {
        auto* split = new QSplitter(Qt::Vertical, m_views);
        split->addWidget(tableWithCopy(table, corner, split));
        split->addWidget(plot);
        split->setStretchFactor(0, 2);
        split->setStretchFactor(1, 3);
        split->setChildrenCollapsible(false);
        m_views->addTab(split, title);
    }
    m_views->setTabToolTip(1, tr("Tallene delt på innbyggere 67 år og eldre og på årsverk i startåret, så små og store "
                                 "enheter kan stå side om side"));

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("compareEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #44505e; font-size: 11pt; padding: 24px; }"));

    auto* rightBox = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(rightBox);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(new QLabel(tr("Figur:"), rightBox));
    choiceRow->addWidget(m_chartChoice);
    choiceRow->addStretch(1);
    rightLayout->addLayout(choiceRow);
    rightLayout->addWidget(m_views, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(rightBox);

    // The scenario list beside the figures, or above them when the view is narrow.
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("compareSplit"));
    m_split->addWidget(left);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_list, &QTreeWidget::itemChanged, this, &CompareView::refresh);
    connect(m_rollUpBox, &QCheckBox::toggled, this, &CompareView::refresh);
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &CompareView::refresh);
    refresh();
}

void CompareView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() < kNarrowWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_split->orientation() == wanted)
        return;
    m_split->setOrientation(wanted);
    // Above the figures the list needs only a few rows; beside them a quarter of the width.
    m_split->setSizes(wanted == Qt::Vertical ? QList<int>{height() / 4, height() - height() / 4}
                                             : QList<int>{width() / 4, width() - width() / 4});
}

QString CompareView::columnTitle(const CompareEntry& e) const
{
    const QString version = !e.versionText.isEmpty() ? e.versionText
                            : e.version > 0          ? tr("versjon %1").arg(e.version)
                                                     : tr("ikke lagret");
    return QStringLiteral("%1\n%2\n%3").arg(QString::fromStdString(e.scenario.unit.name),
                                            wrapped(QString::fromStdString(e.scenario.name), 22), version);
}

void CompareView::addCandidateRow(int index)
{
    const CompareEntry& e = m_entries[std::size_t(index)];
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, e.label);
    item->setToolTip(0, e.label);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    if (e.versions.size() > 1 && e.loadVersion) {
        auto* combo = new QComboBox(m_list);
        combo->setObjectName(QStringLiteral("compareVersion:%1").arg(index));
        for (int v : e.versions)
            combo->addItem(v == e.versions.back() ? tr("%1 (nyeste)").arg(v) : QString::number(v), v);
        combo->setCurrentIndex(std::max(0, combo->findData(e.version)));
        connect(combo, &QComboBox::activated, this, [this, index, combo](int i) {
            if (!setVersion(index, combo->itemData(i).toInt())) {
                const QSignalBlocker block(combo);
                combo->setCurrentIndex(std::max(0, combo->findData(m_entries[std::size_t(index)].version)));
            }
        });
        m_list->setItemWidget(item, 1, combo);
    } else {
        item->setText(1, e.versionText.isEmpty() ? (e.version > 0 ? QString::number(e.version) : tr("ulagret"))
                                                 : e.versionText);
    }
}

void CompareView::setCandidates(std::vector<CompareEntry> entries)
{
    // Keep what was ticked (and the version picked) by library id, else by label.
    std::set<QString> ticked;
    std::map<qint64, int> pickedVersion;
    for (int i = 0; i < m_list->topLevelItemCount() && i < int(m_entries.size()); ++i) {
        const CompareEntry& e = m_entries[std::size_t(i)];
        if (e.scenarioId > 0)
            pickedVersion[e.scenarioId] = e.version;
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            ticked.insert(e.scenarioId > 0 ? QString::number(e.scenarioId) : e.label);
    }
    m_entries = std::move(entries);
    for (auto& e : m_entries) {
        const auto picked = pickedVersion.find(e.scenarioId);
        if (e.scenarioId > 0 && picked != pickedVersion.end() && picked->second != e.version && e.loadVersion)
            if (auto s = e.loadVersion(picked->second)) {
                e.scenario = std::move(*s);
                e.version = picked->second;
            }
    }
    m_results.clear();
    m_results.reserve(m_entries.size());
    for (const auto& e : m_entries)
        m_results.push_back(Engine::compute(e.scenario));
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int i = 0; i < int(m_entries.size()); ++i) {
            addCandidateRow(i);
            const CompareEntry& e = m_entries[std::size_t(i)];
            if (ticked.count(e.scenarioId > 0 ? QString::number(e.scenarioId) : e.label))
                m_list->topLevelItem(i)->setCheckState(0, Qt::Checked);
        }
    }
    refresh();
}

void CompareView::setChosen(const std::vector<int>& indices)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            m_list->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
        for (int i : indices)
            if (i >= 0 && i < m_list->topLevelItemCount())
                m_list->topLevelItem(i)->setCheckState(0, Qt::Checked);
    }
    refresh();
}

bool CompareView::setVersion(int index, int version)
{
    if (index < 0 || index >= int(m_entries.size()))
        return false;
    CompareEntry& e = m_entries[std::size_t(index)];
    if (e.version == version)
        return true;
    if (!e.loadVersion)
        return false;
    auto scenario = e.loadVersion(version);
    if (!scenario) {
        m_message->setText(tr("Versjon %1 av «%2» kan ikke leses.").arg(version).arg(e.label));
        m_message->show();
        return false;
    }
    e.scenario = std::move(*scenario);
    e.version = version;
    m_results[std::size_t(index)] = Engine::compute(e.scenario);
    if (auto* combo = qobject_cast<QComboBox*>(m_list->itemWidget(m_list->topLevelItem(index), 1))) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(version)));
    }
    refresh();
    return true;
}

int CompareView::columnCount() const
{
    return m_columnCount;
}

bool CompareView::perCapitaShown() const
{
    return m_views->currentIndex() == 1;
}

void CompareView::showPerCapita(bool perCapita)
{
    m_views->setCurrentIndex(perCapita ? 1 : 0);
}

std::vector<CompareView::Column> CompareView::columns()
{
    std::vector<Column> out;
    std::vector<AggregationPart> parts;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) != Qt::Checked)
            continue;
        const CompareEntry& e = m_entries[static_cast<std::size_t>(i)];
        const Scenario& s = e.scenario;
        const QString version = e.version > 0 ? tr("v. %1").arg(e.version) : tr("ulagret");
        out.push_back({columnTitle(e), QString::fromStdString(s.name),
                       QStringLiteral("%1 – %2 (%3)").arg(QString::fromStdString(s.unit.name),
                                                          QString::fromStdString(s.name), version),
                       &m_results[static_cast<std::size_t>(i)], Aggregation::baseOf(s)});
        parts.push_back({&s, &m_results[static_cast<std::size_t>(i)]});
    }
    m_rollUp.reset();
    m_message->hide();
    if (m_rollUpBox->isChecked() && !parts.empty()) {
        RollUpOutcome outcome = Aggregation::rollUp(parts);
        if (outcome.ok()) {
            m_rollUp = std::move(outcome.rollUp);
            const QString name = QString::fromStdString(m_rollUp->result.unit.name);
            out.push_back({name, QString::fromStdString(m_rollUp->result.scenarioName), name,
                           &m_rollUp->result, m_rollUp->base});
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
    if (cols.empty()) {
        m_empty->setText(m_entries.empty()
                             ? tr("Det er ingen scenarioer å sammenligne ennå.\n\nLagre et scenario i biblioteket "
                                  "(Fil → Lagre ny versjon), eller lag et nytt fra malen for en enhet.")
                             : tr("Kryss av for to eller flere scenarioer til venstre for å se dem side om side.\n\n"
                                  "Vil du sammenligne alternativer for samme enhet (for eksempel et nullalternativ, et "
                                  "moderat og et ambisiøst), lag en kopi av scenarioet i biblioteket og endre kopien. "
                                  "Velg versjon i kolonnen «Versjon»."));
        m_stack->setCurrentIndex(0);
    } else {
        m_stack->setCurrentIndex(1);
    }
    fillAbsoluteTable(cols);
    fillPerCapitaTable(cols);
    fillChart(*m_plot, cols, false);
    fillChart(*m_perCapitaPlot, cols, true);
}

namespace {

int commonEndYear(const std::vector<const Result*>& results)
{
    int endYear = results.empty() ? 0 : results.front()->years.back();
    for (const Result* r : results)
        if (r->years.back() != endYear)
            endYear = 0;
    return endYear;
}

} // namespace

void CompareView::fillAbsoluteTable(const std::vector<Column>& cols)
{
    m_table->clear();
    std::vector<const Result*> results;
    for (const auto& c : cols)
        results.push_back(c.result);
    const int endYear = commonEndYear(results);
    const auto& ids = KeyFigures::all();
    m_table->setRowCount(static_cast<int>(ids.size()));
    m_table->setColumnCount(static_cast<int>(cols.size()));
    for (std::size_t c = 0; c < cols.size(); ++c) {
        auto* header = new QTableWidgetItem(cols[c].title);
        header->setToolTip(cols[c].scenarioName);
        m_table->setHorizontalHeaderItem(static_cast<int>(c), header);
    }
    for (std::size_t r = 0; r < ids.size(); ++r) {
        QString label = figureLabel(ids[r], endYear);
        if (endYear == 0 && io::ExportLabels::keyFigure(ids[r], 0).endsWith(QStringLiteral(" 0")))
            label += tr(" (siste år)");
        m_table->setVerticalHeaderItem(static_cast<int>(r), rowLabel(label));
        for (std::size_t c = 0; c < cols.size(); ++c) {
            const auto value = KeyFigures::value(*cols[c].result, ids[r]);
            const QString text = ids[r] == KeyFigureId::PaybackYear && !value
                                     ? io::ExportLabels::noPayback(cols[c].result->years.back())
                                     : io::NumberText::ofKind(value, KeyFigures::kindOf(ids[r]));
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    m_table->resizeColumnsToContents();
}

void CompareView::fillPerCapitaTable(const std::vector<Column>& cols)
{
    m_perCapitaTable->clear();
    std::vector<const Result*> results;
    for (const auto& c : cols)
        results.push_back(c.result);
    const int endYear = commonEndYear(results);
    struct Row {
        QString label;
        KeyFigureId id;
        int norm; ///< 0: per 1 000 inhabitants 67+, 1: per base-year FTE
    };
    std::vector<Row> rows;
    for (int norm = 0; norm < 2; ++norm)
        for (KeyFigureId id : KeyFigures::all())
            if (KeyFigures::isAdditive(id))
                rows.push_back({figureLabel(id, endYear) + (norm == 0 ? tr(", per 1 000 innb. 67+") : tr(", per årsverk")),
                                id, norm});
    m_perCapitaTable->setRowCount(static_cast<int>(rows.size()));
    m_perCapitaTable->setColumnCount(static_cast<int>(cols.size()));
    for (std::size_t c = 0; c < cols.size(); ++c) {
        auto* header = new QTableWidgetItem(cols[c].title);
        header->setToolTip(cols[c].scenarioName);
        m_perCapitaTable->setHorizontalHeaderItem(static_cast<int>(c), header);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        m_perCapitaTable->setVerticalHeaderItem(static_cast<int>(r), rowLabel(rows[r].label));
        for (std::size_t c = 0; c < cols.size(); ++c) {
            const auto v = KeyFigures::value(*cols[c].result, rows[r].id);
            const ValueKind kind = KeyFigures::kindOf(rows[r].id);
            QString text = io::NumberText::missing();
            if (v) {
                const std::optional<double> n = rows[r].norm == 0 ? Aggregation::per1000Inhabitants67Plus(*v, cols[c].base)
                                                                  : Aggregation::perBaseFte(*v, cols[c].base);
                if (n)
                    text = kind == ValueKind::Nok ? io::NumberText::nok(*n) : io::NumberText::number(*n, 2);
            }
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_perCapitaTable->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    m_perCapitaTable->resizeColumnsToContents();
}

void CompareView::fillChart(QCustomPlot& plot, const std::vector<Column>& cols, bool perCapita)
{
    plot.clearPlottables();
    for (QCPBarsGroup* g : plot.findChildren<QCPBarsGroup*>())
        delete g;
    const bool money = m_chartChoice->currentIndex() == 1;
    const auto& figures = money ? kMoneyFigures : kFteFigures;
    const double scale = money ? 1e6 : 1.0;

    // Horizontal bars: the figures' names sit on the left, one under the other, so long
    // names never run into each other whatever the width of the window.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t f = 0; f < figures.size(); ++f)
        ticker->addTick(static_cast<double>(f + 1), wrapped(figureLabel(figures[f], 0), 24));
    QCPAxis* keyAxis = plot.yAxis;
    QCPAxis* valueAxis = plot.xAxis;
    keyAxis->setTicker(ticker);
    keyAxis->setRange(0.4, static_cast<double>(figures.size()) + 0.6);
    keyAxis->setRangeReversed(true);
    keyAxis->grid()->setVisible(false);
    keyAxis->setLabel(QString());
    keyAxis->setTickLength(0, 0);
    valueAxis->grid()->setVisible(true);

    auto* group = new QCPBarsGroup(&plot);
    group->setSpacing(1);
    double lo = 0, hi = 0;
    const double width = 0.8 / std::max<std::size_t>(1, cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
        auto* bars = new QCPBars(keyAxis, valueAxis);
        bars->setName(cols[c].legend);
        bars->setProperty("fullName", cols[c].legend);
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
    const double span = std::max(1e-9, hi - lo);
    valueAxis->setRange(lo < 0 ? lo - 0.05 * span : 0, hi + 0.05 * span);
    valueAxis->setLabel(money ? (perCapita ? tr("Millioner kroner per 1 000 innbyggere 67+") : tr("Millioner kroner"))
                              : (perCapita ? tr("Årsverk per 1 000 innbyggere 67+") : tr("Årsverk")));
    plot.legend->setVisible(!cols.empty());
    plot.replot();
}

} // namespace gevinst::ui
