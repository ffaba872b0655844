"""Counts per table, language, source and province."""
from __future__ import annotations

from typing import Any

import sqlite_utils

from corpus.facts import fact_tables

# the tables counted: the corpus's own, with the fact tables of the registered stages after the documents
TABLES_BEFORE_FACTS = ["sources", "pages", "documents"]
TABLES_AFTER_FACTS = ["legal_documents", "provinces", "agencies"]


def counted_tables() -> list[str]:
    return [*TABLES_BEFORE_FACTS, *fact_tables().values(), *TABLES_AFTER_FACTS]


def corpus_stats(db: sqlite_utils.Database) -> dict[str, Any]:
    existing = set(db.table_names())
    out: dict[str, Any] = {"tables": {t: db[t].count for t in counted_tables() if t in existing}}
    for column in ("language", "source_id", "province_code"):
        rows = db.execute(
            f"select coalesce({column}, '(none)'), count(*) from documents group by 1 order by 2 desc, 1"
        ).fetchall()
        out[f"documents_by_{column.removesuffix('_id').removesuffix('_code')}"] = dict(rows)
    failed = db.execute("select count(*) from pages where process_error is not null").fetchone()[0]
    out["pages_failed"] = failed
    return out
