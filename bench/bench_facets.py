"""Facets after a processing run: patched with the documents the run added against rebuilt whole.

A synthetic corpus of BENCH_FACET_DOCS documents (default 20,000; bench/synthetic.py) gets every
facet coverage uses stored once; then a run's worth of new documents (BENCH_FACET_NEW, default 300,
copies of existing ones with their provinces, tasks and a story id for one in seven) is written, and
``corpus.facets.refresh`` (what processing runs afterwards) is timed against building the same
facets from the rows. The patched facets must hold the same pairs as the rebuilt ones.

    BENCH_FACET_DOCS=50000 python -m bench bench_facets
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

NAMES = ["language", "source", "month", "story", "agency", "provinces:2025:mention", "provinces:2025:publisher",
         "provinces:2024:mention", "provinces:2024:publisher"]


def _pairs(facet) -> list:
    labels = (lambda k: k) if facet.name == "story" else facet.label
    return sorted(zip(facet.docs.tolist(), map(labels, facet.keys.tolist())), key=repr)


def add_documents(db, count: int) -> None:
    """``count`` new documents, as a processing run writes them (copies of the first ones)."""
    top = db.execute("select max(id) from documents").fetchone()[0]
    with db.atomic():
        db.execute("insert into pages (id, url, origin, content, content_encoding, sha256) select id + ?, url || '/new', "
                   "origin, content, content_encoding, sha256 || 'n' from pages where id <= ?", [top, count])
        db.execute("insert into documents (id, page_id, url, source_id, province_code, language, published, title, text, "
                   "title_folded, text_folded, length) select id + ?, page_id + ?, url || '/new', source_id, province_code, "
                   "language, published, title, 'x', title_folded, 'x', length from documents where id <= ?", [top, top, count])
        db.execute("insert into document_provinces (document_id, scheme, province_code, attribution, count) "
                   "select document_id + ?, scheme, province_code, attribution, count from document_provinces "
                   "where document_id <= ?", [top, count])
        db.execute("insert into assignments (document_id, agency_id, role, start, [end], sentence, language) "
                   "select document_id + ?, agency_id, role, start, [end], sentence, language from assignments "
                   "where document_id <= ?", [top, count])
        db.execute("update documents set story_id = id where id > ? and id % 7 = 0", [top])


def run() -> dict:
    from bench.synthetic import build
    from corpus import facets, open_db

    documents = int(os.environ.get("BENCH_FACET_DOCS", "20000"))
    new = int(os.environ.get("BENCH_FACET_NEW", "300"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facets.db"
        build(path, documents)
        db = open_db(path)
        with db.atomic():
            db.execute("update documents set story_id = id where id % 7 = 0")
        facets.refresh(db, NAMES)
        add_documents(db, new)
        t0 = time.perf_counter()
        refreshed = facets.refresh(db)
        patched_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        rebuilt = {name: facets.build(db, name) for name in NAMES}
        rebuild_seconds = time.perf_counter() - t0
        same = all(_pairs(facets.load(db, name)) == _pairs(rebuilt[name]) for name in NAMES)
        db.conn.close()
    return {"documents": documents, "new_documents": new, "facets": len(refreshed),
            "refresh_patched_seconds": round(patched_seconds, 3), "rebuild_seconds": round(rebuild_seconds, 3),
            "patched_vs_rebuild": round(patched_seconds / rebuild_seconds, 3), "same_pairs_as_rebuild": same}
