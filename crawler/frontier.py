"""The crawl's queue of requests in ``--jobdir``, made to survive a SIGKILL, and the repair of one that
did not.

Scrapy keeps the queue in ``JOBDIR/requests.queue/<slot>/<priority>`` files and lists them in
``active.json``; both were written for a crawl that is stopped cleanly. Its default LIFO disk queue
updates its header and flushes its buffer only when it is closed, so a killed crawl leaves queue
files that are empty or cut inside a record, and ``active.json`` lists only the queues of the last
clean stop. A resumed crawl then failed on every request of that priority (``struct.error``) and
dropped them, listing pages among them, while reporting "finished".

Here the queues are Scrapy's own SQLite queues (``scrapy.squeues.PickleLifoSQLiteQueue``: one
committed transaction a request, so a kill loses nothing queued), ``active.json`` is rewritten each
time a new queue is opened, and :func:`repair` runs before a resumed crawl: it folds a queue left in
the old format into the new one (every record that can be read), sets damaged files aside, and says
what it found. Requests that had left the queue for the downloader when the crawl was killed are
not in any file: the crawl finds them again, as every run reads its entry points, listings and the
links of stored articles again.
"""
from __future__ import annotations

import io
import json
import os
import pickle
import shutil
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from queuelib.queue import LifoSQLiteQueue
from scrapy.core.scheduler import Scheduler
from scrapy.pqueues import DownloaderAwarePriorityQueue
from scrapy.squeues import PickleFifoSQLiteQueue, PickleLifoSQLiteQueue

from crawler.scrapy_private import slot_folder  # the folder name Scrapy gives a slot

QUEUE_DIR = "requests.queue"
STATE_FILE = "active.json"
SQLITE_HEADER = b"SQLite format 3\x00"
LEGACY_SIZE = struct.Struct(">L")  # queuelib.LifoDiskQueue: a count header, then each record and its length
SET_ASIDE = ".damaged"


def _durable(connection: sqlite3.Connection) -> None:
    # a commit is in the operating system's hands when it returns, so it survives the process being
    # killed; without an fsync per request (synchronous OFF) a power cut may damage the file, which
    # repair() then sets aside. The rollback journal, not WAL: an emptied queue's file is deleted
    # and made again, and a WAL file left beside it would belong to the old one
    connection.execute("PRAGMA synchronous = OFF")


class LifoRequestQueue(PickleLifoSQLiteQueue):
    """Scrapy's pickled LIFO SQLite queue: each push is committed before the crawl goes on."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _durable(self._db)


class FifoStartQueue(PickleFifoSQLiteQueue):
    """The same for start requests (SCHEDULER_START_DISK_QUEUE), first in, first out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _durable(self._db)


class DurablePriorityQueue(DownloaderAwarePriorityQueue):
    """Scrapy's per-site priority queue that writes ``active.json`` (slot → priorities) whenever a
    queue is opened for a new slot or priority, instead of only when the crawl stops cleanly: after
    a kill the next run opens every queue file that may hold requests."""

    def __init__(self, crawler, downstream_queue_cls, key: str, slot_startprios=None, *, start_queue_cls=None):
        super().__init__(crawler, downstream_queue_cls, key, slot_startprios, start_queue_cls=start_queue_cls)
        self._state: dict[str, set[int]] = {slot: set(prios) for slot, prios in (slot_startprios or {}).items()}

    def push(self, request) -> None:
        if not self.key:  # the memory queue
            super().push(request)
            return
        try:
            super().push(request)
        except sqlite3.OperationalError as exc:
            # the job directory's disk is full (or read-only): Scrapy's scheduler keeps a request it
            # cannot put on disk in its memory queue when told so with a ValueError, instead of losing
            # it with a traceback
            self._warn(f"requests kept in memory, not in --jobdir (a kill now loses them): {exc}")
            raise ValueError(str(exc)) from exc
        slot = self._downloader_interface.get_slot_key(request)
        priority = -request.priority  # ScrapyPriorityQueue.priority
        known = self._state.setdefault(slot, set())
        if priority not in known:
            known.add(priority)
            try:
                write_state(Path(self.key), self._state)
            except OSError as exc:  # repair() finds the queue files without it
                self._warn(f"list of queues not written: {exc}")

    def _warn(self, reason: str) -> None:
        report = getattr(self.crawler.spider, "report", None)
        if report is not None:
            report.warn(self.key, reason)


class JobdirScheduler(Scheduler):
    """Scrapy's scheduler, writing ``active.json`` at the end of a crawl the same way (one rename),
    and with a warning in the report instead of a traceback when the job directory's disk is full."""

    def _write_dqs_state(self, dqdir: str, state: Any) -> None:
        try:
            write_state(Path(dqdir), state)
        except OSError as exc:
            report = getattr(self.spider, "report", None)
            if report is not None:
                report.warn(dqdir, f"list of queues not written: {exc}")


def write_state(queue_dir: Path, state: dict[str, Any]) -> None:
    """``active.json`` replaced in one rename: a kill leaves the old or the new one, never half."""
    target = queue_dir / STATE_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({slot: sorted(prios) for slot, prios in state.items()}), encoding="utf-8")
    os.replace(temporary, target)


@dataclass
class RepairReport:
    """What a resumed crawl found in its job directory."""

    queued: int = 0  # requests waiting in the queue files, to be sent first
    notes: list[str] = field(default_factory=list)  # every repair, one line each

    def as_dict(self) -> dict[str, Any]:
        return {"queued": self.queued, "repairs": self.notes}


def repair(jobdir: str | Path) -> RepairReport:
    """Make ``JOBDIR/requests.queue`` readable by this crawler before Scrapy opens it."""
    report = RepairReport()
    queue_dir = Path(jobdir) / QUEUE_DIR
    if not queue_dir.is_dir():
        return report
    state = _read_state(queue_dir, report)
    slots_by_dir = {slot_folder(slot): slot for slot in state}
    for slot_dir in sorted(p for p in queue_dir.iterdir() if p.is_dir()):
        for entry in sorted(slot_dir.iterdir()):
            name = entry.name
            if name.endswith(("-wal", "-shm", "-journal", SET_ASIDE)):
                continue
            if name.endswith("s"):
                # start requests: every run sends its entry points again, so the old ones are dropped
                _remove(entry)
                continue
            try:
                priority = int(name)
            except ValueError:
                continue
            count = _check_queue(entry, report)
            if not count:
                continue
            report.queued += count
            slot = slots_by_dir.get(slot_dir.name) or _slot_of(entry)
            if slot is None:
                _set_aside(entry, report, "its requests name no site")
                report.queued -= count
                continue
            slots_by_dir[slot_dir.name] = slot
            state.setdefault(slot, set()).add(priority)
    write_state(queue_dir, state)
    return report


def _read_state(queue_dir: Path, report: RepairReport) -> dict[str, set[int]]:
    path = queue_dir / STATE_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(slot): {int(p) for p in prios} for slot, prios in data.items()}
    except (ValueError, AttributeError, TypeError):
        report.notes.append(f"{path}: unreadable list of queues, rebuilt from the queue files")
        return {}


def _slot_of(queue_file: Path) -> str | None:
    """The download slot of the requests in a queue file (their host, as Scrapy's downloader names
    it), when it matches the file's folder."""
    from urllib.parse import urlsplit

    connection = sqlite3.connect(queue_file)
    try:
        row = connection.execute("select item from queue order by id desc limit 1").fetchone()
    finally:
        connection.close()
    if row is None:
        return None
    try:
        request = pickle.loads(row[0])
        slot = (request.get("meta") or {}).get("download_slot") or urlsplit(request["url"]).hostname or ""
    except Exception:  # not a pickled request
        return None
    return slot if slot_folder(slot) == queue_file.parent.name else None


def _check_queue(path: Path, report: RepairReport) -> int:
    """The number of requests in a queue file, once it is in the SQLite format (0 when it is gone)."""
    if path.is_dir():  # a FIFO disk queue of another Scrapy setting: not ours to read
        _set_aside(path, report, "a queue format this crawler does not use")
        return 0
    with path.open("rb") as f:
        head = f.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        try:
            connection = sqlite3.connect(path)
            try:
                if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("quick_check failed")
                return connection.execute("select count(*) from queue").fetchone()[0]
            finally:
                connection.close()
        except sqlite3.DatabaseError as exc:
            _set_aside(path, report, f"damaged ({exc})")
            return 0
    return _convert_legacy(path, report)


def _convert_legacy(path: Path, report: RepairReport) -> int:
    """A queuelib LifoDiskQueue file (Scrapy's default queue, left by a killed crawl) rewritten as a
    SQLite queue in the same order, with every record that can be read."""
    data = path.read_bytes()
    records, damaged = _legacy_records(data)
    legacy = path.with_name(path.name + ".legacy")
    os.replace(path, legacy)
    queue = LifoSQLiteQueue(path)
    for record in records:  # oldest first, as they were pushed: the last one is popped first
        queue.push(record)
    queue.close()  # removes the file when nothing could be read
    legacy.unlink()
    if damaged or len(data) < LEGACY_SIZE.size:
        report.notes.append(f"{path}: queue file cut short by the killed crawl ({len(data)} bytes): "
                            f"{len(records)} requests recovered, the rest is found again from the listings")
    elif records:
        report.notes.append(f"{path}: {len(records)} requests moved from the old queue format")
    return len(records)


def _legacy_records(data: bytes) -> tuple[list[bytes], bool]:
    """The pickled requests of a LifoDiskQueue file, read forwards (its header count is stale after a
    kill); True when it ends inside a record."""
    records: list[bytes] = []
    position = LEGACY_SIZE.size
    while position < len(data):
        stream = io.BytesIO(data[position:])
        try:
            pickle.Unpickler(stream).load()
        except Exception:  # cut inside a record: what follows cannot be read
            return records, True
        size = stream.tell()
        end = position + size
        if end + LEGACY_SIZE.size > len(data) or LEGACY_SIZE.unpack_from(data, end)[0] != size:
            return records, True
        records.append(data[position:end])
        position = end + LEGACY_SIZE.size
    return records, False


def _set_aside(path: Path, report: RepairReport, why: str) -> None:
    target = path.with_name(path.name + SET_ASIDE)
    _remove(target)
    os.replace(path, target)
    report.notes.append(f"{path}: {why}: set aside as {target.name}, its requests are found again from the listings")


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
