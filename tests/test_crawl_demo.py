"""``vnpolicy demo`` serves the sample site on 127.0.0.1, crawls and processes it, offline; the
example queries it prints find the Vietnamese and English seeds."""
from __future__ import annotations

import json

from tests.conftest import run_cli


def test_demo_crawls_the_sample_site_and_the_examples_work(tmp_path):
    db = tmp_path / "vnpolicy-demo.db"
    result = run_cli("demo", db=db, check=True)
    assert "Serving the sample site on http://127.0.0.1:" in result.stdout
    assert "stored 6 pages" in result.stdout and "disallowed by robots.txt" in result.stdout
    assert "Documents by language: " in result.stdout
    vietnamese = json.loads(run_cli("search", "hop tac xa", "--json", db=db, check=True).stdout)
    assert {hit["language"] for hit in vietnamese} >= {"vi"}
    english = json.loads(run_cli("search", "cooperatives", "--lang", "en", "--json", db=db, check=True).stdout)
    assert len(english) == 2 and {hit["language"] for hit in english} == {"en"}
    again = run_cli("demo", db=db, check=True)
    if again.stdout.split("\n")[0] == result.stdout.split("\n")[0]:  # same port again: a rerun adds nothing
        assert "stored 0 pages" in again.stdout
