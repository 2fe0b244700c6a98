#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests of the shared library (issue 14).
#   scripts/pg-test-server.sh start DIR   initdb in DIR, start the server, print the
#                                         environment the tests read:
#       eval "$(scripts/pg-test-server.sh start DIR)"
#       → GEVINST_TEST_PG_URI=postgresql://gevinst_admin@127.0.0.1:PORT/postgres, PGPASSWORD=…
#   scripts/pg-test-server.sh stop DIR    stop the server (fast) and remove DIR
#
# The server comes from Debian's `postgresql` package (the newest version in
# /usr/lib/postgresql/*/bin), runs as an unprivileged user (as root: the `postgres`
# user, else a system user made for it), listens only on 127.0.0.1 on a free port with
# password authentication (scram-sha-256) for the superuser `gevinst_admin`, keeps its
# socket inside DIR and runs with fsync off (the data is thrown away). Only the export
# lines go to stdout; when the server cannot be started the reason goes to stderr and the
# exit code is 1 (callers then run the tests without it: the server tests skip).
set -euo pipefail

admin=gevinst_admin
marker=.gevinst-pg-test-server

fail() { echo "pg-test-server: $*" >&2; exit 1; }
say() { echo "pg-test-server: $*" >&2; }

usage() { echo "usage: scripts/pg-test-server.sh start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2
case $action in start|stop) ;; *) usage ;; esac
case $dir in /*) ;; *) dir=$PWD/$dir ;; esac

# The user the server runs as, and how to run a command as that user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}
pick_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    owner=$(id -un)
    return
  fi
  if id -u postgres >/dev/null 2>&1; then
    owner=postgres
  else
    owner=gevinst-pgtest
    id -u "$owner" >/dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin "$owner" >/dev/null 2>&1 ||
      fail "running as root, there is no user «postgres», and a user «$owner» to run the server as could not be made (useradd failed)"
  fi
  command -v runuser >/dev/null || fail "running as root and runuser (util-linux) is missing: cannot run the server as an unprivileged user"
}

if [ "$action" = stop ]; then
  [ -d "$dir" ] || exit 0
  [ -f "$dir/$marker" ] || fail "$dir was not made by this script (no $marker in it): not removing it"
  bin=$(cat "$dir/bindir" 2>/dev/null || true)
  owner=$(cat "$dir/owner" 2>/dev/null || id -un)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      say "the server in $dir/data did not stop cleanly (see $dir/server.log); removing its folder anyway"
  fi
  rm -rf "$dir"
  exit 0
fi

# --- start -----------------------------------------------------------------------

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bin" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] ||
  fail "no PostgreSQL server found in /usr/lib/postgresql/*/bin (install Debian's «postgresql» package)"
for tool in pg_isready psql; do
  [ -x "$bin/$tool" ] || command -v "$tool" >/dev/null || fail "$tool is missing (Debian's «postgresql-client» package)"
done
tool() { if [ -x "$bin/$1" ]; then echo "$bin/$1"; else command -v "$1"; fi; }

if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
  fail "$dir exists and is not empty: give a new folder (it is removed again by «stop»)"
fi
pick_owner
mkdir -p "$dir"
touch "$dir/$marker"
echo "$bin" >"$dir/bindir"
echo "$owner" >"$dir/owner"
mkdir -p "$dir/data" "$dir/socket"
if [ "$(id -u)" -eq 0 ]; then
  chown "$owner" "$dir" "$dir/data" "$dir/socket"
  as_owner test -w "$dir/data" ||
    fail "user «$owner» cannot reach $dir (a parent folder is closed to it): give a folder under /tmp"
fi
chmod 700 "$dir/data" "$dir/socket"

password=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
[ ${#password} -ge 20 ] || fail "could not generate a password from /dev/urandom"
pwfile="$dir/socket/pwfile"
(umask 077 && printf '%s\n' "$password" >"$pwfile")
[ "$(id -u)" -ne 0 ] || chown "$owner" "$pwfile"

if ! as_owner "$bin/initdb" -D "$dir/data" -U "$admin" --pwfile="$pwfile" -E UTF8 --locale=C \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1; then
  rm -f "$pwfile"
  cat "$dir/initdb.log" >&2
  fail "initdb failed in $dir/data (output above)"
fi
rm -f "$pwfile"

# Only the loopback address over TCP, and the socket inside DIR; nothing else may connect.
cat >"$dir/data/pg_hba.conf" <<'EOF'
# gevinst test server: password (scram-sha-256) over 127.0.0.1 and the private socket only
local all all              scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
EOF

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

started=""
for attempt in 1 2 3 4 5 6 7 8; do
  port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
  port_in_use "$port" && continue
  socket_dir=$dir/socket
  # A Unix socket's path has room for about 100 bytes; a longer DIR gets no socket (TCP only).
  [ $(( ${#socket_dir} + 20 )) -lt 100 ] || socket_dir=""
  cat >"$dir/data/postgresql.auto.conf" <<EOF
# written by scripts/pg-test-server.sh (a throwaway test server)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket_dir'
password_encryption = 'scram-sha-256'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
log_min_messages = warning
EOF
  if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null 2>&1; then
    started=yes
    break
  fi
  # Another program may have taken the port between the check and the start: try another.
  grep -q -i 'could not bind\|address already in use' "$dir/server.log" 2>/dev/null || break
done
if [ -z "$started" ]; then
  tail -n 20 "$dir/server.log" >&2 2>/dev/null || true
  fail "the server in $dir/data did not start (log above, $dir/server.log)"
fi
echo "$port" >"$dir/port"

if ! "$(tool pg_isready)" -q -h 127.0.0.1 -p "$port" -t 30; then
  fail "the server started but does not accept connections on 127.0.0.1:$port (see $dir/server.log)"
fi
if ! PGPASSWORD=$password PGCONNECT_TIMEOUT=10 "$(tool psql)" -X -q -h 127.0.0.1 -p "$port" -U "$admin" -d postgres \
      -c 'SELECT 1' >/dev/null 2>"$dir/login.log"; then
  cat "$dir/login.log" >&2
  fail "the server runs on 127.0.0.1:$port but «$admin» cannot log in with its password (above)"
fi

say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir/data, as «$owner»"
echo "export GEVINST_TEST_PG_URI=postgresql://$admin@127.0.0.1:$port/postgres"
echo "export PGPASSWORD=$password"
