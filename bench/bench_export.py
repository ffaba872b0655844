"""Export of 1,000,000 fact rows: memory stays flat; throughput measured against a bare SELECT.

A synthetic corpus (documents over 24 months, figures with sentences) is built with executemany,
at 100,000 and at 1,000,000 fact rows. Each measurement runs in its own subprocess, which reports
its peak resident memory (getrusage) and its rows per second:

- baseline: a bare ``SELECT`` over the same fact rows joined to their documents, read with
  fetchmany and thrown away, in a process that imported the same libraries (for the partitioned
  export, the same SELECT ordered by month, as the export reads them: SQLite's sort of every row
  by month is then in both);
- export to CSV, JSON Lines, Parquet, and Parquet partitioned by month.

Reported as ratios to the baseline of the same run, and memory at 1,000,000 rows over memory at
100,000 rows (flat memory: close to 1). The machine is shared: each format is timed in alternation
with its own baseline (ROUNDS times each, the best kept), so that a busy spell falls on both; the
ratio is given in wall-clock time (rows per second) and in CPU time of the process (user + system,
all its threads), which other jobs disturb less. ``BENCH_EXPORT_ROWS=100000,300000`` measures
other sizes, ``BENCH_EXPORT_FORMATS=parquet`` only some formats.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = tuple(int(n) for n in os.environ.get("BENCH_EXPORT_ROWS", "100000,1000000").split(","))
ROUNDS = int(os.environ.get("BENCH_EXPORT_ROUNDS", "2"))
FACTS_PER_DOCUMENT = 100
FORMATS = [("csv", None), ("jsonl", None), ("parquet", None), ("parquet", "month")]
# BENCH_EXPORT_FORMATS=parquet,parquet_by_month measures only those (names as in the report)
ONLY = {n for n in os.environ.get("BENCH_EXPORT_FORMATS", "").split(",") if n}

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from corpus import open_db
from corpus.export import export, select_sql, Filters
import pyarrow, pyarrow.parquet  # the baseline pays for the same imports
db = open_db({db!r}, readonly=True)
mode, fmt, partition, out = {mode!r}, {fmt!r}, {partition!r}, {out!r}
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu_at_start = usage.ru_utime + usage.ru_stime
start = time.perf_counter()
if mode == "baseline":  # the same rows in the same order: by month first for a partitioned export
    sql, params, _ = select_sql(db, "figures", Filters(), partition_by=partition)
    cursor = db.conn.execute(sql, params)
    rows = 0
    while chunk := cursor.fetchmany(20000):
        rows += len(chunk)
else:
    rows = export(db, "figures", out, format=fmt, partition_by=partition).rows
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{"rows": rows, "seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime - cpu_at_start,
                  "peak_rss_mb": usage.ru_maxrss / 1024}}))
"""


def build_corpus(path: Path, facts: int) -> None:
    sys.path.insert(0, str(REPO))
    from corpus import open_db

    rng = random.Random(0)
    db = open_db(path)
    documents = facts // FACTS_PER_DOCUMENT
    sentence = "Theo báo cáo, cả nước có hơn {n} hợp tác xã nông nghiệp hoạt động hiệu quả trong năm {y}."
    with db.atomic():
        db.conn.executemany(
            "insert into pages (id, url, content_encoding) values (?, ?, 'zlib')",
            ((i, f"https://example.vn/bai-{i}.html") for i in range(1, documents + 1)))
        db.conn.executemany(
            "insert into documents (id, page_id, url, source_id, province_code, language, published, title, text, "
            "title_folded, text_folded, length, extractor_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')",
            ((i, i, f"https://example.vn/bai-{i}.html", f"source{i % 40}", f"P{i % 34:02d}", "vi",
              f"{2024 + (i % 24) // 12}-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}", f"Bài {i}", "hợp tác xã " * 20,
              f"bai {i}", "hop tac xa " * 20, 220) for i in range(1, documents + 1)))
        db.conn.executemany(
            "insert into figures (id, document_id, start, end, text, sentence, language, extractor_version, "
            "value, low, high, qualifier, unit, currency) values (?, ?, ?, ?, ?, ?, 'vi', 'bench', ?, null, null, ?, ?, null)",
            ((i, (i - 1) // FACTS_PER_DOCUMENT + 1, 30, 45, f"hơn {n} hợp tác xã", sentence.format(n=n, y=2024),
              float(n), "more_than", "hợp tác xã")
             for i in range(1, facts + 1) for n in [rng.randint(10, 99999)]))
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()


def measure(db: Path, mode: str, fmt: str | None, partition: str | None, out: Path) -> dict:
    code = CHILD.format(repo=str(REPO), db=str(db), mode=mode, fmt=fmt, partition=partition, out=str(out))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _best(runs: list[dict]) -> dict:
    return {"rows": runs[0]["rows"], "seconds": min(r["seconds"] for r in runs),
            "cpu_seconds": min(r["cpu_seconds"] for r in runs), "peak_rss_mb": max(r["peak_rss_mb"] for r in runs)}


def run(sizes: tuple[int, ...] = SIZES) -> dict:
    report: dict = {"rows": {}, "note": __doc__.strip().splitlines()[0], "rounds": ROUNDS}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        for size in sizes:
            db = tmp_path / f"bench-{size}.db"
            started = time.perf_counter()
            build_corpus(db, size)
            entry = {"build_seconds": round(time.perf_counter() - started, 1)}
            baselines = []
            for fmt, partition in FORMATS:
                name = fmt + ("_by_month" if partition else "")
                if ONLY and name not in ONLY:
                    continue
                out = tmp_path / f"out-{size}-{name}" if partition else tmp_path / f"out-{size}.{fmt}"
                base_runs, export_runs = [], []
                for _ in range(ROUNDS):
                    base_runs.append(measure(db, "baseline", None, partition, tmp_path / "none"))
                    export_runs.append(measure(db, "export", fmt, partition, out))
                    files = list(out.rglob("*")) if out.is_dir() else [out]
                    size_mb = sum(p.stat().st_size for p in files if p.is_file()) / 2**20
                    shutil.rmtree(out) if out.is_dir() else out.unlink()
                base, m = _best(base_runs), _best(export_runs)
                assert base["rows"] == m["rows"] == size, (base, m)
                baselines.append(base)
                entry[name] = {
                    "rows_per_second": round(size / m["seconds"]),
                    "baseline_rows_per_second": round(size / base["seconds"]),
                    "throughput_vs_baseline": round(base["seconds"] / m["seconds"], 3),
                    "cpu_vs_baseline": round(base["cpu_seconds"] / m["cpu_seconds"], 3),
                    "peak_rss_mb": round(m["peak_rss_mb"], 1),
                    "peak_rss_vs_baseline": round(m["peak_rss_mb"] / base["peak_rss_mb"], 2),
                    "output_mb": round(size_mb, 1),
                }
            entry["baseline_select"] = {"rows_per_second": round(size / min(b["seconds"] for b in baselines)),
                                        "peak_rss_mb": round(max(b["peak_rss_mb"] for b in baselines), 1)}
            report["rows"][str(size)] = entry
            db.unlink()
    if len(sizes) > 1:
        small, large = (report["rows"][str(s)] for s in (sizes[0], sizes[-1]))
        report[f"memory_growth_{sizes[-1]}_vs_{sizes[0]}"] = {
            name: round(large[name]["peak_rss_mb"] / small[name]["peak_rss_mb"], 2)
            for name in large if isinstance(large[name], dict) and "peak_rss_mb" in large[name]
        }
    return report


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
