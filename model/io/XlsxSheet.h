#pragma once
// What every workbook the program writes shares (libxlsxwriter): the basic cell formats
// (title, header, wrapped and top-aligned text), writing a text, fitting a row's height to
// its wrapped texts, and the printed page. Used by the result's workbook (XlsxExporter)
// and the benefits plan's (PlanXlsxExporter).

#include <QString>

#include <xlsxwriter.h>

#include <initializer_list>
#include <utility>

namespace gevinst::io {

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
