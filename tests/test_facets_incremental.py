"""Facets brought up to date incrementally after a processing run: the documents that changed (added,
removed, reprocessed, re-clustered into a story, given other provinces or agencies) are read again
and patched into the stored arrays, which then hold the same (document, group) pairs as a rebuild."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from bench.synthetic import build as build_synthetic
from corpus import facets, open_db

NAMES = ["language", "source", "month", "story", "agency", "provinces:2025:mention", "provinces:2024:publisher"]


def pairs(facet: facets.Facet) -> list[tuple[int, object]]:
    if facet.name == "story":
        return sorted(zip(facet.docs.tolist(), facet.keys.tolist()))
    return sorted((doc, facet.label(key)) for doc, key in zip(facet.docs.tolist(), facet.keys.tolist()))


def stored(db, name: str) -> facets.Facet:
    return facets.Facet.from_bytes(name, db.execute("select data from facets where name = ?", [name]).fetchone()[0])


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets") / "synthetic.db"
    build_synthetic(path, 1500)
    return path


@pytest.fixture
def corpus(tmp_path, synthetic_corpus):
    path = tmp_path / "synthetic.db"
    shutil.copyfile(synthetic_corpus, path)  # the builder closed it in WAL mode, checkpointed
    db = open_db(path)
    with db.atomic():
        db.execute("update documents set story_id = id where id % 7 = 0")
    facets.refresh(db, NAMES)  # every facet stored once, from the rows
    yield db
    db.conn.close()


def change_some_documents(db) -> set[int]:
    """What a processing run does to a corpus: new documents with provinces and tasks, one removed,
    one reprocessed into another language and month, stories re-clustered, an agency corrected."""
    with db.atomic():
        for i in (1501, 1502, 1503):
            db.execute("insert into pages (id, url, origin, content, content_encoding, sha256) values (?, ?, 'file', x'', 'identity', ?)",
                       [i, f"https://example.invalid/{i}", str(i)])
            db.execute("insert into documents (id, page_id, url, source_id, province_code, language, published, title, text, "
                       "title_folded, text_folded, length) values (?, ?, ?, 'bench-new', '79', 'sv', '2026-01-05', 't', 'x', 't', 'x', 1)",
                       [i, i, f"https://example.invalid/{i}"])
            db.execute("insert into document_provinces (document_id, scheme, province_code, attribution, count) "
                       "values (?, '2025', 'XX-new', 'mention', 1)", [i])
            db.execute("insert into assignments (document_id, agency_id, role, start, [end], sentence, language) "
                       "values (?, 'NEWAGENCY', 'lead', 0, 1, 's', 'sv')", [i])
        for table in ("mentions", "figures", "assignments", "document_provinces"):
            db.execute(f"delete from {table} where document_id = 14")
        db.execute("delete from documents where id = 14")
        db.execute("update documents set language = 'fr', published = '2031-02-03' where id = 21")
        db.execute("update documents set story_id = 1501 where id in (1501, 1502, 35)")
        db.execute("update documents set story_id = null where id = 42")
        db.execute("update assignments set agency_id = 'MOJ' where document_id = (select min(document_id) from assignments)")
        db.execute("update document_provinces set province_code = 'YY-moved' where rowid = "
                   "(select min(rowid) from document_provinces where scheme = '2025' and attribution = 'mention')")
    return {1501, 1502, 1503, 14, 21, 35, 42}


def test_refresh_patches_the_stored_facets_to_what_a_rebuild_reads(corpus):
    db = corpus
    before = {name: stored(db, name) for name in NAMES}
    assert all(f.log_seq is not None for f in before.values())
    change_some_documents(db)
    assert set(facets.stale(db, NAMES)) == set(NAMES)
    redone = facets.refresh(db)
    assert set(redone) == set(NAMES)
    for name in NAMES:
        got, rebuilt = stored(db, name), facets.build(db, name)
        assert pairs(got) == pairs(rebuilt), name
        assert got.labels == rebuilt.labels, name     # new labels in order, emptied ones dropped
    assert facets.stale(db, NAMES) == []
    assert "NEWAGENCY" in stored(db, "agency").labels and "XX-new" in stored(db, "provinces:2025:mention").labels
    assert "2031-02" in stored(db, "month").labels
    # the log holds nothing every stored facet has seen
    assert db.execute(f"select count(*) from {facets.CHANGE_LOG}").fetchone()[0] == 0


def test_refresh_reads_only_the_changed_documents(corpus):
    db = corpus
    # a marker pair no table holds, for a document no change touches: a refresh that read the
    # whole table again would drop it, a patch keeps it
    for name in NAMES:
        old = stored(db, name)
        marked = facets.Facet(name, np.append(old.docs, 999_999), np.append(old.keys, old.keys[0]), old.labels, old.log_seq)
        facets.save(db, marked, facets.generation(db, facets.table_of(name)))
    changed = change_some_documents(db)
    assert set(facets.changed_documents(db, "documents", stored(db, "source").log_seq)) == changed
    facets.refresh(db)
    for name in NAMES:
        got = stored(db, name)
        assert 999_999 in got.docs.tolist(), name
        without_marker = facets.Facet(name, got.docs[got.docs != 999_999], got.keys[got.docs != 999_999], got.labels)
        assert pairs(without_marker) == pairs(facets.build(db, name)), name


def test_a_facet_mostly_changed_is_rebuilt(corpus):
    db = corpus
    with db.atomic():
        db.execute("update documents set language = 'en' where id % 2 = 0")
    facets.refresh(db, ["language"])
    got, rebuilt = stored(db, "language"), facets.build(db, "language")
    assert got.docs.tolist() == rebuilt.docs.tolist()  # read whole: the arrays in the rebuild's order
    assert pairs(got) == pairs(rebuilt)


def test_a_facet_stored_before_the_log_is_rebuilt_once(corpus):
    db = corpus
    old = stored(db, "month")
    legacy = facets.Facet("month", old.docs, old.keys, old.labels)  # no log position, as stored before
    facets.save(db, legacy, facets.generation(db, "documents"))
    change_some_documents(db)
    facets.refresh(db)
    got = stored(db, "month")
    assert got.log_seq is not None and pairs(got) == pairs(facets.build(db, "month"))
