"""Raw pages to and from WARC (warcio), the format web archives and research tools exchange.

Crawled pages become ``response`` records (their HTTP status line and headers, then the body as it
was stored), local files ``resource`` records. Reading a WARC keeps the HTML, text and PDF
responses that succeeded and says why it skipped the others.
"""
from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from dataclasses import dataclass, field
from typing import Any, Iterator, NamedTuple

import sqlite_utils

from corpus.ingest_report import IngestReport
from corpus.store import RawPage, page_content, store_pages
from corpus.warc_reader import DamagedWARC, end_of_records, errors_so_far, open_archive, record_damage
from nlp import config

SOURCE_FIELD = "WARC-X-Vnpolicy-Source"
# headers describing the transfer, not the body we stored (Scrapy already decoded gzip and chunks)
_TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection", "keep-alive"}
_KEPT_TYPES = ("text/html", "application/xhtml", "text/plain", "application/pdf")


def _warc_date(value: str | None) -> str:
    if not value:
        return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _pages(db: sqlite_utils.Database, source_id: str | None) -> Iterator[dict[str, Any]]:
    sql = "select * from pages" + (" where source_id = ?" if source_id else "") + " order by id"
    cursor = db.execute(sql, [source_id] if source_id else [])
    columns = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row))


def write_warc(db: sqlite_utils.Database, path: str | Path, *, source_id: str | None = None,
               software: str = "vnpolicy") -> int:
    """Write the stored raw pages (of one source, or all) to ``path`` (gzipped when it ends in
    .gz); returns how many records of pages were written. Streams: one page in memory at a time."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    target = Path(path)
    count = 0
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as handle:
        writer = WARCWriter(handle, gzip=target.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(target.name, {"software": software, "format": "WARC File Format 1.1"}))
        for page in _pages(db, source_id):
            content = page_content(page)
            url = page["final_url"] or page["url"]
            warc_headers = {"WARC-Date": _warc_date(page["fetched_at"])}
            if page["source_id"]:
                warc_headers[SOURCE_FIELD] = page["source_id"]
            if url.startswith(("http://", "https://")):
                headers = json.loads(page["headers"]) if page["headers"] else {}
                kept = [(k, v) for k, v in headers.items() if k.lower() not in _TRANSFER_HEADERS]
                if page["content_type"] and not any(k.lower() == "content-type" for k, _ in kept):
                    kept.append(("Content-Type", page["content_type"]))
                kept.append(("Content-Length", str(len(content))))
                status = page["status"] or 200
                try:
                    reason = HTTPStatus(status).phrase
                except ValueError:
                    reason = "Unknown"
                http_headers = StatusAndHeaders(f"{status} {reason}", kept, protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(content),
                                                   length=len(content), http_headers=http_headers,
                                                   warc_headers_dict=warc_headers)
            else:
                record = writer.create_warc_record(url, "resource", payload=io.BytesIO(content), length=len(content),
                                                   warc_content_type=page["content_type"] or "application/octet-stream",
                                                   warc_headers_dict=warc_headers)
            writer.write_record(record)
            count += 1
    partial.replace(target)
    return count


def _starts_like_warc(path: Path) -> bool:
    import gzip
    import zlib

    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        if head[:2] == b"\x1f\x8b":
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except (OSError, zlib.error, gzip.BadGzipFile):
        return False
    return head.startswith(b"WARC/")


# bytes read after the last whole record to tell a cut-off record from trailing blank lines
_TAIL_CHECKED = 1 << 16


class _Held(NamedTuple):
    """A page read from a record, held until the reader is past the record's end."""

    where: str  # the file and the record's URL, for the report
    page: RawPage
    record: Any
    errors_before: int  # the reader's errors before the record, to tell whether it met one inside


@dataclass
class _Batches:
    """The pages of a WARC on their way to the corpus: the last record read is held until the reader
    has gone past its end and found it whole, then batched into transactions of ``size`` pages."""

    db: sqlite_utils.Database
    report: IngestReport
    size: int
    pending: list[RawPage] = field(default_factory=list)
    held: list[_Held] = field(default_factory=list)

    def settle(self, iterator) -> None:
        """Batch the held page when its record is whole, report its damage when it is not."""
        while self.held:
            where, page, record, errors_before = self.held.pop()
            problem = record_damage(record, errors_so_far(iterator) > errors_before)
            if problem:
                self.report.skipped.append((where, problem))
                continue
            self.pending.append(page)
            if len(self.pending) >= self.size:
                self.flush()

    def flush(self) -> None:
        if self.pending:
            counts = store_pages(self.db, self.pending)
            self.report.stored += counts["new"] + counts["changed"]
            self.report.unchanged += counts["unchanged"]
            self.pending.clear()


def _record_page(record, limit: int) -> RawPage | str | None:
    """The raw page of a response or resource record; else why it is skipped (a line of the report),
    or None for the records that never hold a page (warcinfo, request, metadata)."""
    kind = record.rec_type
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if kind in ("warcinfo", "request", "metadata"):
        return None
    if kind is None:
        return "damaged record (no WARC-Type)"
    if kind not in ("response", "resource"):
        return f"{kind} record (no page to store)"
    status = 200
    content_type = record.rec_headers.get_header("Content-Type")
    headers: dict[str, str] = {}
    if kind == "response":
        if record.http_headers is None:
            return "response record without HTTP headers"
        status = int(record.http_headers.get_statuscode() or 0)
        headers = dict(record.http_headers.headers)
        content_type = record.http_headers.get_header("Content-Type")
    if status != 200:
        return f"HTTP status {status}"
    if not content_type or not content_type.lower().startswith(_KEPT_TYPES):
        return f"not HTML, text or PDF ({content_type or 'no content type'})"
    content = record.content_stream().read(limit + 1)
    if len(content) > limit:
        return f"record larger than the limit of {limit:,} bytes"
    if not content.strip():
        return "empty record"
    return RawPage(
        url=url, content=content, source_id=record.rec_headers.get_header(SOURCE_FIELD),
        origin="warc", status=status, final_url=url, content_type=content_type, headers=headers,
        fetched_at=record.rec_headers.get_header("WARC-Date"),
        etag=headers.get("ETag") or headers.get("Etag"),
        last_modified=headers.get("Last-Modified"),
    )


def _check_the_end(handle, iterator) -> None:
    """DamagedWARC when the file goes on after the last whole record with more than blank lines."""
    size = handle.seek(0, io.SEEK_END)
    read_to = end_of_records(iterator)
    if read_to < size:
        handle.seek(read_to)
        if handle.read(_TAIL_CHECKED).strip():  # blank lines may follow the last record
            raise DamagedWARC(f"the file ends inside a record ({size - read_to:,} bytes after the "
                              "last whole one): that record is not stored")


def _damage_reason(exc: Exception) -> str:
    """One line saying what the reader met; the exception's kind too when it is not a known one."""
    from warcio.exceptions import ArchiveLoadFailed

    reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    if not isinstance(exc, (DamagedWARC, ArchiveLoadFailed, OSError, EOFError, ValueError)):
        reason = f"{type(exc).__name__}: {reason}"
    return reason


def ingest_warc(db: sqlite_utils.Database, path: str | Path):
    """Store the HTML, text and PDF pages of a WARC file as raw pages (origin ``warc``), in
    batched transactions. Returns an IngestReport (stored, unchanged, skipped with reasons).

    A damaged file keeps the records read before the damage; a record is kept only once the
    reader has gone past its end and found it whole (digest, length, the next record where it
    should be). Running it again stores nothing twice."""
    import contextlib

    report = IngestReport()
    batches = _Batches(db, report, config.get_int("corpus", "batch_size"))
    limit = config.get_int("text", "max_input_bytes")
    path = Path(path)
    if not _starts_like_warc(path):
        report.skipped.append((str(path), "not a WARC file (no WARC/ header)"))
        return report
    read = 0
    # warcio writes its warnings about misaligned records to stderr; they are reported here instead
    with path.open("rb") as handle, contextlib.redirect_stderr(io.StringIO()):
        iterator = open_archive(handle)
        try:
            for record in iterator:
                batches.settle(iterator)
                read += 1
                where = f"{path}#{record.rec_headers.get_header('WARC-Target-URI') or record.rec_type}"
                page = _record_page(record, limit)
                if isinstance(page, str):
                    report.skipped.append((where, page))
                elif page is not None:
                    batches.held.append(_Held(where, page, record, errors_so_far(iterator)))
            batches.settle(iterator)
            _check_the_end(handle, iterator)
        except Exception as exc:  # warcio raises many kinds on a damaged file: the records before it are kept
            batches.settle(iterator)
            batches.flush()
            report.skipped.append((str(path), f"damaged WARC file, read up to record {read + 1}: {_damage_reason(exc)}"))
            return report
    batches.flush()
    return report
