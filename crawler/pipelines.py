"""The item pipeline: raw pages into the corpus, in batched transactions."""
from __future__ import annotations

import sqlite3
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem

from corpus.store import RawPage, now_iso, store_pages
from crawler.dbwrite import write_transaction


class CorpusPipeline:
    """Collects pages and writes them with ``corpus.store.store_pages``, one transaction per
    VNPOLICY_BATCH_SIZE pages or VNPOLICY_FLUSH_SECONDS, and at the end. With ``--max-pages N`` Scrapy's CLOSESPIDER_ITEMCOUNT
    stops the crawl; pages still in flight after the N-th are dropped.

    The first write that fails (a full disk, a corpus made read-only, a lock held past the busy
    timeout) stops the crawl: no more requests are sent, the pages still arriving are dropped and
    counted in the report, and the command ends with one line saying why."""

    STOPPED = "the corpus could not be written"

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.batch_size = settings.getint("VNPOLICY_BATCH_SIZE", 50)
        self.flush_seconds = settings.getfloat("VNPOLICY_FLUSH_SECONDS", 2.0)
        self.pending: list[RawPage] = []
        self.accepted = 0
        self.last_flush = time.monotonic()
        self.db = None
        self.write_failed = False

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @property
    def context(self):
        return self.crawler.spider.context

    def open_spider(self, spider=None) -> None:
        from crawler.run import open_corpus_waiting

        self.db = open_corpus_waiting(self.context.db_path)

    def process_item(self, item: dict[str, Any], spider=None) -> dict[str, Any]:
        context = self.context
        if self.write_failed:
            context.report.fail(item["url"], f"not stored: {self.STOPPED}")
            raise DropItem(self.STOPPED)
        if context.max_pages is not None and self.accepted >= context.max_pages:
            context.report.skip(item["url"], "--max-pages reached")
            raise DropItem("--max-pages reached")
        self.accepted += 1
        self.pending.append(RawPage(
            url=item["url"], content=item["content"], source_id=item["source_id"], origin="crawl",
            status=item["status"], final_url=item["final_url"], content_type=item["content_type"],
            headers=item["headers"], fetched_at=now_iso(), etag=item["etag"], last_modified=item["last_modified"],
        ))
        if len(self.pending) >= self.batch_size or time.monotonic() - self.last_flush >= self.flush_seconds:
            self.flush()
        return {"url": item["url"], "source_id": item["source_id"], "bytes": len(item["content"])}

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        if not self.pending:
            return
        pages, self.pending = self.pending, []
        if self.write_failed:
            return
        try:
            with write_transaction(self.db):
                counts = store_pages(self.db, pages)
        except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as exc:
            self._stop_after_write_error(exc, pages)
            return
        report = self.context.report
        report.stored += counts["new"] + counts["changed"]
        report.unchanged += counts["unchanged"]
        for page in pages:
            self.context.stored[page.url] = (page.etag, page.last_modified)
            report.stored_urls.append(page.url)

    def _stop_after_write_error(self, exc: Exception, pages: list[RawPage]) -> None:
        """Keep the error for the command to report, and close the spider: the engine sends no new
        request once closing, so a full disk does not go on being filled with fetches thrown away."""
        from scrapy.utils.defer import deferred_from_coro

        self.write_failed = True
        report = self.context.report
        report.write_error = exc
        for page in pages:
            report.fail(page.url, f"not stored: {self.STOPPED}")
        deferred_from_coro(self._close_crawl())

    async def _close_crawl(self) -> None:
        try:
            await self.crawler.engine.close_spider_async(reason=self.STOPPED)
        except RuntimeError:  # the write failed while the crawl was already ending: nothing to stop
            pass

    def close_spider(self, spider=None) -> None:
        self.flush()

    def spider_closed(self, spider, reason: str) -> None:
        """Remember the navigation pages' validators, but only after a finished crawl: a crawl that
        stopped early has not read every link behind them, and must read them again next time."""
        self.context.report.finish_reason = reason
        if self.db is None:
            return
        self.flush()
        if reason == "finished" and self.context.seen_nav_validators and not self.write_failed:
            rows = [{"url": url, "etag": etag, "last_modified": last_modified, "source_id": source_id,
                     "fetched_at": now_iso()}
                    for url, (etag, last_modified, source_id) in self.context.seen_nav_validators.items()
                    if etag or last_modified]
            with write_transaction(self.db):
                self.db["crawl_state"].upsert_all(rows, pk="url", alter=True)
        self.db.conn.close()
        self.db = None
