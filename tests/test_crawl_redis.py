"""``vnpolicy crawl --redis``: two crawler processes share one scrapy-redis frontier on a real Redis
server on 127.0.0.1 and together fetch every sample article exactly once."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from urllib.parse import urlsplit

import pytest
import redis

from crawler.cluster import ANSWERED_KEY, cluster_answered
from crawler.samplesite import SampleSiteServer
from crawler.samplesite.generate import write_sample_registry
from tests.conftest import REPO
from tests.test_friction_crawl import crawl as crawl_url

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None,
                                reason="redis-server is not installed (.ci/run installs it with apt-get)")


def test_two_processes_share_one_frontier(tmp_path, redis_url):
    db = tmp_path / "shared.db"
    # articles answer slowly, so that both processes have work while the queue fills
    with SampleSiteServer(delay=0.3) as site:
        registry = write_sample_registry(site.url, tmp_path / "registry.json")
        processes = [
            subprocess.Popen([sys.executable, "-m", "vnpolicy", "crawl", "sample", "--registry", str(registry),
                              "--local-site", "--no-process", "--redis", redis_url, "--db", str(db),
                              "--report", str(tmp_path / f"report{i}.json")],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for i in range(2)
        ]
        for process in processes:
            _, err = process.communicate(timeout=180)
            assert process.returncode == 0, err.decode("utf-8", "replace")
        log = list(site.requests)
        articles = site.site.article_paths()
    fetched = Counter(r.path for r in log if r.path in articles and r.status == 200)
    assert fetched == Counter({path: 1 for path in articles})  # every article fetched once, by one of the two
    reports = [json.loads((tmp_path / f"report{i}.json").read_text(encoding="utf-8")) for i in range(2)]
    assert sum(r["stored"] for r in reports) == len(articles)
    with sqlite3.connect(db) as conn:
        assert sorted(urlsplit(u).path for (u,) in conn.execute("select url from pages")) == sorted(articles)
    loop = site.site.bad_pages["redirect_loop"][0]
    assert any(loop in {urlsplit(u).path for u in r["failed"].get("redirect loop", {}).get("urls", [])} for r in reports)
    assert 1 <= cluster_answered(redis_url) <= 2  # each process that was answered counted itself once



@pytest.mark.parametrize("others_answered", [False, True])
def test_a_process_that_drew_only_failures_fails_only_if_the_shared_crawl_did(others_answered, tmp_path, redis_url,
                                                                               failing_site):
    """A process of a shared frontier may draw only the broken links from the queue while another one
    fetches the articles: it fails (exit 1) only when no process of the crawl was ever answered."""
    if others_answered:  # what ClusterAnswers records in another process at its first answer
        redis.Redis.from_url(redis_url).incr(ANSWERED_KEY.format(spider="vnpolicy"))
    result = crawl_url(failing_site, tmp_path, "--no-process", "--redis", redis_url)
    assert "Traceback" not in result.stderr
    assert result.returncode == (0 if others_answered else 1), result.stderr
    assert ("nothing could be fetched" in result.stderr) == (not others_answered)
    assert "failed" in result.stdout  # its own failures are reported either way
