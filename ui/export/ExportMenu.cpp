#include "ExportMenu.h"

#include "ChartExporter.h"
#include "ChartId.h"
#include "CouncilReport.h"
#include "CsvExporter.h"
#include "XlsxExporter.h"

#include "Aggregation.h"
#include "Engine.h"
#include "ScenarioDocument.h"

#include "ScenarioLibrary.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace gevinst::ui {

namespace {

/// A file name from the scenario's unit and name: "Alna – oppgavedeling.pdf" without awkward characters.
QString suggestedName(const ExportSubject& s, const QString& suffix)
{
    QString name = QString::fromStdString(s.scenario.unit.name + " " + s.scenario.name);
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name.simplified() + suffix);
}

/// Size and resolution of a saved chart.
bool askChartOptions(QWidget* parent, ChartExportOptions& options, bool raster)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("gevinst::ui::ExportMenu", "Figurstørrelse"));
    auto* form = new QFormLayout;
    auto* width = new QSpinBox(&dialog);
    width->setObjectName(QStringLiteral("chartWidth"));
    width->setRange(300, 4000);
    width->setValue(options.size.width());
    width->setSuffix(QStringLiteral(" px"));
    auto* height = new QSpinBox(&dialog);
    height->setObjectName(QStringLiteral("chartHeight"));
    height->setRange(200, 4000);
    height->setValue(options.size.height());
    height->setSuffix(QStringLiteral(" px"));
    auto* dpi = new QSpinBox(&dialog);
    dpi->setObjectName(QStringLiteral("chartDpi"));
    dpi->setRange(72, 600);
    dpi->setValue(options.dpi);
    dpi->setSuffix(QStringLiteral(" dpi"));
    dpi->setEnabled(raster);
    form->addRow(QCoreApplication::translate("gevinst::ui::ExportMenu", "Bredde (skjermpiksler):"), width);
    form->addRow(QCoreApplication::translate("gevinst::ui::ExportMenu", "Høyde (skjermpiksler):"), height);
    form->addRow(QCoreApplication::translate("gevinst::ui::ExportMenu", "Oppløsning (PNG):"), dpi);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options.size = QSize(width->value(), height->value());
    options.dpi = dpi->value();
    return true;
}

} // namespace

ExportMenu::ExportMenu(QMainWindow* window, SubjectProvider subject, CandidateProvider candidates)
    : QObject(window), m_window(window), m_subject(std::move(subject)), m_candidates(std::move(candidates))
{
}

ExportMenu* ExportMenu::install(QMainWindow* window, SubjectProvider subject, CandidateProvider candidates)
{
    auto* self = new ExportMenu(window, std::move(subject), std::move(candidates));
    QMenu* menu = window->menuBar()->addMenu(tr("E&ksport"));
    menu->setObjectName(QStringLiteral("exportMenu"));
    self->m_menu = menu;
    QAction* report = menu->addAction(tr("&Rapport til saksframlegg (PDF) …"), self, [self] { self->exportReport(); });
    report->setObjectName(QStringLiteral("exportReportAction"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    menu->addAction(tr("Rapport som redigerbart &dokument (ODT) …"), self, [self] { self->exportReport(QString(), true); })
        ->setObjectName(QStringLiteral("exportReportOdtAction"));
    menu->addAction(tr("Tabeller til &Excel (XLSX) …"), self, [self] { self->exportXlsx(); })
        ->setObjectName(QStringLiteral("exportXlsxAction"));
    menu->addAction(tr("Tall per år til &CSV …"), self, [self] { self->exportCsv(); })
        ->setObjectName(QStringLiteral("exportCsvAction"));
    menu->addSeparator();
    QMenu* save = menu->addMenu(tr("&Lagre figur"));
    QMenu* copy = menu->addMenu(tr("&Kopier figur"));
    const auto& ids = chartIds();
    for (int i = 0; i < int(ids.size()); ++i) {
        save->addAction(chartTitle(ids[std::size_t(i)]) + QStringLiteral(" …"), self, [self, i] { self->saveChart(i); });
        copy->addAction(chartTitle(ids[std::size_t(i)]), self, [self, i] { self->copyChart(i); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Sammenlign scenarioer …"), self, [self] { self->showComparison(); })
        ->setObjectName(QStringLiteral("compareAction"));
    return self;
}

std::optional<ExportSubject> ExportMenu::subjectOf(const ScenarioDocument* document)
{
    if (!document || !document->isValid() || !document->lastValidScenario() || !document->lastValidResult())
        return std::nullopt;
    ExportSubject subject{*document->lastValidScenario(), *document->lastValidResult(), {}};
    subject.source.scenarioName = QString::fromStdString(subject.scenario.name);
    if (document->scenarioId() > 0 && !document->isModified())
        subject.source.version = QString::number(document->version());
    else if (document->scenarioId() > 0)
        subject.source.version = tr("%1 med ulagrede endringer").arg(document->version());
    return subject;
}

std::vector<CompareEntry> ExportMenu::candidatesFrom(const store::ScenarioLibrary& library)
{
    std::vector<CompareEntry> entries;
    const auto list = library.scenarios();
    if (!list)
        return entries;
    const store::ScenarioLibrary* source = &library;
    for (const auto& info : *list) {
        auto stored = library.loadScenario(info.id);
        if (!stored)
            continue;
        CompareEntry entry{tr("%1 – %2").arg(info.unitName, info.name), std::move(stored->scenario)};
        entry.version = stored->document.version.version;
        entry.scenarioId = info.id;
        if (const auto versions = library.versions(info.id))
            for (const auto& v : *versions)
                entry.versions.push_back(v.version);
        const qint64 id = info.id;
        entry.loadVersion = [source, id](int version) -> std::optional<Scenario> {
            auto stored = source->loadScenario(id, version);
            if (!stored)
                return std::nullopt;
            return std::move(stored->scenario);
        };
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<CompareEntry> ExportMenu::comparisonCandidates() const
{
    std::vector<CompareEntry> entries = m_candidates ? m_candidates() : std::vector<CompareEntry>{};
    if (auto current = m_subject ? m_subject() : std::nullopt) {
        // The open scenario itself, unless it is exactly a library version already listed.
        const bool saved = !current->source.version.isEmpty() &&
                           current->source.version == QString::number(current->source.version.toInt());
        if (!saved) {
            CompareEntry entry{tr("Åpent scenario: %1").arg(current->source.scenarioName), current->scenario};
            entry.versionText = current->source.version.isEmpty() ? tr("ikke lagret") : tr("med ulagrede endringer");
            entries.insert(entries.begin(), std::move(entry));
        }
    }
    return entries;
}

std::optional<ExportSubject> ExportMenu::subjectOrSay()
{
    auto subject = m_subject ? m_subject() : std::nullopt;
    if (!subject)
        fail(tr("Det åpne scenarioet har feil eller er ikke beregnet ennå. Rett feilene først, så kan det eksporteres."));
    return subject;
}

QString ExportMenu::askPath(const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(m_window, title, suggested, filter);
}

void ExportMenu::fail(const QString& text)
{
    QMessageBox::warning(m_window, tr("Eksport"), text);
}

bool ExportMenu::exportReport(const QString& given, bool editable)
{
    const auto s = subjectOrSay();
    if (!s)
        return false;
    const QString pdfFilter = tr("PDF (*.pdf)");
    const QString odtFilter = tr("OpenDocument-tekst for Word og LibreOffice (*.odt)");
    const QString path = given.isEmpty()
                             ? askPath(tr("Lagre rapport"), suggestedName(*s, editable ? QStringLiteral(".odt") : QStringLiteral(".pdf")),
                                       editable ? odtFilter + QStringLiteral(";;") + pdfFilter
                                                : pdfFilter + QStringLiteral(";;") + odtFilter)
                             : given;
    if (path.isEmpty())
        return false;
    QString error;
    // The uncertainty section runs a Monte Carlo simulation: a few seconds.
    m_window->statusBar()->showMessage(tr("Lager rapporten (med usikkerhetsberegning) …"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = CouncilReport(s->scenario, s->result, s->source).write(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (pages == 0) {
        fail(error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Rapporten er lagret: %1 (%2 sider)").arg(path).arg(pages), 8000);
    return true;
}

bool ExportMenu::exportXlsx(const QString& given)
{
    const auto s = subjectOrSay();
    if (!s)
        return false;
    const QString path = given.isEmpty() ? askPath(tr("Lagre som Excel"), suggestedName(*s, QStringLiteral(".xlsx")),
                                                   tr("Excel-arbeidsbok (*.xlsx)"))
                                         : given;
    if (path.isEmpty())
        return false;
    QString error;
    if (!io::XlsxExporter::write(path, {&s->result, &s->scenario, Aggregation::baseOf(s->scenario), s->source},
                                 &error)) {
        fail(error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Lagret: %1").arg(path), 8000);
    return true;
}

bool ExportMenu::exportCsv(const QString& given)
{
    const auto s = subjectOrSay();
    if (!s)
        return false;
    QString filter;
    const QString norwegian = tr("CSV for norsk Excel (semikolon, desimalkomma) (*.csv)");
    const QString international = tr("CSV internasjonal (komma, desimalpunktum) (*.csv)");
    const QString path = given.isEmpty()
                             ? QFileDialog::getSaveFileName(m_window, tr("Lagre tall per år som CSV"),
                                                            suggestedName(*s, QStringLiteral(".csv")),
                                                            norwegian + QStringLiteral(";;") + international, &filter)
                             : given;
    if (path.isEmpty())
        return false;
    const io::CsvFormat format = filter == international ? io::CsvFormat::international() : io::CsvFormat{};
    QString error;
    if (!io::CsvExporter::write(path, io::CsvExporter::yearly(s->result, format), &error)) {
        fail(error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Lagret: %1").arg(path), 8000);
    return true;
}

bool ExportMenu::saveChart(int chartIndex, const QString& given)
{
    const auto s = subjectOrSay();
    if (!s || chartIndex < 0 || chartIndex >= int(chartIds().size()))
        return false;
    const ChartId id = chartIds()[std::size_t(chartIndex)];
    QString path = given;
    ChartExportOptions options;
    options.sourceLine = s->source.text();
    if (path.isEmpty()) {
        path = askPath(tr("Lagre figur"), suggestedName(*s, QStringLiteral(" – ") + chartKey(id) + QStringLiteral(".png")),
                       tr("PNG-bilde (*.png);;SVG-vektorgrafikk (*.svg);;PDF (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (!askChartOptions(m_window, options, ChartExporter::formatFor(path) == ChartExporter::Format::Png))
            return false;
    }
    QString error;
    if (!ChartExporter::save(path, s->result, id, options, &error)) {
        fail(error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Figuren er lagret: %1").arg(path), 8000);
    return true;
}

void ExportMenu::copyChart(int chartIndex)
{
    const auto s = subjectOrSay();
    if (!s || chartIndex < 0 || chartIndex >= int(chartIds().size()))
        return;
    ChartExportOptions options;
    options.sourceLine = s->source.text();
    ChartExporter::copyToClipboard(s->result, chartIds()[std::size_t(chartIndex)], options);
    m_window->statusBar()->showMessage(tr("Figuren er kopiert til utklippstavlen."), 5000);
}

void ExportMenu::showComparison()
{
    if (m_comparisonHandler) {
        m_comparisonHandler();
        return;
    }
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("compareWindow"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sammenlign scenarioer"));
    auto* view = new CompareView(dialog);
    view->setCandidates(comparisonCandidates());
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    dialog->resize(1100, 700);
    dialog->show();
}

} // namespace gevinst::ui
