#include "OverviewView.h"

#include "ChoroplethExport.h"
#include "ChoroplethMapWidget.h"
#include "KommuneMap.h"
#include "NumberText.h"
#include "OverviewFigureText.h"
#include "OverviewLibrary.h"
#include "OverviewMapData.h"
#include "OverviewSortProxy.h"
#include "OverviewTableModel.h"
#include "ServiceAreas.h"
#include "StoreErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace gevinst::ui {

/// What the worker thread gets and gives back. Only atomics are touched by both
/// threads while it runs; the rest is read by the window after the thread finished.
struct OverviewView::Job {
    std::atomic<bool> cancel{false};
    std::atomic<int> phase{0}; ///< 0: building the units' scenarios, 1: computing
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    // in
    std::shared_ptr<const std::vector<OverviewUnitInput>> inputs; ///< cached, or null: build them
    std::optional<OverviewPackage> package;
    std::vector<OverviewUnitSpec> specs;
    OverviewOptions options;
    // out
    std::shared_ptr<const std::vector<OverviewUnitInput>> built;
    std::optional<Overview> result;
    QString error;
    qint64 elapsedMs = 0;
};

namespace {

constexpr int kDefaultDraws = 1000; // as the example; an assumption, not a source's figure

} // namespace

OverviewView::OverviewView(store::ScenarioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , library_(library)
{
    setObjectName(QStringLiteral("overviewView"));
    setWindowTitle(tr("Kommunebildet – Gevinstmodell"));

    map_ = new ChoroplethMapWidget;
    KommuneMapError mapError;
    if (const KommuneMap* shipped = KommuneMap::shipped(&mapError))
        map_->setMap(shipped);
    else
        map_->setMap(nullptr, tr("Kartet kunne ikke leses (%1): %2").arg(mapError.file, mapError.reason));
    connect(map_, &ChoroplethMapWidget::unitActivated, this, &OverviewView::unitActivated);

    model_ = new OverviewTableModel(this);
    proxy_ = new OverviewSortProxy(this);
    proxy_->setSourceModel(model_);

    poll_ = new QTimer(this);
    poll_->setInterval(60);
    connect(poll_, &QTimer::timeout, this, &OverviewView::updateProgress);
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(debounce_, &QTimer::timeout, this, &OverviewView::recompute);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    buildChooserBar();
    layout->addWidget(findChild<QWidget*>(QStringLiteral("overviewChoosers")));

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->setObjectName(QStringLiteral("overviewSplitter"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(map_, 1);
    hover_ = new QLabel;
    hover_->setObjectName(QStringLiteral("overviewHover"));
    hover_->setText(tr("Pek på en kommune for å se tallene, klikk for å åpne den."));
    leftLayout->addWidget(hover_);
    connect(map_, &ChoroplethMapWidget::hoveredUnitChanged, this, [this](const QString& id) {
        const auto it = map_->data().units.constFind(id);
        if (id.isEmpty() || it == map_->data().units.cend()) {
            hover_->setText(tr("Pek på en kommune for å se tallene, klikk for å åpne den."));
            return;
        }
        const QString value = !it->missing.isEmpty() ? tr("mangler data")
                              : it->value            ? OverviewFigureText::withUnit(currentFigure(), *it->value)
                                                     : tr("ikke definert");
        hover_->setText(QStringLiteral("<b>%1</b>: %2").arg(it->name.toHtmlEscaped(), value.toHtmlEscaped()));
    });
    splitter_->addWidget(left);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    buildTable();
    rightLayout->addWidget(findChild<QWidget*>(QStringLiteral("overviewFilters")));
    rightLayout->addWidget(table_, 1);
    rightLayout->addWidget(status_);
    splitter_->addWidget(right);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    splitter_->setChildrenCollapsible(false);
    layout->addWidget(splitter_, 1);

    reloadPackages();
}

OverviewView::~OverviewView()
{
    if (thread_) {
        job_->cancel = true;
        thread_->wait();
    }
}

void OverviewView::buildChooserBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("overviewChoosers"));
    auto* h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);

    h->addWidget(new QLabel(tr("Tall:")));
    figure_ = new QComboBox;
    figure_->setObjectName(QStringLiteral("overviewFigure"));
    for (int f = 0; f < kOverviewFigureCount; ++f)
        figure_->addItem(OverviewFigureText::title(static_cast<OverviewFigure>(f)), f);
    figure_->setCurrentIndex(int(OverviewFigure::GapPer1000Aged67Plus));
    figure_->setToolTip(tr("Tallet kartet fargelegges etter og tabellen rangeres etter"));
    h->addWidget(figure_, 2);

    h->addWidget(new QLabel(tr("År:")));
    year_ = new QSpinBox;
    year_->setObjectName(QStringLiteral("overviewYear"));
    year_->setRange(2025, 2040);
    year_->setValue(2040);
    year_->setGroupSeparatorShown(false);
    year_->setToolTip(tr("Året gap, andel lukket og frigjort kapasitet vises for. Standard: tidshorisontens siste år "
                         "(mal for tjenesteområdet: 2025–2040). Nåverdiene gjelder hele horisonten."));
    h->addWidget(year_);

    h->addWidget(new QLabel(tr("Tiltakspakke:")));
    package_ = new QComboBox;
    package_->setObjectName(QStringLiteral("overviewPackage"));
    package_->setToolTip(tr("Tiltakene som legges på hver enhet: malen for et tjenesteområde (slik et nytt scenario "
                            "for enheten får den) eller et lagret scenario med sine andeler, mottakere og NAV-parametre"));
    package_->setMinimumContentsLength(18);
    package_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    h->addWidget(package_, 3);

    drawsOn_ = new QCheckBox(tr("Usikkerhet"));
    drawsOn_->setObjectName(QStringLiteral("overviewDrawsOn"));
    drawsOn_->setToolTip(tr("Monte Carlo-trekk per enhet for P10–P90 (frø 1, som «gevinst uncertainty»)"));
    h->addWidget(drawsOn_);
    draws_ = new QSpinBox;
    draws_->setObjectName(QStringLiteral("overviewDraws"));
    draws_->setRange(100, 10000);
    draws_->setSingleStep(100);
    draws_->setValue(kDefaultDraws);
    draws_->setSuffix(tr(" trekk"));
    draws_->setEnabled(false);
    draws_->setToolTip(tr("Trekk per enhet. Standard 1 000 er en antakelse: nok til stabile P10 og P90."));
    h->addWidget(draws_);

    run_ = new QPushButton(tr("Beregn"));
    run_->setObjectName(QStringLiteral("overviewRun"));
    h->addWidget(run_);
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("overviewProgress"));
    progress_->setMaximumWidth(160);
    progress_->setVisible(false);
    h->addWidget(progress_);
    cancel_ = new QPushButton(tr("Avbryt"));
    cancel_->setObjectName(QStringLiteral("overviewCancel"));
    cancel_->setVisible(false);
    h->addWidget(cancel_);

    export_ = new QToolButton;
    export_->setObjectName(QStringLiteral("overviewExport"));
    export_->setText(tr("Eksporter kart"));
    export_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(export_);
    menu->addAction(tr("PNG-bilde …"), this, [this] { onExportRequested(QStringLiteral("png")); });
    menu->addAction(tr("SVG (vektor) …"), this, [this] { onExportRequested(QStringLiteral("svg")); });
    menu->addAction(tr("PDF, A4 liggende …"), this, [this] { onExportRequested(QStringLiteral("pdf")); });
    export_->setMenu(menu);
    h->addWidget(export_);

    connect(figure_, &QComboBox::currentIndexChanged, this, [this] {
        model_->setRangeFigure(currentFigure());
        table_->sortByColumn(OverviewTableModel::columnOf(currentFigure()), Qt::DescendingOrder);
        updateMap();
    });
    connect(year_, &QSpinBox::valueChanged, debounce_, qOverload<>(&QTimer::start));
    connect(package_, &QComboBox::currentIndexChanged, debounce_, qOverload<>(&QTimer::start));
    connect(drawsOn_, &QCheckBox::toggled, this, [this](bool on) {
        draws_->setEnabled(on);
        debounce_->start();
    });
    connect(draws_, &QSpinBox::valueChanged, debounce_, qOverload<>(&QTimer::start));
    connect(run_, &QPushButton::clicked, this, &OverviewView::recompute);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        restartWhenDone_ = false;
        if (job_)
            job_->cancel = true;
    });
}

void OverviewView::buildTable()
{
    auto* filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("overviewFilters"));
    auto* h = new QHBoxLayout(filters);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(new QLabel(tr("Fylke:")));
    county_ = new QComboBox;
    county_->setObjectName(QStringLiteral("overviewCounty"));
    county_->addItem(tr("Alle fylker"), QString());
    h->addWidget(county_, 1);
    h->addWidget(new QLabel(tr("Størrelse:")));
    size_ = new QComboBox;
    size_->setObjectName(QStringLiteral("overviewSize"));
    using Size = OverviewSortProxy::SizeClass;
    size_->addItem(tr("Alle"), int(Size::All));
    size_->addItem(tr("Under 5 000 innb."), int(Size::Under5000));
    size_->addItem(tr("5 000–19 999 innb."), int(Size::From5000));
    size_->addItem(tr("20 000–49 999 innb."), int(Size::From20000));
    size_->addItem(tr("50 000 innb. og over"), int(Size::From50000));
    size_->addItem(tr("Oslos bydeler"), int(Size::OsloBydeler));
    size_->setToolTip(tr("Kommunene etter folketall i startåret; Oslos bydeler for seg"));
    h->addWidget(size_);
    h->addWidget(new QLabel(tr("Vis:")));
    rows_ = new QComboBox;
    rows_->setObjectName(QStringLiteral("overviewRows"));
    rows_->addItem(tr("Kommuner og bydeler"), int(OverviewSortProxy::Rows::Units));
    rows_->addItem(tr("Fylker"), int(OverviewSortProxy::Rows::Totals));
    h->addWidget(rows_);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("overviewStatus"));
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(county_, &QComboBox::currentIndexChanged, this, [this] { proxy_->setCounty(county_->currentData().toString()); });
    connect(size_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setSizeClass(OverviewSortProxy::SizeClass(size_->currentData().toInt())); });
    connect(rows_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setRows(OverviewSortProxy::Rows(rows_->currentData().toInt())); });

    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("overviewTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(false);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    table_->horizontalHeader()->setMinimumHeight(table_->fontMetrics().height() * 2 + 10);
    table_->horizontalHeader()->setSectionsMovable(true);
    table_->setColumnHidden(OverviewTableModel::ColId, true);
    table_->setColumnHidden(OverviewTableModel::ColRange, true);
    table_->sortByColumn(OverviewTableModel::columnOf(currentFigure()), Qt::DescendingOrder);
    connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto kind = OverviewTableModel::RowKind(index.data(OverviewTableModel::RowKindRole).toInt());
        if (kind == OverviewTableModel::RowKind::Unit)
            emit unitActivated(index.data(OverviewTableModel::UnitIdRole).toString());
    });
}

void OverviewView::reloadPackages()
{
    const QString keep = packageKey();
    QSignalBlocker block(package_);
    package_->clear();
    for (const ServiceArea& area : ServiceAreas::catalogue().areas())
        package_->addItem(tr("Mal: %1").arg(QString::fromStdString(area.displayName())),
                          QStringLiteral("area:%1").arg(QString::fromStdString(area.id)));
    if (library_) {
        if (auto scenarios = library_->scenarios(); scenarios.ok()) {
            if (!scenarios->empty())
                package_->insertSeparator(package_->count());
            for (const store::ScenarioInfo& s : *scenarios)
                package_->addItem(tr("Scenario: %1").arg(s.name), QStringLiteral("scenario:%1").arg(s.id));
        }
    }
    const int i = package_->findData(keep);
    package_->setCurrentIndex(i >= 0 ? i : std::max(0, package_->findData(QStringLiteral("area:hjemmetjenester"))));
}

QString OverviewView::packageKey() const
{
    return package_->currentData().toString();
}

QString OverviewView::packageLabel() const
{
    return package_->currentText();
}

OverviewFigure OverviewView::currentFigure() const
{
    return static_cast<OverviewFigure>(figure_->currentData().toInt());
}

void OverviewView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!shownOnce_) {
        shownOnce_ = true;
        QTimer::singleShot(0, this, &OverviewView::recompute);
    }
}

bool OverviewView::isRunning() const
{
    return thread_ != nullptr;
}

void OverviewView::recompute()
{
    debounce_->stop();
    if (thread_) {
        job_->cancel = true;
        restartWhenDone_ = true;
        return;
    }
    startJob();
}

void OverviewView::startJob()
{
    auto job = std::make_shared<Job>();
    job->options.year = year_->value();
    job->options.draws = drawsOn_->isChecked() ? draws_->value() : 0;
    job->options.seed = 1;
    job->options.cancel = &job->cancel;
    Job* raw = job.get();
    job->options.progress = [raw](int done, int total) {
        raw->done = done;
        raw->total = total;
    };

    const QString key = packageKey();
    if (inputs_ && key == inputsKey_) {
        job->inputs = inputs_;
    } else {
        if (!library_) {
            status_->setText(tr("Ingen scenariobibliotek er åpent, så enhetene kan ikke hentes."));
            return;
        }
        // The library is read here, on its own thread; the slow part (each unit's scenario) runs on the worker.
        store::OverviewPackageChoice choice;
        if (key.startsWith(QLatin1String("scenario:")))
            choice.storedId = key.mid(9).toLongLong();
        else
            choice.serviceArea = key.mid(5);
        auto units = store::OverviewLibrary::units(*library_);
        if (!units) {
            status_->setText(StoreErrorText::message(units.error()));
            return;
        }
        auto package = store::OverviewLibrary::package(*library_, choice);
        if (!package) {
            status_->setText(StoreErrorText::message(package.error()));
            return;
        }
        job->specs = std::move(*units);
        job->package = std::move(*package);
        // The year must lie inside the package's horizon.
        QSignalBlocker block(year_);
        year_->setRange(job->package->startYear, job->package->endYear);
        job->options.year = year_->value();
    }

    job_ = job;
    thread_ = QThread::create([job] {
        QElapsedTimer clock;
        clock.start();
        std::shared_ptr<const std::vector<OverviewUnitInput>> inputs = job->inputs;
        if (!inputs) {
            auto population = store::OverviewLibrary::population();
            auto kostra = store::OverviewLibrary::kostra();
            if (!population || !kostra) {
                job->error = StoreErrorText::message(!population ? population.error() : kostra.error());
                return;
            }
            const OverviewInputs builder(*job->package, **population, **kostra);
            auto built = builder.build(job->specs, 0, job->options.progress, &job->cancel);
            if (job->cancel)
                return;
            inputs = std::make_shared<const std::vector<OverviewUnitInput>>(std::move(built));
            job->built = inputs;
        }
        job->phase = 1;
        job->done = 0;
        if (const auto error = OverviewCalculator::check(*inputs, job->options)) {
            job->error = QString::fromStdString(error->field + ": " + error->detail);
            return;
        }
        Overview overview = OverviewCalculator::compute(*inputs, job->options);
        if (!overview.cancelled)
            job->result = std::move(overview);
        job->elapsedMs = clock.elapsed();
    });
    connect(thread_, &QThread::finished, this, &OverviewView::onJobFinished);
    run_->setEnabled(false);
    progress_->setValue(0);
    progress_->setVisible(true);
    cancel_->setVisible(true);
    status_->setText(tr("Beregner …"));
    poll_->start();
    thread_->start();
}

void OverviewView::updateProgress()
{
    if (!job_)
        return;
    const int total = job_->total;
    progress_->setMaximum(std::max(1, total));
    progress_->setValue(job_->done);
    progress_->setFormat(job_->phase == 0 ? tr("Enheter %v av %m") : tr("Beregner %v av %m"));
}

void OverviewView::onJobFinished()
{
    poll_->stop();
    thread_->deleteLater();
    thread_ = nullptr;
    std::shared_ptr<Job> job = std::move(job_);
    run_->setEnabled(true);
    progress_->setVisible(false);
    cancel_->setVisible(false);
    if (job->built) {
        inputs_ = job->built;
        inputsKey_ = packageKey();
    }
    if (restartWhenDone_) {
        restartWhenDone_ = false;
        startJob();
        return;
    }
    if (job->cancel && !job->result) {
        status_->setText(tr("Avbrutt. Tabellen og kartet viser forrige beregning."));
    } else if (!job->error.isEmpty()) {
        status_->setText(tr("Kunne ikke beregne: %1").arg(job->error));
    } else if (job->result) {
        elapsedMs_ = job->elapsedMs;
        showOverview(*job->result, packageLabel());
    }
    emit finished();
}

void OverviewView::showOverview(const Overview& overview, const QString& packageLabel)
{
    overview_ = overview;
    overviewPackage_ = packageLabel;
    model_->setOverview(*overview_);
    model_->setRangeFigure(currentFigure());
    // Ledger columns only when the package has a ledger; P10–P90 only when drawn.
    const bool ledger = model_->hasLedger();
    for (int f = kFirstOverviewLedgerFigure; f < kOverviewFigureCount; ++f)
        table_->setColumnHidden(OverviewTableModel::ColFirstFigure + f, !ledger);
    table_->setColumnHidden(OverviewTableModel::ColRange, overview_->draws == 0);
    updateFilters();
    table_->resizeColumnsToContents();
    table_->setColumnWidth(OverviewTableModel::ColName, std::min(table_->columnWidth(OverviewTableModel::ColName), 170));
    table_->setColumnWidth(OverviewTableModel::ColCounty, std::min(table_->columnWidth(OverviewTableModel::ColCounty), 120));
    updateMap();

    int missing = 0;
    for (const OverviewRow& row : overview_->units)
        missing += row.missing ? 1 : 0;
    QString text = tr("%n enheter, %1", nullptr, int(overview_->units.size())).arg(io::NumberText::year(overview_->year));
    if (overview_->draws > 0)
        text += tr(", %n trekk hver", nullptr, overview_->draws);
    if (elapsedMs_ > 0)
        text += tr(" (%1 s)").arg(io::NumberText::number(elapsedMs_ / 1000.0, 2));
    if (missing > 0)
        text += tr(" · %n uten egne tall", nullptr, missing);
    status_->setText(text);
}

void OverviewView::updateFilters()
{
    const QString keep = county_->currentData().toString();
    QSignalBlocker block(county_);
    county_->clear();
    county_->addItem(tr("Alle fylker"), QString());
    if (overview_)
        for (const OverviewTotal& c : overview_->counties)
            county_->addItem(QString::fromStdString(c.name), QString::fromStdString(c.id));
    county_->setCurrentIndex(std::max(0, county_->findData(keep)));
    proxy_->setCounty(county_->currentData().toString());
}

void OverviewView::updateMap()
{
    if (!overview_)
        return;
    map_->setData(OverviewMapData::of(*overview_, currentFigure(), overviewPackage_));
}

QString OverviewView::exportMap(const QString& path) const
{
    if (!map_->map())
        return tr("Kartet er ikke tilgjengelig.");
    return ChoroplethExport::write(path, *map_->map(), map_->data());
}

void OverviewView::onExportRequested(const QString& suffix)
{
    if (!overview_)
        return;
    const QString name = QStringLiteral("kommunebildet-%1-%2.%3")
                             .arg(QString::fromLatin1(idOf(currentFigure()).data(), qsizetype(idOf(currentFigure()).size())))
                             .arg(overview_->year)
                             .arg(suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Eksporter kart"), name,
                                                      tr("%1-fil (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    const QString error = exportMap(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Eksporter kart"), error);
    else
        status_->setText(tr("Kartet er lagret i %1").arg(path));
}

} // namespace gevinst::ui
