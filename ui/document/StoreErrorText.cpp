#include "StoreErrorText.h"

#include <QFileInfo>

namespace gevinst::ui {

QString StoreErrorText::message(const store::StoreError& e)
{
    using Kind = store::StoreError::Kind;
    const QString file = e.file.isEmpty() ? tr("biblioteket") : QFileInfo(e.file).fileName();
    QString where;
    if (e.line > 0 && !e.field.isEmpty())
        where = tr(" (linje %1, felt «%2»)").arg(e.line).arg(e.field);
    else if (e.line > 0)
        where = tr(" (linje %1)").arg(e.line);
    else if (!e.field.isEmpty())
        where = tr(" (felt «%1»)").arg(e.field);
    switch (e.kind) {
    case Kind::NotFound: return tr("Fant ikke scenarioet eller versjonen i biblioteket%1.").arg(where);
    case Kind::InvalidInput: return tr("%1 har en feil%2 og ble ikke lagret.").arg(file, where);
    case Kind::NotADatabase: return tr("%1 er ikke et scenariobibliotek (SQLite-fil).").arg(file);
    case Kind::Corrupt:
        return tr("%1 er skadet. Filen er ikke endret; bruk en sikkerhetskopi eller et nytt bibliotek.").arg(file);
    case Kind::NewerSchema:
        return tr("%1 er laget av en nyere versjon av Gevinstmodell. Filen er ikke endret; oppdater programmet.").arg(file);
    case Kind::ReadOnly: return tr("%1 kan ikke skrives til (filen eller mappen er skrivebeskyttet).").arg(file);
    case Kind::Locked: return tr("Et annet program holder %1 låst. Lukk det og prøv igjen.").arg(file);
    case Kind::Io: return tr("%1 kan ikke leses, eller mappen kan ikke lages.").arg(file);
    case Kind::Database: return tr("Biblioteket svarte med en feil%1. Prøv igjen; vedvarer feilen, start programmet på nytt.").arg(where);
    case Kind::Conflict:
        if (e.field == QLatin1String("approved_plan"))
            return tr("Scenarioet har en vedtatt gevinstrealiseringsplan og kan ikke legges i papirkurven eller slettes.");
        return tr("Noen andre har lagret en nyere versjon av scenarioet i mellomtiden; ingenting ble lagret.");
    }
    return tr("Ukjent feil i biblioteket.");
}

} // namespace gevinst::ui
