"""Shared fixtures: the repository, the bundled seeds, a real CLI in a subprocess, a real corpus."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "vnpolicy" / "data" / "sample"
SHARED = REPO.parent / "shared"

# the sample site (crawler.samplesite) reads the demo's texts where its caller says they are
from crawler.samplesite.site_data import DemoTexts, locate_demo_texts  # noqa: E402

locate_demo_texts(DemoTexts(seeds=SAMPLE, generated=REPO / "vnpolicy" / "data" / "sample_corpus"))
DEV_ARTICLES = SHARED / "dev" / "baomoi"
SEEDS = {
    "000": SAMPLE / "000_07e620f2112aaa7b.txt",  # English, government notice reported
    "001": SAMPLE / "001_2370ccfcd5d26ec5.txt",  # English page with Vietnamese site chrome
    "002": SAMPLE / "002_7ed0dfb9bf311b7a.txt",  # French
    "003": SAMPLE / "003_f4361cafb56dc035.txt",  # Swedish
    "004": SAMPLE / "004_8e664a3fc7f52003.txt",  # Vietnamese notice, hard line breaks (was a PDF)
}


def run_cli(*args: str, db: Path | None = None, input: bytes | None = None, check: bool = False,
            env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``vnpolicy`` as a real subprocess; output decoded as UTF-8."""
    command = [sys.executable, "-m", "vnpolicy", *args]
    if db is not None:
        command += ["--db", str(db)]
    full_env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8", **(env or {}))
    result = subprocess.run(command, cwd=REPO, input=input, capture_output=True, env=full_env, timeout=timeout)
    result.stdout = result.stdout.decode("utf-8", "replace")
    result.stderr = result.stderr.decode("utf-8", "replace")
    if check and result.returncode != 0:
        raise AssertionError(f"vnpolicy {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


@dataclass(frozen=True)
class BuiltDemo:
    path: Path  # the corpus file; read it, don't write to it (copy it first)
    stdout: str  # what ``vnpolicy demo`` printed


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory) -> BuiltDemo:
    """The demo corpus exactly as ``vnpolicy demo`` builds it (crawled from the sample site with its
    generated outlets), once per test session: tests/test_demo.py and the notebooks share it."""
    path = tmp_path_factory.mktemp("demo") / "vnpolicy-demo.db"
    result = run_cli("demo", db=path, check=True)
    return BuiltDemo(path, result.stdout)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {key: path.read_text(encoding="utf-8") for key, path in SEEDS.items()}


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory) -> Path:
    """A real corpus file holding the five seeds, built through the Python API. Read it, don't
    write to it (copy it with ``copy_corpus`` first)."""
    from corpus import open_db
    from corpus.ingest import ingest_paths
    from corpus.process import process

    path = tmp_path_factory.mktemp("corpus") / "seeds.db"
    db = open_db(path)
    ingest_paths(db, [SAMPLE])
    process(db, workers=1)
    db.conn.close()
    return path


@pytest.fixture
def copy_corpus(seed_corpus, tmp_path):
    """A writable copy of the seed corpus for one test."""
    import sqlite3

    target = tmp_path / "copy.db"
    source = sqlite3.connect(seed_corpus)
    dest = sqlite3.connect(target)
    source.backup(dest)
    source.close()
    dest.close()
    return target


@pytest.fixture
def redis_url(tmp_path):
    """A real redis-server of this test's own on a free loopback port, without persistence."""
    import redis

    from tests.test_serve import free_port

    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    server.terminate()
    server.wait(timeout=10)


class AlwaysFailing(BaseHTTPRequestHandler):
    """Answers every request with 503: a site where nothing can be fetched."""

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def failing_site():
    """A real HTTP server on 127.0.0.1 whose every answer is an error."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), AlwaysFailing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
