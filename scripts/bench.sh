#!/usr/bin/env bash
# Benchmarks that print figures (never part of the test suite's pass/fail):
#   scripts/bench.sh turns      orchestration overhead per turn at 50 concurrent sessions (needs the test database)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/java-home.sh
socratic_ensure_jdk
case "${1:-}" in
  turns)
    # The server's collector, as ./socratic serve and the Dockerfile start it.
    exec ./mvnw -q -B -o test -Dtest=TurnOverheadBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false \
      -DtrimStackTrace=true -Dsocratic.test.jvm=-XX:+UseZGC "${@:2}" ;;
  *)
    echo "usage: scripts/bench.sh turns" >&2
    echo "other benchmarks: ./socratic bkt fit (see docs/learner.md), ./socratic content bench-retrieval," >&2
    echo "./socratic guardrail bench" >&2
    exit 2 ;;
esac
