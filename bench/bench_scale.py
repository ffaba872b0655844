"""Scale: a synthetic corpus of BENCH_DOCS documents (default 1,000,000), then search, mentions and
coverage latency, size per document and peak memory (processing speed is bench_processing).

    BENCH_DOCS=100000 python -m bench bench_scale
"""
from __future__ import annotations

import os
import resource
import statistics
import time
from pathlib import Path

from bench.synthetic import build

RESULTS = Path(__file__).resolve().parent / "results"
QUERIES = {
    "single_rare": ["kooperativa", "coopératives", "VietGAP", "Raiffeisen", "OCOP"],
    "single_common": ["hop", "tac", "cooperatives", "the", "va"],
    "phrase": ['"hop tac xa"', '"kinh te tap the"', '"value chain"', '"le lien"'],
    "filtered": [("hop tac xa", {"lang": "vi", "province": "79"}), ("cooperatives", {"lang": "en", "since": "2024-01-01"}),
                 ("kooperativ", {"source": "bench-7"})],
}


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


def search_latency(path: Path, repeat: int = 5) -> dict:
    from corpus import open_db
    from corpus.search import search

    db = open_db(path, readonly=True)
    out = {}
    for kind, queries in QUERIES.items():
        samples = []
        for query in queries:
            q, filters = (query if isinstance(query, tuple) else (query, {}))
            search(db, q, limit=20, **filters)  # warm the page cache once
            samples += timed(lambda: search(db, q, limit=20, **filters), repeat)
        out[kind] = percentiles(samples)
    return out


def fact_query_latency(path: Path, repeat: int = 5) -> dict:
    """mentions of one document and coverage by province, through the project's own queries when
    they are present, else the equivalent SQL."""
    from corpus import open_db

    db = open_db(path, readonly=True)
    out = {}
    try:
        from corpus.legal import mentions_of  # type: ignore[attr-defined]

        run_mentions = lambda: mentions_of(db, "98/2018/NĐ-CP")  # noqa: E731
    except ImportError:
        sql = ("select m.*, d.url, d.source_id, d.province_code, d.language, d.published from mentions m "
               "join documents d on d.id = m.document_id where m.legal_id = ? order by d.published desc limit 1000")
        run_mentions = lambda: db.execute(sql, ["98/2018/NĐ-CP"]).fetchall()  # noqa: E731
    out["mentions"] = percentiles(timed(run_mentions, repeat))
    sql = ("select d.province_code, count(distinct d.id), (select count(*) from documents x where x.province_code = d.province_code) "
           "from mentions m join documents d on d.id = m.document_id where m.legal_id = ? group by d.province_code")
    out["coverage_by_province_sql"] = percentiles(timed(lambda: db.execute(sql, ["98/2018/NĐ-CP"]).fetchall(), repeat))
    return out


def run() -> dict:
    documents = int(os.environ.get("BENCH_DOCS", "1000000"))
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"scale-{documents}.db"
    result: dict = {"documents": documents}
    if not path.exists():
        t0 = time.perf_counter()
        build(path.with_suffix(".tmp"), documents)
        path.with_suffix(".tmp").rename(path)
        result["build_seconds"] = round(time.perf_counter() - t0, 1)
    result["bytes_per_document"] = round(path.stat().st_size / documents)
    result["search"] = search_latency(path)
    result.update(fact_query_latency(path))
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result
