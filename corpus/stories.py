"""Story ids for the corpus: every document gets ``documents.story_id`` (the smallest document id of
its story), brought up to date after each processing run (``corpus.process.AFTER_PROCESSING``) from the
documents' text and stored facts. See ``nlp.stories`` for the method."""
from __future__ import annotations

import json

import sqlite_utils

from corpus.db import write_transaction
from nlp import config
from nlp.stories import StoryDocument, StorySettings, stories


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


def load_documents(db: sqlite_utils.Database, months: list[str] | None = None) -> list[StoryDocument]:
    """Every document (or those published in ``months``, '' for undated) with the facts that
    survive translation."""
    tables = set(db.table_names())
    where, params = "", []
    if months is not None:
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


def refresh(db: sqlite_utils.Database, settings: StorySettings | None = None) -> dict[int, int]:
    """Bring every document's story id up to date; returns document id → story id of the documents
    re-clustered. A corpus up to ``[stories] block_size`` documents is clustered whole; a larger one
    month by month of publication, and only the months holding documents added, reprocessed or
    removed since the last run (a story is told within days)."""
    if "document_provinces" in db.table_names():
        from corpus import provinces

        provinces.refresh(db)  # provinces are story evidence: attribute them first
    size = config.get_int("stories", "block_size")
    total = db.execute("select count(*) from documents").fetchone()[0]
    tracked = "stories_done" in db.table_names()
    if total <= size or not tracked:
        docs = load_documents(db)
    else:
        months = [row[0] for row in db.execute(_STALE_MONTHS)]
        if not months:
            return {}
        docs = load_documents(db, months)
    assignment: dict[int, int] = {}
    for block in blocks(docs, size, by_month=total > size):
        assignment.update(stories(block, settings))
    with write_transaction(db):
        db.conn.executemany("update documents set story_id = ? where id = ? and coalesce(story_id, -1) != ?",
                            [(story, doc, story) for doc, story in assignment.items()])
        if tracked:
            db.execute("delete from stories_done where document_id not in (select id from documents)")
            db.execute(f"""insert or replace into stories_done (document_id, processed_at, month)
                           select id, processed_at, {_MONTH} from documents
                           where id in (select value from json_each(?))""", [json.dumps(list(assignment))])
    return assignment
