#pragma once
// What every workbook the program writes shares (libxlsxwriter): the basic cell formats
// (title, header, wrapped and top-aligned text), writing a text, fitting a row's height to
// its wrapped texts, and the printed page. Used by the result's workbook (XlsxExporter)
// the benefits plan's (PlanXlsxExporter) and Kommunebildet's (OverviewWriter).

#include <QString>

#include <xlsxwriter.h>

#include <initializer_list>
#include <utility>

namespace gevinst::io {

/// A workbook written into a temporary file beside `path` and put in its place only when
/// complete (AtomicFile): a failed or unfinished write leaves nothing half-written at
/// `path`, and an earlier file there stays as it was.
class XlsxFile {
public:
    /// Opens the workbook; book() is null (and `error` says why) when it cannot.
    XlsxFile(const QString& path, QString* error);
    /// Discards the temporary file unless commit() succeeded.
    ~XlsxFile();
    XlsxFile(const XlsxFile&) = delete;
    XlsxFile& operator=(const XlsxFile&) = delete;

    lxw_workbook* book() const { return book_; }
    /// The document's title and comments (File → Properties).
    void setProperties(const QString& title, const QString& comments = QString());
    /// Closes the workbook, checks that it was written to its end and renames it into
    /// place; false (with `error`) when any of that fails.
    bool commit();

private:
    QString path_;
    QString temporary_;
    QString* error_;
    lxw_workbook* book_ = nullptr;
    bool committed_ = false;
};

/// The cell formats every workbook has; a workbook adds its own number formats after these.
struct XlsxBasicFormats {
    explicit XlsxBasicFormats(lxw_workbook* book);
    /// A new top-aligned format for numbers shown with `pattern` (an Excel number format).
    static lxw_format* numberFormat(lxw_workbook* book, const char* pattern);

    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* top = nullptr; ///< a one-line text beside wrapped ones, on their first line
};

namespace xlsx {

/// Writes `value` into the cell.
void text(lxw_worksheet* sheet, int row, int col, const QString& value, lxw_format* format = nullptr);

/// Sets the height of `row` to fit the wrapped texts written in it: LibreOffice and
/// Excel do not grow a row for wrapped text in a generated file, so without an
/// explicit height the lines of a long text are drawn over the next row.
void fitRow(lxw_worksheet* sheet, int row, std::initializer_list<std::pair<QString, double>> cells, lxw_format* format = nullptr,
            bool bold = false);

/// Printing: A4 landscape, every column on one page width (as many pages down as it
/// takes), rows `firstHeaderRow`…`lastHeaderRow` repeated on every page (none when
/// last < first), page numbers in the footer.
void setUpPage(lxw_worksheet* sheet, int firstHeaderRow, int lastHeaderRow);

} // namespace xlsx

} // namespace gevinst::io
