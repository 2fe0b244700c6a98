#include "XlsxSheet.h"

#include "XlsxExporter.h"

#include <QByteArray>
#include <QCoreApplication>

namespace gevinst::io {

XlsxBasicFormats::XlsxBasicFormats(lxw_workbook* book)
{
    title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(header, LXW_BORDER_THIN);
    wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    top = workbook_add_format(book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
}

lxw_format* XlsxBasicFormats::numberFormat(lxw_workbook* book, const char* pattern)
{
    lxw_format* format = workbook_add_format(book);
    format_set_num_format(format, pattern);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
}

namespace xlsx {

void text(lxw_worksheet* sheet, int row, int col, const QString& value, lxw_format* format)
{
    worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), value.toUtf8().constData(), format);
}

void fitRow(lxw_worksheet* sheet, int row, std::initializer_list<std::pair<QString, double>> cells, lxw_format* format, bool bold)
{
    if (const double height = XlsxExporter::wrappedRowHeight(cells, bold); height > 0)
        worksheet_set_row(sheet, static_cast<lxw_row_t>(row), height, format);
}

void setUpPage(lxw_worksheet* sheet, int firstHeaderRow, int lastHeaderRow)
{
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.7);
    if (lastHeaderRow >= firstHeaderRow)
        worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(firstHeaderRow), static_cast<lxw_row_t>(lastHeaderRow));
    const QByteArray footer = (QStringLiteral("&L&A&R") + QCoreApplication::translate("gevinst::io::XlsxExporter", "Side &P av &N")).toUtf8();
    worksheet_set_footer(sheet, footer.constData());
}

} // namespace xlsx

} // namespace gevinst::io
