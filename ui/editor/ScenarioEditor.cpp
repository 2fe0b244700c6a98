#include "ScenarioEditor.h"

#include "ErrorText.h"
#include "FieldCatalog.h"
#include "JsonPath.h"
#include "NorwegianFormat.h"
#include "NumberField.h"
#include "ScenarioDocument.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace gevinst::ui {

namespace {

using nlohmann::json;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<int>(s.size()));
}

QWidget* scrollPage(QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QLabel* hint(const QString& text)
{
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #555;"));
    return l;
}

json defaultRole()
{
    return json{{"fte", 0}, {"annual_cost_nok", 0},
                {"task_shares", {{"helsefaglig", 0.0}, {"kompetanse", 0.0}, {"service", 1.0}, {"kjoring", 0.0}, {"mestring", 0.0}}}};
}

json defaultReceiver(std::string_view id)
{
    if (id == "oppgavemedarbeider")
        return json{{"annual_cost_nok", 560000}, {"time_factor", 1.1}, {"position_share", 0.5}, {"turnover", 0.2}};
    if (id == "frivillig")
        return json{{"time_factor", 1.5}, {"coordination_cost_per_hour_nok", 60}};
    if (id == "teknologi")
        return json{{"cost_per_shifted_hour_nok", 150}};
    return json{{"time_factor", 1.0}};
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* nameRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("Scenario:"));
    nameEdit_ = new QLineEdit;
    nameEdit_->setObjectName(QStringLiteral("field:name"));
    nameEdit_->setToolTip(FieldCatalog::info("name").help);
    nameLabel->setBuddy(nameEdit_);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(nameEdit_, 1);
    layout->addLayout(nameRow);
    connect(nameEdit_, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit("name", t.toStdString(), tr("Endre navn"), true); });
    connect(nameEdit_, &QLineEdit::editingFinished, this, [this] {
        if (document_)
            document_->endMerge();
    });

    errorSummary_ = new QLabel;
    errorSummary_->setObjectName(QStringLiteral("errorSummary"));
    errorSummary_->setWordWrap(true);
    errorSummary_->setTextFormat(Qt::RichText);
    errorSummary_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #e6a5a5; border-radius: 3px; padding: 4px; }"));
    errorSummary_->hide();
    layout->addWidget(errorSummary_);

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("editorTabs"));
    tabs_->setUsesScrollButtons(true);
    tabs_->setDocumentMode(true);
    layout->addWidget(tabs_, 1);
}

void ScenarioEditor::setDocument(ScenarioDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    builtStructure_.clear();
    if (document_)
        connect(document_, &ScenarioDocument::changed, this, &ScenarioEditor::refresh);
    refresh();
}

NumberField* ScenarioEditor::field(const std::string& path) const
{
    auto it = fields_.find(path);
    return it == fields_.end() ? nullptr : it->second;
}

std::string ScenarioEditor::structureKey() const
{
    if (!document_)
        return {};
    const json& d = document_->json();
    std::string key;
    if (const json* pop = JsonPath::find(d, "demography.population"); pop && pop->is_object())
        for (auto it = pop->begin(); it != pop->end(); ++it)
            key += it.key() + ",";
    key += "|";
    if (const json* s = JsonPath::find(d, "sharing"); s && s->is_array())
        key += std::to_string(s->size());
    key += "|";
    if (const json* s = JsonPath::find(d, "recruitment.wage_subsidy.schedule"); s && s->is_array())
        key += std::to_string(s->size());
    key += "|";
    for (auto id : kRoleIds)
        key += JsonPath::find(d, "roles." + std::string(id)) ? "1" : "0";
    for (auto id : kReceiverIds)
        key += JsonPath::find(d, "receivers." + std::string(id)) ? "1" : "0";
    return key;
}

void ScenarioEditor::rebuild()
{
    const int current = tabs_->currentIndex();
    fields_.clear();
    combos_.clear();
    rowSums_.clear();
    while (tabs_->count() > 0) {
        QWidget* w = tabs_->widget(0);
        tabs_->removeTab(0);
        w->deleteLater();
    }
    if (!document_)
        return;
    tabs_->addTab(buildPeriodPage(), tr("Periode"));
    tabs_->setTabToolTip(0, tr("Tidshorisont, diskontering og timer per årsverk"));
    tabs_->addTab(buildDemographyPage(), tr("Demografi"));
    tabs_->setTabToolTip(1, tr("Folketall per aldersgruppe og år, tjenesterater"));
    tabs_->addTab(buildStaffPage(), tr("Bemanning"));
    tabs_->setTabToolTip(2, tr("Årsverk, årskostnad og tidsbruk per yrkesgruppe"));
    tabs_->addTab(buildMeasuresPage(), tr("Tiltak"));
    tabs_->setTabToolTip(3, tr("Oppgaver som flyttes: fra hvem, hvilken kategori, til hvem, hvor stor andel"));
    tabs_->addTab(buildReceiversPage(), tr("Mottakere"));
    tabs_->setTabToolTip(4, tr("Hvem som overtar oppgavene, og hva det koster"));
    tabs_->addTab(buildRecruitmentPage(), tr("NAV"));
    tabs_->setTabToolTip(5, tr("Rekruttering, lønnstilskudd, mentortilskudd og sosialhjelp"));
    tabs_->addTab(buildHubPage(), tr("Hub"));
    tabs_->setTabToolTip(6, tr("Hub-kostnader og realiseringsandel"));
    if (current >= 0 && current < tabs_->count())
        tabs_->setCurrentIndex(current);
}

NumberField* ScenarioEditor::makeField(const std::string& path)
{
    auto* f = new NumberField(path, FieldCatalog::info(path));
    fields_[path] = f;
    f->setSource(sourceFor(path));
    connect(f, &NumberField::edited, this, [this, f](const std::string& p, const json& v) {
        QString text;
        if (p.rfind("sharing[", 0) == 0 && p.size() > 6 && p.substr(p.size() - 6) == ".share") {
            const std::string base = p.substr(0, p.size() - 6);
            const json* cat = document_ ? document_->value(base + ".category") : nullptr;
            const json* to = document_ ? document_->value(base + ".to") : nullptr;
            text = tr("Endre andel: %1 → %2")
                       .arg(cat && cat->is_string() ? FieldCatalog::categoryName(cat->get<std::string>()).toLower() : QString(),
                            to && to->is_string() ? FieldCatalog::receiverName(to->get<std::string>()).toLower() : QString());
        } else {
            text = tr("Endre %1").arg(f->info().label);
        }
        edit(p, v, text, true);
    });
    connect(f, &NumberField::editFinished, this, [this] {
        if (document_)
            document_->endMerge();
    });
    return f;
}

QWidget* ScenarioEditor::withUnit(NumberField* field)
{
    auto* box = new QWidget;
    auto* h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(field, 1);
    auto* unit = new QLabel(field->info().unit);
    unit->setMinimumWidth(unit->fontMetrics().horizontalAdvance(QStringLiteral("timer per flyttet t")));
    h->addWidget(unit);
    return box;
}

QComboBox* ScenarioEditor::makeCombo(const std::string& path, const QStringList& ids, const QStringList& names)
{
    auto* c = new QComboBox;
    c->setObjectName(QStringLiteral("combo:") + QString::fromStdString(path));
    // Narrow enough for the measures table at 1366×768; the full name shows in the list.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(7);
    for (int i = 0; i < ids.size(); ++i)
        c->addItem(names[i], ids[i]);
    combos_[path] = c;
    connect(c, &QComboBox::activated, this, [this, c, path](int i) {
        edit(path, c->itemData(i).toString().toStdString(),
             tr("Endre %1").arg(FieldCatalog::label(path)), false);
    });
    return c;
}

void ScenarioEditor::edit(const std::string& path, const nlohmann::json& value, const QString& text, bool merge)
{
    if (document_)
        document_->setValue(path, value, text, merge);
}

QString ScenarioEditor::sourceFor(const std::string& path) const
{
    if (!document_)
        return {};
    const json* sources = document_->value("sources");
    if (!sources || !sources->is_object())
        return {};
    std::string best;
    QString text;
    for (auto it = sources->begin(); it != sources->end(); ++it) {
        if (!it->is_string())
            continue;
        if (JsonPath::isWithin(path, it.key()) && it.key().size() >= best.size()) {
            best = it.key();
            text = QString::fromStdString(it->get<std::string>());
        }
    }
    return text;
}

QWidget* ScenarioEditor::buildPeriodPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(hint(tr("Beregningen går fra startåret til sluttåret. Beløp er i faste priser for startåret.")));
    for (const char* p : {"years.start", "years.end", "discount_rate", "hours_per_fte"}) {
        NumberField* f = makeField(p);
        form->addRow(f->info().label, withUnit(f));
    }
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildDemographyPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* popBox = new QGroupBox(tr("Folketall per aldersgruppe (personer, 1. januar)"));
    auto* grid = new QGridLayout(popBox);
    grid->addWidget(new QLabel(tr("År")), 0, 0);
    for (int a = 0; a < kAgeBandCount; ++a)
        grid->addWidget(new QLabel(FieldCatalog::ageBandName(kAgeBandIds[a])), 0, a + 1);
    std::vector<std::string> years;
    if (const json* pop = document_->value("demography.population"); pop && pop->is_object())
        for (auto it = pop->begin(); it != pop->end(); ++it)
            years.push_back(it.key());
    int row = 1;
    for (const std::string& y : years) {
        grid->addWidget(new QLabel(qs(y)), row, 0);
        for (int a = 0; a < kAgeBandCount; ++a)
            grid->addWidget(makeField("demography.population." + y + "." + std::string(kAgeBandIds[a])), row, a + 1);
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setObjectName(QStringLiteral("removeYear:") + qs(y));
        remove->setToolTip(tr("Fjern året %1").arg(qs(y)));
        remove->setEnabled(years.size() > 1);
        connect(remove, &QToolButton::clicked, this, [this, y] {
            json pop = *document_->value("demography.population");
            pop.erase(y);
            edit("demography.population", pop, tr("Fjern folketall for %1").arg(qs(y)));
        });
        grid->addWidget(remove, row, kAgeBandCount + 1);
        ++row;
    }
    auto* add = new QPushButton(tr("Legg til år"));
    add->setObjectName(QStringLiteral("addPopulationYear"));
    connect(add, &QPushButton::clicked, this, [this, years] {
        json pop = *document_->value("demography.population");
        int next = years.empty() ? 2025 : std::stoi(years.back()) + 1;
        while (pop.contains(std::to_string(next)))
            ++next;
        pop[std::to_string(next)] = years.empty() ? json{{"0-19", 0}, {"20-66", 0}, {"67-79", 0}, {"80+", 0}} : pop[years.back()];
        edit("demography.population", pop, tr("Legg til folketall for %1").arg(next));
    });
    grid->addWidget(add, row, 0, 1, 2);
    v->addWidget(popBox);
    v->addWidget(hint(tr("År mellom to oppgitte år interpoleres lineært; før første og etter siste år brukes nærmeste oppgitte år.")));

    auto* rateBox = new QGroupBox(tr("Tjenesterate (andel som mottar tjenesten)"));
    auto* form = new QFormLayout(rateBox);
    for (auto band : kAgeBandIds) {
        NumberField* f = makeField("demography.service_rate." + std::string(band));
        form->addRow(FieldCatalog::ageBandName(band), withUnit(f));
    }
    v->addWidget(rateBox);
    auto* growthForm = new QFormLayout;
    NumberField* g = makeField("staff_growth_per_year");
    growthForm->addRow(g->info().label, withUnit(g));
    v->addLayout(growthForm);
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildStaffPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* staffBox = new QGroupBox(tr("Årsverk og årskostnad"));
    auto* grid = new QGridLayout(staffBox);
    grid->addWidget(new QLabel(tr("Yrkesgruppe")), 0, 0);
    grid->addWidget(new QLabel(tr("Årsverk")), 0, 1);
    grid->addWidget(new QLabel(tr("Kr per årsverk")), 0, 2);
    int row = 1;
    for (auto id : kRoleIds) {
        const std::string role(id);
        const bool present = document_->value("roles." + role) != nullptr;
        auto* check = new QCheckBox(FieldCatalog::roleNamePlural(id));
        check->setObjectName(QStringLiteral("rolePresent:") + qs(id));
        check->setChecked(present);
        check->setToolTip(tr("Ta med yrkesgruppen i scenarioet"));
        connect(check, &QCheckBox::toggled, this, [this, role](bool on) {
            json roles = document_->value("roles") ? *document_->value("roles") : json::object();
            if (on)
                roles[role] = defaultRole();
            else
                roles.erase(role);
            edit("roles", roles, on ? tr("Ta med %1").arg(FieldCatalog::roleNamePlural(role).toLower())
                                    : tr("Fjern %1").arg(FieldCatalog::roleNamePlural(role).toLower()));
        });
        grid->addWidget(check, row, 0);
        if (present) {
            grid->addWidget(makeField("roles." + role + ".fte"), row, 1);
            grid->addWidget(makeField("roles." + role + ".annual_cost_nok"), row, 2);
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    v->addWidget(staffBox);

    auto* matrixBox = new QGroupBox(tr("Tidsbruk: andel av arbeidstiden per oppgavekategori (%)"));
    auto* m = new QGridLayout(matrixBox);
    for (int c = 0; c < kCategoryCount; ++c) {
        auto* head = new QLabel(FieldCatalog::categoryShortName(kCategoryIds[c]));
        head->setToolTip(FieldCatalog::categoryName(kCategoryIds[c]));
        head->setAlignment(Qt::AlignCenter);
        m->addWidget(head, 0, c + 1);
    }
    auto* sumHead = new QLabel(tr("Sum"));
    sumHead->setAlignment(Qt::AlignCenter);
    m->addWidget(sumHead, 0, kCategoryCount + 1);
    row = 1;
    for (auto id : kRoleIds) {
        const std::string role(id);
        if (!document_->value("roles." + role))
            continue;
        auto* roleLabel = new QLabel(FieldCatalog::roleNamePlural(id));
        roleLabel->setWordWrap(true);
        m->addWidget(roleLabel, row, 0);
        for (int c = 0; c < kCategoryCount; ++c) {
            NumberField* f = makeField("roles." + role + ".task_shares." + std::string(kCategoryIds[c]));
            f->setMinimumWidth(f->fontMetrics().horizontalAdvance(QStringLiteral("000,0")));
            m->addWidget(f, row, c + 1);
        }
        auto* sum = new QLabel;
        sum->setObjectName(QStringLiteral("rowSum:") + qs(id));
        sum->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        sum->setMinimumWidth(sum->fontMetrics().horizontalAdvance(QStringLiteral("100,0 % ⚠ ")));
        rowSums_["roles." + role + ".task_shares"] = sum;
        m->addWidget(sum, row, kCategoryCount + 1);
        ++row;
    }
    v->addWidget(matrixBox);
    v->addWidget(hint(tr("Hver rad skal summere til 100 %. Sykepleieres kompetanseoppgaver er helsefaglige oppgaver; "
                         "helsefagarbeideres er helsefaglige oppgaver og kompetanseoppgaver.")));
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildMeasuresPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->addWidget(hint(tr("Hvert tiltak flytter en andel av tiden en yrkesgruppe bruker på en oppgavekategori til en mottaker.")));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Fra")), 0, 0);
    grid->addWidget(new QLabel(tr("Oppgavekategori")), 0, 1);
    grid->addWidget(new QLabel(tr("Til")), 0, 2);
    grid->addWidget(new QLabel(tr("Andel (%)")), 0, 3);
    QStringList roleIds, roleNames, catIds, catNames, recIds, recNames;
    for (auto id : kRoleIds) {
        roleIds << qs(id);
        roleNames << FieldCatalog::roleName(id);
    }
    for (auto id : kCategoryIds) {
        catIds << qs(id);
        catNames << FieldCatalog::categoryName(id);
    }
    for (auto id : kReceiverIds) {
        recIds << qs(id);
        recNames << FieldCatalog::receiverName(id);
    }
    const json* sharing = document_->value("sharing");
    const int n = sharing && sharing->is_array() ? static_cast<int>(sharing->size()) : 0;
    auto moveMeasure = [this](int from, int to) {
        json s = *document_->value("sharing");
        if (to < 0 || to >= static_cast<int>(s.size()))
            return;
        std::swap(s[static_cast<std::size_t>(from)], s[static_cast<std::size_t>(to)]);
        edit("sharing", s, to < from ? tr("Flytt tiltak %1 opp").arg(from + 1) : tr("Flytt tiltak %1 ned").arg(from + 1));
    };
    for (int i = 0; i < n; ++i) {
        const std::string base = "sharing[" + std::to_string(i) + "]";
        grid->addWidget(makeCombo(base + ".from", roleIds, roleNames), i + 1, 0);
        grid->addWidget(makeCombo(base + ".category", catIds, catNames), i + 1, 1);
        grid->addWidget(makeCombo(base + ".to", recIds, recNames), i + 1, 2);
        NumberField* share = makeField(base + ".share");
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("000,0")));
        share->setMaximumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("0000,000")));
        grid->addWidget(share, i + 1, 3);
        auto* up = new QToolButton;
        up->setText(QStringLiteral("↑"));
        up->setToolTip(tr("Flytt opp"));
        up->setObjectName(QStringLiteral("measureUp:%1").arg(i));
        up->setEnabled(i > 0);
        connect(up, &QToolButton::clicked, this, [moveMeasure, i] { moveMeasure(i, i - 1); });
        auto* down = new QToolButton;
        down->setText(QStringLiteral("↓"));
        down->setToolTip(tr("Flytt ned"));
        down->setObjectName(QStringLiteral("measureDown:%1").arg(i));
        down->setEnabled(i + 1 < n);
        connect(down, &QToolButton::clicked, this, [moveMeasure, i] { moveMeasure(i, i + 1); });
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Fjern tiltaket"));
        remove->setObjectName(QStringLiteral("measureRemove:%1").arg(i));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            json s = *document_->value("sharing");
            s.erase(s.begin() + i);
            edit("sharing", s, tr("Fjern tiltak %1").arg(i + 1));
        });
        grid->addWidget(up, i + 1, 4);
        grid->addWidget(down, i + 1, 5);
        grid->addWidget(remove, i + 1, 6);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    v->addLayout(grid);
    auto* add = new QPushButton(tr("Legg til tiltak"));
    add->setObjectName(QStringLiteral("addMeasure"));
    connect(add, &QPushButton::clicked, this, [this] {
        json s = document_->value("sharing") && document_->value("sharing")->is_array() ? *document_->value("sharing")
                                                                                      : json::array();
        s.push_back(json{{"from", "sykepleier"}, {"category", "kjoring"}, {"to", "oppgavemedarbeider"}, {"share", 0.0}});
        edit("sharing", s, tr("Legg til tiltak"));
    });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    v->addLayout(addRow);
    auto* rampBox = new QGroupBox(tr("Innføring"));
    auto* form = new QFormLayout(rampBox);
    for (const char* p : {"ramp.start_year", "ramp.years_to_full"}) {
        NumberField* f = makeField(p);
        form->addRow(f->info().label, withUnit(f));
    }
    v->addWidget(rampBox);
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildReceiversPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    const std::map<std::string, std::vector<std::string>> fieldsOf{
        {"oppgavemedarbeider", {"annual_cost_nok", "time_factor", "position_share", "turnover"}},
        {"frivillig", {"time_factor", "coordination_cost_per_hour_nok"}},
        {"teknologi", {"cost_per_shifted_hour_nok"}},
        {"helsefagarbeider", {"time_factor"}},
    };
    for (auto id : kReceiverIds) {
        const std::string rec(id);
        auto* box = new QGroupBox(FieldCatalog::receiverName(id));
        box->setObjectName(QStringLiteral("receiver:") + qs(id));
        box->setCheckable(true);
        const bool present = document_->value("receivers." + rec) != nullptr;
        box->setChecked(present);
        connect(box, &QGroupBox::toggled, this, [this, rec](bool on) {
            json r = document_->value("receivers") ? *document_->value("receivers") : json::object();
            if (on)
                r[rec] = defaultReceiver(rec);
            else
                r.erase(rec);
            edit("receivers", r, on ? tr("Ta med mottaker %1").arg(FieldCatalog::receiverName(rec).toLower())
                                    : tr("Fjern mottaker %1").arg(FieldCatalog::receiverName(rec).toLower()));
        });
        auto* form = new QFormLayout(box);
        if (present)
            for (const std::string& f : fieldsOf.at(rec)) {
                NumberField* field = makeField("receivers." + rec + "." + f);
                QString label = field->info().label;
                if (const int colon = label.indexOf(QLatin1String(": ")); colon >= 0)
                    label = label.mid(colon + 2);
                label[0] = label[0].toUpper();
                form->addRow(label, withUnit(field));
            }
        v->addWidget(box);
    }
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildRecruitmentPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto addForm = [&](const QString& title, const std::vector<std::string>& paths) {
        auto* box = new QGroupBox(title);
        auto* form = new QFormLayout(box);
        for (const std::string& p : paths) {
            NumberField* f = makeField(p);
            QString label = f->info().label;
            if (const int colon = label.indexOf(QLatin1String(": ")); colon >= 0)
                label = label.mid(colon + 2);
            label[0] = label[0].toUpper();
            form->addRow(label, withUnit(f));
        }
        v->addWidget(box);
        return form;
    };
    addForm(tr("Rekruttering"), {"recruitment.share_from_nav", "recruitment.training_cost_per_hire_nok"});
    QFormLayout* wage = addForm(tr("Lønnstilskudd fra NAV"), {"recruitment.wage_subsidy.eligible_share"});
    auto* trancheBox = new QWidget;
    auto* grid = new QGridLayout(trancheBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Trinn")), 0, 0);
    grid->addWidget(new QLabel(tr("Måneder")), 0, 1);
    grid->addWidget(new QLabel(tr("Sats (%)")), 0, 2);
    const json* schedule = document_->value("recruitment.wage_subsidy.schedule");
    const int n = schedule && schedule->is_array() ? static_cast<int>(schedule->size()) : 0;
    for (int i = 0; i < n; ++i) {
        const std::string base = "recruitment.wage_subsidy.schedule[" + std::to_string(i) + "]";
        grid->addWidget(new QLabel(QString::number(i + 1)), i + 1, 0);
        grid->addWidget(makeField(base + ".months"), i + 1, 1);
        grid->addWidget(makeField(base + ".rate"), i + 1, 2);
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Fjern trinnet"));
        remove->setObjectName(QStringLiteral("trancheRemove:%1").arg(i));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            json s = *document_->value("recruitment.wage_subsidy.schedule");
            s.erase(s.begin() + i);
            edit("recruitment.wage_subsidy.schedule", s, tr("Fjern lønnstilskuddstrinn %1").arg(i + 1));
        });
        grid->addWidget(remove, i + 1, 3);
    }
    auto* add = new QPushButton(tr("Legg til trinn"));
    add->setObjectName(QStringLiteral("addTranche"));
    connect(add, &QPushButton::clicked, this, [this] {
        const json* cur = document_->value("recruitment.wage_subsidy.schedule");
        json s = cur && cur->is_array() ? *cur : json::array();
        s.push_back(json{{"months", 6}, {"rate", 0.3}});
        edit("recruitment.wage_subsidy.schedule", s, tr("Legg til lønnstilskuddstrinn"));
    });
    grid->addWidget(add, n + 1, 0, 1, 3, Qt::AlignLeft);
    wage->addRow(tr("Trinn (etter hverandre fra ansettelsen)"), trancheBox);
    addForm(tr("Mentortilskudd fra NAV"),
            {"recruitment.mentor_subsidy.eligible_share", "recruitment.mentor_subsidy.hours_per_week",
             "recruitment.mentor_subsidy.hourly_rate_nok", "recruitment.mentor_subsidy.months"});
    addForm(tr("Sosialhjelp"),
            {"recruitment.social_assistance.share_of_hires_on_assistance",
             "recruitment.social_assistance.annual_assistance_per_person_nok",
             "recruitment.social_assistance.reduction_when_employed"});
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildHubPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* hubBox = new QGroupBox(tr("Hub (Jobbfabrikken / Mestringstorg)"));
    auto* form = new QFormLayout(hubBox);
    for (const char* p : {"hub.coordinator_fte", "hub.annual_cost_per_fte_nok", "hub.one_off_cost_nok", "hub.one_off_year"}) {
        NumberField* f = makeField(p);
        QString label = f->info().label.mid(5);
        label[0] = label[0].toUpper();
        form->addRow(label, withUnit(f));
    }
    v->addWidget(hubBox);
    auto* realBox = new QGroupBox(tr("Realisering"));
    auto* rf = new QFormLayout(realBox);
    NumberField* r = makeField("realisation.budget_share_of_freed_capacity");
    rf->addRow(r->info().label, withUnit(r));
    rf->addRow(hint(r->info().help));
    v->addWidget(realBox);
    v->addStretch(1);
    return scrollPage(page);
}

void ScenarioEditor::refresh()
{
    setEnabled(document_ != nullptr);
    if (!document_) {
        builtStructure_.clear();
        rebuild();
        return;
    }
    const std::string key = structureKey();
    if (key != builtStructure_) {
        builtStructure_ = key;
        rebuild();
    }
    if (const json* name = document_->value("name"); name && name->is_string()) {
        const QString n = QString::fromStdString(name->get<std::string>());
        if (nameEdit_->text() != n)
            nameEdit_->setText(n);
    }
    for (auto& [path, f] : fields_)
        f->showValue(document_->value(path));
    for (auto& [path, c] : combos_) {
        const json* v = document_->value(path);
        const int i = v && v->is_string() ? c->findData(QString::fromStdString(v->get<std::string>())) : -1;
        if (c->currentIndex() != i)
            c->setCurrentIndex(i);
    }
    for (auto& [path, label] : rowSums_) {
        double sum = 0;
        bool numeric = true;
        if (const json* shares = document_->value(path); shares && shares->is_object())
            for (auto it = shares->begin(); it != shares->end(); ++it) {
                if (it->is_number())
                    sum += it->get<double>();
                else
                    numeric = false;
            }
        const bool ok = numeric && std::abs(sum - 1.0) <= 0.001;
        label->setText(numeric ? (ok ? NorwegianFormat::percent(sum, 1) : NorwegianFormat::percent(sum, 1) + QStringLiteral(" ⚠"))
                               : NorwegianFormat::missing());
        label->setProperty("invalid", !ok);
        label->setStyleSheet(ok ? QStringLiteral("color: #2e7d32; font-weight: bold;")
                                : QStringLiteral("color: #c62828; font-weight: bold;"));
        label->setToolTip(ok ? tr("Raden summerer til 100 %") : tr("Raden skal summere til 100 %"));
    }
    showErrors();
}

void ScenarioEditor::showErrors()
{
    std::map<NumberField*, QStringList> fieldErrors;
    std::map<QComboBox*, QStringList> comboErrors;
    QStringList summary;
    for (const FieldError& e : document_->errors()) {
        const QString reason = ErrorText::reason(e);
        summary << ErrorText::message(e);
        bool placed = false;
        for (auto& [path, f] : fields_)
            if (JsonPath::isWithin(path, e.path)) {
                fieldErrors[f] << reason;
                placed = true;
            }
        for (auto& [path, c] : combos_)
            if (JsonPath::isWithin(path, e.path)) {
                comboErrors[c] << reason;
                placed = true;
            }
        (void)placed;
    }
    for (auto& [path, f] : fields_) {
        auto it = fieldErrors.find(f);
        f->setError(it == fieldErrors.end() ? QString() : it->second.join(QStringLiteral("; ")));
    }
    for (auto& [path, c] : combos_) {
        auto it = comboErrors.find(c);
        const bool bad = it != comboErrors.end();
        c->setProperty("invalid", bad);
        c->setStyleSheet(bad ? QStringLiteral("QComboBox { border: 2px solid #c62828; }") : QString());
        c->setToolTip(bad ? it->second.join(QStringLiteral("; ")) : QString());
    }
    if (summary.isEmpty()) {
        errorSummary_->hide();
        return;
    }
    QStringList shown;
    for (int i = 0; i < summary.size() && i < 5; ++i)
        shown << summary[i].toHtmlEscaped();
    if (summary.size() > 5)
        shown << tr("… og %n feil til", nullptr, static_cast<int>(summary.size() - 5));
    errorSummary_->setText(tr("<b>Scenarioet har feil – resultatene viser siste gyldige beregning.</b><br>%1")
                               .arg(shown.join(QStringLiteral("<br>"))));
    errorSummary_->show();
}

} // namespace gevinst::ui
