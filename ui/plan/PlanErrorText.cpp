#include "PlanErrorText.h"

#include "StoreErrorText.h"

namespace gevinst::ui {

QString PlanErrorText::message(const store::StoreError& e)
{
    if (e.kind != store::StoreError::Kind::InvalidInput)
        return StoreErrorText::message(e);
    const QString& f = e.field;
    if (f == QLatin1String("plan"))
        return tr("Scenarioet har ingen vedtatt plan. Godkjenn en lagret versjon som vedtatt plan først.");
    if (f == QLatin1String("version"))
        return tr("Versjonen kan ikke beregnes, så den kan ikke godkjennes. Rett feilene og lagre en ny versjon.");
    if (f == QLatin1String("thresholds"))
        return tr("Grensene for status må være større enn 0, og grensen for gul kan ikke være over grensen for grønn.");
    if (f == QLatin1String("figure"))
        return tr("Tallet finnes ikke (med verdier) i den vedtatte versjonen, eller det kan ikke endres for en gevinst som "
                  "finnes. Velg et annet tall, eller legg til en ny gevinst.");
    if (f == QLatin1String("name"))
        return tr("En egen indikator må ha et navn.");
    if (f == QLatin1String("target"))
        return tr("Mål: en egen indikator trenger mål for minst ett år (tall); målene for tall fra modellen er den "
                  "vedtatte versjonens beregnede verdier og kan ikke skrives inn.");
    if (f == QLatin1String("owner"))
        return tr("Gevinsten må ha en eier (gevinsteier): skriv navnet på lederen som har ansvaret.");
    if (f == QLatin1String("baseline_date"))
        return tr("Datoen for nullpunktsmålingen skrives ÅÅÅÅ-MM-DD, for eksempel 2026-01-31.");
    if (f == QLatin1String("baseline"))
        return tr("Nullpunktet må være et tall.");
    return StoreErrorText::message(e);
}

QString PlanErrorText::columnRule(const QString& column)
{
    if (column == QLatin1String("gevinst"))
        return tr("«gevinst» må være nøkkelen til en av planens gevinster (se tabellen).");
    if (column == QLatin1String("periode"))
        return tr("«periode» er et år (2026) eller et tertial (2026-T1, 2026-T2, 2026-T3), én gang per gevinst.");
    if (column == QLatin1String("verdi"))
        return tr("«verdi» er et tall, med desimalkomma eller -punktum.");
    if (column == QLatin1String("kilde") || column == QLatin1String("kommentar"))
        return tr("«%1» er fritekst.").arg(column);
    return tr("Filen må ha overskriftene gevinst;periode;verdi;kilde;kommentar.");
}

QString PlanErrorText::actuals(const store::StoreError& e)
{
    if (e.kind != store::StoreError::Kind::InvalidInput)
        return StoreErrorText::message(e);
    if (e.field == QLatin1String("plan"))
        return message(e);
    QString where;
    if (e.line > 0 && !e.field.isEmpty())
        where = tr("Linje %1, kolonne «%2»: ").arg(e.line).arg(e.field);
    else if (e.line > 0)
        where = tr("Linje %1: ").arg(e.line);
    QString rule = columnRule(e.field);
    if (e.field == QLatin1String("periode"))
        rule = tr("samme gevinst og periode står to ganger; hver periode kan bare stå én gang per gevinst.");
    else if (e.field == QLatin1String("gevinst"))
        rule = tr("planen har ingen gevinst med denne nøkkelen; bruk nøkkelen i planens tabell.");
    return where + rule + QLatin1Char(' ') + tr("Ingenting ble lagret.");
}

QString PlanErrorText::file(const plan::ActualsFileError& e)
{
    if (e.line <= 0 && e.column.isEmpty())
        return tr("Filen kan ikke leses som faktiske tall: den må være CSV (UTF-8, semikolon) eller XLSX med "
                  "overskriftene gevinst;periode;verdi;kilde;kommentar. Ingenting ble importert.");
    QString where;
    if (e.line > 0 && !e.column.isEmpty())
        where = tr("Linje %1, kolonne «%2»: ").arg(e.line).arg(e.column);
    else if (e.line > 0)
        where = tr("Linje %1: ").arg(e.line);
    return where + columnRule(e.column) + QLatin1Char(' ') + tr("Ingenting ble importert.");
}

} // namespace gevinst::ui
