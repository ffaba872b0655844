"""Building small synthetic corpora through the real storage API (real SQLite file, the same
``store_pages`` and ``store_document`` that processing uses), for coverage and story tests."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from corpus.store import RawPage, store_document, store_pages


def add_document(db, url: str, text: str, *, language: str, published: str | None = None, title: str | None = None,
                 source_id: str | None = None, province_code: str | None = None,
                 references: list[dict[str, Any]] = (), figures: list[dict[str, Any]] = (),
                 assignments: list[dict[str, Any]] = ()) -> int:
    """Store one processed document with its facts (dicts in the document JSON shape)."""
    store_pages(db, [RawPage(url=url, content=text.encode("utf-8"), source_id=source_id, content_type="text/plain")])
    page = db.execute("select id, url, final_url, source_id from pages where url = ?", [url]).fetchone()
    doc = {"text": text, "language": language, "published": published, "title": title,
           "references": [dict(r, start=r.get("start", 0), end=r.get("end", 1), text=r.get("text", r["id"])) for r in references],
           "figures": [dict(f, start=f.get("start", 0), end=f.get("end", 1), text=f.get("text", str(f["value"]))) for f in figures],
           "assignments": [dict(a, start=a.get("start", 0), end=a.get("end", 1)) for a in assignments]}
    with db.atomic():
        document_id = store_document(db, {"id": page[0], "url": page[1], "final_url": page[2], "source_id": page[3]},
                                     doc, province_code=province_code, version="test")
    return document_id


def ref(legal_id: str) -> dict[str, Any]:
    return {"id": legal_id, "type": "decree", "relation": "cites"}


def fig(value: float, unit: str | None = None) -> dict[str, Any]:
    return {"value": value, "unit": unit}


def assign(agency_id: str, role: str = "lead") -> dict[str, Any]:
    return {"agency_id": agency_id, "role": role, "task": "task"}


def ingest_process_and_refresh_stories(db, folder: Path, files: list, before_refresh=None) -> dict[int, int]:
    """One run as a researcher's would go: copy the texts (paths, or ``(name, text)`` pairs) into a new
    folder, ingest it, process, and refresh the stories; the refreshed stories by document id.
    ``before_refresh`` is called between processing and the refresh (to count the refresh's own work)."""
    from corpus import process as processing
    from corpus import stories as corpus_stories
    from corpus.ingest import ingest_paths

    folder.mkdir()
    for f in files:
        if isinstance(f, tuple):
            (folder / f[0]).write_text(f[1], encoding="utf-8")
        else:
            shutil.copy(f, folder / f.name)
    ingest_paths(db, [folder])
    processing.process(db, workers=1)
    if before_refresh:
        before_refresh()
    return corpus_stories.refresh(db)


def stories_rebuilt_from_nothing(db) -> dict[int, int]:
    """The corpus's stories rebuilt with no shingles, no done marks and no story ids kept: each document's story id
    (what an incremental refresh must give)."""
    from corpus import stories as corpus_stories

    with db.conn:
        db.execute("delete from stories_done")
        db.execute(f"delete from {corpus_stories.SHINGLES}")
        db.execute("update documents set story_id = null")
    corpus_stories.refresh(db)
    return dict(db.execute("select id, story_id from documents").fetchall())
