"""Precision and recall of each extraction stage on the gold files, per language, with a gate.

Gold files live in ``tests/gold/<stage>/*.json``::

    {"text_file": "vnpolicy/data/sample/000_07e620f2112aaa7b.txt",   # or "text": "..."
                                                                     # or "shared_file": "dev/baomoi/baomoi_011.txt"
     "language": "en",
     "facts": [{"text": "Notice No. 678/TB-VPCP", "occurrence": 1, "id": "678/TB-VPCP", ...}]}

A gold fact is located by its ``text`` (the n-th ``occurrence`` in the clean text). A predicted
fact matches a gold one when their spans overlap and the stage's key fields are equal; the other
fields a gold fact gives are scored as attribute accuracy over matched facts. A ``shared_file`` is
read from ``../shared`` beside the repository (or ``$VNPOLICY_SHARED``) (held-out real articles the repository must not hold),
an ``external_file`` from ``../external`` (or ``$VNPOLICY_EXTERNAL``: real public pages collected for a blind
round, kept out of the repository for the same reason, each with its address in that folder's ``sources.tsv``);
a gold whose file is absent is skipped with a message. Gold files named ``heldout_*`` (the
blind round: annotated before any extractor ran on the text) are scored under ``<language>:heldout``, and ``heldout2_*`` (the second blind round) under ``<language>:heldout2``. ``--gate`` exits
non-zero when a score falls below its floor in ``tests/gold/floors.json``.

    vnpolicy eval [--gate] [--json] [-v] [--missing] [--gold DIR]      (python -m vnpolicy.evaluate takes the same flags)

From an installed package, ``vnpolicy eval`` reads ``tests/gold`` in the current directory (a checkout)
unless ``--gold`` names another folder; a ``text_file`` is read beside that folder's repository, else
from the installed package (``vnpolicy/data/sample`` ships with it).
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
# beside the repository (as tests read it); VNPOLICY_SHARED points elsewhere, e.g. from a git worktree
SHARED = Path(os.environ.get("VNPOLICY_SHARED") or ROOT.parent / "shared")
EXTERNAL = Path(os.environ.get("VNPOLICY_EXTERNAL") or ROOT.parent / "external")



class _RegisteredKeys(Mapping[str, tuple[str, ...]]):
    """Stage name → the fields that must be equal for a prediction to count as the gold fact
    (besides overlapping spans): the key fields each registered stage declares (extract.stages)."""

    def __getitem__(self, stage: str) -> tuple[str, ...]:
        from extract.stages import UnknownStage, registration

        try:
            return registration(stage).keys
        except UnknownStage:
            raise KeyError(stage) from None

    def __iter__(self) -> Iterator[str]:
        from extract.stages import registered

        return iter([r.name for r in registered()])

    def __len__(self) -> int:
        from extract.stages import registered

        return len(registered())


KEYS: Mapping[str, tuple[str, ...]] = _RegisteredKeys()


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


def use_gold(folder: str | os.PathLike) -> None:
    """Score the gold files of ``folder`` (laid out as tests/gold); ``../shared`` is then looked for beside
    the repository holding it, unless $VNPOLICY_SHARED says otherwise."""
    global GOLD, SHARED, EXTERNAL
    GOLD = Path(folder).resolve()
    SHARED = Path(os.environ.get("VNPOLICY_SHARED") or GOLD.parent.parent.parent / "shared")
    EXTERNAL = Path(os.environ.get("VNPOLICY_EXTERNAL") or GOLD.parent.parent.parent / "external")


def default_gold() -> Path:
    """tests/gold of the checkout in the current directory, else the one beside this package."""
    here = Path("tests") / "gold"
    return here.resolve() if here.is_dir() else ROOT / "tests" / "gold"


def load_gold(stage: str) -> list[tuple[Path, dict[str, Any]]]:
    folder = GOLD / stage
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))] if folder.exists() else []


def gold_text(gold: dict[str, Any]) -> str | None:
    """The text a gold file annotates; None when it lives in ../shared or ../external and that is absent."""
    if "text" in gold:
        return gold["text"]
    if "shared_file" in gold or "external_file" in gold:
        path = outside_path(gold)
        return path.read_text(encoding="utf-8") if path.is_file() else None
    beside_gold = GOLD.parent.parent / gold["text_file"]
    return (beside_gold if beside_gold.is_file() else ROOT / gold["text_file"]).read_text(encoding="utf-8")


def outside_path(gold: dict[str, Any]) -> Path:
    """Where a gold file's text lives when the repository must not hold it."""
    return SHARED / gold["shared_file"] if "shared_file" in gold else EXTERNAL / gold["external_file"]


def page_address(gold: dict[str, Any]) -> str | None:
    """The public address of an external page, as its gold file's note gives it: what a new machine,
    without ../external, needs to save the page's text again."""
    found = re.search(r"https?://[^\s'\"]+", gold.get("_note", ""))
    return found.group(0).rstrip(".,;:)") if found else None


def absent_texts() -> list[tuple[str, str | None]]:
    """The outside texts that gold files name and this machine lacks: (path under ../shared or
    ../external, the page's address), each once, without running any extractor."""
    absent: dict[str, str | None] = {}
    for stage in stages_with_gold():
        for _, gold in load_gold(stage):
            if ("shared_file" in gold or "external_file" in gold) and not outside_path(gold).is_file():
                name = gold.get("external_file") or gold["shared_file"]
                absent[name] = absent.get(name) or page_address(gold)
    return sorted(absent.items())


# (stage, bucket) of gold files skipped because their shared text is absent: their floors are not checked
SKIPPED: set[tuple[str, str]] = set()


def _bucket(path: Path, language: str) -> str:
    """The bucket a gold file is scored in: the blind held-out round apart (``vi:heldout``), so that
    it stays an honest estimate beside the gold the extractors were tuned on, with its own floors.
    Later rounds keep their own bucket (``heldout2_*`` → ``vi:heldout2``, a round's second batch
    ``heldout7b_*`` → ``vi:heldout7b``)."""
    match = re.match(r"(heldout\d*[a-z]?)_", path.name)
    return f"{language}:{match.group(1)}" if match else language


def evaluate_stage(stage: str) -> dict[str, Score]:
    """Scores per language (and "all") for one stage over its gold files."""
    scores: dict[str, Score] = defaultdict(Score)
    keys = KEYS[stage]
    for path, gold in load_gold(stage):
        text = gold_text(gold)
        if text is None:
            address = page_address(gold) if "external_file" in gold else None
            print(f"skipped {stage}/{path.name}: {outside_path(gold)} is absent"
                  + (f" (the page: {address})" if address else ""), file=sys.stderr)
            SKIPPED.add((stage, _bucket(path, gold.get("language") or "und")))
            continue
        doc = _gold_document(text, gold)
        predicted = [f.to_dict() for f in doc.facts.get(stage, [])]
        language = _bucket(path, gold.get("language") or doc.language)
        score = score_file(stage, keys, path.name, doc.text, gold["facts"], predicted, language)
        for bucket in (language, "all"):
            _add(scores[bucket], score, with_errors=bucket == "all")
    return scores


def _gold_document(text: str, gold: dict[str, Any], stages: list | None = None):
    """The document the extractors make of a gold file's text (every registered stage runs, unless
    ``stages`` names some: ``[]`` gives the clean text alone, the one the gold phrases are found in)."""
    import extract

    if gold.get("published"):  # resolution needs the document's date, which plain text does not carry
        # the same reading of the text as for undated files (lines broken mid-sentence joined, ...), then the date
        clean, *_ = extract.read_content(text)
        return extract.document_from_text(clean, lang=gold.get("language"), published=gold["published"], stages=stages)
    return extract.document(text, lang=gold.get("language"), stages=stages)


def gold_document(text: str, gold: dict[str, Any], stages: list | None = None):
    """The document the evaluation makes of a gold file's text (``stages`` as for ``_gold_document``): what a tool
    that learns from the gold (``vnpolicy train-assignments``) reads as the evaluation does."""
    return _gold_document(text, gold, stages)


def locate(text: str, snippet: str, occurrence: int) -> tuple[int, int] | None:
    """The span of a gold fact's phrase (its ``occurrence``-th) in the clean text, None when it is not there."""
    return _locate(text, snippet, occurrence)


def bucket(path: Path, language: str) -> str:
    """The bucket a gold file is scored in (``vi``, ``vi:heldout30`` …)."""
    return _bucket(path, language)


def score_file(stage: str, keys: tuple[str, ...], name: str, text: str, gold_facts: list[dict[str, Any]],
               predicted: list[dict[str, Any]], language: str) -> Score:
    """The score of one gold file: each gold fact matched to the first unused prediction whose span
    overlaps it and whose key fields are equal, the other fields it gives scored as attributes."""
    score = Score()
    used: set[int] = set()
    for g in gold_facts:
        span = _locate(text, g["text"], g.get("occurrence", 1))
        if span is None:
            score.errors.append(f"{name}: gold text not found in clean text: {g['text']!r}")
            score.fn += 1
            continue
        match = next((i for i, p in enumerate(predicted)
                      if i not in used and p["end"] > span[0] and p["start"] < span[1]
                      and all(_equal(p.get(k), g.get(k)) for k in keys if k in g)), None)
        if match is None:
            if "resolved" in g:
                RESOLUTION[language].names += 1
            _by_kind(stage, language, g).fn += 1
            score.fn += 1
            score.errors.append(f"{name}: missed {g['text']!r} {json.dumps({k: g.get(k) for k in keys}, ensure_ascii=False)}")
            continue
        used.add(match)
        score.tp += 1
        _score_attributes(stage, keys, name, language, g, predicted[match], score)
    for i, p in enumerate(predicted):
        if i not in used:
            _by_kind(stage, language, p).fp += 1
            score.fp += 1
            score.errors.append(f"{name}: spurious {p['text']!r} {json.dumps({k: p.get(k) for k in keys}, ensure_ascii=False)}")
    return score


def _score_attributes(stage: str, keys: tuple[str, ...], name: str, language: str, g: dict[str, Any],
                      p: dict[str, Any], score: Score) -> None:
    """Count a matched gold fact: its kind (references), its resolution, each field it gives beyond the keys."""
    _by_kind(stage, language, g).tp += 1
    if "issued" in g:
        counts = _by_kind(stage, language, g).attributes["issued"]
        counts[1] += 1
        counts[0] += _equal(p.get("issued"), g["issued"])
    if "resolved" in g:
        _count_resolution(language, g, p)
    for attribute, value in g.items():
        if attribute in ("text", "occurrence", *keys) or attribute.startswith("_"):
            continue
        counts = score.attributes[attribute]
        counts[1] += 1
        if _equal(p.get(attribute), value):
            counts[0] += 1
        else:
            score.errors.append(f"{name}: {g['text']!r} {attribute}={p.get(attribute)!r}, gold {value!r}")


def _add(total: Score, score: Score, *, with_errors: bool) -> None:
    total.tp += score.tp
    total.fp += score.fp
    total.fn += score.fn
    total.errors.extend(score.errors if with_errors else [])
    for attribute, (right, seen) in score.attributes.items():
        total.attributes[attribute][0] += right
        total.attributes[attribute][1] += seen


@dataclass
class Resolution:
    """Gold names without a year (a ``resolved`` given, the ``id`` year-less): how many the extractor
    found, gave a version (``resolved`` not null) and gave the right one (null included). A gold
    file's ``published`` is the document's date, by which year-less law names resolve (issue 14's
    round, ``heldout14_*`` → ``<language>:heldout14``)."""

    names: int = 0
    found: int = 0
    resolved: int = 0
    right: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"names": self.names, "found": self.found, "resolved": self.resolved, "right": self.right,
                "resolved_rate": round(self.resolved / self.names, 4) if self.names else 1.0,
                "right_rate": round(self.right / self.names, 4) if self.names else 1.0}


RESOLUTION: dict[str, Resolution] = defaultdict(Resolution)


# references scored apart by kind of id (issue 14's measures): numbered, named with a year, named without
KINDS: dict[tuple[str, str], Score] = defaultdict(Score)


def reference_kind(ref_id: str | None) -> str:
    """``numbered`` (98/2018/NĐ-CP, 20-NQ/TW, 60/CP), ``named+year`` (Luật Đất đai 2013) or
    ``named`` (Luật Đất đai)."""
    ref_id = ref_id or ""
    if ref_id[:1].isdigit():
        return "numbered"
    return "named+year" if ref_id[-4:].isdigit() else "named"


def _by_kind(stage: str, bucket: str, fact: dict[str, Any]) -> Score:
    if stage != "references":
        return Score()  # counted nowhere
    return KINDS[(bucket, reference_kind(fact.get("id")))]


def _count_resolution(bucket: str, gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    r = RESOLUTION[bucket]
    r.names += 1
    r.found += 1
    r.resolved += predicted.get("resolved") is not None
    r.right += predicted.get("resolved") == gold["resolved"]


def stages_with_gold() -> list[str]:
    """The registered stages that have gold files (``<gold>/<stage>/*.json``), in name order; a gold
    folder of no registered stage is named on stderr and not scored."""
    folders = sorted(p.name for p in GOLD.iterdir() if p.is_dir() and any(p.glob("*.json"))) if GOLD.exists() else []
    for folder in folders:
        if folder not in KEYS:
            print(f"skipped {folder}/: no stage is registered under that name", file=sys.stderr)
    return [folder for folder in folders if folder in KEYS]


def gate(results: dict[str, dict[str, Score]], floors: dict[str, Any]) -> list[str]:
    """Every score below its pinned floor, as a message."""
    failures = []
    for stage, per_language in floors.items():
        if stage.startswith("_"):
            continue
        for language, metrics in per_language.items():
            score = results.get(stage, {}).get(language)
            if (stage, language) in SKIPPED:
                # some of its texts live in ../shared or ../external, absent here: the floor was set on the
                # whole bucket, and a part of it can score under it (or over it) by which pages are left
                continue
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
    argv = list(argv if argv is not None else sys.argv[1:])
    if "--gold" in argv:
        at = argv.index("--gold")
        use_gold(argv[at + 1])
        del argv[at:at + 2]
    args = set(argv)
    if "--missing" in args:
        for name, address in absent_texts():
            print(f"{name}\t{address or ''}")
        return 0
    results = {stage: evaluate_stage(stage) for stage in stages_with_gold()}
    if "--json" in args:
        out = {s: {l: sc.as_dict() for l, sc in r.items()} for s, r in results.items()}
        out["resolution"] = {l: r.as_dict() for l, r in sorted(RESOLUTION.items())}
        out["references_by_kind"] = {f"{l} {k}": sc.as_dict() for (l, k), sc in sorted(KINDS.items())}
        print(json.dumps(out, indent=2))
    else:
        first_runs_file = GOLD / "first_runs.json"
        first_runs = json.loads(first_runs_file.read_text(encoding="utf-8")) if first_runs_file.exists() else {}
        for stage, per_language in results.items():
            print(f"{stage}")
            for language, score in sorted(per_language.items()):
                d = score.as_dict()
                attrs = " ".join(f"{k}={v:.2f}" for k, v in d["attributes"].items())
                print(f"  {language:4} P={d['precision']:.3f} R={d['recall']:.3f} (tp {d['tp']}, fp {d['fp']}, fn {d['fn']}) {attrs}")
                first = first_runs.get(stage, {}).get(language)
                if first:  # a blind round's first run, before any fix: the estimate for unseen text
                    print(f"  {'':4} first run P={first['precision']:.3f} R={first['recall']:.3f} "
                          f"(tp {first['tp']}, fp {first['fp']}, fn {first['fn']}), recorded before any fix")
            if "-v" in args:
                for error in per_language["all"].errors:
                    print("    " + error)
            for (language, kind), sc in sorted(KINDS.items()) if stage == "references" else ():
                if ":heldout" in language:
                    d = sc.as_dict()
                    issued = f" issued={d['attributes']['issued']:.2f}" if "issued" in d["attributes"] else ""
                    print(f"  {language:4} {kind}: P={d['precision']:.3f} R={d['recall']:.3f} "
                          f"(tp {d['tp']}, fp {d['fp']}, fn {d['fn']}){issued}")
            for language, r in sorted(RESOLUTION.items()) if stage == "references" else ():
                d = r.as_dict()
                print(f"  {language:4} resolution: {d['names']} names without a year, found {d['found']}, "
                      f"resolved {d['resolved']} ({d['resolved_rate']:.2f}), rightly {d['right']} ({d['right_rate']:.2f})")
    if "--gate" in args:
        floors_file = GOLD / "floors.json"
        floors = json.loads(floors_file.read_text(encoding="utf-8")) if floors_file.exists() else {}
        failures = gate(results, floors)
        for failure in failures:
            print("FLOOR " + failure, file=sys.stderr)
        unchecked = sorted(f"{stage}/{bucket}" for stage, bucket in SKIPPED
                           if bucket in floors.get(stage, {}))
        if unchecked:
            print(f"not checked ({len(unchecked)} buckets with texts absent here): " + " ".join(unchecked),
                  file=sys.stderr)
        if failures:
            return 1
        # a bucket with texts absent is not held to its floor: its floors are not counted as held
        held = sum(1 for stage, buckets in floors.items() if not stage.startswith("_")
                   for bucket in buckets if f"{stage}/{bucket}" not in unchecked)
        skipped = f" ({len(unchecked)} buckets not checked)" if unchecked else ""
        print(f"quality gate: {held} floors held{skipped}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
