"""Processing workers that die without a Python exception (the kernel's out-of-memory kill, a crash in a
C library): the run neither hangs nor loses pages. Real forked workers are really killed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from corpus.process import WORKER_DIED, extract_in_workers
from tests.conftest import REPO, run_cli
from tests.test_faults import consistency, make_pages, query

POISON = 13  # the task id whose page kills any worker that reads it


def die_on_poison(task):
    # a page that kills its worker outright, as a segfault in lxml or the OOM killer would
    if task[0] == POISON:
        os.kill(os.getpid(), signal.SIGKILL)
    return task[0], {"read": task[1]}, None


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


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


def test_a_killed_worker_neither_hangs_the_run_nor_loses_its_pages(tmp_path):
    pages = make_pages(tmp_path / "pages", 12)
    db = tmp_path / "c.db"
    run_cli("ingest", str(pages), "--no-process", db=db, check=True)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    run = subprocess.Popen([sys.executable, "-m", "vnpolicy", "process", "--workers", "2", "--db", str(db)],
                           cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
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
