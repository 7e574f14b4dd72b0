#!/usr/bin/env bash
# Two instances of the portal behind nginx on loopback, one PostgreSQL (docs/deployment.md):
#
#   pg_virtualenv ops/two-instances.sh
#
# Checks, through nginx (round robin, no sticky sessions) and on each instance directly:
#   1. a user signed in through the proxy is served by both instances;
#   2. a role revoked on instance B ends the user's session on instance A;
#   3. the deadline job, fired every 2 s by both instances for 20 s, runs once per period (the runs of both
#      instances together are no more than the periods, and the other instance skips).
# nginx comes from Debian's packages (installed when missing). The database is migrated with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PGDATABASE:=${PGUSER:-postgres}}"
host="${PGHOST:-localhost}"; [[ "$host" == /* ]] && host=localhost
out=target/two-instances
mkdir -p "$out"
proxy=18180; a=18181; b=18182

command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }
jar=$(ls target/chuyi-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
[[ -n "$jar" ]] || { ./mvnw -B -q -DskipTests package; jar=$(ls target/chuyi-portal-*.jar | grep -v original | head -1); }

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -f "$out/nginx.pid" ]] && kill "$(cat "$out/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

instance() { # name port
  java -Xmx512m -jar "$jar" --spring.profiles.active=postgres --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://${host}:${PGPORT:-5432}/${PGDATABASE}" \
    --spring.datasource.username="${PGUSER:-postgres}" --spring.datasource.password="${PGPASSWORD:-}" \
    --spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor},classpath:db/demo \
    --chuyi.security.two-factor.enforced=false --server.servlet.session.cookie.secure=false \
    --chuyi.security.secret-key=dHdvLWluc3RhbmNlcy1vbmx5LWtleS1ub3QtNC11c2U= \
    --chuyi.selection.scheduler.delay=PT2S --chuyi.supervision.scheduler.enabled=false \
    --chuyi.audit.scheduler.enabled=false --chuyi.attachment.directory="$out/attachments" >"$out/$1.log" 2>&1 &
  pids+=($!)
}
wait_up() {
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "instance on $1 did not start" >&2; exit 1
}
instance a "$a"; wait_up "$a"        # the first one migrates the database
instance b "$b"; wait_up "$b"

cat >"$out/nginx.conf" <<NGINX
worker_processes 1;
pid $PWD/$out/nginx.pid;
error_log $PWD/$out/nginx-error.log;
events { worker_connections 256; }
http {
  access_log $PWD/$out/nginx-access.log;
  upstream chuyi { server 127.0.0.1:$a; server 127.0.0.1:$b; }
  server {
    listen 127.0.0.1:$proxy;
    location /actuator/ { return 404; }
    location / {
      proxy_pass http://chuyi;
      proxy_set_header Host \$host:$proxy;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
NGINX
nginx -c "$PWD/$out/nginx.conf" -p "$PWD/$out"

failures=0
check() { if [[ "$2" == "$3" ]]; then echo "ok   $1"; else echo "FAIL $1: expected $3, got $2"; failures=$((failures + 1)); fi; }

sign_in() { # port user -> cookie header value
  local jar="$out/cookies-$2.txt"; rm -f "$jar"
  local token
  token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$2" --data-urlencode "password=Chuyi@2026" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$1/login"
  echo "SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)"
}
status() { curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "http://127.0.0.1:$1$3"; }

# 1. one session, every instance
officer=$(sign_in "$proxy" loudi)
check "signed in through nginx, served by A" "$(status "$a" "$officer" /organizations)" 200
check "signed in through nginx, served by B" "$(status "$b" "$officer" /organizations)" 200
proxied=$(for _ in 1 2 3 4; do status "$proxy" "$officer" /organizations; done | tr -d '\n')
check "four requests through nginx (both instances)" "$proxied" 200200200200

# 2. a role revoked on B ends the session on A
secadmin=$(sign_in "$b" secadmin)
token=$(curl -s -H "Cookie: $secadmin" "http://127.0.0.1:$b/account/sessions" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
id=$(psql -Atc "select id from app_user where username = 'loudi'")
curl -s -o /dev/null -H "Cookie: $secadmin" --data-urlencode "role=CITY_OFFICER" --data-urlencode "grant=false" \
  --data-urlencode "reason=双实例演练" --data-urlencode "_csrf=$token" "http://127.0.0.1:$b/admin/users/$id/roles"
location=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $officer" "http://127.0.0.1:$a/organizations")
check "revoked on B, refused on A" "${location##*/}" "login?expired"
token=$(curl -s -H "Cookie: $secadmin" "http://127.0.0.1:$b/account/sessions" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -H "Cookie: $secadmin" --data-urlencode "role=CITY_OFFICER" --data-urlencode "grant=true" \
  --data-urlencode "reason=演练后恢复" --data-urlencode "_csrf=$token" "http://127.0.0.1:$b/admin/users/$id/roles"

# 3. the deadline job: both instances fire it every 2 s; it runs at most once per 1.8 s period
metric() { curl -s "http://127.0.0.1:$1/actuator/prometheus" | awk -v m="$2" 'index($0, m) == 1 { s += $NF } END { print s + 0 }'; }
job='selection.close-nomination-windows'
runs0=$(( $(metric "$a" "chuyi_job_seconds_count{job=\"$job\"") + $(metric "$b" "chuyi_job_seconds_count{job=\"$job\"") ))
sleep 20
runs_a=$(metric "$a" "chuyi_job_seconds_count{job=\"$job\"")
runs_b=$(metric "$b" "chuyi_job_seconds_count{job=\"$job\"")
skips=$(( $(metric "$a" "chuyi_job_skipped_total{job=\"$job\"") + $(metric "$b" "chuyi_job_skipped_total{job=\"$job\"") ))
runs=$(( runs_a + runs_b - runs0 ))
echo "     deadline job in 20 s: $runs runs (A $runs_a, B $runs_b in all), $skips skipped"
check "the job ran no more than once a period (<= 12 runs in 20 s)" "$([[ $runs -le 12 && $runs -ge 5 ]] && echo yes || echo "no ($runs)")" yes
check "the other instance skipped" "$([[ $skips -ge 5 ]] && echo yes || echo "no ($skips)")" yes

[[ $failures -eq 0 ]] && echo "two instances: all checks passed" || { echo "two instances: $failures check(s) failed" >&2; exit 1; }
