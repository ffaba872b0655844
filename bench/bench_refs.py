"""Reference extraction throughput on the seed texts repeated, next to a bare regex scan for
``\\d+/\\d{4}/`` over the same text in the same run (the ceiling): the ratio is what to watch."""
from __future__ import annotations

import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
BARE = re.compile(r"\d+/\d{4}/")


def _best_of(runs: int, func) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def run(repeat: int = 40, runs: int = 3) -> dict:
    from extract.refs import find_references

    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt")))
    # one document per seed copy, the way the stage sees pages; the text is long enough to time
    documents = [seeds] * repeat
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    find_references(seeds)  # load the tables and compile the grammar outside the timing
    found = sum(len(find_references(d)) for d in documents[:1])
    extraction = _best_of(runs, lambda: [find_references(d) for d in documents])
    bare = _best_of(runs, lambda: [BARE.findall(d) for d in documents])
    return {
        "megabytes": round(megabytes, 2),
        "references_per_copy": found,
        "extraction_mb_per_s": round(megabytes / extraction, 2),
        "bare_regex_mb_per_s": round(megabytes / bare, 2),
        "ratio_extraction_to_bare_regex": round(bare / extraction, 4),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
