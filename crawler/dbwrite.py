"""Write transactions that several crawler processes can share one corpus file with.

SQLite's default (deferred) transaction reads first and asks for the write lock later; when another
process wrote in between, it fails at once with "database is locked", without waiting. BEGIN
IMMEDIATE takes the write lock first and waits for it (the connection's busy timeout); the corpus
functions' own transactions nest inside as savepoints."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


@contextmanager
def write_transaction(db) -> Iterator[None]:
    conn = db.conn
    if conn.in_transaction:  # already inside one: nothing to take
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
