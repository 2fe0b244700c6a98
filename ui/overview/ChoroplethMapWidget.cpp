#include "ChoroplethMapWidget.h"

#include "KommuneMap.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace gevinst::ui {

namespace {
constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 40.0;
} // namespace

ChoroplethMapWidget::ChoroplethMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 360);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Dra for å flytte kartet, rull for å zoome, dobbeltklikk i havet for å tilbakestille. "
                  "Klikk på en enhet for å åpne den."));
}

void ChoroplethMapWidget::setMap(const KommuneMap* map, const QString& problem)
{
    map_ = map;
    problem_ = problem;
    update();
}

void ChoroplethMapWidget::setData(const ChoroplethData& data)
{
    data_ = data;
    std::vector<double> values;
    values.reserve(std::size_t(data_.units.size()));
    for (const ChoroplethValue& v : std::as_const(data_.units))
        if (v.value)
            values.push_back(*v.value);
    scale_ = ChoroplethScale::fromValues(values);
    update();
}

ChoroplethPainter::Options ChoroplethMapWidget::options() const
{
    ChoroplethPainter::Options o;
    o.view = QTransform::fromTranslate(-width() / 2.0, -height() / 2.0) * QTransform::fromScale(zoom_, zoom_) *
             QTransform::fromTranslate(width() / 2.0 + pan_.x(), height() / 2.0 + pan_.y());
    o.highlight = hover_;
    return o;
}

void ChoroplethMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (!map_) {
        p.fillRect(rect(), palette().window());
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   problem_.isEmpty() ? tr("Kartet er ikke tilgjengelig.") : problem_);
        return;
    }
    const ChoroplethPainter painter(*map_, data_, scale_);
    layout_ = painter.paint(p, QRectF(rect()), options());
}

void ChoroplethMapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (map_)
        layout_ = ChoroplethPainter(*map_, data_, scale_).layout(QRectF(rect()), options());
}

QString ChoroplethMapWidget::unitAt(const QPointF& point) const
{
    if (!map_)
        return {};
    const ChoroplethPainter painter(*map_, data_, scale_);
    return painter.unitAt(painter.layout(QRectF(rect()), options()), point);
}

QColor ChoroplethMapWidget::colorOf(const QString& unitId) const
{
    const auto it = data_.units.constFind(unitId);
    if (it == data_.units.cend() || !it->missing.isEmpty())
        return scale_.color(ChoroplethScale::kMissing);
    return scale_.color(it->value ? scale_.classOf(it->value) : ChoroplethScale::kUndefined);
}

void ChoroplethMapWidget::resetView()
{
    zoom_ = 1.0;
    pan_ = {};
    update();
}

void ChoroplethMapWidget::zoomBy(double factor, const QPointF& about)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF at = about.x() < 0 ? centre : about;
    const double next = std::clamp(zoom_ * factor, kMinZoom, kMaxZoom);
    if (next == zoom_)
        return;
    // Keep the point under the pointer where it is: at = centre + pan + zoom·(x − centre).
    const QPointF x = (at - centre - pan_) / zoom_;
    zoom_ = next;
    pan_ = at - centre - zoom_ * x;
    if (zoom_ == kMinZoom)
        pan_ = {};
    update();
}

void ChoroplethMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        pressPos_ = lastPos_ = event->position();
        dragging_ = false;
    }
}

void ChoroplethMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!dragging_ && (event->position() - pressPos_).manhattanLength() > 4)
            dragging_ = true;
        if (dragging_) {
            pan_ += event->position() - lastPos_;
            lastPos_ = event->position();
            setCursor(Qt::ClosedHandCursor);
            update();
            return;
        }
    }
    setHover(unitAt(event->position()));
}

void ChoroplethMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (!dragging_) {
        const QString id = unitAt(event->position());
        if (!id.isEmpty())
            emit unitActivated(id);
    }
    dragging_ = false;
}

void ChoroplethMapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (unitAt(event->position()).isEmpty())
        resetView();
}

void ChoroplethMapWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ChoroplethMapWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus: zoomBy(1.25); break;
    case Qt::Key_Minus: zoomBy(0.8); break;
    case Qt::Key_0: resetView(); break;
    default: QWidget::keyPressEvent(event);
    }
}

void ChoroplethMapWidget::leaveEvent(QEvent* event)
{
    setHover({});
    QWidget::leaveEvent(event);
}

void ChoroplethMapWidget::setHover(const QString& id)
{
    if (id == hover_)
        return;
    hover_ = id;
    emit hoveredUnitChanged(id);
    update();
}

bool ChoroplethMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString id = unitAt(help->pos());
        if (id.isEmpty()) {
            QToolTip::showText(help->globalPos(), toolTip(), this);
            return true;
        }
        const auto it = data_.units.constFind(id);
        QString text;
        if (it == data_.units.cend()) {
            const MapRegion* region = map_ ? map_->region(id) : nullptr;
            text = tr("<b>%1</b><br>Ikke med i beregningen.").arg((region ? region->name : id).toHtmlEscaped());
        } else {
            text = QStringLiteral("<b>%1</b>").arg(it->name.toHtmlEscaped());
            if (!it->hover.isEmpty())
                text += QStringLiteral("<br>") + it->hover.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
            if (!it->missing.isEmpty())
                text += QStringLiteral("<br><i>%1</i>").arg(it->missing.toHtmlEscaped());
            text += tr("<br><span style='color:gray'>Klikk for å åpne enheten</span>");
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace gevinst::ui
