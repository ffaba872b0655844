"""Faults at the corpus level: a killed process, readers during writes, a full disk, read-only media.
Real processes are killed and real filesystems filled; nothing is simulated."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS, run_cli
from tests.processes import start_processing


def make_pages(folder: Path, copies: int) -> Path:
    """``copies`` distinct variants of every seed (distinct text, so none is a duplicate)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for key, seed in SEEDS.items():
            text = seed.read_text(encoding="utf-8")
            (folder / f"{key}-{i:03d}.txt").write_text(f"{text}\nBản sao {i} / copy {i}.", encoding="utf-8")
    return folder


def query(db: Path, sql: str):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def consistency(db: Path) -> dict:
    return {
        "documents": query(db, "select count(*) from documents")[0][0],
        "distinct_pages": query(db, "select count(distinct page_id) from documents")[0][0],
        "unprocessed": query(db, "select count(*) from pages where process_version is null")[0][0],
        "orphan_facts": sum(
            query(db, f"select count(*) from {t} where document_id not in (select id from documents)")[0][0]
            for t in ("mentions", "figures", "assignments")),
        "fts_rows": query(db, "select count(*) from documents_fts")[0][0],
        "facts": tuple(query(db, f"select count(*) from {t}")[0][0] for t in ("mentions", "figures", "assignments")),
    }


def test_kill_during_processing_then_rerun_loses_and_duplicates_nothing(tmp_path):
    pages = make_pages(tmp_path / "pages", 12)
    db = tmp_path / "c.db"
    run_cli("ingest", str(pages), "--no-process", db=db, check=True)
    process = start_processing(db)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        done = query(db, "select count(*) from pages where process_version is not null")[0][0]
        if done > 0 or process.poll() is not None:
            break
        time.sleep(0.2)
    assert process.poll() is None, "processing finished before it could be killed: make the input larger"
    os.killpg(process.pid, signal.SIGKILL)  # the parent and its workers, mid-run
    process.wait()
    killed = consistency(db)
    assert killed["unprocessed"] > 0  # really interrupted
    assert killed["documents"] == killed["distinct_pages"] and killed["orphan_facts"] == 0
    assert killed["fts_rows"] == killed["documents"]

    run_cli("process", db=db, check=True)
    after = consistency(db)
    assert after["unprocessed"] == 0
    assert after["documents"] == after["distinct_pages"] == 60
    assert after["orphan_facts"] == 0 and after["fts_rows"] == 60
    # the same facts as an uninterrupted run
    clean = tmp_path / "clean.db"
    run_cli("ingest", str(pages), db=clean, check=True)
    assert consistency(clean)["facts"] == after["facts"]


def test_search_answers_while_processing_writes(tmp_path):
    pages = make_pages(tmp_path / "pages", 8)
    db = tmp_path / "c.db"
    run_cli("ingest", str(SEEDS["004"]), db=db, check=True)
    run_cli("ingest", str(pages), "--no-process", db=db, check=True)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    writer = subprocess.Popen([sys.executable, "-m", "vnpolicy", "process", "--workers", "1", "--db", str(db)],
                              cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    from corpus import open_db
    from corpus.search import search

    answers = 0
    reader = open_db(db, readonly=True)
    while writer.poll() is None:
        hits = search(reader, "hop tac xa", limit=5)
        assert hits, "a reader must always see the committed documents"
        answers += 1
        time.sleep(0.05)
    assert writer.returncode == 0, writer.stderr.read().decode()
    assert answers > 3
    assert query(db, "select count(*) from documents")[0][0] == 41


@pytest.fixture
def tiny_filesystem(tmp_path):
    """A real 3 MB tmpfs (root only); skipped where mounting is not allowed."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small filesystem needs root")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_full_disk_is_a_clear_error_and_keeps_what_was_stored(tiny_filesystem, tmp_path):
    db = tiny_filesystem / "c.db"
    run_cli("ingest", str(SEEDS["000"]), db=db, check=True)
    big = make_pages(tmp_path / "big", 40)
    result = run_cli("ingest", str(big), db=db)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "disk is full" in result.stderr
    assert query(db, "select count(*) from documents")[0][0] >= 1  # the first document survived


def test_read_only_corpus_answers_queries_and_refuses_writes_clearly(tiny_filesystem):
    db = tiny_filesystem / "c.db"
    run_cli("ingest", str(SEEDS["004"]), db=db, check=True)
    assert subprocess.run(["mount", "-o", "remount,ro", str(tiny_filesystem)], capture_output=True).returncode == 0
    result = run_cli("ingest", str(SEEDS["000"]), db=db)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "read-only" in result.stderr
    found = run_cli("search", "hop tac xa", db=db)
    assert found.returncode == 0, found.stderr
    assert SEEDS["004"].name in found.stdout
