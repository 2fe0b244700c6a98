#include "DocumentResultView.h"

#include "ScenarioDocument.h"

#include <QLabel>

#include <algorithm>

namespace gevinst::ui {

DocumentResultView::DocumentResultView(const QString& bannerText, const QString& bannerName, QWidget* parent)
    : QWidget(parent)
{
    // The banner lies over the foot of the view instead of pushing its contents down.
    staleBanner_ = new QLabel(bannerText, this);
    staleBanner_->setObjectName(bannerName);
    staleBanner_->setWordWrap(true);
    staleBanner_->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #7a4b00; padding: 4px; border: 1px solid #f0c36d; }"));
    staleBanner_->setAutoFillBackground(true);
    staleBanner_->hide();
}

void DocumentResultView::setDocument(ScenarioDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    if (document_)
        connect(document_, &ScenarioDocument::changed, this, [this] {
            stale_ = true;
            if (isVisible())
                refresh();
        });
    stale_ = true;
    if (isVisible() || !document_)
        refresh();
}

void DocumentResultView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeBanner();
}

void DocumentResultView::placeBanner()
{
    const int margin = 6;
    const int width = std::max(0, this->width() - 2 * margin);
    const int height = std::min(staleBanner_->heightForWidth(width), this->height() / 3);
    staleBanner_->setGeometry(margin, this->height() - height - margin, width, height);
    staleBanner_->raise();
}

void DocumentResultView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_ && document_)
        refresh();
}

void DocumentResultView::refresh()
{
    stale_ = false;
    if (!document_ || !document_->lastValidResult() || !document_->lastValidScenario()) {
        clear();
        return;
    }
    setResult(*document_->lastValidScenario(), *document_->lastValidResult());
    staleBanner_->setVisible(!document_->isValid());
    placeBanner();
}

void DocumentResultView::hideStaleBanner()
{
    staleBanner_->hide();
}

} // namespace gevinst::ui
