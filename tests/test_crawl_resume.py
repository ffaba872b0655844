"""A crawl killed mid-way (SIGKILL, no chance to clean up) and run again with the same --jobdir ends
with the same documents as a crawl that was never interrupted."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlsplit

from crawler.samplesite import SampleSiteServer
from crawler.samplesite.generate import write_sample_registry
from tests.conftest import REPO

SLOW = ["--set", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "--set", "VNPOLICY_BATCH_SIZE=50"]


def crawl_command(registry, db, jobdir, report):
    return [sys.executable, "-m", "vnpolicy", "crawl", "sample", "--registry", str(registry), "--local-site",
            "--no-process", "--jobdir", str(jobdir), "--db", str(db), "--report", str(report), *SLOW]


def documents(db_path):
    from corpus import open_db
    from corpus.process import process

    db = open_db(db_path)
    process(db, workers=1)
    rows = sorted((urlsplit(url).path, language, sha) for url, language, sha in
                  db.execute("select canonical_url, language, sha256 from documents"))
    db.conn.close()
    return rows


def test_killed_crawl_resumes_to_the_same_documents(tmp_path):
    killed_db, whole_db = tmp_path / "killed.db", tmp_path / "whole.db"
    with SampleSiteServer(delay=0.4) as site:
        registry = write_sample_registry(site.url, tmp_path / "registry.json")
        articles = set(site.site.article_paths())
        crawler = subprocess.Popen(crawl_command(registry, killed_db, tmp_path / "job", tmp_path / "r1.json"),
                                   cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and sum(p in articles for p in site.requested_paths()) < 3:
            time.sleep(0.05)
        os.kill(crawler.pid, signal.SIGKILL)  # mid-way: some pages stored, some in flight, some never asked
        crawler.wait(timeout=30)
        assert crawler.returncode == -signal.SIGKILL
        with sqlite3.connect(killed_db) as conn:
            stored_before = conn.execute("select count(*) from pages").fetchone()[0]
        assert stored_before < len(articles)
        rerun = subprocess.run(crawl_command(registry, killed_db, tmp_path / "job", tmp_path / "r2.json"),
                               cwd=REPO, capture_output=True, timeout=180)
        assert rerun.returncode == 0, rerun.stderr.decode("utf-8", "replace")
        whole = subprocess.run(crawl_command(registry, whole_db, tmp_path / "job-whole", tmp_path / "r3.json"),
                               cwd=REPO, capture_output=True, timeout=180)
        assert whole.returncode == 0, whole.stderr.decode("utf-8", "replace")
    resumed = json.loads((tmp_path / "r2.json").read_text(encoding="utf-8"))
    assert resumed["stored"] == len(articles) - stored_before
    assert documents(killed_db) == documents(whole_db)
    assert len(documents(killed_db)) == len(articles)
