// The Catch2 main shared by every test executable. A run where every test passed but
// some skipped (no PostgreSQL test server, PgTestServer.h) exits 77, which the suites
// declare as CTest's SKIP_RETURN_CODE: CTest then lists those tests as «Skipped».
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

namespace gevinst::test {

int& skippedTestCount()
{
    static int count = 0;
    return count;
}

} // namespace gevinst::test

int main(int argc, char* argv[])
{
    const int failed = Catch::Session().run(argc, argv);
    return failed == 0 && gevinst::test::skippedTestCount() > 0 ? 77 : failed;
}
