"""Counts per table, language, source and province."""
from __future__ import annotations

from typing import Any

import sqlite_utils

TABLES = ["sources", "pages", "documents", "mentions", "legal_documents", "figures", "assignments", "provinces", "agencies"]


def corpus_stats(db: sqlite_utils.Database) -> dict[str, Any]:
    existing = set(db.table_names())
    out: dict[str, Any] = {"tables": {t: db[t].count for t in TABLES if t in existing}}
    for column in ("language", "source_id", "province_code"):
        rows = db.execute(
            f"select coalesce({column}, '(none)'), count(*) from documents group by 1 order by 2 desc, 1"
        ).fetchall()
        out[f"documents_by_{column.removesuffix('_id').removesuffix('_code')}"] = dict(rows)
    failed = db.execute("select count(*) from pages where process_error is not null").fetchone()[0]
    out["pages_failed"] = failed
    return out
