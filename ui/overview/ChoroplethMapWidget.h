#pragma once
// The interactive map of Kommunebildet: paints through ChoroplethPainter, pans with
// a drag, zooms with the wheel about the pointer (and with + / − keys), resets with
// a double click on the sea or resetView(); the unit under the pointer is outlined
// and its figures shown as a tooltip; a click emits unitActivated(id). Holds the
// data and the classes it was last given.

#include "ChoroplethData.h"
#include "ChoroplethPainter.h"
#include "ChoroplethScale.h"

#include <QWidget>

namespace gevinst::ui {

class KommuneMap;

class ChoroplethMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChoroplethMapWidget(QWidget* parent = nullptr);

    /// The outlines (not owned; nullptr: a message instead of the map).
    void setMap(const KommuneMap* map, const QString& problem = QString());
    /// The values and texts; the classes are made from the values shown.
    void setData(const ChoroplethData& data);

    const ChoroplethData& data() const { return data_; }
    const ChoroplethScale& scale() const { return scale_; }
    const KommuneMap* map() const { return map_; }
    /// The unit at a point of the widget, empty for none (for tests and the tooltip).
    QString unitAt(const QPointF& point) const;
    /// The colour the unit is filled with (the missing colour for a unit without a value).
    QColor colorOf(const QString& unitId) const;
    double zoom() const { return zoom_; }

public slots:
    void resetView();
    void zoomBy(double factor, const QPointF& about = QPointF(-1, -1));

signals:
    void unitActivated(const QString& unitId);
    void hoveredUnitChanged(const QString& unitId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    ChoroplethPainter::Options options() const;
    void setHover(const QString& id);

    const KommuneMap* map_ = nullptr;
    QString problem_;
    ChoroplethData data_;
    ChoroplethScale scale_;
    ChoroplethLayout layout_;
    double zoom_ = 1.0;
    QPointF pan_;
    QPointF pressPos_;
    QPointF lastPos_;
    bool dragging_ = false;
    QString hover_;
};

} // namespace gevinst::ui
