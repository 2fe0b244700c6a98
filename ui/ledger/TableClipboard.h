#pragma once
// «Kopier tabell»: a table widget's headers and cells as tab-separated text,
// exactly as shown (Norwegian numbers), one line per row — for pasting into a
// spreadsheet or a saksframlegg.

#include <QString>

class QTableWidget;

namespace gevinst::ui {

class TableClipboard {
public:
    /// Header line (with the vertical header's title, if any, first) and one line per row.
    static QString text(const QTableWidget& table, const QString& cornerTitle = {});
    /// Puts text(table) on the application clipboard.
    static void copy(const QTableWidget& table, const QString& cornerTitle = {});
};

} // namespace gevinst::ui
