#pragma once
// What the choropleth map shows, independent of where the numbers come from: per
// unit id (kommunenummer, or a bydel's six digits) an optional value and the text
// the hover shows; the texts around the map (title, source line); how the legend
// writes a number. Kommunebildet fills it from an Overview (OverviewMapData); a
// test can fill it by hand.

#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace gevinst::ui {

struct ChoroplethValue {
    QString name;                ///< the unit's name
    std::optional<double> value; ///< nullopt: drawn as «mangler data» (or undefined, see missing)
    QString missing;             ///< why there is no value (the unit lacks data): shown in the hover
    QString hover;               ///< the unit's figures, one per line
};

struct ChoroplethBydel {
    QString id;    ///< "030101" …
    QString name;  ///< «Gamle Oslo»
};

struct ChoroplethData {
    QString title;       ///< «Gap per 1 000 innbyggere 67+ (årsverk), 2035»
    QString subtitle;    ///< the package and the draws
    QString legendTitle; ///< the figure with its unit
    QString sourceLine;  ///< «Beregnet med Gevinstmodell …; befolkning og KOSTRA: SSB»
    QHash<QString, ChoroplethValue> units; ///< kommuner and bydeler by id
    QVector<ChoroplethBydel> bydeler;      ///< Oslo's bydeler for the side panel (empty: no panel)
    std::function<QString(double)> legendFormat; ///< empty: two decimals
};

} // namespace gevinst::ui
