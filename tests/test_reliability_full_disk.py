"""A disk that fills during a crawl: the crawl stops fetching at the first write that fails and says so
in one line; what was stored stays. A real crawl in a subprocess against the loopback sample site,
writing its corpus onto a real tmpfs of a few MB (mounting needs root: skipped otherwise)."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from crawler.samplesite import SampleSiteServer
from crawler.samplesite.generate import write_sample_registry
from tests.conftest import REPO

BATCH = 10  # pages a transaction
CONCURRENT = 8  # requests in flight at most (CONCURRENT_REQUESTS)
ROOM = 300_000  # bytes left free once the empty corpus is made: room for a few batches


@pytest.fixture
def small_filesystem(tmp_path):
    """A real 3 MB tmpfs (root only); skipped where mounting is not allowed."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small filesystem needs root")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill_up_to(folder, room: int) -> None:
    stat = os.statvfs(folder)
    (folder / "filler").write_bytes(b"\0" * max(0, stat.f_bavail * stat.f_frsize - room))


def test_crawl_onto_a_full_disk_stops_fetching_and_says_so_in_one_line(small_filesystem, tmp_path):
    from corpus import open_db

    db = small_filesystem / "c.db"
    open_db(db).conn.close()
    fill_up_to(small_filesystem, ROOM)
    report = tmp_path / "report.json"
    with SampleSiteServer(copies=100) as site:  # 500 articles, about 5 MB of pages
        registry = write_sample_registry(site.url, tmp_path / "registry.json")
        result = subprocess.run(
            [sys.executable, "-m", "vnpolicy", "crawl", "sample", "--registry", str(registry), "--local-site",
             "--no-process", "--db", str(db), "--report", str(report),
             "--set", f"VNPOLICY_BATCH_SIZE={BATCH}", "--set", f"CONCURRENT_REQUESTS={CONCURRENT}"],
            cwd=REPO, capture_output=True, timeout=240)
        articles = set(site.site.article_paths())
        fetched = len(articles & set(site.requested_paths()))
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode != 0
    assert stderr.strip().splitlines() == ["Error: the disk is full: database or disk is full"], stderr[-3000:]
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("select count(*) from pages").fetchone()[0]
    crawl = json.loads(report.read_text(encoding="utf-8"))
    assert 0 < stored == crawl["stored"] < len(articles)  # what was written before the disk filled stays
    assert crawl["write_error"] == "database or disk is full"
    # fetching stopped at the failed write: beyond the stored pages, only the batch that failed, the
    # pages collected while it was written and the requests already in flight
    assert fetched <= stored + 2 * BATCH + CONCURRENT, (fetched, stored)
    assert 0 < crawl["failed"]["not stored: the corpus could not be written"]["count"] <= fetched - stored


def test_crawl_with_its_job_directory_on_a_full_disk_keeps_the_queue_in_memory(small_filesystem, tmp_path):
    """Only the queue's disk is full: the requests stay in memory (a warning in the report, a kill
    would lose them), and the crawl stores every article."""
    jobdir = small_filesystem / "job"
    jobdir.mkdir()
    fill_up_to(small_filesystem, 0)
    db, report = tmp_path / "c.db", tmp_path / "report.json"
    with SampleSiteServer() as site:
        registry = write_sample_registry(site.url, tmp_path / "registry.json")
        result = subprocess.run(
            [sys.executable, "-m", "vnpolicy", "crawl", "sample", "--registry", str(registry), "--local-site",
             "--no-process", "--db", str(db), "--report", str(report), "--jobdir", str(jobdir)],
            cwd=REPO, capture_output=True, timeout=240)
        articles = set(site.site.article_paths())
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr[-3000:]
    assert "Traceback" not in stderr, stderr[-3000:]
    crawl = json.loads(report.read_text(encoding="utf-8"))
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        stored = {urlsplit(url).path for (url,) in conn.execute("select url from pages")}
    assert stored == articles
    assert any("kept in memory" in reason for reason in crawl["warnings"]), crawl["warnings"]
