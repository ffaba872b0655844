"""Plain ``datasette corpus.db`` (no ``vnpolicy serve``): Datasette loads the corpus's plugin through the
entry point pyproject.toml declares, and the search box of the documents table finds Vietnamese with
or without diacritics, ``đ`` included, as ``vnpolicy search`` does. A real Datasette process on a free
port of 127.0.0.1 and real HTTP requests."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from conftest import REPO
from test_serve import free_port, stop, wait_until_answering

# (query, what it tests)
QUERIES = [
    "dia phuong",    # no diacritics, đ typed as d
    "địa phương",    # as written: SQLite's remove_diacritics leaves đ alone, so Datasette's own search finds nothing
    "Đầu tư",        # upper-case Đ
    "dau tu",        # no diacritics
]


def declared_entry_point() -> str:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11 on
    with (REPO / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["entry-points"]["datasette"]["vnpolicy"]


def test_the_installed_package_declares_the_plugin_pyproject_declares():
    installed = {ep.name: ep.value for ep in entry_points(group="datasette")}
    assert installed.get("vnpolicy") == declared_entry_point(), (
        "the installed vnpolicy does not declare the Datasette plugin of pyproject.toml: reinstall it (pip install -e .)")


@pytest.fixture(scope="module")
def plain_datasette(seed_corpus, tmp_path_factory):
    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent)) or shutil.which("datasette")
    assert datasette, "datasette is a dependency of vnpolicy and installs its command"
    path = tmp_path_factory.mktemp("plain") / "corpus.db"
    source, dest = sqlite3.connect(seed_corpus), sqlite3.connect(path)
    source.backup(dest)
    source.close()
    dest.close()
    port = free_port()
    log = open(path.with_name("datasette.log"), "wb")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen([datasette, "serve", str(path), "--host", "127.0.0.1", "--port", str(port)],
                               cwd=path.parent, env=env, stdout=log, stderr=subprocess.STDOUT)
    process.log_path = Path(log.name)
    log.close()
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(process, base + "/-/versions.json")
        yield base, path
    finally:
        stop(process)


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def test_plain_datasette_loads_the_plugin(plain_datasette):
    base, _ = plain_datasette
    assert "vnpolicy" in {plugin["name"] for plugin in get_json(base + "/-/plugins.json")}


@pytest.mark.parametrize("query", QUERIES)
def test_plain_datasette_searches_documents_without_diacritics_as_the_cli(plain_datasette, query):
    from corpus import open_db
    from corpus.search import search

    base, path = plain_datasette
    args = urllib.parse.urlencode({"_search": query, "_shape": "array", "_col": "id", "_size": "max"})
    served = {row["id"] for row in get_json(f"{base}/corpus/documents.json?{args}")}
    db = open_db(path, readonly=True)
    try:
        expected = {hit.id for hit in search(db, query, limit=1000)}
        # what Datasette's own escaping finds: the words as typed, so địa never (the index holds dia)
        unfolded = {row[0] for row in db.execute(
            "select rowid from documents_fts where documents_fts match ?",
            [" ".join(f'"{word}"' for word in query.split())])}
    finally:
        db.conn.close()
    assert expected, "the seeds hold these words"
    assert served == expected
    if "đ" in query.lower():
        assert unfolded == set()  # the plugin is what makes the difference


def test_vnpolicy_serve_answers_a_readers_invalid_sql_without_a_traceback(seed_corpus, tmp_path):
    """Datasette prints every error it answers, with its locals, through rich; ``vnpolicy serve``
    answers the reader's mistakes (400) as Datasette does, and its terminal stays quiet."""
    from test_serve import start_server

    path = tmp_path / "served.db"
    source, dest = sqlite3.connect(seed_corpus), sqlite3.connect(path)
    source.backup(dest)
    source.close()
    dest.close()
    process, port = start_server(path)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(process, base + "/-/versions.json")
        for sql in ("delete from documents", "select nope from"):
            url = f"{base}/served.json?" + urllib.parse.urlencode({"sql": sql})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url, timeout=30)
            assert refused.value.code == 400 and json.load(refused.value)["ok"] is False
    finally:
        stop(process)
    log = process.log_path.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log and "DatasetteError" not in log, log[:2000]
