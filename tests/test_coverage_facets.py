"""Coverage counted from the stored facets (corpus/facets.py) against the same question answered by
SQL joins alone, on a synthetic corpus with stories, provinces, mentions and assignments; and the
facets' life: stored once, used while their table is unchanged, rebuilt after any change, built in
memory on a read-only corpus."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from bench import synthetic
from corpus import facets, open_db
from corpus.coverage import BY, coverage, facet_names
from tests.conftest import run_cli
from tests.research_helpers import add_document, assign

FILTERS = [
    {},                                                   # the whole corpus
    {"stories": True},                                    # stories, not pages
    {"lang": "vi"},                                       # one language
    {"lang": "xx"},                                       # a language with no document
    {"since": "2017-03-01", "until": "2019-06"},          # a date range, month-prefix end
    {"lang": "en", "stories": True, "until": "2020"},     # everything at once
]
SERIES = [
    {},                                                                   # all documents
    {"queries": ["hop tac xa", synthetic.rare_word(3)]},                 # common phrase + rare word
    {"queries": ["zzzqqq"]},                                             # a query matching nothing
    {"refs": [synthetic.legal_id(1)]},                                   # the most cited legal document
    {"fact": "assignments"},                                             # documents with assignments
    {"fact": "references", "queries": ["the"]},                          # a fact type and a query together
]


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets") / "synthetic.db"
    synthetic.build(path, 1500)
    db = open_db(path)
    with db.conn:  # stories: most documents in one of three-document stories, some in none
        db.execute("update documents set story_id = id / 3 where id % 5 != 0")
    return path


@pytest.mark.parametrize("series", SERIES, ids=lambda s: ",".join(f"{k}" for k in s) or "all")
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
@pytest.mark.parametrize("by", BY)
def test_facets_count_what_sql_counts(synthetic_corpus, by, filters, series):
    db = open_db(synthetic_corpus)
    assert coverage(db, by, engine="facets", **filters, **series).to_dict() == \
        coverage(db, by, engine="sql", **filters, **series).to_dict()


@pytest.mark.parametrize("scheme,attribution", [("2024", "mention"), ("2025", "publisher"), ("2024", "publisher")])
def test_every_province_scheme_and_attribution(synthetic_corpus, scheme, attribution):
    db = open_db(synthetic_corpus)
    for filters in ({}, {"stories": True, "lang": "vi"}):
        kwargs = dict(queries=["hop tac xa"], scheme=scheme, attribution=attribution, **filters)
        assert coverage(db, "province", engine="facets", **kwargs).to_dict() == \
            coverage(db, "province", engine="sql", **kwargs).to_dict()


def test_a_stored_facet_is_used_until_its_table_changes(tmp_path, synthetic_corpus):
    path = tmp_path / "c.db"
    shutil.copy(synthetic_corpus, path)
    db = open_db(path)
    language = facets.load(db, "language")
    assert facets.stale(db, ["language"]) == []
    # proof that the stored copy is what is read: replace it (same generation) with a doctored one
    doctored = facets.Facet("language", language.docs[:10], language.keys[:10], language.labels)
    facets.save(db, doctored, facets.generation(db, "documents"))
    assert len(facets.load(db, "language").docs) == 10
    # any write to documents makes it stale; the next load reads the table again
    add_document(db, "http://127.0.0.1/new", "Hợp tác xã mới.", language="vi")
    assert facets.stale(db, ["language"]) == ["language"]
    fresh = facets.load(db, "language")
    assert len(fresh.docs) == len(language.docs) + 1
    assert facets.stale(db, ["language"]) == []


@pytest.mark.parametrize("write,facet", [
    ("update documents set story_id = 7 where id = 2", "story"),                      # stories recomputed
    ("update documents set language = 'fr' where id = 2", "language"),                # language changed
    ("update documents set published = '2030-01-01' where id = 2", "month"),          # date changed
    ("update documents set source_id = 'other' where id = 2", "source"),              # source changed
    ("delete from documents where id = 3", "language"),                               # document deleted
    ("delete from document_provinces where document_id = 4", "provinces:2025:mention"),  # provinces redone
    ("insert into assignments (document_id, agency_id, role) values (5, 'btc', 'lead')", "agency"),  # new task
])
def test_every_relevant_write_makes_its_facet_stale(tmp_path, synthetic_corpus, write, facet):
    path = tmp_path / "c.db"
    shutil.copy(synthetic_corpus, path)
    db = open_db(path)
    facets.refresh(db, [facet])
    assert facets.stale(db, [facet]) == []
    db.execute("PRAGMA foreign_keys = OFF")  # the write alone, not the cascade a real deletion does
    with db.conn:
        db.execute(write)
    assert facets.stale(db, [facet]) == [facet]
    assert facets.refresh(db) == [facet]
    assert facets.stale(db, [facet]) == []


def test_processing_refreshes_the_facets_in_use(tmp_path):
    from corpus.process import _after_processing

    db = open_db(tmp_path / "c.db")
    add_document(db, "http://127.0.0.1/a", "Hợp tác xã ở Cần Thơ.", language="vi",
                 assignments=[assign("btc", "lead")])
    _after_processing(db)
    facets.refresh(db, facet_names("agency"))
    add_document(db, "http://127.0.0.1/b", "Hợp tác xã ở Đồng Tháp.", language="vi",
                 assignments=[assign("bnnmt", "lead")])
    assert facets.stale(db, facet_names("agency")) == facet_names("agency")
    _after_processing(db)
    assert facets.stale(db, facet_names("agency")) == []
    counts = {r.key: r.total for r in coverage(db, "agency").rows}
    assert counts == {"btc": 1, "bnnmt": 1}


def test_cli_stores_the_facets_once(tmp_path, synthetic_corpus):
    path = tmp_path / "c.db"
    shutil.copy(synthetic_corpus, path)
    first = run_cli("coverage", "--by", "month", "--query", "hop tac xa", "--json", db=path, check=True).stdout
    built = dict(sqlite3.connect(path).execute("select name, built_at from facets").fetchall())
    assert {"language", "month"} <= set(built)
    again = run_cli("coverage", "--by", "month", "--query", "hop tac xa", "--json", db=path, check=True).stdout
    assert again == first
    assert dict(sqlite3.connect(path).execute("select name, built_at from facets").fetchall()) == built  # only read


def test_a_read_only_corpus_builds_the_facets_in_memory(tmp_path, synthetic_corpus):
    path = tmp_path / "c.db"
    shutil.copy(synthetic_corpus, path)
    with sqlite3.connect(path) as conn:
        conn.execute("delete from facets")  # as a corpus never asked for coverage
    reader = open_db(path, readonly=True)
    assert facets.stale(reader, ["story", "language"]) == ["story", "language"]
    result = coverage(reader, "province", stories=True, queries=["hop tac xa"]).to_dict()
    assert result == coverage(reader, "province", stories=True, queries=["hop tac xa"], engine="sql").to_dict()
    assert sqlite3.connect(path).execute("select count(*) from facets").fetchone() == (0,)  # nothing written
