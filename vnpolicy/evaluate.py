"""Precision and recall of each extraction stage on the gold files, per language, with a gate.

Gold files live in ``tests/gold/<stage>/*.json``::

    {"text_file": "vnpolicy/data/sample/000_07e620f2112aaa7b.txt",   # or "text": "..."
                                                                     # or "shared_file": "dev/baomoi/baomoi_011.txt"
     "language": "en",
     "facts": [{"text": "Notice No. 678/TB-VPCP", "occurrence": 1, "id": "678/TB-VPCP", ...}]}

A gold fact is located by its ``text`` (the n-th ``occurrence`` in the clean text). A predicted
fact matches a gold one when their spans overlap and the stage's key fields are equal; the other
fields a gold fact gives are scored as attribute accuracy over matched facts. A ``shared_file`` is
read from ``../shared`` beside the repository (or ``$VNPOLICY_SHARED``) (held-out real articles the repository must not hold);
a gold whose shared file is absent is skipped with a message. Gold files named ``heldout_*`` (the
blind round: annotated before any extractor ran on the text) are scored under ``<language>:heldout``. ``--gate`` exits
non-zero when a score falls below its floor in ``tests/gold/floors.json``.

    python -m vnpolicy.evaluate [--gate] [--json]
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
# beside the repository (as tests read it); VNPOLICY_SHARED points elsewhere, e.g. from a git worktree
SHARED = Path(os.environ.get("VNPOLICY_SHARED") or ROOT.parent / "shared")

# fields that must be equal for a prediction to count as the gold fact (besides overlapping spans)
KEYS: dict[str, tuple[str, ...]] = {
    "references": ("id",),
    "figures": ("value", "low", "high"),
    "assignments": ("agency_id", "role"),
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "attributes": {k: round(v[0] / v[1], 4) for k, v in sorted(self.attributes.items()) if v[1]},
        }


def _locate(text: str, snippet: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(snippet, start + 1)
        if start < 0:
            return None
    return start, start + len(snippet)


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
    return a == b


def load_gold(stage: str) -> list[tuple[Path, dict[str, Any]]]:
    folder = GOLD / stage
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))] if folder.exists() else []


def gold_text(gold: dict[str, Any]) -> str | None:
    """The text a gold file annotates; None when it lives in ../shared and that is absent."""
    if "text" in gold:
        return gold["text"]
    if "shared_file" in gold:
        path = SHARED / gold["shared_file"]
        return path.read_text(encoding="utf-8") if path.is_file() else None
    return (ROOT / gold["text_file"]).read_text(encoding="utf-8")


# (stage, bucket) of gold files skipped because their shared text is absent: their floors are not checked
SKIPPED: set[tuple[str, str]] = set()


def _bucket(path: Path, language: str) -> str:
    """The bucket a gold file is scored in: the blind held-out round apart (``vi:heldout``), so that
    it stays an honest estimate beside the gold the extractors were tuned on, with its own floors.
    Later rounds keep their own bucket (``heldout2_*`` → ``vi:heldout2``)."""
    match = re.match(r"(heldout\d*)_", path.name)
    return f"{language}:{match.group(1)}" if match else language


def evaluate_stage(stage: str) -> dict[str, Score]:
    """Scores per language (and "all") for one stage over its gold files."""
    import extract

    scores: dict[str, Score] = defaultdict(Score)
    keys = KEYS.get(stage, ())
    for path, gold in load_gold(stage):
        text = gold_text(gold)
        if text is None:
            print(f"skipped {stage}/{path.name}: {gold['shared_file']} is not in {SHARED}", file=sys.stderr)
            SKIPPED.add((stage, _bucket(path, gold.get("language") or "und")))
            continue
        doc = extract.document(text, lang=gold.get("language"))
        predicted = [f.to_dict() for f in doc.facts.get(stage, [])]
        language = _bucket(path, gold.get("language") or doc.language)
        score = Score()
        used: set[int] = set()
        for g in gold["facts"]:
            span = _locate(doc.text, g["text"], g.get("occurrence", 1))
            if span is None:
                score.errors.append(f"{path.name}: gold text not found in clean text: {g['text']!r}")
                score.fn += 1
                continue
            match = None
            for i, p in enumerate(predicted):
                if i in used or p["end"] <= span[0] or p["start"] >= span[1]:
                    continue
                if all(_equal(p.get(k), g.get(k)) for k in keys if k in g):
                    match = i
                    break
            if match is None:
                score.fn += 1
                score.errors.append(f"{path.name}: missed {g['text']!r} {json.dumps({k: g.get(k) for k in keys}, ensure_ascii=False)}")
                continue
            used.add(match)
            score.tp += 1
            for attribute, value in g.items():
                if attribute in ("text", "occurrence", *keys) or attribute.startswith("_"):
                    continue
                counts = score.attributes[attribute]
                counts[1] += 1
                if _equal(predicted[match].get(attribute), value):
                    counts[0] += 1
                else:
                    score.errors.append(f"{path.name}: {g['text']!r} {attribute}={predicted[match].get(attribute)!r}, gold {value!r}")
        for i, p in enumerate(predicted):
            if i not in used:
                score.fp += 1
                score.errors.append(f"{path.name}: spurious {p['text']!r} {json.dumps({k: p.get(k) for k in keys}, ensure_ascii=False)}")
        for bucket in (language, "all"):
            total = scores[bucket]
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
            total.errors.extend(score.errors if bucket == "all" else [])
            for attribute, (right, seen) in score.attributes.items():
                total.attributes[attribute][0] += right
                total.attributes[attribute][1] += seen
    return scores


def stages_with_gold() -> list[str]:
    return sorted(p.name for p in GOLD.iterdir() if p.is_dir() and any(p.glob("*.json"))) if GOLD.exists() else []


def gate(results: dict[str, dict[str, Score]], floors: dict[str, Any]) -> list[str]:
    """Every score below its pinned floor, as a message."""
    failures = []
    for stage, per_language in floors.items():
        if stage.startswith("_"):
            continue
        for language, metrics in per_language.items():
            score = results.get(stage, {}).get(language)
            if score is None and (stage, language) in SKIPPED:
                continue  # its text lives in ../shared, absent here
            if score is None:
                failures.append(f"{stage}/{language}: no gold data, but a floor is pinned")
                continue
            values = {"precision": score.precision, "recall": score.recall}
            values.update({k: v[0] / v[1] for k, v in score.attributes.items() if v[1]})
            for metric, floor in metrics.items():
                if values.get(metric, 0.0) + 1e-9 < floor:
                    failures.append(f"{stage}/{language}: {metric} {values.get(metric, 0.0):.3f} is below the floor {floor}")
    return failures


def main(argv: list[str] | None = None) -> int:
    args = set(argv if argv is not None else sys.argv[1:])
    results = {stage: evaluate_stage(stage) for stage in stages_with_gold()}
    if "--json" in args:
        print(json.dumps({s: {l: sc.as_dict() for l, sc in r.items()} for s, r in results.items()}, indent=2))
    else:
        for stage, per_language in results.items():
            print(f"{stage}")
            for language, score in sorted(per_language.items()):
                d = score.as_dict()
                attrs = " ".join(f"{k}={v:.2f}" for k, v in d["attributes"].items())
                print(f"  {language:4} P={d['precision']:.3f} R={d['recall']:.3f} (tp {d['tp']}, fp {d['fp']}, fn {d['fn']}) {attrs}")
            if "-v" in args:
                for error in per_language["all"].errors:
                    print("    " + error)
    if "--gate" in args:
        floors_file = GOLD / "floors.json"
        floors = json.loads(floors_file.read_text(encoding="utf-8")) if floors_file.exists() else {}
        failures = gate(results, floors)
        for failure in failures:
            print("FLOOR " + failure, file=sys.stderr)
        if failures:
            return 1
        print(f"quality gate: {sum(len(v) for k, v in floors.items() if not k.startswith('_'))} floors held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
