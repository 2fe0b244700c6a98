#include "KeyFigureCard.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLayout>
#include <QResizeEvent>

#include <algorithm>
#include <QVBoxLayout>

namespace gevinst::ui {

KeyFigureCard::KeyFigureCard(const QString& key, const QString& caption, const QString& help, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card:") + key);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("gevinst--ui--KeyFigureCard { background: #f6f8fb; border: 1px solid #d5dde8; border-radius: 4px; }"));
    setToolTip(help);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(8, 5, 8, 5);
    v->setSpacing(1);
    caption_ = new QLabel(caption);
    caption_->setWordWrap(true);
    caption_->setStyleSheet(QStringLiteral("color: #44505e;"));
    value_ = new QLabel;
    value_->setObjectName(QStringLiteral("cardValue:") + key);
    valueFont_ = value_->font();
    valueFont_.setBold(true);
    // The card's width decides the value's size (fitValueFont), not the other way round.
    value_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    fitValueFont();
    value_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    context_ = new QLabel;
    context_->setWordWrap(true);
    context_->setStyleSheet(QStringLiteral("color: #5f6b78;"));
    QFont small = context_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    context_->setFont(small);
    v->addWidget(caption_);
    v->addWidget(value_);
    v->addWidget(context_);
    detail_ = new QLabel;
    detail_->setObjectName(QStringLiteral("cardDetail:") + key);
    detail_->setWordWrap(true);
    detail_->setStyleSheet(QStringLiteral("color: #1f3f5e;"));
    detail_->setFont(small);
    detail_->hide();
    v->addWidget(detail_);
    v->addStretch(1);
}

namespace {

constexpr double kLargest = 1.35;
constexpr double kSmallest = 1.0;

} // namespace

int KeyFigureCard::valueWidthAt(double scale) const
{
    QFont f = valueFont_;
    f.setPointSizeF(valueFont_.pointSizeF() * scale);
    return QFontMetrics(f).horizontalAdvance(value_->text()) + 2;
}

void KeyFigureCard::fitValueFont()
{
    const int room = contentsRect().width() - (layout() ? layout()->contentsMargins().left() + layout()->contentsMargins().right() : 0);
    double scale = kLargest;
    while (scale > kSmallest && valueWidthAt(scale) > room)
        scale -= 0.05;
    QFont f = valueFont_;
    f.setPointSizeF(valueFont_.pointSizeF() * std::max(scale, kSmallest));
    if (f != value_->font())
        value_->setFont(f);
}

QSize KeyFigureCard::minimumSizeHint() const
{
    QSize size = QFrame::minimumSizeHint();
    const QMargins m = layout() ? layout()->contentsMargins() : QMargins();
    size.setWidth(std::max(size.width(), valueWidthAt(kSmallest) + m.left() + m.right() + 2 * frameWidth()));
    return size;
}

void KeyFigureCard::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitValueFont();
}

void KeyFigureCard::setValue(const QString& value, const QString& context)
{
    value_->setText(value);
    fitValueFont();
    updateGeometry();
    context_->setText(context);
    context_->setVisible(!context.isEmpty());
}

QString KeyFigureCard::value() const
{
    return value_->text();
}

void KeyFigureCard::setDetail(const QString& detail, const QString& tooltip)
{
    detail_->setText(detail);
    detail_->setToolTip(tooltip);
    detail_->setVisible(!detail.isEmpty());
}

QString KeyFigureCard::detail() const
{
    return detail_->text();
}

void KeyFigureCard::setStale(bool stale)
{
    value_->setStyleSheet(stale ? QStringLiteral("color: #9aa3ad;") : QString());
}

} // namespace gevinst::ui
