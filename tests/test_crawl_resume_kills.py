"""Crawls killed with SIGKILL again and again, then resumed with the same --jobdir, over a site whose
older articles are reachable only through the pages of a listing: every article ends up stored
once, the queue the killed runs left is read (or repaired), and the report says so. Real crawls in
subprocesses against the loopback sample site."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from crawler.samplesite import SampleSiteServer
from crawler.samplesite.generate import Resource, data_dir
from tests.conftest import REPO

COPIES = 8  # 40 articles and a PDF: 20 listing pages
IN_SITEMAP = 16  # the newest articles are in the sitemap; the others only behind "next page" links
OLD_SCRAPY_QUEUE = ["--set", "SCHEDULER_DISK_QUEUE=scrapy.squeues.PickleLifoDiskQueue",
                    "--set", "SCHEDULER_START_DISK_QUEUE=scrapy.squeues.PickleFifoDiskQueue",
                    "--set", "SCHEDULER_PRIORITY_QUEUE=scrapy.pqueues.DownloaderAwarePriorityQueue"]


def paginated_site_registry(site, path: Path) -> Path:
    """The sample source found through a sitemap of its newest articles and one paginated listing;
    no feed, no other section, no sitemap in robots.txt."""
    from crawler.registry import read_registry

    newest = [a["path"] for a in site.site.articles[:IN_SITEMAP]]
    urls = "".join(f"<url><loc>{site.url}{p}</loc></url>\n" for p in newest)
    site.site.resources["/news-sitemap.xml"] = Resource(
        ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
         f"{urls}</urlset>\n").encode(), "application/xml")
    entry = json.loads((data_dir() / "source.json").read_text(encoding="utf-8"))
    entry.update(homepage=site.url + "/", robots_sitemaps=False, feeds_from_pages=False,
                 max_depth=500, max_listing_pages=500,
                 discovery={"sitemaps": ["/news-sitemap.xml"], "feeds": [], "sections": ["/topic/cooperatives"]},
                 follow_pattern=r"^/topic/[a-z-]+(\?page=\d+)?$")
    path.write_text(json.dumps({"defaults": read_registry()["defaults"], "sources": [entry]}), encoding="utf-8")
    return path


def crawl_command(registry: Path, db: Path, jobdir: Path, report: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "vnpolicy", "crawl", "sample", "--registry", str(registry), "--local-site",
            "--no-process", "--jobdir", str(jobdir), "--db", str(db), "--report", str(report),
            # few requests in the downloader at once: the others wait in the queue on disk
            "--set", "CONCURRENT_REQUESTS=4", "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
            "--set", "VNPOLICY_BATCH_SIZE=5", *extra]


def kill_after(command: list[str], site, articles: set[str], more: int) -> None:
    """Start a crawl and SIGKILL it once it has asked for ``more`` articles it had not asked for yet."""
    before = len(articles & set(site.requested_paths()))
    crawler = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(articles & set(site.requested_paths())) < before + more:
        time.sleep(0.02)
    os.kill(crawler.pid, signal.SIGKILL)
    crawler.wait(timeout=30)
    assert crawler.returncode == -signal.SIGKILL, "the crawl ended before it could be killed"


def queued_requests(jobdir: Path) -> int:
    """Requests waiting in the SQLite queue files of a job directory."""
    total = 0
    for path in (jobdir / "requests.queue").glob("*/*[0-9]"):
        conn = sqlite3.connect(path)  # read-write, as the resume opens it: a kill mid-commit leaves a journal to roll back
        try:
            total += conn.execute("select count(*) from queue").fetchone()[0]
        finally:
            conn.close()
    return total


def stored_paths(db: Path) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return [urlsplit(url).path for (url,) in conn.execute("select url from pages")]


def finish(command: list[str]) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=REPO, capture_output=True, timeout=180)
    result.stderr = result.stderr.decode("utf-8", "replace")
    return result


def assert_clean(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "struct.error" not in result.stderr, result.stderr[-3000:]


def test_killed_crawls_resume_to_every_article_behind_pagination(tmp_path):
    db, jobdir = tmp_path / "c.db", tmp_path / "job"
    with SampleSiteServer(delay=0.05, copies=COPIES) as site:
        registry = paginated_site_registry(site, tmp_path / "registry.json")
        articles = set(site.site.article_paths())
        left_queued = []
        for run in range(2):  # killed while fetching, twice over
            kill_after(crawl_command(registry, db, jobdir, tmp_path / f"killed{run}.json"), site, articles, 6)
            assert len(stored_paths(db)) < len(articles)
            left_queued.append(queued_requests(jobdir))
        assert left_queued[0] > 0  # the queue on disk survived the SIGKILL
        resumed = finish(crawl_command(registry, db, jobdir, tmp_path / "resumed.json"))
    stored = stored_paths(db)
    missing = articles - set(stored)
    assert not missing, f"{len(missing)} of {len(articles)} articles never found, e.g. {sorted(missing)[:3]}"
    assert len(stored) == len(articles)  # each once
    assert_clean(resumed)
    report = json.loads((tmp_path / "resumed.json").read_text(encoding="utf-8"))
    assert report["finish_reason"] == "finished"
    assert report["resume"] == {"queued": left_queued[-1], "repairs": []}  # read, and said so


def test_a_queue_left_damaged_by_scrapys_old_disk_queue_is_repaired(tmp_path):
    """A job directory written with Scrapy's default disk queue (as before this crawler kept its own)
    by a crawl that was killed: its files are cut short. The resume reads what they hold, says
    what it repaired, and stores every article."""
    db, jobdir = tmp_path / "c.db", tmp_path / "job"
    with SampleSiteServer(delay=0.05, copies=COPIES) as site:
        registry = paginated_site_registry(site, tmp_path / "registry.json")
        articles = set(site.site.article_paths())
        kill_after(crawl_command(registry, db, jobdir, tmp_path / "killed.json", *OLD_SCRAPY_QUEUE), site, articles, 6)
        queue_files = [p for p in (jobdir / "requests.queue").rglob("*") if p.is_file()]
        assert any(p.stat().st_size < 4 for p in queue_files), "the old queue left no empty file this time"
        resumed = finish(crawl_command(registry, db, jobdir, tmp_path / "resumed.json"))
    assert sorted(stored_paths(db)) == sorted(articles)
    assert_clean(resumed)
    report = json.loads((tmp_path / "resumed.json").read_text(encoding="utf-8"))
    assert any("cut short" in note for note in report["resume"]["repairs"]), report["resume"]
