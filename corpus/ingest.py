"""Adding local files (.html, .txt, .pdf; folders of them) to the corpus as raw pages."""
from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from corpus.ingest_report import IngestReport
from corpus.store import RawPage, store_pages
from extract.decode import sniff_kind
from nlp import config

SUFFIXES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".pdf": "application/pdf", ".xhtml": "text/html"}


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and files with a known suffix inside folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and (child.suffix.lower() in SUFFIXES or child.name.endswith((".warc", ".warc.gz"))):
                    yield child
        else:
            yield path


def check_file(path: Path, max_bytes: int) -> str | None:
    """Why ``path`` cannot be ingested, or None."""
    if not path.exists():
        return "no such file"
    if not path.is_file():
        return "not a regular file"
    size = path.stat().st_size
    if size == 0:
        return "empty file"
    if size > max_bytes:
        return f"file of {size:,} bytes is larger than the limit of {max_bytes:,}"
    return None


def ingest_paths(
    db: sqlite_utils.Database,
    paths: Iterable[Path],
    *,
    max_bytes: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    limit = max_bytes if max_bytes is not None else config.get_int("text", "max_input_bytes")
    report = IngestReport()
    pending: list[RawPage] = []
    batch = config.get_int("corpus", "batch_size")

    def flush() -> None:
        if pending:
            counts = store_pages(db, pending)
            report.stored += counts["new"] + counts["changed"]
            report.unchanged += counts["unchanged"]
            pending.clear()

    for path in iter_files(paths):
        if progress:
            progress(1)
        if path.name.endswith((".warc", ".warc.gz")):
            flush()
            from corpus.warc import ingest_warc  # the WARC reader comes with the crawler's archive support

            warc_report = ingest_warc(db, path)
            report.stored += warc_report.stored
            report.unchanged += warc_report.unchanged
            report.skipped.extend(warc_report.skipped)
            continue
        reason = check_file(path, limit)
        if reason:
            report.skipped.append((str(path), reason))
            continue
        data = path.read_bytes()
        if not data.strip():
            report.skipped.append((str(path), "empty file"))
            continue
        kind = sniff_kind(data)
        if kind == "binary":
            report.skipped.append((str(path), "binary file, not text, HTML or PDF"))
            continue
        content_type = SUFFIXES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
        if kind == "pdf":
            content_type = "application/pdf"
        elif kind == "html":
            content_type = "text/html"
        pending.append(RawPage(url=path.resolve().as_uri(), content=data, origin="file", status=None, content_type=content_type))
        if len(pending) >= batch:
            flush()
    flush()
    return report
