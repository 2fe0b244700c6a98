#pragma once
// Saves one named chart of a result as PNG (any size, 300 dpi by default), SVG or
// PDF, or copies it to the clipboard. The chart itself comes from ChartBuilder;
// the exporter adds the source line («Kilde: Gevinstmodell, scenario X, versjon Y,
// dato») under it and renders off screen. Files are written atomically.

#include "ChartId.h"

#include "Result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

class QCustomPlot;

namespace gevinst::ui {

struct ChartExportOptions {
    /// Layout size in pixels at 96 dpi (what the chart looks like on screen).
    QSize size{800, 500};
    /// Resolution of a PNG: the image has size · dpi / 96 pixels and says so in its header.
    int dpi = 300;
    /// Shown under the chart; empty for none.
    QString sourceLine;
};

class ChartExporter {
public:
    enum class Format { Png, Svg, Pdf };

    /// The format a file name asks for (by suffix), if any.
    static std::optional<Format> formatFor(const QString& path);

    /// Draws chart `id` of `result` into `plot` with the source line, sized for export.
    static void prepare(QCustomPlot& plot, const Result& result, ChartId id, const ChartExportOptions& options);

    static QImage image(const Result& result, ChartId id, const ChartExportOptions& options = {});
    static QByteArray png(const Result& result, ChartId id, const ChartExportOptions& options = {});
    static QByteArray svg(const Result& result, ChartId id, const ChartExportOptions& options = {});
    static QByteArray pdf(const Result& result, ChartId id, const ChartExportOptions& options = {});

    /// Writes the chart in the format of `path`'s suffix; false with `error` (Norwegian) on failure.
    static bool save(const QString& path, const Result& result, ChartId id, const ChartExportOptions& options,
                     QString* error);

    /// Puts the chart (as an image at screen resolution × 2) on the clipboard.
    static void copyToClipboard(const Result& result, ChartId id, const ChartExportOptions& options = {});

    /// Object name of the source line element in the plot layout.
    static constexpr const char* sourceObjectName = "chartSource";
};

} // namespace gevinst::ui
