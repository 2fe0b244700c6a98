#include "ApprovedVersionGuard.h"

#include "PlanLibrary.h"
#include "ScenarioDocument.h"

#include "NumberText.h"

#include <optional>

namespace gevinst::ui {

namespace {
/// Dynamic properties on a document: the version this guard locked, and the version the user chose to edit as new.
const char* const kLockedVersion = "gevinstPlanLockedVersion";
const char* const kUnlockedVersion = "gevinstPlanUnlockedVersion";
} // namespace

ApprovedVersionGuard::ApprovedVersionGuard(store::ScenarioLibrary& library, QObject* parent)
    : QObject(parent)
    , library_(library)
{
}

QString ApprovedVersionGuard::reason(const plan::PlanRecord& plan)
{
    const QString when = io::NumberText::date(plan.approvedAt.toLocalTime().date());
    QString text = tr("<b>Versjon %1 er vedtatt plan</b>, godkjent %2 av %3").arg(plan.version).arg(when, plan.approvedBy.toHtmlEscaped());
    if (!plan.note.isEmpty())
        text += tr(" (%1)").arg(plan.note.toHtmlEscaped());
    text += tr(", og kan ikke endres. Endringer lagres som en ny versjon, som blir prognosen planen følges opp mot.");
    return text;
}

void ApprovedVersionGuard::check(ScenarioDocument* document)
{
    if (!document || document->scenarioId() <= 0)
        return;
    if (!document->property(kLockedVersion).isValid()) {
        // First time seen: notice when the user unlocks a version this guard locked.
        connect(document, &ScenarioDocument::readOnlyChanged, this, [this, document](bool readOnly) {
            if (!readOnly && !locking_ && document->property(kLockedVersion).toInt() == document->version())
                document->setProperty(kUnlockedVersion, document->version());
        });
        document->setProperty(kLockedVersion, 0);
    }
    std::optional<plan::PlanRecord> plan;
    if (auto current = store::PlanLibrary(library_).currentPlan(document->scenarioId()))
        plan = current.value();
    const bool approved = plan && plan->version == document->version();
    const bool lock = approved && !document->isModified() && document->property(kUnlockedVersion).toInt() != document->version();
    locking_ = true;
    if (lock) {
        document->setProperty(kLockedVersion, document->version());
        document->setReadOnly(reason(*plan));
    } else if (document->isReadOnly() && document->property(kLockedVersion).toInt() != 0 && !approved) {
        document->setProperty(kLockedVersion, 0);
        document->setReadOnly(QString());
    }
    locking_ = false;
}

} // namespace gevinst::ui
