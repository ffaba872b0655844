"""Provinces in the corpus: the ``provinces`` table (both schemes) and ``document_provinces``, the
attribution of each document to provinces by its publisher and by the provinces it names.

Run after each processing run (``corpus.process.AFTER_PROCESSING``); only documents that are new or
were reprocessed since the last run, or all of them when the finder's data changed, are looked at.
"""
from __future__ import annotations

import hashlib

import sqlite_utils

from corpus.db import write_transaction
from nlp import provinces as gazetteer

ATTRIBUTIONS = ("publisher", "mention")
# bump when the finder's code changes what it finds; its data files are hashed in as well
FINDER_CODE_VERSION = "1"


def finder_version() -> str:
    digest = hashlib.sha256(FINDER_CODE_VERSION.encode())
    for path in gazetteer.data_files():
        digest.update(path.read_bytes())
    return "provinces-" + digest.hexdigest()[:12]


# (the gazetteer's tables of both schemes, their rows): ``to_row`` is a dataclasses.asdict of each of
# some 100 provinces, 10-15 ms each time, and a processing run asks four times
_ROWS: list = [None, None]


def province_rows() -> list[dict]:
    """The rows of ``provinces``: both schemes (worked out once while the gazetteer's tables stay loaded)."""
    tables = tuple(gazetteer.provinces(scheme) for scheme in gazetteer.SCHEMES)
    if _ROWS[0] is None or any(a is not b for a, b in zip(_ROWS[0], tables)):
        _ROWS[:] = [tables, [p.to_row() for table in tables for p in table.values()]]
    return [dict(row) for row in _ROWS[1]]


def fill_provinces_table(db: sqlite_utils.Database) -> int:
    """Upsert both schemes into ``provinces``; returns the number of rows. Rows that hold these values
    already are not written again (a refresh runs twice a processing run, with the stories': about
    30 ms each through sqlite-utils)."""
    rows = every = province_rows()
    if "provinces" in db.table_names():
        stored = {(r["scheme"], r["code"]): r for r in db.query("select * from provinces")}
        rows = [row for row in rows if {k: stored.get((row["scheme"], row["code"]), {}).get(k) for k in row} != row]
    if rows:
        db["provinces"].upsert_all(rows, pk=("scheme", "code"))
    return len(every)


def document_rows(document_id: int, text: str, title: str | None, language: str | None,
                  publisher_code: str | None) -> list[dict]:
    """The ``document_provinces`` rows of one document."""
    rows = []
    mentions = gazetteer.find_provinces("\n".join(filter(None, [title, text])), language)
    for scheme in gazetteer.SCHEMES:
        publisher = gazetteer.to_scheme(publisher_code, scheme)
        if publisher:
            rows.append({"document_id": document_id, "scheme": scheme, "province_code": publisher,
                         "attribution": "publisher", "count": 1})
        counts: dict[str, int] = {}
        for m in mentions:
            counts[m.code_in(scheme)] = counts.get(m.code_in(scheme), 0) + 1
        rows.extend({"document_id": document_id, "scheme": scheme, "province_code": code,
                     "attribution": "mention", "count": n} for code, n in sorted(counts.items()))
    return rows


# no ``order by``: the ids are sorted in Python, so that SQLite reads the index on (processed_at,
# published) (migration m012) instead of every document row in id order (13.5 → 0.5 ms at 3,000 documents)
_STALE = """
    select d.id from documents d left join document_provinces_done s on s.document_id = d.id
    where s.document_id is null or s.version != ? or coalesce(s.processed_at, '') != coalesce(d.processed_at, '')"""
_ORPHANS = "select count(*) from document_provinces_done where document_id not in (select id from documents)"


def is_current(db: sqlite_utils.Database) -> bool:
    """Whether ``provinces`` and ``document_provinces`` are up to date (no write needed)."""
    tables = set(db.table_names())
    if not {"document_provinces", "document_provinces_done", "provinces"} <= tables:
        return False
    expected = sum(len(gazetteer.provinces(s)) for s in gazetteer.SCHEMES)
    if db["provinces"].count != expected:
        return False
    return db.execute(_STALE + " limit 1", [finder_version()]).fetchone() is None and db.execute(_ORPHANS).fetchone()[0] == 0


def refresh(db: sqlite_utils.Database, *, batch_size: int = 500) -> int:
    """Bring ``provinces`` and ``document_provinces`` up to date; returns how many documents were
    (re)attributed. Each batch is one transaction, so an interrupted run resumes."""
    version = finder_version()
    with write_transaction(db):
        fill_provinces_table(db)
        db.execute("delete from document_provinces where document_id not in (select id from documents)")
        db.execute("delete from document_provinces_done where document_id not in (select id from documents)")
    stale = sorted(r[0] for r in db.execute(_STALE, [version]))
    for i in range(0, len(stale), batch_size):
        ids = stale[i:i + batch_size]
        marks = ",".join("?" * len(ids))
        docs = db.execute(
            f"select id, text, title, language, province_code, processed_at from documents where id in ({marks})", ids
        ).fetchall()
        with write_transaction(db):
            db.execute(f"delete from document_provinces where document_id in ({marks})", ids)
            rows = [row for d in docs for row in document_rows(d[0], d[1] or "", d[2], d[3], d[4])]
            if rows:
                db["document_provinces"].insert_all(rows)
            db["document_provinces_done"].upsert_all(
                [{"document_id": d[0], "processed_at": d[5], "version": version} for d in docs], pk="document_id")
    return len(stale)
