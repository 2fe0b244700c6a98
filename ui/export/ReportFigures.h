#pragma once
// The council report's figures as vector graphics: each chart is recorded once as a
// QPicture (QCustomPlot drawing into it), and in the laid-out report every image
// whose name is a recorded figure becomes an inline object drawn from that picture,
// so a PDF gets lines and text, not pixels. Also holds the same figures as images at
// print resolution for formats that need pixels (ODT), and keeps headings and figures
// with what follows them when the report is cut into pages.

#include <QImage>
#include <QObject>
#include <QPicture>
#include <QSizeF>
#include <QString>
#include <QTextObjectInterface>

#include <map>

class QCustomPlot;
class QTextDocument;

namespace gevinst::ui {

class ReportFigures : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 16;

    explicit ReportFigures(QObject* parent = nullptr);

    /// Records `plot` drawn at `size` (layout pixels, 96 per inch) as figure `name`,
    /// and as an image at `dpi` for raster formats.
    void add(const QString& name, QCustomPlot& plot, QSize size, int dpi);
    /// Whether a figure of that name was recorded.
    bool contains(const QString& name) const { return m_figures.count(name) > 0; }
    std::size_t count() const { return m_figures.size(); }

    /// Adds every figure as an image resource of `document` (for ODT and HTML).
    void addImageResources(QTextDocument& document) const;
    /// Registers the vector drawing with `document`'s layout and replaces the images of
    /// recorded figures (after setHtml) with inline vector objects; returns how many.
    int useVectorObjects(QTextDocument& document);

    /// Moves a heading that would end a page alone, or a figure whose caption would start
    /// the next page, to the next page (Qt's text layout knows no «keep with next»).
    /// `document` is laid out on pages (its page size set).
    static void keepWithNext(QTextDocument& document);

    QSizeF intrinsicSize(QTextDocument* document, int positionInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int positionInDocument,
                    const QTextFormat& format) override;

private:
    struct Figure {
        QPicture picture;
        QImage image;
        QSize size;
    };
    std::map<QString, Figure> m_figures;
};

} // namespace gevinst::ui
