#pragma once
// Keeps the approved plan's version from being edited in the window (issue 13): a
// document opened on the version a scenario's current plan approved is made read-only,
// with a line saying which plan it is (approved when, by whom) and that edits become a
// new version, the forecast. When the user chooses «Rediger som ny versjon» the document
// stays editable (saving it makes a new version; the approved one never changes).
// Checked when the current document changes, when a plan is approved and after a save.

#include <QObject>
#include <QString>

namespace gevinst::plan {
struct PlanRecord;
}
namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class ScenarioDocument;

class ApprovedVersionGuard : public QObject {
    Q_OBJECT
public:
    explicit ApprovedVersionGuard(store::ScenarioLibrary& library, QObject* parent = nullptr);

    /// The line shown above the editor of the approved version.
    static QString reason(const plan::PlanRecord& plan);

public slots:
    /// Locks `document` if it shows its scenario's approved version unchanged, else unlocks it (if locked here).
    void check(ScenarioDocument* document);

private:
    store::ScenarioLibrary& library_;
    bool locking_ = false;
};

} // namespace gevinst::ui
