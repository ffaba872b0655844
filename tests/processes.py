"""Watching real subprocesses from tests: their children and memory read from /proc, and one loop that
waits for a process while measuring it, failing the test instead of hanging it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pytest

from tests.conftest import REPO


def children(pid: int) -> list[int]:
    """The direct children of ``pid`` (forked workers, for instance)."""
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except (OSError, ValueError):
        pass
    return found


def peak_rss(pid: int) -> int:
    """The process's peak resident memory so far, in bytes (VmHWM: its own address space, so not the
    forked copy of this test process that it started as, which wait4's ru_maxrss would count)."""
    return _status_bytes(pid, "VmHWM:")


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants (the worker processes), in bytes."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _status_bytes(current, "VmRSS:")
        stack += children(current)
    return total


def _status_bytes(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def wait_measuring(process: subprocess.Popen, measure: Callable[[int], int], timeout: float, what: str) -> int:
    """Wait for ``process`` to end, reading ``measure(pid)`` every 50 ms; the highest reading. A
    process still running after ``timeout`` seconds is killed and fails the test."""
    deadline, peak = time.monotonic() + timeout, 0
    while process.poll() is None:
        peak = max(peak, measure(process.pid))
        if time.monotonic() > deadline:
            kill_tree(process.pid)
            process.communicate()
            pytest.fail(f"{what} did not finish within {timeout} s")
        time.sleep(0.05)
    return peak


def kill_tree(pid: int) -> None:
    """Kill ``pid`` and all its descendants, the deepest first: killing the parent alone leaves its
    workers holding its output pipes, and reading that output would then wait for ever."""
    order, stack = [], [pid]
    while stack:
        current = stack.pop()
        order.append(current)
        stack += children(current)
    for current in reversed(order):
        try:
            os.kill(current, signal.SIGKILL)
        except ProcessLookupError:
            pass


def start_processing(db: Path, *, workers: int = 2, output=subprocess.DEVNULL) -> subprocess.Popen:
    """``vnpolicy process`` on ``db`` in a session of its own, so that a test can kill its whole tree."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-m", "vnpolicy", "process", "--workers", str(workers), "--db", str(db)],
                            cwd=REPO, env=env, stdout=output, stderr=output, start_new_session=True)
