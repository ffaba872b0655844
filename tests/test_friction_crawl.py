"""Issue 16: an offline or failed crawl says so. No traceback, one line per error, exit 1 when
nothing could be fetched, the report as the last lines of the output. Real crawls (subprocesses) of
a port where nothing listens and of a real local server that answers every request with an error."""
from __future__ import annotations

import socket

import pytest

from conftest import run_cli

CONTACT = "friction-test@example.org"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def crawl(url: str, tmp_path, *extra: str):
    return run_cli("crawl", "--start-url", url, "--local-site", "--contact", CONTACT, "--set", "RETRY_TIMES=0",
                   *extra, db=tmp_path / "c.db", timeout=120)


@pytest.mark.parametrize("site", ["nothing listening", "every answer an error"])
def test_a_crawl_that_fetches_nothing_fails_without_traceback(site, tmp_path, request):
    url = f"http://127.0.0.1:{closed_port()}/" if site == "nothing listening" else request.getfixturevalue("failing_site")
    result = crawl(url, tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    errors = result.stderr.strip().splitlines()
    assert errors and all(line.startswith(("ERROR ", "Error: ")) for line in errors)  # one line each
    assert "Error: nothing could be fetched" in result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("fetched ") and "stored 0 pages" in lines[0]  # the report is the output
    assert "failed" in result.stdout
    assert lines[-1].startswith("processed 0 pages")


def test_json_report_of_a_failed_crawl_is_still_printed(tmp_path):
    import json

    result = crawl(f"http://127.0.0.1:{closed_port()}/", tmp_path, "--json", "--no-process")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = json.loads(result.stdout)["crawl"]
    assert report["stored"] == 0 and report["failed"]
