"""Stories after a processing run: the blocks the run changed re-clustered, against its months
re-clustered whole (what a run cost before stories were incremental).

A synthetic corpus of BENCH_STORY_DOCS documents (default 3,000; bench/synthetic.py) is published
over BENCH_STORY_MONTHS months (default 3, in id order, as a crawl brings them) and clustered once
in blocks of BENCH_STORY_BLOCK documents (``[stories] block_size``, default here 400 instead of
3,000, so that a month holds several blocks at a size this machine clusters in a minute; at
1,000,000 documents over ten years a month holds about 8,300 documents, three blocks of 3,000).
Then a run's worth of new documents (BENCH_STORY_NEW, default 100: reprints of documents of the
last month, a line added, the same facts and date) is written, and ``corpus.stories.refresh``
(what processing runs afterwards) is timed against clustering the months it touched whole. The
story ids after the refresh must be those of the whole-month clustering.

    BENCH_STORY_DOCS=6000 python -m bench bench_stories
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def add_reprints(db, month: str, count: int) -> None:
    """``count`` new documents: the first documents of ``month`` again, a line added to each."""
    top = db.execute("select max(id) from documents").fetchone()[0]
    originals = [row[0] for row in db.execute(
        "select id from documents where substr(published, 1, 7) = ? order by id limit ?", [month, count])]
    first, last = originals[0], originals[-1]
    shift = top - first + 1
    with db.atomic():
        db.execute("insert into pages (id, url, origin, content, content_encoding, sha256) select id + ?, url || '/reprint', "
                   "origin, content, content_encoding, sha256 || 'r' from pages where id between ? and ?", [shift, first, last])
        db.execute("insert into documents (id, page_id, url, source_id, province_code, language, published, title, text, "
                   "title_folded, text_folded, length) select id + ?, page_id + ?, url || '/reprint', source_id, "
                   "province_code, language, published, title, text || char(10) || 'Reprinted.', title_folded, "
                   "text_folded, length from documents where id between ? and ?", [shift, shift, first, last])
        for table, columns in (("mentions", "legal_id, start, [end], text, sentence, language"),
                               ("assignments", "agency_id, role, start, [end], sentence, language"),
                               ("document_provinces", "scheme, province_code, attribution, count"),
                               ("document_provinces_done", "processed_at, version")):
            db.execute(f"insert into {table} (document_id, {columns}) select document_id + ?, {columns} from {table} "
                       f"where document_id between ? and ?", [shift, first, last])


def run() -> dict:
    from bench.synthetic import build
    from corpus import open_db
    from corpus import stories as corpus_stories
    from nlp import config
    from nlp.stories import stories

    documents = int(os.environ.get("BENCH_STORY_DOCS", "3000"))
    months = int(os.environ.get("BENCH_STORY_MONTHS", "3"))
    size = int(os.environ.get("BENCH_STORY_BLOCK", "400"))
    new = int(os.environ.get("BENCH_STORY_NEW", "100"))
    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "settings.cfg"
        settings.write_text(f"[stories]\nblock_size = {size}\n", encoding="utf-8")
        config.use_config(settings)
        try:
            path = Path(folder) / "stories.db"
            build(path, documents)
            db = open_db(path)
            with db.atomic():
                db.execute("update documents set published = printf('2025-%02d-%02d', 1 + (id - 1) * ? / ?, 1 + id % 28)",
                           [months, documents])
            t0 = time.process_time()
            corpus_stories.refresh(db)
            first_seconds = time.process_time() - t0
            month = f"2025-{months:02d}"
            add_reprints(db, month, new)
            t0 = time.process_time()
            changed = corpus_stories.refresh(db)
            incremental_seconds = time.process_time() - t0
            t0 = time.process_time()
            whole: dict[int, int] = {}
            for block in corpus_stories.blocks(corpus_stories.load_documents(db, [month]), size, by_month=True):
                whole.update(stories(block))
            whole_seconds = time.process_time() - t0
            stored = dict(db.execute("select id, story_id from documents where substr(published, 1, 7) = ?", [month]))
            month_documents = len(stored)
            db.conn.close()
        finally:
            config.use_config(None)
    return {"documents": documents, "months": months, "block_size": size, "new_documents": new,
            "first_clustering_cpu_seconds": round(first_seconds, 2),
            "touched_month_documents": month_documents, "documents_reclustered": len(changed),
            "incremental_cpu_seconds": round(incremental_seconds, 2),
            "whole_month_cpu_seconds": round(whole_seconds, 2),
            "incremental_vs_whole_month": round(incremental_seconds / whole_seconds, 3),
            "same_stories_as_whole_month": stored == whole}
