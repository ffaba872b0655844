"""A crawl over a corpus that already holds thousands of the site's pages reads the links of every
stored article (the crawler's way to find a PDF whose article was stored by an earlier, stopped
crawl) without running out of stack: a real crawl in a subprocess against the loopback sample site."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crawler.samplesite import SampleSiteServer
from crawler.samplesite.generate import Resource, data_dir
from tests.conftest import REPO

COPIES = 500  # 5 articles each: 2,500 stored pages, five times the depth at which a recursion broke


def sitemap(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{path}</loc></url>\n" for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{urls}</urlset>\n").encode()


def sitemap_only_registry(base: str, path: Path) -> Path:
    """The sample source discovered through one sitemap only: no feed, no section, no robots.txt sitemap."""
    from crawler.registry import read_registry

    entry = json.loads((data_dir() / "source.json").read_text(encoding="utf-8"))
    entry.update(homepage=base + "/", robots_sitemaps=False,
                 discovery={"sitemaps": ["/archive-sitemap.xml"], "feeds": [], "sections": []})
    path.write_text(json.dumps({"defaults": read_registry()["defaults"], "sources": [entry]}), encoding="utf-8")
    return path


def store_articles(db_path: Path, site, paths: list[str]) -> None:
    """The articles as an earlier crawl stored them: raw bytes and headers, origin crawl."""
    from corpus import open_db
    from corpus.store import RawPage, store_pages
    from crawler.urls import normalize

    db = open_db(db_path)
    db["sources"].insert({"id": "sample"}, pk="id", alter=True, ignore=True)
    pages = []
    for path in paths:
        resource = site.site.resources[path]
        pages.append(RawPage(url=normalize(site.url + path), content=resource.body, source_id="sample",
                             content_type=resource.content_type, etag=resource.etag,
                             last_modified=resource.last_modified))
    store_pages(db, pages)
    db.conn.close()


def test_crawl_over_thousands_of_stored_articles_reads_all_their_links(tmp_path):
    db = tmp_path / "c.db"
    with SampleSiteServer(copies=COPIES) as site:
        articles = [a["path"] for a in site.site.articles]
        with_pdf = next(a for a in site.site.articles if a.get("attachment"))
        pdf = with_pdf["attachment"]["path"]
        # the article that links to the PDF comes first, so its links are read last of all
        ordered = [with_pdf["path"]] + [p for p in articles if p != with_pdf["path"]]
        site.site.resources["/archive-sitemap.xml"] = Resource(sitemap(site.url, ordered), "application/xml")
        store_articles(db, site, articles)
        registry = sitemap_only_registry(site.url, tmp_path / "registry.json")
        report = tmp_path / "report.json"
        result = subprocess.run(
            [sys.executable, "-m", "vnpolicy", "crawl", "sample", "--registry", str(registry), "--local-site",
             "--no-process", "--db", str(db), "--report", str(report), "--jobdir", str(tmp_path / "job")],
            cwd=REPO, capture_output=True, timeout=240)
        requested = site.requested_paths()
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr
    assert "RecursionError" not in stderr and "Traceback" not in stderr, stderr[-2000:]
    crawl = json.loads(report.read_text(encoding="utf-8"))
    assert len(articles) >= 2000
    assert crawl["skipped"]["already stored"]["count"] >= len(articles)
    assert not any(p in requested for p in articles)  # every article came from the corpus
    assert pdf in requested  # found only through the stored article's link, read last
    assert crawl["stored"] == 1 and crawl["finish_reason"] == "finished"
