#include "UncertaintyPanel.h"

#include "AtomicFile.h"
#include "ChartHover.h"
#include "MonteCarloJob.h"
#include "NumberText.h"
#include "UncertaintyWriter.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

namespace gevinst::ui {

namespace {

QCustomPlot* newPlot(const QString& name)
{
    auto* plot = new QCustomPlot;
    plot->setObjectName(name);
    plot->setMinimumHeight(230);
    plot->setNoAntialiasingOnDrag(true);
    return plot;
}

} // namespace

UncertaintyPanel::UncertaintyPanel(QWidget* parent) : QWidget(parent), job_(new MonteCarloJob(this))
{
    setObjectName(QStringLiteral("uncertaintyPanel"));

    draws_ = new QSpinBox;
    draws_->setObjectName(QStringLiteral("mcDraws"));
    draws_->setRange(100, 100000);
    draws_->setSingleStep(1000);
    draws_->setValue(10000);
    draws_->setGroupSeparatorShown(true);
    draws_->setLocale(io::NumberText::locale());
    draws_->setToolTip(tr("Antall trekk i simuleringen. Flere trekk gir jevnere persentiler."));
    seed_ = new QSpinBox;
    seed_->setObjectName(QStringLiteral("mcSeed"));
    seed_->setRange(0, 2147483647);
    seed_->setValue(1);
    seed_->setToolTip(tr("Startverdi for tilfeldige tall: samme frø og antall trekk gir alltid samme tall."));
    run_ = new QPushButton(tr("Kjør simulering"));
    run_->setObjectName(QStringLiteral("mcRun"));
    cancel_ = new QPushButton(tr("Avbryt"));
    cancel_->setObjectName(QStringLiteral("mcCancel"));
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("mcProgress"));
    progress_->setRange(0, 100);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    probability_ = new QLabel;
    probability_->setObjectName(QStringLiteral("mcProbability"));
    QFont strong = probability_->font();
    strong.setBold(true);
    strong.setPointSize(strong.pointSize() + 1);
    probability_->setFont(strong);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("mcStatus"));
    status_->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Trekk:")));
    controls->addWidget(draws_);
    controls->addWidget(new QLabel(tr("Frø:")));
    controls->addWidget(seed_);
    controls->addWidget(run_);
    controls->addWidget(cancel_);
    controls->addStretch(1);
    auto* outcome = new QHBoxLayout;
    outcome->addWidget(progress_, 1);
    outcome->addSpacing(12);
    outcome->addWidget(probability_);

    freedPlot_ = newPlot(QStringLiteral("chart:fan-freed-fte"));
    budgetPlot_ = newPlot(QStringLiteral("chart:fan-budget-effect"));
    tornadoPlot_ = newPlot(QStringLiteral("chart:tornado"));
    tornadoPlot_->setMinimumHeight(300);
    ChartHover::attach(*freedPlot_);
    ChartHover::attach(*budgetPlot_);
    // A tornado row's full name and its values on hover (the chart may cut long names).
    tornadoPlot_->setMouseTracking(true);
    connect(tornadoPlot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QPoint at = event->pos();
        const QRect rows = tornadoPlot_->axisRect()->rect();
        const QString text = at.y() >= rows.top() && at.y() <= rows.bottom()
                                 ? UncertaintyCharts::tornadoTextAt(*tornadoPlot_, tornadoPlot_->yAxis->pixelToCoord(at.y()))
                                 : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, tornadoPlot_);
    });
    for (QCustomPlot* plot : {freedPlot_, budgetPlot_, tornadoPlot_}) {
        plot->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(plot, &QWidget::customContextMenuRequested, this,
                [this, plot](const QPoint& position) { showChartMenu(plot, position); });
    }

    tornadoMeasure_ = new QComboBox;
    tornadoMeasure_->setObjectName(QStringLiteral("tornadoMeasure"));
    tornadoMeasure_->addItem(tr("Nåverdi av budsjetteffekten"));
    tornadoMeasure_->addItem(tr("Frigjorte årsverk i sluttåret"));
    auto* tornadoBar = new QHBoxLayout;
    tornadoBar->addWidget(new QLabel(tr("Tornado – ranger etter utslag i:")));
    tornadoBar->addWidget(tornadoMeasure_);
    tornadoBar->addStretch(1);

    auto* charts = new QGridLayout;
    charts->addWidget(freedPlot_, 0, 0);
    charts->addWidget(budgetPlot_, 0, 1);
    charts->addLayout(tornadoBar, 1, 0, 1, 2);
    charts->addWidget(tornadoPlot_, 2, 0, 1, 2);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(outcome);
    layout->addWidget(status_);
    layout->addLayout(charts, 1);

    connect(run_, &QPushButton::clicked, this, &UncertaintyPanel::run);
    connect(cancel_, &QPushButton::clicked, this, &UncertaintyPanel::cancel);
    connect(tornadoMeasure_, &QComboBox::currentIndexChanged, this, &UncertaintyPanel::redrawTornado);
    connect(job_, &MonteCarloJob::progressed, this, [this](int done, int total) {
        progress_->setValue(total > 0 ? int(100.0 * done / total) : 0);
        progress_->setFormat(tr("%1 av %2 trekk").arg(io::NumberText::number(done, 0), io::NumberText::number(total, 0)));
    });
    connect(job_, &MonteCarloJob::finished, this, &UncertaintyPanel::showResult);
    connect(job_, &MonteCarloJob::cancelled, this, [this] {
        status_->setText(tr("Simuleringen ble avbrutt."));
        progress_->setValue(0);
        progress_->setFormat(tr("Avbrutt"));
        updateControls();
    });
    connect(job_, &MonteCarloJob::failed, this, [this](const QString& message) {
        status_->setText(tr("Simuleringen feilet: %1").arg(message));
        updateControls();
    });
    clearScenario();
}

UncertaintyPanel::~UncertaintyPanel() = default;

QCustomPlot* UncertaintyPanel::fanChart(SeriesId series) const
{
    return series == SeriesId::FreedFte ? freedPlot_ : budgetPlot_;
}

bool UncertaintyPanel::running() const
{
    return job_->running();
}

void UncertaintyPanel::setScenario(const Scenario& scenario)
{
    scenario_ = scenario;
    tornado_ = Tornado::run(*scenario_);
    if (!tornado_.notFinite.empty()) {
        // Extreme inputs whose result overflows: no bars with inf or null swings.
        status_->setText(tr("Tornadoen kan ikke tegnes: ved disse verdiene blir resultatet for stort til å være et tall (%1). "
                            "Snevre inn området eller sjekk inndataene.")
                             .arg(QString::fromStdString(tornado_.notFinite.front())));
        tornado_.bars.clear();
        tornado_.byNpvSwing.clear();
        tornado_.byFreedFteEndSwing.clear();
    } else if (result_) {
        status_->setText(tr("Scenarioet er endret etter siste simulering: kjør på nytt for oppdaterte tall."));
    } else if (scenario_->uncertainty.empty()) {
        status_->setText(tr("Scenarioet har ingen usikkerhetsområder (lav – mest sannsynlig – høy), så P10, P50 og P90 "
                            "blir like. Legg inn områder i redigeringen."));
    } else {
        status_->setText(tr("%n inndata har usikkerhetsområde. Trykk «Kjør simulering».", nullptr,
                            int(scenario_->uncertainty.size())));
    }
    redrawTornado();
    updateControls();
}

void UncertaintyPanel::clearScenario(const QString& reason)
{
    job_->cancel();
    scenario_.reset();
    result_.reset();
    tornado_ = {};
    probability_->clear();
    status_->setText(reason.isEmpty() ? tr("Ingen gyldig beregning å simulere.") : reason);
    UncertaintyCharts::clear(*freedPlot_, UncertaintyCharts::fanTitle(SeriesId::FreedFte));
    UncertaintyCharts::clear(*budgetPlot_, UncertaintyCharts::fanTitle(SeriesId::BudgetEffectNok));
    UncertaintyCharts::clear(*tornadoPlot_);
    for (QCustomPlot* plot : {freedPlot_, budgetPlot_, tornadoPlot_})
        plot->replot();
    updateControls();
}

void UncertaintyPanel::run()
{
    if (!scenario_ || job_->running())
        return;
    status_->setText(tr("Simulerer …"));
    job_->start(*scenario_, draws_->value(), std::uint64_t(seed_->value()));
    updateControls();
}

void UncertaintyPanel::cancel()
{
    job_->cancel();
}

void UncertaintyPanel::showResult(std::shared_ptr<const MonteCarloResult> result)
{
    result_ = std::move(result);
    UncertaintyCharts::fan(*freedPlot_, *result_, SeriesId::FreedFte);
    UncertaintyCharts::fan(*budgetPlot_, *result_, SeriesId::BudgetEffectNok);
    freedPlot_->replot();
    budgetPlot_->replot();
    probability_->setText(tr("Sannsynlighet for positiv nåverdi: %1")
                              .arg(io::NumberText::percent(result_->probabilityNpvPositive, 0)));
    const Summary& p10 = result_->p10().summary;
    const Summary& p50 = result_->p50().summary;
    const Summary& p90 = result_->p90().summary;
    status_->setText(tr("%1 trekk, frø %2. Nåverdi av budsjetteffekten: P10 %3, P50 %4, P90 %5. "
                        "Frigjorte årsverk i sluttåret: P10 %6, P50 %7, P90 %8.")
                         .arg(io::NumberText::number(result_->draws, 0))
                         .arg(result_->seed)
                         .arg(io::NumberText::millionNok(p10.npvBudgetNok, 1), io::NumberText::millionNok(p50.npvBudgetNok, 1),
                              io::NumberText::millionNok(p90.npvBudgetNok, 1))
                         .arg(io::NumberText::number(p10.freedFteEnd, 1), io::NumberText::number(p50.freedFteEnd, 1),
                              io::NumberText::number(p90.freedFteEnd, 1)));
    updateControls();
    emit simulationFinished();
}

void UncertaintyPanel::redrawTornado()
{
    if (!scenario_)
        return;
    const auto measure = tornadoMeasure_->currentIndex() == 1 ? TornadoMeasure::FreedFteEnd : TornadoMeasure::NpvBudget;
    if (tornado_.bars.empty())
        UncertaintyCharts::clear(*tornadoPlot_, tr("Ingen inndata har usikkerhetsområde – ingen tornado å vise."));
    else
        UncertaintyCharts::tornado(*tornadoPlot_, *scenario_, tornado_, measure);
    tornadoPlot_->replot();
}

void UncertaintyPanel::showChartMenu(QCustomPlot* plot, const QPoint& position)
{
    const bool tornado = plot == tornadoPlot_;
    QMenu menu(this);
    menu.addAction(tr("Lagre figuren som PNG …"), this, [this, plot] { saveChartImage(plot); });
    QAction* numbers = menu.addAction(tornado ? tr("Lagre tornadoen som JSON …") : tr("Lagre simuleringen som JSON …"),
                                      this, [this, tornado] { saveNumbers(tornado); });
    numbers->setEnabled(tornado ? scenario_.has_value() && !tornado_.bars.empty() : result_ != nullptr);
    menu.exec(plot->mapToGlobal(position));
}

namespace {

/// Writes `bytes` through io::AtomicFile; false with `error` (the cause) set on failure.
bool writeAtomically(const QString& path, const QByteArray& bytes, QString& error)
{
    return io::AtomicFile::write(path, bytes, nullptr, &error);
}

} // namespace

void UncertaintyPanel::saveChartImage(QCustomPlot* plot)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Lagre figur"), plot->objectName().section(':', 1) + ".png",
                                                      tr("PNG-bilde (*.png)"));
    if (path.isEmpty())
        return;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    plot->toPixmap(plot->width(), plot->height(), 2.0).save(&buffer, "PNG");
    QString error;
    if (!writeAtomically(path, bytes, error))
        QMessageBox::warning(this, tr("Kunne ikke lagre"), tr("Kunne ikke skrive %1: %2").arg(path, error));
}

void UncertaintyPanel::saveNumbers(bool tornado)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Lagre tallene"),
                                                      tornado ? QStringLiteral("tornado.json") : QStringLiteral("monte-carlo.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto document = tornado ? UncertaintyWriter::tornadoJson(*scenario_, tornado_)
                                  : UncertaintyWriter::monteCarloJson(*result_);
    QString error;
    if (!writeAtomically(path, QByteArray::fromStdString(document.dump(2) + "\n"), error))
        QMessageBox::warning(this, tr("Kunne ikke lagre"), tr("Kunne ikke skrive %1: %2").arg(path, error));
}

void UncertaintyPanel::updateControls()
{
    const bool busy = job_->running();
    run_->setEnabled(scenario_.has_value() && !busy);
    cancel_->setEnabled(busy);
    draws_->setEnabled(!busy);
    seed_->setEnabled(busy ? false : true);
    tornadoMeasure_->setEnabled(scenario_.has_value());
}

} // namespace gevinst::ui
