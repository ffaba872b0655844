"""kill -9 during ``vnpolicy export``, then rerun: the target is the previous complete file or absent,
never a truncated one; the killed export's temporary folder does not survive the rerun; the rerun's
file holds every row exactly once. A real export process is killed while it writes."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO, run_cli

SYNTHETIC_MENTIONS = 150_000


def add_mentions(db: Path, count: int, start: int = 0) -> None:
    """``count`` mentions of one of the corpus's documents, written in one statement so that a large
    corpus is built in a second (the export reads them like any other)."""
    with sqlite3.connect(db) as conn:
        conn.execute(
            """
            with recursive n(i) as (select ? union all select i + 1 from n where i < ?)
            insert into mentions (document_id, start, [end], text, sentence, extractor_version, legal_id, type,
                                  number, year, issuer, relation)
            select (select min(id) from documents),
                   i % 500, i % 500 + 20, 'Nghị định ' || i || '/2024/NĐ-CP',
                   'Theo Nghị định số ' || i || '/2024/NĐ-CP của Chính phủ về phát triển hợp tác xã, '
                       || 'các bộ, ngành và địa phương phải báo cáo kết quả thực hiện trước tháng 12. ' || hex(randomblob(40)),
                   'synthetic', i || '/2024/NĐ-CP', 'decree', i, 2024, 'CP', 'cites'
            from n
            """,
            [start + 1, start + count],
        )


def partials(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}.*.partial"))


def kill_mid_export(db: Path, target: Path) -> None:
    """Start ``vnpolicy export mentions`` to ``target`` and SIGKILL it once its temporary file has
    data in it, i.e. half-way through writing."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen([sys.executable, "-m", "vnpolicy", "export", "mentions", "--format", "jsonl",
                                "-o", str(target), "--db", str(db)],
                               cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        written = [p for d in partials(target.parent, target.name) for p in d.iterdir() if p.stat().st_size > 0]
        if written:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the export finished before it could be killed: make the corpus larger"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    # really half-way: the temporary file holds some rows, not all of them
    leftovers = partials(target.parent, target.name)
    assert leftovers, "the killed export left no temporary folder: it was not writing yet"
    lines = sum(1 for d in leftovers for f in d.iterdir() for _ in f.open("rb"))
    assert 0 < lines


def ids_in(path: Path) -> list[int]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_during_export_then_rerun(copy_corpus, tmp_path):
    db = copy_corpus
    add_mentions(db, SYNTHETIC_MENTIONS)
    with sqlite3.connect(db) as conn:
        expected = sorted(i for (i,) in conn.execute("select id from mentions"))
    assert len(expected) >= SYNTHETIC_MENTIONS
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "mentions.jsonl"

    # killed before any complete export: nothing at the target
    kill_mid_export(db, target)
    assert not target.exists()

    # a complete export, then a killed one over it: the previous complete file is left as it was
    run_cli("export", "mentions", "--format", "jsonl", "-o", str(target), db=db, check=True)
    assert ids_in(target) == expected
    assert not partials(out, target.name)  # the first killed export's leftovers are gone
    before = digest(target)
    add_mentions(db, 1000, start=SYNTHETIC_MENTIONS)
    kill_mid_export(db, target)
    assert digest(target) == before

    # the rerun: every row exactly once, and no temporary folder left
    run_cli("export", "mentions", "--format", "jsonl", "-o", str(target), db=db, check=True)
    ids = ids_in(target)
    assert len(ids) == len(set(ids)) == len(expected) + 1000
    with sqlite3.connect(db) as conn:
        assert ids == [i for (i,) in conn.execute("select id from mentions order by id")]
    assert not partials(out, target.name)
    assert sorted(p.name for p in out.iterdir()) == ["mentions.jsonl"]
