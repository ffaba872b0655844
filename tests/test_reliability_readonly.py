"""Read-only corpora: one whose last writer was killed before its write-ahead log was copied into the
file answers with the log's commits (or refuses in one line), never from the stale file; a corpus
marked read-only with ``chmod`` is not written, by root either. Real files, real processes, a real
filesystem remounted read-only (as root; otherwise the folder's write permission is taken away)."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS, run_cli

# a writer that deletes one document, commits, and is killed before SQLite copies its log into the
# file (automatic checkpoints off, as in a long write that has not reached one yet)
KILLED_WRITER = """
import os, signal, sys
from corpus import open_db
from corpus.db import write_transaction
from corpus.store import delete_document
db = open_db(sys.argv[1])
db.execute("PRAGMA wal_autocheckpoint = 0")
with write_transaction(db):
    delete_document(db, int(sys.argv[2]))
os.kill(os.getpid(), signal.SIGKILL)
"""


@dataclass
class Media:
    """A folder that ``read_only()`` turns read-only for real: a small tmpfs remounted read-only when
    this runs as root, else a folder without write permission."""

    folder: Path
    mounted: bool

    def read_only(self) -> None:
        if self.mounted:
            assert subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], capture_output=True).returncode == 0
        else:
            self.folder.chmod(0o555)


@pytest.fixture
def media(tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True).returncode == 0
    try:
        yield Media(folder, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        else:
            folder.chmod(0o755)


def corpus_with_pending_log(folder: Path) -> tuple[Path, int]:
    """Two seed documents in a corpus; the Vietnamese one deleted by a writer killed before its log
    was copied into the file. Returns the corpus and the deleted document's id."""
    db = folder / "c.db"
    run_cli("ingest", str(SEEDS["000"]), str(SEEDS["004"]), db=db, check=True)
    found = json.loads(run_cli("search", "hop tac xa", "--json", db=db, check=True).stdout)
    vietnamese = next(hit["id"] for hit in found if SEEDS["004"].name in hit["url"])
    writer = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db), str(vietnamese)], cwd=REPO,
                            env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True)
    assert writer.returncode == -signal.SIGKILL, writer.stderr
    assert (folder / "c.db-wal").stat().st_size > 0  # the deletion is committed, in the log only
    return db, vietnamese


def test_read_only_corpus_reads_the_commits_in_its_write_ahead_log(media):
    db, deleted = corpus_with_pending_log(media.folder)
    media.read_only()
    stats = run_cli("stats", "--json", db=db)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["tables"]["documents"] == 1
    found = run_cli("search", "hop tac xa", "--json", db=db)
    assert found.returncode == 0, found.stderr
    assert deleted not in [hit["id"] for hit in json.loads(found.stdout)]


def test_read_only_corpus_whose_log_cannot_be_read_is_refused_in_one_line(media):
    db, _ = corpus_with_pending_log(media.folder)
    (media.folder / "c.db-shm").unlink()  # copied without its index, as onto a read-only image
    media.read_only()
    for command in (["stats", "--json"], ["search", "hop tac xa", "--json"]):
        result = run_cli(*command, db=db)
        assert result.returncode != 0, result.stdout  # never the stale answer
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "write-ahead log" in result.stderr


def test_process_does_not_write_a_corpus_marked_read_only(tmp_path):
    db = tmp_path / "c.db"
    run_cli("ingest", str(SEEDS["000"]), "--no-process", db=db, check=True)
    db.chmod(0o444)
    wal = tmp_path / "c.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # the file alone holds the corpus
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run_cli("process", db=db)
    assert result.returncode != 0
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not wal.exists() or wal.stat().st_size == 0  # nothing written to its log either
    found = run_cli("stats", "--json", db=db)  # queries still work
    assert found.returncode == 0 and json.loads(found.stdout)["tables"]["documents"] == 0
