#include "FieldCatalog.h"

#include "Vocabulary.h"

#include <regex>

namespace gevinst::ui {

namespace {

/// "sharing[3].share" → "sharing[].share"; "demography.population.2030.80+" → "demography.population.*.80+".
std::string pattern(const std::string& path)
{
    static const std::regex index(R"(\[\d+\])");
    static const std::regex popYear(R"(^demography\.population\.\d+)");
    std::string p = std::regex_replace(path, index, "[]");
    return std::regex_replace(p, popYear, "demography.population.*");
}

std::vector<std::string> split(const std::string& path)
{
    std::vector<std::string> parts;
    std::string token;
    for (char c : path) {
        if (c == '.') {
            parts.push_back(token);
            token.clear();
        } else
            token += c;
    }
    parts.push_back(token);
    return parts;
}

std::optional<Bound> boundOf(const std::string& pat)
{
    // The bounds of NumericFields, keyed by pattern.
    if (pat == "discount_rate" || pat == "realisation.budget_share_of_freed_capacity" ||
        pat.find("task_shares.") != std::string::npos || pat == "sharing[].share" ||
        pat.find("service_rate.") != std::string::npos || pat.find("_share") != std::string::npos ||
        pat == "receivers.oppgavemedarbeider.turnover" || pat == "recruitment.wage_subsidy.schedule[].rate" ||
        pat == "recruitment.social_assistance.reduction_when_employed")
        return pat == "receivers.oppgavemedarbeider.position_share" ? Bound::PositiveShare : Bound::Share;
    if (pat == "hours_per_fte" || pat == "ramp.years_to_full")
        return Bound::Positive;
    if (pat == "staff_growth_per_year")
        return Bound::Growth;
    if (pat.find("year") != std::string::npos && pat != "ramp.years_to_full")
        return std::nullopt;
    return Bound::NonNegative;
}

} // namespace

QString FieldCatalog::roleName(std::string_view id)
{
    if (id == "sykepleier") return tr("Sykepleier");
    if (id == "helsefagarbeider") return tr("Helsefagarbeider");
    if (id == "assistent") return tr("Assistent");
    return QString::fromUtf8(id.data(), static_cast<int>(id.size()));
}

QString FieldCatalog::roleNamePlural(std::string_view id)
{
    if (id == "sykepleier") return tr("Sykepleiere");
    if (id == "helsefagarbeider") return tr("Helsefagarbeidere");
    if (id == "assistent") return tr("Assistenter");
    return QString::fromUtf8(id.data(), static_cast<int>(id.size()));
}

QString FieldCatalog::categoryName(std::string_view id)
{
    if (id == "helsefaglig") return tr("Helsefaglige oppgaver");
    if (id == "kompetanse") return tr("Kompetanseoppgaver");
    if (id == "service") return tr("Praktisk bistand");
    if (id == "kjoring") return tr("Kjøring og logistikk");
    if (id == "mestring") return tr("Mestring og aktivitet");
    return QString::fromUtf8(id.data(), static_cast<int>(id.size()));
}

QString FieldCatalog::categoryShortName(std::string_view id)
{
    if (id == "helsefaglig") return tr("Helsefaglig");
    if (id == "kompetanse") return tr("Kompetanse");
    if (id == "service") return tr("Praktisk");
    if (id == "kjoring") return tr("Kjøring");
    if (id == "mestring") return tr("Mestring");
    return QString::fromUtf8(id.data(), static_cast<int>(id.size()));
}

QString FieldCatalog::receiverName(std::string_view id)
{
    if (id == "oppgavemedarbeider") return tr("Oppgavemedarbeider");
    if (id == "frivillig") return tr("Frivillige");
    if (id == "teknologi") return tr("Velferdsteknologi");
    if (id == "helsefagarbeider") return tr("Helsefagarbeider");
    return QString::fromUtf8(id.data(), static_cast<int>(id.size()));
}

QString FieldCatalog::ageBandName(std::string_view id)
{
    if (id == "80+") return tr("80 år og eldre");
    return tr("%1 år").arg(QString::fromUtf8(id.data(), static_cast<int>(id.size())).replace(QLatin1Char('-'), QChar(0x2013)));
}

FieldInfo FieldCatalog::info(const std::string& path)
{
    const std::string pat = pattern(path);
    const auto parts = split(path);
    FieldInfo f;
    f.bound = boundOf(pat);
    auto percent = [&](QString label, QString help) {
        f.label = std::move(label);
        f.help = std::move(help);
        f.unit = tr("%");
        f.display = FieldDisplay::Percent;
    };
    auto money = [&](QString label, QString unit, QString help) {
        f.label = std::move(label);
        f.help = std::move(help);
        f.unit = std::move(unit);
        f.display = FieldDisplay::Money;
    };
    auto number = [&](QString label, QString unit, QString help) {
        f.label = std::move(label);
        f.help = std::move(help);
        f.unit = std::move(unit);
        f.display = FieldDisplay::Number;
    };
    auto year = [&](QString label, QString help) {
        f.label = std::move(label);
        f.help = std::move(help);
        f.unit = tr("år");
        f.display = FieldDisplay::Year;
        f.bound.reset();
    };

    if (pat == "name") {
        f.label = tr("Navn på scenarioet");
        f.help = tr("Et navn som skiller scenarioet fra andre for samme enhet.");
    } else if (pat == "years.start") {
        year(tr("Startår"), tr("Første år i beregningen (år 0). Beløp er i faste priser for dette året."));
    } else if (pat == "years.end") {
        year(tr("Sluttår"), tr("Siste år i beregningen."));
    } else if (pat == "discount_rate") {
        percent(tr("Diskonteringsrente"), tr("Årlig kalkulasjonsrente for nåverdien av budsjetteffekten (reell)."));
    } else if (pat == "hours_per_fte") {
        number(tr("Timer per årsverk"), tr("timer/år"), tr("Effektive arbeidstimer i ett årsverk."));
    } else if (pat.rfind("demography.population.*.", 0) == 0) {
        number(tr("Folketall %1, %2").arg(QString::fromStdString(parts[2]), ageBandName(parts[3])), tr("personer"),
               tr("Innbyggere i aldersgruppen 1. januar. År mellom to oppgitte år interpoleres lineært."));
    } else if (pat.rfind("demography.service_rate.", 0) == 0) {
        percent(tr("Tjenesterate %1").arg(ageBandName(parts[2])),
                tr("Andel av innbyggerne i aldersgruppen som mottar tjenesten."));
    } else if (pat == "staff_growth_per_year") {
        percent(tr("Årlig vekst i bemanning"), tr("Hvor mye tilgjengelige årsverk vokser per år (negativ: avgang)."));
    } else if (parts.size() >= 3 && parts[0] == "roles") {
        const QString role = roleNamePlural(parts[1]);
        if (parts[2] == "fte")
            number(tr("%1: årsverk").arg(role), tr("årsverk"), tr("Årsverk i tjenesten i startåret."));
        else if (parts[2] == "annual_cost_nok")
            money(tr("%1: årskostnad").arg(role), tr("kr/årsverk"),
                  tr("Lønn med sosiale kostnader for ett årsverk."));
        else if (parts[2] == "task_shares" && parts.size() >= 4)
            percent(tr("%1: andel tid til %2").arg(role, categoryName(parts[3]).toLower()),
                    tr("Andel av arbeidstiden som går til oppgavekategorien. Hver rad skal summere til 100 %."));
        else if (parts[2] == "task_shares")
            percent(tr("%1: tidsfordeling").arg(role), tr("Hver rad skal summere til 100 %."));
        else
            f.label = role;
    } else if (pat.rfind("sharing[]", 0) == 0) {
        const std::string rest = pat.size() > 9 ? pat.substr(10) : std::string();
        const QString n = QString::fromStdString(path.substr(8, path.find(']') - 8));
        const QString measure = tr("Tiltak %1").arg(n.toInt() + 1);
        if (rest == "share")
            percent(tr("%1: andel som flyttes").arg(measure),
                    tr("Andel av tiden i kategorien som flyttes fra yrkesgruppen til mottakeren når tiltaket er fullt innført."));
        else if (rest == "from")
            f.label = tr("%1: fra").arg(measure);
        else if (rest == "to")
            f.label = tr("%1: til").arg(measure);
        else if (rest == "category")
            f.label = tr("%1: oppgavekategori").arg(measure);
        else
            f.label = measure;
    } else if (pat == "sharing") {
        f.label = tr("Tiltak for oppgavedeling");
    } else if (pat == "ramp.start_year") {
        year(tr("Innføring starter"), tr("Første år tiltakene virker."));
    } else if (pat == "ramp.years_to_full") {
        number(tr("År til full effekt"), tr("år"), tr("Hvor mange år innføringen tar før tiltakene har full effekt."));
    } else if (pat == "receivers.oppgavemedarbeider.annual_cost_nok") {
        money(tr("Oppgavemedarbeider: årskostnad"), tr("kr/årsverk"), tr("Lønn med sosiale kostnader for ett årsverk."));
    } else if (pat == "receivers.oppgavemedarbeider.time_factor") {
        number(tr("Oppgavemedarbeider: tidsfaktor"), tr("timer per flyttet time"),
               tr("Timer oppgavemedarbeideren bruker på en oppgave som tok fagpersonen én time."));
    } else if (pat == "receivers.oppgavemedarbeider.position_share") {
        percent(tr("Oppgavemedarbeider: stillingsandel"), tr("Gjennomsnittlig stillingsstørrelse for nyansatte."));
    } else if (pat == "receivers.oppgavemedarbeider.turnover") {
        percent(tr("Oppgavemedarbeider: årlig turnover"), tr("Andel som slutter hvert år og må erstattes."));
    } else if (pat == "receivers.frivillig.time_factor") {
        number(tr("Frivillige: tidsfaktor"), tr("timer per flyttet time"),
               tr("Frivillige timer per time fagpersonen sparer."));
    } else if (pat == "receivers.frivillig.coordination_cost_per_hour_nok") {
        money(tr("Frivillige: koordineringskostnad"), tr("kr/time"), tr("Kostnad for å koordinere én frivillig time."));
    } else if (pat == "receivers.teknologi.cost_per_shifted_hour_nok") {
        money(tr("Teknologi: kostnad per flyttet time"), tr("kr/time"),
              tr("Drift og lisens for velferdsteknologi per time den overtar."));
    } else if (pat == "receivers.helsefagarbeider.time_factor") {
        number(tr("Helsefagarbeider som mottaker: tidsfaktor"), tr("timer per flyttet time"),
               tr("Timer helsefagarbeideren bruker på en oppgave som tok sykepleieren én time."));
    } else if (pat == "recruitment.share_from_nav") {
        percent(tr("Andel rekruttert via NAV"), tr("Andel av nyansatte oppgavemedarbeidere som kommer fra NAV."));
    } else if (pat == "recruitment.training_cost_per_hire_nok") {
        money(tr("Opplæringskostnad per ansatt"), tr("kr/person"), tr("Engangskostnad for opplæring av en nyansatt."));
    } else if (pat == "recruitment.wage_subsidy.eligible_share") {
        percent(tr("Lønnstilskudd: andel som kvalifiserer"), tr("Andel av NAV-ansettelsene som gir lønnstilskudd."));
    } else if (pat == "recruitment.wage_subsidy.schedule[].months") {
        number(tr("Lønnstilskudd: måneder i trinnet"), tr("mnd"), tr("Lengden av trinnet, fra ansettelsesdatoen."));
    } else if (pat == "recruitment.wage_subsidy.schedule[].rate") {
        percent(tr("Lønnstilskudd: sats i trinnet"), tr("Andel av lønnskostnaden NAV dekker i trinnet."));
    } else if (pat == "recruitment.mentor_subsidy.eligible_share") {
        percent(tr("Mentortilskudd: andel som kvalifiserer"), tr("Andel av NAV-ansettelsene som gir mentortilskudd."));
    } else if (pat == "recruitment.mentor_subsidy.hours_per_week") {
        number(tr("Mentortilskudd: timer per uke"), tr("timer/uke"), tr("Mentortimer per uke som dekkes."));
    } else if (pat == "recruitment.mentor_subsidy.hourly_rate_nok") {
        money(tr("Mentortilskudd: timesats"), tr("kr/time"), tr("NAVs sats per mentortime."));
    } else if (pat == "recruitment.mentor_subsidy.months") {
        number(tr("Mentortilskudd: varighet"), tr("mnd"), tr("Måneder med mentortilskudd fra ansettelsen."));
    } else if (pat == "recruitment.social_assistance.share_of_hires_on_assistance") {
        percent(tr("Andel på sosialhjelp ved ansettelse"), tr("Andel av NAV-ansettelsene som mottok sosialhjelp."));
    } else if (pat == "recruitment.social_assistance.annual_assistance_per_person_nok") {
        money(tr("Sosialhjelp per person"), tr("kr/år"), tr("Årlig utbetalt sosialhjelp per mottaker."));
    } else if (pat == "recruitment.social_assistance.reduction_when_employed") {
        percent(tr("Reduksjon i sosialhjelp ved jobb"), tr("Hvor mye sosialhjelpen faller når personen er i arbeid."));
    } else if (pat == "hub.coordinator_fte") {
        number(tr("Hub: koordinatorårsverk"), tr("årsverk"), tr("Årsverk til koordinering (Jobbfabrikken/Mestringstorg)."));
    } else if (pat == "hub.annual_cost_per_fte_nok") {
        money(tr("Hub: årskostnad per årsverk"), tr("kr/årsverk"), tr("Lønn med sosiale kostnader for koordinatoren."));
    } else if (pat == "hub.one_off_cost_nok") {
        money(tr("Hub: etableringskostnad"), tr("kr"), tr("Engangskostnad for å etablere huben."));
    } else if (pat == "hub.one_off_year") {
        year(tr("Hub: etableringsår"), tr("Året engangskostnaden påløper."));
    } else if (pat == "realisation.budget_share_of_freed_capacity") {
        percent(tr("Realiseringsandel"),
                tr("Andel av verdien av frigjort kapasitet som tas ut som innsparing i budsjettet (0 % = all kapasitet "
                   "brukes til å møte økt behov)."));
    } else {
        f.label = QString::fromStdString(path);
    }
    return f;
}

QString FieldCatalog::label(const std::string& path)
{
    return info(path).label;
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
