#!/usr/bin/env bash
# Retrains the guardrail's classifier (guardrails/classifier/model.bin) on every labelled set kept for training.
# Everyday chat weighs 8: it is most of what children type, and rare in sets written around the categories.
# The test sets (eval/guardrail/heldout5.jsonl, everyday-test.jsonl) are never trained on. Extra arguments go to
# `./socratic guardrail train` (e.g. --out /tmp/model.bin). Takes about two minutes on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dev=eval/guardrail-dev
data=(
  eval/guardrail/labelled.jsonl eval/guardrail/heldout3.jsonl eval/guardrail/heldout4.jsonl
  "$dev/dev.jsonl" "$dev/recall-a.jsonl" "$dev/recall-b.jsonl" "$dev/h2.jsonl"
  "$dev/train-1.jsonl" "$dev/train-2.jsonl" "$dev/train-3.jsonl" "$dev/train-4.jsonl"
  "$dev/train-5.jsonl" "$dev/train-6.jsonl" "$dev/benign-home.jsonl" "$dev/benign-lessons.jsonl"
  "$dev/benign-checking.jsonl" "$dev/everyday.jsonl" "$dev/everyday-2.jsonl"
)
joined=$(IFS=,; echo "${data[*]}")
exec ./socratic guardrail train --data "$joined" --weigh "$dev/everyday.jsonl=8,$dev/everyday-2.jsonl=8" "$@"
