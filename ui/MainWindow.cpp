#include "MainWindow.h"

#include "BudgetPlanView.h"
#include "ChartId.h"
#include "CompareView.h"
#include "DocumentManager.h"
#include "ExportMenu.h"
#include "HelpDialog.h"
#include "GoalSeekDialog.h"
#include "LedgerView.h"
#include "DemographyView.h"
#include "ResultsPanel.h"
#include "ScenarioDocument.h"
#include "ScenarioEditor.h"
#include "UncertaintyPanel.h"

#include "ApprovedVersionGuard.h"
#include "LibraryConnectionDialog.h"
#include "LibraryOpener.h"
#include "LibraryPanel.h"
#include "PlanView.h"
#include "SaveConflictDialog.h"
#include "StoreErrorText.h"
#include "ScenarioLibrary.h"
#include "OverviewView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>

namespace gevinst::ui {

namespace {

const char* const kRecentLibrariesKey = "recent/libraries";
constexpr int kRecentLibraryCount = 6;

/// Puts `location` (a file or a URI without password) first in the recent libraries.
void rememberLibrary(const QString& location)
{
    if (location.isEmpty() || location == QLatin1String(":memory:"))
        return;
    QSettings settings;
    QStringList list = settings.value(QLatin1String(kRecentLibrariesKey)).toStringList();
    list.removeAll(location);
    list.prepend(location);
    while (list.size() > kRecentLibraryCount)
        list.removeLast();
    settings.setValue(QLatin1String(kRecentLibrariesKey), list);
}

/// The password prompt for a server library (never stored).
std::optional<QString> askPassword(QWidget* parent, const QString& location, bool again)
{
    bool ok = false;
    const QString text = again ? MainWindow::tr("Serveren godtok ikke passordet. Prøv igjen.\n\nPassord for %1:").arg(location)
                               : MainWindow::tr("Serveren krever passord.\n\nPassord for %1:").arg(location);
    const QString password =
        QInputDialog::getText(parent, MainWindow::tr("Passord til biblioteket"), text, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace

QStringList MainWindow::recentLibraries()
{
    return QSettings().value(QLatin1String(kRecentLibrariesKey)).toStringList();
}

MainWindow::MainWindow(const WindowOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , options_(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    // A server library that wants a password asks for it (issue 14); the answer is never stored.
    if (options_.interactive && !options_.askPassword)
        options_.askPassword = [](const QString& location, bool again) { return askPassword(nullptr, location, again); };
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/gevinstmodell.svg")));
    undoGroup_ = new QUndoGroup(this);
    documents_ = new DocumentManager(options_, this);
    options_.library.reset(); // the manager holds it now
    if (documents_->library())
        rememberLibrary(documents_->library()->filePath());
    documents_->setAsk([this](const QString& title, const QString& question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    });
    // Someone else saved in between (issue 14): the user chooses; the edits are kept.
    if (options_.interactive)
        documents_->setResolveConflict(
            [this](const DocumentManager::SaveConflict& conflict) { return SaveConflictDialog::ask(this, conflict); });

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    editor_ = new ScenarioEditor;
    results_ = new ResultsPanel;
    if (store::ScenarioLibrary* library = documents_->library()) {
        libraryPanel_ = new LibraryPanel(*library);
        splitter_->addWidget(libraryPanel_);
        connect(libraryPanel_, &LibraryPanel::openRequested, documents_,
                [this](qint64 id, int version) { documents_->openScenario(id, version); });
        connect(libraryPanel_, &LibraryPanel::newFromTemplateRequested, documents_,
                [this](const QString& unitId) {
                    documents_->newFromTemplate(unitId);
                    updateStatus();
                });
        connect(documents_, &DocumentManager::libraryChanged, libraryPanel_, [this] {
            libraryPanel_->reload();
            if (currentDocument())
                libraryPanel_->setCurrentScenario(currentDocument()->scenarioId());
            updateStatus();
        });
        connect(documents_, &DocumentManager::recentChanged, libraryPanel_, &LibraryPanel::setRecent);
        connect(documents_, &DocumentManager::unitOpened, libraryPanel_, &LibraryPanel::selectUnit);
        // Rename, duplicate, «Bruk som mal», trash and restore; a unit without scenarios empties the editor (issue 16).
        libraryPanel_->manage(*documents_);
        connect(libraryPanel_, &LibraryPanel::emptyUnitSelected, this,
                [this](const QString& unitId, const QString& name, bool canCreate) {
                    documents_->setCurrent(nullptr);
                    editor_->showEmptyUnit(unitId, name, canCreate);
                });
        connect(editor_, &ScenarioEditor::newScenarioRequested, documents_, [this](const QString& unitId) {
            documents_->newFromTemplate(unitId);
            updateStatus();
        });
    }
    splitter_->addWidget(editor_);
    // Results and the uncertainty view (issue 6) share the right-hand side as tabs.
    uncertainty_ = new UncertaintyPanel;
    auto* views = new QTabWidget;
    views->setObjectName(QStringLiteral("viewTabs"));
    views->addTab(results_, tr("Resultater"));
    views->addTab(uncertainty_, tr("Usikkerhet"));
    views->setTabToolTip(1, tr("Monte Carlo-simulering og tornadodiagram over usikre forutsetninger"));
    // Who pays and who gains, and the økonomiplan (issue 12), follow the current document.
    auto* ledger = new LedgerView;
    auto* budgetPlan = new BudgetPlanView;
    views->addTab(ledger, tr("Hvem betaler"));
    views->setTabToolTip(views->count() - 1, tr("Hvem betaler – hvem får: kontantstrømmer per aktør og nåverdier"));
    views->addTab(budgetPlan, tr("Økonomiplan"));
    views->setTabToolTip(views->count() - 1, tr("Kommunens egne budsjettlinjer for fire år"));
    connect(documents_, &DocumentManager::currentChanged, ledger, &LedgerView::setDocument);
    connect(documents_, &DocumentManager::currentChanged, budgetPlan, &BudgetPlanView::setDocument);
    // The benefits plan (issue 13); the approved version's document is read-only.
    planView_ = new PlanView;
    planView_->setInteractive(options_.interactive);
    planView_->setLibrary(documents_->library());
    views->addTab(planView_, tr("Gevinstplan"));
    views->setTabToolTip(views->count() - 1, tr("Vedtatt gevinstrealiseringsplan: gevinster med eier, nullpunkt og mål, "
                                                "faktiske tall, avvik og status"));
    connect(documents_, &DocumentManager::currentChanged, planView_, &PlanView::setDocument);
    connect(documents_, &DocumentManager::libraryChanged, planView_, [this] { planView_->setDocument(currentDocument()); });
    if (store::ScenarioLibrary* library = documents_->library()) {
        auto* guard = new ApprovedVersionGuard(*library, this);
        connect(documents_, &DocumentManager::currentChanged, guard, &ApprovedVersionGuard::check);
        connect(documents_, &DocumentManager::libraryChanged, guard, [this, guard] { guard->check(currentDocument()); });
        connect(planView_, &PlanView::planChanged, guard, [this, guard] { guard->check(currentDocument()); });
    }
    // «Befolkning» (issue 11): the unit's population, the program's and SSB's projections, the baseline.
    auto* demography = new DemographyView(documents_->library());
    views->addTab(demography, tr("Befolkning"));
    views->setTabToolTip(views->count() - 1, tr("Befolkning etter alder: registrert, programmets og SSBs framskriving"));
    connect(documents_, &DocumentManager::currentChanged, demography, &DemographyView::setDocument);
    connect(demography, &DemographyView::scenarioCreated, documents_, [this](qint64 id) {
        documents_->openScenario(id);
        emit documents_->libraryChanged();
    });
    if (qEnvironmentVariable("GEVINST_VIEW") == QLatin1String("befolkning")) // screenshots
        views->setCurrentWidget(demography);
    // The comparison (issue 16) has a place of its own; its candidates are read when it shows.
    compare_ = new CompareView;
    views->addTab(compare_, tr("Sammenligning"));
    views->setTabToolTip(views->count() - 1, tr("Sammenlign scenarioer og versjoner side om side"));
    viewTabs_ = views;
    connect(views, &QTabWidget::currentChanged, this, &MainWindow::updateUncertainty);
    connect(views, &QTabWidget::currentChanged, this, &MainWindow::updateComparison);
    connect(documents_, &DocumentManager::libraryChanged, this, &MainWindow::updateComparison);
    connect(results_, &ResultsPanel::goalSeekRequested, this, [this] {
        if (ScenarioDocument* d = currentDocument()) {
            auto* dialog = new GoalSeekDialog(d, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(documents_, &DocumentManager::currentChanged, dialog, &QDialog::close);
            dialog->show();
        }
    });
    splitter_->addWidget(views);
    splitter_->setChildrenCollapsible(false);
    const int n = splitter_->count();
    splitter_->setStretchFactor(n - 1, 3);
    splitter_->setStretchFactor(n - 2, 2);
    if (n == 3) {
        splitter_->setStretchFactor(0, 1);
        splitter_->setSizes({210, 560, 596});
    }
    setCentralWidget(splitter_);

    statusCompute_ = new QLabel;
    statusCompute_->setObjectName(QStringLiteral("statusCompute"));
    statusLibrary_ = new QLabel;
    statusBar()->addWidget(statusLibrary_, 1);
    statusBar()->addPermanentWidget(statusCompute_);
    connect(results_, &ResultsPanel::redrawn, this, [this](double ms) {
        if (ScenarioDocument* d = currentDocument())
            statusCompute_->setText(tr("Beregnet på %1 ms, tegnet på %2 ms")
                                        .arg(QLocale().toString(d->lastComputeMs(), 'f', 1), QLocale().toString(ms, 'f', 1)));
    });

    connect(documents_, &DocumentManager::currentChanged, this, &MainWindow::showDocument);
    connect(documents_, &DocumentManager::problem, this, &MainWindow::showError);
    connect(documents_, &DocumentManager::message, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });

    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1500, avail.width()), std::min(900, avail.height()));
    }
    splitter_->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());

    documents_->openInitial();
    updateStatus();
    if (options_.openOverview)
        QTimer::singleShot(0, this, &MainWindow::openOverview);
    if (options_.openView == QLatin1String("bibliotek")) // «Åpne bibliotek» at start (screenshots)
        QTimer::singleShot(300, this, &MainWindow::onOpenLibrary);
    if (options_.openView.startsWith(QLatin1String("plan"))) {
        viewTabs_->setCurrentWidget(planView_);
        const QString page = options_.openView.section(QLatin1Char(':'), 1);
        if (page == QLatin1String("godkjenn"))
            QTimer::singleShot(300, planView_, &PlanView::openApproveDialog);
        else if (!page.isEmpty())
            planView_->showPage(page);
    }
}

MainWindow::~MainWindow()
{
    // The documents die with the manager; detach the views first.
    editor_->setDocument(nullptr);
    results_->setDocument(nullptr);
}

ScenarioDocument* MainWindow::currentDocument() const
{
    return documents_->current();
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
    // Another library: a file, or a database on a PostgreSQL server shared by many (issue 14).
    QAction* openLibrary = file->addAction(tr("Åpne &bibliotek …"), this, &MainWindow::onOpenLibrary);
    openLibrary->setObjectName(QStringLiteral("actionOpenLibrary"));
    openLibrary->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openLibrary->setToolTip(tr("Åpne et scenariobibliotek fra en fil eller en PostgreSQL-server"));
    recentLibraries_ = file->addMenu(tr("&Nylige bibliotek"));
    recentLibraries_->setObjectName(QStringLiteral("menuRecentLibraries"));
    connect(recentLibraries_, &QMenu::aboutToShow, this, &MainWindow::fillRecentLibraries);
    fillRecentLibraries();
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
    QAction* overview = view->addAction(tr("&Kommunebildet …"), this, &MainWindow::openOverview);
    overview->setObjectName(QStringLiteral("actionOverview"));
    overview->setShortcut(QKeySequence(tr("Ctrl+K")));
    overview->setToolTip(tr("Alle kommuner og bydeler på kart og i tabell med én tiltakspakke"));
    view->addSeparator();
    int i = 0;
    for (ChartId id : chartIds()) {
        QAction* a = view->addAction(chartTitle(id), this, [this, i] { results_->chartTabs()->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        ++i;
    }

    // Eksport: council report, tables, charts and the comparison window (ui/export).
    exportMenu_ = ExportMenu::install(
        this, [this] { return ExportMenu::subjectOf(currentDocument()); },
        [this] {
            if (documents_->library())
                return ExportMenu::candidatesFrom(*documents_->library());
            return std::vector<CompareEntry>{};
        });
    exportMenu_->setComparisonHandler([this] { viewTabs_->setCurrentWidget(compare_); });

    // Kom i gang, Ordliste, Om Gevinstmodell (ui/help, issue 16).
    HelpDialog::installMenu(this, menuBar()->addMenu(tr("&Hjelp")));
}

void MainWindow::showDocument(ScenarioDocument* document)
{
    if (shown_)
        disconnect(shown_, nullptr, this, nullptr);
    shown_ = document;
    if (document) {
        if (!undoGroup_->stacks().contains(&document->undoStack()))
            undoGroup_->addStack(&document->undoStack());
        undoGroup_->setActiveStack(&document->undoStack());
        connect(document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &ScenarioDocument::changed, this, &MainWindow::updateTitle);
        // The uncertainty view follows the document's last valid scenario; its tornado
        // recomputes the scenario many times, so it is updated only while it shows.
        connect(document, &ScenarioDocument::changed, this, [this] {
            uncertaintyStale_ = true;
            updateUncertainty();
        });
        connect(document, &QObject::destroyed, this, [this, document] {
            if (shown_ == document)
                shown_ = nullptr;
        });
    } else {
        undoGroup_->setActiveStack(nullptr);
    }
    editor_->setDocument(document);
    results_->setDocument(document);
    uncertaintyStale_ = true;
    updateUncertainty();
    if (libraryPanel_)
        libraryPanel_->setCurrentScenario(document ? document->scenarioId() : 0);
    updateTitle();
    updateStatus();
}

void MainWindow::updateUncertainty()
{
    if (!uncertaintyStale_ || viewTabs_->currentWidget() != uncertainty_)
        return;
    uncertaintyStale_ = false;
    ScenarioDocument* d = currentDocument();
    if (d && d->isValid() && d->lastValidScenario())
        uncertainty_->setScenario(*d->lastValidScenario());
    else if (d && d->lastValidScenario())
        uncertainty_->clearScenario(tr("Scenarioet har feil: rett dem i redigeringen først."));
    else
        uncertainty_->clearScenario();
}

void MainWindow::openOverview()
{
    // Its own window: the map and the table of 372 units need the whole screen.
    if (!overview_) {
        auto* view = new OverviewView(documents_->library(), this);
        view->setWindowFlag(Qt::Window);
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        view->resize(std::min(1500, avail.width()), std::min(950, avail.height()));
        connect(view, &OverviewView::unitActivated, this, [this](const QString& unitId) {
            if (libraryPanel_)
                libraryPanel_->selectUnit(unitId);
            statusBar()->showMessage(tr("Valgt fra Kommunebildet: %1").arg(unitId), 5000);
            raise();
            activateWindow();
        });
        connect(documents_, &DocumentManager::libraryChanged, view, &OverviewView::reloadPackages);
        overview_ = view;
    }
    overview_->show();
    overview_->raise();
    overview_->activateWindow();
}

void MainWindow::fillRecentLibraries()
{
    recentLibraries_->clear();
    const QString current = documents_->library() ? documents_->library()->filePath() : QString();
    for (const QString& location : recentLibraries()) {
        QAction* a = recentLibraries_->addAction(location, this, [this, location] { openLibraryAt(location); });
        a->setCheckable(true);
        a->setChecked(location == current);
        a->setEnabled(location != current);
        a->setToolTip(LibraryOpener::isServer(location) ? tr("Server: %1").arg(location) : tr("Fil: %1").arg(location));
    }
    recentLibraries_->setEnabled(!recentLibraries_->isEmpty());
}

void MainWindow::onOpenLibrary()
{
    LibraryConnectionDialog dialog(this);
    if (documents_->library())
        dialog.setLocation(documents_->library()->filePath());
    if (dialog.exec() != QDialog::Accepted)
        return;
    openLibraryAt(dialog.location());
}

MainWindow* MainWindow::openLibraryAt(const QString& location)
{
    if (location.trimmed().isEmpty())
        return nullptr;
    if (documents_->library() && documents_->library()->filePath() == location.trimmed()) {
        statusBar()->showMessage(tr("Biblioteket er allerede åpent: %1").arg(location), 5000);
        return nullptr;
    }
    // The unsaved work belongs to this library: saved or discarded first (or nothing happens).
    if (!maybeSaveAll())
        return nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = LibraryOpener::open(location, [this](const QString& where, bool again) -> std::optional<QString> {
        if (!options_.interactive)
            return std::nullopt;
        QApplication::restoreOverrideCursor();
        auto password = askPassword(this, where, again);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        return password;
    });
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(tr("Biblioteket kan ikke åpnes"), StoreErrorText::message(opened.error()));
        return nullptr;
    }
    WindowOptions next = options_;
    next.libraryPath = location.trimmed();
    next.library = std::shared_ptr<store::ScenarioLibrary>(std::move(opened.value()));
    next.openFile.clear();
    next.openView.clear();
    next.openOverview = false;
    auto* window = new MainWindow(next);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->restoreGeometry(saveGeometry());
    window->show();
    replaced_ = true;
    close();
    return window;
}

void MainWindow::updateComparison()
{
    if (exportMenu_ && viewTabs_->currentWidget() == compare_)
        compare_->setCandidates(exportMenu_->comparisonCandidates());
}

void MainWindow::updateTitle()
{
    ScenarioDocument* d = currentDocument();
    QString title = tr("Gevinstmodell");
    if (d) {
        QString doc = d->unitName().isEmpty() || d->name().contains(d->unitName(), Qt::CaseInsensitive)
                          ? d->name()
                          : QStringLiteral("%1 – %2").arg(d->unitName(), d->name());
        if (d->version() > 0)
            doc += tr(" (versjon %1)").arg(d->version());
        else
            doc += tr(" (ikke i biblioteket)");
        title = QStringLiteral("%1[*] – %2").arg(doc, title);
    }
    setWindowTitle(title);
    setWindowModified(d && d->isModified());
    if (saveAction_) {
        saveAction_->setEnabled(d && documents_->library());
        revertAction_->setEnabled(d && d->isModified());
        exportAction_->setEnabled(d != nullptr);
    }
}

void MainWindow::updateStatus()
{
    statusLibrary_->setText(documents_->libraryStatus());
}

void MainWindow::onSave()
{
    ScenarioDocument* d = currentDocument();
    if (!d)
        return;
    if (!d->isValid()) {
        documents_->saveVersion(QString()); // explains why nothing is saved
        return;
    }
    QString note;
    if (options_.interactive) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Lagre ny versjon"), tr("Notat for versjonen (hva er endret og hvorfor):"),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (documents_->saveVersion(note))
        updateTitle();
}

void MainWindow::onRevert()
{
    ScenarioDocument* d = currentDocument();
    if (!d || !d->isModified())
        return;
    if (options_.interactive &&
        QMessageBox::question(this, tr("Tilbakestill"),
                              tr("Tilbakestille «%1» til sist lagrede versjon? (Kan angres.)").arg(d->name())) !=
            QMessageBox::Yes)
        return;
    d->revertToSaved();
}

void MainWindow::onImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer scenariofil"), QString(),
                                                      tr("Scenariofiler (*.json);;Alle filer (*)"));
    if (!path.isEmpty())
        documents_->importFile(path);
}

void MainWindow::onExport()
{
    ScenarioDocument* d = currentDocument();
    if (!d)
        return;
    QString suggested = d->name();
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Eksporter scenariofil"), suggested + QStringLiteral(".json"),
                                                      tr("Scenariofiler (*.json)"));
    if (!path.isEmpty())
        documents_->exportFile(path);
}

bool MainWindow::maybeSaveAll()
{
    const std::vector<ScenarioDocument*> modified = documents_->modifiedDocuments();
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
        documents_->discardAutosaves();
        return true;
    }
    ScenarioDocument* keep = currentDocument();
    for (auto* d : modified) {
        documents_->setCurrent(d);
        if (!documents_->saveVersion(tr("Lagret ved avslutning")))
            return false;
    }
    documents_->setCurrent(keep);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!replaced_ && !maybeSaveAll()) {
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
            documents_->importFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::showError(const QString& title, const QString& text)
{
    statusBar()->showMessage(title + QStringLiteral(": ") + text, 10000);
    if (options_.interactive)
        QMessageBox::warning(this, title, text);
}

} // namespace gevinst::ui
