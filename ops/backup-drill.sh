#!/usr/bin/env bash
# Backup and restore drill (docs/deployment.md): dumps the database named by the libpq variables, restores the dump
# into a new database, compares the row count of every table, and starts the application on the restored copy.
#
#   pg_virtualenv ops/backup-drill.sh          # a throwaway cluster: fills it first (ops/scale-data.sh)
#   PGHOST=… PGDATABASE=chuyi ops/backup-drill.sh   # a copy of production (never production itself: it only reads it)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PGDATABASE:=${PGUSER:-postgres}}"
host="${PGHOST:-localhost}"; [[ "$host" == /* ]] && host=localhost
out=target/backup
mkdir -p "$out"
restored="${PGDATABASE}_restored"
port="${DRILL_PORT:-18090}"

if [[ "$(psql -Atc "select to_regclass('public.nomination') is not null")" != t ]] \
   || [[ "$(psql -Atc "select exists (select 1 from nomination)")" != t ]]; then
  ops/scale-data.sh
fi

counts() { # database -> "table count" lines of every table of the schema
  psql -d "$1" -At -F' ' -c "select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" |
    while read -r table; do echo "$table $(psql -d "$1" -Atc "select count(*) from \"$table\"")"; done
}

start=$(date +%s)
pg_dump -Fc -f "$out/chuyi.dump" "$PGDATABASE"
echo "dump: $(du -h "$out/chuyi.dump" | cut -f1) in $(( $(date +%s) - start )) s"

start=$(date +%s)
dropdb --if-exists "$restored"
createdb "$restored"
pg_restore --no-owner -j 2 -d "$restored" "$out/chuyi.dump"
echo "restore: $(( $(date +%s) - start )) s"

counts "$PGDATABASE" >"$out/counts-original.txt"
counts "$restored" >"$out/counts-restored.txt"
if ! diff -u "$out/counts-original.txt" "$out/counts-restored.txt"; then
  echo "FAILED: the restored database differs" >&2
  exit 1
fi
echo "row counts: $(wc -l <"$out/counts-original.txt") tables, $(awk '{ s += $2 } END { print s }' "$out/counts-original.txt") rows, identical"

jar=$(ls target/chuyi-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
[[ -n "$jar" ]] || { ./mvnw -B -q -DskipTests package; jar=$(ls target/chuyi-portal-*.jar | grep -v original | head -1); }
java -Xmx1g -jar "$jar" --spring.profiles.active=postgres --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://${host}:${PGPORT:-5432}/${restored}" \
  --spring.datasource.username="${PGUSER:-postgres}" --spring.datasource.password="${PGPASSWORD:-}" \
  --chuyi.security.secret-key=YmFja3VwLWRyaWxsLW9ubHkta2V5LW5vdC00LXVzZSE= \
  --chuyi.attachment.directory="$out/attachments" >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  health=$(curl -s "http://127.0.0.1:${port}/actuator/health" || true)
  [[ "$health" == *'"UP"'* ]] && break
  sleep 1
done
[[ "$health" == *'"UP"'* ]] || { echo "FAILED: the application did not start on the restored database ($out/app.log)" >&2; exit 1; }
publicity=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port}/publicity")
[[ "$publicity" == 200 ]] || { echo "FAILED: /publicity answered $publicity on the restored database" >&2; exit 1; }
grep -q "Successfully validated\|Schema .* is up to date\|No migration necessary" "$out/app.log" || true
echo "application on the restored database: health UP, /publicity 200 (log: $out/app.log)"
echo "drill passed"
