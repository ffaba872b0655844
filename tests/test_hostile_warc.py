"""Hostile WARC files through the real ``vnpolicy ingest`` in a subprocess, into a real corpus file:
records cut short, wrong Content-Lengths, gzip members that are compression bombs, files that are no
WARC. Each damaged file gets one line saying what is wrong; the records before the damage are
kept, a damaged record is never stored in part, memory stays bounded, and a rerun stores nothing
twice and picks up what a repaired file adds."""
from __future__ import annotations

import gzip
import io
import json
import re
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest

from corpus.store import page_content
from crawler.samplesite.hostile import gzip_bomb
from tests.conftest import run_cli
from tests.test_hostile_process import run_watched

RECORDS = 5
BOMB_BYTES = 1 << 30
# the ingest process's peak memory: a bomb member read as one header line needed over 3 GB
MAX_RSS_BYTES = 400 * 1024 * 1024


def body(case: str, i: int) -> bytes:
    return (f"<html><body><article><h1>Bản tin {case} {i}</h1><p>Nghị định số 98/2018/NĐ-CP về hợp tác xã được "
            f"Chính phủ ban hành; các bộ báo cáo hằng tháng về tiến độ, bản tin số {i}.</p></article></body></html>").encode()


def url(case: str, i: int) -> str:
    return f"http://127.0.0.1/{case}/a{i}.html"


def records(case: str, gz: bool) -> list[bytes]:
    """The WARC records (one gzip member each when ``gz``) of RECORDS HTML responses, written by
    warcio with their digests, as separate byte strings."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = []
    for i in range(RECORDS):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gz)
        content = body(case, i)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(content)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url(case, i), "response", payload=io.BytesIO(content),
                                                      length=len(content), http_headers=http))
        out.append(buffer.getvalue())
    return out


def with_content_length(record: bytes, delta: int) -> bytes:
    """A plain record whose WARC Content-Length is off by ``delta``."""
    m = re.search(rb"\r\nContent-Length: (\d+)\r\n", record)
    return record[:m.start(1)] + str(int(m.group(1)) + delta).encode() + record[m.end(1):]


def single_member_bomb(prefix: bytes, size: int) -> bytes:
    """One gzip member of ``prefix`` then ``size`` bytes with no line break: deflate blocks of one
    chunk repeated (a full flush makes each the same), with the right CRC and length."""
    chunk = b"x" * (8 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc, repeats = zlib.crc32(prefix), size // len(chunk)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    trailer = struct.pack("<II", crc, (len(prefix) + repeats * len(chunk)) & 0xFFFFFFFF)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + head + block * repeats + compressor.flush() + trailer


def bomb_record_header(case: str) -> bytes:
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url(case, 99)}\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {BOMB_BYTES}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n").encode()


# case → (file name, bytes, the records kept, what the report says), one damage each
def damaged_files() -> dict[str, tuple[str, bytes, tuple[int, ...], str]]:
    cases: dict[str, tuple[str, bytes, tuple[int, ...], str]] = {}

    def add(case, name, data, kept, reason):
        cases[case] = (name, data, kept, reason)

    for gz in (False, True):
        suffix = ".warc.gz" if gz else ".warc"
        tag = "gz" if gz else "plain"
        r = records(f"cut-header-{tag}", gz)  # the file ends inside the 4th record's WARC header
        add(f"cut-header-{tag}", f"cut-header{suffix}", b"".join(r[:3]) + r[3][:len(r[3]) // 3], (0, 1, 2),
            "the file ends inside a record")
        r = records(f"cut-body-{tag}", gz)  # ... inside the 4th record's body
        add(f"cut-body-{tag}", f"cut-body{suffix}", b"".join(r[:3]) + r[3][:len(r[3]) * 4 // 5], (0, 1, 2),
            "record cut short")
    # a Content-Length too small: the record's body is cut, warcio skips the rest to the next record
    r = [records("length-short", False)[i] for i in range(RECORDS)]
    add("length-short", "length-short.warc", b"".join(r[:2]) + with_content_length(r[2], -60) + b"".join(r[3:]), (0, 1, 3, 4),
        "does not match its WARC-Block-Digest")
    # a Content-Length too large: the record swallows the ones after it, to the end of the file
    r = records("length-long", False)
    add("length-long", "length-long.warc", b"".join(r[:2]) + with_content_length(r[2], 5000) + b"".join(r[3:]), (0, 1),
        "record cut short")
    # ... in a gzipped WARC the next member still starts a record: only this one is lost
    r = records("length-long-gz", False)
    gz = [records("length-long-gz", True)[i] for i in range(RECORDS)]
    add("length-long-gz", "length-long.warc.gz", b"".join(gz[:2]) + gzip.compress(with_content_length(r[2], 5000))
        + b"".join(gz[3:]), (0, 1, 3, 4), "record cut short")
    # gzip members inflating to 1 GiB of spaces after a record header, among good records
    r = records("bomb-members", True)
    add("bomb-members", "bomb-members.warc.gz", b"".join(r[:2]) + gzip_bomb(bomb_record_header("bomb-members"), BOMB_BYTES)
        + b"".join(r[2:]), (0, 1), "a header line longer than 1,048,576 bytes")
    # one gzip member inflating to 1 GiB without a line break, where the next record should start
    r = records("bomb-line", True)
    add("bomb-line", "bomb-line.warc.gz", b"".join(r[:2]) + single_member_bomb(b"WARC/1.0\r\nX-Long: ", BOMB_BYTES)
        + b"".join(r[2:]), (0, 1), "a header line longer than 1,048,576 bytes")
    # no WARC at all, named .warc
    add("html-named-warc", "page.warc", b"<html><body><p>Not an archive.</p></body></html>", (),
        "not a WARC file (no WARC/ header)")
    add("binary-named-warc", "binary.warc", bytes(range(256)) * 40, (), "not a WARC file (no WARC/ header)")
    return cases


def stored_per_case(db: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db) as conn:
        urls = [u for (u,) in conn.execute("select url from pages order by url")]
    found: dict[str, list[str]] = {}
    for u in urls:
        found.setdefault(u.split("/")[3], []).append(u)
    return found


@pytest.fixture(scope="module")
def hostile_warcs(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("hostile-warc")
    cases = damaged_files()
    for case, (name, data, _, _) in cases.items():
        (folder / case).mkdir()
        (folder / case / name).write_bytes(data)
    return folder, cases


@pytest.fixture(scope="module")
def ingested(hostile_warcs, tmp_path_factory) -> tuple[Path, dict, int, str]:
    """One ``vnpolicy ingest`` of every damaged file: the corpus, its JSON report, its peak memory
    and what it wrote to stderr."""
    folder, cases = hostile_warcs
    db = tmp_path_factory.mktemp("hostile-warc-db") / "corpus.db"
    result, peak = run_watched("ingest", *[str(folder / c / n) for c, (n, *_) in cases.items()], "--no-process", db=db)
    assert result.returncode == 0, result.stderr
    return db, json.loads(result.stdout)["ingest"], peak, result.stderr


def report_of(db: Path, *paths: Path) -> dict:
    result = run_cli("ingest", *map(str, paths), "--no-process", "--json", db=db, check=True)
    return json.loads(result.stdout)["ingest"]


@pytest.mark.parametrize("case", list(damaged_files()))
def test_a_damaged_warc_keeps_the_records_before_the_damage_and_says_why(hostile_warcs, ingested, case):
    folder, cases = hostile_warcs
    db, report, _, _ = ingested
    name, _, kept, reason = cases[case]
    stored = stored_per_case(db).get(case, [])
    assert stored == [url(case, i) for i in kept]
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        for i, u in zip(kept, stored):  # each whole: never a record stored in part
            row = conn.execute("select content, content_encoding from pages where url = ?", [u]).fetchone()
            assert page_content(dict(row)) == body(case, i)
    said = [s["reason"] for s in report["skipped"] if f"/{case}/" in s["path"]]
    assert said and reason in said[-1], said
    assert all("\n" not in r and len(r) < 250 for r in said)
    # one line for the damage; a bomb's record header was whole, so its empty body is named too
    assert len(said) == (2 if case == "bomb-members" else 1), said


def test_warcio_warnings_and_tracebacks_do_not_reach_the_user(ingested):
    _, _, _, stderr = ingested
    assert "Traceback" not in stderr and "WARNING" not in stderr and "Content-Length" not in stderr


def test_bombs_in_a_warc_are_read_in_bounded_memory(ingested):
    _, _, peak, _ = ingested
    assert peak < MAX_RSS_BYTES < BOMB_BYTES, f"{peak / 2**20:.0f} MB"


def test_a_rerun_stores_nothing_twice_and_a_repaired_file_adds_the_rest(hostile_warcs, tmp_path):
    folder, cases = hostile_warcs
    db = tmp_path / "resume.db"
    name, _, kept, _ = cases["cut-body-gz"]
    damaged = folder / "cut-body-gz" / name
    first = report_of(db, damaged)
    assert first["stored"] == len(kept)
    again = report_of(db, damaged)
    assert (again["stored"], again["unchanged"]) == (0, len(kept))
    repaired = tmp_path / "repaired.warc.gz"
    repaired.write_bytes(b"".join(records("cut-body-gz", True)))
    after = report_of(db, repaired)
    assert (after["stored"], after["unchanged"], after["skipped"]) == (RECORDS - len(kept), len(kept), [])
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*), count(distinct url) from pages").fetchone() == (RECORDS, RECORDS)


def test_the_user_sees_one_line_per_damaged_file(hostile_warcs, tmp_path):
    folder, cases = hostile_warcs
    name = cases["bomb-line"][0]
    result = run_cli("ingest", str(folder / "bomb-line" / name), "--no-process", db=tmp_path / "c.db")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    lines = [line for line in result.stdout.splitlines() if name in line]
    assert len(lines) == 1 and "a header line longer than 1,048,576 bytes" in lines[0]
