#include "DocumentResultView.h"

#include "ScenarioDocument.h"
#include "TableClipboard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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

void DocumentResultView::addNoteAndTable(QVBoxLayout& layout, const QString& name, const QString& copyText,
                                         const QString& copyTip)
{
    note_ = new QLabel;
    note_->setObjectName(name + QStringLiteral("Note"));
    note_->setWordWrap(true);
    layout.addWidget(note_);

    table_ = new QTableWidget;
    table_->setObjectName(name + QStringLiteral("Table"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::ContiguousSelection);
    table_->verticalHeader()->hide();
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    layout.addWidget(table_);

    auto* buttons = new QHBoxLayout;
    copy_ = new QPushButton(copyText);
    copy_->setObjectName(name + QStringLiteral("Copy"));
    copy_->setToolTip(copyTip);
    connect(copy_, &QPushButton::clicked, this, &DocumentResultView::copyTable);
    buttons->addWidget(copy_);
    buttons->addStretch(1);
    layout.addLayout(buttons);
}

void DocumentResultView::copyTable()
{
    if (table_ && table_->rowCount() > 0)
        TableClipboard::copy(*table_);
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
