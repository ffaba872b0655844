"""Raw pages to WARC and back (warcio): nothing lost, nothing doubled, bad records skipped with a reason."""
from __future__ import annotations

import gzip
import io
import sqlite3

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpus import open_db
from corpus.store import RawPage, store_pages
from tests.conftest import run_cli

PAGES = [
    RawPage(url="http://127.0.0.1:9/vi/a-20250101.html", source_id="sample", status=200,
            content="<html><body><p>Hợp tác xã phát triển.</p></body></html>".encode(),
            content_type="text/html; charset=utf-8", headers={"Content-Type": "text/html; charset=utf-8",
                                                              "Content-Encoding": "gzip", "ETag": '"abc"'},
            etag='"abc"', fetched_at="2025-12-10T08:00:00+00:00"),
    RawPage(url="http://127.0.0.1:9/files/notice.pdf", source_id="sample", status=200,
            content=b"%PDF-1.4 not really a pdf", content_type="application/pdf"),
    RawPage(url="file:///home/me/notes.txt", origin="file", status=None, content="Ghi chú".encode(),
            content_type="text/plain"),
]


@pytest.fixture
def corpus_with_pages(tmp_path):
    path = tmp_path / "pages.db"
    db = open_db(path)
    store_pages(db, PAGES)
    db.conn.close()
    return path


def digests(path):
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("select url, sha256, coalesce(source_id, '') from pages"))


def test_export_pages_writes_a_readable_warc(tmp_path, corpus_with_pages):
    out = tmp_path / "pages.warc.gz"
    result = run_cli("export", "pages", "--format", "warc", "-o", str(out), db=corpus_with_pages, check=True)
    assert "wrote 3 pages" in result.stdout
    with out.open("rb") as handle:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read(), r.http_headers)
                   for r in ArchiveIterator(handle)]
    assert [r[0] for r in records] == ["warcinfo", "response", "response", "resource"]
    _, url, body, http = records[1]
    assert url == PAGES[0].url and body == PAGES[0].content
    assert http.get_statuscode() == "200" and http.get_header("ETag") == '"abc"'
    assert http.get_header("Content-Encoding") is None  # the body is stored decoded
    assert records[3][2] == "Ghi chú".encode()


def test_warc_round_trip_through_ingest(tmp_path, corpus_with_pages):
    out = tmp_path / "pages.warc.gz"
    run_cli("export", "pages", "-o", str(out), db=corpus_with_pages, check=True)
    target = tmp_path / "copy.db"
    first = run_cli("ingest", str(out), "--json", db=target, check=True)
    assert '"stored": 3' in first.stdout
    assert digests(target) == digests(corpus_with_pages)
    again = run_cli("ingest", str(out), "--json", db=target, check=True)
    assert '"unchanged": 3' in again.stdout and '"stored": 0' in again.stdout


def _warc_with_bad_records(path):
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for status, ctype, body in (("404 Not Found", "text/html", b"<h1>gone</h1>"),
                                    ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
                                    ("200 OK", "text/html", "<html><body><p>Bài viết thật.</p></body></html>".encode())):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"http://127.0.0.1:9/{status[:3]}/{ctype}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))


def test_ingest_skips_what_is_not_a_page(tmp_path):
    from corpus.warc import ingest_warc

    warc = tmp_path / "mixed.warc.gz"
    _warc_with_bad_records(warc)
    db = open_db(tmp_path / "mixed.db")
    report = ingest_warc(db, warc)
    assert report.stored == 1
    reasons = sorted(reason for _, reason in report.skipped)
    assert reasons == ["HTTP status 404", "not HTML, text or PDF (image/png)"]


def test_a_damaged_warc_keeps_what_was_read(tmp_path):
    from corpus.warc import ingest_warc

    warc = tmp_path / "good.warc.gz"
    _warc_with_bad_records(warc)
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(warc.read_bytes() + gzip.compress(b"WARC/1.1\r\nthis is not a record\r\n\r\n"))
    db = open_db(tmp_path / "damaged.db")
    report = ingest_warc(db, damaged)
    assert report.stored == 1
    assert "damaged record (no WARC-Type)" in [reason for _, reason in report.skipped]


def test_a_file_that_is_not_a_warc_is_skipped(tmp_path):
    from corpus.warc import ingest_warc

    fake = tmp_path / "fake.warc.gz"
    fake.write_bytes(gzip.compress(b"<html>not an archive</html>"))
    report = ingest_warc(open_db(tmp_path / "fake.db"), fake)
    assert report.stored == 0 and report.skipped == [(str(fake), "not a WARC file (no WARC/ header)")]
