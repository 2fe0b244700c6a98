#include "FieldCatalog.h"

#include "ExportLabels.h"
#include "JsonPath.h"

namespace gevinst::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::vector<std::string> split(const std::string& path)
{
    std::vector<std::string> parts(1);
    for (char c : path) {
        if (c == '.')
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

/// The id of a measure's `key` ("from", "category", "to") in the document, or "".
std::string measureId(const FieldContext& context, std::size_t index, const char* key)
{
    if (!context.document)
        return {};
    const Json* v = JsonPath::find(*context.document, "sharing[" + std::to_string(index) + "]." + key);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

/// "sharing[3].share" → 3.
std::optional<std::size_t> measureIndex(const std::string& path)
{
    if (path.rfind("sharing[", 0) != 0)
        return std::nullopt;
    const auto close = path.find(']');
    if (close == std::string::npos || close <= 8)
        return std::nullopt;
    const std::string digits = path.substr(8, close - 8);
    if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9)
        return std::nullopt;
    return static_cast<std::size_t>(std::stoul(digits));
}

FieldDisplay displayOf(InputUnit unit)
{
    switch (unit) {
    case InputUnit::Share:
    case InputUnit::Rate: return FieldDisplay::Percent;
    case InputUnit::Nok:
    case InputUnit::NokPerHour: return FieldDisplay::Money;
    default: return FieldDisplay::Number;
    }
}

} // namespace

QString FieldCatalog::name(const FieldContext& context, const std::string& id)
{
    return io::ExportLabels::vocabularyName(context.serviceArea, id);
}

QString FieldCatalog::title(const FieldContext& context, const std::string& id)
{
    QString n = name(context, id);
    if (!n.isEmpty())
        n[0] = n[0].toUpper();
    return n;
}

QString FieldCatalog::shortName(const FieldContext& context, const std::string& id)
{
    QString n = io::ExportLabels::vocabularyShortName(context.serviceArea, id);
    if (!n.isEmpty())
        n[0] = n[0].toUpper();
    return n;
}

QString FieldCatalog::measure(const FieldContext& context, std::size_t index)
{
    const std::string from = measureId(context, index, "from");
    const std::string category = measureId(context, index, "category");
    const std::string to = measureId(context, index, "to");
    if (from.empty() || category.empty() || to.empty())
        return tr("Tiltak %1").arg(index + 1);
    // The same words as the exports (ExportLabels::measure).
    return QCoreApplication::translate("gevinst::io::ExportLabels", "%1 fra %2 til %3")
        .arg(name(context, category), name(context, from).toLower(), name(context, to).toLower());
}

QString FieldCatalog::kindName(ReceiverKind kind)
{
    switch (kind) {
    case ReceiverKind::TaskWorker: return tr("Nyansatte som tar over oppgaver");
    case ReceiverKind::Volunteer: return tr("Frivillige");
    case ReceiverKind::Technology: return tr("Teknologi");
    case ReceiverKind::Role: return tr("Roller som tar over oppgaver");
    }
    return {};
}

QString FieldCatalog::unitText(InputUnit unit)
{
    switch (unit) {
    case InputUnit::Nok: return tr("kr");
    case InputUnit::NokPerHour: return tr("kr/time");
    case InputUnit::Share:
    case InputUnit::Rate: return tr("%");
    case InputUnit::Fte: return tr("årsverk");
    case InputUnit::Hours: return tr("timer/år");
    case InputUnit::HoursPerWeek: return tr("timer/uke");
    case InputUnit::Persons: return tr("personer");
    case InputUnit::Factor: return tr("× (faktor)");
    case InputUnit::Months: return tr("mnd");
    case InputUnit::Years: return tr("år");
    }
    return {};
}

FieldInfo FieldCatalog::info(const std::string& path, const FieldContext& context)
{
    FieldInfo f;
    // A numeric input: everything from the catalogue.
    if (const auto match = matchPath(path, *context.vocabulary)) {
        const InputSpec& spec = *match->spec;
        QString text = QCoreApplication::translate("gevinst::Inputs", spec.label);
        for (const auto& [placeholder, value] : match->ids) {
            QString shown;
            if (placeholder == "role" || placeholder == "receiver")
                shown = name(context, value).toLower();
            else if (placeholder == "category" || placeholder == "band")
                shown = name(context, value);
            else if (placeholder == "measure")
                shown = measure(context, static_cast<std::size_t>(std::stoul(value))).toLower();
            else if (placeholder == "tranche")
                shown = QString::number(std::stoul(value) + 1);
            else
                shown = qs(value); // {year}
            text.replace(QLatin1Char('{') + qs(placeholder) + QLatin1Char('}'), shown);
        }
        f.label = text;
        f.help = io::ExportLabels::inputHelp(spec);
        f.unit = unitText(spec.unit);
        f.display = displayOf(spec.unit);
        f.bound = spec.bound;
        return f;
    }

    auto year = [&](QString label, QString help) {
        f.label = std::move(label);
        f.help = std::move(help);
        f.unit = tr("år");
        f.display = FieldDisplay::Year;
    };
    const auto parts = split(path);
    if (path == "name") {
        f.label = tr("Navn på scenarioet");
        f.help = tr("Et navn som skiller scenarioet fra andre for samme enhet.");
    } else if (path == "years.start") {
        year(tr("Startår"), tr("Første år i beregningen (år 0). Beløp er i faste priser for dette året."));
    } else if (path == "years.end") {
        year(tr("Sluttår"), tr("Siste år i beregningen."));
    } else if (path == "ramp.start_year") {
        year(tr("Innføring starter"), tr("Første år tiltakene virker."));
    } else if (path == "hub.one_off_year") {
        year(tr("Hub: etableringsår"), tr("Året engangskostnaden påløper."));
    } else if (path == "realisation.basis") {
        f.label = tr("Hvilken kapasitet kan gi innsparing");
        f.help = tr("Frigjort tid sparer penger bare der den erstatter ansettelser kommunen ellers måtte gjøre.");
    } else if (const auto m = measureIndex(path)) {
        const QString what = tr("Tiltak %1").arg(*m + 1);
        const std::string rest = path.substr(path.find(']') + 1);
        if (rest == ".from")
            f.label = tr("%1: fra").arg(what);
        else if (rest == ".to")
            f.label = tr("%1: til").arg(what);
        else if (rest == ".category")
            f.label = tr("%1: oppgavekategori").arg(what);
        else
            f.label = tr("%1 (%2)").arg(what, measure(context, *m).toLower());
    } else if (path == "sharing") {
        f.label = tr("Tiltak for oppgavedeling");
    } else if (parts.size() >= 2 && parts[0] == "roles") {
        const QString role = title(context, parts[1]);
        if (parts.size() >= 3 && parts[2] == "task_shares")
            f.label = tr("%1: tidsbruk").arg(role);
        else
            f.label = role;
    } else if (parts.size() >= 2 && parts[0] == "receivers") {
        f.label = title(context, parts[1]);
    } else if (parts.size() >= 1 && parts[0] == "vocabulary") {
        f.label = tr("Ordliste (%1)").arg(qs(path.size() > 11 ? path.substr(11) : std::string()));
    } else if (parts.size() >= 3 && parts[0] == "demography" && parts[1] == "population") {
        f.label = tr("Befolkning %1").arg(qs(parts[2]));
    } else {
        f.label = qs(path);
    }
    return f;
}

QString FieldCatalog::label(const std::string& path, const FieldContext& context)
{
    return info(path, context).label;
}

QString FieldCatalog::boundsText(const FieldInfo& f)
{
    if (!f.bound)
        return {};
    const bool pct = f.display == FieldDisplay::Percent;
    switch (*f.bound) {
    case Bound::Share: return pct ? tr("Gyldig: 0–100 %") : tr("Gyldig: 0–1");
    case Bound::PositiveShare: return pct ? tr("Gyldig: over 0 og høyst 100 %") : tr("Gyldig: over 0 og høyst 1");
    case Bound::NonNegative: return tr("Gyldig: 0 eller mer");
    case Bound::Positive: return tr("Gyldig: større enn 0");
    case Bound::Growth: return pct ? tr("Gyldig: over −100 % og høyst 100 %") : tr("Gyldig: over −1 og høyst 1");
    }
    return {};
}

} // namespace gevinst::ui
