"""Story ids for the corpus: every document gets ``documents.story_id`` (the smallest document id of
its story), recomputed after each processing run (``corpus.process.AFTER_PROCESSING``) from the
documents' text and stored facts. See ``nlp.stories`` for the method."""
from __future__ import annotations

import sqlite_utils

from corpus.db import write_transaction
from nlp import config
from nlp.stories import StoryDocument, StorySettings, stories


def blocks(docs: list[StoryDocument], size: int) -> list[list[StoryDocument]]:
    """Pair scores take memory in the square of the documents compared, so a large corpus is
    compared month by month of publication (a story is told within days), undated documents in
    blocks of ``size`` by id."""
    if len(docs) <= size:
        return [docs]
    by_month: dict[str, list[StoryDocument]] = {}
    for doc in docs:
        by_month.setdefault((doc.published or "")[:7], []).append(doc)
    out = []
    for month, members in sorted(by_month.items()):
        out.extend(members[i:i + size] for i in range(0, len(members), size))
    return out


def _column(db: sqlite_utils.Database, sql: str) -> dict[int, list]:
    out: dict[int, list] = {}
    for document_id, value in db.execute(sql):
        out.setdefault(document_id, []).append(value)
    return out


def load_documents(db: sqlite_utils.Database) -> list[StoryDocument]:
    """Every document with the facts that survive translation."""
    tables = set(db.table_names())
    references = _column(db, "select document_id, legal_id from mentions where legal_id is not null") if "mentions" in tables else {}
    figures = _column(db, "select document_id, value from figures where value is not null") if "figures" in tables else {}
    agencies = _column(db, "select document_id, agency_id from assignments where agency_id is not null") if "assignments" in tables else {}
    provinces = {}
    if "document_provinces" in tables:
        provinces = _column(db, "select document_id, province_code from document_provinces "
                                "where scheme = '2025' and attribution = 'mention'")
    return [
        StoryDocument(id=r[0], language=r[1] or "und", text="\n".join(filter(None, [r[2], r[3]])), published=r[4],
                      references=references.get(r[0], []), figures=figures.get(r[0], []),
                      agencies=agencies.get(r[0], []), provinces=provinces.get(r[0], []))
        for r in db.execute("select id, language, title, text, published from documents order by id")
    ]


def refresh(db: sqlite_utils.Database, settings: StorySettings | None = None) -> dict[int, int]:
    """Recompute every document's story id in one transaction; returns document id → story id."""
    if "document_provinces" in db.table_names():
        from corpus import provinces

        provinces.refresh(db)  # provinces are story evidence: attribute them first
    assignment: dict[int, int] = {}
    for block in blocks(load_documents(db), config.get_int("stories", "block_size")):
        assignment.update(stories(block, settings))
    with write_transaction(db):
        db.conn.executemany("update documents set story_id = ? where id = ? and coalesce(story_id, -1) != ?",
                       [(story, doc, story) for doc, story in assignment.items()])
    return assignment
