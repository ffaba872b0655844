"""Facets: for every document, the groups coverage counts it in (its language, source, month and
story; its provinces under each scheme and attribution; the agencies assigned tasks in it), kept as
compact arrays so that counting a million matching documents by group is a few array operations
instead of a million joined rows.

A facet is a list of (document id, key index) pairs with the key labels; a document without a key
has the index -1 (its group is "(none)"). Facets are stored in the ``facets`` table (numpy's ``.npz``
bytes, no pickles) with the generation of the table they were read from: ``facet_generations`` holds
one counter per table, bumped by triggers on every insert, delete and relevant update, so a stored
facet is used only while its table has not changed since. Stale facets are rebuilt after processing
(``refresh``, an AFTER_PROCESSING hook, for the facets a researcher has used) or when coverage asks
for them; a read-only corpus gets them built in memory for the one call.
"""
from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cached_property

import numpy as np
import sqlite_utils

from corpus.db import write_transaction

# facet name -> SQL of its (key, comma-separated document ids) rows; the table each follows: table_of()
_SINGLE = {
    "language": "select language, group_concat(id) from documents group by language",
    "source": "select source_id, group_concat(id) from documents group by source_id",
    "month": "select substr(published, 1, 7), group_concat(id) from documents group by 1",
    "day": "select substr(published, 1, 10), group_concat(id) from documents group by 1",  # diffusion lags
}
_STORY = "select group_concat(id), group_concat(story_id) from documents where story_id is not null"
_AGENCY = "select agency_id, group_concat(document_id) from (select distinct document_id, agency_id from assignments) group by agency_id"
_PROVINCE = """select province_code, group_concat(document_id) from document_provinces
               where scheme = ? and attribution = ? group by province_code"""

GENERATION_TABLES = ("documents", "document_provinces", "assignments")


@dataclass(frozen=True)
class Facet:
    """(document, key) pairs: ``docs[i]`` is in group ``labels[keys[i]]`` (-1: none)."""

    name: str
    docs: np.ndarray  # int64 document ids
    keys: np.ndarray  # int64 indexes into labels; for "story", the story id itself
    labels: tuple[str, ...]

    def code(self, label: str) -> int | None:
        try:
            return self.labels.index(label)
        except ValueError:
            return None

    def label(self, index: int) -> str | None:
        return None if index < 0 else self.labels[index]

    @cached_property
    def max_doc(self) -> int:
        return int(self.docs.max()) if len(self.docs) else 0

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez(buffer, docs=self.docs, keys=self.keys, labels=np.array(self.labels, dtype=str))
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Facet:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return cls(name, arrays["docs"], arrays["keys"], tuple(str(x) for x in arrays["labels"]))


def table_of(name: str) -> str:
    """The table a facet is read from (and whose generation it follows)."""
    if name in _SINGLE or name == "story":
        return "documents"
    if name == "agency":
        return "assignments"
    if name.startswith("provinces:"):
        return "document_provinces"
    raise ValueError(f"unknown facet {name!r}")


def province_facet(scheme: str, attribution: str) -> str:
    return f"provinces:{scheme}:{attribution}"


def ids(db: sqlite_utils.Database, sql: str, params=()) -> np.ndarray:
    """Document ids from SQL whose only row and column is ``group_concat`` of them: SQLite joins the
    ids in C and numpy parses the string, far faster than fetching a million one-integer rows."""
    row = db.execute(sql, list(params)).fetchone()
    return parse_ids(row[0] if row else None)


def parse_ids(joined: str | None) -> np.ndarray:
    if not joined:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(joined, dtype=np.int64, sep=",")


def available(db: sqlite_utils.Database) -> bool:
    """Whether the corpus has the generation counters (a corpus migrated before they existed, opened
    read-only, has not)."""
    return {"facets", "facet_generations"} <= set(db.table_names())


def generation(db: sqlite_utils.Database, table: str) -> int:
    row = db.execute("select generation from facet_generations where tbl = ?", [table]).fetchone()
    return row[0] if row else 0


def build(db: sqlite_utils.Database, name: str) -> Facet:
    """Read one facet from its table."""
    if name == "story":
        row = db.execute(_STORY).fetchone()
        return Facet(name, parse_ids(row[0]), parse_ids(row[1]), ())
    if name in _SINGLE:
        rows = db.execute(_SINGLE[name]).fetchall()
    elif name == "agency":
        rows = db.execute(_AGENCY).fetchall()
    else:
        _, scheme, attribution = name.split(":")
        rows = db.execute(_PROVINCE, [scheme, attribution]).fetchall()
    labels = [key for key, _ in rows if key is not None]
    docs, keys = [], []
    for key, joined in rows:
        found = parse_ids(joined)
        docs.append(found)
        keys.append(np.full(len(found), -1 if key is None else labels.index(key), dtype=np.int64))
    empty = np.zeros(0, dtype=np.int64)
    return Facet(name, np.concatenate(docs) if docs else empty, np.concatenate(keys) if keys else empty, tuple(labels))


def load(db: sqlite_utils.Database, name: str, *, store: bool = True) -> Facet:
    """The facet ``name``: the stored one while its table is unchanged, else rebuilt (and stored,
    when the corpus is writable and ``store``)."""
    if not available(db):
        return build(db, name)
    # the generation is read before the rows: a change committed in between makes the stored facet
    # look stale (rebuilt next time), never a stale facet look current
    current = generation(db, table_of(name))
    row = db.execute("select generation, data from facets where name = ?", [name]).fetchone()
    if row and row[0] == current:
        return Facet.from_bytes(name, row[1])
    facet = build(db, name)
    if store:
        save(db, facet, current)
    return facet


def save(db: sqlite_utils.Database, facet: Facet, at_generation: int) -> bool:
    """Store a facet built at ``at_generation``; False when the corpus cannot be written (opened
    read-only, or locked by a long writer): the facet is still good for this call."""
    try:
        with write_transaction(db):
            db.execute(
                "insert or replace into facets (name, generation, built_at, data) values (?, ?, ?, ?)",
                [facet.name, at_generation, datetime.now(timezone.utc).isoformat(timespec="seconds"), facet.to_bytes()],
            )
        return True
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc) or "locked" in str(exc):
            return False
        raise


def stale(db: sqlite_utils.Database, names) -> list[str]:
    """Those of ``names`` that are not stored or whose table changed since they were built."""
    if not available(db):
        return list(names)
    stored = dict(db.execute("select name, generation from facets").fetchall())
    return [n for n in names if stored.get(n) != generation(db, table_of(n))]


def refresh(db: sqlite_utils.Database, names=None) -> list[str]:
    """Rebuild and store the facets ``names`` (by default those stored already) whose table changed.
    Run after processing, it keeps the facets coverage has used current, so that its next call does
    not pay for the rebuild. Returns the names rebuilt."""
    if not available(db):
        return []
    if names is None:
        names = [r[0] for r in db.execute("select name from facets order by name")]
    todo = stale(db, names)
    for name in todo:
        load(db, name)
    return todo


def create_tables(db: sqlite_utils.Database) -> None:
    """The facet store and the per-table generation counters with the triggers that bump them."""
    db["facets"].create({"name": str, "generation": int, "built_at": str, "data": bytes}, pk="name")
    db["facet_generations"].create({"tbl": str, "generation": int}, pk="tbl")
    db["facet_generations"].insert_all([{"tbl": t, "generation": 0} for t in GENERATION_TABLES])
    watched = {
        "documents": "source_id, language, published, story_id, id",
        "document_provinces": "document_id, scheme, province_code, attribution",
        "assignments": "document_id, agency_id",
    }
    for table, columns in watched.items():
        bump = f"update facet_generations set generation = generation + 1 where tbl = '{table}';"
        for event in ("insert", "delete", f"update of {columns}"):
            slug = event.split()[0]
            db.execute(f"create trigger [facet_gen_{table}_{slug}] after {event} on [{table}] begin {bump} end")
