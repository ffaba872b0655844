"""The crawler against a hostile site (crawler.samplesite.hostile) on a real HTTP server on 127.0.0.1,
crawled by the real ``vnpolicy crawl`` in a subprocess: entity expansion and external entities in
feeds and sitemaps, compression bombs, endless redirects, endless pagination traps and links with
schemes that are not HTTP. Each is refused or stopped with a reason in the crawl report, memory
stays bounded, and the honest articles are stored once."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.samplesite.hostile import (BOMB_ARTICLE, BOMB_BYTES, ENCODED_BOMB_ARTICLES, ENCODED_BOMB_SITEMAP,
                                        ENDLESS_REDIRECT, NON_HTTP_LINKS, PASSWD_MARK, UNDECODABLE_ARTICLE,
                                        HostileServer, article_paths)
from tests.conftest import REPO, run_cli
from tests.processes import peak_rss, wait_measuring

# the crawl process's peak resident memory; a bomb inflated in memory would need BOMB_BYTES (1 GiB)
MAX_RSS_BYTES = 450 * 1024 * 1024


def run_measured(command: list[str], stderr_path: Path, timeout: float = 180) -> tuple[int, int]:
    """Run ``command`` to its end; (exit code, peak resident memory in bytes), the peak read while it
    runs (the high-water mark only grows, so the last reading holds every earlier peak)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    peak = wait_measuring(process, peak_rss, timeout, " ".join(command[2:5]))
    assert peak, "could not read the crawl's memory from /proc"
    return process.returncode, peak


def crawl(server: HostileServer, tmp: Path, **overrides) -> dict:
    """``vnpolicy crawl hostile`` in a subprocess: its report, peak memory and the corpus."""
    registry = server.site.write_registry(tmp / "registry.json", **overrides)
    report_file, db = tmp / "report.json", tmp / "corpus.db"
    command = [sys.executable, "-m", "vnpolicy", "crawl", "hostile", "--registry", str(registry), "--local-site",
               "--no-process", "--contact", "hostile-tests@example.org", "--report", str(report_file), "--db", str(db)]
    code, peak = run_measured(command, tmp / "stderr.txt")
    assert code == 0, (tmp / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    return {"report": json.loads(report_file.read_text(encoding="utf-8")), "db": db, "peak_rss": peak,
            "requests": server.paths()}


def stored_paths(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(urlsplit(u).path for (u,) in conn.execute("select url from pages"))


def reasons_for(report: dict, section: str, path: str) -> list[str]:
    """The reasons under which the report lists ``path``."""
    return [reason for reason, entry in report[section].items()
            if any(urlsplit(u).path == path for u in entry["urls"])]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """One crawl of the hostile site with the registry's default limits, then processing."""
    tmp = tmp_path_factory.mktemp("hostile")
    with HostileServer() as server:
        result = crawl(server, tmp)
    run_cli("process", db=result["db"], check=True)
    result["site"] = server.site
    return result


def test_the_honest_articles_are_stored_once(hostile):
    assert stored_paths(hostile["db"]) == sorted(article_paths())
    with sqlite3.connect(hostile["db"]) as conn:
        assert conn.execute("select count(*), count(distinct page_id) from documents").fetchone() == (4, 4)
    assert hostile["report"]["finish_reason"] == "finished"


@pytest.mark.parametrize("kind", ["feeds", "sitemaps"])
def test_xml_declaring_entities_is_refused_with_its_reason(hostile, kind):
    site = hostile["site"]
    refused = site.refused_feeds() if kind == "feeds" else site.refused_sitemaps()
    what = kind[:-1]
    for path in refused:
        reasons = reasons_for(hostile["report"], "failed", path)
        assert len(reasons) == 1 and reasons[0].startswith(f"{what} declares XML"), (path, reasons)
    # the honest feed and sitemap are read
    assert not reasons_for(hostile["report"], "failed", f"/{'feed.rss' if kind == 'feeds' else 'sitemap.xml'}")


def test_external_entities_are_never_fetched_nor_expanded(hostile):
    requested = hostile["requests"]
    assert not [p for p in requested if p.startswith("/xxe/")]  # the http entity and the parameter DTD
    # no link cut short at an unexpanded entity (/news/&x;.html read as /news/) was followed
    assert not [p for p in requested if urlsplit(p).path in ("/news/", "/news/-20250101.html")]
    with sqlite3.connect(hostile["db"]) as conn:
        texts = [t for (t,) in conn.execute("select text from documents")]
        pages = [bytes(c) for (c,) in conn.execute("select content from pages")]
    assert texts and not [t for t in texts if PASSWD_MARK in t or "lollol" in t]
    assert not [c for c in pages if PASSWD_MARK.encode() in c]


def test_compression_bombs_are_refused_in_bounded_memory(hostile):
    report = hostile["report"]
    assert reasons_for(report, "failed", BOMB_ARTICLE) == [
        "larger than the page-size limit once decompressed (DOWNLOAD_MAXSIZE)"]
    assert reasons_for(report, "failed", "/sitemap-bomb.xml.gz") == [
        "sitemap larger than the page-size limit once decompressed (DOWNLOAD_MAXSIZE)"]
    assert "/news/from-the-bomb-20250101.html" not in hostile["requests"]
    assert hostile["peak_rss"] < MAX_RSS_BYTES < BOMB_BYTES


@pytest.mark.parametrize("encoding", sorted(ENCODED_BOMB_ARTICLES))
def test_bombs_in_every_encoding_scrapy_decodes_are_refused_by_decompressed_size(hostile, encoding):
    """br, zstd and deflate bombs (1 GiB inflated) end like the gzip one: refused at the page-size
    limit while inflating, never stored, the crawl going on (the honest articles are all stored)."""
    path = ENCODED_BOMB_ARTICLES[encoding]
    assert path in hostile["requests"]  # really served and refused, not skipped
    assert reasons_for(hostile["report"], "failed", path) == [
        "larger than the page-size limit once decompressed (DOWNLOAD_MAXSIZE)"]
    assert path not in stored_paths(hostile["db"])
    assert hostile["peak_rss"] < MAX_RSS_BYTES < BOMB_BYTES


def test_a_sitemap_bomb_sent_with_content_encoding_br_is_refused(hostile):
    assert reasons_for(hostile["report"], "failed", ENCODED_BOMB_SITEMAP) == [
        "larger than the page-size limit once decompressed (DOWNLOAD_MAXSIZE)"]
    assert "/news/from-the-br-bomb-20250101.html" not in hostile["requests"]


def test_a_page_in_an_encoding_no_decoder_reads_is_refused_not_stored(hostile):
    """Scrapy leaves an encoding it cannot decode in place: those compressed bytes are no page."""
    assert reasons_for(hostile["report"], "failed", UNDECODABLE_ARTICLE) == [
        "compressed with an encoding the crawler cannot decode (xz): not stored"]
    assert UNDECODABLE_ARTICLE not in stored_paths(hostile["db"])


def test_an_endless_redirect_chain_stops_at_the_limit(hostile):
    from crawler import settings

    assert reasons_for(hostile["report"], "failed", ENDLESS_REDIRECT) == ["too many redirects"]
    hops = [p for p in hostile["requests"] if p.startswith("/r/")]
    assert 0 < len(hops) <= settings.REDIRECT_MAX_TIMES


def test_links_with_other_schemes_are_never_followed(hostile):
    skipped = hostile["report"]["skipped"]["not an http(s) link"]["urls"]
    assert set(NON_HTTP_LINKS) <= set(skipped)
    with sqlite3.connect(hostile["db"]) as conn:
        urls = [u for (u,) in conn.execute("select url from pages union all select final_url from pages")]
    assert all(u is None or u.startswith("http://127.0.0.1:") for u in urls)


def test_pagination_traps_end_at_the_depth_limit(hostile):
    requested = hostile["requests"]
    max_depth = 3  # the registry's default
    for trap in ("/list", "/calendar/", "/deep/", "/sitemap-index-"):
        assert 1 <= sum(1 for p in requested if p.startswith(trap)) <= max_depth + 1, trap
    deeper = {urlsplit(u).path for u in hostile["report"]["skipped"]["deeper than max_depth"]["urls"]}
    assert {"/list", "/deep/a/a/a/a/"} <= deeper and any(p.startswith("/calendar/") for p in deeper)


def test_a_new_session_id_in_every_link_is_one_page(hostile):
    # ?sid= is a session parameter: normalised away, so the self-link is the page already crawled
    assert sum(1 for p in hostile["requests"] if p.startswith("/browse")) == 1


def test_traps_end_at_the_listing_and_navigation_caps_when_depth_is_unbounded(tmp_path):
    """A source that allows deep crawls (max_depth 1000) still ends: the /list trap at
    max_listing_pages, the calendar and the growing path at the source's navigation budget."""
    listing_cap, nav_cap = 6, 30
    with HostileServer() as server:
        result = crawl(server, tmp_path, max_depth=1000, max_listing_pages=listing_cap, max_nav_pages=nav_cap)
    requested, report = result["requests"], result["report"]
    assert report["finish_reason"] == "finished"
    assert sum(1 for p in requested if p.startswith("/list")) == listing_cap
    assert "/list?page=7" in {urlsplit(u).path + "?" + urlsplit(u).query for u in
                              report["skipped"]["listing pages of one section beyond max_listing_pages"]["urls"]}
    assert report["skipped"]["navigation pages of the source beyond max_nav_pages (crawl trap?)"]["count"] >= 1
    entry_points = len(server.site.source_entry()["discovery"]["sections"])
    navigation = [p for p in requested if p.startswith(("/list", "/calendar/", "/deep/", "/browse"))]
    assert len(navigation) <= nav_cap + entry_points
    assert stored_paths(result["db"]) == sorted(article_paths())
