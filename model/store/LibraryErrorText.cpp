#include "LibraryErrorText.h"

#include "LibraryLocation.h"

#include <QFileInfo>

namespace gevinst::store {

QString LibraryErrorText::message(const StoreError& e)
{
    using Kind = StoreError::Kind;
    const bool server = LibraryLocation::looksLikeServer(e.file);
    const QString file = e.file.isEmpty() ? tr("biblioteket") : server ? e.file : QFileInfo(e.file).fileName();
    QString where;
    if (e.line > 0 && !e.field.isEmpty())
        where = tr(" (linje %1, felt «%2»)").arg(e.line).arg(e.field);
    else if (e.line > 0)
        where = tr(" (linje %1)").arg(e.line);
    else if (!e.field.isEmpty())
        where = tr(" (felt «%1»)").arg(e.field);
    switch (e.kind) {
    case Kind::NotFound:
        if (server && e.line == 0 && e.field.isEmpty() && e.message.contains(QLatin1String("db init")))
            return tr("Databasen %1 er ikke et Gevinstmodell-bibliotek ennå. Klargjør den med «gevinst db init --db %1».").arg(file);
        return tr("Fant ikke scenarioet eller versjonen i biblioteket%1.").arg(where);
    case Kind::InvalidInput: return tr("%1 har en feil%2 og ble ikke lagret.").arg(file, where);
    case Kind::NotADatabase:
        if (server)
            return tr("Databasen %1 har andre tabeller, men er ikke et Gevinstmodell-bibliotek. Den er ikke endret; bruk en tom database.")
                .arg(file);
        return tr("%1 er ikke et scenariobibliotek (SQLite-fil).").arg(file);
    case Kind::Corrupt:
        return tr("%1 er skadet. Filen er ikke endret; bruk en sikkerhetskopi eller et nytt bibliotek.").arg(file);
    case Kind::NewerSchema:
        return tr("%1 er laget av en nyere versjon av Gevinstmodell. Filen er ikke endret; oppdater programmet.").arg(file);
    case Kind::ReadOnly:
        if (server)
            return tr("Ingen skrivetilgang: databasebrukeren din kan lese biblioteket %1, men ikke endre det. Ingenting ble "
                      "endret; be administratoren om en redaktørrolle, eller eksporter scenarioet til en fil.")
                .arg(file);
        return tr("%1 kan ikke skrives til (filen eller mappen er skrivebeskyttet).").arg(file);
    case Kind::Locked:
        if (server)
            return tr("En annen bruker endret det samme i %1 samtidig. Ingenting ble endret; prøv igjen.").arg(file);
        return tr("Et annet program holder %1 låst. Lukk det og prøv igjen.").arg(file);
    case Kind::Connection:
        return tr("Får ikke kontakt med biblioteket %1 (tjeneren svarer ikke, databasen finnes ikke, eller adressen er feil). "
                  "Ingenting ble endret.")
            .arg(file);
    case Kind::Authentication:
        return tr("Tjeneren for %1 godtok ikke innloggingen: passordet mangler eller er feil. Oppgi passordet (eller sett "
                  "PGPASSWORD eller ~/.pgpass).")
            .arg(file);
    case Kind::Io: return tr("%1 kan ikke leses, eller mappen kan ikke lages.").arg(file);
    case Kind::Database: return tr("Biblioteket svarte med en feil%1. Prøv igjen; vedvarer feilen, start programmet på nytt.").arg(where);
    case Kind::Conflict:
        if (e.field == QLatin1String("to"))
            return tr("Biblioteket %1 har allerede scenarioer. Kopier til en ny fil eller en tom database; ingenting ble kopiert.")
                .arg(file);
        if (e.field == QLatin1String("approved_plan"))
            return tr("Scenarioet har en vedtatt gevinstrealiseringsplan og kan ikke legges i papirkurven eller slettes.");
        return tr("Noen andre har lagret en nyere versjon av scenarioet i mellomtiden; ingenting ble lagret.");
    }
    return tr("Ukjent feil i biblioteket.");
}

} // namespace gevinst::store
