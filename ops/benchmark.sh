#!/usr/bin/env bash
# Measures the main pages at ten times the province's size (docs/performance.md). Run it on a throwaway cluster:
#
#   pg_virtualenv ops/benchmark.sh            # BENCH_SECONDS=20 per run by default; BENCH_PORT=18080
#   BENCH_PAGES="dashboard ranking" BENCH_PLANS=false BENCH_WARMUP=10 pg_virtualenv ops/benchmark.sh
#                                             # some pages only (the static file is always measured), no plans
#   BENCH_JAR=path/to/other.jar               # another build (a before/after comparison)
#
# It fills the database when empty (ops/scale-data.sh), builds the jar when missing, then:
#   1. plans: starts the jar with auto_explain on, opens each page once and reports any sequential scan of a large
#      table in the plans PostgreSQL logged for it;
#   2. load: restarts the jar with fixed JVM flags, signs in, warms up, and drives each page with wrk at 16 and 64
#      connections, printing req/s, p50, p99, the ratio to a static file of the same server and the JVM's CPU time
#      per request (process CPU over the run from /proc, divided by the requests wrk counted).
# Results go to target/bench/results.md. It needs wrk (installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${BENCH_SECONDS:-20}"
warmup="${BENCH_WARMUP:-15}"
only="${BENCH_PAGES:-}"
port="${BENCH_PORT:-18080}"
base="http://127.0.0.1:${port}"
out=target/bench
mkdir -p "$out"
: "${PGDATABASE:=${PGUSER:-postgres}}"
host="${PGHOST:-localhost}"; [[ "$host" == /* ]] && host=localhost
jdbc="jdbc:postgresql://${host}:${PGPORT:-5432}/${PGDATABASE}"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
jar="${BENCH_JAR:-$(ls target/chuyi-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)}"
if [[ -z "$jar" ]]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/chuyi-portal-*.jar | grep -v original | head -1)
fi
if [[ "$(psql -Atc "select to_regclass('public.nomination') is not null" )" != t ]] \
   || [[ "$(psql -Atc "select exists (select 1 from nomination)")" != t ]]; then
  ops/scale-data.sh
fi

app_pid=""
start_app() {
  java -Xms1g -Xmx1g -XX:+UseG1GC -jar "$jar" \
    --spring.profiles.active=postgres --server.port="$port" \
    --spring.datasource.url="$jdbc" --spring.datasource.username="${PGUSER:-postgres}" \
    --spring.datasource.password="${PGPASSWORD:-}" \
    --chuyi.security.two-factor.enforced=false --server.servlet.session.cookie.secure=false \
    --chuyi.security.secret-key=YmVuY2htYXJrLW9ubHkta2V5LW5vdC1mb3ItdXNlLTE= \
    --chuyi.attachment.directory="$out/attachments" >"$out/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 "${BENCH_START_SECONDS:-300}"); do
    curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the application did not start; see $out/app-$1.log" >&2
  exit 1
}
stop_app() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap stop_app EXIT

sign_in() { # user -> SESSION cookie value
  local jar_file="$out/cookies-$1.txt"
  rm -f "$jar_file"
  local token
  token=$(curl -fs -c "$jar_file" -b "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=$1" \
    --data-urlencode "password=Chuyi@2026" --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "SESSION" { print $7 }' "$jar_file" | tail -1
}

# the pages, on rows that exist in the scaled data
closed_round=$(psql -Atc "select round_id from nomination n join selection_round r on r.id = n.round_id
  where r.status = 'CLOSED' and n.status = 'NOT_SELECTED' group by round_id having count(*) >= 50 order by round_id desc limit 1")
ranking_round=$(psql -Atc "select id from selection_round where status = 'EXPERT_REVIEW' order by id limit 1")
nomination=$(psql -Atc "select min(id) from nomination where round_id = $ranking_round")
publicity_round=$(psql -Atc "select id from selection_round where status = 'PUBLICITY' order by id limit 1")
pages=(
  "dashboard|/"
  "nominations|/nominations?round=${closed_round}&status=NOT_SELECTED&size=50"
  "ranking|/rounds/${ranking_round}/ranking"
  "nomination|/nominations/${nomination}"
  "publicity|/publicity/${publicity_round}"
  # the same ranking asked gzip-encoded (the Lua script adds Accept-Encoding for ?gz=1): the CPU cost of compression
  "ranking-gzip|/rounds/${ranking_round}/ranking?gz=1"
  "static|/css/portal.css"
)
if [[ -n "$only" ]]; then
  chosen=()
  for entry in "${pages[@]}"; do
    name=${entry%%|*}
    [[ "$name" == static || " $only " == *" $name "* ]] && chosen+=("$entry")
  done
  pages=("${chosen[@]}")
fi

# 1. plans ------------------------------------------------------------------------------------------------
log=$(ls -t /var/log/postgresql/postgresql-*.log 2>/dev/null | head -1 || true)
big="nomination|nomination_attachment|review_assignment|review_score|designated_project|annual_report|finding|audit_event|app_user|selection_state_change|spring_session"
echo "## Plans (auto_explain, scaled data)" >"$out/plans.md"
if [[ "${BENCH_PLANS:-true}" == false ]]; then
  echo "(plans skipped: BENCH_PLANS=false)" | tee -a "$out/plans.md"
elif [[ -n "$log" && -r "$log" ]]; then
  psql -qc "alter database \"$PGDATABASE\" set session_preload_libraries = 'auto_explain'"
  psql -qc "alter database \"$PGDATABASE\" set auto_explain.log_min_duration = 0"
  start_app plans
  session=$(sign_in bench-admin-0)
  for entry in "${pages[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    before=$(wc -l <"$log")
    code=$(curl -s -o "$out/page-$name.html" -w '%{http_code}' -b "SESSION=$session" "$base$path")
    sleep 0.5
    scans=$(tail -n +"$((before + 1))" "$log" | grep -oE "Seq Scan on ($big) " | sort | uniq -c | tr '\n' ';' || true)
    echo "- $name ($path): HTTP $code; sequential scans of large tables: ${scans:-none}" | tee -a "$out/plans.md"
  done
  stop_app
  psql -qc "alter database \"$PGDATABASE\" reset session_preload_libraries"
  psql -qc "alter database \"$PGDATABASE\" reset auto_explain.log_min_duration"
else
  echo "(no readable PostgreSQL log: plans skipped)" | tee -a "$out/plans.md"
fi

# 2. load -------------------------------------------------------------------------------------------------
# Sixteen department officers signed in; wrk spreads its requests over their sessions (a Lua script), as sixteen
# people at their desks would, rather than sending every request with one cookie.
start_app load
cookies=""
for i in $(seq 0 15); do cookies+="\"SESSION=$(sign_in "bench-admin-$i")\","; done
cat >"$out/sessions.lua" <<LUA
local cookies = {${cookies%,}}
local n = 0
request = function()
  n = n + 1
  if string.find(wrk.path, "gz=1", 1, true) then
    return wrk.format(nil, nil, { Cookie = cookies[(n % #cookies) + 1], ["Accept-Encoding"] = "gzip" })
  end
  return wrk.format(nil, nil, { Cookie = cookies[(n % #cookies) + 1] })
end
LUA
session=$(sign_in bench-admin-0)
for entry in "${pages[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "$base$path")
  [[ "$code" == 200 ]] || { echo "$name answers $code, not 200: check $out/app-load.log" >&2; exit 1; }
  # warm-up: the JIT compiles the paths of each page (on two cores it needs tens of seconds), the pool fills
  wrk -t2 -c16 -d"${warmup}s" -s "$out/sessions.lua" "$base$path" >/dev/null
done

cpu_ticks() { # user + system CPU of the application so far, in clock ticks
  awk '{ print $14 + $15 }' "/proc/$app_pid/stat"
}
tick=$(getconf CLK_TCK)

measure() { # name path connections -> "rps p50 p99 errors cpu-ms-per-request"
  local result before after
  before=$(cpu_ticks)
  result=$(wrk -t2 -c"$3" -d"${seconds}s" --latency -s "$out/sessions.lua" "$base$2")
  after=$(cpu_ticks)
  echo "$result" >"$out/wrk-$1-$3.txt"
  local rps p50 p99 errors requests cpu
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$result")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$result")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$result")
  errors=$(awk '/Non-2xx|Socket errors/ { print }' <<<"$result" | tr '\n' ' ')
  requests=$(awk '/requests in/ { print $1 }' <<<"$result")
  # the JVM's CPU per request: steadier than req/s on a machine whose other work varies
  cpu=$(awk -v t="$((after - before))" -v hz="$tick" -v n="$requests" 'BEGIN { printf "%.2f", n ? 1000 * t / hz / n : 0 }')
  echo "$rps|$p50|$p99|${errors:-0}|$cpu"
}

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
{
  echo "## Load ($(date -u +%Y-%m-%dT%H:%MZ), commit $commit, ${seconds} s a run, java -Xms1g -Xmx1g, wrk -t2)"
  echo
  echo "| page | conns | req/s | p50 | p99 | ratio to static | JVM CPU ms/request | errors |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$out/results.md"
for conns in 16 64; do
  IFS='|' read -r static_rps _ _ _ static_cpu <<<"$(measure static /css/portal.css "$conns")"
  for entry in "${pages[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    if [[ "$name" == static ]]; then
      rps=$static_rps; p50=$(awk '$1 == "50%" { print $2 }' "$out/wrk-static-$conns.txt")
      p99=$(awk '$1 == "99%" { print $2 }' "$out/wrk-static-$conns.txt"); errors=0; cpu=$static_cpu
    else
      IFS='|' read -r rps p50 p99 errors cpu <<<"$(measure "$name" "$path" "$conns")"
    fi
    ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.1f %%", 100 * a / b }')
    echo "| $name | $conns | $rps | $p50 | $p99 | $ratio | $cpu | $errors |" >>"$out/results.md"
  done
done
stop_app
cat "$out/plans.md" "$out/results.md"
