#include "BudgetPlanView.h"

#include "NumberText.h"

#include <QCheckBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <numeric>

namespace gevinst::ui {

BudgetPlanView::BudgetPlanView(QWidget* parent)
    : DocumentResultView(tr("Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere."),
                         QStringLiteral("budgetStaleBanner"), parent)
{
    setObjectName(QStringLiteral("budgetPlanView"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    firstYear_ = new QSpinBox;
    firstYear_->setObjectName(QStringLiteral("budgetFirstYear"));
    firstYear_->setGroupSeparatorShown(false);
    firstYear_->setToolTip(tr("Første budsjettår i økonomiplanen; planen viser fire år innenfor scenarioets periode."));
    form->addRow(tr("Første budsjettår:"), firstYear_);

    nominal_ = new QCheckBox(tr("Vis i løpende (nominelle) kroner"));
    nominal_->setObjectName(QStringLiteral("budgetNominal"));
    form->addRow(QString(), nominal_);

    auto* deflatorRow = new QHBoxLayout;
    deflator_ = new QDoubleSpinBox;
    deflator_->setObjectName(QStringLiteral("budgetDeflator"));
    deflator_->setLocale(io::NumberText::locale());
    deflator_->setDecimals(1);
    deflator_->setRange(-5.0, 20.0);
    deflator_->setSingleStep(0.1);
    deflator_->setSuffix(QStringLiteral(" %"));
    deflator_->setValue(BudgetPlan::kDefaultDeflator * 100.0);
    deflator_->setEnabled(false);
    deflatorRow->addWidget(deflator_);
    auto* assumption = new QLabel(tr("antakelse"));
    assumption->setObjectName(QStringLiteral("budgetDeflatorAssumption"));
    assumption->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #7a4b00; padding: 1px 4px; border-radius: 3px; }"));
    deflatorRow->addWidget(assumption);
    deflatorRow->addStretch(1);
    form->addRow(tr("Kommunal deflator per år:"), deflatorRow);
    v->addLayout(form);
    deflatorSource_ = new QLabel(BudgetPlan::deflatorSource());
    deflatorSource_->setObjectName(QStringLiteral("budgetDeflatorSource"));
    deflatorSource_->setWordWrap(true);
    deflatorSource_->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    v->addWidget(deflatorSource_);

    addNoteAndTable(*v, QStringLiteral("budget"), tr("Kopier tabell"),
                    tr("Kopierer tabellen med tabulator mellom kolonnene, klar til å lime inn i et regneark"));
    v->addStretch(1);

    connect(firstYear_, &QSpinBox::valueChanged, this, [this] {
        if (updating_)
            return;
        firstYearChosen_ = true;
        redraw();
    });
    connect(nominal_, &QCheckBox::toggled, this, [this](bool on) {
        deflator_->setEnabled(on);
        redraw();
    });
    connect(deflator_, &QDoubleSpinBox::valueChanged, this, [this] {
        if (nominal_->isChecked())
            redraw();
    });
    clear();
}

void BudgetPlanView::clear(const QString& reason)
{
    scenario_.reset();
    result_.reset();
    shown_ = {};
    hideStaleBanner();
    note_->setText(reason.isEmpty() ? tr("Ingen beregning å vise.") : reason);
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(0);
    firstYear_->setEnabled(false);
    copy_->setEnabled(false);
}

void BudgetPlanView::setResult(const Scenario& scenario, const Result& result)
{
    scenario_ = scenario;
    result_ = result;
    hideStaleBanner();
    updating_ = true;
    const int chosen = firstYear_->value();
    if (!result.years.empty()) {
        firstYear_->setRange(result.years.front(), BudgetPlan::lastFirstYear(result));
        firstYear_->setValue(firstYearChosen_ ? chosen
                                              : BudgetPlan::defaultFirstYear(result, QDate::currentDate().year()));
    }
    firstYear_->setEnabled(!result.years.empty());
    updating_ = false;
    redraw();
}

void BudgetPlanView::redraw()
{
    if (!scenario_ || !result_)
        return;
    const bool nominal = nominal_->isChecked();
    const double deflator = deflator_->value() / 100.0;
    shown_ = BudgetPlan::of(*scenario_, *result_, firstYear_->value(),
                            nominal ? std::optional<double>(deflator) : std::nullopt);
    const QString start = io::NumberText::year(scenario_->startYear);
    QString note = nominal ? tr("Løpende kroner: faste %1-kroner × (1 + %2)^(år − %1).")
                                 .arg(start, io::NumberText::percent(deflator, 1))
                           : tr("Kroner i faste %1-priser.").arg(start);
    note += QLatin1Char(' ') + tr("Kommunens egne linjer: + styrker budsjettet, − belaster det. Netto er "
                                  "budsjetteffekten i beregningen.");
    if (int(shown_.years.size()) < BudgetPlan::kYears)
        note += QLatin1Char(' ') + tr("Scenarioet slutter i %1, så planen har bare %n år.", nullptr, int(shown_.years.size()))
                                        .arg(io::NumberText::year(result_->years.back()));
    note_->setText(note);

    const int years = int(shown_.years.size());
    table_->clear();
    table_->setRowCount(int(shown_.lines.size()));
    table_->setColumnCount(1 + years + 1);
    QStringList headers{tr("Linje")};
    for (int y : shown_.years)
        headers << io::NumberText::year(y);
    headers << tr("Sum %n år", nullptr, years);
    table_->setHorizontalHeaderLabels(headers);
    for (int c = 1; c < table_->columnCount(); ++c)
        table_->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (int r = 0; r < int(shown_.lines.size()); ++r) {
        const BudgetPlanLine& line = shown_.lines[std::size_t(r)];
        QList<QTableWidgetItem*> items;
        auto* label = new QTableWidgetItem(line.label);
        label->setData(Qt::UserRole, line.id);
        items << label;
        table_->setItem(r, 0, label);
        for (int c = 0; c <= years; ++c) {
            const double value = c < years ? line.values[std::size_t(c)]
                                           : std::accumulate(line.values.begin(), line.values.end(), 0.0);
            auto* item = new QTableWidgetItem(io::NumberText::number(value, 0));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, 1 + c, item);
            items << item;
        }
        if (line.net)
            for (QTableWidgetItem* item : items) {
                QFont f = table_->font();
                f.setBold(true);
                item->setFont(f);
            }
    }
    table_->resizeColumnsToContents();
    table_->setFixedHeight(table_->horizontalHeader()->sizeHint().height() +
                           table_->rowCount() * table_->verticalHeader()->defaultSectionSize() +
                           2 * table_->frameWidth() + 2);
    copy_->setEnabled(true);
}

} // namespace gevinst::ui
