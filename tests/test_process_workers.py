"""Processing workers that die without a Python exception (the kernel's out-of-memory kill, a crash in a
C library): the run neither hangs nor loses pages. Real forked workers are really killed."""
from __future__ import annotations

import os
import signal
import subprocess
import time

from corpus.process import WORKER_DIED, extract_in_workers
from tests.conftest import run_cli
from tests.processes import children, start_processing
from tests.test_faults import consistency, make_pages, query

POISON = 13  # the task id whose page kills any worker that reads it


def die_on_poison(task):
    # a page that kills its worker outright, as a segfault in lxml or the OOM killer would
    if task[0] == POISON:
        os.kill(os.getpid(), signal.SIGKILL)
    return task[0], {"read": task[1]}, None


def test_a_page_that_kills_its_worker_is_recorded_and_the_others_are_done():
    signal.alarm(180)  # a hang fails the test instead of the suite
    try:
        tasks = ((i, f"page {i}") for i in range(1, 41))
        results = {page_id: (doc, error) for page_id, doc, error in extract_in_workers(tasks, 2, 3, die_on_poison)}
    finally:
        signal.alarm(0)
    assert sorted(results) == list(range(1, 41))  # every page answered once
    assert results[POISON] == (None, WORKER_DIED)
    assert all(results[i] == ({"read": f"page {i}"}, None) for i in results if i != POISON)


def die_on_several(task):
    # three pages that kill their workers, one page a chunk: a pool often breaks while the next
    # chunk is being handed to it
    if task[0] in (3, 11, 19):
        os.kill(os.getpid(), signal.SIGKILL)
    return task[0], {"read": task[1]}, None


def test_a_pool_that_breaks_while_chunks_are_handed_out_loses_no_page():
    signal.alarm(180)
    try:
        for _ in range(5):  # the break races the hand-out: each run meets it about every other time
            tasks = ((i, f"page {i}") for i in range(1, 31))
            results = {page_id: error for page_id, _, error in extract_in_workers(tasks, 2, 1, die_on_several)}
            assert sorted(results) == list(range(1, 31))
            assert {i for i, error in results.items() if error} == {3, 11, 19}
    finally:
        signal.alarm(0)


def test_a_killed_worker_neither_hangs_the_run_nor_loses_its_pages(tmp_path):
    pages = make_pages(tmp_path / "pages", 12)
    db = tmp_path / "c.db"
    run_cli("ingest", str(pages), "--no-process", db=db, check=True)
    run = start_processing(db, output=subprocess.PIPE)
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline and run.poll() is None:
        workers = children(run.pid)
        if workers:
            time.sleep(0.5)  # let it take a chunk
            os.kill(workers[0], signal.SIGKILL)  # as the out-of-memory killer would
            killed = workers[0]
        time.sleep(0.05)
    assert killed, "no worker seen: processing ended too early to be interrupted"
    try:
        out, err = run.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        raise AssertionError("processing hung after a worker was killed")
    assert run.returncode == 0, err.decode()
    after = consistency(db)
    assert after["unprocessed"] == 0
    assert after["documents"] == after["distinct_pages"] == 60  # the killed worker's pages were redone
    assert query(db, "select count(*) from pages where process_error is not null")[0][0] == 0


def test_workers_end_when_their_parent_is_killed_outright(tmp_path):
    # the parent alone SIGKILLed (as the out-of-memory killer picks one process): no pool shutdown
    # runs, the workers must notice by themselves and go, not wait for ever holding its pipes
    pages = make_pages(tmp_path / "pages", 12)
    db = tmp_path / "c.db"
    run_cli("ingest", str(pages), "--no-process", db=db, check=True)
    run = start_processing(db, output=subprocess.PIPE)
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while not workers and time.monotonic() < deadline and run.poll() is None:
        workers = children(run.pid)
        time.sleep(0.05)
    assert workers, "no worker seen: processing ended too early to be interrupted"
    try:
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(os.path.exists(f"/proc/{pid}") and not _zombie(pid)
                                                    for pid in workers):
            time.sleep(0.1)
        left = [pid for pid in workers if os.path.exists(f"/proc/{pid}") and not _zombie(pid)]
        assert not left, f"workers {left} outlived their parent"
        out, _ = run.communicate(timeout=30)  # nobody holds the output pipes any more
    finally:
        try:
            os.killpg(run.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False
