"""The ``agencies`` table: the gazetteer of bodies (``nlp/data/agencies.csv``) as rows, so that
assignments can be joined to names in four languages and to the 2025 successors.

``refresh_agencies`` runs after every processing run (``corpus.process.AFTER_PROCESSING``); it upserts
every body in one transaction and removes bodies the gazetteer no longer has, so running it twice
changes nothing.
"""
from __future__ import annotations

import sqlite_utils

from corpus.db import write_transaction
from nlp.agencies import agencies


def refresh_agencies(db: sqlite_utils.Database) -> int:
    """Bring the ``agencies`` table in line with the gazetteer; returns the number of bodies."""
    rows = [agency.as_row() for agency in agencies().values()]
    with write_transaction(db):
        db["agencies"].upsert_all(rows, pk="id")
        known = [row["id"] for row in rows]
        placeholders = ", ".join("?" for _ in known)
        db.execute(f"delete from agencies where id not in ({placeholders})", known)
    return len(rows)
