"""corpus.warc_reader, the one module that reaches into warcio's iterator, reads a whole WARC as
warcio's plain public ``ArchiveIterator`` does: the same records, headers and bodies, and no
damage where there is none. Real WARC files written from the seed corpus (gzipped and not)."""
from __future__ import annotations

import pytest


def records(iterator) -> list[tuple]:
    found = []
    for record in iterator:
        http = record.http_headers.headers if record.http_headers is not None else None
        found.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"), http,
                      record.content_stream().read()))
    return found


@pytest.mark.parametrize("name", ["seeds.warc", "seeds.warc.gz"])
def test_reader_reads_what_warcios_plain_iterator_reads(seed_corpus, tmp_path, name):
    from warcio.archiveiterator import ArchiveIterator

    from corpus import open_db
    from corpus.warc import write_warc
    from corpus.warc_reader import end_of_records, errors_so_far, open_archive, record_damage

    db = open_db(seed_corpus, readonly=True)
    path = tmp_path / name
    assert write_warc(db, path) == 5
    db.conn.close()
    with path.open("rb") as handle:
        plain = records(ArchiveIterator(handle))
    with path.open("rb") as handle:
        iterator = open_archive(handle)
        mine, damage = [], []
        for record in iterator:
            mine += records([record])
            damage.append(record_damage(record, errors_so_far(iterator) > 0))
        assert end_of_records(iterator) == path.stat().st_size
    assert len(plain) == 6 and [r[0] for r in plain] == ["warcinfo"] + ["resource"] * 5
    assert mine == plain
    assert damage == [None] * 6


def test_a_record_cut_short_is_damage(seed_corpus, tmp_path):
    from corpus import open_db
    from corpus.warc import write_warc
    from corpus.warc_reader import errors_so_far, open_archive, record_damage

    db = open_db(seed_corpus, readonly=True)
    path = tmp_path / "seeds.warc"
    write_warc(db, path)
    db.conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # the last record loses its end
    with path.open("rb") as handle:
        iterator = open_archive(handle)
        damage = []
        for record in iterator:
            record.content_stream().read()
            damage.append(record_damage(record, errors_so_far(iterator) > 0))
    assert damage[:-1] == [None] * (len(damage) - 1)
    assert damage[-1] and "cut short" in damage[-1]
