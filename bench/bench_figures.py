"""Figures: throughput against a bare number regex, and a side-by-side with quantulum3.

``run()`` reports
- ``throughput``: MB/s of the figures grammar over the seeds (and the dev articles when present),
  against a bare number regex scan over the same text in the same run, as a ratio;
- ``quantulum3``: on the English seed, what the figures stage and quantulum3 each find and miss
  against the gold figures (tests/gold/figures/000.json).
"""
from __future__ import annotations

import json
import re
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"
GOLD = ROOT / "tests" / "gold" / "figures"
ENGLISH_SEED_GOLD = GOLD / "000.json"

BARE_NUMBER = re.compile(r"\d+(?:[.,\u00a0 ]\d+)*")


def _corpus() -> list[tuple[str, str]]:
    """(language, clean text) of the seeds and, when present, the dev articles."""
    import extract

    docs = []
    for path in sorted(SAMPLE.glob("*.txt")):
        doc = extract.document(path.read_text(encoding="utf-8"), stages=[])
        docs.append((doc.language, doc.text))
    if DEV.exists():
        for path in sorted(DEV.glob("*.txt")):
            docs.append(("vi", extract.document(path.read_text(encoding="utf-8"), lang="vi", stages=[]).text))
    return docs


def throughput(min_seconds: float = 2.0) -> dict[str, Any]:
    from extract.figures import find_figures

    docs = _corpus()
    size_mb = sum(len(text.encode("utf-8")) for _, text in docs) / 1e6

    def timed(work) -> tuple[float, int]:
        rounds, found, started = 0, 0, time.perf_counter()
        while True:
            found = sum(work(lang, text) for lang, text in docs)
            rounds += 1
            elapsed = time.perf_counter() - started
            if elapsed >= min_seconds:
                return rounds * size_mb / elapsed, found

    regex_mbs, numbers = timed(lambda _lang, text: len(BARE_NUMBER.findall(text)))
    figures_mbs, figures = timed(lambda lang, text: len(find_figures(text, lang)))
    return {
        "documents": len(docs),
        "megabytes": round(size_mb, 3),
        "figures_mb_per_s": round(figures_mbs, 3),
        "bare_regex_mb_per_s": round(regex_mbs, 3),
        "figures_vs_bare_regex": round(figures_mbs / regex_mbs, 4),
        "numbers_seen": numbers,
        "figures_found": figures,
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gold_spans(text: str, gold: dict) -> list[dict]:
    out = []
    for fact in gold["facts"]:
        start = -1
        for _ in range(fact.get("occurrence", 1)):
            start = text.find(fact["text"], start + 1)
        out.append(dict(fact, span=(start, start + len(fact["text"]))))
    return out


def _score(predicted: list[dict], gold: list[dict]) -> dict[str, Any]:
    """found / missed / spurious: a prediction is a gold figure when the spans overlap and the value
    (or a range's mean, quantulum3's convention for ranges) is equal."""
    used: set[int] = set()
    found: list[str] = []
    missed: list[str] = []
    for g in gold:
        targets = [g["value"]] if g.get("value") is not None else [g["low"], g["high"], (g["low"] + g["high"]) / 2]
        hit = next((i for i, p in enumerate(predicted) if i not in used and _overlaps(p["span"], g["span"])
                    and any(p["value"] is not None and abs(p["value"] - t) <= 1e-9 * max(1, abs(t)) for t in targets)), None)
        if hit is None:
            missed.append(g["text"])
        else:
            used.add(hit)
            found.append(g["text"] if predicted[hit]["text"] == g["text"] else f'{g["text"]} (as {predicted[hit]["text"]!r})')
    spurious = [p["text"] for i, p in enumerate(predicted) if i not in used]
    tp = len(found)
    return {
        "precision": round(tp / len(predicted), 4) if predicted else 1.0,
        "recall": round(tp / len(gold), 4) if gold else 1.0,
        "found": found, "missed": missed, "spurious": spurious,
    }


def quantulum_comparison() -> dict[str, Any]:
    """What the figures stage and quantulum3 find and miss on the English seed."""
    import extract
    from quantulum3 import classifier, parser

    # quantulum3's pickled unit classifier does not load under the installed scikit-learn;
    # its own rule-based disambiguation (the mode its tests also cover) is used instead
    classifier.USE_CLF = False
    gold = json.loads(ENGLISH_SEED_GOLD.read_text(encoding="utf-8"))
    doc = extract.document((ROOT / gold["text_file"]).read_text(encoding="utf-8"), lang="en")
    gold_facts = _gold_spans(doc.text, gold)
    ours = [{"text": f.text, "span": (f.start, f.end), "value": f.value if f.value is not None else f.low}
            for f in doc.figures]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(doc.text)
    theirs = [{"text": q.surface, "span": tuple(q.span), "value": float(q.value),
               "unit": q.unit.name} for q in quantities]
    by_span = {(f.start, f.end): f for f in doc.figures}
    money = [g["text"] for g in gold_facts if g.get("currency")]
    return {
        "seed": gold["text_file"],
        "gold_figures": len(gold_facts),
        "vnpolicy": _score(ours, gold_facts),
        "quantulum3": _score(theirs, gold_facts),
        # what is counted and how sure the text is: quantulum3 has no qualifiers and reads VND as a physical unit
        "qualifiers_in_gold": sum(1 for g in gold_facts if g.get("qualifier")),
        "vnpolicy_qualifiers": sum(1 for f in by_span.values() if f.qualifier),
        "quantulum3_qualifiers": 0,
        "money_in_gold": money,
        "quantulum3_units": {q["text"]: q["unit"] for q in theirs},
    }


def run() -> dict[str, Any]:
    result: dict[str, Any] = {"throughput": throughput()}
    try:
        result["quantulum3"] = quantulum_comparison()
    except ImportError as exc:  # quantulum3 is a dev extra
        result["quantulum3"] = {"skipped": f"quantulum3 not installed: {exc}"}
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
