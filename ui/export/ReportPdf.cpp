#include "ReportPdf.h"

#include "AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace gevinst::ui {

ReportPdf::ReportPdf(const QString& title, const QMarginsF& margins)
    : m_margins(margins)
    , m_buffer(&m_bytes)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setCreator(QStringLiteral("Gevinstmodell"));
    m_writer->setTitle(title);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setResolution(static_cast<int>(kDpi));
}

ReportPdf::~ReportPdf() = default;

QSizeF ReportPdf::body() const
{
    return QSizeF(m_writer->width() - m_margins.left() - m_margins.right(),
                  m_writer->height() - m_margins.top() - m_margins.bottom());
}

void ReportPdf::prepare(QTextDocument& doc) const
{
    doc.documentLayout()->setPaintDevice(m_writer.get());
    doc.setPageSize(body());
}

QByteArray ReportPdf::paint(QTextDocument& doc, const QString& sourceLine, const QString& pageOf, int* pages)
{
    const QRectF page(0, 0, m_writer->width(), m_writer->height());
    const QSizeF body = this->body();
    const int count = doc.pageCount();
    QPainter painter(m_writer.get());
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            m_writer->newPage();
        painter.save();
        painter.translate(m_margins.left(), m_margins.top() - i * body.height());
        doc.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();

        const double footerTop = page.height() - m_margins.bottom() + 24;
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.8));
        painter.drawLine(QPointF(m_margins.left(), footerTop), QPointF(page.width() - m_margins.right(), footerTop));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const double pageNumberWidth = 80;
        painter.drawText(QRectF(m_margins.left(), footerTop + 4, body.width() - pageNumberWidth, 40),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sourceLine);
        painter.drawText(QRectF(m_margins.left(), footerTop + 4, body.width(), 20), Qt::AlignRight | Qt::AlignTop,
                         pageOf.arg(i + 1).arg(count));
    }
    painter.end();
    if (pages)
        *pages = count;
    return m_bytes;
}

void ReportPdf::useReportFont(QTextDocument& doc)
{
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    // No ligatures ("ff" stays two letters), so that text copied from the PDF into a
    // saksframlegg reads as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
}

int ReportPdf::save(const QString& path, const QByteArray& bytes, int pages, const QString& failure, QString* error)
{
    if (bytes.isEmpty() || pages == 0) {
        if (error)
            *error = failure;
        return 0;
    }
    return io::AtomicFile::write(path, bytes, error) ? pages : 0;
}

} // namespace gevinst::ui
