#!/usr/bin/env bash
# Fills an EMPTY PostgreSQL database with ten times the province (docs/performance.md). The database is named by
# the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE), as pg_virtualenv sets them:
#   pg_virtualenv ops/benchmark.sh      # throwaway cluster: generate, measure, discard
#   PGHOST=db1 PGDATABASE=chuyi_scale PGUSER=chuyi PGPASSWORD=… ops/scale-data.sh
# It migrates the database with the production migrations first. Never run it on a production database: it
# refuses a database that already holds nominations.
set -euo pipefail
cd "$(dirname "$0")/.."
host="${PGHOST:-localhost}"; [[ "$host" == /* ]] && host=localhost
url="jdbc:postgresql://${host}:${PGPORT:-5432}/${PGDATABASE:-${PGUSER:-postgres}}"
mkdir -p target
if [[ ! -s target/scale-classpath.txt ]]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/scale-classpath.txt -Dmdep.includeScope=runtime
fi
exec java -Xmx2g -cp "$(cat target/scale-classpath.txt)" ops/scale/ScaleData.java "$url" "${PGUSER:-postgres}" "${PGPASSWORD:-}"
