#include "XlsxSheet.h"

#include "AtomicFile.h"
#include "XlsxExporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <cerrno>

namespace gevinst::io {

namespace {

QString say(const char* text)
{
    return QCoreApplication::translate("gevinst::io::XlsxExporter", text);
}

/// Whether the file ends with a zip archive's end-of-central-directory record (a workbook
/// cut short by a full disk does not).
bool endsLikeZip(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 22)
        return false;
    file.seek(file.size() - 22);
    return file.read(4) == QByteArray("PK\x05\x06", 4);
}

} // namespace

XlsxFile::XlsxFile(const QString& path, QString* error)
    : path_(path)
    , error_(error)
{
    temporary_ = AtomicFile::temporaryPathFor(path, error);
    if (temporary_.isEmpty())
        return;
    const QByteArray name = QFile::encodeName(temporary_);
    book_ = workbook_new(name.constData());
    if (!book_) {
        AtomicFile::discard(temporary_);
        temporary_.clear();
        if (error_)
            *error_ = say(QT_TRANSLATE_NOOP("gevinst::io::XlsxExporter", "kan ikke opprette arbeidsboken %1")).arg(path);
    }
}

XlsxFile::~XlsxFile()
{
    if (committed_)
        return;
    if (book_)
        workbook_close(book_);
    if (!temporary_.isEmpty())
        AtomicFile::discard(temporary_);
}

void XlsxFile::setProperties(const QString& title, const QString& comments)
{
    const QByteArray t = title.toUtf8();
    const QByteArray c = comments.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(t.constData());
    if (!comments.isEmpty())
        properties.comments = const_cast<char*>(c.constData());
    workbook_set_properties(book_, &properties); // copies the texts
}

bool XlsxFile::commit()
{
    if (!book_)
        return false;
    errno = 0;
    const lxw_error status = workbook_close(book_);
    book_ = nullptr;
    const QString cannotWrite = say(QT_TRANSLATE_NOOP("gevinst::io::XlsxExporter", "kan ikke skrive %1: %2"));
    if (status != LXW_NO_ERROR) {
        const int cause = errno;
        if (error_)
            *error_ = cannotWrite.arg(path_, cause ? AtomicFile::reasonOf(cause) : QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    if (!endsLikeZip(temporary_)) {
        if (error_)
            *error_ = cannotWrite.arg(
                path_, say(QT_TRANSLATE_NOOP("gevinst::io::XlsxExporter", "arbeidsboken ble ikke skrevet ferdig (er disken full?)")));
        return false;
    }
    committed_ = AtomicFile::commit(temporary_, path_, error_);
    return committed_;
}

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
