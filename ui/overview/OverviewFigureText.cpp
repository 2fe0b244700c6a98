#include "OverviewFigureText.h"

#include "NumberText.h"

#include <QCoreApplication>

#include <cmath>

namespace gevinst::ui {

namespace {

enum class Unit { Fte, FtePer1000, Share, MillionNok, Nok };

Unit unitOf(OverviewFigure f)
{
    switch (f) {
    case OverviewFigure::GapFte:
    case OverviewFigure::FreedFte: return Unit::Fte;
    case OverviewFigure::GapPer1000Aged67Plus: return Unit::FtePer1000;
    case OverviewFigure::GapClosedShare: return Unit::Share;
    case OverviewFigure::NetCostPerFreedFteNok: return Unit::Nok;
    default: return Unit::MillionNok;
    }
}

QString name(OverviewFigure f)
{
    switch (f) {
    case OverviewFigure::GapFte: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Gap");
    case OverviewFigure::GapPer1000Aged67Plus: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Gap per 1 000 innbyggere 67+");
    case OverviewFigure::GapClosedShare: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Andel av gapet som lukkes");
    case OverviewFigure::FreedFte: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Frigjort kapasitet");
    case OverviewFigure::NpvBudgetNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi budsjetteffekt");
    case OverviewFigure::NetCostPerFreedFteNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Netto kostnad per frigjort årsverk");
    case OverviewFigure::NpvKommuneHelseOmsorgNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi kommunen: helse og omsorg");
    case OverviewFigure::NpvKommuneSosialNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi kommunen: sosialhjelp");
    case OverviewFigure::NpvKommuneSkattNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi kommunen: skatteinntekter");
    case OverviewFigure::NpvStatNavNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi staten: NAV");
    case OverviewFigure::NpvStatSkattNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi staten: skatt og arbeidsgiveravgift");
    case OverviewFigure::NpvArbeidstakereNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi de som får jobb");
    case OverviewFigure::NpvPublicNetNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi offentlig sektor i alt");
    case OverviewFigure::NpvSocietyNetNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Nåverdi samfunnet i alt");
    }
    return {};
}

QString shortName(OverviewFigure f)
{
    switch (f) {
    case OverviewFigure::GapFte: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Gap");
    case OverviewFigure::GapPer1000Aged67Plus: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Gap per 1 000 67+");
    case OverviewFigure::GapClosedShare: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Lukket");
    case OverviewFigure::FreedFte: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Frigjort");
    case OverviewFigure::NpvBudgetNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV budsjett");
    case OverviewFigure::NetCostPerFreedFteNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Netto kost./frigjort");
    case OverviewFigure::NpvKommuneHelseOmsorgNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV kommune: h/o");
    case OverviewFigure::NpvKommuneSosialNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV kommune: sosial");
    case OverviewFigure::NpvKommuneSkattNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV kommune: skatt");
    case OverviewFigure::NpvStatNavNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV stat: NAV");
    case OverviewFigure::NpvStatSkattNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV stat: skatt");
    case OverviewFigure::NpvArbeidstakereNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV de som får jobb");
    case OverviewFigure::NpvPublicNetNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV offentlig");
    case OverviewFigure::NpvSocietyNetNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "NV samfunnet");
    }
    return {};
}

QString unitText(Unit u)
{
    switch (u) {
    case Unit::Fte: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "årsverk");
    case Unit::FtePer1000: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "årsverk");
    case Unit::Share: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "%");
    case Unit::MillionNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "mill. kr");
    case Unit::Nok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "kr");
    }
    return {};
}

} // namespace

QString OverviewFigureText::title(OverviewFigure f)
{
    return QStringLiteral("%1 (%2)").arg(name(f), unitText(unitOf(f)));
}

QString OverviewFigureText::header(OverviewFigure f)
{
    return QStringLiteral("%1\n(%2)").arg(shortName(f), unitText(unitOf(f)));
}

QString OverviewFigureText::cell(OverviewFigure f, double v)
{
    switch (unitOf(f)) {
    case Unit::Fte: return io::NumberText::number(v, 1);
    case Unit::FtePer1000: return io::NumberText::number(v, 2);
    case Unit::Share: return io::NumberText::percent(v, 1);
    case Unit::MillionNok: return io::NumberText::number(v / 1e6, 2);
    case Unit::Nok: return io::NumberText::number(v, 0);
    }
    return {};
}

QString OverviewFigureText::withUnit(OverviewFigure f, double v)
{
    switch (unitOf(f)) {
    case Unit::Share: return io::NumberText::percent(v, 1);
    case Unit::MillionNok: return io::NumberText::millionNok(v, 2);
    case Unit::Nok: return io::NumberText::nok(v);
    default: return QStringLiteral("%1 %2").arg(cell(f, v), unitText(unitOf(f)));
    }
}

QString OverviewFigureText::legend(OverviewFigure f, double v)
{
    // Breaks carry two significant digits: show them without trailing noise.
    const double a = std::abs(v);
    switch (unitOf(f)) {
    case Unit::Share: return io::NumberText::percent(v, a >= 0.1 || v == 0 ? 0 : 1);
    case Unit::MillionNok: {
        const double m = v / 1e6;
        return io::NumberText::number(m, std::abs(m) >= 10 || m == 0 ? 0 : std::abs(m) >= 1 ? 1 : 2);
    }
    case Unit::Nok: return io::NumberText::number(v, 0);
    default: return io::NumberText::number(v, a >= 10 || v == 0 ? 0 : a >= 1 ? 1 : 2);
    }
}

bool OverviewFigureText::isLedger(OverviewFigure f)
{
    return static_cast<int>(f) >= kFirstOverviewLedgerFigure;
}

QString OverviewFigureText::whyUndefined(OverviewFigure f)
{
    switch (f) {
    case OverviewFigure::GapClosedShare: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Ingen gap å lukke i dette året (tilbudet dekker behovet).");
    case OverviewFigure::NetCostPerFreedFteNok: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Ingen kapasitet frigjøres, så prisen per årsverk er ikke definert.");
    case OverviewFigure::GapPer1000Aged67Plus: return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Færre enn én innbygger 67+ å dele på.");
    default:
        if (isLedger(f))
            return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Tiltakspakken har ingen «Hvem betaler»-del (ledger), så aktørenes nåverdier beregnes ikke.");
        return QCoreApplication::translate("gevinst::ui::OverviewFigureText", "Ikke definert for denne enheten.");
    }
}

} // namespace gevinst::ui
