"""Turning stored raw pages into documents and facts: idempotent, versioned, parallel.

A page is processed when it has never been, when its bytes changed, or when the extractor version
changed (``reprocess`` takes all of them). Workers run the pure ``extract.document`` on the pages;
the parent process alone writes, one transaction per batch, so a crash loses at most the batch in
flight and a rerun resumes where it stopped.
"""
from __future__ import annotations

import importlib
import multiprocessing
from contextlib import closing
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, NamedTuple

import sqlite_utils

from corpus.db import write_transaction
import extract
from corpus.store import delete_document, now_iso, page_content, store_document
from nlp import config


@dataclass
class ProcessReport:
    processed: int = 0
    documents: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)

    def as_dict(self) -> dict[str, Any]:
        return {"processed": self.processed, "documents": self.documents, "duplicates": self.duplicates,
                "failed": [{"url": u, "reason": r} for u, r in self.failed]}


class PageTask(NamedTuple):
    """A page for a worker to extract (sent to another process: plain values only)."""

    page_id: int
    url: str  # the final URL, after redirects
    content: bytes  # decompressed
    content_type: str | None
    province_code: str | None  # the province of its source


class Extracted(NamedTuple):
    """What a worker sends back for a page: its document, or why there is none."""

    page_id: int
    document: dict | None
    error: str | None


def _extract_page(task: PageTask) -> Extracted:
    page_id, url, content, content_type, province_code = task
    try:
        doc = extract.document(content, url=url, content_type=content_type, province_code=province_code)
        return Extracted(page_id, doc.to_dict(), None)
    except extract.InputError as exc:
        return Extracted(page_id, None, exc.reason)
    except Exception as exc:  # one broken page must not stop the run; its reason is stored on the page
        return Extracted(page_id, None, f"extraction failed: {type(exc).__name__}: {exc}")


def pending_pages(db: sqlite_utils.Database, version: str, reprocess: bool = False) -> list[int]:
    if reprocess:
        sql = "select id from pages where status is null or status < 400 order by id"
        return [r[0] for r in db.execute(sql)]
    return [r[0] for r in db.execute(_PENDING, [version, version])]


# the pages whose version is not ``version``, found in the index on process_version (null, before,
# after: ``!=`` as two ranges), then their status read by id. Written as one condition
# (``process_version is null or process_version != ?``) it scans every row of pages, and a page's
# process_version is stored after its content: each row's overflow pages are walked to read it
# (1.3 ms a run at 300 pages, 20 ms at 3,000, growing with the corpus; here 0.04 and 0.2-0.4 ms).
# The same ids in the same order (tests/test_speed_paths.py)
_PENDING = """
    select id from pages where id in (
        select id from pages where process_version is null
        union all select id from pages where process_version < ?
        union all select id from pages where process_version > ?)
    and (status is null or status < 400) order by id"""


def _tasks(db: sqlite_utils.Database, page_ids: list[int]) -> Iterator[PageTask]:
    for page_id in page_ids:
        row = db.execute(
            "select p.id, p.url, p.final_url, p.content, p.content_encoding, p.content_type, s.province_code "
            "from pages p left join sources s on s.id = p.source_id where p.id = ?",
            [page_id],
        ).fetchone()
        if row is None:
            continue
        page = {"content": row[3], "content_encoding": row[4]}
        yield PageTask(row[0], row[2] or row[1], page_content(page), row[5], row[6])


def process(
    db: sqlite_utils.Database,
    *,
    reprocess: bool = False,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> ProcessReport:
    """Process every page that needs it; returns what happened."""
    version = extract.pipeline_version()
    page_ids = pending_pages(db, version, reprocess)
    report = ProcessReport()
    if not page_ids:
        return report
    workers = workers or min(2, os.cpu_count() or 1)
    batch_size = config.get_int("corpus", "process_commit_every")
    chunk = config.get_int("corpus", "process_chunk")
    tasks = _tasks(db, page_ids)
    if workers > 1 and len(page_ids) > chunk:
        # read_content imports them at its first page: imported once here, shared by the forked workers
        importlib.import_module("extract.html")
        importlib.import_module("extract.pdf")
        # loaded once here, shared by the forked workers instead of built in each of them
        extract.preload()
        # closed here, not by the garbage collector: a write error (a full disk) stops the workers
        # before the error reaches the user, not at interpreter exit with the pool's pipes gone
        with closing(extract_in_workers(tasks, workers, chunk)) as results:
            _write_results(db, results, version, batch_size, report, progress)
    else:
        _write_results(db, map(_extract_page, tasks), version, batch_size, report, progress)
    _after_processing(db)
    return report


WORKER_DIED = "the processing worker died on this page (killed, out of memory, or crashed in a library): not processed"


def extract_in_workers(tasks: Iterator[tuple], workers: int, chunk: int, extract_page=None) -> Iterator[tuple]:
    """``extract_page`` (``_extract_page``) of every task in forked workers, ``chunk`` pages a task.

    A worker can die without a Python exception: the kernel kills it for memory, or a C library
    crashes on a page. multiprocessing.Pool then waits for ever for the lost chunk; a
    ProcessPoolExecutor reports the broken pool instead. The chunks in flight are then redone one
    page at a time, each in a fresh worker of its own, so that only a page that kills its worker
    again is lost, and recorded as failed with WORKER_DIED; a new pool takes the rest. Few chunks
    are in flight at once, so pages are read from the corpus as the workers need them."""
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    extract_page = extract_page or _extract_page
    context = multiprocessing.get_context("fork")
    chunks = _chunks(tasks, chunk)
    in_flight: deque = deque()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_signals)

    def submit(part: list[tuple]) -> Future:
        try:
            return pool.submit(_extract_chunk, extract_page, part)
        except BrokenProcessPool as exc:
            # the pool broke since the last chunk was handed out (a worker died meanwhile): this
            # chunk is redone below like those in flight
            refused: Future = Future()
            refused.set_exception(exc)
            return refused

    pool = new_pool()
    try:
        while True:
            while len(in_flight) < 2 * workers and (part := next(chunks, None)):
                in_flight.append((submit(part), part))
            if not in_flight:
                return
            future, part = in_flight.popleft()
            try:
                yield from future.result()
                continue
            except BrokenProcessPool:
                pass
            lost = [(future, part), *in_flight]
            in_flight.clear()
            pool.shutdown(wait=True, cancel_futures=True)
            for done, pages in lost:
                if done.done() and not done.cancelled() and done.exception() is None:
                    yield from done.result()
                else:
                    for task in pages:
                        yield _extract_alone(extract_page, task, context)
            pool = new_pool()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(tasks: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    part: list[tuple] = []
    for task in tasks:
        part.append(task)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def _extract_chunk(extract_page, part: list[tuple]) -> list[tuple]:
    return [extract_page(task) for task in part]


def _extract_alone(extract_page, task: tuple, context) -> tuple:
    """One page in a worker of its own: a page that kills its worker is the only one lost."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(1, mp_context=context, initializer=_worker_signals) as single:
        try:
            return single.submit(extract_page, task).result()
        except BrokenProcessPool:
            page_id = task[0]  # a PageTask, or another extract_page's task that starts with the page id too
            return Extracted(page_id, None, WORKER_DIED)


def _worker_signals() -> None:
    # a crawl earlier in this process (`vnpolicy demo`) leaves Scrapy's shutdown handlers installed,
    # and forked workers inherit them: a worker would log the pool's SIGTERM and go on waiting for
    # tasks, and the pool would wait for it for ever
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _end_with_parent(os.getppid())


# how often a worker looks whether the process that started it is still there
PARENT_CHECK_SECONDS = 1.0


def _end_with_parent(parent: int) -> None:
    # a parent killed outright (SIGKILL, the OOM killer) never shuts its pool down: its workers were
    # left blocked for ever writing results nobody reads, holding the parent's pipes open, so
    # whoever waited on them (a shell, a test reading the output) hung too
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def _write_results(db, results, version, batch_size, report, progress) -> None:
    batch: list[Extracted] = []
    for result in results:
        batch.append(result)
        if len(batch) >= batch_size:
            _write_batch(db, batch, version, report)
            if progress:
                progress(len(batch))
            batch = []
    if batch:
        _write_batch(db, batch, version, report)
        if progress:
            progress(len(batch))


def _write_batch(db: sqlite_utils.Database, batch, version: str, report: ProcessReport) -> None:
    ids = [page_id for page_id, _, _ in batch]
    processed: list[tuple[str | None, int]] = []  # (error, page id) of each page written
    with write_transaction(db):
        # the pages of the batch and their sources' provinces in one query, not two per page
        rows = db.execute(
            "select p.id, p.url, p.final_url, p.source_id, s.province_code from pages p "
            f"left join sources s on s.id = p.source_id where p.id in ({', '.join('?' * len(ids))})",
            ids,
        ).fetchall()
        pages = {row[0]: row for row in rows}
        for page_id, doc, error in batch:
            if page_id not in pages:
                continue  # deleted while it was processed
            _, url, final_url, source_id, province_code = pages[page_id]
            page = {"id": page_id, "url": url, "final_url": final_url, "source_id": source_id}
            report.processed += 1
            processed.append((error, page_id))
            if error is not None:
                previous = db.execute("select id from documents where page_id = ?", [page_id]).fetchone()
                if previous:
                    delete_document(db, previous[0])
                report.failed.append((url, error))
                continue
            document_id = store_document(db, page, doc, province_code=province_code, version=version)
            if document_id is None:
                report.duplicates += 1
            else:
                report.documents += 1
        db.conn.executemany(
            "update pages set process_version = ?, process_error = ?, processed_at = ? where id = ?",
            [(version, error, now_iso(), page_id) for error, page_id in processed],
        )


# steps that derive corpus-wide tables from the facts once a run is written (legal_documents, stories…)
AFTER_PROCESSING: list[str] = [
    "corpus.provinces:refresh",
    "corpus.legal:refresh_legal_documents",
    "corpus.agencies:refresh_agencies",
    "corpus.stories:refresh",
    "corpus.facets:refresh",  # last: it reads what the others wrote
]


def _after_processing(db: sqlite_utils.Database) -> None:
    import importlib

    for spec in AFTER_PROCESSING:
        module_name, _, attribute = spec.partition(":")
        getattr(importlib.import_module(module_name), attribute)(db)
