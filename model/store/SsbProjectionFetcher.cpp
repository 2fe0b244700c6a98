#include "SsbProjectionFetcher.h"

#include "SsbImporter.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace gevinst::store {

namespace {

/// Most bytes one answer may have (one kommune × 106 ages × 27 years is about 40 kB).
constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;

SsbFetchError fetchError(SsbFetchError::Kind kind, QString detail, QString url, int status = 0)
{
    return SsbFetchError{kind, std::move(detail), std::move(url), status};
}

QString baseOf(const SsbFetchRequest& request)
{
    QString base = request.baseUrl.isEmpty() ? SsbProjectionFetcher::configuredBaseUrl() : request.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

/// A finished reply as bytes, or the error it carries.
std::variant<QByteArray, SsbFetchError> answerOf(QNetworkReply* reply)
{
    const QString url = reply->request().url().toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return fetchError(SsbFetchError::Kind::Http,
                          QStringLiteral("HTTP %1 %2").arg(status).arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                          url, status);
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
        return fetchError(SsbFetchError::Kind::Timeout, reply->errorString(), url);
    default:
        if (reply->error() >= QNetworkReply::ContentAccessDenied && reply->error() < QNetworkReply::ProtocolUnknownError)
            return fetchError(SsbFetchError::Kind::Http, reply->errorString(), url, status);
        return fetchError(SsbFetchError::Kind::Offline, reply->errorString(), url);
    }
    if (reply->bytesAvailable() > kMaxAnswerBytes)
        return fetchError(SsbFetchError::Kind::Malformed, QStringLiteral("the answer is larger than %1 bytes").arg(kMaxAnswerBytes), url);
    return reply->readAll();
}

} // namespace

QString SsbProjectionFetcher::configuredBaseUrl()
{
    const QString fromEnvironment = qEnvironmentVariable(kBaseUrlVariable).trimmed();
    return fromEnvironment.isEmpty() ? QString::fromLatin1(kDefaultBaseUrl) : fromEnvironment;
}

QUrl SsbProjectionFetcher::metadataUrl(const SsbFetchRequest& request)
{
    QUrl url(baseOf(request) + QStringLiteral("/tables/%1/metadata").arg(request.tableId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lang"), QStringLiteral("no"));
    query.addQueryItem(QStringLiteral("outputFormat"), QStringLiteral("json-stat2"));
    url.setQuery(query);
    return url;
}

QUrl SsbProjectionFetcher::dataUrl(const SsbFetchRequest& request, const QString& contentsCode)
{
    QUrl url(baseOf(request) + QStringLiteral("/tables/%1/data").arg(request.tableId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lang"), QStringLiteral("no"));
    query.addQueryItem(QStringLiteral("outputFormat"), QStringLiteral("json-stat2"));
    query.addQueryItem(QStringLiteral("valueCodes[Region]"), request.unitId);
    query.addQueryItem(QStringLiteral("valueCodes[Alder]"), QStringLiteral("*"));
    query.addQueryItem(QStringLiteral("valueCodes[ContentsCode]"), contentsCode);
    query.addQueryItem(QStringLiteral("valueCodes[Tid]"), QStringLiteral("*"));
    url.setQuery(query);
    return url;
}

std::variant<QString, SsbFetchError> SsbProjectionFetcher::contentsCodeFor(const QByteArray& metadata, const QString& alternative)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(metadata, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fetchError(SsbFetchError::Kind::Malformed, QStringLiteral("the table's metadata is not JSON: %1").arg(parseError.errorString()), {});
    const QJsonObject contents = doc.object()
                                     .value(QLatin1String("dimension"))
                                     .toObject()
                                     .value(QLatin1String("ContentsCode"))
                                     .toObject()
                                     .value(QLatin1String("category"))
                                     .toObject()
                                     .value(QLatin1String("label"))
                                     .toObject();
    if (contents.isEmpty())
        return fetchError(SsbFetchError::Kind::Malformed, QStringLiteral("the metadata has no dimension.ContentsCode.category.label"), {});
    const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(alternative)));
    QStringList seen;
    for (auto it = contents.begin(); it != contents.end(); ++it) {
        const QString label = it.value().toString();
        if (word.match(label).hasMatch())
            return it.key();
        seen << QStringLiteral("%1 «%2»").arg(it.key(), label);
    }
    return fetchError(SsbFetchError::Kind::NoAlternative,
                      QStringLiteral("no ContentsCode names %1 (the table has: %2)").arg(alternative, seen.join(QStringLiteral(", "))), {});
}

SsbFetchOutcome SsbProjectionFetcher::projectionFrom(const QByteArray& data, const SsbFetchRequest& request, const QString& url,
                                                     const QDateTime& fetchedAt)
{
    SsbFetchOutcome out;
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    const QString title = root.value(QLatin1String("label")).toString();
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{5})\\s*:"));
    if (const auto m = number.match(title); m.hasMatch() && m.captured(1) != request.tableId) {
        out.error = fetchError(SsbFetchError::Kind::Malformed,
                               QStringLiteral("the answer is table %1, not %2").arg(m.captured(1), request.tableId), url);
        return out;
    }
    auto table = SsbImporter::readJsonStat2(data, url);
    if (!table) {
        out.error = fetchError(SsbFetchError::Kind::Malformed, table.error().field.isEmpty()
                                                                   ? table.error().message
                                                                   : table.error().field + QStringLiteral(": ") + table.error().message,
                               url);
        return out;
    }
    const QString host = QUrl(url).host();
    const QString source =
        QStringLiteral("SSB tabell %1, alternativ %2%3 (Kilde: Statistisk sentralbyrå), hentet %4 fra %5 (PxWebAPI v2)")
            .arg(request.tableId, request.alternative, title.isEmpty() ? QString() : QStringLiteral(": ") + title.section(QLatin1Char(':'), 1).trimmed(),
                 fetchedAt.toUTC().toString(QStringLiteral("dd.MM.yyyy")), host.isEmpty() ? url : host);
    auto projection = SsbProjectionStore::fromTable(*table, request.unitId, request.alternative, request.tableId, fetchedAt, source);
    if (!projection) {
        out.error = fetchError(SsbFetchError::Kind::Malformed, projection.error().message, url);
        return out;
    }
    out.projection = std::move(projection).value();
    return out;
}

struct SsbProjectionFetcher::State {
    QNetworkAccessManager* network = nullptr;
    std::unique_ptr<QNetworkAccessManager> owned;
    QPointer<QNetworkReply> reply;
    int generation = 0;
    bool busy = false;
};

SsbProjectionFetcher::SsbProjectionFetcher(QNetworkAccessManager* network) : m_state(std::make_shared<State>())
{
    if (!network) {
        m_state->owned = std::make_unique<QNetworkAccessManager>();
        network = m_state->owned.get();
    }
    m_state->network = network;
}

SsbProjectionFetcher::~SsbProjectionFetcher()
{
    ++m_state->generation;
    if (m_state->reply)
        m_state->reply->abort();
}

bool SsbProjectionFetcher::busy() const
{
    return m_state->busy;
}

void SsbProjectionFetcher::start(const SsbFetchRequest& request, std::function<void(const SsbFetchOutcome&)> done)
{
    const int generation = ++m_state->generation;
    if (m_state->reply)
        m_state->reply->abort();
    m_state->busy = true;
    std::weak_ptr<State> weak = m_state;
    auto finish = [weak, generation, done](SsbFetchOutcome outcome) {
        auto state = weak.lock();
        if (!state || state->generation != generation)
            return;
        state->busy = false;
        state->reply = nullptr;
        done(outcome);
    };
    auto failLater = [finish](SsbFetchError error) {
        QTimer::singleShot(0, [finish, error] {
            SsbFetchOutcome o;
            o.error = error;
            finish(o);
        });
    };

    if (!isSsbAlternative(request.alternative))
        return failLater(fetchError(SsbFetchError::Kind::BadRequest,
                                    QStringLiteral("alternative \"%1\" is not one of MMMM, LLML, HHMH").arg(request.alternative), {}));
    static const QRegularExpression kommune(QStringLiteral("^\\d{4}$"));
    if (!kommune.match(request.unitId).hasMatch())
        return failLater(fetchError(SsbFetchError::Kind::NotAKommune,
                                    QStringLiteral("SSB's projection (table %1) is by kommune; %2 is not a kommune").arg(request.tableId, request.unitId),
                                    {}));
    const QUrl meta = metadataUrl(request);
    if (!meta.isValid() || (meta.scheme() != QLatin1String("http") && meta.scheme() != QLatin1String("https")))
        return failLater(fetchError(SsbFetchError::Kind::BadRequest,
                                    QStringLiteral("the base URL \"%1\" is not an http(s) address").arg(baseOf(request)), {}));

    auto get = [weak](const QUrl& url, int timeoutMs) -> QNetworkReply* {
        auto state = weak.lock();
        QNetworkRequest r(url);
        r.setTransferTimeout(timeoutMs);
        r.setRawHeader("Accept", "application/json");
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = state->network->get(r);
        state->reply = reply;
        return reply;
    };

    QNetworkReply* first = get(meta, request.timeoutMs);
    QObject::connect(first, &QNetworkReply::finished, first, [first, request, finish, get, weak, generation] {
        first->deleteLater();
        {
            auto state = weak.lock();
            if (!state || state->generation != generation)
                return;
        }
        auto answer = answerOf(first);
        if (auto* e = std::get_if<SsbFetchError>(&answer)) {
            SsbFetchOutcome o;
            o.error = *e;
            return finish(o);
        }
        auto code = contentsCodeFor(std::get<QByteArray>(answer), request.alternative);
        if (auto* e = std::get_if<SsbFetchError>(&code)) {
            SsbFetchOutcome o;
            o.error = *e;
            o.error->url = first->request().url().toString();
            return finish(o);
        }
        QNetworkReply* second = get(dataUrl(request, std::get<QString>(code)), request.timeoutMs);
        QObject::connect(second, &QNetworkReply::finished, second, [second, request, finish] {
            second->deleteLater();
            auto data = answerOf(second);
            if (auto* e = std::get_if<SsbFetchError>(&data)) {
                SsbFetchOutcome o;
                o.error = *e;
                return finish(o);
            }
            finish(projectionFrom(std::get<QByteArray>(data), request, second->request().url().toString(),
                                  QDateTime::currentDateTimeUtc()));
        });
    });
}

SsbFetchOutcome SsbProjectionFetcher::fetchBlocking(const SsbFetchRequest& request)
{
    SsbProjectionFetcher fetcher;
    SsbFetchOutcome result;
    QEventLoop loop;
    bool finished = false;
    fetcher.start(request, [&](const SsbFetchOutcome& outcome) {
        result = outcome;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace gevinst::store
