import sqlite3

import pytest

from corpus import CorpusError, open_db
from corpus.db import schema_version
from corpus.ingest import ingest_paths
from corpus.process import process
from corpus.search import QueryError, parse_query, search
from tests.conftest import SAMPLE, SEEDS


def test_schema_is_versioned_and_in_wal(tmp_path):
    db = open_db(tmp_path / "c.db")
    assert "m001_core" in schema_version(db)
    assert db.journal_mode == "wal"
    # reopening applies nothing twice
    again = open_db(tmp_path / "c.db")
    assert schema_version(again) == schema_version(db)


@pytest.mark.parametrize(
    "query, expected_seed",
    [
        ("hop tac xa", "004"),  # no diacritics finds hợp tác xã
        ("hợp tác xã", "004"),  # with diacritics too
        ("nghi dinh", "004"),  # đ folded: finds Nghị định
        ("dong", "004"),  # finds đồng
        ('"thu tuong chinh phu"', "004"),  # a phrase
        ("kooperativ", "003"),
        ("coopératives", "002"),
        ("cooperatives", "000"),
    ],
)
def test_search_without_diacritics(seed_corpus, query, expected_seed):
    db = open_db(seed_corpus, readonly=True)
    urls = [hit.url for hit in search(db, query, limit=10)]
    assert any(SEEDS[expected_seed].name in url for url in urls)


def test_search_filters_and_snippets(seed_corpus):
    db = open_db(seed_corpus, readonly=True)
    english = search(db, "cooperatives", lang="en")
    assert english and all(hit.language == "en" for hit in english)
    assert {h.url.rsplit("/", 1)[1] for h in english} == {SEEDS["000"].name, SEEDS["001"].name}
    assert search(db, "cooperatives", lang="sv") == []
    hit = search(db, "hop tac xa", lang="vi")[0]
    assert "[hợp]" in hit.snippet  # the original text is highlighted, not the folded one
    assert search(db, "hop tac xa", since="2999-01-01") == []


@pytest.mark.parametrize("query", ['"', "*", "AND(", "NEAR", 'a" OR "b', "x) OR (y", "-foo", "title:hop"])
def test_fts_syntax_in_user_text_is_answered_or_refused_clearly(seed_corpus, query):
    db = open_db(seed_corpus, readonly=True)
    try:
        results = search(db, query)
    except QueryError as exc:
        assert str(exc)
    else:
        assert isinstance(results, list)


def test_parse_query_quotes_every_term():
    match, groups = parse_query('Nghị định "hợp tác xã" coop*')
    assert match == '"nghi" "dinh" "hop tac xa" "coop"*'
    assert groups == [["nghi"], ["dinh"], ["hop", "tac", "xa"], ["coop"]]


def test_ingest_is_idempotent_and_processing_resumes(tmp_path):
    db = open_db(tmp_path / "c.db")
    first = ingest_paths(db, [SAMPLE])
    assert first.stored == 5
    assert process(db, workers=1).documents == 5
    second = ingest_paths(db, [SAMPLE])
    assert (second.stored, second.unchanged) == (0, 5)
    assert process(db, workers=1).processed == 0  # nothing needs it
    assert process(db, workers=1, reprocess=True).documents == 5
    assert db["documents"].count == 5


def test_parallel_processing_gives_the_same_documents(tmp_path):
    serial, parallel = open_db(tmp_path / "a.db"), open_db(tmp_path / "b.db")
    for db in (serial, parallel):
        # enough pages that the pool is used (more than one chunk)
        for i in range(4):
            folder = tmp_path / f"copy{i}-{id(db)}"
            folder.mkdir()
            for seed in SEEDS.values():
                (folder / seed.name).write_text(seed.read_text(encoding="utf-8") + f"\nCopy {i}.", encoding="utf-8")
            ingest_paths(db, [folder])
    process(serial, workers=1)
    process(parallel, workers=2)
    rows = "select language, length from documents order by language, length"
    assert serial.execute(rows).fetchall() == parallel.execute(rows).fetchall()
    assert serial["documents"].count == 20


def test_changed_file_is_processed_again(tmp_path):
    db = open_db(tmp_path / "c.db")
    page = tmp_path / "a.txt"
    page.write_text("Chính phủ ban hành chính sách hỗ trợ hợp tác xã nông nghiệp trong năm nay.", encoding="utf-8")
    ingest_paths(db, [page])
    process(db, workers=1)
    page.write_text("Bộ Tài chính chủ trì xây dựng chính sách hỗ trợ hợp tác xã nông nghiệp.", encoding="utf-8")
    assert ingest_paths(db, [page]).stored == 1
    process(db, workers=1)
    assert db["documents"].count == 1
    assert "Bộ Tài chính" in db.execute("select text from documents").fetchone()[0]


def test_not_a_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database")
    with pytest.raises(CorpusError, match="not a SQLite database"):
        open_db(path)
    assert path.read_text() == "these are my notes, not a database"


def test_readonly_corpus_refuses_writes(seed_corpus):
    db = open_db(seed_corpus, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("delete from documents")


def test_pdf_is_ingested_as_a_document(tmp_path):
    from tests.pdfs import write_pdf

    pdf = write_pdf(tmp_path / "notice.pdf", [
        "THÔNG BÁO",
        "Kết luận của Thủ tướng Chính phủ tại Diễn đàn Kinh tế hợp tác, hợp tác xã năm 2024.",
        "Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp rà soát, sửa đổi các quy định",
        "hiện hành về hợp tác xã và báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.",
    ])
    db = open_db(tmp_path / "c.db")
    assert ingest_paths(db, [pdf]).stored == 1
    process(db, workers=1)
    text, language = db.execute("select text, language from documents").fetchone()
    assert language == "vi"
    assert "rà soát, sửa đổi các quy định hiện hành" in text  # re-flowed across the PDF's line break
