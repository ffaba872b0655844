"""Scale: a synthetic corpus of BENCH_DOCS documents (default 1,000,000), then search, mentions and
coverage latency, size per document and peak memory (processing speed is bench_processing).

    BENCH_DOCS=100000 python -m bench bench_scale

Peak memory. The corpus is built in a child process: the builder gives SQLite a page cache of up to
1 GB (``PRAGMA cache_size = -1000000`` in bench/synthetic.py, for the bulk load and the full-text
rebuild), which fills with the file's pages as it is written, so a process that built the corpus
peaks at about min(file size, 1 GB) plus Python (1.49 GB at 1,000,000 documents, when the build ran
in the benchmark's own process). The child's peak is reported as ``build_peak_rss_mb``; the
benchmark's ``peak_rss_mb`` is the queries' alone, with its growth after each phase in
``peak_rss_mb_by_phase``.
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.synthetic import build, rare_word

RESULTS = Path(__file__).resolve().parent / "results"
# document counts at 1,000,000: "va", "the", "hop" are in most Vietnamese documents (0.5-0.7 M),
# "cooperatives" in most English ones (250 k), "och" and "kooperativa" in the Swedish ones (50 k);
# the middle words in 2-3 % (25 k); the rare ones in at most 2,314 documents (a made-up name of the
# Zipf tail) down to one (the HS file numbers; HS1234 an old document)
QUERIES = {
    "single_common": ["va", "the", "hop", "cooperatives", "och", "kooperativa"],
    "single_middle": [rare_word(40), "VietGAP", "doanh"],
    "single_rare": ["HS1234", "HS987654", rare_word(400), rare_word(4000), rare_word(20000)],
    "phrase": ['"hop tac xa"', '"kinh te tap the"', '"value chain"', '"nghi dinh"', "hop tac xa"],
    "filtered": [("hop tac xa", {"lang": "vi", "province": "79"}), ("cooperatives", {"lang": "en", "since": "2024-01-01"}),
                 ("kooperativ", {"source": "bench-7"}), ("va", {"until": "2017-06-30"}), ("hop tac xa", {"agency": "MOF"}),
                 ("cooperatives", {"source": "bench-3", "lang": "en"}), (rare_word(400), {"lang": "vi"}),
                 ("hop tac xa", {"source": "no-such-source"})],
}
# legal documents cited a typical number of times, often, and the most cited one (in a tenth of all documents)
MENTIONS_TYPICAL = "300/2010/NĐ-CP"
MENTIONS_FREQUENT = "10/2010/NĐ-CP"
MENTIONS_TOP = "98/2018/NĐ-CP"


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"p50_ms": round(1000 * statistics.median(ordered), 2),
            "p95_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
            "runs": len(ordered)}


def timed(func, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        samples.append(time.perf_counter() - t0)
    return samples


def search_latency(path: Path, repeat: int = 10) -> dict:
    """``corpus.search.search`` (what ``vnpolicy search`` runs), 20 results, per kind of query; the
    tiers that answered each kind are reported too."""
    from corpus import open_db
    from corpus.search import search

    db = open_db(path, readonly=True)
    out = {}
    for kind, queries in QUERIES.items():
        samples, tiers = [], set()
        for query in queries:
            q, filters = (query if isinstance(query, tuple) else (query, {}))
            tiers |= {hit.tier for hit in search(db, q, limit=20, **filters)}  # warms the page cache once
            samples += timed(lambda: search(db, q, limit=20, **filters), repeat)
        out[kind] = percentiles(samples) | {"tiers": sorted(tiers)}
    return out


def build_facets(path: Path) -> dict:
    """Seconds to build each facet coverage reads (done once, then after each processing run), then
    stored the way ``vnpolicy coverage`` stores them."""
    from corpus import facets, open_db

    db = open_db(path)
    names = ["language", "source", "month", "story", "agency", "provinces:2025:mention"]
    seconds = {}
    for name in names:
        t0 = time.perf_counter()
        facets.build(db, name)
        seconds[name] = round(time.perf_counter() - t0, 2)
    facets.refresh(db, names)
    db.conn.close()
    return seconds


def fact_query_latency(path: Path, repeat: int = 5) -> dict:
    """``vnpolicy mentions`` (corpus.legal.find_mentions) and ``vnpolicy coverage``
    (corpus.coverage.coverage), through the project's own query functions."""
    from corpus import open_db
    from corpus.coverage import coverage
    from corpus.legal import find_mentions

    db = open_db(path, readonly=True)
    out = {"mentions": {}, "coverage": {}}
    typical = len(find_mentions(db, MENTIONS_TYPICAL)[1])
    out["mentions"]["typical"] = percentiles(timed(lambda: find_mentions(db, MENTIONS_TYPICAL), repeat)) | {"rows": typical}
    frequent = len(find_mentions(db, MENTIONS_FREQUENT)[1])
    out["mentions"]["frequent"] = percentiles(timed(lambda: find_mentions(db, MENTIONS_FREQUENT), repeat)) | {"rows": frequent}
    out["mentions"]["most_cited_first_100"] = percentiles(timed(lambda: find_mentions(db, MENTIONS_TOP, limit=100), repeat))
    out["mentions"]["most_cited_all"] = percentiles(timed(lambda: find_mentions(db, MENTIONS_TOP), 2)) | {
        "rows": len(find_mentions(db, MENTIONS_TOP)[1])}
    out["coverage"]["facet_build_seconds"] = build_facets(path)
    cases = {
        "province_query_sql_joins": lambda: coverage(db, "province", queries=["hop tac xa"], engine="sql"),  # baseline
        "province_query": lambda: coverage(db, "province", queries=["hop tac xa"]),
        "province_two_queries": lambda: coverage(db, "province", queries=["hop tac xa", "doanh nghiep"]),
        "month_ref": lambda: coverage(db, "month", refs=[MENTIONS_TOP]),
        "source_rare_query": lambda: coverage(db, "source", queries=[rare_word(400)]),
        "language_all": lambda: coverage(db, "language"),
        "province_query_vi_stories": lambda: coverage(db, "province", queries=["hop tac xa"], lang="vi", stories=True),
        "month_query_since_until": lambda: coverage(db, "month", queries=["doanh nghiep"], since="2018-01-01",
                                                    until="2020-12-31"),
        "agency_query": lambda: coverage(db, "agency", queries=["hop tac xa"]),
    }
    for name, case in cases.items():
        out["coverage"][name] = percentiles(timed(case, 3))
    return out


BUILD_CHILD = r"""
import json, resource, sys
sys.path.insert(0, {repo!r})
from pathlib import Path
from bench.synthetic import build
build(Path({path!r}), {documents})
print(json.dumps({{"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run() -> dict:
    documents = int(os.environ.get("BENCH_DOCS", "1000000"))
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"scale-{documents}.db"
    result: dict = {"documents": documents}
    if not path.exists():
        t0 = time.perf_counter()
        code = BUILD_CHILD.format(repo=str(Path(__file__).resolve().parents[1]), path=str(path.with_suffix(".tmp")),
                                  documents=documents)
        child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        path.with_suffix(".tmp").rename(path)
        result["build_seconds"] = round(time.perf_counter() - t0, 1)
        result["build_peak_rss_mb"] = round(json.loads(child.stdout.strip().splitlines()[-1])["peak_rss_mb"], 1)
    from corpus import open_db

    phases = {"start": _peak_mb()}
    open_db(path).conn.close()  # a corpus built by an older version gets the current schema (search indexes)
    result["bytes_per_document"] = round(path.stat().st_size / documents)
    result["search"] = search_latency(path)
    phases["search"] = _peak_mb()
    result.update(fact_query_latency(path))
    phases["mentions_facets_coverage"] = _peak_mb()
    result["peak_rss_mb"] = _peak_mb()
    result["peak_rss_mb_by_phase"] = phases
    return result
