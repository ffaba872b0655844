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

import json

import sqlite_utils

from corpus.db import write_transaction
from nlp.agencies import agencies, provincial_rows, split_id


def agency_rows() -> list[dict[str, str | None]]:
    """Every row of the ``agencies`` table: the gazetteer's bodies, then the provincial instances."""
    rows = [agency.as_row() for agency in agencies().values()] + provincial_rows()
    for row in rows:
        base, code = split_id(row["id"])
        row["base_id"], row["province_code"] = base, code
    return rows


def refresh_agencies(db: sqlite_utils.Database) -> int:
    """Bring the ``agencies`` table in line with the gazetteer; returns the number of bodies."""
    rows = agency_rows()
    columns = set(db["agencies"].columns_dict)
    stored = {r["id"]: r for r in db["agencies"].rows} if set(rows[0]) <= columns else {}
    changed = [row for row in rows if {k: stored.get(row["id"], {}).get(k) for k in row} != row]
    known = [row["id"] for row in rows]
    if not changed and len(stored) == len(known):
        return len(rows)  # nothing to write: a processing run does not rewrite some 1,500 unchanged rows
    with write_transaction(db):
        db["agencies"].upsert_all(changed, pk="id", alter=True)
        db.execute("delete from agencies where id not in (select value from json_each(?))", [json.dumps(known)])
    return len(rows)
