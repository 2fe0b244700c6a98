#include "ChoroplethExport.h"

#include "ChoroplethPainter.h"
#include "KommuneMap.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace gevinst::ui {

namespace {

ChoroplethScale scaleOf(const ChoroplethData& data)
{
    std::vector<double> values;
    for (const ChoroplethValue& v : data.units)
        if (v.value)
            values.push_back(*v.value);
    return ChoroplethScale::fromValues(values);
}

/// Paints the whole page into `device` at `dpi`, leaving a margin.
void paintPage(QPaintDevice& device, const QRectF& page, double dpi, const KommuneMap& map, const ChoroplethData& data)
{
    const ChoroplethScale scale = scaleOf(data);
    QPainter painter(&device);
    painter.fillRect(page, Qt::white);
    ChoroplethPainter::Options options;
    options.titles = true;
    options.scale = dpi / 96.0;
    const double margin = 0.4 / 2.54 * dpi; // 4 mm
    ChoroplethPainter(map, data, scale).paint(painter, page.adjusted(margin, margin, -margin, -margin), options);
}

QString commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return QCoreApplication::translate("gevinst::ui::ChoroplethExport", "Kunne ikke skrive %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

} // namespace

std::optional<ChoroplethExport::Format> ChoroplethExport::formatOf(const QString& path)
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

QString ChoroplethExport::write(const QString& path, const KommuneMap& map, const ChoroplethData& data)
{
    const std::optional<Format> format = formatOf(path);
    if (!format)
        return QCoreApplication::translate("gevinst::ui::ChoroplethExport", "Ukjent filtype for %1: bruk .png, .svg eller .pdf.").arg(QFileInfo(path).fileName());
    switch (*format) {
    case Format::Png: {
        constexpr double dpi = 200;
        QImage image(2400, 1900, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(dpi / 0.0254));
        image.setDotsPerMeterY(int(dpi / 0.0254));
        paintPage(image, QRectF(image.rect()), dpi, map, data);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG"))
            return QCoreApplication::translate("gevinst::ui::ChoroplethExport", "Kunne ikke skrive %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return commit(file, path);
    }
    case Format::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(96);
        svg.setSize(QSize(1200, 950));
        svg.setViewBox(QRect(0, 0, 1200, 950));
        svg.setTitle(data.title);
        svg.setDescription(data.sourceLine + QLatin1Char(' ') + ChoroplethPainter::attribution());
        paintPage(svg, QRectF(0, 0, 1200, 950), 96, map, data);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size())
            return QCoreApplication::translate("gevinst::ui::ChoroplethExport", "Kunne ikke skrive %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return commit(file, path);
    }
    case Format::Pdf: {
        // QPdfWriter writes straight to its file; write to a temporary one and move it in place.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("gevinst::ui::ChoroplethExport", "Kunne ikke skrive %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        {
            QPdfWriter pdf(&file);
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                          QPageLayout::Millimeter));
            pdf.setResolution(300);
            pdf.setTitle(data.title);
            pdf.setCreator(QStringLiteral("Gevinstmodell"));
            const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
            paintPage(pdf, QRectF(0, 0, page.width(), page.height()), pdf.resolution(), map, data);
        }
        return commit(file, path);
    }
    }
    return {};
}

} // namespace gevinst::ui
