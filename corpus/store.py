"""Writing raw pages and processed documents, in transactions."""
from __future__ import annotations

import hashlib
import json
import weakref
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from corpus.db import write_transaction
from corpus.facts import create_fact_table, fact_row
from extract.models import DOCUMENT_KEYS
from extract.stages import registered, registration
from corpus.fulltext import fold_for_index


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def processed_stamp() -> str:
    """A document's ``processed_at``: the derived tables (provinces, stories) tell a reprocessed
    document by it, so it must differ between two processings within the same second."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass
class RawPage:
    """A fetched or read page, as it arrived."""

    url: str
    content: bytes
    source_id: str | None = None
    origin: str = "crawl"  # crawl | file | warc
    status: int | None = 200
    final_url: str | None = None
    content_type: str | None = None
    headers: dict[str, Any] = field(default_factory=dict)
    fetched_at: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def page_row(page: RawPage) -> dict[str, Any]:
    return {
        "url": page.url,
        "final_url": page.final_url or page.url,
        "source_id": page.source_id,
        "origin": page.origin,
        "status": page.status,
        "headers": json.dumps(page.headers, ensure_ascii=False) if page.headers else None,
        "content": zlib.compress(page.content, 6),
        "content_encoding": "zlib",
        "content_type": page.content_type,
        "content_length": len(page.content),
        "sha256": hashlib.sha256(page.content).hexdigest(),
        "fetched_at": page.fetched_at or now_iso(),
        "etag": page.etag,
        "last_modified": page.last_modified,
    }


def page_content(row: dict[str, Any]) -> bytes:
    content = row["content"] or b""
    return zlib.decompress(content) if row.get("content_encoding") == "zlib" else content


def store_pages(db: sqlite_utils.Database, pages: Iterable[RawPage]) -> dict[str, int]:
    """Insert or update raw pages in one transaction. A page whose bytes did not change keeps its
    processed state; a changed page is queued for processing again. Returns counts by outcome."""
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    with write_transaction(db):
        for page in pages:
            row = page_row(page)
            existing = db.execute("select id, sha256 from pages where url = ?", [page.url]).fetchone()
            if existing is None:
                db["pages"].insert(row)
                counts["new"] += 1
            elif existing[1] == row["sha256"]:
                db["pages"].update(existing[0], {k: row[k] for k in ("fetched_at", "status", "etag", "last_modified", "headers")})
                counts["unchanged"] += 1
            else:
                db["pages"].update(existing[0], dict(row, process_version=None, process_error=None))
                counts["changed"] += 1
    return counts


def known_urls(db: sqlite_utils.Database) -> set[str]:
    return {row[0] for row in db.execute("select url from pages")}


def delete_document(db: sqlite_utils.Database, document_id: int) -> None:
    """Delete a document and the facts of every registered stage that it holds."""
    for entry in registered():
        if _table_exists(db, entry.table):  # a stage added since the corpus was made may have stored nothing yet
            db.execute(f"delete from [{entry.table}] where document_id = ?", [document_id])
    db.execute("delete from documents where id = ?", [document_id])


def store_document(
    db: sqlite_utils.Database,
    page: dict[str, Any],
    doc: dict[str, Any],
    *,
    province_code: str | None,
    version: str,
) -> int | None:
    """Replace the document made from ``page`` and its facts. Must run inside a transaction.

    Returns the document id, or None when the page is a copy of a document already stored (same
    canonical URL from another page, or the same text from the same source)."""
    # every key but the document's own is the facts of a registered stage: one that no stage makes
    # is an error (UnknownStage), raised before anything is written, never skipped
    stages_facts = [(registration(kind), facts) for kind, facts in doc.items() if kind not in DOCUMENT_KEYS]
    text = doc["text"]
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    canonical = doc.get("canonical_url") or page["url"]
    duplicate = db.execute(
        "select id from documents where page_id != ? and (canonical_url = ? or (sha256 = ? and coalesce(source_id, '') = coalesce(?, ''))) limit 1",
        [page["id"], canonical, sha, page.get("source_id")],
    ).fetchone()
    previous = db.execute("select id from documents where page_id = ?", [page["id"]]).fetchone()
    if previous:
        delete_document(db, previous[0])
    if duplicate:
        return None
    document_id = page["id"]
    insert_rows(db, "documents", [
        {
            "id": document_id,
            "page_id": page["id"],
            "url": page.get("final_url") or page["url"],
            "canonical_url": canonical,
            "source_id": page.get("source_id"),
            "province_code": province_code,
            "language": doc["language"],
            "published": doc.get("published"),
            "title": doc.get("title"),
            "text": text,
            "title_folded": fold_for_index(doc.get("title") or ""),
            "text_folded": fold_for_index(text),  # web addresses are not searchable words
            "sha256": sha,
            "length": len(text),
            "extractor_version": version,
            "processed_at": processed_stamp(),
        }
    ])
    for entry, facts in stages_facts:
        if not facts:
            continue
        table = entry.table
        if not _table_exists(db, table):
            create_fact_table(db, entry)
            _COLUMNS.get(db, {}).pop(table, None)
        rows = [
            fact_row(entry.name, f, document_id=document_id, sentence=f.get("sentence", ""),
                     language=f.get("language") or doc["language"], version=version)
            for f in facts
        ]
        insert_rows(db, table, rows)
    return document_id


def insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """``db[table].insert_all(rows, alter=True)`` in one ``executemany``, without sqlite-utils'
    per-call lookups of the table's schema: the columns of a table are read once per connection.
    A row with a column the table lacks (a stage's new optional field) goes through sqlite-utils,
    which adds the column."""
    if not rows:
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    known = _columns(db, table)
    if not known.issuperset(c.lower() for c in columns):
        db[table].insert_all(rows, alter=True)
        _COLUMNS.get(db, {}).pop(table, None)
        return
    names = ", ".join(f"[{c}]" for c in columns)
    sql = f"insert into [{table}] ({names}) values ({', '.join('?' * len(columns))})"
    db.conn.executemany(sql, [[v if type(v) in _PLAIN else jsonify_if_needed(v) for v in map(row.get, columns)] for row in rows])


# values SQLite takes as they are; anything else is converted as sqlite-utils converts it (JSON, ISO dates)
_PLAIN = frozenset({str, int, float, bytes, type(None)})


# the columns of each table, per open database: read once instead of at every insert
_COLUMNS: "weakref.WeakKeyDictionary[sqlite_utils.Database, dict[str, frozenset[str]]]" = weakref.WeakKeyDictionary()


def _table_exists(db: sqlite_utils.Database, table: str) -> bool:
    """Whether ``table`` exists, from the columns read once per connection; a table not seen is
    looked for again (another connection may have made it since)."""
    if _columns(db, table):
        return True
    _COLUMNS.get(db, {}).pop(table, None)
    return bool(_columns(db, table))


def _columns(db: sqlite_utils.Database, table: str) -> frozenset[str]:
    tables = _COLUMNS.setdefault(db, {})
    if table not in tables:
        tables[table] = frozenset(row[1].lower() for row in db.execute(f"pragma table_info([{table}])"))
    return tables[table]
