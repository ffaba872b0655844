"""Opening the corpus file: checks, WAL, busy timeout, migrations."""
from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from nlp import config

SQLITE_HEADER = b"SQLite format 3\x00"


class CorpusError(Exception):
    """A corpus file that cannot be used; the message is one line for the user."""


def default_path() -> str:
    return os.environ.get("VNPOLICY_DB") or config.get_str("corpus", "default_db")


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise CorpusError(f"{path} is a directory, not a corpus file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            header = f.read(16)
        if header != SQLITE_HEADER:
            raise CorpusError(f"{path} is not a SQLite database (refusing to touch it)")


def open_db(path: str | os.PathLike | None = None, *, readonly: bool = False, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the corpus at ``path`` and bring its schema up to date.

    ``readonly`` opens the file with SQLite's read-only mode: no schema change, no write."""
    from corpus.schema import migrations

    target = Path(path or default_path())
    _check_file(target)
    if readonly:
        if not target.exists():
            raise CorpusError(f"{target} does not exist")
        return _open_readonly(target)
    if target.exists() and not (_writable(target) and _writable(target.parent)):
        raise CorpusError(f"{target} is read-only (file or folder not writable): queries work, writing needs a writable corpus")
    if not target.parent.exists():
        raise CorpusError(f"folder {target.parent} does not exist")
    try:
        conn = sqlite3.connect(str(target), check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        db = sqlite_utils.Database(conn)
        if db.journal_mode != "wal":
            db.enable_wal()
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if migrate:
            migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{target}: {exc}") from exc
    return db


def _writable(path: Path) -> bool:
    """Writable by this process and not marked read-only by its mode. Root may write anything, so
    os.access alone says yes to a corpus someone made read-only with ``chmod a-w``."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _pending_wal(target: Path) -> Path | None:
    """The corpus's write-ahead log when it holds frames not yet copied into the file: after a
    writer was killed, or while one is running."""
    wal = target.with_name(target.name + "-wal")
    try:
        return wal if wal.stat().st_size > 0 else None
    except OSError:
        return None


def _open_readonly(target: Path) -> sqlite_utils.Database:
    """Read-only access. On read-only media, where SQLite cannot create the WAL's side files, a file
    without a pending write-ahead log is opened as immutable (nothing can be writing to it there).
    With a pending log it never is: immutable ignores the log and would answer from the pages as
    they were before its commits (or from torn ones). SQLite reads the log when its -shm index is
    there too; without it a read-only open cannot, and the corpus is refused in one line."""
    wal = _pending_wal(target)
    media_writable = os.access(target.parent, os.W_OK)
    mode = "mode=ro" if media_writable or wal is not None else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{target.resolve().as_uri()}?{mode}", uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    db = sqlite_utils.Database(conn)
    try:
        _check_schema(db, target)
    except CorpusError:
        conn.close()
        if wal is not None and not media_writable:
            raise CorpusError(
                f"{target} has committed changes still in its write-ahead log ({wal.name}) that a read-only "
                "open cannot read here: open it once where it is writable (any writing command, e.g. "
                "`vnpolicy process`) to fold the log in") from None
        raise
    return db


def _check_schema(db: sqlite_utils.Database, target: Path) -> None:
    try:
        if "documents" not in db.table_names():
            raise CorpusError(f"{target} is not a vnpolicy corpus (no documents table)")
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{target}: {exc}") from exc


def schema_version(db: sqlite_utils.Database) -> list[str]:
    from corpus.schema import migrations

    return [m.name for m in migrations.applied(db)]


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """A write transaction that several processes (a crawl, processing, an ingest) can share one
    corpus file with.

    SQLite's default (deferred) transaction reads first and asks for the write lock at its first
    write; when another process committed in between, that fails at once with "database is
    locked", whatever the busy timeout. BEGIN IMMEDIATE takes the write lock first, waiting for it
    (the connection's busy timeout). Inside a transaction already, this is a savepoint of it."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
