#include "ExportLabels.h"

#include "VocabularyLabels.h"

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
    case SeriesId::RealisedCapacityNok: return tr("Frigjort kapasitet innenfor gapet");
    case SeriesId::LedgerKommuneHelseOmsorg: return tr("Kommunen: helse og omsorg");
    case SeriesId::LedgerKommuneSosial: return tr("Kommunen: sosialhjelp");
    case SeriesId::LedgerKommuneSkatt: return tr("Kommunen: skatteinntekter");
    case SeriesId::LedgerStatNav: return tr("Staten: NAV");
    case SeriesId::LedgerStatSkatt: return tr("Staten: skatt og arbeidsgiveravgift");
    case SeriesId::LedgerArbeidstakere: return tr("De som får jobb (netto etter skatt)");
    case SeriesId::LedgerPublicNet: return tr("Offentlig sektor i alt");
    case SeriesId::LedgerSocietyNet: return tr("Samfunnet i alt");
    case SeriesId::LedgerTaxFinancing: return tr("Skattefinansieringskostnad");
    case SeriesId::LedgerSocietyWithTaxFinancing: return tr("Samfunnet med skattefinansieringskostnad");
    case SeriesId::LedgerCapacityTime: return tr("Frigjort tid til annen bruk (ikke kontanter)");
    case SeriesId::LedgerStateBenefitSavings: return tr("Sparte statlige ytelser");
    case SeriesId::LedgerNewWageBase: return tr("Ny lønnsinntekt for de som får jobb");
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

QString ExportLabels::ledgerClass(SeriesId id)
{
    switch (id) {
    case SeriesId::LedgerKommuneHelseOmsorg: return tr("Budsjetteffekt i egen virksomhet");
    case SeriesId::LedgerKommuneSosial:
    case SeriesId::LedgerKommuneSkatt:
    case SeriesId::LedgerStatNav:
    case SeriesId::LedgerStatSkatt:
    case SeriesId::LedgerStateBenefitSavings: return tr("Prissatt effekt annet sted i offentlig sektor");
    case SeriesId::LedgerArbeidstakere:
    case SeriesId::LedgerNewWageBase: return tr("Prissatt effekt for de som får jobb");
    case SeriesId::LedgerCapacityTime: return tr("Annen bruk av frigjort tid (ikke kontanter)");
    case SeriesId::LedgerPublicNet:
    case SeriesId::LedgerSocietyNet:
    case SeriesId::LedgerSocietyWithTaxFinancing: return tr("Sum");
    case SeriesId::LedgerTaxFinancing: return tr("Samfunnsøkonomisk kostnad (R-109)");
    default: return {};
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

QString ExportLabels::vocabularyName(const std::string& serviceArea, const std::string& id)
{
    return QString::fromStdString(VocabularyLabels::instance().name(serviceArea, id));
}

QString ExportLabels::vocabularyShortName(const std::string& serviceArea, const std::string& id)
{
    return QString::fromStdString(VocabularyLabels::instance().shortName(serviceArea, id));
}

QString ExportLabels::utilisation(const std::string& serviceArea, const std::string& roleId)
{
    return tr("Utnyttelsesgrad %1").arg(vocabularyName(serviceArea, roleId).toLower());
}

QString ExportLabels::measure(const Scenario& s, const SharingMeasure& m)
{
    const Vocabulary& v = s.vocabulary;
    return tr("%1 fra %2 til %3")
        .arg(vocabularyName(s.serviceArea, v.categories[std::size_t(m.category)]),
             vocabularyName(s.serviceArea, v.roles[std::size_t(m.from)].id).toLower(),
             vocabularyName(s.serviceArea, v.receivers[std::size_t(m.to)].id).toLower());
}

ValueKind ExportLabels::inputKind(InputUnit unit)
{
    switch (unit) {
    case InputUnit::Nok:
    case InputUnit::NokPerHour: return ValueKind::Nok;
    case InputUnit::Share:
    case InputUnit::Rate: return ValueKind::Share;
    case InputUnit::Fte: return ValueKind::Fte;
    case InputUnit::Hours: return ValueKind::Hours;
    case InputUnit::Persons: return ValueKind::Persons;
    case InputUnit::HoursPerWeek:
    case InputUnit::Factor:
    case InputUnit::Months:
    case InputUnit::Years: return ValueKind::Plain;
    }
    return ValueKind::Plain;
}

QString ExportLabels::inputLabel(const Scenario& s, const BoundInput& in)
{
    QString text = QCoreApplication::translate("gevinst::Inputs", in.spec->label);
    const Vocabulary& v = s.vocabulary;
    const InputSlot& x = in.slot;
    if (x.year >= 0)
        text.replace(QStringLiteral("{year}"), QString::number(s.population[std::size_t(x.year)].year));
    if (x.band >= 0)
        text.replace(QStringLiteral("{band}"), vocabularyName(s.serviceArea, v.ageBands[std::size_t(x.band)].id));
    if (x.role >= 0)
        text.replace(QStringLiteral("{role}"), vocabularyName(s.serviceArea, v.roles[std::size_t(x.role)].id).toLower());
    if (x.category >= 0)
        text.replace(QStringLiteral("{category}"), vocabularyName(s.serviceArea, v.categories[std::size_t(x.category)]));
    if (x.receiver >= 0)
        text.replace(QStringLiteral("{receiver}"),
                     vocabularyName(s.serviceArea, v.receivers[std::size_t(x.receiver)].id).toLower());
    if (x.measure >= 0)
        text.replace(QStringLiteral("{measure}"), measure(s, s.sharing[std::size_t(x.measure)]).toLower());
    if (x.tranche >= 0)
        text.replace(QStringLiteral("{tranche}"), QString::number(x.tranche + 1));
    return text;
}

QString ExportLabels::inputLabel(const Scenario& s, const std::string& path)
{
    if (const auto in = findInput(s, path))
        return inputLabel(s, *in);
    return QString::fromStdString(path);
}

QString ExportLabels::inputHelp(const InputSpec& spec)
{
    return QCoreApplication::translate("gevinst::Inputs", spec.help);
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
