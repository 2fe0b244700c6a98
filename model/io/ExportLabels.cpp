#include "ExportLabels.h"

#include <QCoreApplication>

namespace gevinst::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::io::ExportLabels", text);
}
} // namespace

QString ExportLabels::series(SeriesId id)
{
    switch (id) {
    case SeriesId::Recipients: return tr("Tjenestemottakere");
    case SeriesId::DemandIndex: return tr("Behovsindeks");
    case SeriesId::NeedFte: return tr("Behov for årsverk");
    case SeriesId::AvailFte: return tr("Tilgjengelige årsverk");
    case SeriesId::GapFte: return tr("Bemanningsgap");
    case SeriesId::Ramp: return tr("Innfasing");
    case SeriesId::FreedHoursProfessional: return tr("Frigjorte timer, fagpersonell");
    case SeriesId::FreedFte: return tr("Frigjorte årsverk");
    case SeriesId::GapClosedShare: return tr("Andel av gapet dekket");
    case SeriesId::ExtraRecipients: return tr("Flere mottakere som kan betjenes");
    case SeriesId::TaskWorkerFte: return tr("Oppgavemedarbeidere, årsverk");
    case SeriesId::TaskWorkerHeadcount: return tr("Oppgavemedarbeidere, personer");
    case SeriesId::Hires: return tr("Nyansatte");
    case SeriesId::NavHires: return tr("Nyansatte via NAV");
    case SeriesId::WageSubsidyNok: return tr("Lønnstilskudd");
    case SeriesId::MentorSubsidyNok: return tr("Mentortilskudd");
    case SeriesId::SocialAssistanceSavingsNok: return tr("Spart sosialhjelp");
    case SeriesId::CostTaskWorkersNok: return tr("Kostnad oppgavemedarbeidere");
    case SeriesId::CostTrainingNok: return tr("Kostnad opplæring");
    case SeriesId::CostVolunteersNok: return tr("Kostnad frivillige");
    case SeriesId::CostTechnologyNok: return tr("Kostnad teknologi");
    case SeriesId::CostHubNok: return tr("Kostnad koordinering (hub)");
    case SeriesId::CostTotalNok: return tr("Kostnader i alt");
    case SeriesId::CapacityValueNok: return tr("Verdi av frigjort kapasitet");
    case SeriesId::BudgetEffectNok: return tr("Budsjetteffekt");
    case SeriesId::CumulativeBudgetEffectNok: return tr("Akkumulert budsjetteffekt");
    }
    return {};
}

ValueKind ExportLabels::seriesKind(SeriesId id)
{
    switch (id) {
    case SeriesId::Recipients:
    case SeriesId::ExtraRecipients:
    case SeriesId::TaskWorkerHeadcount:
    case SeriesId::Hires:
    case SeriesId::NavHires: return ValueKind::Persons;
    case SeriesId::DemandIndex: return ValueKind::Index;
    case SeriesId::NeedFte:
    case SeriesId::AvailFte:
    case SeriesId::GapFte:
    case SeriesId::FreedFte:
    case SeriesId::TaskWorkerFte: return ValueKind::Fte;
    case SeriesId::Ramp:
    case SeriesId::GapClosedShare: return ValueKind::Share;
    case SeriesId::FreedHoursProfessional: return ValueKind::Hours;
    default: return ValueKind::Nok;
    }
}

QString ExportLabels::keyFigure(KeyFigureId id, int endYear)
{
    const QString y = QString::number(endYear);
    switch (id) {
    case KeyFigureId::FreedFteEnd: return tr("Frigjorte årsverk %1").arg(y);
    case KeyFigureId::GapFteEnd: return tr("Bemanningsgap %1").arg(y);
    case KeyFigureId::GapClosedShareEnd: return tr("Andel av bemanningsgapet dekket %1").arg(y);
    case KeyFigureId::ExtraRecipientsEnd: return tr("Flere tjenestemottakere som kan betjenes %1").arg(y);
    case KeyFigureId::NpvBudgetNok: return tr("Nåverdi av budsjetteffekten");
    case KeyFigureId::NpvCapacityValueNok: return tr("Nåverdi av frigjort kapasitet");
    case KeyFigureId::SubsidiesTotalNok: return tr("Statlige tilskudd (lønns- og mentortilskudd), sum");
    case KeyFigureId::SocialAssistanceSavingsTotalNok: return tr("Spart sosialhjelp, sum");
    case KeyFigureId::CostTotalNok: return tr("Kostnader, sum");
    case KeyFigureId::NetCostPerFreedFteNok: return tr("Netto kostnad per frigjort årsverk");
    case KeyFigureId::PaybackYear: return tr("Tilbakebetalingsår");
    }
    return {};
}

QString ExportLabels::unit(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Fte: return tr("årsverk");
    case ValueKind::Nok: return tr("kr");
    case ValueKind::Share: return tr("%");
    case ValueKind::Persons: return tr("personer");
    case ValueKind::Hours: return tr("timer");
    case ValueKind::Index: return tr("indeks");
    case ValueKind::Year: return tr("år");
    case ValueKind::Plain: return {};
    }
    return {};
}

QString ExportLabels::role(Role role)
{
    switch (role) {
    case Role::Sykepleier: return tr("sykepleier");
    case Role::Helsefagarbeider: return tr("helsefagarbeider");
    case Role::Assistent: return tr("assistent");
    }
    return {};
}

QString ExportLabels::category(TaskCategory category)
{
    switch (category) {
    case TaskCategory::Helsefaglig: return tr("helsefaglige oppgaver");
    case TaskCategory::Kompetanse: return tr("oppgaver som krever opplæring");
    case TaskCategory::Service: return tr("praktisk bistand");
    case TaskCategory::Kjoring: return tr("kjøring og logistikk");
    case TaskCategory::Mestring: return tr("mestringsaktiviteter");
    }
    return {};
}

QString ExportLabels::receiver(Receiver receiver)
{
    switch (receiver) {
    case Receiver::Oppgavemedarbeider: return tr("oppgavemedarbeider");
    case Receiver::Frivillig: return tr("frivillige");
    case Receiver::Teknologi: return tr("velferdsteknologi");
    case Receiver::Helsefagarbeider: return tr("helsefagarbeider");
    }
    return {};
}

QString ExportLabels::ageBand(AgeBand band)
{
    switch (band) {
    case AgeBand::Age0_19: return tr("0–19 år");
    case AgeBand::Age20_66: return tr("20–66 år");
    case AgeBand::Age67_79: return tr("67–79 år");
    case AgeBand::Age80Plus: return tr("80 år og eldre");
    }
    return {};
}

QString ExportLabels::utilisation(Role role)
{
    return tr("Utnyttelsesgrad %1").arg(ExportLabels::role(role));
}

QString ExportLabels::unitLevel(const std::string& level)
{
    if (level == "bydel")
        return tr("bydel");
    if (level == "kommune")
        return tr("kommune");
    return QString::fromStdString(level);
}

QString ExportLabels::noPayback(int endYear)
{
    return tr("ikke innen %1").arg(endYear);
}

} // namespace gevinst::io
