// «Befolkning» through its widgets' object names, and the series behind it by hand:
// registered years only where a band can be read exactly, SSB's projection split into a
// vocabulary's own bands so that the parts add up to SSB's figure, the fetch against a
// local PxWebAPI v2 stand-in (ok, and offline with the library unchanged), and the fetch
// button off for a bydel.

#include "PxWebServer.h"
#include "UiTestSupport.h"

#include "DemographySeries.h"
#include "DemographyView.h"
#include "ScenarioDocument.h"

#include "ScenarioLibrary.h"
#include "SsbProjection.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>

using namespace gevinst;

namespace {

std::unique_ptr<store::ScenarioLibrary> library(const QTemporaryDir& dir)
{
    store::OpenOptions options;
    options.dataDir = QStringLiteral(GEVINST_SOURCE_DIR);
    auto opened = store::ScenarioLibrary::open(dir.filePath("lib.sqlite"), options);
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

std::unique_ptr<ui::ScenarioDocument> documentFor(store::ScenarioLibrary& lib, const QString& unitId)
{
    auto json = lib.documentForUnit(unitId);
    INFO((json ? QString() : json.error().text()).toStdString());
    REQUIRE(json.ok());
    return std::make_unique<ui::ScenarioDocument>(ui::Json::parse(json->toStdString()));
}

store::SsbProjection ssbFor(const QString& unit, std::array<qint64, 4> persons2040)
{
    store::SsbProjection p;
    p.unitId = unit;
    p.alternative = "MMMM";
    p.tableId = "14288";
    p.fetchedAt = QDateTime::currentDateTimeUtc();
    p.source = "SSB tabell 14288, alternativ MMMM (test)";
    store::AgeBandPopulation y;
    y.unitId = unit;
    y.year = 2040;
    y.persons = persons2040;
    p.years.push_back(y);
    return p;
}

} // namespace

TEST_CASE("the series: registered where exact, SSB split into the vocabulary's bands", "[demography]")
{
    test::ensureApplication();
    QTemporaryDir dir;
    auto lib = library(dir);
    std::vector<AgeBand> bands;
    for (const char* id : {"0-66", "67-79", "80-89", "90+"})
        bands.push_back(*AgeBand::parse(id));
    auto data = projection::ProjectionDataSet::load(std::string(GEVINST_SOURCE_DIR) + "/resources/data");
    REQUIRE(data);
    const auto registered = lib->population("4601");
    REQUIRE(registered.ok());
    const store::SsbProjection ssb = ssbFor("4601", {60000, 200000, 40000, 22000});
    QString error;
    const auto s = ui::DemographySeries::build("4601", bands, *registered, *data, {ssb}, 2050, &error);
    INFO(error.toStdString());
    REQUIRE(s);
    REQUIRE(s->years.front() == 2024);
    REQUIRE(s->years.back() == 2050);
    REQUIRE(s->bands.size() == 4);
    // 2024: registered single ages, exact for every band, and the projection's base.
    for (const auto& b : s->bands)
        CHECK(b.registered.at(2024) == Approx(b.program.front()).epsilon(1e-12));
    // 2025: 0-66 and 67-79 are sums of the library's bands; 80-89 and 90+ are not.
    CHECK(s->bands[0].registered.count(2025) == 1);
    CHECK(s->bands[1].registered.count(2025) == 1);
    CHECK(s->bands[2].registered.count(2025) == 0);
    CHECK(s->bands[3].registered.count(2025) == 0);
    const auto r2025 = std::find_if(registered->begin(), registered->end(), [](const auto& r) { return r.year == 2025; });
    REQUIRE(r2025 != registered->end());
    CHECK(s->bands[1].registered.at(2025) == double(r2025->persons[2]));
    CHECK(s->bands[0].registered.at(2025) == double(r2025->persons[0] + r2025->persons[1]));
    // SSB's 2040: 80-89 + 90+ is SSB's 80+ exactly; years SSB lacks are NaN.
    const std::size_t i2040 = std::size_t(2040 - 2024);
    CHECK(s->bands[2].ssb[i2040] + s->bands[3].ssb[i2040] == Approx(22000).epsilon(1e-12));
    CHECK(s->bands[0].ssb[i2040] == 260000);
    CHECK(std::isnan(s->bands[0].ssb[0]));
    CHECK(s->bands[2].ssb[i2040] > s->bands[3].ssb[i2040]);
}

TEST_CASE("«Befolkning» for Bergen: chart, table, sources and the fetch", "[demography]")
{
    test::ensureApplication();
    QTemporaryDir dir;
    auto lib = library(dir);
    auto bergen = documentFor(*lib, "4601");
    ui::DemographyView view(lib.get());
    view.resize(900, 1400);
    view.setDocument(bergen.get());

    auto* title = view.findChild<QLabel*>("demographyTitle");
    auto* table = view.findChild<QTableWidget*>("demographyTable");
    auto* plot = view.findChild<QCustomPlot*>("demographyChart");
    auto* fetch = view.findChild<QPushButton*>("fetchSsbButton");
    auto* create = view.findChild<QPushButton*>("newScenarioSsbButton");
    auto* band = view.findChild<QComboBox*>("demographyBand");
    auto* method = view.findChild<QLabel*>("demographyMethod");
    auto* baseline = view.findChild<QTableWidget*>("staffingBaseline");
    REQUIRE(title);
    REQUIRE(table);
    REQUIRE(plot);
    REQUIRE(fetch);
    REQUIRE(create);
    REQUIRE(band);
    CHECK(title->text().contains("Bergen (4601)"));
    CHECK(band->currentText() == "80+");
    CHECK(table->columnCount() == 3); // År, registrert, programmet
    CHECK(table->rowCount() == 27);
    CHECK(plot->graphCount() == 2);   // programmet, registrert
    CHECK(fetch->isEnabled());
    CHECK_FALSE(create->isEnabled());
    CHECK(method->text().contains("07902"));
    CHECK(method->text().contains("ikke hentet"));
    // The baseline: the nurses' FTE with its KOSTRA source (SSB 14534) beside it.
    bool nurses = false;
    for (int r = 0; r < baseline->rowCount(); ++r)
        if (baseline->item(r, 0)->text().contains("sykepleier")) {
            nurses = true;
            CHECK(baseline->item(r, 2)->text().contains("14534"));
        }
    CHECK(nurses);

    SECTION("fetched from a local PxWebAPI v2: drawn beside the program's")
    {
        test::PxWebServer server;
        QSettings().setValue("ssb/baseUrl", server.base());
        QSignalSpy done(&view, &ui::DemographyView::fetchFinished);
        fetch->click();
        CHECK_FALSE(fetch->isEnabled()); // busy, the window keeps going
        REQUIRE(done.wait(20000));
        QSettings().remove("ssb/baseUrl");
        INFO(done.first().at(1).toString().toStdString());
        CHECK(done.first().at(0).toBool());
        CHECK(lib->ssbProjections("4601")->size() == 1);
        CHECK(table->columnCount() == 5);
        CHECK(plot->graphCount() == 3);
        CHECK(create->isEnabled());
        CHECK(method->text().contains("SSB tabell 14288, alternativ MMMM"));
        CHECK(view.findChild<QLabel*>("demographyDifference")->text().contains("2040, 80+"));

        QSignalSpy created(&view, &ui::DemographyView::scenarioCreated);
        create->click();
        REQUIRE(created.count() == 1);
        auto made = lib->load(created.first().at(0).toLongLong());
        REQUIRE(made.ok());
        CHECK(made->json.contains("SSBs egen befolkningsframskriving"));
    }
    SECTION("offline: a clear message, the library unchanged")
    {
        QSettings().setValue("ssb/baseUrl", test::PxWebServer::closedPort());
        QSignalSpy done(&view, &ui::DemographyView::fetchFinished);
        fetch->click();
        REQUIRE(done.wait(20000));
        QSettings().remove("ssb/baseUrl");
        CHECK_FALSE(done.first().at(0).toBool());
        const QString message = view.findChild<QLabel*>("ssbStatus")->text();
        CHECK(message.contains("Får ikke kontakt med SSBs statistikkbank"));
        CHECK(message.contains("Ingenting i biblioteket er endret"));
        CHECK(lib->ssbProjections("4601")->empty());
        CHECK(table->columnCount() == 3);
    }
}

TEST_CASE("«Befolkning» for a bydel: the program's projection, no fetch", "[demography]")
{
    test::ensureApplication();
    QTemporaryDir dir;
    auto lib = library(dir);
    auto alna = documentFor(*lib, "030112");
    ui::DemographyView view(lib.get());
    view.setDocument(alna.get());
    CHECK(view.series().has_value());
    CHECK_FALSE(view.findChild<QPushButton*>("fetchSsbButton")->isEnabled());
    CHECK(view.findChild<QPushButton*>("fetchSsbButton")->toolTip().contains("per kommune"));
    CHECK(view.findChild<QLabel*>("demographyMethod")->text().contains("10826"));
}
