"""The ranking tiers of corpus.search on a small real corpus, with tiers shrunk through the real
settings: rare phrases ranked by bm25 over the whole corpus, common ones within the newest
documents, the rest newest first; filters respected in every tier; the recent index kept in step
with the documents by its triggers."""
from __future__ import annotations

import pytest

from corpus import open_db
from corpus.search import RECENT, create_recent_index, search
from nlp import config
from nlp.fold import fold

DOCUMENTS = 120
RECENT_SIZE = 30  # ids 91..120 form the recent tier
RARE_LIMIT = 8


def text_of(i: int) -> str:
    words = ["alpha tau"] * 6  # alpha and tau: in every document
    words += ["beta"] * (1 + i % 7)  # beta: everywhere, more often in some
    if i % 15 == 0:
        words += ["eta"] * (i // 15)  # eta: 8 documents, the later ones hold it more often
    if i == 3:
        words.append("zeta")  # zeta: one old document
    return " ".join(words) + f" Tài liệu số {i}."


def language_of(i: int) -> str:
    return "sv" if i % 10 == 0 else "vi"


def published_of(i: int) -> str:
    return f"{2016 + i // 12}-{1 + i % 12:02d}-15"


@pytest.fixture
def small_tiers():
    parser = config.settings()
    saved = {key: parser.get("search", key) for key in ("candidate_limit", "recent_documents")}
    parser.set("search", "candidate_limit", str(RARE_LIMIT))
    parser.set("search", "recent_documents", str(RECENT_SIZE))
    config.get_int.cache_clear()  # parsed values are cached
    yield
    for key, value in saved.items():
        parser.set("search", key, value)
    config.get_int.cache_clear()


@pytest.fixture
def corpus(tmp_path, small_tiers):
    db = open_db(tmp_path / "tiers.db")
    with db.atomic():
        for i in range(1, DOCUMENTS + 1):
            db.execute("insert into pages (id, url, origin) values (?, ?, 'file')", [i, f"https://t.invalid/{i}"])
            text = text_of(i)
            db.execute(
                "insert into documents (id, page_id, url, source_id, language, published, title, text, title_folded, "
                "text_folded, length) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [i, i, f"https://t.invalid/{i}", f"s{i % 3}", language_of(i), published_of(i), f"Doc {i}", text,
                 fold(f"Doc {i}"), fold(text), len(text)])
            if i % 4 == 0:
                db.execute("insert into assignments (document_id, agency_id, role) values (?, 'MOF', 'lead')", [i])
    create_recent_index(db)
    return db


def bm25_order(db, table: str, match: str) -> list[int]:
    sql = f"select rowid from {table} where {table} match ? order by bm25({table}, 3.0, 1.0), rowid desc"
    return [r[0] for r in db.execute(sql, [match])]


def test_a_rare_word_in_an_old_document_is_found(corpus):
    hits = search(corpus, "zeta")
    assert [(h.id, h.tier) for h in hits] == [(3, "all")]


def test_rare_words_are_ranked_by_bm25_over_the_whole_corpus(corpus):
    hits = search(corpus, "eta", limit=5)
    assert {h.tier for h in hits} == {"all"}
    assert [h.id for h in hits] == bm25_order(corpus, "documents_fts", '"eta"')[:5]
    assert hits[0].id == 120  # holds eta most often
    assert hits[0].score > hits[-1].score > 0


def test_a_common_word_beside_a_rare_one_only_has_to_match(corpus):
    hits = search(corpus, "eta beta", limit=20)
    assert [h.id for h in hits] == bm25_order(corpus, "documents_fts", '"eta"')  # all 8 eta documents hold beta
    assert search(corpus, "zeta eta") == []  # both must match


def test_common_words_are_ranked_by_bm25_within_the_newest_documents(corpus):
    hits = search(corpus, "beta", limit=10)
    assert {h.tier for h in hits} == {"recent"}
    assert all(h.id > DOCUMENTS - RECENT_SIZE for h in hits)
    assert [h.id for h in hits] == bm25_order(corpus, RECENT, '"beta"')[:10]


def test_filters_are_respected_and_older_documents_fill_up_newest_first(corpus):
    hits = search(corpus, "beta", lang="sv", limit=8)
    assert all(h.language == "sv" for h in hits)
    tiers = [h.tier for h in hits]
    assert tiers == ["recent"] * 3 + ["older"] * 5  # sv ids 100, 110, 120 are recent
    older = [h.id for h in hits if h.tier == "older"]
    assert older == [90, 80, 70, 60, 50]
    assert len({h.id for h in hits}) == len(hits)


def test_date_agency_and_source_filters_in_every_tier(corpus):
    until = published_of(40)
    hits = search(corpus, "alpha", until=until, limit=5)
    assert [h.id for h in hits] == [40, 39, 38, 37, 36]
    assert all(h.tier == "older" for h in hits)
    assert all(h.id % 4 == 0 for h in search(corpus, "alpha", agency="MOF", limit=20))
    assert len(search(corpus, "alpha", agency="MOF", limit=20)) == 20
    assert all(h.source_id == "s1" for h in search(corpus, "beta", source="s1", limit=15))
    assert search(corpus, "alpha", source="no-such-source") == []
    assert all(h.published >= "2024-01-01" for h in search(corpus, "eta", since="2024-01-01"))


def test_the_recent_index_follows_inserts_updates_and_deletes(corpus):
    db = corpus
    members = lambda: [r[0] for r in db.execute(f"select id from {RECENT}_docsize order by id")]  # noqa: E731
    assert members() == list(range(DOCUMENTS - RECENT_SIZE + 1, DOCUMENTS + 1))
    with db.atomic():
        db.execute("insert into pages (id, url, origin) values (121, 'https://t.invalid/121', 'file')")
        db.execute("insert into documents (id, page_id, url, language, published, title, text, title_folded, text_folded) "
                   "values (121, 121, 'https://t.invalid/121', 'vi', '2026-01-01', 'New', 'omega beta', 'new', 'omega beta')")
    assert members() == list(range(DOCUMENTS - RECENT_SIZE + 2, DOCUMENTS + 2))  # the oldest member left
    assert [h.id for h in search(db, "omega")] == [121]
    with db.atomic():
        db.execute("update documents set text = 'psi', text_folded = 'psi' where id = 121")
    assert search(db, "omega") == [] and [h.id for h in search(db, "psi")] == [121]
    with db.atomic():
        db.execute("delete from documents where id = 121")
        db.execute("delete from documents where id = 5")  # not a member: the recent index is untouched
    assert members() == list(range(DOCUMENTS - RECENT_SIZE + 2, DOCUMENTS + 1))
    db.execute(f"insert into {RECENT}({RECENT}) values ('integrity-check')")
    db.execute("insert into documents_fts(documents_fts) values ('integrity-check')")
