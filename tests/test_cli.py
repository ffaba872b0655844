"""The real ``vnpolicy`` command in a subprocess, on real files and a real SQLite corpus."""
import json
import sqlite3

import pytest

from tests.conftest import SAMPLE, SEEDS, run_cli
from tests.test_decode import to_cp1258


def document_count(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from documents").fetchone()[0]


def assert_one_line_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("Error:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_then_search_with_and_without_diacritics(tmp_path):
    db = tmp_path / "c.db"
    result = run_cli("ingest", str(SAMPLE), "--json", db=db, check=True)
    report = json.loads(result.stdout)
    assert report["ingest"]["stored"] == 5 and report["process"]["documents"] == 5
    found = run_cli("search", "hop tac xa", db=db, check=True)
    assert SEEDS["004"].name in found.stdout
    english = json.loads(run_cli("search", "cooperatives", "--lang", "en", "--json", db=db, check=True).stdout)
    assert {hit["language"] for hit in english} == {"en"} and len(english) == 2
    stats = json.loads(run_cli("stats", "--json", db=db, check=True).stdout)
    assert stats["documents_by_language"] == {"en": 2, "fr": 1, "sv": 1, "vi": 1}


def test_extract_prints_the_document_json():
    result = run_cli("extract", str(SEEDS["003"]), "--json", check=True)
    doc = json.loads(result.stdout)
    assert doc["language"] == "sv"
    for key in ("title", "published", "text", "references", "figures", "assignments"):
        assert key in doc
    assert doc["text"].startswith("Per den 31 oktober 2025")


def test_extract_reads_standard_input():
    result = run_cli("extract", "-", "--json", input=SEEDS["002"].read_bytes(), check=True)
    assert json.loads(result.stdout)["language"] == "fr"


@pytest.fixture
def corpus_with_seeds(tmp_path):
    db = tmp_path / "c.db"
    run_cli("ingest", str(SAMPLE), db=db, check=True)
    return db


def test_empty_and_binary_files_are_skipped_and_nothing_is_lost(tmp_path, corpus_with_seeds):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    result = run_cli("ingest", str(empty), str(binary), db=corpus_with_seeds)
    assert result.returncode == 1  # nothing could be stored
    assert "empty file" in result.stdout and "binary" in result.stdout
    assert "Traceback" not in result.stderr
    assert document_count(corpus_with_seeds) == 5


def test_huge_html_file_is_skipped(tmp_path, corpus_with_seeds):
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:
        f.write(b"<html><body>")
        chunk = b"<p>" + "Nghị định số 98/2018/NĐ-CP. ".encode() * 100 + b"</p>\n"
        while f.tell() < 50_000_000:
            f.write(chunk)
        f.write(b"</body></html>")
    result = run_cli("ingest", str(huge), db=corpus_with_seeds)
    assert result.returncode == 1
    assert "larger than the limit" in result.stdout
    assert document_count(corpus_with_seeds) == 5


def test_invalid_utf8_is_decoded_by_detection(tmp_path, corpus_with_seeds):
    legacy = tmp_path / "legacy.txt"
    text = "Thủ tướng Chính phủ yêu cầu Bộ Tài chính hướng dẫn thực hiện chính sách hỗ trợ hợp tác xã. " * 4
    legacy.write_bytes(to_cp1258(text))
    with pytest.raises(UnicodeDecodeError):
        legacy.read_bytes().decode("utf-8")
    result = run_cli("ingest", str(legacy), "--json", db=corpus_with_seeds, check=True)
    assert json.loads(result.stdout)["process"]["documents"] == 1
    assert document_count(corpus_with_seeds) == 6
    found = json.loads(run_cli("search", "bo tai chinh", "--json", db=corpus_with_seeds, check=True).stdout)
    assert any("legacy.txt" in hit["url"] for hit in found)


def test_missing_path_is_a_one_line_error(tmp_path):
    result = run_cli("ingest", str(tmp_path / "nowhere"), db=tmp_path / "c.db")
    assert_one_line_error(result)
    assert "no such file" in result.stderr


def test_corpus_that_is_not_sqlite_is_refused_and_kept(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes")
    for args in (("ingest", str(SEEDS["000"])), ("search", "hop tac xa"), ("stats",)):
        assert_one_line_error(run_cli(*args, db=notes))
    assert notes.read_text() == "my notes"


def test_search_on_missing_corpus_is_a_one_line_error(tmp_path):
    assert_one_line_error(run_cli("search", "x", db=tmp_path / "absent.db"))


def test_query_without_words_is_refused_clearly(corpus_with_seeds):
    result = run_cli("search", '"*"', db=corpus_with_seeds)
    assert_one_line_error(result)
    assert "no words" in result.stderr


def test_extract_of_missing_or_binary_file(tmp_path):
    assert_one_line_error(run_cli("extract", str(tmp_path / "absent.txt")))
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    result = run_cli("extract", str(binary))
    assert_one_line_error(result)
    assert "binary" in result.stderr


def test_pipes_get_no_progress_bar(corpus_with_seeds):
    result = run_cli("process", "--reprocess", db=corpus_with_seeds, check=True)
    assert "Processing" not in result.stderr and "[" not in result.stderr
