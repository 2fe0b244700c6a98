#pragma once
// Fetches SSB's own population projection for one kommune from SSB's open statistics
// API, PxWebAPI v2 (https://data.ssb.no/api/pxwebapi/v2): first the table's metadata
// (which ContentsCode is the alternative asked for, e.g. «(MMMM)»), then the data as
// JSON-stat2 for the kommune, every age and every year, read with
// SsbImporter::readJsonStat2 into the standard bands. Asynchronous (Qt Network, no
// display needed); fetchBlocking() waits in a local event loop for the command line.
// Stores nothing: the caller saves the result with ScenarioLibrary::saveSsbProjection().
// Every failure is a value with a kind that the window and the command line word.

#include "SsbProjection.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QNetworkAccessManager;

namespace gevinst::store {

/// What to fetch, and from where.
struct SsbFetchRequest {
    QString unitId;                            ///< a kommune, "4601"
    QString alternative = QStringLiteral("MMMM");
    QString tableId = QStringLiteral("14288"); ///< the 2024 round (2024–2050)
    QString baseUrl;                           ///< empty: SsbProjectionFetcher::configuredBaseUrl()
    int timeoutMs = 30000;                     ///< per request
};

/// Why a fetch failed.
struct SsbFetchError {
    enum class Kind {
        Offline,       ///< no connection: host not found, connection refused, network down
        Timeout,       ///< no answer within the timeout
        Http,          ///< the server answered with an HTTP error (status in httpStatus)
        Malformed,     ///< the answer is not the JSON-stat2 expected (detail says what)
        NoAlternative, ///< the table has no ContentsCode for the alternative asked for
        NotAKommune,   ///< SSB projects kommuner only (not bydeler or counties)
        BadRequest,    ///< an unknown alternative or a base URL that is no http(s) URL
    };
    Kind kind = Kind::Malformed;
    QString detail;   ///< English detail (the network error, the JSON path …)
    QString url;      ///< the address asked
    int httpStatus = 0;
};

/// A fetched projection (not yet stored), or why there is none.
struct SsbFetchOutcome {
    std::optional<SsbProjection> projection;
    std::optional<SsbFetchError> error;
    bool ok() const { return projection.has_value(); }
};

class SsbProjectionFetcher {
public:
    /// SSB's real PxWebAPI v2 base.
    static constexpr const char* kDefaultBaseUrl = "https://data.ssb.no/api/pxwebapi/v2";
    /// The environment variable that overrides the default base URL.
    static constexpr const char* kBaseUrlVariable = "GEVINST_SSB_URL";
    /// The base URL: $GEVINST_SSB_URL when set, else kDefaultBaseUrl.
    static QString configuredBaseUrl();

    /// <base>/tables/<table>/metadata?lang=no&outputFormat=json-stat2
    static QUrl metadataUrl(const SsbFetchRequest& request);
    /// <base>/tables/<table>/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=<unit>
    /// &valueCodes[Alder]=*&valueCodes[ContentsCode]=<code>&valueCodes[Tid]=* (other
    /// variables left out, so that SSB sums over them, e.g. both sexes).
    static QUrl dataUrl(const SsbFetchRequest& request, const QString& contentsCode);

    /// The ContentsCode whose label names the alternative ("Folkemengde (MMMM)" → its code),
    /// from the metadata's JSON-stat2.
    static std::variant<QString, SsbFetchError> contentsCodeFor(const QByteArray& metadata, const QString& alternative);
    /// The projection from the data's JSON-stat2 (SsbImporter::readJsonStat2), for the unit.
    static SsbFetchOutcome projectionFrom(const QByteArray& data, const SsbFetchRequest& request, const QString& url,
                                          const QDateTime& fetchedAt);

    explicit SsbProjectionFetcher(QNetworkAccessManager* network = nullptr);
    ~SsbProjectionFetcher();
    SsbProjectionFetcher(const SsbProjectionFetcher&) = delete;
    SsbProjectionFetcher& operator=(const SsbProjectionFetcher&) = delete;

    /// Starts a fetch; `done` is called once, from the event loop, with the outcome.
    /// A fetch already running is abandoned (its callback is not called).
    void start(const SsbFetchRequest& request, std::function<void(const SsbFetchOutcome&)> done);
    /// True while a fetch runs.
    bool busy() const;

    /// start() and wait in a local event loop (needs a QCoreApplication).
    static SsbFetchOutcome fetchBlocking(const SsbFetchRequest& request);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace gevinst::store
