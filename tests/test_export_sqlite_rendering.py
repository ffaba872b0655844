"""CSV and JSON Lines rendered by SQLite itself: the same values as the database (what Python's csv and
json modules read back), with a write error raised. Their speed against a bare SELECT of the same rows
is measured in `make bench` (bench/bench_export.py), not here.

The rows here are literal hard cases (quotes, commas, line breaks, Vietnamese, empty strings and
nulls, doubles that 15 digits do not hold); the write-error test uses bench/bench_export.py's synthetic
corpus at 50,000 rows."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.bench_export import build_corpus
from corpus import open_db
from corpus.export import Filters, columns, export, iter_chunks, select_sql
from tests.conftest import REPO

# (text, sentence, unit, value, low) of each figure row: the text columns carry what CSV must quote
# and JSON escape, the float columns doubles whose shortest text has 16 or 17 digits
HARD_ROWS = [
    ('hơn 35.000 "hợp tác xã"', 'Câu có dấu phẩy, "ngoặc kép" và\nxuống dòng.', "hợp tác xã", 35000.0, None),
    ("", "a\r\nb\tc\\d", "", 0.1 + 0.2, 1e300),
    ("VND3.2 trillion", "The %s and %w of printf, 'single' quotes; ''", None, 1100000000.0000002, -0.5),
    ("2,8 nghìn tỷ đồng", "Zero-width\u200bjoiner and emoji 🇻🇳 and a NUL-free \x01 control", "%", 2.8e12, 1e15 + 0.5),
    ("x", None, "tonne", 123456789012345678.0, 5e-324),
    ("y", "…", "år", -0.0, 9007199254740993.0),
    ("z", "text kept in a REAL column", "x", 1.5, 'n/a, "see note"'),
]


@pytest.fixture(scope="module")
def hard_corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hard") / "hard.db"
    db = open_db(path)
    with db.atomic():
        db.conn.execute("insert into pages (id, url, content_encoding) values (1, 'https://example.vn/a,\"b\".html', 'zlib')")
        db.conn.execute(
            "insert into documents (id, page_id, url, source_id, province_code, language, published, title, text, "
            "title_folded, text_folded, length, extractor_version) values (1, 1, 'https://example.vn/a,\"b\".html', "
            "'src', null, 'vi', '2025-12', 'Tiêu đề, \"trích\"', 'x', 'x', 'x', 1, 'v1')")
        db.conn.executemany(
            "insert into figures (document_id, start, end, text, sentence, language, extractor_version, unit, value, low) "
            "values (1, 0, 1, ?, ?, 'vi', 'v1', ?, ?, ?)", HARD_ROWS)
    db.conn.close()
    return path


def database_rows(db, kind: str) -> list[dict]:
    sql, params, cols = select_sql(db, kind, Filters())
    return [dict(zip([c.name for c in cols], row)) for chunk in iter_chunks(db, sql, params, 100) for row in chunk]


@pytest.mark.parametrize("kind", ["figures", "documents"])
def test_jsonl_lines_hold_the_database_values(hard_corpus, tmp_path, kind):
    db = open_db(hard_corpus, readonly=True)
    export(db, kind, tmp_path / "out.jsonl", format="jsonl", batch_rows=4)
    lines = (tmp_path / "out.jsonl").read_bytes().split(b"\n")
    assert lines[-1] == b""  # every line ends with a newline
    got = [json.loads(line) for line in lines[:-1]]
    expected = database_rows(db, kind)
    assert got == expected
    # the same doubles, bit for bit: 0.1 + 0.2 is not 0.3, -0.0 keeps its sign
    for row, want in zip(got, expected):
        for name, value in want.items():
            if isinstance(value, float):
                assert repr(row[name]) == repr(value), name
    assert [list(r) for r in got] == [[c.name for c in columns(db, kind)]] * len(got)  # columns in order


@pytest.mark.parametrize("kind", ["figures", "documents"])
def test_csv_fields_hold_the_database_values(hard_corpus, tmp_path, kind):
    db = open_db(hard_corpus, readonly=True)
    export(db, kind, tmp_path / "out.csv", format="csv", batch_rows=4)
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        got = list(reader)
    cols = columns(db, kind)
    assert header == [c.name for c in cols]
    expected = database_rows(db, kind)
    assert len(got) == len(expected)
    for fields, want in zip(got, expected):
        for field, c in zip(fields, cols):
            value = want[c.name]
            if value is None:
                assert field == "", c.name
            elif isinstance(value, float):
                assert float(field) == value and repr(float(field)) == repr(value), c.name
            else:
                assert field == str(value), c.name


def test_csv_tells_an_empty_string_from_a_null(hard_corpus, tmp_path):
    db = open_db(hard_corpus, readonly=True)
    export(db, "figures", tmp_path / "out.csv", format="csv")
    raw = (tmp_path / "out.csv").read_text(encoding="utf-8")
    # the second row's text is "" (start 0, end 1, then a quoted empty field); the third row's high,
    # qualifier and unit are null (nothing between the commas), its doubles written as Python does
    assert ',0,1,"",0.30000000000000004,1e+300,' in raw.replace("1.0e+300", "1e+300")
    assert ',"VND3.2 trillion",1100000000.0000002,-0.5,,,,' in raw


def test_standard_output_gets_the_same_bytes(hard_corpus, tmp_path):
    db = open_db(hard_corpus, readonly=True)
    export(db, "figures", tmp_path / "out.jsonl", format="jsonl")
    stream = io.StringIO()  # a text stream without bytes underneath
    export(db, "figures", "-", format="jsonl", stdout=stream)
    assert stream.getvalue().encode("utf-8") == (tmp_path / "out.jsonl").read_bytes()


WRITE_FAILS = r"""
import resource, signal, sys
sys.path.insert(0, {repo!r})
from corpus import open_db
from corpus.export import export
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)          # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (2**20, 2**20))  # files of 1 MB at most
db = open_db({db!r}, readonly=True)
try:
    export(db, "figures", {out!r}, format={fmt!r}, batch_rows=1000)
except OSError as exc:
    print("OSError", exc.errno)
else:
    print("no error")
"""


@pytest.fixture(scope="module")
def bench_corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("speed") / "bench.db"
    build_corpus(path, 50_000)
    return path


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_write_error_on_the_writer_thread_is_raised_and_leaves_nothing(bench_corpus, tmp_path, fmt):
    out = tmp_path / f"figures.{fmt}"
    code = WRITE_FAILS.format(repo=str(REPO), db=str(bench_corpus), out=str(out), fmt=fmt)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["OSError", "27"], result.stderr  # EFBIG, from the file's write
    assert list(tmp_path.iterdir()) == []  # neither the target nor the temporary folder


@pytest.mark.parametrize("width", [3, 61, 130])
def test_wide_rows_are_rendered_by_several_sqlite_calls(width):
    """SQLite takes at most 127 arguments a function: rows wider than one printf or json_object
    call are joined from several, and read back whole."""
    import sqlite3

    from corpus.export import Column, _CsvWriter, _JsonlWriter

    cols = [Column(f"c{i}", f"[c{i}]", ("int", "float", "str")[i % 3]) for i in range(width)]
    values = [i if i % 3 == 0 else (i + 0.1 if i % 3 == 1 else f'v{i}, "q" }}{{') for i in range(width)]
    conn = sqlite3.connect(":memory:")
    conn.execute(f"create table t ({', '.join(f'c{i}' for i in range(width))})")
    conn.execute(f"insert into t values ({', '.join('?' * width)})", values)
    line = conn.execute(f"select {_JsonlWriter.row_sql(cols)[0]} from t").fetchone()[0]
    assert json.loads(line) == {c.name: v for c, v in zip(cols, values)}
    line = conn.execute(f"select {_CsvWriter.row_sql(cols)[0]} from t").fetchone()[0]
    assert next(csv.reader(io.StringIO(line.decode("utf-8")))) == [str(v) for v in values]


def plain_csv_line(values: list) -> str:
    """A row as the CSV writer must render it, spelled out: text quoted (its quotes doubled), whole
    numbers as they are, a null as nothing."""
    return ",".join("" if v is None else str(v) if isinstance(v, int) else '"' + v.replace('"', '""') + '"'
                    for v in values) + "\r\n"


def test_csv_bytes_are_those_of_the_plain_rendering(hard_corpus, tmp_path):
    """Byte for byte, SQLite's rendering of text fields (instr() before replace(), the fast path) is
    the plain one, on the hard cases: quotes, commas, line breaks, empty strings and nulls."""
    import shutil

    path = tmp_path / "mentions.db"
    shutil.copy(hard_corpus, path)
    db = open_db(path)
    with db.atomic():  # the hard text in every text column of mentions, no REAL column to format
        db.conn.executemany(
            "insert into mentions (document_id, start, end, text, sentence, language, extractor_version, legal_id, "
            "type, number, year, issuer, title) values (1, 0, 1, ?, ?, 'vi', ?, ?, ?, ?, 2025, ?, ?)",
            [(text, sentence, unit, sentence, unit, text, unit, sentence) for text, sentence, unit, _, _ in HARD_ROWS])
    for kind in ("documents", "mentions"):
        export(db, kind, tmp_path / f"{kind}.csv", format="csv", batch_rows=3)
        cols = columns(db, kind)
        expected = ",".join(c.name for c in cols) + "\r\n" + "".join(
            plain_csv_line([row[c.name] for c in cols]) for row in database_rows(db, kind))
        assert (tmp_path / f"{kind}.csv").read_bytes() == expected.encode("utf-8"), kind


# documents whose own columns (rendered once a document for all its facts) hold the hard cases:
# (url, source_id, province_code, language, published)
HARD_DOCUMENTS = [
    ('https://example.vn/a,"b".html', None, 'P"1', "vi", "2025-12"),
    ("https://example.vn/c.html", "", None, None, "2024-01-31"),
    ("https://example.vn/d\nе.html", 'src, "x"', "01", "en", None),
]


def _insert_hard_documents(db) -> None:
    """HARD_DOCUMENTS as pages and documents with ids 1, 2, 3 (inside the caller's transaction)."""
    for i, (url, source, province, language, published) in enumerate(HARD_DOCUMENTS, start=1):
        db.conn.execute("insert into pages (id, url, content_encoding) values (?, ?, 'zlib')", (i, url))
        db.conn.execute(
            "insert into documents (id, page_id, url, source_id, province_code, language, published, title, "
            "text, title_folded, text_folded, length, extractor_version) values (?, ?, ?, ?, ?, ?, ?, 't', 'x', 't', 'x', 1, 'v1')",
            (i, i, url, source, province, language, published))


@pytest.mark.parametrize("filters", [Filters(), Filters(lang="vi"), Filters(since="2024-01-01"), Filters(lang="en")],
                         ids=["all", "lang", "since", "other-lang"])
def test_csv_of_facts_renders_each_documents_columns_as_the_plain_rendering(tmp_path, filters):
    """A fact's document columns come from a table rendered once a document and joined by id: the
    bytes are still those of the plain rendering, fact by fact (facts of the documents interleaved),
    filtered, with nulls and empty strings apart; the table is gone afterwards and a transaction
    the caller holds open stays open."""
    db = open_db(tmp_path / "docs.db")
    with db.atomic():
        _insert_hard_documents(db)
        db.conn.executemany(
            "insert into figures (document_id, start, end, text, sentence, language, extractor_version, unit) "
            "values (?, 0, 1, ?, ?, ?, 'v1', ?)",
            [(n % 3 + 1, text, sentence, (None, "sv")[n % 2], unit)
             for n, (text, sentence, unit, _, _) in enumerate(HARD_ROWS * 2)])
    db.conn.execute("begin")
    export(db, "figures", tmp_path / "figures.csv", format="csv", filters=filters, batch_rows=4)
    assert db.conn.in_transaction
    db.conn.rollback()
    assert db.conn.execute("select name from sqlite_temp_master").fetchall() == []
    sql, params, cols = select_sql(db, "figures", filters)
    rows = [dict(zip([c.name for c in cols], row)) for row in db.conn.execute(sql, params)]
    assert rows and (filters != Filters() or len({row["document_id"] for row in rows}) == 3)
    expected = ",".join(c.name for c in cols) + "\r\n" + "".join(
        plain_csv_line([row[c.name] for c in cols]) for row in rows)
    assert (tmp_path / "figures.csv").read_bytes() == expected.encode("utf-8")


@pytest.mark.parametrize("filters", [Filters(), Filters(lang="vi")], ids=["all", "lang"])
def test_parquet_of_facts_takes_each_documents_columns_for_its_facts(tmp_path, filters):
    """Parquet reads a chunk's documents once (by id) and puts their columns against each fact: the
    table is the database's rows, fact by fact, with the facts of the documents interleaved."""
    import pyarrow.parquet as pq

    db = open_db(tmp_path / "docs.db")
    with db.atomic():
        _insert_hard_documents(db)
        db.conn.executemany(
            "insert into figures (document_id, start, end, text, sentence, language, extractor_version, unit, value, low) "
            "values (?, 0, 1, ?, ?, ?, 'v1', ?, ?, ?)",
            [(n % 3 + 1, text, sentence, (None, "sv")[n % 2], unit, value, None if isinstance(low, str) else low)
             for n, (text, sentence, unit, value, low) in enumerate(HARD_ROWS * 2)])
    export(db, "figures", tmp_path / "figures.parquet", format="parquet", filters=filters, batch_rows=4)
    sql, params, cols = select_sql(db, "figures", filters)
    rows = [dict(zip([c.name for c in cols], row)) for row in db.conn.execute(sql, params)]
    assert rows and pq.read_table(tmp_path / "figures.parquet").to_pylist() == rows
