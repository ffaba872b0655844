"""The derived tables refreshed for the documents a run added, reprocessed or removed equal the same
tables rebuilt whole from the facts: run after run on a real small corpus (the seeds, real Vietnamese
articles when ../shared is present, and the saved public pages' texts when ../external is)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import DEV_ARTICLES

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
EXTERNAL = ROOT.parent / "external" / "pages"


def _texts() -> list[tuple[str, str]]:
    """(file name, text) of the seeds, 12 dev articles and 12 saved public pages when present."""
    paths = sorted(SAMPLE.glob("*.txt"))
    paths += sorted(DEV_ARTICLES.glob("baomoi_*.txt"))[:12] if DEV_ARTICLES.exists() else []
    paths += sorted(EXTERNAL.glob("*/*.txt"))[:12] if EXTERNAL.exists() else []
    return [(f"{n:03d}_{p.name}", p.read_text(encoding="utf-8")) for n, p in enumerate(paths)]


def _legal_rows(conn) -> list[tuple]:
    return conn.execute("select * from legal_documents order by id").fetchall()


def _rebuilt_legal_rows(db, tmp_path: Path) -> list[tuple]:
    """``legal_documents`` of a copy of the corpus, rebuilt whole (no run recorded)."""
    from corpus import open_db
    from corpus.legal import DERIVED_WITH, refresh_legal_documents

    copy_path = tmp_path / "rebuilt.db"
    copy_path.unlink(missing_ok=True)
    target = sqlite3.connect(copy_path)
    db.conn.backup(target)
    target.close()
    copy = open_db(copy_path)
    with copy.conn:
        copy.execute(f"delete from [{DERIVED_WITH}]")  # no derivation recorded: every row again
        copy.execute("update legal_documents set mention_count = -1, title = 'stale'")  # nothing kept by chance
    refresh_legal_documents(copy)
    rows = _legal_rows(copy.conn)
    copy.conn.close()
    return rows


def test_legal_documents_refreshed_run_by_run_equal_a_rebuild(tmp_path, monkeypatch):
    from corpus import legal, open_db
    from corpus import process as processing
    from corpus.ingest import ingest_paths
    from corpus.store import delete_document

    texts = _texts()
    first, second = texts[: len(texts) // 2], texts[len(texts) // 2 :]
    rederived: list[int] = []
    plain_details = legal._law_details
    monkeypatch.setattr(legal, "_law_details", lambda db, only=None: rederived.append(
        -1 if only is None else len(only)) or plain_details(db, only))
    db = open_db(tmp_path / "corpus.db")
    folder = tmp_path / "texts"
    folder.mkdir()

    def run(files: list[tuple[str, str]]) -> None:
        for name, text in files:
            (folder / name).write_text(text, encoding="utf-8")
        ingest_paths(db, [folder])
        rederived.clear()
        processing.process(db, workers=1)  # its derived tables are refreshed at the end

    run(first)
    assert rederived == [-1]  # the first run: every row
    rows = _legal_rows(db.conn)
    assert rows and rows == _rebuilt_legal_rows(db, tmp_path)
    total = len(rows)

    run(second)  # new documents: only the legal documents they mention
    rows = _legal_rows(db.conn)
    assert len(rederived) == 1 and 0 < rederived[0] < len(rows)
    assert rows == _rebuilt_legal_rows(db, tmp_path)
    assert len(rows) >= total

    # a document reprocessed with other text (its references gone), another removed
    cited = db.execute("select document_id, count(distinct legal_id) from mentions where legal_id is not null "
                       "group by document_id order by 2 desc, 1").fetchall()
    changed_id, removed_id = cited[0][0], cited[1][0]
    changed_url = db.execute("select url from documents where id = ?", [changed_id]).fetchone()[0]
    name = next(n for n, _ in texts if changed_url.endswith(n))
    run([(name, "Ủy ban nhân dân tỉnh Đồng Tháp họp bàn về hợp tác xã nông nghiệp.\n" * 3)])
    with db.conn:
        delete_document(db, removed_id)
    rederived.clear()
    legal.refresh_legal_documents(db)
    assert rederived and rederived[0] > 0
    assert _legal_rows(db.conn) == _rebuilt_legal_rows(db, tmp_path)

    # nothing changed since: nothing is worked out or written
    rederived.clear()
    changes = db.conn.total_changes
    legal.refresh_legal_documents(db)
    assert rederived == [] and db.conn.total_changes == changes

    # a mention edited by hand (another id): the rows of both ids again, whatever the processing times say
    with db.conn:
        db.execute("update mentions set legal_id = 'HAND/2025/ND-CP' "
                   "where id = (select min(id) from mentions where legal_id is not null)")
    rederived.clear()
    legal.refresh_legal_documents(db)
    assert rederived == [2]
    assert _legal_rows(db.conn) == _rebuilt_legal_rows(db, tmp_path)
    # a trigger lost (a migration that rebuilds the table drops them): changes may have gone unlogged
    with db.conn:
        db.execute("drop trigger legal_log_mentions_delete")
    rederived.clear()
    legal.refresh_legal_documents(db)
    assert rederived == [-1] and legal._logging(db)
    db.conn.close()


def test_legal_documents_rebuilt_whole_when_the_law_table_changes(tmp_path, monkeypatch):
    """Another derivation (the law table, this code, the table's columns): every row again."""
    from corpus import legal, open_db
    from tests.research_helpers import add_document, ref

    db = open_db(tmp_path / "corpus.db")
    add_document(db, "https://a.example.invalid/1", "Nghị định 15/2022/NĐ-CP.", language="vi", references=[ref("15/2022/ND-CP")])
    legal.refresh_legal_documents(db)
    rederived: list = []
    plain_details = legal._law_details
    monkeypatch.setattr(legal, "_law_details", lambda db, only=None: rederived.append(only) or plain_details(db, only))
    legal.refresh_legal_documents(db)
    assert rederived == []
    monkeypatch.setattr(legal, "DERIVATION_CODE_VERSION", "another")
    legal.refresh_legal_documents(db)
    assert rederived == [None]
    assert [r[0] for r in _legal_rows(db.conn)] == ["15/2022/ND-CP"]
    db.conn.close()


def test_provinces_table_written_only_where_it_differs_from_the_gazetteer(tmp_path):
    from corpus import open_db
    from corpus.provinces import fill_provinces_table, province_rows

    db = open_db(tmp_path / "corpus.db")
    plain = province_rows()

    def stored() -> list[dict]:
        return [{k: r[k] for k in plain[0]} for r in db.query("select * from provinces order by scheme, code")]

    expected = sorted(plain, key=lambda r: (r["scheme"], r["code"]))
    assert fill_provinces_table(db) == len(plain) and stored() == expected
    changes = db.conn.total_changes
    assert fill_provinces_table(db) == len(plain)
    assert db.conn.total_changes == changes  # nothing written when every row holds its values
    with db.conn:
        db.execute("update provinces set name_vi = 'edited' where code = (select min(code) from provinces)")
        db.execute("delete from provinces where code = (select max(code) from provinces)")
    fill_provinces_table(db)
    assert stored() == expected
    db.conn.close()
