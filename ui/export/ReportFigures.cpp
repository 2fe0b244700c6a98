#include "ReportFigures.h"

#include <qcustomplot.h>

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gevinst::ui {

namespace {
constexpr int kNameProperty = QTextFormat::UserProperty + 16;
constexpr int kWidthProperty = QTextFormat::UserProperty + 17;
constexpr int kHeightProperty = QTextFormat::UserProperty + 18;

/// No ligatures ("ff" stays two letters) in the figures' texts either, so that text
/// copied from the PDF into a saksframlegg reads as typed (as the report's own text).
void withoutShaping(QCustomPlot& plot)
{
    const auto plain = [](QFont font) {
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    };
    for (QCPAxisRect* rect : plot.axisRects())
        for (QCPAxis* axis : rect->axes()) {
            axis->setLabelFont(plain(axis->labelFont()));
            axis->setTickLabelFont(plain(axis->tickLabelFont()));
        }
    if (plot.legend) {
        plot.legend->setFont(plain(plot.legend->font()));
        for (int i = 0; i < plot.legend->itemCount(); ++i)
            if (QCPAbstractLegendItem* item = plot.legend->item(i))
                item->setFont(plain(item->font()));
    }
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i)
        if (auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i)))
            text->setFont(plain(text->font()));
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
            text->setFont(plain(text->font()));
}

/// The page (0-based) of the document position `y` on pages of `pageHeight`.
int pageAt(double y, double pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight + 1e-9));
}

/// Whether `block` must stay on the page of the block after it: a heading (with the
/// text it heads) and a figure (with its caption).
bool keptWithNext(const QTextBlock& block)
{
    if (block.blockFormat().headingLevel() > 0)
        return true;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().isImageFormat() || it.fragment().charFormat().objectType() == ReportFigures::kObjectType)
            return true;
    return false;
}

} // namespace

ReportFigures::ReportFigures(QObject* parent) : QObject(parent) {}

void ReportFigures::keepWithNext(QTextDocument& doc)
{
    const double pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (!next.isValid() || !keptWithNext(block) || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF here = layout->blockBoundingRect(block);
        const QRectF there = layout->blockBoundingRect(next);
        // The next block's first line (a table's first row), where a reader looks for it.
        const double firstLine = next.layout() && next.layout()->lineCount() > 0 ? next.layout()->lineAt(0).height() : 12.0;
        if (here.height() <= 0 || pageAt(there.top() + firstLine, pageHeight) == pageAt(here.top(), pageHeight))
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
        // Lay the whole document out again (the change alone is laid out lazily, and
        // the positions read for the blocks after it must be the new ones).
        doc.markContentsDirty(0, doc.characterCount());
        doc.setPageSize(doc.pageSize());
    }
}

void ReportFigures::add(const QString& name, QCustomPlot& plot, QSize size, int dpi)
{
    Figure figure;
    figure.size = size;
    withoutShaping(plot);
    QCPPainter painter;
    painter.begin(&figure.picture);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
    const double scale = std::max(0.25, dpi / 96.0);
    figure.image = plot.toPixmap(size.width(), size.height(), scale).toImage();
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    figure.image.setDotsPerMeterX(dotsPerMeter);
    figure.image.setDotsPerMeterY(dotsPerMeter);
    m_figures[name] = std::move(figure);
}

void ReportFigures::addImageResources(QTextDocument& document) const
{
    for (const auto& [name, figure] : m_figures)
        document.addResource(QTextDocument::ImageResource, QUrl(name), figure.image);
}

int ReportFigures::useVectorObjects(QTextDocument& document)
{
    document.documentLayout()->registerHandler(kObjectType, this);
    struct Found {
        int position;
        int length;
        QString name;
        QSizeF size;
    };
    std::vector<Found> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            const auto figure = m_figures.find(image.name());
            if (figure == m_figures.end())
                continue;
            const QSizeF size(image.width() > 0 ? image.width() : figure->second.size.width(),
                              image.height() > 0 ? image.height() : figure->second.size.height());
            // One fragment may hold several images in a row with the same format.
            for (int i = 0; i < fragment.length(); ++i)
                found.push_back({fragment.position() + i, 1, image.name(), size});
        }
    // From the end, so the positions found stay right.
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.position > b.position; });
    for (const Found& f : found) {
        QTextCursor cursor(&document);
        cursor.setPosition(f.position);
        cursor.setPosition(f.position + f.length, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(kObjectType);
        object.setProperty(kNameProperty, f.name);
        object.setProperty(kWidthProperty, f.size.width());
        object.setProperty(kHeightProperty, f.size.height());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    return static_cast<int>(found.size());
}

QSizeF ReportFigures::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return {format.doubleProperty(kWidthProperty), format.doubleProperty(kHeightProperty)};
}

void ReportFigures::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const auto figure = m_figures.find(format.stringProperty(kNameProperty));
    if (figure == m_figures.end())
        return;
    // A figure the layout moved on to the next page is still handed to the page before
    // (its block starts there); the picture's own clipping would replace that page's
    // clip, so it is not drawn there at all. Each figure is drawn on the page that holds
    // most of it (the layout keeps a figure on one page).
    if (painter->hasClipping()) {
        const QRectF shown = painter->clipBoundingRect().intersected(rect);
        if (shown.height() * 2 < rect.height())
            return;
    }
    const QSize size = figure->second.size;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / size.width(), rect.height() / size.height());
    painter->setClipRect(QRectF(0, 0, size.width(), size.height()), Qt::IntersectClip); // keep the page's clip
    painter->drawPicture(0, 0, figure->second.picture);
    painter->restore();
}

} // namespace gevinst::ui
