"""One corpus from several crawler processes through a real Redis server: crawlers started with
``--redis URL --deliver`` hand their pages to a stream, ``vnpolicy store`` is the one writer. Every
page ends in the corpus exactly once, also when the writer is killed (kill -9) and restarted."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest

from corpus import open_db
from corpus.store import RawPage
from crawler.cluster import GROUP, STREAM, StoreWriter, page_entry
from crawler.samplesite import SampleSiteServer
from crawler.samplesite.generate import write_sample_registry
from tests.conftest import REPO
from tests.test_serve import free_port

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None,
                                reason="redis-server is not installed (.ci/run installs it with apt-get)")


def _page(number: int, text: str = "bài") -> RawPage:
    html = f"<html><body><h1>Tin {number}</h1><p>{text} {number}</p></body></html>".encode("utf-8")
    return RawPage(url=f"https://example.vn/tin-{number}.html", content=html, source_id="example",
                   content_type="text/html; charset=utf-8", headers={"Server": ["test"]}, etag=f'"{number}"')


def _stored(db_path) -> list[tuple[str, bytes]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("select url, sha256 from pages order by url").fetchall()


def test_a_batch_stored_but_not_acknowledged_is_not_stored_again(tmp_path, redis_url):
    """The window of a kill between the corpus's commit and Redis's acknowledgement: the restarted
    writer gets the batch again from the pending list and skips it by its recorded id."""
    import redis

    client = redis.Redis.from_url(redis_url)
    db = open_db(tmp_path / "corpus.db")
    writer = StoreWriter(db, redis_url, batch=4)
    for number in range(10):
        client.xadd(STREAM, page_entry(_page(number)))
    first = writer._read(">", None)
    assert len(first) == 4
    writer.store_batch(first, acknowledge=False)  # committed, then "killed"
    assert len(_stored(tmp_path / "corpus.db")) == 4
    assert client.xpending(STREAM, GROUP)["pending"] == 4

    # the same URL delivered again with other bytes is a new version, not a duplicate entry
    client.xadd(STREAM, page_entry(_page(3, text="bài đã sửa")))
    restarted = StoreWriter(db, redis_url, batch=4)
    report = restarted.run(idle_seconds=0.5)
    assert report.already_stored == 4
    assert (report.new, report.changed, report.unchanged) == (6, 1, 0)
    urls = [url for url, _ in _stored(tmp_path / "corpus.db")]
    assert urls == sorted(f"https://example.vn/tin-{n}.html" for n in range(10))
    assert client.xpending(STREAM, GROUP)["pending"] == 0
    assert client.xlen(STREAM) == 0  # acknowledged entries are deleted: Redis keeps no page stored
    stored = open_db(tmp_path / "corpus.db", readonly=True)
    page = stored.execute("select content_type, etag, source_id from pages where url like '%tin-5.html'").fetchone()
    assert page == ("text/html; charset=utf-8", '"5"', "example")


def _start(args: list[str], log) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    return subprocess.Popen([sys.executable, "-m", "vnpolicy", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=log)


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_two_crawlers_one_writer_killed_and_restarted(tmp_path, redis_url):
    import redis

    corpus = tmp_path / "corpus.db"
    open_db(corpus).conn.close()
    logs = tmp_path / "logs"
    logs.mkdir()
    # articles answer slowly, so that the writer is killed while the crawlers are still delivering
    with SampleSiteServer(delay=0.4, copies=4) as site:
        registry = write_sample_registry(site.url, tmp_path / "registry.json")
        articles = site.site.article_paths()
        crawlers = [
            _start(["crawl", "sample", "--registry", str(registry), "--local-site", "--redis", redis_url, "--deliver",
                    "--db", str(tmp_path / f"crawler{i}.db"), "--report", str(tmp_path / f"report{i}.json")],
                   (logs / f"crawler{i}.log").open("wb"))
            for i in range(2)
        ]
        writer = _start(["store", "--redis", redis_url, "--db", str(corpus), "--batch", "2"],
                        (logs / "writer1.log").open("wb"))
        try:
            _wait_for(lambda: len(_stored(corpus)) >= 3, 120, "the first pages in the corpus")
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=10)
            at_kill = len(_stored(corpus))
            assert at_kill < len(articles)  # the kill came mid-way
            # the crawlers go on delivering while no writer runs
            _wait_for(lambda: redis.Redis.from_url(redis_url).xlen(STREAM) > 0, 60, "pages waiting in Redis")
            writer = _start(["store", "--redis", redis_url, "--db", str(corpus), "--idle-exit", "3", "--json"],
                            (logs / "writer2.log").open("wb"))
            for crawler in crawlers:
                crawler.wait(timeout=240)
                assert crawler.returncode == 0, (logs / "crawler0.log").read_text() + (logs / "crawler1.log").read_text()
            out, _ = writer.communicate(timeout=120)
            assert writer.returncode == 0, (logs / "writer2.log").read_text()
        finally:
            for process in [*crawlers, writer]:
                if process.poll() is None:
                    process.kill()
        fetched = Counter(r.path for r in site.requests if r.path in articles and r.status == 200)
    assert fetched == Counter({path: 1 for path in articles})  # each fetched once in the cluster
    stored_paths = [urlsplit(url).path for url, _ in _stored(corpus)]
    assert sorted(stored_paths) == sorted(articles)             # each stored once, none lost
    report = json.loads(out)
    assert report["new"] == len(articles) - at_kill  # what the first writer committed is not stored again
    client = redis.Redis.from_url(redis_url)
    assert client.xlen(STREAM) == 0 and client.xpending(STREAM, GROUP)["pending"] == 0
    # the crawlers' own files hold no page: the writer's corpus is the only one
    for i in range(2):
        assert _stored(tmp_path / f"crawler{i}.db") == []
    delivered = sum(json.loads((tmp_path / f"report{i}.json").read_text())["stored"] for i in range(2))
    assert delivered == len(articles)


def test_store_refuses_an_unreachable_redis_in_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "vnpolicy", "store", "--redis", f"redis://127.0.0.1:{free_port()}/0",
                             "--db", str(tmp_path / "c.db"), "--idle-exit", "0"], cwd=REPO, capture_output=True,
                            text=True, env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=60)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "Redis" in result.stderr, result.stderr


def test_deliver_needs_redis(tmp_path):
    result = subprocess.run([sys.executable, "-m", "vnpolicy", "crawl", "--all", "--deliver", "--db",
                             str(tmp_path / "c.db")], cwd=REPO, capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=60)
    assert result.returncode != 0 and "--redis" in result.stderr
