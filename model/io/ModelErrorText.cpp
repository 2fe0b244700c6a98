#include "ModelErrorText.h"

#include "NumberText.h"

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
    return ModelErrorText::tr("må være et tall eller riktig type (%1)").arg(QString::fromStdString(detail));
}
} // namespace

QString ModelErrorText::reason(const FieldError& e)
{
    const QString detail = QString::fromStdString(e.detail);
    switch (e.kind) {
    case ErrorKind::Syntax: return tr("er ikke gyldig JSON: %1").arg(detail);
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
        return tr("er %1, utenfor gyldig område (%2)").arg(num(e.value), detail);
    }
    case ErrorKind::NotInteger: return tr("er %1, må være et heltall").arg(num(e.value));
    case ErrorKind::SumNotOne: return tr("summerer til %1 %, må være 100 %").arg(num(e.value * 100.0));
    case ErrorKind::SumAboveOne: return tr("andelene summerer til %1 %, kan høyst være 100 %").arg(num(e.value * 100.0));
    case ErrorKind::SameFromTo: return tr("et tiltak kan ikke gi oppgaver til sin egen yrkesgruppe (%1)").arg(detail);
    case ErrorKind::EndBeforeStart: return tr("er %1, før startåret %2").arg(year(e.value), year(e.limit));
    case ErrorKind::OutsideHorizon: return tr("er %1, utenfor perioden %2").arg(year(e.value), detail);
    case ErrorKind::NoRecipients:
        return tr("ingen tjenestemottakere i startåret %1 (alle tjenesterater eller folketall er 0)").arg(year(e.value));
    case ErrorKind::TooMany: return tr("for mange eller for lang: %1").arg(detail);
    case ErrorKind::Overflow: return tr("beregningen blir ikke endelig (%1)").arg(detail);
    case ErrorKind::BadRange: return tr("ugyldig usikkerhetsintervall: %1").arg(detail);
    case ErrorKind::BadId:
        return tr("«%1» er ikke en gyldig id (små bokstaver a–z, tall og _, begynner med en bokstav, høyst 40 tegn)")
            .arg(detail);
    case ErrorKind::BadAgeBand: return tr("«%1» er ikke en aldersgruppe (skrives «N-M» eller «N+», 0–120 år)").arg(detail);
    case ErrorKind::Overlap: return tr("aldersgruppene overlapper (%1)").arg(detail);
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

QString ModelErrorText::message(const AggregationError& e)
{
    if (e.part < 0)
        return reason(e);
    return tr("del %1: %2").arg(e.part + 1).arg(reason(e));
}

} // namespace gevinst::io
