// Kommunebildet's map and table through their public API and object names: the
// shipped outlines hold all 357 kommuner, projected to UTM zone 33; the classes are
// colour-blind safe and keep their order in grey; the map colours each unit by its
// class and draws a unit without data as missing; hover and click find the unit;
// the exports write real PNG, SVG and PDF files; the table sorts numbers as numbers
// with the rows that have none last, totals on top, and filters by county and size.

#include "TestPaths.h"

#include "ChoroplethExport.h"
#include "ChoroplethMapWidget.h"
#include "ChoroplethPainter.h"
#include "ChoroplethScale.h"
#include "KommuneMap.h"
#include "MapProjection.h"
#include "OverviewMapData.h"
#include "OverviewSortProxy.h"
#include "OverviewTableModel.h"
#include "OverviewView.h"
#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace gevinst;
using namespace gevinst::ui;

namespace {

const KommuneMap& shippedMap()
{
    KommuneMapError error;
    const KommuneMap* map = KommuneMap::shipped(&error);
    INFO(error.file.toStdString() << " " << error.where.toStdString() << ": " << error.reason.toStdString());
    REQUIRE(map != nullptr);
    return *map;
}

/// A point inside a kommune in widget coordinates, from a known place's longitude/latitude.
QPointF devicePoint(const ChoroplethMapWidget& widget, double lon, double lat)
{
    const ChoroplethScale& scale = widget.scale();
    const ChoroplethPainter painter(*widget.map(), widget.data(), scale);
    const ChoroplethLayout layout = painter.layout(QRectF(widget.rect()), ChoroplethPainter::Options{});
    const QPointF p = MapProjection::utm33(lon, lat);
    return layout.toDevice.map(QPointF(p.x(), -p.y()));
}

ChoroplethData dataFor(const KommuneMap& map)
{
    // Every kommune a value from its number, so that the classes are spread; Bergen lacks data.
    ChoroplethData data;
    data.title = QStringLiteral("Test");
    for (const MapRegion& r : map.regions()) {
        ChoroplethValue v;
        v.name = r.name;
        v.value = r.id.toDouble() / 100.0;
        data.units.insert(r.id, v);
    }
    data.units[QStringLiteral("4601")].value.reset();
    data.units[QStringLiteral("4601")].missing = QStringLiteral("SSB har skjermet tallene");
    data.units[QStringLiteral("1871")].value.reset(); // Andøy: undefined, not missing
    data.bydeler.append({QStringLiteral("030101"), QStringLiteral("Gamle Oslo")});
    data.units.insert(QStringLiteral("030101"), ChoroplethValue{QStringLiteral("Gamle Oslo"), 99.0, {}, {}});
    data.sourceLine = QStringLiteral("Kilde: test");
    return data;
}

UnitRef unit(const char* id, const char* name, const char* level = "kommune")
{
    return UnitRef{id, name, level, std::nullopt};
}

OverviewRow row(const char* id, const char* name, const char* county, double inhabitants, std::optional<double> gap)
{
    OverviewRow r;
    r.unit = unit(id, name);
    r.countyId = county;
    r.countyName = std::string(county) == "03" ? "Oslo" : "Vestland";
    r.inhabitants = inhabitants;
    r.values[std::size_t(OverviewFigure::GapFte)] = gap;
    return r;
}

Overview smallOverview()
{
    Overview o;
    o.year = 2035;
    o.units.push_back(row("4601", "Bergen", "46", 291940, 120.5));
    o.units.push_back(row("4602", "Kinn", "46", 17000, std::nullopt));          // undefined
    o.units.push_back(row("4611", "Etne", "46", 4100, 3.25));
    o.units.push_back(row("0301", "Oslo", "03", 717710, 410.0));
    OverviewRow missing = row("4613", "Bømlo", "46", 12000, std::nullopt);
    missing.missing = OverviewMissing{OverviewMissing::Kind::SuppressedRates, "mottakere 67-79 fra fylket"};
    o.units.push_back(missing);
    o.country.id = "NO";
    o.country.name = "Norge";
    o.country.level = "land";
    o.country.units = 5;
    o.country.values[std::size_t(OverviewFigure::GapFte)] = 533.75;
    OverviewTotal vestland;
    vestland.id = "46";
    vestland.name = "Vestland";
    vestland.level = "fylke";
    vestland.units = 4;
    vestland.values[std::size_t(OverviewFigure::GapFte)] = 123.75;
    OverviewTotal oslo = vestland;
    oslo.id = "03";
    oslo.name = "Oslo";
    oslo.units = 1;
    oslo.values[std::size_t(OverviewFigure::GapFte)] = 410.0;
    o.counties = {oslo, vestland};
    return o;
}

QStringList namesInOrder(const OverviewSortProxy& proxy)
{
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, OverviewTableModel::ColName).data().toString();
    return names;
}

} // namespace

TEST_CASE("UTM zone 33 is exact on the central meridian and symmetric about it", "[overview][map]")
{
    // On 15° E the easting is the false easting and the northing k0 × the GRS80 meridian arc
    // (6 654 072,82 m to 60° N).
    const QPointF p = MapProjection::utm33(15.0, 60.0);
    CHECK(p.x() == Approx(500000.0).margin(0.01));
    CHECK(p.y() == Approx(0.9996 * 6654072.82).margin(1.0));
    const QPointF east = MapProjection::utm33(18.0, 69.0);
    const QPointF west = MapProjection::utm33(12.0, 69.0);
    CHECK(east.x() - 500000.0 == Approx(500000.0 - west.x()).epsilon(1e-9));
    CHECK(east.y() == Approx(west.y()).epsilon(1e-12));
    // Oslo sentrum lies some 240 km west of the zone's middle.
    const QPointF oslo = MapProjection::utm33(10.7522, 59.9139);
    CHECK(oslo.x() == Approx(262000).margin(3000));
    CHECK(oslo.y() == Approx(6650000).margin(5000));
}

TEST_CASE("The shipped map reads all 357 kommuner with their outlines", "[overview][map]")
{
    const KommuneMap& map = shippedMap();
    REQUIRE(map.regions().size() == 357);
    std::set<QString> ids;
    for (const MapRegion& r : map.regions()) {
        ids.insert(r.id);
        CHECK(r.id.size() == 4);
        CHECK_FALSE(r.name.isEmpty());
        CHECK_FALSE(r.path.isEmpty());
    }
    CHECK(ids.size() == 357);
    REQUIRE(map.region(QStringLiteral("0301")) != nullptr);
    CHECK(map.region(QStringLiteral("0301"))->name.startsWith(QLatin1String("Oslo")));
    // Oslo sentrum lies inside Oslo's outline, Bergen's in Bergen's (multipolygons with islands).
    const QPointF oslo = MapProjection::utm33(10.7522, 59.9139);
    CHECK(map.region(QStringLiteral("0301"))->path.contains(QPointF(oslo.x(), -oslo.y())));
    const QPointF bergen = MapProjection::utm33(5.3244, 60.3920);
    CHECK(map.region(QStringLiteral("4601"))->path.contains(QPointF(bergen.x(), -bergen.y())));
    // Norway in UTM 33: roughly 1 200 km wide and 1 500 km tall.
    CHECK(map.bounds().width() == Approx(1.2e6).epsilon(0.1));
    CHECK(map.bounds().height() == Approx(1.5e6).epsilon(0.1));
}

TEST_CASE("A broken map file is an error naming the feature", "[overview][map]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.geojson"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"kommunenummer":"0301","kommunenavn":"Oslo"},
         "geometry":{"type":"Polygon","coordinates":[[[10.6,59.8],[10.9,59.8],[10.9,60.0],[10.6,59.8]]]}},
        {"type":"Feature","properties":{"kommunenummer":"3207","kommunenavn":"Nordre Follo"},
         "geometry":{"type":"LineString","coordinates":[[10.8,59.7],[10.9,59.7]]}}]})");
    f.close();
    KommuneMapError error;
    CHECK_FALSE(KommuneMap::load(path, &error).has_value());
    CHECK(error.where == QStringLiteral("features[1].geometry.type"));
    CHECK(error.reason.contains(QStringLiteral("LineString")));
}

TEST_CASE("Classes: six sequential steps darkening monotonically, a diverging scale split at zero", "[overview][map]")
{
    std::vector<double> values;
    for (int i = 1; i <= 300; ++i)
        values.push_back(i * 0.37);
    const ChoroplethScale seq = ChoroplethScale::fromValues(values);
    REQUIRE(seq.kind() == ChoroplethScale::Kind::Sequential);
    REQUIRE(seq.classCount() == 6);
    // Grey print keeps the order: each class darker than the one below it, by a visible step.
    for (int c = 1; c < seq.classCount(); ++c)
        CHECK(qGray(seq.color(c).rgb()) < qGray(seq.color(c - 1).rgb()) - 12);
    CHECK(seq.classOf(0.37) == 0);
    CHECK(seq.classOf(300 * 0.37) == 5);
    CHECK(seq.classOf(std::nullopt) == ChoroplethScale::kMissing);
    // Breaks are rounded to two significant digits and ascending.
    for (std::size_t i = 0; i < seq.breaks().size(); ++i) {
        CHECK(seq.breaks()[i] == ChoroplethScale::roundNice(seq.breaks()[i]));
        if (i > 0)
            CHECK(seq.breaks()[i] > seq.breaks()[i - 1]);
    }
    CHECK(seq.label(0, [](double v) { return QString::number(v); }).startsWith(QStringLiteral("under")));

    std::vector<double> signedValues;
    for (int i = -100; i <= 200; ++i)
        signedValues.push_back(i * 1000.0);
    const ChoroplethScale div = ChoroplethScale::fromValues(signedValues);
    REQUIRE(div.kind() == ChoroplethScale::Kind::Diverging);
    CHECK(std::find(div.breaks().begin(), div.breaks().end(), 0.0) != div.breaks().end());
    CHECK(div.isNegative(div.classOf(-1.0)));
    CHECK_FALSE(div.isNegative(div.classOf(0.0)));
    CHECK_FALSE(div.isNegative(div.classOf(1.0)));
    // The sign survives grey print: negative classes are hatched, positive ones are not.
    CHECK(div.hatch(div.classOf(-1.0)).style() != Qt::NoBrush);
    CHECK(div.hatch(div.classOf(1.0)).style() == Qt::NoBrush);
    CHECK(div.hatch(ChoroplethScale::kMissing).style() != Qt::NoBrush);
}

TEST_CASE("The map colours each kommune by its class and a unit without data as missing", "[overview][map]")
{
    const KommuneMap& map = shippedMap();
    ChoroplethMapWidget widget;
    widget.setMap(&map);
    widget.resize(620, 760);
    widget.setData(dataFor(map));
    REQUIRE(widget.scale().classCount() == 6);

    // Finnmark's kommuner (56xx) have the highest numbers, Oslo (0301) the lowest.
    CHECK(widget.colorOf(QStringLiteral("5601")) == widget.scale().color(5));
    CHECK(widget.colorOf(QStringLiteral("0301")) == widget.scale().color(0));
    CHECK(widget.colorOf(QStringLiteral("4601")) == ChoroplethScale::missingColor());
    CHECK(widget.colorOf(QStringLiteral("1871")) == ChoroplethScale::undefinedColor());
    CHECK(widget.colorOf(QStringLiteral("9999")) == ChoroplethScale::missingColor());

    // What is painted is what colorOf says: the pixel at Oslo sentrum and at Hammerfest.
    widget.show();
    QImage image(widget.size(), QImage::Format_RGB32);
    widget.render(&image);
    const QPointF oslo = devicePoint(widget, 10.78, 59.98); // between Grorud and Nordmarka
    CHECK(widget.unitAt(oslo) == QStringLiteral("0301"));
    CHECK(image.pixelColor(oslo.toPoint()) == widget.scale().color(0));
    const QPointF hammerfest = devicePoint(widget, 23.68, 70.66);
    CHECK(widget.unitAt(hammerfest) == QStringLiteral("5603"));
    // Finnmarksvidda, inside a large Finnmark kommune: the top class.
    const QPointF vidda = devicePoint(widget, 23.5, 69.1);
    const QString viddaUnit = widget.unitAt(vidda);
    CHECK(viddaUnit.startsWith(QStringLiteral("56")));
    CHECK(image.pixelColor(vidda.toPoint()) == widget.colorOf(viddaUnit));
    CHECK(widget.colorOf(viddaUnit) == widget.scale().color(5));
    // Bergen is missing: grey or the darker lines of its cross hatch, never a class colour.
    const QPointF bergen = devicePoint(widget, 5.3244, 60.3920);
    CHECK(widget.unitAt(bergen) == QStringLiteral("4601"));
    const QColor atBergen = image.pixelColor(bergen.toPoint());
    CHECK(atBergen.red() == atBergen.green());
    CHECK(atBergen.green() == atBergen.blue());
}

TEST_CASE("Hover finds the unit and a click opens it, Oslo's bydeler included", "[overview][map]")
{
    const KommuneMap& map = shippedMap();
    ChoroplethMapWidget widget;
    widget.setMap(&map);
    widget.resize(620, 760);
    widget.setData(dataFor(map));
    widget.show();
    QSignalSpy activated(&widget, &ChoroplethMapWidget::unitActivated);
    const QPointF oslo = devicePoint(widget, 10.78, 59.98);
    REQUIRE(widget.unitAt(oslo) == QStringLiteral("0301"));
    QTest::mouseClick(&widget, Qt::LeftButton, {}, oslo.toPoint());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toString() == QStringLiteral("0301"));

    // The bydel tile of Gamle Oslo is in the side panel and answers a click too.
    const ChoroplethPainter painter(map, widget.data(), widget.scale());
    const ChoroplethLayout layout = painter.layout(QRectF(widget.rect()), {});
    REQUIRE(layout.tiles.size() == 1);
    const QPointF tile = layout.tiles.constFirst().second.center();
    CHECK(widget.unitAt(tile) == QStringLiteral("030101"));
    QTest::mouseClick(&widget, Qt::LeftButton, {}, tile.toPoint());
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toString() == QStringLiteral("030101"));

    // Zooming in about Oslo keeps Oslo under the pointer.
    widget.zoomBy(4.0, oslo);
    CHECK(widget.zoom() == Approx(4.0));
    CHECK(widget.unitAt(oslo) == QStringLiteral("0301"));
    widget.resetView();
    CHECK(widget.zoom() == Approx(1.0));
}

TEST_CASE("Export writes a real PNG, SVG and PDF with the attribution", "[overview][map]")
{
    const KommuneMap& map = shippedMap();
    const ChoroplethData data = dataFor(map);
    QTemporaryDir temporary;
    // GEVINST_TEST_EXPORT_DIR keeps the files for a look (pdftoppm).
    const QDir dir(qEnvironmentVariableIsSet("GEVINST_TEST_EXPORT_DIR") ? qEnvironmentVariable("GEVINST_TEST_EXPORT_DIR")
                                                                          : temporary.path());
    const QString png = dir.filePath(QStringLiteral("kart.png"));
    const QString svg = dir.filePath(QStringLiteral("kart.svg"));
    const QString pdf = dir.filePath(QStringLiteral("kart.pdf"));
    CHECK(ChoroplethExport::write(png, map, data).isEmpty());
    CHECK(ChoroplethExport::write(svg, map, data).isEmpty());
    CHECK(ChoroplethExport::write(pdf, map, data).isEmpty());

    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 2400);
    // The top class's colour covers part of the picture (Finnmark), not a blank page.
    int top = 0;
    const QRgb topColor = ChoroplethScale::fromValues({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}).color(5).rgb();
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            top += image.pixel(x, y) == topColor ? 1 : 0;
    CHECK(top > 1000);

    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.contains("Kartverket"));
    CHECK(svgText.size() > 100000);

    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(pdfBytes.size() > 20000);

    CHECK_FALSE(ChoroplethExport::write(dir.filePath(QStringLiteral("kart.gif")), map, data).isEmpty());
    CHECK_FALSE(ChoroplethExport::write(QStringLiteral("/no/such/folder/kart.png"), map, data).isEmpty());
}

TEST_CASE("The table sorts numbers as numbers, rows without one last, totals on top", "[overview][table]")
{
    OverviewTableModel model;
    model.setOverview(smallOverview());
    OverviewSortProxy proxy;
    proxy.setSourceModel(&model);
    const int gap = OverviewTableModel::columnOf(OverviewFigure::GapFte);

    proxy.sort(gap, Qt::AscendingOrder);
    CHECK(namesInOrder(proxy) == QStringList{QStringLiteral("Hele landet"), QStringLiteral("Etne"), QStringLiteral("Bergen"),
                                             QStringLiteral("Oslo"), QStringLiteral("Bømlo"), QStringLiteral("Kinn")});
    proxy.sort(gap, Qt::DescendingOrder);
    CHECK(namesInOrder(proxy) == QStringList{QStringLiteral("Hele landet"), QStringLiteral("Oslo"), QStringLiteral("Bergen"),
                                             QStringLiteral("Etne"), QStringLiteral("Bømlo"), QStringLiteral("Kinn")});

    // Norwegian numbers; the unit without data says so and why; an undefined figure is «–» with a reason.
    const auto cell = [&](const QString& name, int role) {
        for (int r = 0; r < proxy.rowCount(); ++r)
            if (proxy.index(r, OverviewTableModel::ColName).data().toString() == name)
                return proxy.index(r, gap).data(role);
        return QVariant();
    };
    CHECK(cell(QStringLiteral("Bergen"), Qt::DisplayRole).toString() == QStringLiteral("120,5"));
    CHECK(cell(QStringLiteral("Bømlo"), Qt::DisplayRole).toString() == QStringLiteral("mangler data"));
    CHECK(cell(QStringLiteral("Bømlo"), Qt::ToolTipRole).toString().contains(QStringLiteral("fylket")));
    CHECK(cell(QStringLiteral("Kinn"), Qt::DisplayRole).toString() == QStringLiteral("–"));
    CHECK_FALSE(cell(QStringLiteral("Kinn"), Qt::ToolTipRole).toString().isEmpty());

    // County filter: Vestland's units under Vestland's total; size filter on inhabitants.
    proxy.setCounty(QStringLiteral("46"));
    proxy.sort(gap, Qt::DescendingOrder);
    CHECK(namesInOrder(proxy) == QStringList{QStringLiteral("Hele landet"), QStringLiteral("Vestland i alt"),
                                             QStringLiteral("Bergen"), QStringLiteral("Etne"), QStringLiteral("Bømlo"),
                                             QStringLiteral("Kinn")});
    proxy.setSizeClass(OverviewSortProxy::SizeClass::Under5000);
    CHECK(namesInOrder(proxy) == QStringList{QStringLiteral("Hele landet"), QStringLiteral("Vestland i alt"),
                                             QStringLiteral("Etne")});
    proxy.setCounty({});
    proxy.setSizeClass(OverviewSortProxy::SizeClass::All);
    proxy.setRows(OverviewSortProxy::Rows::Totals);
    CHECK(namesInOrder(proxy) == QStringList{QStringLiteral("Hele landet"), QStringLiteral("Oslo i alt"),
                                             QStringLiteral("Vestland i alt")});
}

TEST_CASE("The map data from an overview: a unit lacking data is missing, with its reason", "[overview][map]")
{
    const Overview overview = smallOverview();
    const ChoroplethData data = OverviewMapData::of(overview, OverviewFigure::GapFte, QStringLiteral("Mal: Hjemmetjenester"));
    REQUIRE(data.units.size() == 5);
    REQUIRE(data.units.value(QStringLiteral("4601")).value.has_value());
    CHECK(*data.units.value(QStringLiteral("4601")).value == Approx(120.5));
    CHECK_FALSE(data.units.value(QStringLiteral("4613")).value.has_value());
    CHECK(data.units.value(QStringLiteral("4613")).missing.contains(QStringLiteral("fylket")));
    CHECK(data.units.value(QStringLiteral("4602")).missing.isEmpty()); // undefined, not missing
    CHECK(data.title.contains(QStringLiteral("2035")));
    CHECK(data.subtitle.contains(QStringLiteral("Hjemmetjenester")));
}

TEST_CASE("The view runs the batch on a worker and shows every unit, lacking data said so", "[overview][view]")
{
    QTemporaryDir dir;
    auto library = store::ScenarioLibrary::open(dir.filePath(QStringLiteral("lib.sqlite")));
    REQUIRE(library.ok());
    OverviewView view(library->get());
    view.resize(1366, 768);
    QSignalSpy finished(&view, &OverviewView::finished);
    view.recompute();
    CHECK(view.isRunning());
    REQUIRE(finished.wait(120000));
    REQUIRE(view.overview().has_value());
    const Overview& overview = *view.overview();
    CHECK(overview.units.size() == 372);

    // Every unit is on the map: the kommuner in the outlines, the bydeler as tiles.
    const ChoroplethData& data = view.map()->data();
    CHECK(data.units.size() == 372);
    CHECK(data.bydeler.size() == 15);
    for (const OverviewRow& row : overview.units) {
        const QString id = QString::fromStdString(row.unit.id);
        if (row.missing)
            CHECK(view.map()->colorOf(id) == ChoroplethScale::missingColor());
        else if (row.values[std::size_t(OverviewFigure::GapPer1000Aged67Plus)])
            CHECK(view.map()->colorOf(id) != ChoroplethScale::missingColor());
    }

    // The table: the country first, then the units ranked by the map's figure with empty ones last.
    QTableView* table = view.table();
    auto* proxy = qobject_cast<OverviewSortProxy*>(table->model());
    REQUIRE(proxy != nullptr);
    CHECK(proxy->index(0, OverviewTableModel::ColName).data().toString() == QStringLiteral("Hele landet"));
    CHECK(proxy->rowCount() == 1 + 372);
    const int column = OverviewTableModel::columnOf(OverviewFigure::GapPer1000Aged67Plus);
    bool seenEmpty = false;
    std::optional<double> previous;
    for (int r = 1; r < proxy->rowCount(); ++r) {
        const QVariant v = proxy->index(r, column).data(OverviewTableModel::SortRole);
        if (!v.isValid()) {
            seenEmpty = true;
            continue;
        }
        CHECK_FALSE(seenEmpty); // a number after an empty row would be out of place
        if (previous)
            CHECK(v.toDouble() <= *previous);
        previous = v.toDouble();
    }
    // The real map exported for a council report (kept for a look with GEVINST_TEST_EXPORT_DIR).
    QTemporaryDir exportDir;
    const QDir out(qEnvironmentVariableIsSet("GEVINST_TEST_EXPORT_DIR") ? qEnvironmentVariable("GEVINST_TEST_EXPORT_DIR")
                                                                          : exportDir.path());
    CHECK(view.exportMap(out.filePath(QStringLiteral("kommunebildet.pdf"))).isEmpty());
    CHECK(QFileInfo(out.filePath(QStringLiteral("kommunebildet.pdf"))).size() > 20000);

    // A second run with another year keeps the units' inputs and is quick; cancel stops a run.
    QSpinBox* year = view.findChild<QSpinBox*>(QStringLiteral("overviewYear"));
    REQUIRE(year != nullptr);
    year->setValue(2030);
    view.recompute();
    REQUIRE(finished.wait(60000));
    CHECK(view.overview()->year == 2030);

    // Another package must rebuild every unit's scenario: cancelled at once, the last result stays.
    QComboBox* package = view.findChild<QComboBox*>(QStringLiteral("overviewPackage"));
    REQUIRE(package != nullptr);
    const int other = package->findData(QStringLiteral("area:sykehjem"));
    REQUIRE(other >= 0);
    package->setCurrentIndex(other);
    view.recompute();
    REQUIRE(view.isRunning());
    view.findChild<QPushButton*>(QStringLiteral("overviewCancel"))->click();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(view.isRunning());
    CHECK(view.findChild<QLabel*>(QStringLiteral("overviewStatus"))->text().contains(QStringLiteral("Avbrutt")));
    CHECK(view.overview()->year == 2030);
}
