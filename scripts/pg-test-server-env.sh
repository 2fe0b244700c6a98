# Sourced by scripts/setup.sh test and .ci/run before ctest: starts a throwaway PostgreSQL
# server (scripts/pg-test-server.sh) in a temporary folder, exports GEVINST_TEST_PG_URI and
# PGPASSWORD for the tests, and stops it when the calling shell exits (trap EXIT; a trap
# the caller set before is kept and run too). When GEVINST_TEST_PG_URI is set already
# (your own server) nothing is started. When no server can be started, the reason is
# printed and the tests run without one: the server tests then show as «Skipped».
if [ -n "${GEVINST_TEST_PG_URI:-}" ]; then
  echo "== PostgreSQL for the tests: $GEVINST_TEST_PG_URI (given)"
else
  gevinst_pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/gevinst-pg.XXXXXX")
  chmod 755 "$gevinst_pg_dir"
  if gevinst_pg_env=$(bash scripts/pg-test-server.sh start "$gevinst_pg_dir"); then
    eval "$gevinst_pg_env"
    unset gevinst_pg_env
    gevinst_pg_stop="bash '$PWD/scripts/pg-test-server.sh' stop '$gevinst_pg_dir'"
    gevinst_pg_previous_trap=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
    # shellcheck disable=SC2064
    trap "$gevinst_pg_stop; ${gevinst_pg_previous_trap:-:}" EXIT
    echo "== PostgreSQL for the tests: $GEVINST_TEST_PG_URI (throwaway, in $gevinst_pg_dir)"
  else
    rm -rf "$gevinst_pg_dir"
    echo "== No PostgreSQL server for the tests (reason above): the server tests are skipped"
  fi
fi
