#include "ResultsPanel.h"

#include "ChartBuilder.h"
#include "ChartHover.h"
#include "ExportLabels.h"
#include "KeyFigureCard.h"
#include "NumberText.h"
#include "MonteCarloJob.h"
#include "ScenarioDocument.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {
const char* const kCardKeys[] = {"freedFteEnd", "gapClosedShareEnd", "npvBudget", "netCostPerFreedFte",
                                 "subsidies", "socialAssistanceSavings", "paybackYear"};

/// Tab texts short enough for four tabs in a narrow window; the tooltip has the title.
QString shortTitle(ChartId id)
{
    switch (id) {
    case ChartId::FreedFteVsGap: return ResultsPanel::tr("Årsverk og gap");
    case ChartId::BudgetComponents: return ResultsPanel::tr("Budsjett per år");
    case ChartId::Utilisation: return ResultsPanel::tr("Utnyttelsesgrad");
    case ChartId::CumulativeBudget: return ResultsPanel::tr("Akkumulert");
    }
    return chartTitle(id);
}
} // namespace

ResultsPanel::ResultsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsPanel"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    staleBanner_ = new QLabel(tr("Viser siste gyldige beregning – rett feilene i scenarioet for å oppdatere."));
    staleBanner_->setObjectName(QStringLiteral("staleBanner"));
    staleBanner_->setWordWrap(true);
    staleBanner_->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #7a4b00; padding: 4px; border: 1px solid #f0c36d; }"));

    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    const QString captions[] = {
        tr("Frigjorte årsverk"), tr("Andel av gapet dekket"), tr("Nåverdi budsjett"),
        tr("Netto kostnad per frigjort årsverk"), tr("Tilskudd fra NAV"), tr("Sparte sosialhjelpsutgifter"),
        tr("Lønnsom fra")};
    const QString helps[] = {
        tr("Netto frigjorte årsverk for fagrollene i siste år."),
        tr("Frigjorte årsverk som andel av bemanningsgapet i siste år (høyst 100 %)."),
        tr("Nåverdien av den årlige budsjetteffekten over perioden."),
        tr("(Kostnader − tilskudd − sparte sosialhjelpsutgifter) / sum frigjorte årsverk over perioden: prisen på ett "
           "frigjort årsverk, å sette ved siden av årskostnaden for den dyreste fagrollen."),
        tr("Lønnstilskudd og mentortilskudd fra NAV, sum over perioden (faste priser)."),
        tr("Kommunens sparte sosialhjelpsutgifter, sum over perioden (faste priser)."),
        tr("Tilbakebetalingsåret: første år den akkumulerte budsjetteffekten er 0 eller mer etter å ha vært negativ. "
           "«Første år» når den aldri er negativ – tiltakene er lønnsomme fra første år.")};
    for (int i = 0; i < 7; ++i) {
        auto* card = new KeyFigureCard(QString::fromLatin1(kCardKeys[i]), captions[i], helps[i]);
        cards_[QString::fromLatin1(kCardKeys[i])] = card;
        grid->addWidget(card, i / 4, i % 4);
    }
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    v->addLayout(grid);

    // Uncertainty beside the point figures (issue 16): a quick Monte Carlo run in the
    // background after each edit, refined on demand, and «Hva skal til?» (goal seeking).
    auto* mcRow = new QHBoxLayout;
    mcStatus_ = new QLabel;
    mcStatus_->setObjectName(QStringLiteral("cardsUncertaintyStatus"));
    mcStatus_->setWordWrap(true);
    mcStatus_->setStyleSheet(QStringLiteral("color: #5f6b78;"));
    moreDraws_ = new QPushButton(tr("Flere trekninger"));
    moreDraws_->setObjectName(QStringLiteral("cardsMoreDraws"));
    moreDraws_->setToolTip(tr("Regn usikkerheten på nytt med %1 trekninger for sikrere tall")
                               .arg(io::NumberText::number(kMoreDraws, 0)));
    moreDraws_->setEnabled(false);
    goalSeek_ = new QPushButton(tr("Hva skal til? …"));
    goalSeek_->setObjectName(QStringLiteral("cardsGoalSeek"));
    goalSeek_->setToolTip(tr("Målsøk: hvor mye må deles for å dekke en del av gapet, hvilken realiseringsandel gir "
                             "nåverdi 0, …"));
    mcRow->addWidget(mcStatus_, 1);
    mcRow->addWidget(moreDraws_);
    mcRow->addWidget(goalSeek_);
    // The banner «Viser siste gyldige beregning» takes the uncertainty row's place while
    // the scenario is invalid (the row has nothing to offer then): one slot of the same
    // height for both, so that neither the cards above nor the charts below move.
    auto* mcBox = new QWidget;
    mcBox->setObjectName(QStringLiteral("cardsUncertaintyRow"));
    mcRow->setContentsMargins(0, 0, 0, 0);
    mcBox->setLayout(mcRow);
    statusSlot_ = new QStackedWidget;
    statusSlot_->setObjectName(QStringLiteral("resultsStatusSlot"));
    statusSlot_->addWidget(mcBox);
    statusSlot_->addWidget(staleBanner_);
    statusSlot_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    v->addWidget(statusSlot_);
    connect(moreDraws_, &QPushButton::clicked, this, &ResultsPanel::runMoreDraws);
    connect(goalSeek_, &QPushButton::clicked, this, &ResultsPanel::goalSeekRequested);
    mcJob_ = new MonteCarloJob(this);
    mcDebounce_ = new QTimer(this);
    mcDebounce_->setSingleShot(true);
    mcDebounce_->setInterval(400);
    connect(mcDebounce_, &QTimer::timeout, this, [this] { startUncertainty(kQuickDraws); });
    connect(mcJob_, &MonteCarloJob::finished, this, &ResultsPanel::showUncertainty);
    connect(mcJob_, &MonteCarloJob::failed, this, [this](const QString& message) {
        mcStatus_->setText(tr("Usikkerheten kunne ikke beregnes: %1").arg(message));
        moreDraws_->setEnabled(false);
    });

    capacityNote_ = new QLabel;
    capacityNote_->setObjectName(QStringLiteral("capacityNote"));
    capacityNote_->setWordWrap(true);
    capacityNote_->setStyleSheet(QStringLiteral("QLabel { background: #eef5fc; color: #1f3f5e; padding: 4px; border: 1px solid #b7d0ea; }"));
    capacityNote_->hide();
    v->addWidget(capacityNote_);

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("chartTabs"));
    tabs_->setDocumentMode(true);
    for (ChartId id : chartIds()) {
        auto* plot = new QCustomPlot;
        plot->setObjectName(QStringLiteral("chart:") + chartKey(id));
        // An explicit minimum: the plot's own hint is as wide as its legend.
        plot->setMinimumSize(320, 220);
        plot->setNoAntialiasingOnDrag(true);
        ChartHover::attach(*plot);
        charts_[id] = plot;
        tabs_->addTab(plot, shortTitle(id));
        tabs_->setTabToolTip(tabs_->count() - 1, chartTitle(id));
    }
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int) {
        if (auto* plot = qobject_cast<QCustomPlot*>(tabs_->currentWidget()))
            plot->replot();
    });
    v->addWidget(tabs_, 1);
}

QCustomPlot* ResultsPanel::chart(ChartId id) const
{
    auto it = charts_.find(id);
    return it == charts_.end() ? nullptr : it->second;
}

void ResultsPanel::setDocument(ScenarioDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    if (document_)
        connect(document_, &ScenarioDocument::changed, this, &ResultsPanel::refresh);
    refresh();
}

void ResultsPanel::refresh()
{
    QElapsedTimer timer;
    timer.start();
    const bool valid = document_ && document_->isValid();
    statusSlot_->setCurrentWidget(document_ && !valid && document_->lastValidResult() ? static_cast<QWidget*>(staleBanner_)
                                                                                       : statusSlot_->widget(0));
    for (auto& [key, card] : cards_)
        card->setStale(!valid);
    scheduleUncertainty();
    if (!document_ || !document_->lastValidResult()) {
        for (auto& [key, card] : cards_)
            card->setValue(io::NumberText::missing());
        for (auto& [id, plot] : charts_) {
            ChartBuilder::clear(*plot);
            plot->replot();
        }
        capacityNote_->hide();
        return;
    }
    const Result& r = *document_->lastValidResult();
    const Scenario& s = *document_->lastValidScenario();
    const Summary& sum = r.summary;
    const QString lastYear = r.years.empty() ? QString() : io::NumberText::year(r.years.back());
    const double gapEnd = r.yearCount() > 0 ? r[SeriesId::GapFte][r.yearCount() - 1] : 0.0;

    cards_["freedFteEnd"]->setValue(io::NumberText::fte(sum.freedFteEnd, 1), tr("i %1").arg(lastYear));
    // No gap: the unit needs no new hires that year, so (on the «gap» basis) freed time is capacity, not savings.
    const QString noGapMeaning = s.realisation.basis == RealisationBasis::Gap
                                     ? tr("bemanningen dekker behovet i %1 – frigjort tid gir kapasitet, ikke innsparing")
                                     : tr("bemanningen dekker behovet i %1 – frigjort tid regnes likevel som mulig innsparing");
    cards_["gapClosedShareEnd"]->setValue(
        sum.gapClosedShareEnd ? io::NumberText::percent(*sum.gapClosedShareEnd, 0) : tr("Ingen gap"),
        sum.gapClosedShareEnd ? tr("gap %1 i %2").arg(io::NumberText::fte(gapEnd, 1), lastYear) : noGapMeaning.arg(lastYear));
    cards_["npvBudget"]->setValue(io::NumberText::millionNok(sum.npvBudgetNok, 1),
                                  tr("diskontert med %1").arg(io::NumberText::percent(s.discountRate, 1)));
    // Beside the annual cost of the professional role it is compared with (the nurse in home care).
    const int compared = comparisonRole(s);
    QString comparison;
    if (compared >= 0)
        comparison = tr("%1: %2/år")
                         .arg(io::ExportLabels::vocabularyName(s.serviceArea, s.vocabulary.roles[std::size_t(compared)].id),
                              io::NumberText::nok(s.role(compared).annualCostNok));
    cards_["netCostPerFreedFte"]->setValue(
        sum.netCostPerFreedFteNok ? io::NumberText::nok(*sum.netCostPerFreedFteNok) : tr("Ingen frigjort"), comparison);
    cards_["subsidies"]->setValue(io::NumberText::millionNok(sum.subsidiesTotalNok, 1),
                                  tr("lønns- og mentortilskudd, %1–%2").arg(io::NumberText::year(s.startYear), lastYear));
    cards_["socialAssistanceSavings"]->setValue(io::NumberText::millionNok(sum.socialAssistanceSavingsTotalNok, 1),
                                                tr("sum %1–%2").arg(io::NumberText::year(s.startYear), lastYear));
    // The engine gives the first year when the cumulative effect is never negative: say so in words.
    const bool fromFirstYear = sum.paybackYear && !r.years.empty() && *sum.paybackYear == r.years.front();
    if (fromFirstYear)
        cards_["paybackYear"]->setValue(tr("første år"), tr("akkumulert effekt er aldri negativ"));
    else
        cards_["paybackYear"]->setValue(sum.paybackYear ? io::NumberText::year(*sum.paybackYear) : tr("Ikke i perioden"),
                                        sum.paybackYear ? tr("akkumulert effekt positiv fra dette året")
                                                        : tr("akkumulert effekt er negativ i %1").arg(lastYear));

    updateCapacityNote(s, r);

    auto* current = qobject_cast<QCustomPlot*>(tabs_->currentWidget());
    for (auto& [id, plot] : charts_) {
        ChartBuilder::build(*plot, r, id);
        if (plot == current)
            plot->replot(QCustomPlot::rpImmediateRefresh);
        else
            plot->replot(QCustomPlot::rpQueuedReplot);
    }
    lastRedrawMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    emit redrawn(lastRedrawMs_);
}

void ResultsPanel::scheduleUncertainty()
{
    // A stale run's figures belong to another scenario: clear them and cancel the run.
    mcJob_->cancel();
    mcDebounce_->stop();
    uncertainty_.reset();
    mcDrawsRunning_ = 0;
    moreDraws_->setEnabled(false);
    for (const char* key : {"npvBudget", "freedFteEnd"})
        cards_[QString::fromLatin1(key)]->setDetail(QString());
    goalSeek_->setEnabled(document_ && document_->isValid());
    if (!document_ || !document_->isValid() || !document_->lastValidScenario()) {
        mcStatus_->setText(document_ && document_->lastValidScenario()
                               ? tr("Usikkerheten beregnes når scenarioet er gyldig.")
                               : QString());
        return;
    }
    if (document_->lastValidScenario()->uncertainty.empty()) {
        mcStatus_->setText(tr("Ingen forutsetninger har usikkerhetsintervall, så tallene over er uten spredning. "
                              "Legg inn lav–høy-verdier under «Usikkerhet» i redigeringen."));
        return;
    }
    mcStatus_->setText(tr("Beregner usikkerhet …"));
    mcDebounce_->start();
}

void ResultsPanel::startUncertainty(int draws)
{
    if (!document_ || !document_->isValid() || !document_->lastValidScenario())
        return;
    const Scenario& s = *document_->lastValidScenario();
    if (s.uncertainty.empty())
        return;
    mcDrawsRunning_ = std::min(draws, MonteCarlo::maxDraws(s));
    moreDraws_->setEnabled(false);
    mcStatus_->setText(tr("Beregner usikkerhet med %1 trekninger …").arg(io::NumberText::number(mcDrawsRunning_, 0)));
    mcJob_->start(s, mcDrawsRunning_, 1);
}

void ResultsPanel::runMoreDraws()
{
    mcDebounce_->stop();
    startUncertainty(kMoreDraws);
}

void ResultsPanel::showUncertainty(std::shared_ptr<const MonteCarloResult> result)
{
    if (!result || result->cancelled || !document_ || !document_->lastValidResult())
        return;
    uncertainty_ = std::move(result);
    const MonteCarloResult& mc = *uncertainty_;
    const Summary& p10 = mc.p10().summary;
    const Summary& p50 = mc.p50().summary;
    const Summary& p90 = mc.p90().summary;
    const double point = document_->lastValidResult()->summary.npvBudgetNok;
    // No line break inside «5 %» in the narrow card.
    const QString probability = io::NumberText::percent(mc.probabilityNpvPositive, 0).replace(QLatin1Char(' '), QChar::Nbsp);
    cards_["npvBudget"]->setDetail(
        tr("Median %1 · %2 sjanse for positiv nåverdi").arg(io::NumberText::millionNok(p50.npvBudgetNok, 1), probability),
        tr("Monte Carlo-simulering med %1 trekninger over usikkerhetsintervallene (frø 1). Halvparten av trekningene gir "
           "nåverdi under medianen; 80 % ligger mellom %2 og %3. Punktanslaget %4 bruker de mest sannsynlige verdiene.")
            .arg(io::NumberText::number(mc.draws, 0), io::NumberText::millionNok(p10.npvBudgetNok, 1),
                 io::NumberText::millionNok(p90.npvBudgetNok, 1), io::NumberText::millionNok(point, 1)));
    cards_["freedFteEnd"]->setDetail(
        tr("Median %1 · 80\u00a0%-intervall %2–%3")
            .arg(io::NumberText::fte(p50.freedFteEnd, 1), io::NumberText::number(p10.freedFteEnd, 1),
                 io::NumberText::number(p90.freedFteEnd, 1)),
        tr("P10, P50 og P90 av frigjorte årsverk i siste år over %1 trekninger.").arg(io::NumberText::number(mc.draws, 0)));
    mcStatus_->setText(tr("Usikkerhet fra %1 trekninger.").arg(io::NumberText::number(mc.draws, 0)));
    moreDraws_->setEnabled(mc.draws < kMoreDraws);
    mcDrawsRunning_ = 0;
    emit uncertaintyShown();
}

void ResultsPanel::updateCapacityNote(const Scenario& s, const Result& r)
{
    // Years where freed FTE exceed the staffing gap: capacity_value_nok is the value of
    // all freed time, realised_capacity_nok only what can save money (spec §3).
    const auto& capacity = r[SeriesId::CapacityValueNok];
    const auto& realised = r[SeriesId::RealisedCapacityNok];
    const auto& freed = r[SeriesId::FreedFte];
    const auto& gap = r[SeriesId::GapFte];
    const bool gapBasis = s.realisation.basis == RealisationBasis::Gap;
    std::vector<int> years;
    double notBanked = 0, mostOver = 0;
    int mostOverYear = 0;
    for (int t = 0; t < r.yearCount(); ++t) {
        const double over = freed[t] - std::max(0.0, gap[t]);
        const double unrealised = capacity[t] - realised[t];
        if (over <= 0.05 || (gapBasis && unrealised < 1.0))
            continue;
        years.push_back(r.years[std::size_t(t)]);
        notBanked += std::max(0.0, unrealised);
        if (over > mostOver) {
            mostOver = over;
            mostOverYear = r.years[std::size_t(t)];
        }
    }
    if (years.empty()) {
        capacityNote_->hide();
        return;
    }
    QString when;
    if (years.size() == 1)
        when = tr("I %1").arg(io::NumberText::year(years.front()));
    else if (years.back() - years.front() + 1 == static_cast<int>(years.size()))
        when = tr("I %1–%2").arg(io::NumberText::year(years.front()), io::NumberText::year(years.back()));
    else
        when = tr("I %n av årene (første gang %1)", nullptr, static_cast<int>(years.size()))
                   .arg(io::NumberText::year(years.front()));
    const QString over = tr("inntil %1 over gapet, i %2").arg(io::NumberText::fte(mostOver, 1), io::NumberText::year(mostOverYear));
    QString text = tr("<b>Mer frigjort tid enn bemanningsgapet.</b> %1 frigjør tiltakene flere årsverk enn gapet (%2).")
                       .arg(when, over);
    if (gapBasis)
        text += QLatin1Char(' ') + tr("Resten er kapasitet til flere tjenestemottakere eller bedre kvalitet, ikke penger: "
                                      "%1 av verdien av frigjort tid regnes derfor ikke som innsparing.")
                                       .arg(io::NumberText::millionNok(notBanked, 1));
    else
        text += QLatin1Char(' ') + tr("Realiseringen er satt til «All frigjort kapasitet», så også resten regnes som "
                                      "mulig innsparing; den sparer penger bare om kommunen faktisk ansetter færre.");
    capacityNote_->setText(text);
    capacityNote_->show();
}

} // namespace gevinst::ui
