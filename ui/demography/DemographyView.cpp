#include "DemographyView.h"

#include "ModelErrorText.h"
#include "NumberText.h"
#include "ScenarioDocument.h"

#include "DataLocations.h"
#include "ScenarioLibrary.h"
#include "SsbProjectionFetcher.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <mutex>

namespace gevinst::ui {

namespace {

constexpr const char* kBaseUrlKey = "ssb/baseUrl";
constexpr int kLastYear = 2050;
constexpr int kAllBands = -1;

/// The shipped single ages and life table, loaded once (null with `error` set when missing).
const projection::ProjectionDataSet* shippedProjectionData(QString* error)
{
    static std::mutex lock;
    static std::optional<projection::ProjectionDataSet> data;
    static QString failure;
    static bool tried = false;
    const std::lock_guard<std::mutex> guard(lock);
    if (!tried) {
        tried = true;
        const QString marker = QStringLiteral("resources/data/") +
                               QString::fromUtf8(projection::ProjectionDataSet::kEarlierFile.data(),
                                                 qsizetype(projection::ProjectionDataSet::kEarlierFile.size()));
        const QString dir = store::DataLocations::dataDir(marker);
        if (dir.isEmpty()) {
            failure = QStringLiteral("resources/data");
        } else {
            auto loaded = projection::ProjectionDataSet::load(QDir(dir).filePath(QStringLiteral("resources/data")).toStdString());
            if (loaded)
                data.emplace(std::move(loaded).value());
            else
                failure = io::ModelErrorText::message(loaded.error());
        }
    }
    if (!data && error)
        *error = failure;
    return data ? &*data : nullptr;
}

QColor bandColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
    return colors[index % 6];
}

QTableWidgetItem* cell(const QString& text, bool number = true)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString persons(double n)
{
    return std::isnan(n) ? io::NumberText::missing() : io::NumberText::number(std::round(n), 0);
}

} // namespace

DemographyView::DemographyView(store::ScenarioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , library_(library)
    , fetcher_(std::make_unique<store::SsbProjectionFetcher>())
{
    setObjectName(QStringLiteral("demographyView"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("demographyTitle"));
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    title_->setFont(big);
    layout->addWidget(title_);

    auto* fetchRow = new QHBoxLayout;
    alternative_ = new QComboBox;
    alternative_->setObjectName(QStringLiteral("ssbAlternative"));
    alternative_->addItem(tr("MMMM – hovedalternativet"), QStringLiteral("MMMM"));
    alternative_->addItem(tr("LLML – lav vekst"), QStringLiteral("LLML"));
    alternative_->addItem(tr("HHMH – høy vekst"), QStringLiteral("HHMH"));
    alternative_->setToolTip(tr("SSBs alternativer: fruktbarhet, levealder, innenlandsk flytting og innvandring "
                                "(M = middels, L = lav, H = høy)"));
    fetch_ = new QPushButton(tr("Hent SSBs framskriving"));
    fetch_->setObjectName(QStringLiteral("fetchSsbButton"));
    address_ = new QPushButton(tr("SSB-adresse …"));
    address_->setObjectName(QStringLiteral("ssbAddressButton"));
    address_->setToolTip(tr("Adressen til SSBs statistikkbank-API (PxWebAPI v2)"));
    createSsb_ = new QPushButton(tr("Nytt scenario med SSBs framskriving"));
    createSsb_->setObjectName(QStringLiteral("newScenarioSsbButton"));
    fetchRow->addWidget(alternative_);
    fetchRow->addWidget(fetch_);
    fetchRow->addWidget(address_);
    fetchRow->addStretch(1);
    layout->addLayout(fetchRow);
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(createSsb_);
    createRow->addStretch(1);
    layout->addLayout(createRow);

    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("ssbStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);

    auto* bandRow = new QHBoxLayout;
    bandRow->addWidget(new QLabel(tr("Aldersgruppe:")));
    band_ = new QComboBox;
    band_->setObjectName(QStringLiteral("demographyBand"));
    bandRow->addWidget(band_);
    bandRow->addStretch(1);
    layout->addLayout(bandRow);

    plot_ = new QCustomPlot;
    plot_->setObjectName(QStringLiteral("demographyChart"));
    plot_->setMinimumHeight(300);
    plot_->setLocale(io::NumberText::locale());
    layout->addWidget(plot_);

    difference_ = new QLabel;
    difference_->setObjectName(QStringLiteral("demographyDifference"));
    difference_->setWordWrap(true);
    layout->addWidget(difference_);

    table_ = new QTableWidget;
    table_->setObjectName(QStringLiteral("demographyTable"));
    table_->verticalHeader()->setVisible(false);
    table_->setMinimumHeight(260);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table_);

    auto* methodTitle = new QLabel(tr("Slik er tallene laget"));
    methodTitle->setFont(big);
    layout->addWidget(methodTitle);
    method_ = new QLabel;
    method_->setObjectName(QStringLiteral("demographyMethod"));
    method_->setWordWrap(true);
    method_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(method_);

    auto* baselineTitle = new QLabel(tr("Bemanning og dekningsgrad scenarioet startet med"));
    baselineTitle->setFont(big);
    layout->addWidget(baselineTitle);
    baseline_ = new QTableWidget(0, 3);
    baseline_->setObjectName(QStringLiteral("staffingBaseline"));
    baseline_->setHorizontalHeaderLabels({tr("Felt"), tr("Verdi"), tr("Kilde")});
    baseline_->verticalHeader()->setVisible(false);
    baseline_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    baseline_->setWordWrap(true);
    baseline_->setMinimumHeight(260);
    baseline_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(baseline_);
    layout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(fetch_, &QPushButton::clicked, this, &DemographyView::fetchSsb);
    connect(address_, &QPushButton::clicked, this, &DemographyView::editBaseUrl);
    connect(createSsb_, &QPushButton::clicked, this, &DemographyView::createWithSsb);
    connect(band_, &QComboBox::currentIndexChanged, this, [this] {
        fillChart(band_->currentData().toInt());
        fillTable(band_->currentData().toInt());
    });
    reload();
}

DemographyView::~DemographyView() = default;

QString DemographyView::ssbBaseUrl()
{
    const QString configured = QSettings().value(QLatin1String(kBaseUrlKey)).toString().trimmed();
    return configured.isEmpty() ? store::SsbProjectionFetcher::configuredBaseUrl() : configured;
}

void DemographyView::setDocument(ScenarioDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    if (document_)
        connect(document_, &ScenarioDocument::changed, this, [this] {
            const Json* id = document_ ? document_->value("unit.id") : nullptr;
            if (id && id->is_string() && QString::fromStdString(id->get<std::string>()) != unitId_)
                reload();
            else
                fillBaseline();
        });
    reload();
}

void DemographyView::reload()
{
    unitId_.clear();
    unitName_.clear();
    unitLevel_.clear();
    series_.reset();
    if (document_) {
        auto text = [&](const char* path) {
            const Json* v = document_->value(path);
            return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
        };
        unitId_ = text("unit.id");
        unitName_ = text("unit.name");
        unitLevel_ = text("unit.level");
    }
    QString problem;
    if (!unitId_.isEmpty()) {
        std::vector<store::AgeBandPopulation> registered;
        std::vector<store::SsbProjection> ssb;
        if (library_) {
            if (auto r = library_->population(unitId_))
                registered = r.value();
            if (auto s = library_->ssbProjections(unitId_))
                ssb = s.value();
        }
        if (const projection::ProjectionDataSet* data = shippedProjectionData(&problem))
            series_ = DemographySeries::build(unitId_, document_->vocabulary().ageBands, registered, *data, ssb, kLastYear, &problem);
        else
            problem = tr("Programmets befolkningsdata (%1) ble ikke funnet.").arg(problem);
    }
    title_->setText(unitId_.isEmpty() ? tr("Befolkning") : tr("Befolkning – %1 (%2)").arg(unitName_, unitId_));

    const int previous = band_->currentData().isValid() ? band_->currentIndex() : -1;
    const QSignalBlocker block(band_);
    band_->clear();
    if (series_) {
        for (std::size_t b = 0; b < series_->bands.size(); ++b)
            band_->addItem(series_->bands[b].id, int(b));
        band_->addItem(tr("Alle aldersgrupper"), kAllBands);
        band_->setCurrentIndex(previous >= 0 && previous < band_->count() ? previous : int(series_->bands.size()) - 1);
    }
    if (!series_ && !unitId_.isEmpty())
        status_->setText(tr("Ingen framskriving for %1: %2").arg(unitId_, problem));
    redraw();
    updateButtons();
}

void DemographyView::redraw()
{
    const int choice = band_->currentData().isValid() ? band_->currentData().toInt() : kAllBands;
    fillChart(choice);
    fillTable(choice);
    fillTexts();
    fillBaseline();
}

void DemographyView::updateButtons()
{
    const bool kommune = unitLevel_ == QLatin1String("kommune");
    const bool writable = library_ && !library_->isReadOnly();
    const bool busy = fetcher_->busy();
    fetch_->setEnabled(kommune && writable && !busy);
    alternative_->setEnabled(kommune && writable && !busy);
    fetch_->setToolTip(!library_        ? tr("Uten scenariobibliotek er det ingen steder å lagre SSBs framskriving")
                       : !writable      ? tr("Biblioteket er skrivebeskyttet")
                       : unitId_.isEmpty() ? tr("Åpne et scenario for en kommune")
                       : !kommune       ? tr("SSB framskriver befolkningen per kommune, ikke per bydel; bruk programmets framskriving")
                                        : tr("Henter SSBs framskriving for %1 fra %2 (krever nett)").arg(unitName_, ssbBaseUrl()));
    createSsb_->setEnabled(writable && series_ && series_->ssb && !busy);
    createSsb_->setToolTip(series_ && series_->ssb ? tr("Lag et nytt scenario for %1 der årene etter 2026 følger SSBs framskriving (%2)")
                                                         .arg(unitName_, series_->ssb->alternative)
                                                   : tr("Hent SSBs framskriving først"));
}

void DemographyView::fillChart(int choice)
{
    plot_->clearGraphs();
    plot_->legend->clearItems();
    if (!series_) {
        plot_->replot();
        return;
    }
    const auto& s = *series_;
    QVector<double> x;
    for (int y : s.years)
        x << y;
    double top = 0;
    for (std::size_t b = 0; b < s.bands.size(); ++b) {
        if (choice != kAllBands && choice != int(b))
            continue;
        const DemographyBand& band = s.bands[b];
        const QColor color = bandColor(int(b));
        const QString prefix = choice == kAllBands ? band.id + QStringLiteral(": ") : QString();

        QCPGraph* program = plot_->addGraph();
        program->setName(prefix + tr("programmets framskriving"));
        program->setPen(QPen(color, 2.2));
        program->setData(x, QVector<double>(band.program.begin(), band.program.end()), true);
        for (double v : band.program)
            top = std::max(top, v);

        if (!band.ssb.empty()) {
            QVector<double> sx, sy;
            for (std::size_t i = 0; i < band.ssb.size(); ++i)
                if (!std::isnan(band.ssb[i])) {
                    sx << s.years[i];
                    sy << band.ssb[i];
                    top = std::max(top, band.ssb[i]);
                }
            QCPGraph* ssb = plot_->addGraph();
            ssb->setName(prefix + tr("SSBs framskriving (%1)").arg(s.ssb->alternative));
            QPen pen(color.darker(130), 2.2, Qt::DashLine);
            ssb->setPen(pen);
            ssb->setData(sx, sy, true);
        }
        QVector<double> rx, ry;
        for (const auto& [year, value] : band.registered) {
            rx << year;
            ry << value;
        }
        QCPGraph* registered = plot_->addGraph();
        registered->setName(prefix + tr("registrert"));
        registered->setLineStyle(QCPGraph::lsNone);
        registered->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::black, Qt::black, 7));
        registered->setData(rx, ry, true);
        if (choice == kAllBands && b > 0)
            plot_->legend->removeItem(plot_->legend->itemCount() - 1); // one «registrert» entry is enough
    }
    plot_->xAxis->setRange(s.years.front() - 0.5, s.years.back() + 0.5);
    plot_->yAxis->setRange(0, top * 1.08 + 1);
    plot_->yAxis->setNumberFormat(QStringLiteral("f"));
    plot_->yAxis->setNumberPrecision(0);
    plot_->yAxis->setLabel(tr("Personer 1. januar"));
    // Years without group separators ("2035", not "2 035").
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int step = s.years.size() > 20 ? 5 : 2;
    for (int y : s.years)
        if (y % step == 0)
            ticker->addTick(y, io::NumberText::year(y));
    plot_->xAxis->setTicker(ticker);
    plot_->legend->setVisible(true);
    plot_->legend->setBrush(QColor(255, 255, 255, 220));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);
    plot_->replot();

    // How far they differ, in words.
    QStringList words;
    if (s.ssb) {
        for (int year : {2030, 2035, 2040, 2050}) {
            const auto it = std::find(s.years.begin(), s.years.end(), year);
            if (it == s.years.end())
                continue;
            const std::size_t i = std::size_t(it - s.years.begin());
            for (std::size_t b = 0; b < s.bands.size(); ++b) {
                if (choice != kAllBands && choice != int(b))
                    continue;
                const double p = s.bands[b].program[i], q = s.bands[b].ssb[i];
                if (std::isnan(q) || p <= 0)
                    continue;
                words << tr("%1, %2: programmet %3, SSB %4 (SSB %5)")
                             .arg(io::NumberText::year(year), s.bands[b].id, persons(p), persons(q),
                                  q >= p ? tr("%1 høyere").arg(io::NumberText::percent(q / p - 1))
                                         : tr("%1 lavere").arg(io::NumberText::percent(1 - q / p)));
            }
        }
    }
    difference_->setText(words.isEmpty() ? QString() : tr("Forskjell mellom framskrivingene – ") + words.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

void DemographyView::fillTable(int choice)
{
    table_->clear();
    table_->setRowCount(0);
    if (!series_)
        return;
    const auto& s = *series_;
    const bool ssb = s.ssb.has_value();
    QStringList headers{tr("År")};
    std::vector<std::size_t> shown;
    for (std::size_t b = 0; b < s.bands.size(); ++b)
        if (choice == kAllBands || choice == int(b))
            shown.push_back(b);
    for (std::size_t b : shown) {
        const QString prefix = shown.size() > 1 ? s.bands[b].id + QLatin1Char(' ') : QString();
        headers << prefix + tr("registrert") << prefix + tr("programmet");
        if (ssb)
            headers << prefix + tr("SSB (%1)").arg(s.ssb->alternative) << prefix + tr("SSB − programmet");
    }
    table_->setColumnCount(int(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    table_->setRowCount(int(s.years.size()));
    for (std::size_t i = 0; i < s.years.size(); ++i) {
        int c = 0;
        table_->setItem(int(i), c++, cell(io::NumberText::year(s.years[i]), false));
        for (std::size_t b : shown) {
            const DemographyBand& band = s.bands[b];
            const auto reg = band.registered.find(s.years[i]);
            table_->setItem(int(i), c++, cell(reg == band.registered.end() ? io::NumberText::missing() : persons(reg->second)));
            table_->setItem(int(i), c++, cell(persons(band.program[i])));
            if (ssb) {
                const double q = band.ssb[i];
                table_->setItem(int(i), c++, cell(persons(q)));
                table_->setItem(int(i), c++,
                                cell(std::isnan(q) || band.program[i] <= 0 ? io::NumberText::missing()
                                                                           : io::NumberText::percent(q / band.program[i] - 1)));
            }
        }
    }
    table_->resizeColumnsToContents();
}

void DemographyView::fillTexts()
{
    if (!series_) {
        method_->setText(unitId_.isEmpty() ? tr("Åpne et scenario for en kommune eller bydel for å se befolkningen.") : QString());
        if (unitId_.isEmpty())
            status_->clear();
        return;
    }
    const auto& s = *series_;
    const bool bydel = unitLevel_ == QLatin1String("bydel");
    QString text = tr("<b>Programmets framskriving</b> (spesifikasjonen § 8) starter med hvor mange som bodde i %1 på hvert "
                      "alderstrinn 1. januar 2024 (SSB tabell %2). Hvert år blir alle ett år eldre, og noen dør – etter SSBs "
                      "dødelighetstabell (tabell 07902, begge kjønn, snitt 2022–2024), der dødeligheten antas å falle 1,5 % i året. ")
                       .arg(unitName_, bydel ? QStringLiteral("10826") : QStringLiteral("07459"));
    text += s.withMigration
                ? tr("Flytting: halvparten av den nettoflyttingen %1 selv hadde fra 2019 til 2024, per femårsgruppe (høyst ±2,5 % i året). ")
                      .arg(unitName_)
                : tr("Flytting: ingen, fordi programmet mangler tall for %1 fra 2019. ").arg(unitName_);
    text += tr("Fødsler: like mange nyfødte per innbygger 20–44 år som i 2024. Programmet regner dette selv; det er en enkel "
               "modell, ikke SSBs.<br><br>");
    text += tr("<b>Registrert</b>: 2024 fra de ettårige tallene over; %1.<br><br>")
                .arg(s.registeredSource.isEmpty() ? tr("biblioteket har ingen andre registrerte år")
                                                  : tr("2025–2026 fra biblioteket (%1), der aldersgruppen er en sum av gruppene 0–19, "
                                                       "20–66, 67–79 og 80+")
                                                        .arg(s.registeredSource.toHtmlEscaped()));
    if (s.ssb) {
        text += tr("<b>SSBs framskriving</b>: %1. Hentet %2. SSB bruker en egen, mer detaljert modell med flytting mellom "
                   "kommuner og innvandring; der kurvene skilles, er framtiden usikker.")
                    .arg(s.ssb->source.toHtmlEscaped(),
                         io::NumberText::locale().toString(s.ssb->fetchedAt.toLocalTime(), tr("d. MMMM yyyy 'kl.' HH:mm", "date format")));
        if (s.ssbAlternatives > 1)
            text += tr(" Biblioteket har %1 alternativer for %2; diagrammet viser %3.").arg(s.ssbAlternatives).arg(unitName_, s.ssb->alternative);
    } else {
        text += bydel ? tr("<b>SSBs framskriving</b> finnes per kommune, ikke per bydel; for en bydel brukes programmets.")
                      : tr("<b>SSBs framskriving</b> er ikke hentet for %1. Trykk «Hent SSBs framskriving» (krever nett), eller "
                           "importer tabell 14288 fra statistikkbanken.")
                            .arg(unitName_);
    }
    method_->setText(text);
    if (!fetcher_->busy() && status_->property("kept").toString() != unitId_)
        status_->setText(s.ssb ? tr("SSBs framskriving (%1, tabell %2) ble hentet %3.")
                                     .arg(s.ssb->alternative, s.ssb->tableId,
                                          io::NumberText::locale().toString(s.ssb->fetchedAt.toLocalTime(), tr("dd.MM.yyyy HH:mm", "date format")))
                               : QString());
}

void DemographyView::fillBaseline()
{
    baseline_->setRowCount(0);
    if (!document_ || !document_->lastValidScenario())
        return;
    const Scenario& s = *document_->lastValidScenario();
    const Vocabulary& v = s.vocabulary;
    auto sourceOf = [&](const std::string& path, const std::string& parent) {
        auto it = s.sources.find(path);
        if (it == s.sources.end())
            it = s.sources.find(parent);
        return it == s.sources.end() ? tr("(ingen kilde oppgitt)") : QString::fromStdString(it->second);
    };
    auto add = [&](const QString& field, const QString& value, const QString& source) {
        const int row = baseline_->rowCount();
        baseline_->insertRow(row);
        baseline_->setItem(row, 0, cell(field, false));
        baseline_->setItem(row, 1, cell(value));
        auto* src = cell(source, false);
        src->setToolTip(source);
        baseline_->setItem(row, 2, src);
    };
    for (std::size_t r = 0; r < v.roles.size() && r < s.roles.size(); ++r) {
        if (!s.roles[r].present)
            continue;
        add(tr("Årsverk %1").arg(QString::fromStdString(v.roles[r].id)), io::NumberText::number(s.roles[r].fte, 1),
            sourceOf("roles." + v.roles[r].id + ".fte", "roles"));
    }
    for (std::size_t b = 0; b < v.ageBands.size() && b < s.serviceRate.size(); ++b)
        add(tr("Dekningsgrad %1").arg(QString::fromStdString(v.ageBands[b].id)), io::NumberText::percent(s.serviceRate[b], 1),
            sourceOf("demography.service_rate." + v.ageBands[b].id, "demography.service_rate"));
    add(tr("Koordinatorårsverk i knutepunktet"), io::NumberText::number(s.hub.coordinatorFte, 2), sourceOf("hub.coordinator_fte", "hub"));
    baseline_->resizeColumnToContents(0);
    baseline_->resizeColumnToContents(1);
    baseline_->resizeRowsToContents();
}

void DemographyView::editBaseUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("SSB-adresse"),
                                              tr("Adressen til SSBs statistikkbank-API (PxWebAPI v2). Tomt felt: %1")
                                                  .arg(QString::fromLatin1(store::SsbProjectionFetcher::kDefaultBaseUrl)),
                                              QLineEdit::Normal, QSettings().value(QLatin1String(kBaseUrlKey)).toString(), &ok);
    if (!ok)
        return;
    if (url.trimmed().isEmpty())
        QSettings().remove(QLatin1String(kBaseUrlKey));
    else
        QSettings().setValue(QLatin1String(kBaseUrlKey), url.trimmed());
    updateButtons();
}

void DemographyView::fetchSsb()
{
    if (unitId_.isEmpty() || fetcher_->busy())
        return;
    store::SsbFetchRequest request;
    request.unitId = unitId_;
    request.alternative = alternative_->currentData().toString();
    request.baseUrl = ssbBaseUrl();
    status_->setProperty("kept", QString());
    status_->setText(tr("Henter SSBs framskriving (%1) for %2 fra %3 …").arg(request.alternative, unitName_, request.baseUrl));
    fetcher_->start(request, [this](const store::SsbFetchOutcome& outcome) { onFetched(outcome); });
    updateButtons();
}

QString DemographyView::errorText(const store::SsbFetchError& e) const
{
    using Kind = store::SsbFetchError::Kind;
    const QString unchanged = tr("Ingenting i biblioteket er endret.");
    switch (e.kind) {
    case Kind::Offline:
        return tr("Får ikke kontakt med SSBs statistikkbank (%1): %2. Er maskinen koblet til Internett? %3").arg(e.url, e.detail, unchanged);
    case Kind::Timeout:
        return tr("SSBs statistikkbank svarte ikke i tide (%1). Prøv igjen senere. %2").arg(e.url, unchanged);
    case Kind::Http:
        return tr("SSBs statistikkbank svarte med en feil (%1, %2). %3").arg(e.detail, e.url, unchanged);
    case Kind::Malformed:
        return tr("Svaret fra SSB er ikke en framskriving programmet kan lese (%1). %2").arg(e.detail, unchanged);
    case Kind::NoAlternative:
        return tr("Tabellen har ikke dette alternativet (%1). %2").arg(e.detail, unchanged);
    case Kind::NotAKommune:
        return tr("SSB framskriver befolkningen per kommune, ikke per bydel. %1").arg(unchanged);
    case Kind::BadRequest:
        return tr("Ugyldig forespørsel: %1. %2").arg(e.detail, unchanged);
    }
    return e.detail;
}

void DemographyView::onFetched(const store::SsbFetchOutcome& outcome)
{
    QString message;
    bool ok = false;
    if (!outcome.ok()) {
        message = errorText(*outcome.error);
    } else if (!library_) {
        message = tr("Uten scenariobibliotek kan SSBs framskriving ikke lagres.");
    } else if (auto saved = library_->saveSsbProjection(*outcome.projection); !saved) {
        message = tr("SSBs framskriving ble hentet, men kunne ikke lagres: %1").arg(saved.error().message);
    } else {
        ok = true;
        const auto& p = *outcome.projection;
        message = tr("Hentet SSBs framskriving (%1, tabell %2) for %3: %4–%5.")
                      .arg(p.alternative, p.tableId, unitName_, io::NumberText::year(p.years.front().year),
                           io::NumberText::year(p.years.back().year));
    }
    status_->setText(message);
    status_->setProperty("kept", unitId_);
    if (ok)
        reload();
    updateButtons();
    emit fetchFinished(ok, message);
}

void DemographyView::createWithSsb()
{
    if (!library_ || unitId_.isEmpty())
        return;
    store::NewScenarioOptions options;
    options.projection = store::NewScenarioOptions::Projection::Ssb;
    if (document_) {
        const std::string area = document_->serviceArea();
        if (!area.empty())
            options.serviceArea = QString::fromStdString(area);
    }
    auto created = library_->createForUnit(unitId_, options);
    if (!created) {
        status_->setText(tr("Kan ikke lage scenario: %1").arg(created.error().message));
        status_->setProperty("kept", unitId_);
        return;
    }
    emit scenarioCreated(created->scenarioId);
}

} // namespace gevinst::ui
