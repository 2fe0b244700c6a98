#pragma once
// Writes the map for a council report: PNG (2 400 × 1 900 pixels at 200 dpi),
// SVG (vectors) and PDF (A4 landscape through QPdfWriter), each with the title,
// subtitle, legend, Oslo's bydeler, the source line and Kartverket's attribution.
// PNG and SVG are written whole or not at all (QSaveFile); the error says why.

#include "ChoroplethData.h"

#include <QString>

#include <optional>

namespace gevinst::ui {

class KommuneMap;

class ChoroplethExport {
public:
    enum class Format { Png, Svg, Pdf };
    /// The format named by the file's suffix, or nullopt.
    static std::optional<Format> formatOf(const QString& path);
    /// Writes `data` on `map` to `path`; returns an empty string or the reason it failed (Norwegian).
    static QString write(const QString& path, const KommuneMap& map, const ChoroplethData& data);
};

} // namespace gevinst::ui
