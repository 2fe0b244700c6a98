// A process killed with SIGKILL in the middle of plan writes (approvals, benefits with
// targets, imports of actuals) leaves the library consistent: it opens, passes the
// integrity check, has exactly one current plan, every benefit has all its targets in
// it, and every import is there whole or not at all.

#include "PlanLibrary.h"
#include "ScenarioLibrary.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <map>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace gevinst::store;
using gevinst::test::openSeeded;
using gevinst::test::shippedScenario;

namespace {

constexpr int kTargetYears = 3;
constexpr int kRowsPerImport = 6;

/// In the forked child: add custom benefits, import actuals for them and re-approve now
/// and then, forever, reporting each finished step on `fd`.
[[noreturn]] void writeForever(const QString& path, qint64 id, int fd)
{
    auto lib = ScenarioLibrary::open(path);
    if (!lib)
        _exit(3);
    PlanLibrary plans(**lib);
    for (int n = 1;; ++n) {
        const int start = int(plans.benefits(id)->size()) + 1;
        gevinst::plan::BenefitInput in;
        in.figure = QStringLiteral("custom:k%1").arg(start);
        in.name = QStringLiteral("Indikator %1").arg(start);
        in.ownerName = QStringLiteral("Kari");
        for (int y = 0; y < kTargetYears; ++y)
            in.customTargets[2026 + y] = start + y;
        auto added = plans.addBenefit(id, in);
        if (!added)
            _exit(4);
        std::vector<gevinst::plan::ActualInput> rows;
        for (int r = 0; r < kRowsPerImport; ++r) {
            gevinst::plan::ActualInput a;
            a.benefitKey = added->key;
            a.period = gevinst::plan::Period{2026 + r / 4, r % 4};
            a.value = r;
            a.line = r + 2;
            rows.push_back(a);
        }
        if (!plans.recordActuals(id, rows))
            _exit(5);
        if (n % 3 == 0 && !plans.approve(id, 1, QStringLiteral("igjen %1").arg(n)))
            _exit(6);
        if (::write(fd, &n, sizeof n) != sizeof n)
            _exit(7);
    }
}

} // namespace

TEST_CASE("SIGKILL during plan writes leaves a consistent plan", "[crash][plan]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("plan-crash.sqlite");
    qint64 id = 0;
    {
        auto lib = openSeeded(path);
        auto created = lib->create(shippedScenario("roros-hjemmetjenester.json"));
        REQUIRE_OK(created);
        id = created->scenarioId;
        PlanLibrary plans(*lib);
        REQUIRE_OK(plans.approve(id, 1, QStringLiteral("første")));
    } // closed before forking: no SQLite connection may cross a fork

    for (int round = 0; round < 5; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            writeForever(path, id, fds[1]);
        }
        ::close(fds[1]);
        int got = 0;
        for (int i = 0; i < 2 + round; ++i)
            if (::read(fds[0], &got, sizeof got) != sizeof got)
                break;
        std::this_thread::sleep_for(std::chrono::microseconds(900 * round));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        while (::read(fds[0], &got, sizeof got) == sizeof got) {
        }
        ::close(fds[0]);
        INFO("round " << round);
        REQUIRE(WIFSIGNALED(status));

        auto opened = ScenarioLibrary::open(path); // runs PRAGMA integrity_check
        INFO((opened ? QString() : opened.error().text()).toStdString());
        REQUIRE(opened.ok());
        PlanLibrary plans(**opened);
        auto history = plans.planHistory(id);
        REQUIRE_OK(history);
        int current = 0;
        for (const auto& p : *history)
            current += p.isCurrent() ? 1 : 0;
        CHECK(current == 1);
        auto benefits = plans.benefits(id);
        REQUIRE_OK(benefits);
        CHECK_FALSE(benefits->empty());
        for (const auto& b : *benefits)
            CHECK(int(b.targets.size()) == kTargetYears);
        auto actuals = plans.actuals(id);
        REQUIRE_OK(actuals);
        std::map<QString, int> perBenefit;
        for (const auto& a : *actuals)
            ++perBenefit[a.benefitKey];
        for (const auto& [key, count] : perBenefit)
            CHECK(count == kRowsPerImport);
    }
}
