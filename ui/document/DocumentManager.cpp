#include "DocumentManager.h"

#include "AtomicFile.h"

#include "ErrorText.h"
#include "ScenarioDocument.h"
#include "ScenarioReader.h"
#include "ServiceAreas.h"

#include "DataLocations.h"
#include "LibraryOpener.h"
#include "ScenarioLibrary.h"
#include "StoreErrorText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace gevinst::ui {

namespace {

constexpr qint64 kMaxScenarioFileBytes = 16 * 1024 * 1024;
const char* const kShippedDefaultUnit = "3207"; // Nordre Follo
const char* const kRecentKey = "recent/scenarios";
constexpr int kRecentCount = 8;

QString locateShippedScenario()
{
    const QString found = store::DataLocations::find(QStringLiteral("scenarios/nordre-follo-hjemmetjenester.json"));
    if (!found.isEmpty())
        return found;
    return QStringLiteral(GEVINST_SCENARIOS_DIR "/nordre-follo-hjemmetjenester.json");
}

/// The document in `bytes`, or nullopt with the reason in the user's language.
std::optional<Json> parseDocument(const QByteArray& bytes, QString* why)
{
    FieldError error;
    auto parsed = ScenarioReader::parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), error);
    if (!parsed && why)
        *why = ErrorText::reason(error);
    return parsed;
}

} // namespace

DocumentManager::DocumentManager(const WindowOptions& options, QObject* parent)
    : QObject(parent)
    , options_(options)
{
    ServiceAreas::catalogue(); // the display names of every shipped service area's vocabulary
    openLibrary();
    autosaveTimer_ = new QTimer(this);
    autosaveTimer_->setInterval(options_.autosaveIntervalMs);
    connect(autosaveTimer_, &QTimer::timeout, this, &DocumentManager::autosaveNow);
    autosaveTimer_->start();
}

DocumentManager::~DocumentManager()
{
    current_ = nullptr;
    for (auto& [key, document] : open_)
        delete document;
    open_.clear();
}

std::vector<ScenarioDocument*> DocumentManager::documents() const
{
    std::vector<ScenarioDocument*> out;
    for (const auto& [key, document] : open_)
        out.push_back(document);
    return out;
}

std::vector<ScenarioDocument*> DocumentManager::modifiedDocuments() const
{
    std::vector<ScenarioDocument*> out;
    for (const auto& [key, document] : open_)
        if (document->isModified())
            out.push_back(document);
    return out;
}

bool DocumentManager::ask(const QString& title, const QString& question, bool byDefault) const
{
    if (!options_.interactive || !ask_)
        return byDefault;
    return ask_(title, question);
}

void DocumentManager::setCurrent(ScenarioDocument* document)
{
    if (document == current_)
        return;
    current_ = document;
    emit currentChanged(document);
}

ScenarioDocument* DocumentManager::adopt(ScenarioDocument* document, qint64 key)
{
    document->setParent(this);
    open_[key] = document;
    return document;
}

void DocumentManager::forget(ScenarioDocument* document)
{
    for (auto it = open_.begin(); it != open_.end(); ++it)
        if (it->second == document) {
            open_.erase(it);
            return;
        }
}

void DocumentManager::openLibrary()
{
    if (options_.library) { // opened by «Åpne bibliotek» before this window was made
        library_ = std::move(options_.library);
        return;
    }
    auto opened = LibraryOpener::open(options_.libraryPath, options_.interactive ? options_.askPassword : nullptr);
    if (opened) {
        library_ = std::shared_ptr<store::ScenarioLibrary>(std::move(opened.value()));
        return;
    }
    // Said once the window listens.
    QTimer::singleShot(0, this, [this, text = StoreErrorText::message(opened.error())] {
        emit problem(tr("Biblioteket kan ikke åpnes"),
                     tr("Scenariobiblioteket kunne ikke åpnes: %1\n\nDet leverte scenarioet vises, men kan ikke lagres.")
                         .arg(text));
    });
}

void DocumentManager::openInitial()
{
    bool opened = false;
    if (library_) {
        emit recentChanged(recent());
        // A first-time user sees the shipped Nordre Follo scenario.
        if (auto list = library_->scenarios()) {
            const store::ScenarioInfo* pick = nullptr;
            for (const auto& s : list.value())
                if (s.shipped && s.unitId == QLatin1String(kShippedDefaultUnit) && (!pick || s.id < pick->id))
                    pick = &s;
            if (!pick && !list->empty())
                pick = &list->back();
            opened = pick && openScenario(pick->id);
        }
    }
    if (!opened)
        openShippedFile();
    restoreAutosaves();
    if (!options_.openFile.isEmpty())
        importFile(options_.openFile);
}

void DocumentManager::openShippedFile()
{
    // Without a library: the shipped file, read-only in the sense that it cannot be saved.
    QFile file(locateShippedScenario());
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (auto doc = parseDocument(file.read(kMaxScenarioFileBytes), nullptr))
        setCurrent(adopt(new ScenarioDocument(std::move(*doc)), nextUnsavedKey_--));
}

bool DocumentManager::openScenario(qint64 scenarioId, int version)
{
    if (!library_)
        return false;
    auto loaded = library_->load(scenarioId, version > 0 ? std::optional<int>(version) : std::nullopt);
    if (!loaded) {
        emit problem(tr("Scenarioet kan ikke åpnes"), StoreErrorText::message(loaded.error()));
        return false;
    }
    auto it = open_.find(scenarioId);
    if (it != open_.end()) {
        ScenarioDocument* existing = it->second;
        if (version == 0 || existing->version() == loaded->version.version) {
            setCurrent(existing);
            rememberRecent(scenarioId);
            return true;
        }
        if (existing->isModified() &&
            !ask(tr("Ulagrede endringer"),
                 tr("«%1» har ulagrede endringer. Forkaste dem og åpne versjon %2?")
                     .arg(existing->name())
                     .arg(loaded->version.version),
                 true))
            return false;
        if (current_ == existing)
            setCurrent(nullptr);
        QFile::remove(autosavePath(*existing));
        open_.erase(it);
        existing->deleteLater();
    }
    QString why;
    auto doc = parseDocument(loaded->json, &why);
    if (!doc) {
        emit problem(tr("Scenarioet kan ikke åpnes"), why);
        return false;
    }
    auto* d = adopt(new ScenarioDocument(std::move(*doc)), scenarioId);
    d->setLibraryVersion(scenarioId, loaded->version.version);
    d->setBaseVersion(loaded->info.latestVersion); // an older version opened is saved on top of the newest
    setCurrent(d);
    rememberRecent(scenarioId);
    emit unitOpened(loaded->info.unitId);
    return true;
}

bool DocumentManager::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit problem(tr("Kan ikke importere"), tr("Filen %1 kan ikke leses: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > kMaxScenarioFileBytes) {
        emit problem(tr("Kan ikke importere"), tr("Filen %1 er for stor til å være en scenariofil.").arg(path));
        return false;
    }
    QString why;
    auto doc = parseDocument(file.readAll(), &why);
    if (!doc) {
        emit problem(tr("Kan ikke importere"), tr("%1 er ikke en gyldig JSON-fil:\n%2").arg(QFileInfo(path).fileName(), why));
        return false;
    }
    const qint64 key = nextUnsavedKey_--;
    auto* d = adopt(new ScenarioDocument(std::move(*doc)), key);
    if (library_ && d->isValid()) {
        const QByteArray json = QByteArray::fromStdString(d->json().dump(2));
        auto saved = library_->create(json, tr("Importert fra %1").arg(QFileInfo(path).fileName()));
        if (saved) {
            open_.erase(key);
            d->setLibraryVersion(saved->scenarioId, saved->version);
            open_[saved->scenarioId] = d;
            rememberRecent(saved->scenarioId);
            emit libraryChanged();
        } else {
            emit message(tr("Importert, men ikke lagt i biblioteket: %1").arg(StoreErrorText::message(saved.error())), 8000);
        }
    }
    setCurrent(d);
    if (d->lastValidScenario())
        emit unitOpened(QString::fromStdString(d->lastValidScenario()->unit.id));
    if (!d->isValid())
        emit message(tr("Importert med feil: rett feilene og lagre for å legge scenarioet i biblioteket."), 8000);
    else
        emit message(tr("Importerte %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool DocumentManager::exportFile(const QString& path)
{
    if (!current_)
        return false;
    const std::string text = current_->json().dump(2) + "\n";
    QString error;
    if (!io::AtomicFile::write(path, QByteArray::fromStdString(text), &error)) {
        emit problem(tr("Kan ikke eksportere"), error);
        return false;
    }
    emit message(tr("Eksporterte til %1").arg(path), 5000);
    return true;
}

bool DocumentManager::saveVersion(const QString& note)
{
    if (!current_)
        return false;
    if (!current_->isValid()) {
        emit problem(tr("Kan ikke lagre"), tr("Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.", nullptr,
                                              static_cast<int>(current_->errors().size())));
        return false;
    }
    if (!library_) {
        emit problem(tr("Kan ikke lagre"), tr("Uten bibliotek kan scenarioet bare eksporteres til fil."));
        return false;
    }
    const QByteArray json = QByteArray::fromStdString(current_->json().dump(2));
    const qint64 id = current_->scenarioId();
    const bool isNew = id <= 0;
    const int base = current_->baseVersion();
    auto saved = isNew ? library_->create(json, note)
                 : base > 0 ? library_->saveOnBase(id, json, base, note)
                            : library_->save(id, json, note);
    if (!isNew && !saved && saved.error().kind == store::StoreError::Kind::Conflict &&
        saved.error().field == QLatin1String("base_version")) {
        // Someone else saved after the version these edits build on: the user decides; the edits stay.
        emit libraryChanged(); // the version list shows the other user's version behind the question
        const ConflictChoice choice = resolveConflict_ ? resolveConflict_(conflictOf(*current_)) : ConflictChoice::Cancel;
        if (choice == ConflictChoice::SaveAsCopy)
            return saveAsCopy(note);
        if (choice != ConflictChoice::SaveOnTop) {
            emit message(tr("Ikke lagret: noen andre har lagret scenarioet i mellomtiden. Endringene dine er beholdt."), 8000);
            return false;
        }
        saved = library_->save(id, json, note);
    }
    if (!saved) {
        emit problem(tr("Kan ikke lagre"), StoreErrorText::message(saved.error()));
        return false;
    }
    QFile::remove(autosavePath(*current_));
    if (isNew) {
        forget(current_);
        open_[saved->scenarioId] = current_;
    }
    current_->setLibraryVersion(saved->scenarioId, saved->version);
    current_->markSaved();
    rememberRecent(saved->scenarioId);
    emit libraryChanged();
    emit message(tr("Lagret som versjon %1").arg(saved->version), 5000);
    return true;
}

DocumentManager::SaveConflict DocumentManager::conflictOf(const ScenarioDocument& document) const
{
    SaveConflict conflict;
    conflict.scenarioId = document.scenarioId();
    conflict.scenarioName = document.name();
    conflict.baseVersion = document.baseVersion();
    if (auto versions = library_->versions(document.scenarioId()); versions && !versions->empty()) {
        const store::ScenarioVersionInfo& newest = versions->back();
        conflict.newestVersion = newest.version;
        conflict.savedBy = newest.savedBy;
        conflict.savedAt = newest.savedAt;
    }
    return conflict;
}

bool DocumentManager::saveAsCopy(const QString& note)
{
    // A new scenario «<navn> (kopi)» holding the user's edits; the original keeps what the other user saved.
    const QString name = tr("%1 (kopi)").arg(current_->name());
    Json copy = current_->json();
    copy["name"] = name.toStdString();
    auto created = library_->create(QByteArray::fromStdString(copy.dump(2)), note);
    if (!created) {
        emit problem(tr("Kan ikke lagre som kopi"), StoreErrorText::message(created.error()));
        return false;
    }
    QFile::remove(autosavePath(*current_));
    forget(current_);
    current_->applyValue("name", name.toStdString());
    current_->setLibraryVersion(created->scenarioId, created->version);
    current_->markSaved();
    open_[created->scenarioId] = current_;
    rememberRecent(created->scenarioId);
    emit libraryChanged();
    emit message(tr("Lagret som et nytt scenario: «%1»").arg(name), 5000);
    return true;
}

bool DocumentManager::newFromTemplate(const QString& unitId)
{
    if (!library_)
        return false;
    qint64 templateId = 0;
    if (auto list = library_->scenarios())
        for (const auto& s : list.value())
            if (s.shipped && s.unitId == QLatin1String(kShippedDefaultUnit))
                templateId = s.id;
    if (templateId == 0 && current_)
        templateId = current_->scenarioId();
    auto created = library_->createFromTemplate(unitId, templateId);
    if (!created) {
        emit problem(tr("Kan ikke lage scenario"), StoreErrorText::message(created.error()));
        return false;
    }
    emit libraryChanged();
    return openScenario(created->scenarioId);
}

bool DocumentManager::newFromScenario(const QString& unitId, qint64 templateId)
{
    if (!library_)
        return false;
    auto created = library_->createFromTemplate(unitId, templateId);
    if (!created) {
        emit problem(tr("Kan ikke lage scenario"), StoreErrorText::message(created.error()));
        return false;
    }
    emit libraryChanged();
    return openScenario(created->scenarioId);
}

bool DocumentManager::renameScenario(qint64 scenarioId, const QString& name)
{
    if (!library_)
        return false;
    auto renamed = library_->rename(scenarioId, name);
    if (!renamed) {
        emit problem(tr("Kan ikke gi nytt navn"), StoreErrorText::message(renamed.error()));
        return false;
    }
    if (auto it = open_.find(scenarioId); it != open_.end()) {
        // The open copy takes the name; unsaved edits stay unsaved.
        ScenarioDocument* d = it->second;
        const bool wasModified = d->isModified();
        d->applyValue("name", name.trimmed().toStdString());
        d->setLibraryVersion(scenarioId, renamed->version);
        if (!wasModified)
            d->markSaved();
    }
    emit libraryChanged();
    emit message(tr("Nytt navn: %1").arg(name.trimmed()), 4000);
    return true;
}

bool DocumentManager::duplicateScenario(qint64 scenarioId)
{
    if (!library_)
        return false;
    auto copy = library_->duplicate(scenarioId);
    if (!copy) {
        emit problem(tr("Kan ikke duplisere"), StoreErrorText::message(copy.error()));
        return false;
    }
    emit libraryChanged();
    return openScenario(copy->scenarioId);
}

bool DocumentManager::trashScenario(qint64 scenarioId)
{
    if (!library_)
        return false;
    auto trashed = library_->moveToTrash(scenarioId);
    if (!trashed) {
        emit problem(tr("Kan ikke flytte til papirkurven"), StoreErrorText::message(trashed.error()));
        return false;
    }
    if (auto it = open_.find(scenarioId); it != open_.end()) {
        ScenarioDocument* d = it->second;
        if (current_ == d)
            setCurrent(nullptr);
        QFile::remove(autosavePath(*d));
        open_.erase(it);
        d->deleteLater();
    }
    emit libraryChanged();
    emit message(tr("Flyttet til papirkurven (kan gjenopprettes)"), 4000);
    return true;
}

bool DocumentManager::restoreScenario(qint64 scenarioId)
{
    if (!library_)
        return false;
    auto restored = library_->restoreFromTrash(scenarioId);
    if (!restored) {
        emit problem(tr("Kan ikke gjenopprette"), StoreErrorText::message(restored.error()));
        return false;
    }
    emit libraryChanged();
    return openScenario(scenarioId);
}

QString DocumentManager::librarySuffix() const
{
    // Scenario ids are the library's own: another library (a server, another file) keeps
    // its recent list and autosaves apart from those of the user's default library.
    const QString where = library_ ? library_->filePath() : options_.libraryPath;
    if (where.isEmpty() || QFileInfo(where).absoluteFilePath() == QFileInfo(store::ScenarioLibrary::defaultPath()).absoluteFilePath())
        return QString();
    return QStringLiteral("-") + QString::fromLatin1(QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QList<qint64> DocumentManager::recent() const
{
    QList<qint64> ids;
    for (const QVariant& v : QSettings().value(QLatin1String(kRecentKey) + librarySuffix()).toList())
        ids << v.toLongLong();
    return ids;
}

void DocumentManager::rememberRecent(qint64 scenarioId)
{
    if (scenarioId <= 0)
        return;
    QSettings settings;
    const QString key = QLatin1String(kRecentKey) + librarySuffix();
    QList<QVariant> list = settings.value(key).toList();
    list.removeAll(QVariant(scenarioId));
    list.prepend(QVariant(scenarioId));
    while (list.size() > kRecentCount)
        list.removeLast();
    settings.setValue(key, list);
    emit recentChanged(recent());
}

QString DocumentManager::libraryStatus() const
{
    if (library_) {
        if (auto st = library_->status()) {
            // Where the library is, and on a server as whom (issue 14); never a password.
            if (st->server)
                return tr("Bibliotek: %1 (som %2) · %n scenario(er)", nullptr, st->scenarioCount).arg(st->filePath, st->user) +
                       (library_->isReadOnly() ? tr(" · skrivebeskyttet – ingen skrivetilgang") : QString());
            return tr("Bibliotek: %1 · %n scenario(er)", nullptr, st->scenarioCount).arg(st->filePath) +
                   (library_->isReadOnly() ? tr(" · skrivebeskyttet: kan leses, men ikke endres") : QString());
        } else
            return tr("Biblioteket kan ikke leses: %1").arg(StoreErrorText::message(st.error()));
    }
    return tr("Uten bibliotek: endringer kan eksporteres til fil, men ikke lagres som versjoner.");
}

QString DocumentManager::autosaveDir() const
{
    if (!options_.autosaveDir.isEmpty())
        return options_.autosaveDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave") + librarySuffix();
}

QString DocumentManager::autosavePath(const ScenarioDocument& document) const
{
    if (document.scenarioId() > 0)
        return autosaveDir() + QStringLiteral("/scenario-%1.json").arg(document.scenarioId());
    return autosaveDir() + QStringLiteral("/unsaved-%1.json").arg(reinterpret_cast<quintptr>(&document), 0, 16);
}

void DocumentManager::autosaveNow()
{
    QDir().mkpath(autosaveDir());
    for (auto& [key, doc] : open_) {
        const QString path = autosavePath(*doc);
        if (!doc->isModified()) {
            QFile::remove(path);
            continue;
        }
        // A failed autosave (a full disk) keeps the previous autosave file as it was.
        QString error;
        if (!io::AtomicFile::write(path, QByteArray::fromStdString(doc->json().dump(2)), &error))
            emit message(tr("Autolagring mislyktes: %1").arg(error), 10000);
    }
}

void DocumentManager::discardAutosaves()
{
    for (ScenarioDocument* d : modifiedDocuments())
        QFile::remove(autosavePath(*d));
}

void DocumentManager::restoreAutosaves()
{
    QDir dir(autosaveDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    if (files.isEmpty() || !options_.interactive)
        return; // tests decide themselves
    if (!ask(tr("Gjenopprett ulagret arbeid"),
             tr("Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?", nullptr,
                static_cast<int>(files.size())),
             true)) {
        for (const QString& f : files)
            dir.remove(f);
        return;
    }
    ScenarioDocument* last = nullptr;
    for (const QString& f : files) {
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto doc = parseDocument(file.read(kMaxScenarioFileBytes), nullptr);
        file.close();
        if (!doc)
            continue;
        ScenarioDocument* target = nullptr;
        if (f.startsWith(QLatin1String("scenario-"))) {
            const qint64 id = f.mid(9, f.size() - 9 - 5).toLongLong();
            if (openScenario(id))
                target = current_;
        }
        if (!target)
            target = adopt(new ScenarioDocument(Json::object()), nextUnsavedKey_--);
        target->setReadOnly(QString()); // edits of an approved plan's version (issue 13) become a new version when saved
        target->setValue(std::string(), *doc, tr("Gjenopprett ulagrede endringer"));
        dir.remove(f);
        last = target;
    }
    if (last)
        setCurrent(last);
    autosaveNow();
}

} // namespace gevinst::ui
