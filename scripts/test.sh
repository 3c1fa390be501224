#!/usr/bin/env bash
# Runs the whole test suite against a real PostgreSQL with pgvector (provisioned here if it is missing).
# The test database is SOCRATIC_TEST_DB_URL (default jdbc:postgresql://127.0.0.1:5432/socratic_test); each test
# context empties its schema, so never point it at a database whose data you want to keep.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/java-home.sh
. scripts/java-home.sh
socratic_ensure_jdk
test_url="${SOCRATIC_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/socratic_test}"
test_db="${test_url##*/}"; test_db="${test_db%%\?*}"
scripts/provision-db.sh "$test_db"
exec ./mvnw -B -ntp verify "$@"
