#include "MainWindow.h"

#include "AtomicFile.h"
#include "ChartId.h"
#include "ExportMenu.h"
#include "ResultsPanel.h"
#include "ScenarioDocument.h"
#include "ScenarioEditor.h"
#include "ScenarioReader.h"
#include "UncertaintyPanel.h"

#ifdef GEVINST_WITH_STORE
#include "DataLocations.h"
#include "LibraryPanel.h"
#include "ScenarioLibrary.h"
#endif

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>

#include <nlohmann/json.hpp>

namespace gevinst::ui {

namespace {

constexpr qint64 kMaxScenarioFileBytes = 16 * 1024 * 1024;
const char* const kShippedDefaultUnit = "3207"; // Nordre Follo

QString locateShippedScenario()
{
#ifdef GEVINST_WITH_STORE
    const QString found = store::DataLocations::find(QStringLiteral("scenarios/nordre-follo-hjemmetjenester.json"));
    if (!found.isEmpty())
        return found;
#endif
    return QStringLiteral(GEVINST_SCENARIOS_DIR "/nordre-follo-hjemmetjenester.json");
}

std::optional<nlohmann::json> parseDocument(const QByteArray& bytes, QString* why)
{
    FieldError error;
    auto parsed = ScenarioReader::parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), error);
    if (!parsed && why)
        *why = QString::fromStdString(error.message());
    return parsed;
}

} // namespace

MainWindow::MainWindow(const WindowOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , options_(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/gevinstmodell.svg")));
    undoGroup_ = new QUndoGroup(this);

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    editor_ = new ScenarioEditor;
    results_ = new ResultsPanel;
    openLibrary();
#ifdef GEVINST_WITH_STORE
    if (library_) {
        libraryPanel_ = new LibraryPanel(*library_);
        splitter_->addWidget(libraryPanel_);
        connect(libraryPanel_, &LibraryPanel::openRequested, this,
                [this](qint64 id, int version) { openScenario(id, version); });
        connect(libraryPanel_, &LibraryPanel::newFromTemplateRequested, this, &MainWindow::onNewFromTemplate);
    }
#endif
    splitter_->addWidget(editor_);
    // Results and the uncertainty view (issue 6) share the right-hand side as tabs.
    uncertainty_ = new UncertaintyPanel;
    auto* views = new QTabWidget;
    views->setObjectName(QStringLiteral("viewTabs"));
    views->addTab(results_, tr("Resultater"));
    views->addTab(uncertainty_, tr("Usikkerhet"));
    views->setTabToolTip(1, tr("Monte Carlo-simulering og tornadodiagram over usikre forutsetninger"));
    viewTabs_ = views;
    connect(views, &QTabWidget::currentChanged, this, &MainWindow::updateUncertainty);
    splitter_->addWidget(views);
    splitter_->setChildrenCollapsible(false);
    const int n = splitter_->count();
    splitter_->setStretchFactor(n - 1, 3);
    splitter_->setStretchFactor(n - 2, 2);
    if (n == 3) {
        splitter_->setStretchFactor(0, 1);
        splitter_->setSizes({220, 540, 606});
    }
    setCentralWidget(splitter_);

    statusCompute_ = new QLabel;
    statusCompute_->setObjectName(QStringLiteral("statusCompute"));
    statusLibrary_ = new QLabel;
    statusBar()->addWidget(statusLibrary_, 1);
    statusBar()->addPermanentWidget(statusCompute_);
    connect(results_, &ResultsPanel::redrawn, this, [this](double ms) {
        if (current_)
            statusCompute_->setText(tr("Beregnet på %1 ms, tegnet på %2 ms")
                                        .arg(QLocale().toString(current_->lastComputeMs(), 'f', 1),
                                             QLocale().toString(ms, 'f', 1)));
    });

    createActions();

    autosaveTimer_ = new QTimer(this);
    autosaveTimer_->setInterval(options_.autosaveIntervalMs);
    connect(autosaveTimer_, &QTimer::timeout, this, &MainWindow::autosaveNow);
    autosaveTimer_->start();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1500, avail.width()), std::min(900, avail.height()));
    }
    splitter_->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());

    openInitialScenario();
    restoreAutosaves();
    if (!options_.openFile.isEmpty())
        importFile(options_.openFile);
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Documents are children of this window; detach views first.
    editor_->setDocument(nullptr);
    results_->setDocument(nullptr);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&Fil"));
    QAction* import = file->addAction(tr("&Importer scenariofil …"), this, &MainWindow::onImport);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence::Open);
    exportAction_ = file->addAction(tr("&Eksporter scenariofil …"), this, &MainWindow::onExport);
    exportAction_->setObjectName(QStringLiteral("actionExport"));
    exportAction_->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    saveAction_ = file->addAction(tr("&Lagre ny versjon …"), this, &MainWindow::onSave);
    saveAction_->setObjectName(QStringLiteral("actionSave"));
    saveAction_->setShortcut(QKeySequence::Save);
    revertAction_ = file->addAction(tr("&Tilbakestill til lagret"), this, &MainWindow::onRevert);
    revertAction_->setObjectName(QStringLiteral("actionRevert"));
    revertAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Avslutt"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Rediger"));
    QAction* undo = undoGroup_->createUndoAction(this, tr("Angre"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoGroup_->createRedoAction(this, tr("Gjør om"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&Vis"));
    QAction* find = view->addAction(tr("&Søk etter enhet"), this, [this] {
        if (auto* s = findChild<QWidget*>(QStringLiteral("unitSearch")))
            s->setFocus(Qt::ShortcutFocusReason);
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    int i = 0;
    for (ChartId id : chartIds()) {
        QAction* a = view->addAction(chartTitle(id), this, [this, i] { results_->chartTabs()->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        ++i;
    }

    // Eksport: council report, tables, charts and the comparison window (ui/export).
    ExportMenu::install(
        this, [this] { return ExportMenu::subjectOf(current_); },
        [this] {
#ifdef GEVINST_WITH_STORE
            if (library_)
                return ExportMenu::candidatesFrom(*library_);
#endif
            return std::vector<CompareEntry>{};
        });

    QMenu* help = menuBar()->addMenu(tr("&Hjelp"));
    help->addAction(tr("&Om Gevinstmodell"), this, [this] {
        QMessageBox::about(this, tr("Om Gevinstmodell"),
                           tr("<b>Gevinstmodell %1</b><p>Gevinster av oppgavedeling i helse og omsorg: frigjort "
                              "kapasitet, utnyttelsesgrad, statlige tilskudd og sparte sosialhjelpsutgifter.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openLibrary()
{
#ifdef GEVINST_WITH_STORE
    const QString path = options_.libraryPath.isEmpty() ? store::ScenarioLibrary::defaultPath() : options_.libraryPath;
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto opened = store::ScenarioLibrary::open(path);
    if (!opened && (opened.error().kind == store::StoreError::Kind::ReadOnly || opened.error().kind == store::StoreError::Kind::Io)) {
        store::OpenOptions readOnly; // a read-only copy or share, or a full disk: still readable
        readOnly.readOnly = true;
        if (auto again = store::ScenarioLibrary::open(path, readOnly))
            opened = std::move(again);
    }
    if (opened) {
        library_ = std::shared_ptr<store::ScenarioLibrary>(std::move(opened.value()));
        return;
    }
    QTimer::singleShot(0, this, [this, err = opened.error().text()] {
        showError(tr("Biblioteket kan ikke åpnes"),
                  tr("Scenariobiblioteket kunne ikke åpnes:\n%1\n\nDet leverte scenarioet vises, men kan ikke lagres.").arg(err));
    });
#endif
}

void MainWindow::openInitialScenario()
{
#ifdef GEVINST_WITH_STORE
    if (library_) {
        QSettings settings;
        const QList<QVariant> recent = settings.value(QStringLiteral("recent/scenarios")).toList();
        if (libraryPanel_) {
            QList<qint64> ids;
            for (const QVariant& v : recent)
                ids << v.toLongLong();
            libraryPanel_->setRecent(ids);
        }
        // A first-time user sees the shipped Nordre Follo scenario.
        if (auto list = library_->scenarios()) {
            const store::ScenarioInfo* pick = nullptr;
            for (const auto& s : list.value())
                if (s.shipped && s.unitId == QLatin1String(kShippedDefaultUnit) && (!pick || s.id < pick->id))
                    pick = &s;
            if (!pick && !list->empty())
                pick = &list->back();
            if (pick && openScenario(pick->id))
                return;
        }
    }
#endif
    // Without a library: the shipped file, read-only in the sense that it cannot be saved.
    QFile file(locateShippedScenario());
    if (file.open(QIODevice::ReadOnly)) {
        QString why;
        if (auto doc = parseDocument(file.read(kMaxScenarioFileBytes), &why)) {
            auto* d = new ScenarioDocument(std::move(*doc), this);
            open_[nextUnsavedKey_--] = d;
            setCurrent(d);
        }
    }
}

bool MainWindow::openScenario(qint64 scenarioId, int version)
{
#ifdef GEVINST_WITH_STORE
    if (!library_)
        return false;
    auto loaded = library_->load(scenarioId, version > 0 ? std::optional<int>(version) : std::nullopt);
    if (!loaded) {
        showError(tr("Scenarioet kan ikke åpnes"), loaded.error().text());
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
        if (existing->isModified() && options_.interactive &&
            QMessageBox::question(this, tr("Ulagrede endringer"),
                                  tr("«%1» har ulagrede endringer. Forkaste dem og åpne versjon %2?")
                                      .arg(existing->name())
                                      .arg(loaded->version.version)) != QMessageBox::Yes)
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
        showError(tr("Scenarioet kan ikke åpnes"), why);
        return false;
    }
    auto* d = new ScenarioDocument(std::move(*doc), this);
    d->setLibraryVersion(scenarioId, loaded->version.version);
    open_[scenarioId] = d;
    setCurrent(d);
    rememberRecent(scenarioId);
    if (libraryPanel_)
        libraryPanel_->selectUnit(loaded->info.unitId);
    return true;
#else
    (void)scenarioId;
    (void)version;
    return false;
#endif
}

void MainWindow::setCurrent(ScenarioDocument* document)
{
    if (current_)
        disconnect(current_, nullptr, this, nullptr);
    current_ = document;
    if (document) {
        if (!undoGroup_->stacks().contains(&document->undoStack()))
            undoGroup_->addStack(&document->undoStack());
        undoGroup_->setActiveStack(&document->undoStack());
        connect(document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &ScenarioDocument::changed, this, &MainWindow::updateTitle);
    } else {
        undoGroup_->setActiveStack(nullptr);
    }
    editor_->setDocument(document);
    results_->setDocument(document);
    // The uncertainty view follows the document's last valid scenario; its tornado
    // recomputes the scenario many times, so it is updated only while it shows.
    uncertaintyStale_ = true;
    updateUncertainty();
    if (document)
        connect(document, &ScenarioDocument::changed, this, [this] {
            uncertaintyStale_ = true;
            updateUncertainty();
        });
#ifdef GEVINST_WITH_STORE
    if (libraryPanel_)
        libraryPanel_->setCurrentScenario(document ? document->scenarioId() : 0);
#endif
    updateTitle();
}

void MainWindow::updateUncertainty()
{
    if (!uncertaintyStale_ || viewTabs_->currentWidget() != uncertainty_)
        return;
    uncertaintyStale_ = false;
    if (current_ && current_->isValid() && current_->lastValidScenario())
        uncertainty_->setScenario(*current_->lastValidScenario());
    else if (current_ && current_->lastValidScenario())
        uncertainty_->clearScenario(tr("Scenarioet har feil: rett dem i redigeringen først."));
    else
        uncertainty_->clearScenario();
}

void MainWindow::updateTitle()
{
    QString title = tr("Gevinstmodell");
    if (current_) {
        QString doc = current_->unitName().isEmpty() ? current_->name()
                                                     : QStringLiteral("%1 – %2").arg(current_->unitName(), current_->name());
        if (current_->version() > 0)
            doc += tr(" (versjon %1)").arg(current_->version());
        else
            doc += tr(" (ikke i biblioteket)");
        title = QStringLiteral("%1[*] – %2").arg(doc, title);
    }
    setWindowTitle(title);
    setWindowModified(current_ && current_->isModified());
    const bool canSave = current_ && library_;
    if (saveAction_) {
        saveAction_->setEnabled(canSave);
        revertAction_->setEnabled(current_ && current_->isModified());
        exportAction_->setEnabled(current_ != nullptr);
    }
}

void MainWindow::updateStatus()
{
#ifdef GEVINST_WITH_STORE
    if (library_) {
        if (auto st = library_->status())
            statusLibrary_->setText(tr("Bibliotek: %1 · %n scenario(er)", nullptr, st->scenarioCount).arg(st->filePath) +
                                    (library_->isReadOnly() ? tr(" · skrivebeskyttet: kan leses, men ikke endres") : QString()));
        return;
    }
#endif
    statusLibrary_->setText(tr("Uten bibliotek: endringer kan eksporteres til fil, men ikke lagres som versjoner."));
}

void MainWindow::rememberRecent(qint64 scenarioId)
{
    if (scenarioId <= 0)
        return;
    QSettings settings;
    QList<QVariant> recent = settings.value(QStringLiteral("recent/scenarios")).toList();
    recent.removeAll(QVariant(scenarioId));
    recent.prepend(QVariant(scenarioId));
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent/scenarios"), recent);
#ifdef GEVINST_WITH_STORE
    if (libraryPanel_) {
        QList<qint64> ids;
        for (const QVariant& v : recent)
            ids << v.toLongLong();
        libraryPanel_->setRecent(ids);
    }
#endif
}

bool MainWindow::saveVersion(const QString& note)
{
    if (!current_)
        return false;
    if (!current_->isValid()) {
        showError(tr("Kan ikke lagre"),
                  tr("Scenarioet har %n feil. Rett feilene (merket i rødt) før du lagrer.", nullptr,
                     static_cast<int>(current_->errors().size())));
        return false;
    }
#ifdef GEVINST_WITH_STORE
    if (!library_)
        return false;
    const QByteArray json = QByteArray::fromStdString(current_->json().dump(2));
    const bool isNew = current_->scenarioId() <= 0;
    auto saved = isNew ? library_->create(json, note) : library_->save(current_->scenarioId(), json, note);
    if (!saved) {
        showError(tr("Kan ikke lagre"), saved.error().text());
        return false;
    }
    QFile::remove(autosavePath(*current_));
    if (isNew) {
        for (auto it = open_.begin(); it != open_.end(); ++it)
            if (it->second == current_) {
                open_.erase(it);
                break;
            }
        open_[saved->scenarioId] = current_;
    }
    current_->setLibraryVersion(saved->scenarioId, saved->version);
    current_->markSaved();
    rememberRecent(saved->scenarioId);
    if (libraryPanel_) {
        libraryPanel_->reload();
        libraryPanel_->setCurrentScenario(saved->scenarioId);
    }
    updateTitle();
    updateStatus();
    statusBar()->showMessage(tr("Lagret som versjon %1").arg(saved->version), 5000);
    return true;
#else
    (void)note;
    return false;
#endif
}

void MainWindow::onSave()
{
    if (!current_)
        return;
    if (!current_->isValid()) {
        saveVersion(QString()); // explains why nothing is saved
        return;
    }
    QString note;
    if (options_.interactive) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Lagre ny versjon"),
                                     tr("Notat for versjonen (hva er endret og hvorfor):"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    saveVersion(note);
}

void MainWindow::onRevert()
{
    if (!current_ || !current_->isModified())
        return;
    if (options_.interactive &&
        QMessageBox::question(this, tr("Tilbakestill"),
                              tr("Tilbakestille «%1» til sist lagrede versjon? (Kan angres.)").arg(current_->name())) !=
            QMessageBox::Yes)
        return;
    current_->revertToSaved();
}

bool MainWindow::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Kan ikke importere"), tr("Filen %1 kan ikke leses: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > kMaxScenarioFileBytes) {
        showError(tr("Kan ikke importere"), tr("Filen %1 er for stor til å være en scenariofil.").arg(path));
        return false;
    }
    QString why;
    auto doc = parseDocument(file.readAll(), &why);
    if (!doc) {
        showError(tr("Kan ikke importere"), tr("%1 er ikke en gyldig JSON-fil:\n%2").arg(QFileInfo(path).fileName(), why));
        return false;
    }
    auto* d = new ScenarioDocument(std::move(*doc), this);
    const qint64 key = nextUnsavedKey_--;
    open_[key] = d;
#ifdef GEVINST_WITH_STORE
    if (library_ && d->isValid()) {
        const QByteArray json = QByteArray::fromStdString(d->json().dump(2));
        auto saved = library_->create(json, tr("Importert fra %1").arg(QFileInfo(path).fileName()));
        if (saved) {
            open_.erase(key);
            d->setLibraryVersion(saved->scenarioId, saved->version);
            open_[saved->scenarioId] = d;
            rememberRecent(saved->scenarioId);
            if (libraryPanel_)
                libraryPanel_->reload();
        }
    }
#endif
    setCurrent(d);
#ifdef GEVINST_WITH_STORE
    if (libraryPanel_ && d->lastValidScenario())
        libraryPanel_->selectUnit(QString::fromStdString(d->lastValidScenario()->unit.id));
#endif
    updateStatus();
    if (!d->isValid())
        statusBar()->showMessage(tr("Importert med feil: rett feilene og lagre for å legge scenarioet i biblioteket."), 8000);
    else
        statusBar()->showMessage(tr("Importerte %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::exportFile(const QString& path)
{
    if (!current_)
        return false;
    const std::string text = current_->json().dump(2) + "\n";
    QString error;
    if (!io::AtomicFile::write(path, QByteArray::fromStdString(text), &error)) {
        showError(tr("Kan ikke eksportere"), error);
        return false;
    }
    statusBar()->showMessage(tr("Eksporterte til %1").arg(path), 5000);
    return true;
}

void MainWindow::onImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer scenariofil"), QString(),
                                                      tr("Scenariofiler (*.json);;Alle filer (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::onExport()
{
    if (!current_)
        return;
    QString suggested = current_->name();
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Eksporter scenariofil"), suggested + QStringLiteral(".json"),
                                                      tr("Scenariofiler (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void MainWindow::onNewFromTemplate(const QString& unitId)
{
#ifdef GEVINST_WITH_STORE
    if (!library_)
        return;
    qint64 templateId = 0;
    if (auto list = library_->scenarios())
        for (const auto& s : list.value())
            if (s.shipped && s.unitId == QLatin1String(kShippedDefaultUnit))
                templateId = s.id;
    if (templateId == 0 && current_)
        templateId = current_->scenarioId();
    auto created = library_->createFromTemplate(unitId, templateId);
    if (!created) {
        showError(tr("Kan ikke lage scenario"), created.error().text());
        return;
    }
    if (libraryPanel_)
        libraryPanel_->reload();
    openScenario(created->scenarioId);
    updateStatus();
#else
    (void)unitId;
#endif
}

QString MainWindow::autosaveDir() const
{
    if (!options_.autosaveDir.isEmpty())
        return options_.autosaveDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString MainWindow::autosavePath(const ScenarioDocument& document) const
{
    if (document.scenarioId() > 0)
        return autosaveDir() + QStringLiteral("/scenario-%1.json").arg(document.scenarioId());
    return autosaveDir() + QStringLiteral("/unsaved-%1.json").arg(reinterpret_cast<quintptr>(&document), 0, 16);
}

void MainWindow::autosaveNow()
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
            statusBar()->showMessage(tr("Autolagring mislyktes: %1").arg(error), 10000);
    }
}

void MainWindow::restoreAutosaves()
{
    QDir dir(autosaveDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    if (files.isEmpty())
        return;
    if (options_.interactive &&
        QMessageBox::question(this, tr("Gjenopprett ulagret arbeid"),
                              tr("Gevinstmodell ble avsluttet med %n ulagret(e) scenario(er). Gjenopprette endringene?",
                                 nullptr, static_cast<int>(files.size()))) != QMessageBox::Yes) {
        for (const QString& f : files)
            dir.remove(f);
        return;
    }
    if (!options_.interactive)
        return; // tests decide themselves
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
        if (target) {
            target->setValue(std::string(), *doc, tr("Gjenopprett ulagrede endringer"));
        } else {
            target = new ScenarioDocument(nlohmann::json::object(), this);
            target->setValue(std::string(), *doc, tr("Gjenopprett ulagrede endringer"));
            open_[nextUnsavedKey_--] = target;
        }
        dir.remove(f);
        last = target;
    }
    if (last)
        setCurrent(last);
    autosaveNow();
}

bool MainWindow::maybeSaveAll()
{
    std::vector<ScenarioDocument*> modified;
    for (auto& [key, doc] : open_)
        if (doc->isModified())
            modified.push_back(doc);
    if (modified.empty() || !options_.interactive)
        return true;
    QStringList names;
    for (auto* d : modified)
        names << QStringLiteral("• %1").arg(d->name());
    const auto answer = QMessageBox::warning(
        this, tr("Ulagrede endringer"),
        tr("Disse scenarioene har endringer som ikke er lagret:\n%1\n\nLagre dem som nye versjoner før du avslutter?")
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        for (auto* d : modified)
            QFile::remove(autosavePath(*d));
        return true;
    }
    ScenarioDocument* keep = current_;
    for (auto* d : modified) {
        setCurrent(d);
        if (!saveVersion(tr("Lagret ved avslutning"))) {
            return false;
        }
    }
    setCurrent(keep);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), splitter_->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        for (const QUrl& url : event->mimeData()->urls())
            if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                event->acceptProposedAction();
                return;
            }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            importFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::showError(const QString& title, const QString& text)
{
    statusBar()->showMessage(title + QStringLiteral(": ") + text, 10000);
    if (options_.interactive)
        QMessageBox::warning(this, title, text);
}

} // namespace gevinst::ui
