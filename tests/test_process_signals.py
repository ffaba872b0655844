"""Processing after a crawl in the same process (`vnpolicy demo`): Scrapy leaves its own SIGTERM
handler installed, which forked workers inherit; the pool must still end, every time."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent("""
    import signal, sys
    from corpus import open_db
    from corpus.process import process
    from corpus.store import RawPage, store_pages

    signal.signal(signal.SIGTERM, lambda *_: None)  # what Scrapy's shutdown handler amounts to here
    for run in range(3):
        db = open_db(f"{sys.argv[1]}/run{run}.db")
        text = "Bộ Tài chính chủ trì, phối hợp với các bộ sửa đổi Nghị định số 98/2018/NĐ-CP trước tháng 12 năm 2025. "
        store_pages(db, [RawPage(url=f"http://127.0.0.1/{i}", content=(f"Tin số {i}. " + text * 3).encode("utf-8"),
                                 content_type="text/plain") for i in range(24)])
        report = process(db, workers=2)
        assert report.processed == 24 and not report.failed, report
    print("done")
""")


def test_processing_pool_ends_when_a_crawl_left_a_sigterm_handler(tmp_path):
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=REPO, capture_output=True,
                            text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("done")


def test_a_worker_dies_on_sigterm_whatever_handler_it_inherited():
    script = ("import os, signal\nfrom corpus.process import _worker_signals\n"
              "signal.signal(signal.SIGTERM, lambda *_: None)\n_worker_signals()\n"
              "os.kill(os.getpid(), signal.SIGTERM)\nprint('survived')")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == -15 and "survived" not in result.stdout
