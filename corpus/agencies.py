"""The ``agencies`` table: the gazetteer of bodies (``nlp/data/agencies.csv``) as rows, so that
assignments can be joined to names in four languages and to the 2025 successors, and every kind of
provincial body (``nlp/data/provincial_bodies.csv``) once per province (``DOF@22``, the Department of
Finance of Quảng Ninh), with its ``province_code`` and the ``base_id`` of its kind (``DOF``), so that
assignments can be grouped by province.

``refresh_agencies`` runs after every processing run (``corpus.process.AFTER_PROCESSING``); it upserts
every body in one transaction and removes bodies the gazetteer no longer has, so running it twice
changes nothing.
"""
from __future__ import annotations

import hashlib
import json

import sqlite_utils

from corpus.db import write_transaction
from nlp.agencies import agencies, provincial_rows, split_id
from nlp.provinces import provinces

# the fingerprint of the rows last written, so that a run whose gazetteer is unchanged reads one value
# instead of comparing some 1,500 rows (35-45 ms a processing run)
FINGERPRINT_TABLE = "agencies_fingerprint"

# (the gazetteer's loaded tables, their rows as JSON, the fingerprint): worked out once per process,
# again when a loaded table is let go (tests that change the data clear the loaders' caches)
_rows_of: tuple[tuple[object, ...], str, str, int] | None = None


def _rows_and_fingerprint() -> tuple[str, str, int]:
    global _rows_of
    loaded = (agencies(), provinces("2024"), provinces("2025"))
    if _rows_of is None or any(a is not b for a, b in zip(_rows_of[0], loaded)):
        rows = [agency.as_row() for agency in agencies().values()] + provincial_rows()
        for row in rows:
            base, code = split_id(row["id"])
            row["base_id"], row["province_code"] = base, code
        as_json = json.dumps(rows, ensure_ascii=False)
        _rows_of = (loaded, as_json, hashlib.sha256(as_json.encode()).hexdigest()[:16], len(rows))
    return _rows_of[1], _rows_of[2], _rows_of[3]


def agency_rows() -> list[dict[str, str | None]]:
    """Every row of the ``agencies`` table: the gazetteer's bodies, then the provincial instances."""
    return json.loads(_rows_and_fingerprint()[0])


def _fingerprint_stored(db: sqlite_utils.Database) -> str | None:
    if FINGERPRINT_TABLE not in db.table_names():
        return None
    row = db.execute(f"select fingerprint from [{FINGERPRINT_TABLE}]").fetchone()
    return row[0] if row else None


def refresh_agencies(db: sqlite_utils.Database) -> int:
    """Bring the ``agencies`` table in line with the gazetteer; returns the number of bodies."""
    rows_json, fingerprint, count = _rows_and_fingerprint()
    if _fingerprint_stored(db) == fingerprint and db.execute("select count(*) from agencies").fetchone()[0] == count:
        return count  # this gazetteer's rows were written by an earlier run, and no body added since
    rows = json.loads(rows_json)
    columns = set(db["agencies"].columns_dict)
    stored = {r["id"]: r for r in db["agencies"].rows} if set(rows[0]) <= columns else {}
    changed = [row for row in rows if {k: stored.get(row["id"], {}).get(k) for k in row} != row]
    known = [row["id"] for row in rows]
    with write_transaction(db):
        if changed or len(stored) != len(known):
            if changed:
                # sqlite-utils' own upsert: a first run's 1,500 rows take 15-30 ms (a hand-written
                # executemany took 12-17: not worth its code for a write made once per corpus)
                db["agencies"].upsert_all(changed, pk="id", alter=True)
            db.execute("delete from agencies where id not in (select value from json_each(?))", [json.dumps(known)])
        db.execute(f"create table if not exists [{FINGERPRINT_TABLE}] (fingerprint text)")
        db.execute(f"delete from [{FINGERPRINT_TABLE}]")
        db.execute(f"insert into [{FINGERPRINT_TABLE}] (fingerprint) values (?)", [fingerprint])
    return len(rows)
