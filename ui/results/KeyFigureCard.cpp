#include "KeyFigureCard.h"

#include <QLabel>
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
    QFont f = value_->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    value_->setFont(f);
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

void KeyFigureCard::setValue(const QString& value, const QString& context)
{
    value_->setText(value);
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
