#include "ChoroplethPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <array>
#include <cmath>

namespace gevinst::ui {

namespace {

/// Oslo's bydeler on a 6 × 4 grid that keeps their places roughly: west left, north up.
struct Tile {
    const char* id;
    int column;
    int row;
    const char* label; ///< with a line break where a long name wraps
};
constexpr std::array<Tile, 15> kTiles{{
    {"030107", 1, 0, "Vestre\nAker"},   {"030108", 2, 0, "Nordre\nAker"}, {"030109", 3, 0, "Bjerke"},
    {"030110", 4, 0, "Grorud"},         {"030111", 5, 0, "Stovner"},      {"030106", 0, 1, "Ullern"},
    {"030104", 1, 1, "St. Hans-\nhaugen"}, {"030103", 2, 1, "Sagene"},    {"030102", 3, 1, "Grüner-\nløkka"},
    {"030112", 4, 1, "Alna"},           {"030105", 1, 2, "Frogner"},      {"030101", 3, 2, "Gamle\nOslo"},
    {"030113", 4, 2, "Østen-\nsjø"},    {"030114", 3, 3, "Nord-\nstrand"}, {"030115", 4, 3, "Søndre\nNordstr."},
}};
constexpr int kTileColumns = 6;
constexpr int kTileRows = 4;

QFont sized(const QFont& base, double points, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// Dark fills get white text.
QColor textOn(const QColor& fill)
{
    return fill.lightnessF() < 0.45 ? Qt::white : Qt::black;
}

} // namespace

ChoroplethPainter::ChoroplethPainter(const KommuneMap& map, const ChoroplethData& data, const ChoroplethScale& scale)
    : map_(map)
    , data_(data)
    , scale_(scale)
{
}

QString ChoroplethPainter::attribution()
{
    return QCoreApplication::translate("gevinst::ui::ChoroplethPainter", "Kartgrunnlag: Kartverket (CC BY 4.0)");
}

QPoint ChoroplethPainter::tileOf(const QString& bydelId)
{
    for (const Tile& t : kTiles)
        if (bydelId == QLatin1String(t.id))
            return {t.column, t.row};
    return {-1, -1};
}

int ChoroplethPainter::classOfUnit(const QString& id) const
{
    const auto it = data_.units.constFind(id);
    if (it == data_.units.cend() || !it->missing.isEmpty())
        return ChoroplethScale::kMissing;
    return it->value ? scale_.classOf(it->value) : ChoroplethScale::kUndefined;
}

bool ChoroplethPainter::hasUndefined() const
{
    for (const ChoroplethValue& v : data_.units)
        if (!v.value && v.missing.isEmpty())
            return true;
    return false;
}

ChoroplethLayout ChoroplethPainter::layout(const QRectF& area, const Options& o) const
{
    const double s = o.scale;
    ChoroplethLayout l;
    QRectF rect = area;
    if (o.titles) {
        const double titleHeight = 24 * s + (data_.subtitle.isEmpty() ? 0 : 18 * s);
        rect.setTop(rect.top() + titleHeight + 6 * s);
        rect.setBottom(rect.bottom() - 34 * s);
    }
    l.mapRect = rect;

    // Fit the outlines with a margin, keeping their shape.
    const QRectF b = map_.bounds();
    const double margin = 8 * s;
    const double fit = std::min((rect.width() - 2 * margin) / b.width(), (rect.height() - 2 * margin) / b.height());
    const double dx = rect.left() + (rect.width() - b.width() * fit) / 2 - b.left() * fit;
    const double dy = rect.top() + (rect.height() - b.height() * fit) / 2 - b.top() * fit;
    l.toDevice = QTransform(fit, 0, 0, fit, dx, dy) * o.view;

    // The legend over the Norwegian Sea (top left), the bydeler over Sweden (bottom right).
    const int rows = scale_.classCount() + 1 + (hasUndefined() ? 1 : 0) +
                     (scale_.kind() == ChoroplethScale::Kind::Diverging ? 1 : 0);
    const double legendWidth = std::min(200 * s, rect.width() * 0.42);
    l.legendRect = QRectF(rect.left() + 6 * s, rect.top() + 6 * s, legendWidth, 58 * s + rows * 17 * s);

    if (!data_.bydeler.isEmpty()) {
        const double panelWidth = std::min(300 * s, rect.width() * 0.46);
        const double tile = panelWidth / kTileColumns;
        const double panelHeight = 22 * s + tile * kTileRows;
        l.bydelPanel = QRectF(rect.right() - panelWidth - 6 * s, rect.bottom() - panelHeight - 22 * s, panelWidth, panelHeight);
        for (const ChoroplethBydel& b : data_.bydeler) {
            const QPoint cell = tileOf(b.id);
            if (cell.x() < 0)
                continue;
            l.tiles.append({b.id, QRectF(l.bydelPanel.left() + cell.x() * tile, l.bydelPanel.top() + 22 * s + cell.y() * tile,
                                         tile, tile)
                                      .adjusted(1 * s, 1 * s, -1 * s, -1 * s)});
        }
    }
    return l;
}

void ChoroplethPainter::paintHatch(QPainter& p, const QPainterPath& devicePath, int cls, double scale) const
{
    const QBrush hatch = scale_.hatch(cls);
    if (hatch.style() == Qt::NoBrush)
        return;
    // Drawn as lines so that every output (SVG and PDF too) keeps it as vectors.
    p.save();
    p.setClipPath(devicePath, Qt::IntersectClip);
    p.setPen(QPen(hatch.color(), 0.6 * scale));
    const QRectF r = devicePath.boundingRect();
    const double step = 4.5 * scale;
    const double span = r.width() + r.height();
    for (double t = 0; t <= span; t += step) {
        p.drawLine(QPointF(r.left() + t, r.bottom()), QPointF(r.left() + t - r.height(), r.top()));
        if (hatch.style() == Qt::DiagCrossPattern)
            p.drawLine(QPointF(r.left() + t - r.height(), r.bottom()), QPointF(r.left() + t, r.top()));
    }
    p.restore();
}

void ChoroplethPainter::paintRegions(QPainter& p, const ChoroplethLayout& l, const Options& o) const
{
    const double s = o.scale;
    p.save();
    p.setClipRect(l.mapRect);
    const QPen border(QColor(0, 0, 0, 110), 0.4 * s);
    QPainterPath highlighted;
    for (const MapRegion& region : map_.regions()) {
        const QPainterPath device = l.toDevice.map(region.path);
        if (!device.boundingRect().intersects(l.mapRect))
            continue;
        const int cls = classOfUnit(region.id);
        p.setPen(border);
        p.setBrush(scale_.brush(cls));
        p.drawPath(device);
        paintHatch(p, device, cls, s);
        if (region.id == o.highlight)
            highlighted = device;
    }
    if (!highlighted.isEmpty()) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::black, 2 * s));
        p.drawPath(highlighted);
    }
    p.restore();
}

void ChoroplethPainter::paintLegend(QPainter& p, const ChoroplethLayout& l, const Options& o) const
{
    const double s = o.scale;
    const QRectF r = l.legendRect;
    p.save();
    p.setPen(QPen(QColor(0, 0, 0, 60), 0.6 * s));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(r);
    const double pad = 6 * s;
    p.setFont(sized(p.font(), 8, true));
    p.setPen(Qt::black);
    const QRectF titleRect(r.left() + pad, r.top() + pad, r.width() - 2 * pad, 46 * s);
    p.drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               data_.legendTitle.isEmpty() ? data_.title : data_.legendTitle);
    p.setFont(sized(p.font(), 8));
    auto format = data_.legendFormat ? data_.legendFormat : [](double v) { return QString::number(v, 'f', 2); };
    double y = r.top() + pad + 48 * s;
    auto row = [&](int cls, const QString& text) {
        const QRectF swatch(r.left() + pad, y + 2 * s, 22 * s, 12 * s);
        p.setPen(QPen(QColor(0, 0, 0, 140), 0.5 * s));
        p.setBrush(scale_.brush(cls));
        p.drawRect(swatch);
        QPainterPath swatchPath;
        swatchPath.addRect(swatch);
        paintHatch(p, swatchPath, cls, s);
        p.setPen(Qt::black);
        p.drawText(QRectF(swatch.right() + 6 * s, y, r.right() - swatch.right() - pad - 6 * s, 16 * s),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        y += 17 * s;
    };
    for (int cls = scale_.classCount() - 1; cls >= 0; --cls)
        row(cls, scale_.label(cls, format));
    if (hasUndefined())
        row(ChoroplethScale::kUndefined, scale_.label(ChoroplethScale::kUndefined, format));
    row(ChoroplethScale::kMissing, scale_.label(ChoroplethScale::kMissing, format));
    if (scale_.kind() == ChoroplethScale::Kind::Diverging) {
        p.setPen(QColor(60, 60, 60));
        p.drawText(QRectF(r.left() + pad, y, r.width() - 2 * pad, 16 * s), Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("gevinst::ui::ChoroplethPainter", "Skravert: under null"));
    }
    p.restore();
}

void ChoroplethPainter::paintBydeler(QPainter& p, const ChoroplethLayout& l, const Options& o) const
{
    if (l.tiles.isEmpty())
        return;
    const double s = o.scale;
    p.save();
    p.setPen(QPen(QColor(0, 0, 0, 60), 0.6 * s));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(l.bydelPanel);
    p.setPen(Qt::black);
    p.setFont(sized(p.font(), 8, true));
    p.drawText(QRectF(l.bydelPanel.left() + 5 * s, l.bydelPanel.top(), l.bydelPanel.width() - 10 * s, 22 * s),
               Qt::AlignLeft | Qt::AlignVCenter, QCoreApplication::translate("gevinst::ui::ChoroplethPainter", "Oslos bydeler"));
    const double tile = l.tiles.constFirst().second.width();
    const QFont label = sized(p.font(), std::clamp(tile / (7.0 * s), 4.5, 7.5), false);
    for (const auto& [id, rect] : l.tiles) {
        const int cls = classOfUnit(id);
        const QColor fill = scale_.color(cls);
        QPainterPath path;
        path.addRect(rect);
        p.setPen(id == o.highlight ? QPen(Qt::black, 2 * s) : QPen(QColor(0, 0, 0, 110), 0.5 * s));
        p.setBrush(fill);
        p.drawPath(path);
        paintHatch(p, path, cls, s);
        QString text;
        for (const Tile& t : kTiles)
            if (id == QLatin1String(t.id))
                text = QString::fromUtf8(t.label);
        p.setFont(label);
        p.setPen(textOn(fill));
        p.drawText(rect.adjusted(1 * s, 1 * s, -1 * s, -1 * s), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    p.restore();
}

ChoroplethLayout ChoroplethPainter::paint(QPainter& p, const QRectF& area, const Options& o) const
{
    const double s = o.scale;
    const ChoroplethLayout l = layout(area, o);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(area, Qt::white);
    paintRegions(p, l, o);
    paintLegend(p, l, o);
    paintBydeler(p, l, o);

    if (o.titles) {
        p.setPen(Qt::black);
        p.setFont(sized(p.font(), 14, true));
        p.drawText(QRectF(area.left(), area.top(), area.width(), 24 * s), Qt::AlignLeft | Qt::AlignVCenter, data_.title);
        if (!data_.subtitle.isEmpty()) {
            p.setFont(sized(p.font(), 9));
            p.drawText(QRectF(area.left(), area.top() + 24 * s, area.width(), 18 * s), Qt::AlignLeft | Qt::AlignVCenter,
                       data_.subtitle);
        }
        p.setFont(sized(p.font(), 7.5));
        p.setPen(QColor(50, 50, 50));
        const QRectF footer(area.left(), area.bottom() - 32 * s, area.width(), 32 * s);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   data_.sourceLine + QLatin1Char('\n') + attribution());
    } else {
        // The licence asks for the attribution on the map itself.
        p.setFont(sized(p.font(), 7));
        const QString text = attribution();
        const QFontMetricsF fm(p.font(), p.device());
        const double w = fm.horizontalAdvance(text) + 8 * s;
        const QRectF box(l.mapRect.right() - w - 2 * s, l.mapRect.bottom() - 16 * s, w, 14 * s);
        p.fillRect(box, QColor(255, 255, 255, 220));
        p.setPen(QColor(50, 50, 50));
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.restore();
    return l;
}

QString ChoroplethPainter::unitAt(const ChoroplethLayout& l, const QPointF& point) const
{
    for (const auto& [id, rect] : l.tiles)
        if (rect.contains(point))
            return id;
    if (l.bydelPanel.contains(point) || l.legendRect.contains(point) || !l.mapRect.contains(point))
        return {};
    bool invertible = false;
    const QPointF metres = l.toDevice.inverted(&invertible).map(point);
    if (!invertible)
        return {};
    for (const MapRegion& region : map_.regions())
        if (region.bounds.contains(metres) && region.path.contains(metres))
            return region.id;
    return {};
}

} // namespace gevinst::ui
