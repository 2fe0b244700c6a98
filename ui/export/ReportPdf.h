#pragma once
// The A4 PDF of a report laid out in a QTextDocument, shared by the council report
// (CouncilReport) and the benefits plan's report (PlanReport): 96 layout units per
// inch, no printer margins, the body inside the report's own margins, and on every
// page a footer under a thin rule with the report's source line at the left and its
// page number at the right. Owns the PDF writer and the bytes it writes. Also
// writes a finished report to its file.

#include <QBuffer>
#include <QByteArray>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPdfWriter;
class QTextDocument;

namespace gevinst::ui {

class ReportPdf {
public:
    /// Layout units per inch (A4 is 794 × 1123 of them).
    static constexpr double kDpi = 96;

    /// A PDF with document title `title`, its body inside `margins` (layout units).
    ReportPdf(const QString& title, const QMarginsF& margins);
    ~ReportPdf();
    ReportPdf(const ReportPdf&) = delete;
    ReportPdf& operator=(const ReportPdf&) = delete;

    /// The size of one page's body: A4 less the margins.
    QSizeF body() const;
    /// Lays `doc` out for this PDF: measured on the PDF, on pages of body() size.
    void prepare(QTextDocument& doc) const;
    /// Paints `doc` (prepared) page by page with the footer — `sourceLine`, and
    /// `pageOf` («Side %1 av %2» in the report's language) filled with the page's
    /// number and the count — and returns the PDF; `pages` receives the page count.
    QByteArray paint(QTextDocument& doc, const QString& sourceLine, const QString& pageOf, int* pages);

    /// The report's body font (DejaVu Sans 9 pt, without ligatures so that text
    /// copied from the PDF reads as typed) and no document margin, set on `doc`.
    static void useReportFont(QTextDocument& doc);

    /// Writes a report's `bytes` of `pages` pages to `path` atomically and returns
    /// `pages`; when there are no bytes or no pages, or the file cannot be written,
    /// returns 0 with `error` set (to `failure` when there was nothing to write).
    static int save(const QString& path, const QByteArray& bytes, int pages, const QString& failure, QString* error);

private:
    QMarginsF m_margins;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace gevinst::ui
