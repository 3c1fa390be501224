#!/usr/bin/env bash
# Retrains the guardrail's classifier (guardrails/classifier/model.bin) on every labelled set kept for training.
# Everyday chat weighs 8: it is most of what children type, and rare in sets written around the categories.
# The test sets (eval/guardrail/heldout12.jsonl, everyday-test-8.jsonl) are never trained on. Extra arguments go to
# `./socratic guardrail train` (e.g. --out /tmp/model.bin). Takes about fifteen minutes on 2 cores (AVX2); do not rebuild target/socratic.jar meanwhile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dev=eval/guardrail-dev
data=(
  eval/guardrail/labelled.jsonl eval/guardrail/heldout3.jsonl eval/guardrail/heldout4.jsonl eval/guardrail/heldout5.jsonl
  eval/guardrail/heldout6.jsonl eval/guardrail/heldout7.jsonl eval/guardrail/heldout8.jsonl eval/guardrail/heldout9.jsonl
  eval/guardrail/heldout10.jsonl eval/guardrail/heldout11.jsonl
  "$dev/dev.jsonl" "$dev/recall-a.jsonl" "$dev/recall-b.jsonl" "$dev/h2.jsonl"
  "$dev/train-1.jsonl" "$dev/train-2.jsonl" "$dev/train-3.jsonl" "$dev/train-4.jsonl" "$dev/train-5.jsonl"
  "$dev/train-6.jsonl" "$dev/train-7.jsonl" "$dev/train-8.jsonl" "$dev/train-9.jsonl" "$dev/train-10.jsonl"
  "$dev/train-11.jsonl" "$dev/train-12.jsonl" "$dev/train-13.jsonl" "$dev/train-14.jsonl"
  "$dev/benign-home.jsonl" "$dev/benign-lessons.jsonl" "$dev/benign-checking.jsonl"
  "$dev/everyday.jsonl" "$dev/everyday-2.jsonl" "$dev/everyday-3.jsonl" eval/guardrail/everyday-test.jsonl
  eval/guardrail/everyday-test-2.jsonl eval/guardrail/everyday-test-3.jsonl eval/guardrail/everyday-test-4.jsonl eval/guardrail/everyday-test-5.jsonl
  eval/guardrail/everyday-test-6.jsonl eval/guardrail/everyday-test-7.jsonl
)
everyday="$dev/everyday.jsonl=8,$dev/everyday-2.jsonl=8,$dev/everyday-3.jsonl=8,eval/guardrail/everyday-test.jsonl=8,eval/guardrail/everyday-test-2.jsonl=8,eval/guardrail/everyday-test-3.jsonl=8,eval/guardrail/everyday-test-4.jsonl=8,eval/guardrail/everyday-test-5.jsonl=8,eval/guardrail/everyday-test-6.jsonl=8,eval/guardrail/everyday-test-7.jsonl=8"
joined=$(IFS=,; echo "${data[*]}")
# Thresholds: F2 for self-harm and abuse (a missed disclosure costs most), F0.5 for the rest (a lesson question
# redirected costs more than a mild message missed, which the word lists and the answer-leak gate still see).
exec ./socratic guardrail train --data "$joined" --weigh "$everyday" --names guardrails/classifier/first-names.txt \
  --recall-first self_harm,abuse --recall-beta 2 --beta 0.5 "$@"
