"""Diffusion at scale: on the synthetic corpus of bench_scale (BENCH_DOCS documents, default 1,000,000;
built once, shared with bench_scale), the time of one legal document's diffusion (what ``vnpolicy
diffusion`` computes, arrays loaded afresh each call) for a document cited a typical number of times,
often, and the most cited one, and of ``export diffusion`` over the most cited documents.

    BENCH_DOCS=100000 python -m bench bench_diffusion
    BENCH_DIFFUSION_DB=/path/to/scale-1000000.db python -m bench bench_diffusion   # reuse a built corpus

Each question is also timed on a connection of its own (``fresh_connection``), as ``vnpolicy
diffusion`` asks one question per process: SQLite's cache of the pages it read starts empty (the
operating system's file cache stays warm).

Targets at 1,000,000 documents: one document under 200 ms, the 1,000 most cited under 10 s.
"""
from __future__ import annotations

import os
import resource
import time
from pathlib import Path

from bench.bench_scale import MENTIONS_FREQUENT, MENTIONS_TOP, MENTIONS_TYPICAL, percentiles
from bench.synthetic import build

RESULTS = Path(__file__).resolve().parent / "results"


def measured(func, repeat: int) -> dict:
    """Wall-clock percentiles, and the median CPU time of this process: on cores shared with other
    jobs the CPU time is the steadier figure of the two."""
    walls, cpus = [], []
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        func()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return percentiles(walls) | {"cpu_p50_ms": round(1000 * sorted(cpus)[len(cpus) // 2], 2)}
TOP = int(os.environ.get("BENCH_DIFFUSION_TOP", "1000"))


def run() -> dict:
    from corpus import facets, open_db
    from corpus.diffusion import Context, diffusion, median_lags, most_cited

    documents = int(os.environ.get("BENCH_DOCS", "1000000"))
    RESULTS.mkdir(exist_ok=True)
    # an existing corpus of bench_scale (another worktree's, say): used where it is, never copied
    reused = os.environ.get("BENCH_DIFFUSION_DB")
    path = Path(reused) if reused else RESULTS / f"scale-{documents}.db"
    result: dict = {"documents": documents}
    if reused:
        result["documents"] = open_db(path, readonly=True).execute("select count(*) from documents").fetchone()[0]
    elif not path.exists():
        t0 = time.perf_counter()
        build(path.with_suffix(".tmp"), documents)
        path.with_suffix(".tmp").rename(path)
        result["build_seconds"] = round(time.perf_counter() - t0, 1)
    db = open_db(path)  # the current schema; the facets diffusion reads are built and stored once
    names = [facets.province_facet(scheme, attribution) for scheme in ("2025", "2024")
             for attribution in ("mention", "publisher")] + ["source", "day"]
    seconds = {}
    for name in names:
        t0 = time.perf_counter()
        facets.refresh(db, [name])
        seconds[name] = round(time.perf_counter() - t0, 2)
    for name in names[:-1]:  # the documents per group per day, which one question reads
        t0 = time.perf_counter()
        facets.load_daily(db, name)
        seconds[facets.DAILY + name] = round(time.perf_counter() - t0, 2)
    result["facet_build_seconds"] = seconds
    db.conn.close()

    db = open_db(path, readonly=True)
    result["mentions"] = {ref: db.execute("select count(*) from mentions where legal_id = ?", [ref]).fetchone()[0]
                          for ref in (MENTIONS_TYPICAL, MENTIONS_FREQUENT, MENTIONS_TOP)}
    result["context"] = measured(lambda: Context(db, "province"), 5)
    one = {}
    for label, ref in (("typical", MENTIONS_TYPICAL), ("frequent", MENTIONS_FREQUENT), ("most_cited", MENTIONS_TOP)):
        diffusion(db, [ref])  # warms the page cache once
        one[label] = measured(lambda: diffusion(db, [ref]), 10)
    one["typical_2024_publisher"] = measured(lambda: diffusion(db, [MENTIONS_TYPICAL], scheme="2024",
                                                               attribution="publisher"), 10)
    one["typical_by_source"] = measured(lambda: diffusion(db, [MENTIONS_TYPICAL], by="source"), 10)
    result["one_document"] = one

    def asked_alone(ref: str, **kwargs) -> None:
        alone = open_db(path, readonly=True)
        diffusion(alone, [ref], **kwargs)
        alone.conn.close()

    fresh = {}
    for label, ref in (("typical", MENTIONS_TYPICAL), ("frequent", MENTIONS_FREQUENT), ("most_cited", MENTIONS_TOP)):
        fresh[label] = measured(lambda: asked_alone(ref), 10)
    fresh["typical_2024_publisher"] = measured(lambda: asked_alone(MENTIONS_TYPICAL, scheme="2024",
                                                                    attribution="publisher"), 10)
    fresh["typical_by_source"] = measured(lambda: asked_alone(MENTIONS_TYPICAL, by="source"), 10)
    result["one_document_fresh_connection"] = fresh

    def export() -> int:
        results = most_cited(db, top=TOP)
        median_lags(results)
        return len(results)

    t0 = time.perf_counter()
    exported = export()
    first = time.perf_counter() - t0
    result["export_top"] = measured(export, 3) | {"documents": exported, "first_run_s": round(first, 2)}
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result
