"""The crawler against the bundled sample site, served by a real HTTP server on 127.0.0.1 and crawled
by the real ``vnpolicy crawl`` in a subprocess: articles stored once, robots.txt obeyed, bad pages
reported and never stored, incremental reruns, --since, --start-url, --max-pages, chrome-free text."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.samplesite import SampleSiteServer, chrome_lines
from crawler.samplesite.generate import chrome_spec, write_sample_registry
from tests.conftest import run_cli

CONTACT = "crawl-tests@example.org"


def crawl(server: SampleSiteServer, db: Path, tmp: Path, *args: str, name: str = "report") -> dict:
    """Run ``vnpolicy crawl sample`` (raw pages only) against ``server``; the crawl report."""
    registry = write_sample_registry(server.url, tmp / "registry.json")
    report_file = tmp / f"{name}.json"
    target = [] if any(a == "--start-url" for a in args) else ["sample", "--registry", str(registry)]
    run_cli("crawl", *target, "--local-site", "--no-process", "--contact", CONTACT, "--report", str(report_file),
            *args, db=db, check=True)
    return json.loads(report_file.read_text(encoding="utf-8"))


def stored_paths(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [urlsplit(u).path for (u,) in conn.execute("select url from pages order by url")]


def paths(report: dict, section: str, reason: str) -> set[str]:
    return {urlsplit(u).path for u in report[section].get(reason, {}).get("urls", [])}


@pytest.fixture(scope="module")
def server():
    with SampleSiteServer() as site:
        yield site


@pytest.fixture(scope="module")
def first(server, tmp_path_factory):
    """One full crawl of the sample site, then processing (in this process, with the real pipeline)."""
    from corpus import open_db
    from corpus.process import process

    tmp = tmp_path_factory.mktemp("crawl")
    db_path = tmp / "corpus.db"
    server.reset_log()
    report = crawl(server, db_path, tmp)
    log = list(server.requests)
    db = open_db(db_path)
    processed = process(db, workers=1)
    documents = [dict(zip(("url", "canonical_url", "language", "title", "text"), row))
                 for row in db.execute("select url, canonical_url, language, title, text from documents")]
    db.conn.close()
    return {"db": db_path, "tmp": tmp, "report": report, "log": log, "processed": processed, "documents": documents}


def test_every_article_is_stored_exactly_once(server, first):
    expected = sorted(server.site.article_paths())
    assert len(expected) == 6  # five articles in four languages and the PDF notice
    assert stored_paths(first["db"]) == sorted(expected)
    assert first["report"]["stored"] == 6
    documents = Counter(urlsplit(d["canonical_url"]).path for d in first["documents"])
    assert sorted(documents) == sorted(expected) and set(documents.values()) == {1}


def test_each_article_is_fetched_once_except_the_retried_one(server, first):
    fetched = Counter(r.path for r in first["log"] if r.path in server.site.article_paths())
    flaky = [a["path"] for a in server.site.articles if a.get("flaky")]
    assert {p: n for p, n in fetched.items() if n != 1} == {flaky[0]: 2}  # 500, then 200 on retry
    assert first["report"]["retries"] >= 1


def test_the_disallowed_path_is_never_requested(server, first):
    assert not [r for r in first["log"] if r.path.startswith("/private/")]
    assert paths(first["report"], "skipped", "disallowed by robots.txt") == {server.site.bad_pages["disallowed"]}


def test_the_crawler_says_who_it_is(first):
    agents = {r.user_agent for r in first["log"]}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("vnpolicy/") and CONTACT in agent and "Mozilla" not in agent


@pytest.mark.parametrize("bad, section, reason", [
    ("not_found", "failed", "HTTP 404"),                                              # 404
    ("huge", "failed", "larger than the page-size limit (DOWNLOAD_MAXSIZE)"),         # 20 MB page
    ("image", "skipped", "not HTML or PDF (image/png)"),                              # an image at an article URL
])
def test_bad_pages_are_in_the_report(server, first, bad, section, reason):
    assert server.site.bad_pages[bad] in paths(first["report"], section, reason)


def test_redirects_loop_and_chain(server, first):
    bad = server.site.bad_pages
    report = first["report"]
    assert bad["redirect_loop"][0] in paths(report, "failed", "redirect loop")
    # the chain ends at an article crawled anyway: followed, reported, stored once under its own URL
    assert bad["redirect_chain"][0] in paths(report, "skipped", "redirects to a page already crawled") | set()
    assert bad["redirect_chain"][0] not in stored_paths(first["db"])


def test_canonical_duplicate_is_skipped(server, first):
    print_copy = next(a["print_path"] for a in server.site.articles if a.get("print_path"))
    assert print_copy in paths(first["report"], "skipped", "duplicate of its canonical URL")
    assert print_copy not in stored_paths(first["db"])


def test_wrong_charset_is_reported_and_decoded_right(server, first):
    page = next(a for a in server.site.articles if a.get("encoding"))
    assert page["path"] in paths(first["report"], "warnings",
                                 "declared charset utf-8 is wrong (bytes are not utf-8; detected when processed)")
    text = next(d["text"] for d in first["documents"] if urlsplit(d["url"]).path == page["path"])
    assert "coopératives" in text and "Ã" not in text and "\ufffd" not in text


def test_links_that_leave_the_site_are_never_followed(first):
    report = first["report"]
    assert "mailto:toasoan@example.org" in report["skipped"]["not an http(s) link"]["urls"]
    assert "ftp://127.0.0.1/archive/" in report["skipped"]["not an http(s) link"]["urls"]
    assert "https://www.example.com/elsewhere-20251201.html" in report["skipped"]["off-site link"]["urls"]


def test_bad_pages_never_become_documents(server, first):
    bad = server.site.bad_pages
    bad_paths = {bad["not_found"], bad["image"], bad["huge"], bad["disallowed"], *bad["redirect_loop"],
                 *bad["redirect_chain"]}
    document_paths = {urlsplit(d["url"]).path for d in first["documents"]}
    assert not bad_paths & document_paths
    assert not bad_paths & set(stored_paths(first["db"]))


def test_pdf_notice_is_a_vietnamese_document(server, first):
    pdf = next(a["attachment"]["path"] for a in server.site.articles if a.get("attachment"))
    doc = next(d for d in first["documents"] if urlsplit(d["url"]).path == pdf)
    assert doc["language"] == "vi"
    assert "Diễn đàn Kinh tế hợp tác, hợp tác xã năm 2024" in doc["text"]


def test_documents_cover_four_languages(first):
    assert Counter(d["language"] for d in first["documents"]) == {"en": 2, "vi": 2, "fr": 1, "sv": 1}


def test_document_text_carries_no_chrome(first):
    menus = {item for chrome in chrome_spec()["languages"].values() for item in chrome["menu"]}
    for doc in first["documents"]:
        text = doc["text"]
        assert not [line for line in chrome_lines() if line in text], doc["url"]
        assert not [line for line in text.split("\n") if line.strip() in menus], doc["url"]
        for other in first["documents"]:  # related-article lists name other articles
            if other is not doc and other["title"]:
                assert other["title"] not in text


def test_second_crawl_fetches_nothing_new(server, first):
    server.reset_log()
    report = crawl(server, first["db"], first["tmp"], name="second")
    log = list(server.requests)
    assert report["stored"] == 0
    assert not [r for r in log if r.path in server.site.article_paths()]
    navigation = [r for r in log if r.path != "/robots.txt"]
    assert navigation and all(r.status == 304 and r.conditional for r in navigation)
    assert len(stored_paths(first["db"])) == 6


def test_since_stops_at_older_articles(tmp_path):
    with SampleSiteServer() as site:
        report = crawl(site, tmp_path / "since.db", tmp_path, "--since", "2025-12-01")
        requested = site.requested_paths()
    recent = sorted(a["path"] for a in site.site.articles if a["date"] >= "2025-12-01")
    assert stored_paths(tmp_path / "since.db") == recent
    older = [a["path"] for a in site.site.articles if a["date"] < "2025-12-01"]
    assert not set(older) & set(requested)            # older articles are never fetched
    assert "/topic/cooperatives?page=3" not in requested  # the listing stops at the first older article
    assert report["skipped"]["next listing page not followed: older than --since"]["count"] >= 1


def test_start_url_crawls_one_unregistered_site(tmp_path):
    with SampleSiteServer() as site:
        report = crawl(site, tmp_path / "start.db", tmp_path, "--start-url", site.url + "/")
        requested = site.requested_paths()
    assert stored_paths(tmp_path / "start.db") == sorted(site.site.article_paths())
    assert not [p for p in requested if p.startswith("/private/")]
    assert "https://www.example.com/elsewhere-20251201.html" in report["skipped"]["off-site link"]["urls"]
    with sqlite3.connect(tmp_path / "start.db") as conn:
        (source_id,) = conn.execute("select distinct source_id from pages").fetchone()
        assert conn.execute("select kind from sources where id = ?", [source_id]).fetchone() == ("other",)


def test_max_pages_stops_the_crawl(tmp_path):
    with SampleSiteServer() as site:
        report = crawl(site, tmp_path / "max.db", tmp_path, "--max-pages", "2")
    assert len(stored_paths(tmp_path / "max.db")) == 2
    assert report["finish_reason"] == "closespider_itemcount"
