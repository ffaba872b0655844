"""Facets: for every document, the groups coverage counts it in (its language, source, month and
story; its provinces under each scheme and attribution; the agencies assigned tasks in it), kept as
compact arrays so that counting a million matching documents by group is a few array operations
instead of a million joined rows.

A facet is a list of (document id, key index) pairs with the key labels; a document without a key
has the index -1 (its group is "(none)"). Facets are stored in the ``facets`` table (numpy's ``.npz``
bytes, no pickles) with the generation of the table they were read from: ``facet_generations`` holds
one counter per table, bumped by triggers on every insert, delete and relevant update, so a stored
facet is used only while its table has not changed since. Stale facets are brought up to date after
processing (``refresh``, an AFTER_PROCESSING hook, for the facets a researcher has used) or rebuilt
when coverage asks for them; a read-only corpus gets them built in memory for the one call.

Incremental refresh. The same triggers' twins log the id of every document whose rows changed in
``facet_changes`` (an AUTOINCREMENT sequence, so that numbers never come back), and a stored facet
keeps the last sequence number it has seen. ``refresh`` then re-reads only the pairs of the logged
documents (those a processing run added, reprocessed or re-clustered into a story) and patches the
arrays, instead of reading a million rows again; when most of a facet changed, it is rebuilt. The
log is pruned to what the oldest stored facet has not seen.

Daily counts. Diffusion's windows need, for every group, the documents published on each day, over
the whole corpus; a question about one legal document needs nothing else of the corpus beyond its own
mentions' documents. The counts per group per day (a few hundred kilobytes, where the two facets they
come from are 16 MB each at a million documents) are stored in the same table as ``daily:<facet>``
with the generations of both tables they follow, so that one question reads them instead of both
facets (``load_daily``).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sqlite3
from dataclasses import dataclass, replace
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
# the columns a facet reads, per table (an update of any other column changes no facet)
WATCHED = {
    "documents": "source_id, language, published, story_id, id",
    "document_provinces": "document_id, scheme, province_code, attribution",
    "assignments": "document_id, agency_id",
}
CHANGE_LOG = "facet_changes"
# the document id column of each watched table, for the change log
DOCUMENT_COLUMN = {"documents": "id", "document_provinces": "document_id", "assignments": "document_id"}
# per-document keys of the single-valued facets, for the documents of the change log
_SINGLE_KEY = {"language": "d.language", "source": "d.source_id", "month": "substr(d.published, 1, 7)",
               "day": "substr(d.published, 1, 10)"}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_EPOCH = dt.date(1970, 1, 1)
NO_DAY = np.iinfo(np.int64).min  # a document without a (full) publication date (the day facet's "(none)")
# the stored name of the documents per group per day of a group facet: DAILY + facet name
DAILY = "daily:"
# a facet is patched while the documents that changed are at most this share of its pairs (else rebuilt)
PATCH_SHARE = 0.3


@dataclass(frozen=True)
class Facet:
    """(document, key) pairs: ``docs[i]`` is in group ``labels[keys[i]]`` (-1: none)."""

    name: str
    docs: np.ndarray  # int64 document ids
    keys: np.ndarray  # int64 indexes into labels; for "story", the story id itself
    labels: tuple[str, ...]
    log_seq: int | None = None  # the last change-log entry reflected (None: unknown, not patchable)

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
        extra = {} if self.log_seq is None else {"log_seq": np.array([self.log_seq], dtype=np.int64)}
        np.savez(buffer, docs=self.docs, keys=self.keys, labels=np.array(self.labels, dtype=str), **extra)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Facet:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            log_seq = int(arrays["log_seq"][0]) if "log_seq" in arrays.files else None
            return cls(name, arrays["docs"], arrays["keys"], tuple(str(x) for x in arrays["labels"]), log_seq)


def table_of(name: str) -> str:
    """The table a facet is read from (and whose generation it follows)."""
    if name.startswith(DAILY):
        return table_of(name[len(DAILY):])
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
    # the generation (and the change log's position) is read before the rows: a change committed in
    # between makes the stored facet look stale (redone next time), never a stale facet look current
    current = generation(db, table_of(name))
    row = db.execute("select generation, data from facets where name = ?", [name]).fetchone()
    if row and row[0] == current:
        return Facet.from_bytes(name, row[1])
    seen = last_change(db)
    facet = replace(build(db, name), log_seq=seen)
    if store:
        save(db, facet, current)
    return facet


def last_change(db: sqlite_utils.Database) -> int | None:
    """The change log's last sequence number (0 when empty); None when the corpus has no log."""
    if CHANGE_LOG not in db.table_names():
        return None
    row = db.execute("select seq from sqlite_sequence where name = ?", [CHANGE_LOG]).fetchone()
    return row[0] if row else 0


def changed_documents(db: sqlite_utils.Database, table: str, after: int) -> list[int]:
    return [r[0] for r in db.execute(f"select distinct document_id from [{CHANGE_LOG}] where tbl = ? and seq > ?",
                                     [table, after])]


def _rows_of(db: sqlite_utils.Database, name: str, document_ids: list[int]) -> list[tuple]:
    """(key, document id) rows of facet ``name`` for these documents only ((story id, document id) for
    "story"). The ids drive each query (CROSS JOIN keeps them first), through the document id's
    index: the planner would otherwise walk the (scheme, attribution) index over every document."""
    wanted = json.dumps(document_ids)
    changed = "json_each(?) j cross join"
    if name == "story":
        return db.execute(f"select d.story_id, d.id from {changed} documents d on d.id = j.value "
                          "where d.story_id is not null", [wanted]).fetchall()
    if name in _SINGLE_KEY:
        return db.execute(f"select {_SINGLE_KEY[name]}, d.id from {changed} documents d on d.id = j.value",
                          [wanted]).fetchall()
    if name == "agency":
        return db.execute(f"select distinct a.agency_id, a.document_id from {changed} assignments a "
                          "on a.document_id = j.value", [wanted]).fetchall()
    _, scheme, attribution = name.split(":")
    return db.execute(f"select p.province_code, p.document_id from {changed} document_provinces p "
                      "on p.document_id = j.value where p.scheme = ? and p.attribution = ?",
                      [wanted, scheme, attribution]).fetchall()


def patch(db: sqlite_utils.Database, facet: Facet, document_ids: list[int], log_seq: int) -> Facet:
    """``facet`` with the pairs of ``document_ids`` read again from the corpus: the same pairs and
    labels as a rebuild (labels sorted, those left without a document dropped)."""
    changed = np.array(sorted(document_ids), dtype=np.int64)
    keep = ~np.isin(facet.docs, changed)
    rows = _rows_of(db, facet.name, document_ids)
    new_docs = np.array([doc for _, doc in rows], dtype=np.int64)
    if facet.name == "story":
        keys = np.array([key for key, _ in rows], dtype=np.int64)
        return Facet(facet.name, np.concatenate([facet.docs[keep], new_docs]),
                     np.concatenate([facet.keys[keep], keys]), (), log_seq)
    old_keys = facet.keys[keep]
    used = {facet.labels[k] for k in np.unique(old_keys[old_keys >= 0]).tolist()}
    labels = tuple(sorted(used | {key for key, _ in rows if key is not None}))
    index = {label: i for i, label in enumerate(labels)}
    remap = np.array([index.get(label, -1) for label in facet.labels] + [-1], dtype=np.int64)  # -1 stays -1
    new_keys = np.array([-1 if key is None else index[key] for key, _ in rows], dtype=np.int64)
    return Facet(facet.name, np.concatenate([facet.docs[keep], new_docs]),
                 np.concatenate([remap[old_keys], new_keys]), labels, log_seq)


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
    """Those of ``names`` that are not stored or whose table changed since they were built (for daily
    counts, either of their two tables)."""
    if not available(db):
        return list(names)
    stored = dict(db.execute("select name, generation from facets where name not like ?", [DAILY + "%"]).fetchall())
    return [n for n in names if (not _daily_current(db, n) if n.startswith(DAILY)
                                 else stored.get(n) != generation(db, table_of(n)))]


def _daily_generations(db: sqlite_utils.Database, name: str) -> tuple[int, int]:
    """The generations of the tables daily counts ``name`` (DAILY + a group facet) follow: the group
    facet's table and documents (the days)."""
    return generation(db, table_of(name)), generation(db, "documents")


def _daily_current(db: sqlite_utils.Database, name: str) -> bool:
    row = db.execute("select data from facets where name = ?", [name]).fetchone()
    return bool(row) and DailyCounts.from_bytes(name, row[0]).generations == _daily_generations(db, name)


def refresh(db: sqlite_utils.Database, names=None) -> list[str]:
    """Bring the facets ``names`` (by default those stored already) whose table changed up to date
    and store them: patched with the documents the change log names, or rebuilt. Run after
    processing, it keeps the facets coverage has used current, so that its next call does not pay
    for them. Returns the names redone."""
    if not available(db):
        return []
    ensure_change_log(db)
    if names is None:
        names = [r[0] for r in db.execute("select name from facets order by name")]
    todo = stale(db, names)
    # the facets first: daily counts are counted from them once they are current
    for name in sorted(todo, key=lambda n: n.startswith(DAILY)):
        if name.startswith(DAILY):
            load_daily(db, name[len(DAILY):])
            continue
        table = table_of(name)
        current = generation(db, table)  # read first, as in load()
        seen = last_change(db)
        row = db.execute("select data from facets where name = ?", [name]).fetchone()
        stored = Facet.from_bytes(name, row[0]) if row else None
        facet = None
        if stored is not None and stored.log_seq is not None:
            changed = changed_documents(db, table, stored.log_seq)
            if len(changed) <= PATCH_SHARE * max(len(stored.docs), 1):
                facet = patch(db, stored, changed, seen)
        if facet is None:
            facet = replace(build(db, name), log_seq=seen)
        save(db, facet, current)
    prune_change_log(db)
    return todo


def prune_change_log(db: sqlite_utils.Database) -> None:
    """Drop the log entries every stored facet of their table has seen (all of them for a table no
    stored facet follows: a facet stored later is built from the rows)."""
    if CHANGE_LOG not in db.table_names():
        return
    seen: dict[str, int] = {}
    for name, data in db.execute("select name, data from facets where name not like ?", [DAILY + "%"]):
        # (daily counts are rebuilt from their facets, never patched: they read no log)
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:  # reads only the member asked for
            facet_seq = int(arrays["log_seq"][0]) if "log_seq" in arrays.files else 0
        table = table_of(name)
        seen[table] = min(seen.get(table, facet_seq), facet_seq)
    with write_transaction(db):
        last = last_change(db) or 0
        for table in GENERATION_TABLES:
            db.execute(f"delete from [{CHANGE_LOG}] where tbl = ? and seq <= ?", [table, seen.get(table, last)])


def ensure_change_log(db: sqlite_utils.Database) -> None:
    """The change log and its triggers (created with the facet tables; added here to a corpus made
    before them). Nothing to do in a corpus that cannot be written."""
    names = {r[0] for r in db.execute("select name from sqlite_master where name like 'facet_log_%'")}
    if CHANGE_LOG in db.table_names() and len(names) == 3 * len(WATCHED):
        return
    try:
        with write_transaction(db):
            db.execute(f"create table if not exists [{CHANGE_LOG}] (seq integer primary key autoincrement, "
                       "tbl text not null, document_id integer not null)")
            for table, columns in WATCHED.items():
                column = DOCUMENT_COLUMN[table]
                log = f"insert into [{CHANGE_LOG}] (tbl, document_id)"
                for event, body in (("insert", f"{log} values ('{table}', new.[{column}]);"),
                                    ("delete", f"{log} values ('{table}', old.[{column}]);"),
                                    (f"update of {columns}", f"{log} values ('{table}', old.[{column}]); "
                                                             f"{log} values ('{table}', new.[{column}]);")):
                    slug = event.split()[0]
                    db.execute(f"create trigger if not exists [facet_log_{table}_{slug}] after {event} on [{table}] "
                               f"begin {body} end")
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc) and "read-only" not in str(exc):
            raise


@dataclass(frozen=True)
class DailyCounts:
    """The documents of each group of a facet published on each day: ``counts[k, d]`` documents of
    group ``labels[k]`` on day ``first_day + d`` (days since 1970; undated documents not counted)."""

    name: str  # DAILY + the group facet's name
    labels: tuple[str, ...]  # the group facet's labels, in its order
    first_day: int
    counts: np.ndarray  # int64, (len(labels), days)
    generations: tuple[int, int] = (-1, -1)  # of the group facet's table and of documents, when built

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez(buffer, labels=np.array(self.labels, dtype=str), counts=self.counts,
                 first_day=np.array([self.first_day], dtype=np.int64),
                 generations=np.array(self.generations, dtype=np.int64))
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> DailyCounts:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return cls(name, tuple(str(x) for x in arrays["labels"]), int(arrays["first_day"][0]), arrays["counts"],
                       tuple(int(g) for g in arrays["generations"]))


def day_number(text: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO date (its first ten characters), None for a partial or bad one."""
    if not text or not _FULL_DATE.match(text):
        return None
    try:
        return (dt.date.fromisoformat(text[:10]) - _EPOCH).days
    except ValueError:
        return None


def label_day_numbers(labels) -> np.ndarray:
    """Days since 1970 of date labels (``YYYY-MM-DD``), NO_DAY for partial or bad ones; vectorised,
    since a corpus has a label for every day it covers."""
    text = np.array(labels, dtype=str) if len(labels) else np.zeros(0, dtype="<U10")
    full = np.char.str_len(text) == 10 if len(text) else np.zeros(0, dtype=bool)
    out = np.full(len(text), NO_DAY, dtype=np.int64)
    try:
        out[full] = np.array(text[full], dtype="datetime64[D]").astype(np.int64)
    except ValueError:  # a malformed label among them: one at a time
        out[:] = [NO_DAY if (d := day_number(x)) is None else d for x in text]
    return out


def daily_counts(group: Facet, day: Facet, generations: tuple[int, int] = (-1, -1)) -> DailyCounts:
    """The documents per group per day from the group facet and the ``day`` facet."""
    size = max(group.max_doc, day.max_doc) + 1
    day_of = np.full(size, NO_DAY, dtype=np.int64)
    day_of[day.docs] = np.append(label_day_numbers(day.labels), NO_DAY)[day.keys]  # key -1: no date
    keep = group.keys >= 0
    pair_days, pair_keys = day_of[group.docs[keep]], group.keys[keep]
    dated = pair_days != NO_DAY
    first_day = int(pair_days[dated].min()) if dated.any() else 0
    span = int(pair_days[dated].max()) - first_day + 1 if dated.any() else 1
    counts = np.bincount(pair_keys[dated] * span + (pair_days[dated] - first_day),
                         minlength=len(group.labels) * span).reshape(len(group.labels), span)
    return DailyCounts(DAILY + group.name, group.labels, first_day, counts.astype(np.int64), generations)


def load_daily(db: sqlite_utils.Database, name: str, *, store: bool = True) -> DailyCounts:
    """The documents per group per day of the facet ``name``: stored while neither its table nor
    documents (the days) changed, else counted from the two facets (and stored when writable)."""
    key = DAILY + name
    if not available(db):
        return daily_counts(build(db, name), build(db, "day"))
    current = _daily_generations(db, key)  # read first, as in load()
    row = db.execute("select data from facets where name = ?", [key]).fetchone()
    if row:
        stored = DailyCounts.from_bytes(key, row[0])
        if stored.generations == current:
            return stored
    counted = daily_counts(load(db, name, store=store), load(db, "day", store=store), current)
    if store:
        save(db, counted, current[0])  # (it has a name and its bytes, as a facet has)
    return counted


def create_tables(db: sqlite_utils.Database) -> None:
    """The facet store and the per-table generation counters with the triggers that bump them."""
    db["facets"].create({"name": str, "generation": int, "built_at": str, "data": bytes}, pk="name")
    db["facet_generations"].create({"tbl": str, "generation": int}, pk="tbl")
    db["facet_generations"].insert_all([{"tbl": t, "generation": 0} for t in GENERATION_TABLES])
    for table, columns in WATCHED.items():
        bump = f"update facet_generations set generation = generation + 1 where tbl = '{table}';"
        for event in ("insert", "delete", f"update of {columns}"):
            slug = event.split()[0]
            db.execute(f"create trigger [facet_gen_{table}_{slug}] after {event} on [{table}] begin {bump} end")
    ensure_change_log(db)
