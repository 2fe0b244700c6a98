#include "NonPricedEffects.h"

#include "ExportLabels.h"
#include "NumberText.h"

#include <QCoreApplication>

#include <cmath>

namespace gevinst::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::ui::NonPricedEffects", text);
}
} // namespace

NonPricedEffects NonPricedEffects::of(const Scenario& s, const Result& r)
{
    NonPricedEffects e;
    e.m_serviceArea = r.serviceArea;
    if (r.yearCount() == 0)
        return e;
    const int last = r.yearCount() - 1;
    e.lastYear = r.years.back();
    e.m_firstYear = r.years.front();
    for (const RoleUtilisation& u : r.utilisation)
        if (u.series.size() > 0)
            e.utilisation.push_back({u.roleId, u.baseline, u.series[u.series.size() - 1]});
    const double extra = r[SeriesId::ExtraRecipients][last];
    if (std::isfinite(extra))
        e.extraRecipients = extra;

    // The ledger's bases are sums over the NAV hires still employed (spec §7): the
    // state-benefit base counts persons, the wage base counts position shares.
    const LedgerInput& l = s.ledger;
    const double perPerson = l.shareOfHiresOnStateBenefits * l.annualBenefitPerPersonNok * l.benefitReductionWhenEmployed;
    if (perPerson > 0) {
        e.basis = PeopleBasis::Persons;
        e.peopleInWork = r[SeriesId::LedgerStateBenefitSavings][last] / perPerson;
    } else if (l.taskWorkerAnnualWageNok > 0) {
        e.basis = PeopleBasis::FullTimeEquivalents;
        e.peopleInWork = r[SeriesId::LedgerNewWageBase][last] / l.taskWorkerAnnualWageNok;
    } else {
        e.basis = PeopleBasis::HiredNoTurnover;
        e.peopleInWork = r[SeriesId::NavHires].sum();
    }
    return e;
}

QStringList NonPricedEffects::lines() const
{
    QStringList lines;
    const QString year = io::NumberText::year(lastYear);
    for (const RoleChange& u : utilisation)
        lines << tr("Utnyttelsesgrad %1: %2 før → %3 i %4")
                     .arg(io::ExportLabels::vocabularyName(m_serviceArea, u.roleId).toLower(),
                          io::NumberText::percent(u.before, 0), io::NumberText::percent(u.after, 0), year);
    if (extraRecipients)
        lines << tr("Flere tjenestemottakere med dagens tid per mottaker i %1: om lag %2")
                     .arg(year, io::NumberText::number(*extraRecipients, 0));
    else
        lines << tr("Flere tjenestemottakere: ikke beregnet (ingen tid per mottaker i %1)").arg(year);
    switch (basis) {
    case PeopleBasis::Persons:
        lines << tr("Personer rekruttert gjennom NAV som fortsatt er i jobb i %1: om lag %2 (sparte statlige ytelser "
                    "delt på ytelsen som spares per person)")
                     .arg(year, io::NumberText::number(peopleInWork, 0));
        break;
    case PeopleBasis::FullTimeEquivalents:
        lines << tr("Rekruttert gjennom NAV og fortsatt i jobb i %1: %2 årsverk (ny lønnsinntekt delt på årslønnen; "
                    "antall personer er større når de har deltidsstillinger)")
                     .arg(year, io::NumberText::number(peopleInWork, 1));
        break;
    case PeopleBasis::HiredNoTurnover:
        lines << tr("Rekruttert gjennom NAV %1–%2: %3 personer i alt, før noen slutter (scenarioet oppgir ikke lønn "
                    "eller statlige ytelser, så hvor mange som fortsatt er i jobb, kan ikke leses av beregningen)")
                     .arg(io::NumberText::year(m_firstYear), year, io::NumberText::number(peopleInWork, 0));
        break;
    }
    return lines;
}

} // namespace gevinst::ui
