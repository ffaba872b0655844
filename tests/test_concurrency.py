"""Writers and readers at once on one corpus: a real crawl (``vnpolicy crawl`` against the sample site on
127.0.0.1) and a real ``vnpolicy process`` write at the same time, while search and a real Datasette
(``vnpolicy serve``) answer. Nobody fails with "database is locked", nothing is lost or duplicated,
and Datasette sees the writes."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from crawler.samplesite import SampleSiteServer
from crawler.samplesite.generate import write_sample_registry
from tests.conftest import REPO, run_cli
from tests.test_faults import make_pages

COPIES = 2  # ingested variants of each of the 5 seeds: pages for `vnpolicy process` to work on


def popen(*args: str, log: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "vnpolicy", *args], cwd=REPO, env=env,
                                stdout=subprocess.DEVNULL, stderr=out)


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchone()[0]


def datasette_count(base: str, database: str, table: str) -> int:
    url = f"{base}/{database}.json?" + urllib.parse.urlencode({"sql": f"select count(*) as n from {table}",
                                                               "_shape": "array"})
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.load(response)[0]["n"]


def start_datasette(db: Path, tmp: Path) -> tuple[subprocess.Popen, str]:
    from tests.test_serve import free_port

    port = free_port()
    process = popen("serve", "--db", str(db), "--port", str(port), log=tmp / "serve.log")
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, (tmp / "serve.log").read_text()
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                return process, base
        except OSError:
            time.sleep(0.2)
    raise AssertionError("vnpolicy serve did not answer")


def test_crawl_and_process_write_at_once_while_search_and_datasette_read(copy_corpus, tmp_path):
    from corpus import open_db
    from corpus.search import search

    db = copy_corpus  # the five seeds, processed: documents for the readers to find from the start
    run_cli("ingest", str(make_pages(tmp_path / "pages", COPIES)), "--no-process", db=db, check=True)
    ingested = count(db, "select count(*) from pages")
    serve, base = start_datasette(db, tmp_path)  # opened while the corpus is at rest
    database = db.stem
    try:
        with SampleSiteServer(delay=0.3) as site:
            registry = write_sample_registry(site.url, tmp_path / "registry.json")
            # the crawler commits after every page: as many chances as possible to collide with processing
            crawl = popen("crawl", "sample", "--registry", str(registry), "--local-site", "--no-process",
                          "--set", "VNPOLICY_BATCH_SIZE=1", "--set", "VNPOLICY_FLUSH_SECONDS=0",
                          "--contact", "concurrency-tests@example.org", "--db", str(db), log=tmp_path / "crawl.log")
            process = popen("process", "--workers", "1", "--db", str(db), log=tmp_path / "process.log")
            reader = open_db(db, readonly=True)
            searches, seen = 0, []
            while crawl.poll() is None or process.poll() is None:
                assert search(reader, "hop tac xa", limit=5), "a reader must always see the committed documents"
                seen.append(datasette_count(base, database, "pages"))
                searches += 1
                time.sleep(0.05)
            reader.conn.close()
            articles = len(site.site.article_paths())
        crawl_log, process_log = (tmp_path / "crawl.log").read_text(), (tmp_path / "process.log").read_text()
        assert crawl.returncode == 0 and "locked" not in crawl_log, crawl_log
        assert process.returncode == 0 and "locked" not in process_log, process_log
        assert searches > 3
        # Datasette answered during the writes and saw them: the page count only grew, up to the end
        assert seen == sorted(seen) and seen[0] >= ingested
        final_pages = count(db, "select count(*) from pages")
        assert datasette_count(base, database, "pages") == final_pages
    finally:
        serve.terminate()
        serve.wait(timeout=10)

    # nothing lost, nothing duplicated: every crawled article stored once, every ingested page
    # processed into exactly one document (they are distinct texts)
    assert final_pages == ingested + articles
    assert count(db, "select count(distinct url) from pages") == final_pages
    assert count(db, "select count(*) from pages where origin = 'file' and process_version is null") == 0
    documents = count(db, "select count(*) from documents")
    assert documents == count(db, "select count(distinct page_id) from documents") == ingested
    assert count(db, "select count(*) from documents_fts") == documents
    assert count(db, "select count(*) from mentions where document_id not in (select id from documents)") == 0

WRITER = """
import sys, time
from corpus import open_db
from corpus.store import RawPage, store_pages
from crawler.dbwrite import write_transaction

# what CorpusPipeline.flush does for each batch of fetched pages, as often as it can, for `seconds`;
# always the same page, refetched unchanged (a write each time, and no new page for processing)
db, seconds = open_db(sys.argv[1]), float(sys.argv[2])
stored, end = 0, time.monotonic() + seconds
while time.monotonic() < end:
    with write_transaction(db):
        store_pages(db, [RawPage(url="http://127.0.0.1/fetched.html", source_id=None, fetched_at=str(time.time()),
                                 content=b"<html><body><p>fetched</p></body></html>", content_type="text/html")])
    stored += 1
    time.sleep(float(sys.argv[3]))
print(stored)
"""


def test_processing_waits_for_the_crawlers_write_lock_instead_of_failing(tmp_path):
    """The race made certain: the crawler's own write path commits every few milliseconds while
    `vnpolicy process` writes its batches. A deferred transaction (read, then write) fails at once
    with "database is locked" when a commit slips in between; processing must take the lock first."""
    db = tmp_path / "race.db"
    run_cli("ingest", str(make_pages(tmp_path / "pages", 1)), "--no-process", db=db, check=True)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    # the writer commits until the test stops it (600 s at most): on a loaded machine processing one page
    # has taken more than the 40 s once given here
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "600", "0.005"], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(1.0)  # the writer is committing
        assert writer.poll() is None, writer.stderr.read().decode()
        result = run_cli("process", "--workers", "1", db=db)
        writer_running = writer.poll() is None
    finally:
        writer.terminate()
        writer.wait(timeout=10)
    assert writer_running, "the writer stopped before processing ended: " + writer.stderr.read().decode()[-500:]
    assert result.returncode == 0 and "locked" not in result.stderr, result.stderr
    assert count(db, "select count(*) from pages where origin = 'file' and process_version is null") == 0
    assert count(db, "select count(*) from documents d join pages p on p.id = d.page_id where p.origin = 'file'") == 5
