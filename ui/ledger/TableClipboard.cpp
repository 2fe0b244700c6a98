#include "TableClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QStringList>
#include <QTableWidget>

namespace gevinst::ui {

namespace {
/// A cell as one field: no tabs or line breaks inside.
QString field(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}
} // namespace

QString TableClipboard::text(const QTableWidget& table, const QString& cornerTitle)
{
    const bool rowHeaders = table.verticalHeader() && !table.verticalHeader()->isHidden();
    QStringList lines;
    QStringList header;
    if (rowHeaders)
        header << field(cornerTitle);
    for (int c = 0; c < table.columnCount(); ++c) {
        if (table.isColumnHidden(c))
            continue;
        const QTableWidgetItem* item = table.horizontalHeaderItem(c);
        header << field(item ? item->text() : QString());
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.isRowHidden(r))
            continue;
        QStringList cells;
        if (rowHeaders) {
            const QTableWidgetItem* item = table.verticalHeaderItem(r);
            cells << field(item ? item->text() : QString());
        }
        for (int c = 0; c < table.columnCount(); ++c) {
            if (table.isColumnHidden(c))
                continue;
            const QTableWidgetItem* item = table.item(r, c);
            cells << field(item ? item->text() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableClipboard::copy(const QTableWidget& table, const QString& cornerTitle)
{
    QApplication::clipboard()->setText(text(table, cornerTitle));
}

} // namespace gevinst::ui
