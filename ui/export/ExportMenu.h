#pragma once
// The «Eksport» menu of the main window: the council report (PDF or ODT), the tables to
// Excel (XLSX) and CSV, every chart saved as PNG/SVG/PDF (with size and dpi) or
// copied to the clipboard, and the comparison window. The window only says what
// the current scenario is and which scenarios can be compared; this class does
// the rest, so that hosting it is one call.

#include "CompareView.h"
#include "SourceLine.h"

#include "Result.h"
#include "Scenario.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QMainWindow;
class QMenu;

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class ScenarioDocument;

/// What an export writes: a valid scenario, its result and its source line.
struct ExportSubject {
    Scenario scenario;
    Result result;
    io::SourceLine source;
};

class ExportMenu : public QObject {
    Q_OBJECT
public:
    using SubjectProvider = std::function<std::optional<ExportSubject>()>;
    using CandidateProvider = std::function<std::vector<CompareEntry>()>;

    /// Adds the menu to `window`'s menu bar; the menu object is owned by the window.
    static ExportMenu* install(QMainWindow* window, SubjectProvider subject, CandidateProvider candidates);

    /// The subject of an open document: its last valid scenario and result; nullopt when none.
    static std::optional<ExportSubject> subjectOf(const ScenarioDocument* document);
    /// The newest version of every live scenario in the library, for the comparison view.
    static std::vector<CompareEntry> candidatesFrom(const store::ScenarioLibrary& library);

    QMenu* menu() const { return m_menu; }

    /// What «Sammenlign scenarioer» does when the window has a comparison view of its
    /// own (it shows that view); without one it opens a comparison window.
    void setComparisonHandler(std::function<void()> handler) { m_comparisonHandler = std::move(handler); }
    /// The scenarios to compare: the open scenario when it has unsaved edits or is not in
    /// the library, then every live library scenario (newest version, any version on demand).
    std::vector<CompareEntry> comparisonCandidates() const;

    // Each action, also callable from tests (a path skips the file dialog).
    /// The council report; PDF or ODT by the path's suffix (`editable` offers ODT first in the dialog).
    bool exportReport(const QString& path = {}, bool editable = false);
    bool exportXlsx(const QString& path = {});
    bool exportCsv(const QString& path = {});
    bool saveChart(int chartIndex, const QString& path = {});
    void copyChart(int chartIndex);
    void showComparison();

private:
    ExportMenu(QMainWindow* window, SubjectProvider subject, CandidateProvider candidates);
    std::optional<ExportSubject> subjectOrSay();
    QString askPath(const QString& title, const QString& suggested, const QString& filter);
    void fail(const QString& text);

    QMainWindow* m_window;
    SubjectProvider m_subject;
    CandidateProvider m_candidates;
    QMenu* m_menu = nullptr;
    std::function<void()> m_comparisonHandler;
};

} // namespace gevinst::ui
