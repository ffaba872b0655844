"""Crawl-and-store throughput against the local sample site, next to the ceiling: the same Scrapy
crawl (same spider, settings and site) with no item pipeline, so nothing is written. Both run in
this benchmark run, one after the other, each in its own process (Twisted's reactor runs once per
process); the figure that matters is the ratio."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COPIES = 200  # ×5 articles: a thousand pages


def _crawl(registry: Path, db: Path, report: Path, *extra: str) -> dict:
    command = [sys.executable, "-m", "vnpolicy", "crawl", "sample", "--registry", str(registry), "--local-site",
               "--no-process", "--db", str(db), "--report", str(report), *extra]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "crawl failed")
    return json.loads(report.read_text(encoding="utf-8"))


def run() -> dict:
    sys.path.insert(0, str(REPO))
    from crawler.samplesite import SampleSiteServer
    from crawler.samplesite.generate import write_sample_registry
    from crawler.samplesite.site_data import DemoTexts, locate_demo_texts

    locate_demo_texts(DemoTexts(seeds=REPO / "vnpolicy" / "data" / "sample",
                                generated=REPO / "vnpolicy" / "data" / "sample_corpus"))

    with tempfile.TemporaryDirectory() as tmp, SampleSiteServer(copies=COPIES) as site:
        tmp_path = Path(tmp)
        registry = write_sample_registry(site.url, tmp_path / "registry.json")
        pages = len(site.site.article_paths())
        ceiling = _crawl(registry, tmp_path / "ceiling.db", tmp_path / "ceiling.json", "--set", "ITEM_PIPELINES={}")
        stored = _crawl(registry, tmp_path / "store.db", tmp_path / "store.json")
    fetched_ceiling = pages  # every article is fetched in both runs; the ceiling just stores none
    result = {
        "articles": pages,
        "stored": stored["stored"],
        "ceiling_seconds": ceiling["elapsed_seconds"],
        "crawl_and_store_seconds": stored["elapsed_seconds"],
        "ceiling_pages_per_s": round(fetched_ceiling / ceiling["elapsed_seconds"], 1),
        "crawl_and_store_pages_per_s": round(stored["stored"] / stored["elapsed_seconds"], 1),
    }
    result["ratio_to_ceiling"] = round(result["crawl_and_store_pages_per_s"] / result["ceiling_pages_per_s"], 3)
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
