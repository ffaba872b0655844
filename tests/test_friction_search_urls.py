"""Issue 16: words inside web addresses in a text are no searchable words. The folded copy that the
full-text index holds has them blanked (offsets unchanged); a corpus indexed before is re-folded by
the migration m009_wrong_urls_not_searchable."""
from __future__ import annotations

import sqlite3

import pytest

from research_helpers import add_document

from corpus.fulltext import fold_for_index
from corpus.search import search

SOURCE_LINE = "Tin về nuôi tôm ở Cà Mau. Nguồn: https://baochinhphu.vn/hop-tac-xa-kieu-moi-102250101.htm"
BOTH = "Hợp tác xã kiểu mới ở Cà Mau, xem www.camau.gov.vn/hop-tac-xa."
ENGLISH = "Shrimp farmers met in Ca Mau (source: http://example.org/cooperatives-decree?id=98)."


@pytest.mark.parametrize("text, kept, blanked", [
    (SOURCE_LINE, ["nguon", "tom"], ["hop", "baochinhphu"]),         # https:// address after the text
    (BOTH, ["hop tac xa kieu moi"], ["camau.gov"]),                   # www. address; the words before stay
    (ENGLISH, ["shrimp", "(source: "], ["cooperatives", "decree"]),  # query string included
    ("Xem https://a.vn/x.", ["xem", "."], ["a.vn"]),                  # the sentence's full stop is no part of it
    ("Không có địa chỉ web.", ["khong co dia chi web."], []),         # no address: the plain fold
])
def test_addresses_are_blanked_in_the_indexed_text(text, kept, blanked):
    folded = fold_for_index(text)
    assert len(folded) == len(text)  # snippets cut the original text at the folded text's offsets
    for word in kept:
        assert word in folded
    for word in blanked:
        assert word not in folded


@pytest.fixture
def url_corpus(tmp_path):
    from corpus import open_db

    path = tmp_path / "urls.db"
    db = open_db(path)
    for i, text in enumerate([SOURCE_LINE, BOTH, ENGLISH]):
        add_document(db, f"http://127.0.0.1/u{i}", text, language="en" if text is ENGLISH else "vi",
                     published=f"2025-01-0{i + 1}")
    db.conn.close()
    return path


def found(db, query: str) -> set[int]:
    return {hit.id for hit in search(db, query)}


def test_words_inside_addresses_do_not_match(url_corpus):
    from corpus import open_db

    db = open_db(url_corpus, readonly=True)
    ids = {row[1]: row[0] for row in db.execute("select id, text from documents")}
    assert found(db, "hop tac xa") == {ids[BOTH]}        # not the page whose only "hop-tac-xa" is its source link
    assert found(db, "cooperatives") == set()
    assert found(db, "tom") == {ids[SOURCE_LINE]}        # its words outside the address still match
    hit = search(db, "hop tac xa")[0]
    assert "[Hợp] [tác] [xã]" in hit.snippet and "www.camau" in hit.snippet  # the address is shown, not marked


def test_migration_refolds_a_corpus_indexed_before(url_corpus):
    from corpus import open_db
    from nlp.fold import fold

    # the corpus as an older vnpolicy left it: address words in the index, the migration not applied
    conn = sqlite3.connect(url_corpus)
    for document_id, text in conn.execute("select id, text from documents").fetchall():
        conn.execute("update documents set text_folded = ? where id = ?", [fold(text), document_id])
    conn.execute("delete from _sqlite_migrations where name = 'm009_wrong_urls_not_searchable'")
    conn.commit()
    conn.close()
    db = open_db(url_corpus, readonly=True)
    assert found(db, "cooperatives")  # the wrong answer the issue describes
    db.conn.close()

    open_db(url_corpus).conn.close()  # any writing command brings the schema up to date
    db = open_db(url_corpus, readonly=True)
    assert found(db, "cooperatives") == set()
    assert found(db, "shrimp")
    assert db.execute("select count(*) from documents_fts_recent where documents_fts_recent match 'cooperatives'").fetchone()[0] == 0
