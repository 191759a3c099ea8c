#!/usr/bin/env bash
# Benchmark of the annual report (issue 12): 50,000 cases on PostgreSQL (five financial years of 10,000, made by
# the demo-data switch), then the report's CSV for one year, timed over HTTP as an admin: once cold, then
# BENCH_REPEAT times warm. Prints the figures, the time of each of the report's queries (DEBUG log of
# report.ReportSql), and EXPLAIN ANALYZE of the slowest. Figures only: nothing is asserted.
#
#   bench/report.sh                        # build the jar, then everything
#   BENCH_SKIP_BUILD=1 bench/report.sh     # use the jar already in target/
#   BENCH_PER_YEAR=2000 bench/report.sh    # fewer cases
#   JAVA_OPTS="..." bench/report.sh        # JVM options (default -Xmx512m, for the demo data)
set -euo pipefail
export PGOPTIONS=--client-min-messages=warning
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=${BENCH_JAR:-$ROOT/target/complaints-portal-0.1.0.jar}
PORT=${BENCH_PORT:-18090}
MGMT_PORT=${BENCH_MANAGEMENT_PORT:-18091}
PG_SCHEMA=${BENCH_PG_SCHEMA:-report_bench}
PER_YEAR=${BENCH_PER_YEAR:-10000}
REPEAT=${BENCH_REPEAT:-5}
ADMIN=bench-admin@northfield.example
PASSWORD="bench report password 2026"
WORK=$(mktemp -d /tmp/report-bench.XXXXXX)
SERVER_PID=""
if [ "$PG_SCHEMA" = portal_test ]; then echo "not the tests' schema" >&2; exit 2; fi
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  mvn -B -ntp -q package -DskipTests
fi
echo "bench: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists $PG_SCHEMA cascade" >/dev/null
t0=$(date +%s%N)
(cd "$WORK" && exec env PORT=$PORT PORTAL_MANAGEMENT_PORT=$MGMT_PORT PORTAL_MAIL_ENABLED=false \
    PORTAL_CSRF_SECRET="${PORTAL_CSRF_SECRET:-bench-csrf-signing-key-$$-$RANDOM$RANDOM}" \
    PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA" PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD= \
    FLYWAY_DATASOURCES_DEFAULT_SCHEMAS=$PG_SCHEMA FLYWAY_DATASOURCES_DEFAULT_CREATE_SCHEMAS=true \
    PORTAL_DEMO_DATA_YEARS=5 PORTAL_DEMO_DATA_PER_YEAR=$PER_YEAR PORTAL_ADMIN_EMAIL=$ADMIN PORTAL_ADMIN_PASSWORD="$PASSWORD" \
    java ${JAVA_OPTS:--Xmx512m} -Dlogger.levels.uk.council.complaints.report.ReportSql=DEBUG -jar "$JAR" >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
for _ in $(seq 1 1200); do
  curl -fsS "http://127.0.0.1:$PORT/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died:"; tail -30 "$WORK/server.log"; exit 1; }
  sleep 0.25
done
printf "RESULT %-40s %.1f s\n" "start with demo data" "$(echo "($(date +%s%N)-$t0)/1000000000" | bc -l)"
grep -o 'Demo data [^.]*\.[^.]*' "$WORK/server.log" | head -1 | sed 's/^/RESULT /'
echo "RESULT cases: $(psql -h 127.0.0.1 -U postgres -d test -Atc "select count(*) from $PG_SCHEMA.complaint_case")," \
  "issues: $(psql -h 127.0.0.1 -U postgres -d test -Atc "select count(*) from $PG_SCHEMA.case_issue")"
psql -h 127.0.0.1 -U postgres -d test -qc "analyze" >/dev/null

# Sign in as the admin (the sign-in form's CSRF field and token, then the session cookie).
JAR_COOKIES=$WORK/cookies
form=$(curl -fsS -c "$JAR_COOKIES" "http://127.0.0.1:$PORT/staff/sign-in")
field=$(echo "$form" | grep -o 'type="hidden" name="[^"]*" value="[^"]*"' | head -1)
name=$(echo "$field" | sed 's/.*name="\([^"]*\)".*/\1/')
token=$(echo "$field" | sed 's/.*value="\([^"]*\)".*/\1/')
curl -fsS -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "$name=$token" --data-urlencode "email=$ADMIN" \
  --data-urlencode "password=$PASSWORD" "http://127.0.0.1:$PORT/staff/sign-in"

# The demo's last financial year is the one before the current one (later stages spill into the current one).
year=$(date -u +%Y); [ "$(date -u +%-m)" -lt 4 ] && year=$((year - 1))
from="$((year - 1))-04-01"; to="$year-03-31"
url="http://127.0.0.1:$PORT/staff/reports/annual.csv?from=$from&to=$to"
: > "$WORK/times"
for i in $(seq 0 "$REPEAT"); do
  mark=$(wc -l < "$WORK/server.log")
  t=$(curl -fsS -b "$JAR_COOKIES" -o "$WORK/report.csv" -w '%{time_total}' "$url")
  label=$([ "$i" = 0 ] && echo "cold" || echo "warm $i")
  printf "RESULT %-40s %.3f s (load average %s)\n" "report CSV $from to $to ($label)" "$t" "$(cut -d' ' -f1 /proc/loadavg)"
  [ "$i" = 0 ] || echo "$t" >> "$WORK/times"
  tail -n +"$((mark + 1))" "$WORK/server.log" | grep 'report query' > "$WORK/queries.$i" || true
done
echo "RESULT warm median $(sort -n "$WORK/times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s," \
  "$(( $(wc -l < "$WORK/report.csv") - 1 )) figures"
# The same year as the web page, the tagged PDF and the spreadsheet (each computes the same figures, then renders).
for what in "page:/staff/reports?from=$from&to=$to" "PDF:/staff/reports/annual.pdf?from=$from&to=$to" \
            "spreadsheet:/staff/reports/annual.xlsx?from=$from&to=$to"; do
  : > "$WORK/times.other"
  for i in $(seq 0 "$REPEAT"); do
    t=$(curl -fsS -b "$JAR_COOKIES" -o "$WORK/report.out" -w '%{time_total}' "http://127.0.0.1:$PORT${what#*:}")
    [ "$i" = 0 ] && cold=$t || echo "$t" >> "$WORK/times.other"
  done
  printf "RESULT %-40s cold %.3f s, warm median %.3f s, %s bytes (load average %s)\n" "report ${what%%:*}" "$cold" \
    "$(sort -n "$WORK/times.other" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$(wc -c < "$WORK/report.out")" \
    "$(cut -d' ' -f1 /proc/loadavg)"
done
echo "--- per query (last warm run), slowest first:"
sed 's/.*report query \([0-9]*\) ms args \(\[[^]]*\]\) sql \(.\{0,110\}\).*/\1 ms  \3 .../' "$WORK/queries.$REPEAT" | sort -rn | head -8 || true
echo "--- some of the figures (tables A, B, M, R):"
grep -E '^(A|B|R|M),' "$WORK/report.csv" | head -40 || true
slowest=$(sed 's/.*report query \([0-9]*\) ms /\1 /' "$WORK/queries.$REPEAT" | sort -t' ' -k1 -rn | head -1 || true)
echo "--- EXPLAIN ANALYZE of the slowest query ($(echo "$slowest" | cut -d' ' -f1) ms):"
python3 - "$slowest" > "$WORK/slowest.sql" <<'PY'
import re, sys
line = sys.argv[1]
m = re.match(r"\d+ args \[(.*?)\] sql (.*)", line)
args = [a.strip() for a in m.group(1).split(",")] if m.group(1) else []
sql = m.group(2)
for a in args:
    sql = sql.replace("?", a if a.isdigit() else "'" + a + "'", 1)
print("explain (analyze, buffers) " + sql + ";")
PY
psql -h 127.0.0.1 -U postgres -d test -c "set search_path to $PG_SCHEMA" -f "$WORK/slowest.sql" | grep -v '^ *$' | cut -c1-160 | head -40 || true
echo "(work files in $WORK)"
