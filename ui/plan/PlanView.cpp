#include "PlanView.h"

#include "ActualsFile.h"
#include "ActualsTable.h"
#include "ApproveDialog.h"
#include "BenefitChart.h"
#include "BenefitDialog.h"
#include "NumberText.h"
#include "PlanErrorText.h"
#include "PlanLibrary.h"
#include "PlanReport.h"
#include "PlanTables.h"
#include "PlanXlsxExporter.h"
#include "ScenarioDocument.h"
#include "ScenarioLibrary.h"
#include "StoreErrorText.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

namespace gevinst::ui {

namespace {

QString dateTime(const QDateTime& utc)
{
    return io::NumberText::dateTime(utc.toLocalTime(), true);
}

QPushButton* button(const QString& text, const char* objectName, const QString& tip = {})
{
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(objectName));
    b->setToolTip(tip);
    return b;
}

QSpinBox* percentBox(const char* objectName)
{
    auto* s = new QSpinBox;
    s->setObjectName(QLatin1String(objectName));
    s->setRange(1, 100);
    s->setSuffix(QStringLiteral(" %"));
    return s;
}

const char* const kPages[] = {"plan", "faktiske", "eiere", "historikk"};

} // namespace

PlanView::PlanView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planView"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);

    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("planStatus"));
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::RichText);
    v->addWidget(status_);

    auto* header = new QHBoxLayout;
    approve_ = button(tr("Godkjenn som vedtatt plan …"), "planApprove",
                      tr("Gjør den lagrede versjonen som er åpen, til scenarioets vedtatte gevinstrealiseringsplan"));
    header->addWidget(approve_);
    header->addStretch(1);
    auto* thresholdsLabel = new QLabel(tr("Status grønn fra"));
    header->addWidget(thresholdsLabel);
    green_ = percentBox("planGreen");
    green_->setToolTip(tr("Realisert andel som gir grønn status"));
    header->addWidget(green_);
    header->addWidget(new QLabel(tr("gul fra")));
    yellow_ = percentBox("planYellow");
    yellow_->setToolTip(tr("Realisert andel som gir gul status; under den er status rød"));
    header->addWidget(yellow_);
    applyThresholds_ = button(tr("Lagre grenser"), "planThresholdsApply", tr("Grensene gjelder planen og lagres med den"));
    header->addWidget(applyThresholds_);
    v->addLayout(header);

    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("planMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    v->addWidget(message_);

    pages_ = new QTabWidget;
    pages_->setObjectName(QStringLiteral("planPages"));
    pages_->setDocumentMode(true);
    pages_->addTab(buildPlanPage(), tr("Plan og status"));
    pages_->addTab(buildActualsPage(), tr("Faktiske tall"));
    owners_ = new QTreeWidget;
    owners_->setObjectName(QStringLiteral("planOwners"));
    PlanTables::setUpOwners(owners_);
    pages_->addTab(owners_, tr("Per eier"));
    history_ = new QTreeWidget;
    history_->setObjectName(QStringLiteral("planHistory"));
    PlanTables::setUpHistory(history_);
    pages_->addTab(history_, tr("Historikk"));
    pages_->setTabToolTip(3, tr("Alle godkjenninger av planen: versjon, når, av hvem og notat"));
    v->addWidget(pages_, 1);

    auto* footer = new QHBoxLayout;
    exportXlsx_ = button(tr("Eksporter plan (XLSX) …"), "planExportXlsx",
                         tr("Planen, status per periode og vedtakene som regneark, med tall som tall"));
    exportPdf_ = button(tr("Gevinstrapport (PDF) …"), "planExportPdf",
                        tr("Rapport for tertial- og årsrapportering: avvik, eiernes kommentarer og figurer"));
    footer->addWidget(exportXlsx_);
    footer->addWidget(exportPdf_);
    footer->addStretch(1);
    v->addLayout(footer);

    connect(approve_, &QPushButton::clicked, this, &PlanView::openApproveDialog);
    connect(applyThresholds_, &QPushButton::clicked, this, &PlanView::applyThresholds);
    connect(exportXlsx_, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(exportPdf_, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(owners_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString key = item->data(0, PlanTables::KeyRole).toString();
        if (!key.isEmpty()) {
            selectBenefit(key);
            pages_->setCurrentIndex(0);
        }
    });
    refresh();
}

QWidget* PlanView::buildPlanPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 4, 0, 0);
    auto* buttons = new QHBoxLayout;
    add_ = button(tr("Legg til gevinst …"), "planAddBenefit",
                  tr("En gevinst fra modellens tall eller en egen indikator, med eier, klasse og nullpunkt"));
    edit_ = button(tr("Endre …"), "planEditBenefit");
    remove_ = button(tr("Fjern"), "planRemoveBenefit", tr("Fjerner gevinsten med mål og faktiske tall"));
    buttons->addWidget(add_);
    buttons->addWidget(edit_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    v->addLayout(buttons);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("planSplitter"));
    planTree_ = new QTreeWidget;
    planTree_->setObjectName(QStringLiteral("planTable"));
    PlanTables::setUpPlan(planTree_);
    split->addWidget(planTree_);
    auto* chartBox = new QWidget;
    auto* cv = new QVBoxLayout(chartBox);
    cv->setContentsMargins(0, 0, 0, 0);
    chartTitle_ = new QLabel;
    chartTitle_->setObjectName(QStringLiteral("planChartTitle"));
    chartTitle_->setWordWrap(true);
    chartTitle_->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    cv->addWidget(chartTitle_);
    chart_ = new QCustomPlot;
    chart_->setObjectName(QStringLiteral("planChart"));
    chart_->setMinimumHeight(220);
    cv->addWidget(chart_, 1);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    connect(add_, &QPushButton::clicked, this, &PlanView::openAddBenefit);
    connect(edit_, &QPushButton::clicked, this, &PlanView::openEditBenefit);
    connect(remove_, &QPushButton::clicked, this, &PlanView::removeSelectedBenefit);
    connect(planTree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (updating_ || !item)
            return;
        selected_ = item->data(PlanTables::Name, PlanTables::KeyRole).toString();
        showSelection();
    });
    connect(planTree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(PlanTables::Name, PlanTables::PeriodRole).toInt() < 0)
            openEditBenefit();
    });
    return page;
}

QWidget* PlanView::buildActualsPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 4, 0, 0);
    auto* form = new QFormLayout;
    actualsBenefit_ = new QComboBox;
    actualsBenefit_->setObjectName(QStringLiteral("actualsBenefit"));
    actualsBenefit_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("Gevinst:"), actualsBenefit_);
    v->addLayout(form);
    auto* typing = new QLabel(tr("Skriv faktiske tall i kolonnen «Faktisk» (et år, eller et tertial T1–T3); tøm cellen for å "
                                 "fjerne et tall. Kilde og kommentar (eierens forklaring av avviket) følger tallet."));
    typing->setWordWrap(true);
    typing->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    v->addWidget(typing);
    actuals_ = new ActualsTable;
    v->addWidget(actuals_, 1);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Ny periode:")));
    newPeriod_ = new QComboBox;
    newPeriod_->setObjectName(QStringLiteral("actualsNewPeriod"));
    periodRow->addWidget(newPeriod_);
    addPeriod_ = button(tr("Legg til periode"), "actualsAddPeriod", tr("En rad for et tertial eller år som ikke står i tabellen"));
    periodRow->addWidget(addPeriod_);
    periodRow->addStretch(1);
    import_ = button(tr("Importer fra fil (CSV/XLSX) …"), "actualsImport",
                     tr("Alle radene lagres, eller ingen: en feil i én rad stopper hele importen"));
    periodRow->addWidget(import_);
    v->addLayout(periodRow);
    importHint_ = new QLabel;
    importHint_->setObjectName(QStringLiteral("actualsImportHint"));
    importHint_->setWordWrap(true);
    importHint_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    importHint_->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    v->addWidget(importHint_);

    connect(actualsBenefit_, &QComboBox::currentIndexChanged, this, [this] {
        if (updating_)
            return;
        selected_ = actualsBenefit_->currentData().toString();
        showSelection();
    });
    connect(actuals_, &ActualsTable::recordRequested, this, &PlanView::recordActual);
    connect(actuals_, &ActualsTable::removeRequested, this, &PlanView::removeActual);
    connect(actuals_, &ActualsTable::problem, this, [this](const QString& text) { showMessage(text, true); });
    connect(addPeriod_, &QPushButton::clicked, this, &PlanView::addActualPeriod);
    connect(import_, &QPushButton::clicked, this, &PlanView::chooseImport);
    return page;
}

void PlanView::setLibrary(store::ScenarioLibrary* library)
{
    library_ = library;
    results_.clear();
    stale_ = true;
    if (isVisible())
        reload();
}

void PlanView::setDocument(ScenarioDocument* document)
{
    document_ = document;
    const qint64 id = document ? document->scenarioId() : 0;
    if (id != scenarioId_) {
        selected_.clear();
        message_->hide();
    }
    stale_ = true;
    if (isVisible())
        reload();
    else
        refresh(); // the buttons follow the document even while hidden
}

void PlanView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_)
        reload();
}

bool PlanView::canWrite() const
{
    return library_ && !library_->isReadOnly();
}

void PlanView::reload()
{
    stale_ = false;
    report_.reset();
    scenarioId_ = document_ ? document_->scenarioId() : 0;
    if (library_ && scenarioId_ > 0) {
        store::PlanLibrary plans(*library_);
        auto data = plans.planData(scenarioId_);
        if (data) {
            plan::PlanReportData r;
            r.scenarioId = scenarioId_;
            if (auto info = library_->scenario(scenarioId_)) {
                r.scenarioName = info->name;
                r.unitName = info->unitName;
                r.latestVersion = info->latestVersion;
            }
            // The forecast: the newest saved version (the open document when it is that version, unchanged).
            std::shared_ptr<const Result> forecast;
            if (document_ && document_->version() == r.latestVersion && !document_->isModified() && document_->isValid() &&
                document_->lastValidResult())
                forecast = std::make_shared<const Result>(*document_->lastValidResult());
            else if (r.latestVersion > 0)
                forecast = results_.of(*library_, scenarioId_, r.latestVersion);
            r.data = std::move(data).value();
            r.benefits = plan::PlanEvaluation::evaluate(r.data, forecast.get());
            report_ = std::move(r);
        } else if (!(data.error().kind == store::StoreError::Kind::InvalidInput ||
                     data.error().kind == store::StoreError::Kind::NotFound)) {
            showMessage(StoreErrorText::message(data.error()), true);
        }
    }
    refresh();
}

void PlanView::refresh()
{
    const bool hasDoc = document_ && scenarioId_ > 0 && document_->version() > 0;
    const bool hasPlan = report_.has_value();
    const int version = document_ ? document_->version() : 0;
    if (!library_) {
        status_->setText(tr("<b>Uten bibliotek kan ingen gevinstplan lagres.</b> Åpne programmet med et scenariobibliotek."));
    } else if (!document_ || scenarioId_ <= 0) {
        status_->setText(tr("<b>Scenarioet er ikke lagret i biblioteket.</b> Lagre det som en versjon først; en lagret "
                            "versjon kan godkjennes som vedtatt plan."));
    } else if (!hasPlan) {
        status_->setText(tr("<b>Ingen vedtatt plan.</b> Godkjenn den lagrede versjonen (versjon %1) som vedtatt plan for å "
                            "legge inn gevinster med eier, nullpunkt og mål per år, og følge dem opp med faktiske tall.")
                             .arg(version));
    } else {
        const plan::PlanRecord& p = report_->data.plan;
        QString text = tr("<b>Vedtatt plan: versjon %1</b>, godkjent %2 av %3").arg(p.version).arg(dateTime(p.approvedAt), p.approvedBy.toHtmlEscaped());
        if (!p.note.isEmpty())
            text += QStringLiteral(" – «%1»").arg(p.note.toHtmlEscaped());
        text += QStringLiteral(". ");
        text += report_->latestVersion > p.version
                    ? tr("Prognosen er nyeste versjon (versjon %1).").arg(report_->latestVersion)
                    : tr("Prognosen er den vedtatte versjonen til en nyere versjon lagres.");
        status_->setText(text);
    }
    approve_->setEnabled(canWrite() && hasDoc);
    approve_->setText(hasDoc ? tr("Godkjenn versjon %1 som vedtatt plan …").arg(version) : tr("Godkjenn som vedtatt plan …"));
    const bool writePlan = canWrite() && hasPlan;
    green_->setEnabled(writePlan);
    yellow_->setEnabled(writePlan);
    applyThresholds_->setEnabled(writePlan);
    if (hasPlan) {
        green_->setValue(int(std::lround(report_->data.plan.thresholds.green * 100)));
        yellow_->setValue(int(std::lround(report_->data.plan.thresholds.yellow * 100)));
    }
    add_->setEnabled(writePlan);
    import_->setEnabled(writePlan && !report_->benefits.empty());
    exportXlsx_->setEnabled(hasPlan);
    exportPdf_->setEnabled(hasPlan);

    updating_ = true;
    actualsBenefit_->clear();
    if (hasPlan) {
        PlanTables::fillPlan(planTree_, *report_);
        PlanTables::fillOwners(owners_, *report_);
        PlanTables::fillHistory(history_, report_->data);
        QStringList keys;
        for (const plan::BenefitReport& b : report_->benefits) {
            actualsBenefit_->addItem(b.benefit.name, b.benefit.key);
            keys << b.benefit.key;
        }
        importHint_->setText(tr("Importfil: CSV (UTF-8, semikolon) eller XLSX med kolonnene "
                                "gevinst;periode;verdi;kilde;kommentar – «gevinst» er nøkkelen (%1), «periode» 2026 eller "
                                "2026-T1, desimalkomma eller -punktum. Andeler skrives som i modellen (0,92).")
                                 .arg(keys.isEmpty() ? tr("ingen gevinster ennå") : keys.join(QStringLiteral(", "))));
        if (selected_.isEmpty() && !report_->benefits.empty())
            selected_ = report_->benefits.front().benefit.key;
    } else {
        planTree_->clear();
        owners_->clear();
        history_->clear();
        importHint_->clear();
        selected_.clear();
    }
    updating_ = false;
    showSelection();
}

const plan::BenefitReport* PlanView::selectedReport() const
{
    if (!report_)
        return nullptr;
    for (const plan::BenefitReport& b : report_->benefits)
        if (b.benefit.key == selected_)
            return &b;
    return nullptr;
}

void PlanView::selectBenefit(const QString& key)
{
    selected_ = key;
    showSelection();
}

void PlanView::showSelection()
{
    const plan::BenefitReport* b = selectedReport();
    updating_ = true;
    actualsBenefit_->setCurrentIndex(b ? actualsBenefit_->findData(b->benefit.key) : -1);
    if (b) {
        QTreeWidgetItem* current = planTree_->currentItem();
        if (!current || current->data(PlanTables::Name, PlanTables::KeyRole).toString() != b->benefit.key)
            for (int i = 0; i < planTree_->topLevelItemCount(); ++i)
                if (planTree_->topLevelItem(i)->data(PlanTables::Name, PlanTables::KeyRole).toString() == b->benefit.key)
                    planTree_->setCurrentItem(planTree_->topLevelItem(i));
    }
    updating_ = false;

    const bool writable = canWrite() && b;
    edit_->setEnabled(writable);
    remove_->setEnabled(writable);
    addPeriod_->setEnabled(writable);
    actuals_->setBenefit(b, report_ ? report_->data.actuals : std::vector<plan::Actual>{});
    actuals_->setEditTriggers(writable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::AnyKeyPressed
                                       : QAbstractItemView::NoEditTriggers);

    // The periods a row can be added for: tertials and years from the first to the last year of the plan.
    newPeriod_->clear();
    if (b) {
        std::set<int> years;
        for (const auto& [year, value] : b->benefit.targets)
            years.insert(year);
        for (const plan::PeriodStatus& row : b->rows)
            years.insert(row.period.year);
        if (!years.empty())
            for (int year = *years.begin(); year <= *years.rbegin(); ++year)
                for (int tertial : {1, 2, 3, 0}) {
                    const plan::Period p{year, tertial};
                    if (actuals_->rowOf(p) < 0)
                        newPeriod_->addItem(p.text(), p.text());
                }
    }
    newPeriod_->setEnabled(newPeriod_->count() > 0);
    addPeriod_->setEnabled(writable && newPeriod_->count() > 0);

    if (b) {
        BenefitChart::build(chart_, *b);
        chartTitle_->setText(tr("Plan (vedtatt), faktiske tall og prognose (nyeste versjon) for «%1». Eier: %2.")
                                 .arg(b->benefit.name, b->benefit.ownerName));
        chart_->show();
    } else {
        chart_->clearPlottables();
        chart_->hide();
        chartTitle_->setText(report_ ? (report_->benefits.empty() ? tr("Planen har ingen gevinster ennå: legg til en gevinst.")
                                                                  : tr("Velg en gevinst for å se figuren."))
                                     : QString());
    }
}

void PlanView::showPage(const QString& page)
{
    for (int i = 0; i < int(std::size(kPages)); ++i)
        if (page == QLatin1String(kPages[i]))
            pages_->setCurrentIndex(i);
}

QString PlanView::message() const
{
    return message_->isVisible() || !message_->text().isEmpty() ? message_->text() : QString();
}

void PlanView::showMessage(const QString& text, bool error, const QString& title, const QString& details)
{
    message_->setText(text);
    message_->setProperty("error", error);
    message_->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #e6a5a5; "
                                                   "border-radius: 3px; padding: 4px; }")
                                  : QStringLiteral("QLabel { background: #e8f4ea; color: #1e5e2a; border: 1px solid #a9d3b0; "
                                                   "border-radius: 3px; padding: 4px; }"));
    message_->show();
    if (error && interactive_ && !title.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
        if (!details.isEmpty())
            box.setDetailedText(details);
        box.exec();
    }
}

bool PlanView::ask(const QString& title, const QString& question) const
{
    if (!interactive_)
        return true;
    return QMessageBox::question(const_cast<PlanView*>(this), title, question) == QMessageBox::Yes;
}

void PlanView::openApproveDialog()
{
    if (!canWrite() || !document_ || scenarioId_ <= 0 || document_->version() <= 0)
        return;
    ApproveDialog::Subject subject;
    subject.scenarioName = document_->name();
    subject.version = document_->version();
    subject.unsavedEdits = document_->isModified();
    subject.approver = library_->userName(); // the database user on a server library (issue 14)
    if (auto versions = library_->versions(scenarioId_))
        for (const store::ScenarioVersionInfo& info : versions.value())
            if (info.version == subject.version) {
                subject.savedAt = info.savedAt;
                subject.savedBy = info.savedBy;
                subject.versionNote = info.note;
            }
    if (report_)
        subject.replaces = report_->data.plan;
    auto* dialog = new ApproveDialog(subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = scenarioId_;
    const int version = subject.version;
    connect(dialog, &ApproveDialog::submitted, this, [this, dialog, id, version] {
        auto approved = store::PlanLibrary(*library_).approve(id, version, dialog->note());
        if (!approved) {
            dialog->showError(PlanErrorText::message(approved.error()));
            return;
        }
        dialog->accept();
        reload();
        showMessage(tr("Versjon %1 er godkjent som vedtatt plan av %2.").arg(version).arg(approved->approvedBy), false);
        emit planChanged();
    });
    dialog->open();
}

void PlanView::openAddBenefit()
{
    if (!canWrite() || !report_)
        return;
    QString why;
    auto approved = results_.of(*library_, scenarioId_, report_->data.plan.version, &why);
    std::vector<int> years = approved ? approved->years : std::vector<int>{};
    if (!approved)
        showMessage(tr("Den vedtatte versjonen kan ikke beregnes (%1); bare egne indikatorer kan legges til.").arg(why), true);
    auto* dialog = new BenefitDialog(approved, years, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = scenarioId_;
    connect(dialog, &BenefitDialog::submitted, this, [this, dialog, id] {
        auto input = dialog->input();
        if (!input)
            return;
        auto added = store::PlanLibrary(*library_).addBenefit(id, *input);
        if (!added) {
            dialog->showError(PlanErrorText::message(added.error()));
            return;
        }
        dialog->accept();
        selected_ = added->key;
        reload();
        showMessage(tr("La til gevinsten «%1» (nøkkel %2).").arg(added->name, added->key), false);
        emit planChanged();
    });
    dialog->open();
}

void PlanView::openEditBenefit()
{
    const plan::BenefitReport* b = selectedReport();
    if (!canWrite() || !b)
        return;
    auto approved = results_.of(*library_, scenarioId_, report_->data.plan.version);
    std::vector<int> years = approved ? approved->years : std::vector<int>{};
    for (const auto& [year, value] : b->benefit.targets)
        if (std::find(years.begin(), years.end(), year) == years.end())
            years.push_back(year);
    std::sort(years.begin(), years.end());
    auto* dialog = new BenefitDialog(approved, years, b->benefit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = scenarioId_;
    const QString key = b->benefit.key;
    connect(dialog, &BenefitDialog::submitted, this, [this, dialog, id, key] {
        auto input = dialog->input();
        if (!input)
            return;
        auto updated = store::PlanLibrary(*library_).updateBenefit(id, key, *input);
        if (!updated) {
            dialog->showError(PlanErrorText::message(updated.error()));
            return;
        }
        dialog->accept();
        reload();
        showMessage(tr("Lagret endringene i «%1».").arg(updated->name), false);
        emit planChanged();
    });
    dialog->open();
}

void PlanView::removeSelectedBenefit()
{
    const plan::BenefitReport* b = selectedReport();
    if (!canWrite() || !b)
        return;
    const QString key = b->benefit.key;
    const QString name = b->benefit.name;
    int count = 0;
    for (const plan::Actual& a : report_->data.actuals)
        count += a.benefitKey == key ? 1 : 0;
    if (!ask(tr("Fjern gevinst"), tr("Fjerne gevinsten «%1» fra planen, med mål og %n faktiske tall? Dette kan ikke angres.",
                                     nullptr, count)
                                      .arg(name)))
        return;
    auto removed = store::PlanLibrary(*library_).removeBenefit(scenarioId_, key);
    if (!removed) {
        showMessage(PlanErrorText::message(removed.error()), true, tr("Kan ikke fjerne gevinsten"));
        return;
    }
    selected_.clear();
    reload();
    showMessage(tr("Fjernet gevinsten «%1».").arg(name), false);
    emit planChanged();
}

void PlanView::recordActual(const plan::ActualInput& row)
{
    if (!canWrite() || !report_)
        return;
    auto stored = store::PlanLibrary(*library_).recordActuals(scenarioId_, {row});
    reload(); // shows what is stored, whichever way it went
    if (!stored) {
        showMessage(PlanErrorText::actuals(stored.error()), true, tr("Kan ikke lagre det faktiske tallet"), stored.error().message);
        return;
    }
    showMessage(tr("Lagret faktisk tall for %1.").arg(row.period.text()), false);
    emit planChanged();
}

void PlanView::removeActual(const QString& key, const plan::Period& period)
{
    if (!canWrite())
        return;
    auto removed = store::PlanLibrary(*library_).removeActual(scenarioId_, key, period);
    reload();
    if (!removed) {
        showMessage(PlanErrorText::actuals(removed.error()), true, tr("Kan ikke fjerne det faktiske tallet"));
        return;
    }
    showMessage(tr("Fjernet det faktiske tallet for %1.").arg(period.text()), false);
    emit planChanged();
}

void PlanView::addActualPeriod()
{
    if (auto p = plan::Period::parse(newPeriod_->currentData().toString()))
        actuals_->addPeriod(*p);
}

void PlanView::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer faktiske tall"), QString(),
                                                      tr("Faktiske tall (*.csv *.xlsx);;Alle filer (*)"));
    if (!path.isEmpty())
        importActuals(path);
}

bool PlanView::importActuals(const QString& path)
{
    if (!canWrite() || !report_)
        return false;
    const QString title = tr("Kan ikke importere %1").arg(QFileInfo(path).fileName());
    const plan::ActualsRead read = plan::ActualsFile::readFile(path);
    if (const auto* error = std::get_if<plan::ActualsFileError>(&read)) {
        showMessage(PlanErrorText::file(*error), true, title, error->message);
        return false;
    }
    const auto& rows = std::get<std::vector<plan::ActualInput>>(read);
    auto stored = store::PlanLibrary(*library_).recordActuals(scenarioId_, rows);
    if (!stored) {
        showMessage(PlanErrorText::actuals(stored.error()), true, title, stored.error().message);
        return false;
    }
    reload();
    showMessage(tr("Importerte %n faktiske tall fra %1.", nullptr, stored.value()).arg(QFileInfo(path).fileName()), false);
    emit planChanged();
    return true;
}

void PlanView::chooseExport(bool pdf)
{
    if (!report_)
        return;
    QString name = tr("Gevinstplan %1").arg(report_->scenarioName);
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString path = pdf ? QFileDialog::getSaveFileName(this, tr("Gevinstrapport (PDF)"), name + QStringLiteral(".pdf"),
                                                            tr("PDF (*.pdf)"))
                             : QFileDialog::getSaveFileName(this, tr("Eksporter plan (XLSX)"), name + QStringLiteral(".xlsx"),
                                                            tr("Excel-arbeidsbok (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportReport(path);
    else
        exportXlsx(path);
}

bool PlanView::exportXlsx(const QString& path)
{
    if (!report_)
        return false;
    QString error;
    if (!plan::PlanXlsxExporter::write(path, *report_, &error)) {
        showMessage(error, true, tr("Kan ikke eksportere planen"));
        return false;
    }
    showMessage(tr("Eksporterte planen til %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool PlanView::exportReport(const QString& path)
{
    if (!report_)
        return false;
    QString error;
    const int pages = PlanReport(*report_).write(path, &error);
    if (pages <= 0) {
        showMessage(error, true, tr("Kan ikke lage gevinstrapporten"));
        return false;
    }
    showMessage(tr("Skrev gevinstrapporten (%n side(r)) til %1.", nullptr, pages).arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void PlanView::applyThresholds()
{
    if (!canWrite() || !report_)
        return;
    plan::Thresholds t;
    t.green = green_->value() / 100.0;
    t.yellow = yellow_->value() / 100.0;
    auto set = store::PlanLibrary(*library_).setThresholds(scenarioId_, t);
    if (!set) {
        showMessage(PlanErrorText::message(set.error()), true, tr("Kan ikke lagre grensene"));
        refresh(); // back to the stored thresholds
        return;
    }
    reload();
    showMessage(tr("Status er grønn fra %1 og gul fra %2 realisert.")
                    .arg(io::NumberText::percent(t.green, 0), io::NumberText::percent(t.yellow, 0)),
                false);
    emit planChanged();
}

} // namespace gevinst::ui
