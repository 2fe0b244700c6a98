#pragma once
// Draws the choropleth map of Norway into any QPainter (the widget, a PNG, an SVG,
// an A4 PDF): the kommuner filled by class, a legend over the Norwegian Sea, Oslo's
// 15 bydeler as a tile grid over Sweden (they have no outlines in the map data),
// the «mangler data» class hatched, Kartverket's attribution always on the map, and
// for exports a title, subtitle and source line. Owns nothing; the caller keeps the
// map, the data and the scale alive while painting.

#include "ChoroplethData.h"
#include "ChoroplethScale.h"
#include "KommuneMap.h"

#include <QPainter>
#include <QRectF>
#include <QTransform>

namespace gevinst::ui {

struct ChoroplethLayout {
    QRectF mapRect;           ///< where the outlines are fitted
    QTransform toDevice;      ///< projected metres → device (fit, then the user's zoom and pan)
    QRectF legendRect;
    QRectF bydelPanel;
    QVector<QPair<QString, QRectF>> tiles; ///< bydel id → its tile
};

class ChoroplethPainter {
public:
    struct Options {
        bool titles = false;    ///< title, subtitle and source line (exports)
        QTransform view;        ///< the user's zoom and pan, applied after the fit
        QString highlight;      ///< a unit drawn with a heavy outline (hover)
        double scale = 1.0;     ///< sizes of text and lines relative to a 96 dpi screen
    };

    ChoroplethPainter(const KommuneMap& map, const ChoroplethData& data, const ChoroplethScale& scale);

    ChoroplethLayout layout(const QRectF& area, const Options& options) const;
    /// Paints everything into `area` and returns the layout used (for hit tests).
    ChoroplethLayout paint(QPainter& painter, const QRectF& area, const Options& options) const;

    /// The unit under `point` (device coordinates): a bydel tile first, then a kommune; empty for none.
    QString unitAt(const ChoroplethLayout& layout, const QPointF& point) const;

    /// The attribution the map data's licence requires.
    static QString attribution();
    /// The tile (column, row) of an Oslo bydel in the 6 × 4 grid, or (−1, −1).
    static QPoint tileOf(const QString& bydelId);

private:
    void paintRegions(QPainter& p, const ChoroplethLayout& l, const Options& o) const;
    void paintLegend(QPainter& p, const ChoroplethLayout& l, const Options& o) const;
    void paintBydeler(QPainter& p, const ChoroplethLayout& l, const Options& o) const;
    void paintHatch(QPainter& p, const QPainterPath& devicePath, int cls, double scale) const;
    int classOfUnit(const QString& id) const;
    bool hasUndefined() const;

    const KommuneMap& map_;
    const ChoroplethData& data_;
    const ChoroplethScale& scale_;
};

} // namespace gevinst::ui
