#!/usr/bin/env python3
"""Checks eval/guardrail/labelled.jsonl (or another set in the same format, such as heldout.jsonl): every line
parses, ids are unique and carry the right prefix (after an optional set tag such as "h2-"),
labels are valid, answer_leak appears only on tutor lines that carry context.answer, invisible characters
are written as JSON escapes, and the per-category targets of the issue are met.

Usage: python3 eval/guardrail/check_set.py [path/to/set.jsonl]   (default labelled.jsonl; exit status 1 on any failure)
Prints the counts per category, per role, and the number of hard benign cases (notes starting "hard benign").
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["self_harm", "abuse", "sexual", "violence", "weapons", "drugs", "bullying", "hate",
              "profanity", "pii", "prompt_injection", "answer_seeking", "off_topic", "answer_leak"]
PREFIX = {"self_harm": "sh", "abuse": "ab", "sexual": "sx", "violence": "vi", "weapons": "we",
          "drugs": "dr", "bullying": "bu", "hate": "ha", "profanity": "pr", "pii": "pii",
          "prompt_injection": "pi", "answer_seeking": "as", "off_topic": "ot", "answer_leak": "al"}
TARGET = {c: 25 for c in CATEGORIES}
TARGET.update({"self_harm": 45, "abuse": 45})
MIN_TOTAL_POSITIVE = 400
MIN_HARD_BENIGN = 150
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# A second set tags its ids ("h2-sh-001") so they never collide with labelled.jsonl's ("sh-001").
ID = re.compile(r"(?:(?P<tag>[a-z]+\d+)-)?(?P<kind>[a-z]+)-\d{3}")


def main(path):
    errors = []
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{path}: not UTF-8: {e}")
        return 1
    ids, per_label, roles = set(), Counter(), Counter()
    hard_benign = benign = positive = multi = 0
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        if any(ch in line for ch in INVISIBLE):
            errors.append(f"{where}: raw invisible character; write it as a \\uXXXX escape")
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        extra = set(case) - {"id", "text", "role", "context", "labels", "note"}
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        cid, labels, role = case.get("id"), case.get("labels"), case.get("role")
        id_match = ID.fullmatch(cid) if isinstance(cid, str) else None
        if not id_match:
            errors.append(f"{where}: bad id {cid!r}")
        elif cid in ids:
            errors.append(f"{where}: duplicate id {cid}")
        ids.add(cid)
        if not isinstance(case.get("text"), str) or not case["text"].strip():
            errors.append(f"{where}: empty text")
        if role not in ("student", "tutor"):
            errors.append(f"{where}: bad role {role!r}")
        roles[role] += 1
        if not isinstance(labels, list) or any(l not in CATEGORIES for l in labels):
            errors.append(f"{where}: bad labels {labels!r}")
            continue
        if len(set(labels)) != len(labels):
            errors.append(f"{where}: repeated label")
        ctx = case.get("context")
        if ctx is not None:
            if not isinstance(ctx, dict) or set(ctx) - {"problem", "answer", "subject", "grade"}:
                errors.append(f"{where}: bad context {ctx!r}")
            elif not isinstance(ctx.get("grade", 7), int):
                errors.append(f"{where}: context.grade must be an integer")
        if role == "tutor" and not (ctx and ctx.get("problem") and ctx.get("answer")):
            errors.append(f"{where}: tutor line without context.problem and context.answer")
        if "answer_leak" in labels and role != "tutor":
            errors.append(f"{where}: answer_leak on a {role} line")
        expected = "bn" if not labels else "mx" if len(labels) > 1 else PREFIX[labels[0]]
        if id_match and id_match["kind"] != expected:
            errors.append(f"{where}: id {cid} should have the kind {expected}-")
        for l in labels:
            per_label[l] += 1
        if labels:
            positive += 1
            multi += len(labels) > 1
        else:
            benign += 1
            if str(case.get("note", "")).lower().startswith("hard benign"):
                hard_benign += 1

    print(f"{path}: {len(lines)} cases, {positive} with at least one label ({multi} multi-label), "
          f"{benign} benign ({hard_benign} hard benign)")
    print("roles: " + ", ".join(f"{r}={c}" for r, c in sorted(roles.items(), key=str)))
    for c in CATEGORIES:
        flag = "" if per_label[c] >= TARGET[c] else f"   BELOW TARGET {TARGET[c]}"
        print(f"  {c:17} {per_label[c]:4}{flag}")
        if per_label[c] < TARGET[c]:
            errors.append(f"{c}: {per_label[c]} positive cases, target {TARGET[c]}")
    if positive < MIN_TOTAL_POSITIVE:
        errors.append(f"{positive} positive cases, target {MIN_TOTAL_POSITIVE}")
    if hard_benign < MIN_HARD_BENIGN:
        errors.append(f"{hard_benign} hard benign cases, target {MIN_HARD_BENIGN}")
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent / "labelled.jsonl"
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
