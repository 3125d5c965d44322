#!/usr/bin/env bash
# The one test command. Installs what is missing (Debian packages), starts a throwaway PostgreSQL cluster on
# loopback, runs every test project against SQLite and PostgreSQL plus the browser tests, and stops the cluster.
# Under this script a test that needs PostgreSQL, Chromium or the SMTP server fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")"

need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

pgroot=$(mktemp -d /tmp/samenspel-pg.XXXXXX)
chown postgres "$pgroot"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pgbin=/usr/lib/postgresql/15/bin
stop_pg() {
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgroot"
}
trap stop_pg EXIT
runuser -u postgres -- "$pgbin/initdb" -D "$pgroot/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/log" -w \
  -o "-p $port -k $pgroot -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null

export SAMENSPEL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
# The app's own role, as in production: the tests migrate as postgres (the owner), then run the app as samenspel_app,
# which may only SELECT and INSERT audit events (Data/DatabaseStartup.cs grants it).
runuser -u postgres -- "$pgbin/psql" -h "$pgroot" -p "$port" -U postgres -q -c "CREATE ROLE samenspel_app LOGIN PASSWORD 'samenspel_app'"
export SAMENSPEL_TEST_POSTGRES_APP="Host=127.0.0.1;Port=$port;Username=samenspel_app;Password=samenspel_app;Database=postgres"
export SAMENSPEL_TEST_STRICT=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null
dotnet build Samenspel.sln -c Release -warnaserror 2>&1 | tail -3
status=0
: > /tmp/samenspel-test.log
# The format of the code (.editorconfig) is checked like a test: whitespace and code style (the analyzers run in the
# -warnaserror build above). `dotnet format whitespace Samenspel.sln && dotnet format style Samenspel.sln` fixes it.
if ! dotnet format whitespace Samenspel.sln --verify-no-changes || ! dotnet format style Samenspel.sln --verify-no-changes; then
  echo "Failed! - dotnet format: the code is not formatted as .editorconfig says (see above). Failed: 1, Passed: 0" | tee -a /tmp/samenspel-test.log
  status=1
fi
# One project at a time: on a two-core machine the browser tests time out when they share it with the others.
for project in tests/*/*.Tests.csproj; do
  dotnet test "$project" -c Release --no-build --logger "console;verbosity=minimal" 2>&1 | tee -a /tmp/samenspel-test.log || status=1
done

# One closing line over all test projects, in the form CI reads.
awk '/^(Passed|Failed)!/ { for (i=1;i<=NF;i++) { if ($i=="Failed:") f+=$(i+1); if ($i=="Passed:") p+=$(i+1); if ($i=="Skipped:") s+=$(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' /tmp/samenspel-test.log
exit $status
