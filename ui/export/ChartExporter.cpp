#include "ChartExporter.h"

#include "AtomicFile.h"
#include "ChartBuilder.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace gevinst::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::ui::ChartExporter", text);
}

/// An off-screen plot with chart `id` drawn for export.
std::unique_ptr<QCustomPlot> makePlot(const Result& result, ChartId id, const ChartExportOptions& options)
{
    auto plot = std::make_unique<QCustomPlot>();
    plot->resize(options.size);
    ChartExporter::prepare(*plot, result, id, options);
    return plot;
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

void ChartExporter::prepare(QCustomPlot& plot, const Result& result, ChartId id, const ChartExportOptions& options)
{
    // Remove an earlier source line before ChartBuilder lays the chart out anew.
    auto* layout = plot.plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i)
        if (auto* text = qobject_cast<QCPTextElement*>(layout->elementAt(i));
            text && text->objectName() == QLatin1String(sourceObjectName))
            layout->remove(text);
    layout->simplify();

    plot.setBackground(Qt::white);
    ChartBuilder::build(plot, result, id);
    // Lay the legend out in rows that fit the export width (a legend filled in one
    // row would cut its texts); setFillOrder(…, true) rearranges the items.
    const int legendColumns = std::clamp(options.size.width() / 200, 1, 5);
    plot.legend->setWrap(legendColumns);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    if (!options.sourceLine.isEmpty()) {
        const int row = layout->rowCount();
        layout->insertRow(row);
        QFont font = plot.font();
        font.setPointSizeF(std::max(6.5, font.pointSizeF() - 1.5));
        auto* source = new QCPTextElement(&plot, options.sourceLine, font);
        source->setObjectName(QLatin1String(sourceObjectName));
        source->setTextColor(QColor(0x55, 0x55, 0x55));
        source->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        source->setMargins(QMargins(8, 2, 8, 4));
        layout->addElement(row, 0, source);
        layout->setRowStretchFactor(row, 0.001);
    }
    plot.replot(QCustomPlot::rpImmediateRefresh);
}

QImage ChartExporter::image(const Result& result, ChartId id, const ChartExportOptions& options)
{
    auto plot = makePlot(result, id, options);
    const double scale = std::max(0.25, options.dpi / 96.0);
    QImage img = plot->toPixmap(options.size.width(), options.size.height(), scale).toImage();
    const int dotsPerMeter = static_cast<int>(std::lround(options.dpi / 0.0254));
    img.setDotsPerMeterX(dotsPerMeter);
    img.setDotsPerMeterY(dotsPerMeter);
    return img;
}

QByteArray ChartExporter::png(const Result& result, ChartId id, const ChartExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image(result, id, options).save(&buffer, "PNG");
    return bytes;
}

QByteArray ChartExporter::svg(const Result& result, ChartId id, const ChartExportOptions& options)
{
    auto plot = makePlot(result, id, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(96);
    generator.setTitle(chartTitle(id));
    generator.setDescription(options.sourceLine);
    QCPPainter painter;
    painter.begin(&generator);
    plot->toPainter(&painter, options.size.width(), options.size.height());
    painter.end();
    return bytes;
}

QByteArray ChartExporter::pdf(const Result& result, ChartId id, const ChartExportOptions& options)
{
    auto plot = makePlot(result, id, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Gevinstmodell"));
    writer.setTitle(chartTitle(id));
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(options.size.width() * 72.0 / 96.0, options.size.height() * 72.0 / 96.0),
                                 QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QCPPainter painter;
    painter.begin(&writer);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, options.size.width(), options.size.height());
    painter.end();
    return bytes;
}

bool ChartExporter::save(const QString& path, const Result& result, ChartId id, const ChartExportOptions& options,
                         QString* error)
{
    const auto format = formatFor(path);
    if (!format) {
        if (error)
            *error = tr("%1: ukjent filtype; bruk .png, .svg eller .pdf").arg(path);
        return false;
    }
    if (options.size.width() < 100 || options.size.height() < 80 || options.size.width() > 10000 ||
        options.size.height() > 10000) {
        if (error)
            *error = tr("størrelsen %1 × %2 piksler er utenfor 100–10 000 × 80–10 000")
                         .arg(options.size.width())
                         .arg(options.size.height());
        return false;
    }
    if (options.dpi < 36 || options.dpi > 1200 ||
        double(options.size.width()) * options.size.height() * std::pow(options.dpi / 96.0, 2) > 2.5e8) {
        if (error)
            *error = tr("oppløsningen %1 dpi er utenfor 36–1 200 eller gir et for stort bilde").arg(options.dpi);
        return false;
    }
    QByteArray bytes;
    switch (*format) {
    case Format::Png: bytes = png(result, id, options); break;
    case Format::Svg: bytes = svg(result, id, options); break;
    case Format::Pdf: bytes = pdf(result, id, options); break;
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("%1: figuren kunne ikke tegnes").arg(path);
        return false;
    }
    return io::AtomicFile::write(path, bytes, error);
}

void ChartExporter::copyToClipboard(const Result& result, ChartId id, const ChartExportOptions& options)
{
    ChartExportOptions screen = options;
    screen.dpi = 192;
    QGuiApplication::clipboard()->setImage(image(result, id, screen));
}

} // namespace gevinst::ui
