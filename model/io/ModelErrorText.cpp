#include "ModelErrorText.h"

#include "NumberText.h"
#include "ScenarioReader.h"

#include <QRegularExpression>

#include <cmath>

namespace gevinst::io {

namespace {
QString num(double v)
{
    return NumberText::shortest(v, 6);
}
QString year(double v)
{
    return NumberText::year(v);
}

/// The reader's English words for a JSON type ("an object", "a list" …), in the
/// user's language; empty for words it does not know.
QString typeWords(const std::string& english)
{
    static const std::pair<const char*, const char*> words[] = {
        {"null", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "null (tom)")},
        {"an object", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "et objekt")},
        {"a JSON object", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "et JSON-objekt")},
        {"an object {kind}", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "et objekt {kind}")},
        {"an object {low, mode, high}", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "et objekt {low, mode, high}")},
        {"an object {professional, matching}",
         QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "et objekt {professional, matching}")},
        {"a list", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "en liste")},
        {"a list of categories", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "en liste med kategorier")},
        {"text", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "tekst")},
        {"an id", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "en id")},
        {"true/false", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "sann/usann")},
        {"true or false", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "true eller false")},
        {"a number", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "et tall")},
        {"object", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "et objekt")},
        {"string", QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "tekst")},
        {"text without control characters (line breaks, tabs)",
         QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "tekst uten kontrolltegn (linjeskift, tabulatorer)")},
        {"keyed by field paths without control characters",
         QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "nøkler som er feltstier uten kontrolltegn")},
        {"text such as \"67-79\" or \"80+\"",
         QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "tekst som «67-79» eller «80+»")},
        {"\"hjemmetjenester\" or \"institusjon\"",
         QT_TRANSLATE_NOOP("gevinst::io::ModelErrorText", "«hjemmetjenester» eller «institusjon»")},
    };
    for (const auto& [en, nb] : words)
        if (english == en)
            return QCoreApplication::translate("gevinst::io::ModelErrorText", nb);
    return {};
}

/// "må være et objekt, ikke en liste" from the reader's "an object, not a list".
QString wrongType(const std::string& detail)
{
    const auto comma = detail.rfind(", not ");
    if (comma != std::string::npos) {
        const QString expected = typeWords(detail.substr(0, comma));
        const QString found = typeWords(detail.substr(comma + 6));
        if (!expected.isEmpty() && !found.isEmpty())
            return ModelErrorText::tr("må være %1, ikke %2").arg(expected, found);
    }
    if (const QString expected = typeWords(detail); !expected.isEmpty())
        return ModelErrorText::tr("må være %1").arg(expected);
    return ModelErrorText::tr("har feil type");
}

bool has(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

/// The texts in double quotes in a detail such as "\"0-19\" overlaps \"10-30\"" (ids and
/// bands the user wrote, not words).
QStringList quoted(const std::string& detail)
{
    QStringList out;
    static const QRegularExpression quote(QStringLiteral("\"([^\"]*)\""));
    for (auto it = quote.globalMatch(QString::fromStdString(detail)); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

/// Too long or too many, from the path and the figures (the model's detail is English):
/// "har 250 tiltak, høyst 200 er tillatt".
QString tooMany(const FieldError& e)
{
    const std::string& d = e.detail;
    const auto count = [](double v) { return NumberText::number(v, 0); };
    if (has(d, "more problems"))
        return ModelErrorText::tr("og %n feil til som ikke vises", nullptr, int(e.value));
    if (has(d, "nested deeper"))
        return ModelErrorText::tr("dokumentet er nestet dypere enn %1 nivåer").arg(ReaderLimits::maxNesting);
    if (has(d, "key longer"))
        return ModelErrorText::tr("har en nøkkel som er lengre enn %1 byte").arg(ReaderLimits::maxNameLength);
    if (has(d, "gives a horizon"))
        return ModelErrorText::tr("er %1; perioden kan være høyst %2 år").arg(year(e.value)).arg(ReaderLimits::maxYears);
    if (std::isnan(e.value) || std::isnan(e.limit))
        return ModelErrorText::tr("er for lang eller har for mange elementer");
    if (has(d, "the file is"))
        return ModelErrorText::tr("filen er %1 byte, høyst %2 er tillatt").arg(count(e.value), count(e.limit));
    if (has(d, "bytes long"))
        return ModelErrorText::tr("er %1 byte lang, høyst %2 er tillatt").arg(count(e.value), count(e.limit));
    if (has(d, " measures"))
        return ModelErrorText::tr("har %1 tiltak, høyst %2 er tillatt").arg(count(e.value), count(e.limit));
    if (has(d, " tranches"))
        return ModelErrorText::tr("har %1 trinn, høyst %2 er tillatt").arg(count(e.value), count(e.limit));
    if (has(d, " years"))
        return ModelErrorText::tr("har %1 år, høyst %2 er tillatt").arg(count(e.value), count(e.limit));
    return ModelErrorText::tr("har %1 oppføringer, høyst %2 er tillatt").arg(count(e.value), count(e.limit));
}

/// The parser's position in a JSON syntax error ("parse error at line 3, column 7: …").
QString syntax(const std::string& detail)
{
    static const QRegularExpression at(QStringLiteral("line (\\d+), column (\\d+)"));
    const auto m = at.match(QString::fromStdString(detail));
    if (m.hasMatch())
        return ModelErrorText::tr("er ikke gyldig JSON (feil ved linje %1, kolonne %2)").arg(m.captured(1), m.captured(2));
    return ModelErrorText::tr("er ikke gyldig JSON");
}
} // namespace

QString ModelErrorText::reason(const FieldError& e)
{
    const QString detail = QString::fromStdString(e.detail);
    switch (e.kind) {
    case ErrorKind::Syntax: return syntax(e.detail);
    case ErrorKind::UnknownFormat: return tr("ukjent format «%1», forventet «gevinstmodell-scenario/1» eller «/2»").arg(detail);
    case ErrorKind::Missing: return tr("mangler (må fylles ut)");
    case ErrorKind::WrongType: return wrongType(e.detail);
    case ErrorKind::UnknownId: return tr("ukjent verdi «%1»").arg(detail);
    case ErrorKind::NotFinite: return tr("må være et endelig tall");
    case ErrorKind::TooLarge: return tr("er %1, for stort (høyst %2)").arg(num(e.value), num(e.limit));
    case ErrorKind::Negative: return tr("er %1, kan ikke være negativt").arg(num(e.value));
    case ErrorKind::NotPositive: return tr("er %1, må være større enn 0").arg(num(e.value));
    case ErrorKind::OutOfRange: {
        if (e.detail == "0..1")
            return tr("er %1, må være mellom 0 og 1 (0–100 %)").arg(num(e.value));
        if (e.detail.rfind("greater than 0", 0) == 0)
            return tr("er %1, må være større enn 0 og høyst 1 (100 %)").arg(num(e.value));
        if (e.detail.rfind("greater than -1", 0) == 0)
            return tr("er %1, må være større enn −1 og høyst 1").arg(num(e.value));
        if (e.detail.rfind("a year from", 0) == 0)
            return tr("er %1, må være et år fra %2 til %3")
                .arg(year(e.value), year(ReaderLimits::minYear), year(ReaderLimits::maxYear));
        return tr("er %1, utenfor gyldig område").arg(num(e.value));
    }
    case ErrorKind::NotInteger: return tr("er %1, må være et heltall").arg(num(e.value));
    case ErrorKind::SumNotOne: return tr("summerer til %1 %, må være 100 %").arg(num(e.value * 100.0));
    case ErrorKind::SumAboveOne: return tr("andelene summerer til %1 %, kan høyst være 100 %").arg(num(e.value * 100.0));
    case ErrorKind::SameFromTo: return tr("et tiltak kan ikke gi oppgaver til sin egen yrkesgruppe (%1)").arg(detail);
    case ErrorKind::EndBeforeStart: return tr("er %1, før startåret %2").arg(year(e.value), year(e.limit));
    case ErrorKind::OutsideHorizon: return tr("er %1, utenfor perioden %2").arg(year(e.value), detail);
    case ErrorKind::NoRecipients:
        return tr("ingen tjenestemottakere i startåret %1 (alle tjenesterater eller folketall er 0)").arg(year(e.value));
    case ErrorKind::TooMany: return tooMany(e);
    case ErrorKind::Overflow:
        return tr("er %1, så ekstremt at beregningen ikke blir endelig (tallene blir for store); dette er den mest "
                  "ekstreme inndataen")
            .arg(num(e.value));
    case ErrorKind::BadRange:
        if (const QStringList field = quoted(e.detail); !field.isEmpty())
            return tr("ugyldig usikkerhetsintervall: «%1» er ikke et tallfelt i dette scenarioet").arg(field.front());
        return tr("ugyldig usikkerhetsintervall: må ha lav ≤ modus ≤ høy");
    case ErrorKind::BadId:
        return tr("«%1» er ikke en gyldig id (små bokstaver a–z, tall og _, begynner med en bokstav, høyst 40 tegn)")
            .arg(detail);
    case ErrorKind::BadAgeBand: return tr("«%1» er ikke en aldersgruppe (skrives «N-M» eller «N+», 0–120 år)").arg(detail);
    case ErrorKind::Overlap:
        if (const QStringList bands = quoted(e.detail); bands.size() == 2)
            return tr("aldersgruppene «%1» og «%2» overlapper").arg(bands[0], bands[1]);
        return tr("aldersgruppene overlapper");
    case ErrorKind::Duplicate: return tr("«%1» er oppgitt to ganger").arg(detail);
    case ErrorKind::NotARole: return tr("mottakeren «%1» er av typen rolle, men er ingen rolle i ordlisten").arg(detail);
    case ErrorKind::NotStandard: return tr("format 1 kan bare bruke standardordlisten");
    }
    return detail;
}

QString ModelErrorText::message(const FieldError& e)
{
    if (e.path.empty())
        return reason(e);
    return tr("%1: %2").arg(QString::fromStdString(e.path), reason(e));
}

QString ModelErrorText::reason(const AggregationError& e)
{
    using Kind = AggregationError::Kind;
    const QString detail = QString::fromStdString(e.detail);
    switch (e.kind) {
    case Kind::NoParts: return tr("ingenting å legge sammen: velg minst ett bydelsscenario");
    case Kind::HorizonDiffers:
        return tr("årene er ikke de samme som i den første delen (%1); alle deler må ha samme periode").arg(detail);
    case Kind::DiscountRateDiffers:
        return tr("diskonteringsrenten er ikke den samme som i den første delen (%1); alle deler må ha samme rente")
            .arg(detail);
    case Kind::SameUnitTwice: return tr("enheten %1 er med mer enn én gang og ville blitt telt dobbelt").arg(detail);
    case Kind::NotBydel: return tr("enheten %1 er ingen bydel; bare bydeler kan legges sammen til en kommune").arg(detail);
    case Kind::ParentDiffers: return tr("bydelen hører til en annen kommune (%1)").arg(detail);
    case Kind::NotFinite:
        return tr("summen av %1 blir for stor til å være et tall; delenes inndata er for ekstreme til å legges sammen "
                  "(sjekk bemanning og kostnader)")
            .arg(detail);
    }
    return detail;
}

QString ModelErrorText::message(const projection::ProjectionError& e)
{
    using Kind = projection::ProjectionError::Kind;
    const QString subject = QString::fromStdString(e.subject);
    switch (e.kind) {
    case Kind::BadBand:
        return tr("aldersgruppen «%1» kan ikke leses (skriv «N-M» eller «N+» i hele år, 0–120, for eksempel "
                  "0-19,20-66,67-79,80+)")
            .arg(subject);
    case Kind::OverlappingBands:
        return tr("aldersgruppene «%1» og «%2» overlapper").arg(subject, QString::fromStdString(e.other));
    case Kind::NoBands: return tr("ingen aldersgrupper oppgitt (skriv for eksempel 0-19,20-66,67-79,80+)");
    case Kind::MissingFile: return tr("datafilen %1 kan ikke leses").arg(subject);
    case Kind::BadFile:
        if (e.line > 0)
            return tr("datafilen %1 har en linje som ikke kan leses (linje %2)").arg(subject).arg(e.line);
        return tr("datafilen %1 er tom eller kan ikke leses").arg(subject);
    case Kind::IncompleteUnit: return tr("datafilen %1 mangler tall for noen aldre").arg(subject);
    case Kind::UnknownUnit:
        return tr("det finnes ingen registrert befolkning etter ettårig alder for enheten «%1»").arg(subject);
    case Kind::YearOutOfRange: return tr("året ligger utenfor framskrivingens periode");
    }
    return tr("befolkningsframskrivingen kan ikke lages");
}

QString ModelErrorText::message(const AggregationError& e)
{
    if (e.part < 0)
        return reason(e);
    return tr("del %1: %2").arg(e.part + 1).arg(reason(e));
}

} // namespace gevinst::io
