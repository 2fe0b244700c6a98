// Display names in exports (io::ExportLabels): vocabulary ids named from the label
// catalogue of the scenario's service area, inputs labelled from the input catalogue
// with their placeholders filled in.

#include "IoTestData.h"

#include "ExportLabels.h"
#include "InputCatalogue.h"
#include "ServiceAreaCatalogue.h"
#include "VocabularyLabels.h"

#include <QSet>

using namespace gevinst;

namespace {

/// The service areas' labels registered, as the program does at start.
const ServiceAreaCatalogue& areas()
{
    static const ServiceAreaCatalogue catalogue =
        ServiceAreaCatalogue::load(test::sourceDir() + "/resources/service-areas");
    return catalogue;
}

} // namespace

TEST_CASE("vocabulary ids are named from the service area's labels, else the standard's, else themselves", "[labels]")
{
    REQUIRE(areas().problems().empty());
    REQUIRE(areas().find("sykehjem") != nullptr);
    REQUIRE(areas().find("hjemmetjenester") != nullptr);
    VocabularyLabels::instance().setLanguage("nb");
    // resources/service-areas/hjemmetjenester.json names its own ids.
    CHECK(io::ExportLabels::vocabularyName("hjemmetjenester", "kjoring") == QStringLiteral("Kjøring og logistikk"));
    CHECK(io::ExportLabels::vocabularyName("hjemmetjenester", "80+") == QStringLiteral("80 år og over"));
    CHECK(io::ExportLabels::vocabularyName("sykehjem", "maaltid") == QStringLiteral("Måltider"));
    CHECK(io::ExportLabels::vocabularyName("sykehjem", "90+") == QStringLiteral("90 år og over"));
    // An id the area does not name falls back to the standard vocabulary's name
    // (resources/vocabularies/standard.json), not another area's.
    CHECK(io::ExportLabels::vocabularyName("sykehjem", "kjoring") == QStringLiteral("Kjøring og logistikk"));
    CHECK(io::ExportLabels::vocabularyName("", "kjoring") == QStringLiteral("Kjøring og logistikk"));
    CHECK(io::ExportLabels::vocabularyName("sykehjem", "service") == QStringLiteral("Praktisk bistand"));
    // An id nobody names (a role a user added) is shown as itself.
    CHECK(io::ExportLabels::vocabularyName("sykehjem", "ny_rolle") == QStringLiteral("ny_rolle"));
    CHECK(io::ExportLabels::utilisation("hjemmetjenester", "sykepleier") == QStringLiteral("Utnyttelsesgrad sykepleier"));
    CHECK(io::ExportLabels::utilisation("sykehjem", "vernepleier") == QStringLiteral("Utnyttelsesgrad vernepleier"));
}

TEST_CASE("every input of a scenario has a label with its placeholders filled in", "[labels]")
{
    REQUIRE(areas().problems().empty());
    VocabularyLabels::instance().setLanguage("nb");
    for (const char* file : {"nordre-follo-hjemmetjenester.json", "bodo-sykehjem.json"}) {
        INFO(file);
        const Scenario s = test::readShipped(file);
        QSet<QString> seen;
        int count = 0;
        forEachInput(s, [&](const BoundInput& input) {
            const QString label = io::ExportLabels::inputLabel(s, input.path);
            INFO(input.path << ": " << label.toStdString());
            CHECK_FALSE(label.isEmpty());
            CHECK(label != QString::fromStdString(input.path)); // found in the catalogue
            CHECK_FALSE(label.contains(u'{'));
            CHECK_FALSE(label.contains(u'}'));
            CHECK(label == io::ExportLabels::inputLabel(s, input));
            CHECK_FALSE(io::ExportLabels::inputHelp(*input.spec).isEmpty());
            // No two inputs read the same in a list of assumptions.
            CHECK_FALSE(seen.contains(label));
            seen.insert(label);
            ++count;
        });
        CHECK(count > 40);
        // A path that is no input is shown as the path.
        CHECK(io::ExportLabels::inputLabel(s, "roles.ukjent.fte") == QStringLiteral("roles.ukjent.fte"));
    }
    // The nursing home's own ids are named in its labels.
    const Scenario home = test::readShipped("bodo-sykehjem.json");
    CHECK(io::ExportLabels::inputLabel(home, "roles.vernepleier.fte").contains(QStringLiteral("vernepleier")));
    CHECK(io::ExportLabels::inputLabel(home, "receivers.vertskap.turnover")
              .contains(QStringLiteral("vertskapsmedarbeider (måltider)")));
}
