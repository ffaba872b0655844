"""A document reprocessed within the same second as its last processing is still seen as changed by
the derived tables that follow documents by their ``processed_at`` (provinces, stories)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone


class _SlowClock(datetime):
    """A clock that moves a microsecond a call: every processing of the test falls in one second."""
    ticks = 0

    @classmethod
    def now(cls, tz=None):
        cls.ticks += 1
        return datetime(2026, 12, 3, 12, 0, 0, tzinfo=timezone.utc) + timedelta(microseconds=cls.ticks)


def test_a_document_reprocessed_in_the_same_second_is_attributed_again(tmp_path, monkeypatch):
    from corpus import open_db, store
    from corpus import process as processing
    from corpus.ingest import ingest_paths

    monkeypatch.setattr(store, "datetime", _SlowClock)
    db = open_db(tmp_path / "corpus.db")
    folder = tmp_path / "texts"
    folder.mkdir()
    page = folder / "tin.txt"

    def run(text: str) -> None:
        page.write_text(text, encoding="utf-8")
        ingest_paths(db, [folder])
        processing.process(db, workers=1, reprocess=True)  # derived tables refreshed at the end

    def mentioned_provinces() -> set[str]:
        return {r[0] for r in db.execute(
            "select p.name_vi from document_provinces d join provinces p on p.code = d.province_code "
            "and p.scheme = d.scheme where d.attribution = 'mention'")}

    run("Ủy ban nhân dân tỉnh Đồng Tháp họp bàn về hợp tác xã nông nghiệp.\n" * 3)
    first = mentioned_provinces()
    assert any("Đồng Tháp" in name for name in first)
    run("Ủy ban nhân dân tỉnh Cà Mau họp bàn về hợp tác xã thủy sản.\n" * 3)
    second = mentioned_provinces()
    assert any("Cà Mau" in name for name in second) and not any("Đồng Tháp" in name for name in second)
    stamps = db.execute("select d.processed_at, s.processed_at from documents d "
                        "join stories_done s on s.document_id = d.id").fetchall()
    assert stamps and all(doc == done for doc, done in stamps)
    assert stamps[0][0].startswith("2026-12-03T12:00:00.")
    db.conn.close()
