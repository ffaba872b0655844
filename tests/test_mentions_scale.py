"""find_mentions with a limit on a legal document cited everywhere takes its first documents from the
date index instead of sorting every mention: the rows must be those of the plain query."""
from __future__ import annotations

import pytest

from corpus import open_db
from corpus.legal import find_mentions


@pytest.fixture
def cited_everywhere(tmp_path):
    db = open_db(tmp_path / "mentions.db")
    with db.atomic():
        for i in range(1, 301):
            db.execute("insert into pages (id, url, origin) values (?, ?, 'file')", [i, f"https://m.invalid/{i}"])
            published = None if i % 50 == 0 else f"20{10 + (i * 7) % 15}-{1 + i % 12:02d}-01"  # dates out of id order
            db.execute("insert into documents (id, page_id, url, language, published, text) values (?, ?, ?, ?, ?, 'x')",
                       [i, i, f"https://m.invalid/{i}", "vi" if i % 3 else "en", published])
            for start in (40, 5)[: 1 + i % 2]:
                db.execute("insert into mentions (document_id, legal_id, start, [end], language) values (?, '98/2018/NĐ-CP', ?, ?, ?)",
                           [i, start, start + 10, "vi" if i % 3 else "en"])
    return db


@pytest.mark.parametrize("limit, lang", [(1, None), (3, None), (5, "en")])  # all far fewer than the 450 mentions
def test_the_first_mentions_of_a_document_cited_everywhere_are_the_plain_querys(cited_everywhere, limit, lang):
    _, everything = find_mentions(cited_everywhere, "98/2018/NĐ-CP", lang=lang)
    _, first = find_mentions(cited_everywhere, "98/2018/NĐ-CP", lang=lang, limit=limit)
    assert first == everything[:limit]
    dated = [r["published"] for r in everything if r["published"]]
    assert dated == sorted(dated) and everything[-1]["published"] is None  # undated documents come last


def test_a_limit_reaching_the_undated_documents(cited_everywhere):
    db = cited_everywhere
    with db.atomic():
        db.execute("update documents set published = null where id > 3")  # 3 dated documents, then undated ones
    _, everything = find_mentions(db, "98/2018/NĐ-CP")
    _, first = find_mentions(db, "98/2018/NĐ-CP", limit=6)  # 450 mentions > 50 * 6: the date walk
    assert first == everything[:6]
    assert [r["published"] is None for r in first].count(True) >= 1
