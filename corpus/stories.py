"""Story ids for the corpus: every document gets ``documents.story_id`` (the smallest document id of
its story), brought up to date after each processing run (``corpus.process.AFTER_PROCESSING``) from the
documents' text and stored facts. See ``nlp.stories`` for the method."""
from __future__ import annotations

import json
import zlib

import numpy as np
import sqlite_utils

from corpus.db import write_transaction
from nlp import config
from nlp.stories import CharNgramRow, ShingleRow, StoryDocument, StorySettings, stories

# each document's hashed word shingle counts, kept from the run that worked them out for the runs
# that cluster it again (a corpus of one block is clustered whole whenever a document is added):
# its ``processed_at`` says which text they were worked out from; with them its character n-gram
# counts (``char_ngrams``, NULL until a cognate pair of its block needed them)
SHINGLES = "story_shingles"


def blocks(docs: list[StoryDocument], size: int, by_month: bool = False) -> list[list[StoryDocument]]:
    """Pair scores take memory in the square of the documents compared, so a large corpus is
    compared month by month of publication (a story is told within days), each month (and the
    undated documents) in blocks of ``size`` by id."""
    if len(docs) <= size and not by_month:
        return [docs]
    months: dict[str, list[StoryDocument]] = {}
    for doc in docs:
        months.setdefault((doc.published or "")[:7], []).append(doc)
    out = []
    for month, members in sorted(months.items()):
        out.extend(members[i:i + size] for i in range(0, len(members), size))
    return out


def _column(db: sqlite_utils.Database, sql: str, params: list) -> dict[int, list]:
    out: dict[int, list] = {}
    for document_id, value in db.execute(sql, params):
        out.setdefault(document_id, []).append(value)
    return out


_MONTH = "coalesce(substr(published, 1, 7), '')"


def load_documents(db: sqlite_utils.Database, months: list[str] | None = None,
                   ids: list[int] | None = None) -> list[StoryDocument]:
    """Every document (or those published in ``months``, '' for undated, or those of ``ids``) with
    the facts that survive translation."""
    tables = set(db.table_names())
    where, params = "", []
    if ids is not None:
        where = "where id in (select value from json_each(?))"
        params = [json.dumps(ids)]
    elif months is not None:
        where = f"where {_MONTH} in (select value from json_each(?))"
        params = [json.dumps(months)]
    chosen = f"(select id from documents {where})"

    def facts(table: str, column: str, extra: str = "") -> dict[int, list]:
        if table not in tables:
            return {}
        return _column(db, f"select document_id, {column} from {table} where {column} is not null {extra} "
                           f"and document_id in {chosen}", params)

    references = facts("mentions", "legal_id")
    figures = facts("figures", "value")
    agencies = facts("assignments", "agency_id")
    provinces = facts("document_provinces", "province_code", "and scheme = '2025' and attribution = 'mention'")
    return [
        StoryDocument(id=r[0], language=r[1] or "und", text="\n".join(filter(None, [r[2], r[3]])), published=r[4],
                      references=references.get(r[0], []), figures=figures.get(r[0], []),
                      agencies=agencies.get(r[0], []), provinces=provinces.get(r[0], []))
        for r in db.execute(f"select id, language, title, text, published from documents {where} order by id", params)
    ]


_STALE_MONTHS = f"""
    select distinct {_MONTH} from documents d left join stories_done s on s.document_id = d.id
    where s.document_id is null or coalesce(s.processed_at, '') != coalesce(d.processed_at, '')
    union  -- the month a reprocessed document was in, should its date have changed
    select s.month from stories_done s join documents d on d.id = s.document_id
    where coalesce(s.processed_at, '') != coalesce(d.processed_at, '')
    union  -- months that lost a document
    select month from stories_done where document_id not in (select id from documents)"""


def month_blocks(ids: list[int], size: int) -> list[tuple[int, ...]]:
    """The blocks one month's documents are compared in: by id, ``size`` at a time (as ``blocks``)."""
    ordered = sorted(ids)
    return [tuple(ordered[i:i + size]) for i in range(0, len(ordered), size)]


def _ids_by_month(db: sqlite_utils.Database, sql: str, months: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {month: [] for month in months}
    for document_id, month in db.execute(sql, [json.dumps(months)]):
        out[month].append(document_id)
    return out


def changed_blocks(db: sqlite_utils.Database, months: list[str], size: int) -> list[tuple[int, ...]]:
    """The blocks of ``months`` whose stories a full rebuild would compute differently from those
    stored: a block is kept when the last run clustered exactly these documents together (the
    month's documents it saw, chunked the same way) and none of them changed since. Documents come
    in id order, so a run that adds documents to a month re-clusters only its last blocks."""
    now = _ids_by_month(db, f"select id, {_MONTH} from documents where {_MONTH} in (select value from json_each(?))",
                        months)
    before = _ids_by_month(db, "select document_id, month from stories_done where month in (select value from json_each(?))",
                           months)
    changed = {row[0] for row in db.execute(
        "select s.document_id from stories_done s left join documents d on d.id = s.document_id "
        "where d.id is null or coalesce(s.processed_at, '') != coalesce(d.processed_at, '')")}
    kept = {block for month in months for block in month_blocks(before[month], size) if not changed.intersection(block)}
    return [block for month in months for block in month_blocks(now[month], size) if block not in kept]


def refresh(db: sqlite_utils.Database, settings: StorySettings | None = None) -> dict[int, int]:
    """Bring every document's story id up to date; returns document id → story id of the documents
    re-clustered. A corpus up to ``[stories] block_size`` documents is clustered whole, when any of
    its documents was added, reprocessed or removed; a larger one month by month of publication (a
    story is told within days), each month in blocks of that size by id, and only the blocks whose
    documents changed since the last run (``changed_blocks``): the same stories as a rebuild of every
    month, for the cost of the documents a run added."""
    if "document_provinces" in db.table_names():
        from corpus import provinces

        provinces.refresh(db)  # provinces are story evidence: attribute them first
    size = config.get_int("stories", "block_size")
    total = db.execute("select count(*) from documents").fetchone()[0]
    tracked = "stories_done" in db.table_names()
    every_block = not tracked or total <= size  # whether this run clusters every document of the corpus
    if not tracked:
        work = blocks(load_documents(db), size, by_month=total > size)
    else:
        months = [row[0] for row in db.execute(_STALE_MONTHS)]
        if not months:
            return {}
        clustered_before = db.execute("select count(*) from stories_done").fetchone()[0]
        if total <= size:
            work = [load_documents(db)]
        elif clustered_before <= size:
            # the last run clustered the corpus whole: every month is clustered anew, month by month
            work = blocks(load_documents(db), size, by_month=True)
            every_block = True
        else:
            chosen = changed_blocks(db, months, size)
            loaded = {doc.id: doc for doc in load_documents(db, ids=[i for block in chosen for i in block])}
            work = [[loaded[i] for i in block] for block in chosen]
    kept, kept_ngrams = _attach_shingles(db, work) if tracked else (set(), set())
    assignment: dict[int, int] = {}
    packed: dict[int, bytes] = {}  # the shingles worked out in this run that a later run may use
    packed_ngrams: dict[int, bytes] = {}  # and the character n-grams
    open_ids: list[int] = []  # the documents of the blocks a later run may cluster again
    for block in work:
        assignment.update(stories(block, settings))
        reused = tracked and (total <= size or len(block) < size)  # the corpus's one block, or a month's last
        for doc in block:
            if reused:
                open_ids.append(doc.id)
                if doc.id not in kept and doc.shingles is not None:
                    packed[doc.id] = _pack(doc.shingles)
                if doc.id not in kept_ngrams and doc.char_ngrams is not None:
                    packed_ngrams[doc.id] = _pack_ngrams(doc.char_ngrams)
            doc.shingles = None  # a block's arrays go with it (about 30 KB a document)
            doc.char_ngrams = None
    with write_transaction(db):
        if tracked:
            _store_shingles(db, work, packed, open_ids, every_block, packed_ngrams)
        db.conn.executemany("update documents set story_id = ? where id = ? and coalesce(story_id, -1) != ?",
                            [(story, doc, story) for doc, story in assignment.items()])
        if tracked:
            db.execute("delete from stories_done where document_id not in (select id from documents)")
            db.execute(f"""insert or replace into stories_done (document_id, processed_at, month)
                           select id, processed_at, {_MONTH} from documents
                           where id in (select value from json_each(?))""", [json.dumps(list(assignment))])
    return assignment


def _pack(row: ShingleRow) -> bytes:
    return zlib.compress(row.columns.astype("<i4").tobytes() + row.counts.astype("<u4").tobytes(), 1)


def _unpack(blob: bytes) -> ShingleRow:
    raw = zlib.decompress(blob)
    half = len(raw) // 2
    return ShingleRow(np.frombuffer(raw[:half], dtype="<i4").astype(np.int32),
                      np.frombuffer(raw[half:], dtype="<u4").astype(np.float64))


def _pack_ngrams(row: CharNgramRow) -> bytes:
    grams = "\n".join(row.grams).encode("utf-8", "surrogatepass")  # an n-gram holds no line break (words of str.split)
    return zlib.compress(len(grams).to_bytes(4, "little") + grams + np.asarray(row.counts, dtype="<u4").tobytes(), 1)


def _unpack_ngrams(blob: bytes) -> CharNgramRow:
    raw = zlib.decompress(blob)
    size = int.from_bytes(raw[:4], "little")
    grams = raw[4 : 4 + size].decode("utf-8", "surrogatepass")
    return CharNgramRow(grams.split("\n") if grams else [], np.frombuffer(raw[4 + size :], dtype="<u4").tolist())


def _attach_shingles(db: sqlite_utils.Database, work: list[list[StoryDocument]]) -> tuple[set[int], set[int]]:
    """Give each document of ``work`` the shingle counts and character n-gram counts kept for its current text;
    returns the ids of those with shingles and of those with n-grams."""
    if SHINGLES not in db.table_names():
        return set(), set()
    # a table of shingles made before the n-grams were kept has no column for them (the write adds it)
    ngrams = "s.char_ngrams" if _has_ngrams_column(db) else "null"
    ids = json.dumps([d.id for block in work for d in block])
    rows = db.execute(f"select s.document_id, s.shingles, {ngrams} from [{SHINGLES}] s "
                      f"join documents d on d.id = s.document_id "
                      f"where s.document_id in (select value from json_each(?)) "
                      f"and coalesce(s.processed_at, '') = coalesce(d.processed_at, '')", [ids])
    known = {document_id: (blob, ngrams) for document_id, blob, ngrams in rows}
    for block in work:
        for doc in block:
            if doc.id in known:
                blob, ngrams = known[doc.id]
                doc.shingles = _unpack(blob)
                if ngrams is not None:
                    doc.char_ngrams = _unpack_ngrams(ngrams)
    return set(known), {i for i, (_, ngrams) in known.items() if ngrams is not None}


def _has_ngrams_column(db: sqlite_utils.Database) -> bool:
    return "char_ngrams" in {row[1] for row in db.execute(f"pragma table_info([{SHINGLES}])")}


def _with_ngrams_column(db: sqlite_utils.Database) -> None:
    """The ``char_ngrams`` column on a table of shingles made before it was kept."""
    if not _has_ngrams_column(db):
        db.execute(f"alter table [{SHINGLES}] add column char_ngrams blob")


def _store_shingles(db: sqlite_utils.Database, work: list[list[StoryDocument]], packed: dict[int, bytes],
                    open_ids: list[int], every_block: bool, packed_ngrams: dict[int, bytes] | None = None) -> None:
    """Keep the shingle counts of the documents that a later run may cluster again (``open_ids``:
    every document of a corpus clustered whole, else those of a month's last block, not full yet,
    where the month's next documents go), writing those worked out in this run (``packed``); the
    counts of documents gone, reprocessed, or in a block this run filled are dropped, so the table
    holds at most a block per month. The character n-grams worked out in this run (``packed_ngrams``) go
    with their document's shingles."""
    db.execute(f"create table if not exists [{SHINGLES}] (document_id integer primary key, processed_at text, "
               f"shingles blob not null, char_ngrams blob)")
    _with_ngrams_column(db)
    if every_block:  # the blocks of this run are every block there is: nothing else is kept
        db.execute(f"delete from [{SHINGLES}] where document_id not in (select value from json_each(?))",
                   [json.dumps(open_ids)])
    else:
        still_open = set(open_ids)
        closed = [d.id for block in work for d in block if d.id not in still_open]
        db.execute(f"delete from [{SHINGLES}] where document_id not in (select id from documents) "
                   f"or document_id in (select value from json_each(?))", [json.dumps(closed)])
    db.conn.executemany(f"insert or replace into [{SHINGLES}] (document_id, processed_at, shingles) "
                        f"select id, processed_at, ? from documents where id = ?",
                        [(blob, document_id) for document_id, blob in packed.items()])
    db.conn.executemany(f"update [{SHINGLES}] set char_ngrams = ? where document_id = ?",
                        [(blob, document_id) for document_id, blob in (packed_ngrams or {}).items()])
