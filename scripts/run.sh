#!/usr/bin/env bash
# Runs Socratic with the demo district on this machine: makes PostgreSQL with pgvector available (installing it
# on a fresh Debian/Ubuntu host), builds the application, loads the demo data and starts the server on
# SOCRATIC_PORT (default 8080). Ollama is used if it answers; otherwise students get the authored fallbacks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/java-home.sh
. scripts/java-home.sh
socratic_ensure_jdk
scripts/provision-db.sh
./socratic seed-demo
# Embeds items, hints and explanations for the tutor's retrieval; unchanged content is skipped.
./socratic content load
exec ./socratic serve
