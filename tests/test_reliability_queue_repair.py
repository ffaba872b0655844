"""``crawler.frontier.repair`` on the queue files a killed crawl leaves in --jobdir: real files in the
formats Scrapy writes, one case a line."""
from __future__ import annotations

import json
import pickle
import sqlite3
import struct

import pytest
from queuelib.queue import LifoSQLiteQueue
from scrapy import Request
from scrapy.pqueues import _path_safe

from crawler.frontier import repair

SLOT = "127.0.0.1"
SIZE = struct.Struct(">L")


def record(number: int) -> bytes:
    """One request as Scrapy's pickled disk queues store it."""
    return pickle.dumps(Request(f"http://{SLOT}:8000/topic/cooperatives?page={number}").to_dict(), protocol=4)


def legacy_lifo(records: list[bytes], header: int = 0) -> bytes:
    """queuelib's LifoDiskQueue file: a count header (written only when the queue is closed), then
    each record followed by its length."""
    return SIZE.pack(header) + b"".join(r + SIZE.pack(len(r)) for r in records)


THREE = [record(n) for n in (2, 3, 4)]
WHOLE = legacy_lifo(THREE)


@pytest.mark.parametrize("content, recovered, note", [
    (WHOLE, 3, "moved from the old queue format"),  # killed after a flush: header stale, records whole
    (legacy_lifo(THREE, header=3), 3, "moved from the old queue format"),  # stopped cleanly by the old version
    (WHOLE[:-10], 2, "cut short"),  # cut inside the last record's length
    (WHOLE[:len(WHOLE) // 2], 1, "cut short"),  # cut inside a record
    (b"", 0, "cut short"),  # the case: created, killed before its header was flushed
    (SIZE.pack(0), 0, None),  # an empty queue, whole
])
def test_a_queue_file_in_scrapys_old_format_is_read_as_far_as_it_goes(tmp_path, content, recovered, note):
    folder = tmp_path / "requests.queue" / _path_safe(SLOT)
    folder.mkdir(parents=True)
    (folder / "0").write_bytes(content)
    report = repair(tmp_path)
    assert report.queued == recovered
    if note:
        assert any(note in n for n in report.notes), report.notes
    else:
        assert report.notes == []
    if recovered:
        queue = LifoSQLiteQueue(folder / "0")  # now the SQLite queue the crawler opens, same order
        assert [queue.pop() for _ in range(recovered)] == THREE[:recovered][::-1]
        queue.close()
        assert json.loads((tmp_path / "requests.queue" / "active.json").read_text()) == {SLOT: [0]}
    else:
        assert not (folder / "0").exists()


def test_a_damaged_sqlite_queue_is_set_aside_and_start_queues_are_dropped(tmp_path):
    folder = tmp_path / "requests.queue" / _path_safe(SLOT)
    folder.mkdir(parents=True)
    good = LifoSQLiteQueue(folder / "-20")
    good.push(record(9))
    good._db.close()  # as a killed crawl leaves it: not through close(), which deletes an empty file
    (folder / "0").write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)  # a header, then garbage
    (folder / "0s").write_bytes(b"")  # a start queue: every run sends its entry points again
    report = repair(tmp_path)
    assert report.queued == 1
    assert [n for n in report.notes if "0: damaged" in n and "set aside" in n]
    assert (folder / "0.damaged").exists() and not (folder / "0").exists() and not (folder / "0s").exists()
    assert json.loads((tmp_path / "requests.queue" / "active.json").read_text()) == {SLOT: [-20]}
    with sqlite3.connect(folder / "-20") as conn:
        assert conn.execute("select count(*) from queue").fetchone() == (1,)


def test_a_job_directory_without_a_queue_needs_no_repair(tmp_path):
    assert repair(tmp_path).as_dict() == {"queued": 0, "repairs": []}
