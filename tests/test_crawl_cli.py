"""``vnpolicy crawl`` refuses bad input with one line and a non-zero exit, before any request."""
from __future__ import annotations

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("args, message", [
    ((), "name SOURCE_IDs"),                                                   # nothing to crawl
    (("no-such-source",), "no source 'no-such-source'"),                      # unknown registry id
    (("--start-url", "ftp://127.0.0.1/"), "http(s)"),                          # non-HTTP start URL
    (("--start-url", "https://baochinhphu.vn/", "--local-site"), "--local-site is only for sites on this machine"),  # no unthrottled crawl of others
    (("baochinhphu", "--since", "last week"), "is not a date"),                # --since needs a date
    (("baochinhphu", "--redis", "http://127.0.0.1:1/"), "redis://"),           # --redis needs a redis URL
    (("baochinhphu", "--redis", "redis://127.0.0.1:1/0"), "cannot reach Redis"),  # unreachable Redis
    (("baochinhphu", "--set", "lowercase=1"), "SETTING=VALUE"),                # malformed setting override
])
def test_bad_crawl_input_is_one_line(tmp_path, args, message):
    result = run_cli("crawl", *args, db=tmp_path / "c.db")
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_crawl_refuses_a_file_that_is_not_a_corpus(tmp_path):
    not_a_corpus = tmp_path / "notes.db"
    not_a_corpus.write_text("my notes", encoding="utf-8")
    result = run_cli("crawl", "baochinhphu", db=not_a_corpus)
    assert result.returncode != 0 and "not a SQLite database" in result.stderr
    assert not_a_corpus.read_text(encoding="utf-8") == "my notes"


@pytest.mark.parametrize("command", [("crawl",), ("demo",), ("export", "pages")])
def test_commands_have_help_with_an_example(command):
    result = run_cli(*command, "--help", check=True)
    assert "Example" in result.stdout
