"""Running a crawl in this process with Scrapy's CrawlerProcess.

Twisted's reactor runs once per process: ``run_crawl`` is called once by a command (``vnpolicy
crawl``, ``vnpolicy demo``); tests and benchmarks run crawls in subprocesses.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Any, Iterable

from scrapy.settings import Settings

from crawler.context import CrawlContext
from crawler.registry import Source, load_sources_table
from crawler.report import CrawlReport


def open_corpus_waiting(db_path: str, seconds: float = 30.0):
    """``corpus.open_db``, waiting while another crawler process creates or migrates the same file
    (SQLite answers "database is locked" to a schema change racing another one)."""
    import time

    from corpus import CorpusError, open_db

    deadline = time.monotonic() + seconds
    while True:
        try:
            return open_db(db_path)
        except CorpusError as exc:
            racing = "locked" in str(exc) or "already exists" in str(exc)  # another process migrated first
            if not racing or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def crawl_settings(
    *,
    contact: str | None = None,
    jobdir: str | None = None,
    redis_url: str | None = None,
    local_site: bool = False,
    max_pages: int | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """The crawler's settings module with this run's choices laid over it."""
    from corpus.version import __version__

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    contact = contact or os.environ.get("VNPOLICY_CRAWL_CONTACT") or settings.get("VNPOLICY_CONTACT")
    settings.set("VNPOLICY_CONTACT", contact, priority="cmdline")
    settings.set("USER_AGENT", settings.get("VNPOLICY_USER_AGENT").format(version=__version__, contact=contact),
                 priority="cmdline")
    if local_site:
        settings.setdict(settings.getdict("VNPOLICY_LOCAL_SITE_SETTINGS"), priority="cmdline")
    if jobdir:
        settings.set("JOBDIR", jobdir, priority="cmdline")
    if redis_url:
        settings.setdict(settings.getdict("VNPOLICY_REDIS_SETTINGS"), priority="cmdline")
        settings.set("REDIS_URL", redis_url, priority="cmdline")
    if max_pages:
        settings.set("CLOSESPIDER_ITEMCOUNT", max_pages, priority="cmdline")
    if overrides:
        settings.setdict(overrides, priority="cmdline")
    return settings


def prepare_context(db_path: str, sources: list[Source], *, since: date | None = None, refresh: bool = False,
                    max_pages: int | None = None) -> CrawlContext:
    """The run's context, with the corpus's stored pages; the sources go into the sources table."""
    context = CrawlContext(db_path=db_path, sources=sources, since=since, refresh=refresh, max_pages=max_pages)
    db = open_corpus_waiting(db_path)
    try:
        load_sources_table(db, sources)
        context.load_state(db)
    finally:
        db.conn.close()
    return context


def run_crawl(
    db_path: str,
    sources: Iterable[Source],
    *,
    since: date | None = None,
    refresh: bool = False,
    max_pages: int | None = None,
    contact: str | None = None,
    jobdir: str | None = None,
    redis_url: str | None = None,
    local_site: bool = False,
    pipeline: bool = True,
    overrides: dict[str, Any] | None = None,
) -> CrawlReport:
    """Crawl ``sources`` into the corpus at ``db_path`` and return the report. Blocks until done."""
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.registry_spider import RegistrySpider

    sources = list(sources)
    context = prepare_context(db_path, sources, since=since, refresh=refresh, max_pages=max_pages)
    settings = crawl_settings(contact=contact, jobdir=jobdir, redis_url=redis_url, local_site=local_site,
                              max_pages=max_pages, overrides=overrides)
    if not pipeline:  # the ceiling for benchmarks: fetch and parse, store nothing
        settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    if jobdir and not redis_url and settings.get("SCHEDULER_DISK_QUEUE") == "crawler.frontier.LifoRequestQueue":
        from crawler.frontier import repair

        # a crawl killed earlier may have left its queue damaged or in an older format: read what can be
        # read before Scrapy opens it, and say what was found
        context.report.resume = repair(jobdir).as_dict()
    process = CrawlerProcess(settings)
    process.crawl(RegistrySpider, context=context)
    process.start()
    if context.report.finish_reason is None:
        context.report.finish_reason = "finished" if pipeline else "finished (no pipeline)"
    return context.report
