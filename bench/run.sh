#!/usr/bin/env bash
# Load benchmark of the portal (issue 13). Builds the jar, starts it as the README says
# (java -jar, embedded H2 in its own data directory, then on PostgreSQL), builds drafts with real
# requests, runs each case with wrk and prints one line per case, the start time and the resident memory.
# Every request goes to 127.0.0.1; every loop and run is bounded. Figures only: nothing is asserted.
#
#   bench/run.sh                      # everything
#   BENCH_SKIP_BUILD=1 bench/run.sh   # use the jar already in target/
#   BENCH_PG=0 bench/run.sh           # H2 cases only (BENCH_H2=0: PostgreSQL only)
#   JAVA_OPTS="-Xmx128m ..." bench/run.sh   # JVM options (default: the ones in the Dockerfile)
#   BENCH_JFR=1 bench/run.sh          # also record a flight recording (kept with BENCH_KEEP=1)
#   BENCH_ONLY="GET question" bench/run.sh   # only the cases whose name matches
#   BENCH_JIT_WARMUP=0s bench/run.sh  # no unmeasured JIT warm-up before each case (default 10s for each)
#   BENCH_ASPROF=/path/libasyncProfiler.so bench/run.sh   # CPU profile of each measured run (async-profiler,
#                                     # attached with jcmd; flame graph and collapsed stacks kept in the work directory)
#   BENCH_PGSS=1 bench/run.sh         # PostgreSQL's statements of each measured run (needs pg_stat_statements loaded)
#   BENCH_PG_REUSE=1 bench/run.sh     # PostgreSQL: the last run's schema and its cases again (its drafts and unsent emails deleted)
#   BENCH_PG_YEARS=0 bench/run.sh     # the submit on an empty database (default: a year of 10,000 demo cases
#                                     # first, as a council's database holds, so PostgreSQL plans with real statistics)
set -euo pipefail
export PGOPTIONS=--client-min-messages=warning
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=${BENCH_JAR:-$ROOT/target/complaints-portal-0.1.0.jar}
PORT=${BENCH_PORT:-18080}
MGMT_PORT=${BENCH_MANAGEMENT_PORT:-18081}
WARMUP=${BENCH_WARMUP:-5s}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=2
SUBMIT_DRAFTS=${BENCH_SUBMIT_DRAFTS:-30000}
REAL_DRAFTS=${BENCH_REAL_DRAFTS:-200}
PG_SCHEMA=${BENCH_PG_SCHEMA:-portal_bench}
CLOSED_SMTP_PORT=${BENCH_SMTP_PORT:-18025}
# The production settings (bin/jvm.options, as bin/run and the Dockerfile), with the class-data archive made next to the jar (bin/cds-archive).
ARCHIVE=${JAR%.jar}.jsa
DEFAULT_JAVA_OPTS="$(grep -v '^[[:space:]]*#' bin/jvm.options | xargs) -XX:SharedArchiveFile=$ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off"
JAVA_OPTS=${JAVA_OPTS-$DEFAULT_JAVA_OPTS}
# The image's C library setting too (ADR 0018).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-$(sed -n 's/^ENV MALLOC_ARENA_MAX=\(.*\)$/\1/p' Dockerfile)}
WORK=$(mktemp -d /tmp/portal-bench.XXXXXX)
SERVER_PID=""

if [ "$PG_SCHEMA" = portal_test ]; then echo "not the tests' schema" >&2; exit 2; fi

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap 'stop_server' EXIT

if ! command -v wrk >/dev/null; then
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  mvn -B -ntp -q package -DskipTests
fi
if [[ "$JAVA_OPTS" == *SharedArchiveFile=* ]]; then
  archive=$(echo "$JAVA_OPTS" | sed -n 's/.*-XX:SharedArchiveFile=\([^ ]*\).*/\1/p')
  if [ ! -s "$archive" ] || [ "$archive" -ot "$JAR" ]; then
    CDS_JAVA_OPTS=$(echo "$JAVA_OPTS" | sed 's/-XX:SharedArchiveFile=[^ ]*//') bin/cds-archive "$JAR" "$archive" >/dev/null
  fi
fi
# Nothing may be listening on the closed SMTP port: emails then fail to send, as in an outage.
if (exec 3<>/dev/tcp/127.0.0.1/$CLOSED_SMTP_PORT) 2>/dev/null; then echo "port $CLOSED_SMTP_PORT is open" >&2; exit 2; fi

echo "bench: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS=$JAVA_OPTS"
# The machine's speed, for reading the figures: a fixed CPU loop, timed. This project's machine is a VM whose speed
# varied by half from hour to hour (docs/benchmarks.md); compare runs only with similar times here.
speed() {
  local cpu; cpu=$( { TIMEFORMAT=%U; time awk 'BEGIN {for (i = 0; i < 20000000; i++) s += i}'; } 2>&1 )
  echo "bench: machine speed: a fixed 20-million-step awk loop took $cpu s of CPU ($1)"
}
speed "before"
trap 'stop_server; speed "after"' EXIT

# start_server NAME [extra env...]: starts the jar in its own directory, prints the time to /health UP.
start_server() {
  local name=$1; shift
  local dir=$WORK/$name
  mkdir -p "$dir"
  local jfr=()
  if [ "${BENCH_JFR:-0}" = 1 ]; then jfr=("-XX:StartFlightRecording=filename=$WORK/$name.jfr,settings=profile,dumponexit=true"); fi
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec env PORT=$PORT PORTAL_MANAGEMENT_PORT=$MGMT_PORT PORTAL_RATE_LIMIT_CAPACITY=100000000 PORTAL_RATE_LIMIT_PER_ADDRESS_CAPACITY=100000000 \
      PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT=$CLOSED_SMTP_PORT PORTAL_INSTANCE_NAME=bench "$@" \
      PORTAL_CSRF_SECRET="${PORTAL_CSRF_SECRET:-bench-csrf-signing-key-$$-$RANDOM$RANDOM}" \
      java $JAVA_OPTS "${jfr[@]}" -jar "$JAR" >"$WORK/$name.log" 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 1 $(( ${BENCH_START_TIMEOUT:-600} * 20 ))); do
    if curl -fsS "http://127.0.0.1:$PORT/health" 2>/dev/null | grep -q '"UP"'; then
      local t1; t1=$(date +%s%N)
      printf "RESULT %-34s %.2f s (load average %s)\n" "start to /health UP ($name)" "$(echo "($t1-$t0)/1000000000" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
      # Issue 26's measure: from the java command to the first page a visitor would get (its first render is cold).
      curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" || { echo "the start page did not answer 200"; exit 1; }
      local t2; t2=$(date +%s%N)
      printf "RESULT %-34s %.2f s (the first / alone %.2f s)\n" "start to the first page / ($name)" \
        "$(echo "($t2-$t0)/1000000000" | bc -l)" "$(echo "($t2-$t1)/1000000000" | bc -l)"
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server $name died:"; tail -30 "$WORK/$name.log"; exit 1; }
    sleep 0.05
  done
  echo "server $name did not answer UP within ${BENCH_START_TIMEOUT:-600} s"; tail -30 "$WORK/$name.log"; exit 1
}

# run_case NAME MODE PATH [BODY] [DRAFTS] [OFFSET_MEASURED]: warm-up, then the measured run.
run_case() {
  local name=$1 mode=$2 path=$3 body=${4:-} drafts=${5:-} measured_offset=${6:-0}
  if [ -n "${BENCH_ONLY:-}" ] && ! [[ "$name" =~ $BENCH_ONLY ]]; then return 0; fi
  BENCH_NAME="$name (warm-up)" BENCH_MODE=$mode BENCH_PATH=$path BENCH_BODY=$body BENCH_DRAFTS=$drafts \
    BENCH_OFFSET=0 BENCH_THREADS=$THREADS \
    wrk -t$THREADS -c$CONNECTIONS -d$WARMUP --timeout 5s -s bench/rotate.lua "http://127.0.0.1:$PORT" >"$WORK/warmup.out"
  local profile=$WORK/profile-${name//[^A-Za-z0-9]/_}
  if [ -n "${BENCH_ASPROF:-}" ]; then jcmd "$SERVER_PID" JVMTI.agent_load "$BENCH_ASPROF" "\"start,event=cpu,interval=1ms\"" >/dev/null; fi
  if [ "${BENCH_PGSS:-0}" = 1 ]; then psql -h 127.0.0.1 -U postgres -d test -qAtc "select pg_stat_statements_reset()" >/dev/null; fi
  local before t0; before=$(cpu_ticks); t0=$(date +%s%N)
  BENCH_NAME="$name" BENCH_MODE=$mode BENCH_PATH=$path BENCH_BODY=$body BENCH_DRAFTS=$drafts \
    BENCH_OFFSET=$measured_offset BENCH_THREADS=$THREADS BENCH_UNIQUE=${BENCH_UNIQUE:-0} \
    wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 5s -s bench/rotate.lua "http://127.0.0.1:$PORT" >"$WORK/case.out"
  local after seconds; after=$(cpu_ticks); seconds=$(echo "($(date +%s%N)-$t0)/1000000000" | bc -l)
  if [ -n "${BENCH_ASPROF:-}" ]; then
    jcmd "$SERVER_PID" JVMTI.agent_load "$BENCH_ASPROF" "\"stop,file=$profile.collapsed\"" >/dev/null
    echo "  profile: $profile.collapsed"
  fi
  if [ "${BENCH_PGSS:-0}" = 1 ]; then
    psql -h 127.0.0.1 -U postgres -d test -qAF ' | ' -c "select calls, round(total_exec_time::numeric, 0) as ms,
      round((100 * total_exec_time / sum(total_exec_time) over ())::numeric, 1) as pct, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
      from pg_stat_statements where dbid = (select oid from pg_database where datname = 'test') order by total_exec_time desc limit 25" | sed 's/^/  pgss /'
  fi
  grep '^RESULT' "$WORK/case.out" | sed "s/\$/  (load average $(cut -d' ' -f1 /proc/loadavg))/"
  # Where the machine's CPU went during the measured run, in cores (2 is all of it): the portal, PostgreSQL, and the
  # rest (wrk, mostly).
  echo "$before $after" | awk -v s="$seconds" '{printf "  cpu during the measured run, in cores: portal %.2f, postgresql %.2f, everything else %.2f\n", ($4-$1)/100/s, ($5-$2)/100/s, (($6-$3)-($4-$1)-($5-$2))/100/s}'
  # The portal's CPU time per request (process user + system time over the requests answered): what a request costs,
  # which moves far less than req/s and p99 when other work shares the machine.
  local served; served=$(sed -n 's/^REQUESTS \([0-9]*\)$/\1/p' "$WORK/case.out")
  echo "$before $after ${served:-0}" | awk '$7 > 0 {printf "  portal cpu per request: %.3f ms (%d requests)\n", ($4-$1)*10/$7, $7}'
}

# CPU ticks (1/100 s) used so far by the portal, by every PostgreSQL process, and by the whole machine (not idle).
cpu_ticks() {
  local portal=0
  if [ -n "$SERVER_PID" ]; then portal=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"); fi
  local pg=0 f comm t
  for f in /proc/[0-9]*/stat; do
    read -r comm t < <(awk '{c=$2; for (i=3; i<=NF && c !~ /\)$/; i++) c=c " " $i; print c, $(i+11) + $(i+12)}' "$f" 2>/dev/null) || continue
    if [ "$comm" = "(postgres)" ]; then pg=$((pg + t)); fi
  done
  echo "$portal $pg $(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat)"
}

rss() {
  # BENCH_INSPECT=1 (with JAVA_OPTS="... -XX:NativeMemoryTracking=summary"): where the resident memory is.
  if [ "${BENCH_INSPECT:-0}" = 1 ]; then
    jcmd "$SERVER_PID" VM.native_memory summary | grep -E "committed|^-" | sed 's/^/  nmt /' || true
    awk '/^[0-9a-f]+-[0-9a-f]+ / {name = NF >= 6 ? $6 : "[anonymous]"} /^Rss:/ {rss[name] += $2}
      END {for (n in rss) if (rss[n] >= 1024) printf "  rss %6d MB %s\n", rss[n] / 1024, n}' "/proc/$SERVER_PID/smaps" | sort -k2 -n -r
  fi
  printf "RESULT %-34s %d MB (VmRSS of pid %s; VmHWM %d MB)\n" "resident memory after load ($1)" \
    "$(( $(awk '/^VmRSS/ {print $2}' /proc/$SERVER_PID/status) / 1024 ))" "$SERVER_PID" \
    "$(( $(awk '/^VmHWM/ {print $2}' /proc/$SERVER_PID/status) / 1024 ))"
}

# --- embedded H2, as the README runs it ---
if [ "${BENCH_H2:-1}" = 1 ]; then
start_server h2
java bench/MakeDrafts.java "http://127.0.0.1:$PORT" 32 two "$WORK/drafts.txt" 8
# The JIT's warm-up (C2 compiles the hot paths over the first 10 to 20 s of load): each H2 case in turn,
# unmeasured, as a server that has been up for a minute would be. BENCH_JIT_WARMUP=0s skips it.
if [ "${BENCH_JIT_WARMUP:-10s}" != 0s ]; then
  for c in "get /form/is-a-child-at-risk" "anon /form/what-would-you-like-to-do" "anon /" "post /form/is-a-child-at-risk"; do
    mode=${c%% *}
    BENCH_NAME="JIT warm-up" BENCH_MODE=$mode BENCH_PATH=${c#* } BENCH_BODY=$([ "$mode" = post ] && echo riskNow=no || true) \
      BENCH_DRAFTS=$([ "$mode" = anon ] || echo "$WORK/drafts.txt") BENCH_OFFSET=0 BENCH_THREADS=$THREADS \
      wrk -t$THREADS -c$CONNECTIONS -d"${BENCH_JIT_WARMUP:-10s}" --timeout 5s -s bench/rotate.lua "http://127.0.0.1:$PORT" >/dev/null
  done
fi
run_case "GET question page with a draft" get /form/is-a-child-at-risk "" "$WORK/drafts.txt"
run_case "GET first question page, no cookie" anon /form/what-would-you-like-to-do
run_case "GET start page /, no cookie" anon /
run_case "POST an answer (303)" post /form/is-a-child-at-risk "riskNow=no" "$WORK/drafts.txt"
rss h2
stop_server
fi

# --- PostgreSQL: the final submit, each request a complete draft ---
if [ "${BENCH_PG:-1}" = 1 ]; then
  if [ "${BENCH_PG_REUSE:-0}" = 1 ] && [ -n "$(psql -h 127.0.0.1 -U postgres -d test -Atc "select 1 from pg_namespace where nspname = '$PG_SCHEMA'")" ]; then
    # The last run's database again (its demo year took minutes to write): its drafts go, and its unsent emails (the
    # closed SMTP port leaves every one waiting, and the outbox would retry them during the measured run); cases stay.
    psql -h 127.0.0.1 -U postgres -d test -qc "delete from $PG_SCHEMA.draft_saved_link; delete from $PG_SCHEMA.evidence_file where draft_id is not null; delete from $PG_SCHEMA.draft;
      delete from $PG_SCHEMA.outbox_attempt; delete from $PG_SCHEMA.outbox_email where sent_at is null" >/dev/null
  else
    psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists $PG_SCHEMA cascade" >/dev/null
  fi
  start_server postgres PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA${BENCH_PG_URL_OPTIONS:-}" \
    PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD= FLYWAY_DATASOURCES_DEFAULT_SCHEMAS=$PG_SCHEMA \
    FLYWAY_DATASOURCES_DEFAULT_CREATE_SCHEMAS=true PORTAL_DEMO_DATA_YEARS=${BENCH_PG_YEARS:-1} PORTAL_DEMO_DATA_PER_YEAR=10000
  # REAL_DRAFTS whole journeys with real requests (14 a draft); each is then copied in the database
  # (new id, same answers, same CSRF pair) up to SUBMIT_DRAFTS, so that every submit has a draft of
  # its own: 14 requests for each of 12,000 drafts would take minutes on 2 cores.
  t0=$(date +%s)
  java bench/MakeDrafts.java "http://127.0.0.1:$PORT" "$REAL_DRAFTS" complete "$WORK/real.txt" 8
  copies=$(( (SUBMIT_DRAFTS + REAL_DRAFTS - 1) / REAL_DRAFTS ))
  # Each copy is from a family of its own (its child's name and its email address): the same person and child in
  # every case would make every submit a "possible repeat" of all the others, and the repeat look-up read them all.
  psql -h 127.0.0.1 -U postgres -d test -qc "insert into $PG_SCHEMA.draft (id, answers, created_at, updated_at, expires_at)
    select d.id || '-' || g, replace(replace(d.answers, 'Sam Example', 'Sam ' || g || ' ' || left(d.id, 8)),
      'bench@example.invalid', 'bench-' || g || '-' || left(d.id, 8) || '@example.invalid'), d.created_at,
      d.updated_at, d.expires_at
    from $PG_SCHEMA.draft d cross join generate_series(1, $copies - 1) g" >/dev/null
  psql -h 127.0.0.1 -U postgres -d test -qc "update $PG_SCHEMA.draft set answers = replace(replace(answers,
    'Sam Example', 'Sam ' || left(id, 8)), 'bench@example.invalid', 'bench-' || left(id, 8) || '@example.invalid')
    where answers like '%Sam Example%'" >/dev/null
  { cat "$WORK/real.txt"; for g in $(seq 1 $(( copies - 1 ))); do sed "s/^\([^ ]*\) /\1-$g /" "$WORK/real.txt"; done; } \
    | shuf > "$WORK/complete.txt"
  SUBMIT_DRAFTS=$(wc -l < "$WORK/complete.txt")
  echo "bench: $REAL_DRAFTS complete drafts built with real requests, copied to $SUBMIT_DRAFTS, in $(( $(date +%s) - t0 )) s"
  psql -h 127.0.0.1 -U postgres -d test -qc "analyze" >/dev/null
  # A checkpoint now, so that none falls inside the measured run (checkpoint_timeout is 5 minutes): the first change
  # to each page after a checkpoint writes the whole page to the WAL, which made runs a minute apart differ by half.
  psql -h 127.0.0.1 -U postgres -d test -qc "checkpoint" >/dev/null
  # The JIT's warm-up, as for the H2 cases, on the last third of the drafts (the measured run takes the middle third).
  if [ "${BENCH_JIT_WARMUP:-10s}" != 0s ] && { [ -z "${BENCH_ONLY:-}" ] || [[ "POST submit" =~ $BENCH_ONLY ]]; }; then
    BENCH_NAME="JIT warm-up" BENCH_MODE=post BENCH_PATH=/form/submit BENCH_BODY="" BENCH_DRAFTS="$WORK/complete.txt" \
      BENCH_OFFSET=$(( 2 * SUBMIT_DRAFTS / 3 )) BENCH_THREADS=$THREADS \
      wrk -t$THREADS -c$CONNECTIONS -d"${BENCH_JIT_WARMUP:-10s}" --timeout 5s -s bench/rotate.lua "http://127.0.0.1:$PORT" >/dev/null
  fi
  # The warm-up takes drafts from the start of the list, the measured run from the middle on.
  BENCH_UNIQUE=1 run_case "POST submit on PostgreSQL (303)" post /form/submit "" "$WORK/complete.txt" $(( SUBMIT_DRAFTS / 3 ))
  echo "bench: the submit's target (issue 26, on 2 cores shared with PostgreSQL and wrk): >= 250 a second with p99 <= 300 ms"
  cases=$(psql -h 127.0.0.1 -U postgres -d test -Atc "select count(*) from $PG_SCHEMA.complaint_case")
  echo "bench: $cases cases, $(psql -h 127.0.0.1 -U postgres -d test -Atc "select count(*) from $PG_SCHEMA.outbox_email") outbox rows"
  # A 303 back to an unanswered page is not a submit: the figure counts only if the cases were made.
  if [ "$cases" -eq 0 ]; then echo "RESULT submit case INVALID: no case was made (the drafts were not complete)"; fi
  rss postgres
  stop_server
fi
if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "bench: kept $WORK"; fi
