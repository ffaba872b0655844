"""Duplicate filters that report redirect loops instead of dropping them silently.

Scrapy sends a redirected request back through the scheduler; in a loop (A → B → A) the second
visit to A is a duplicate and would vanish without a trace. These filters put it in the crawl
report. The local filter keeps its fingerprints in memory only, also with a JOBDIR: after a crawl
is killed, the pages it had fetched but not yet stored must be found again, so the entry points
are re-read and what is stored already is skipped by the corpus itself (IncrementalMiddleware).
"""
from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request

from crawler.urls import normalize


def _report_filtered(crawler, request: Request) -> None:
    redirects = request.meta.get("redirect_urls") or []
    if not redirects or crawler is None:
        return
    spider = crawler.spider
    report = getattr(spider, "report", None)
    if report is None:
        return
    target = normalize(request.url)
    if any(normalize(u) == target for u in redirects):
        report.fail(redirects[0], "redirect loop")
    else:
        report.skip(redirects[0], "redirects to a page already crawled")


class ReportingDupeFilter(RFPDupeFilter):
    @classmethod
    def from_crawler(cls, crawler):
        dupefilter = cls(path=None, debug=crawler.settings.getbool("DUPEFILTER_DEBUG"),
                         fingerprinter=crawler.request_fingerprinter)
        dupefilter.crawler = crawler
        return dupefilter

    def request_seen(self, request: Request) -> bool:
        seen = super().request_seen(request)
        if seen:
            _report_filtered(getattr(self, "crawler", None), request)
        return seen


try:
    from scrapy_redis.dupefilter import RFPDupeFilter as _RedisRFPDupeFilter
except ImportError:  # scrapy-redis is only needed for --redis
    _RedisRFPDupeFilter = None

if _RedisRFPDupeFilter is not None:

    class RedisReportingDupeFilter(_RedisRFPDupeFilter):
        """scrapy-redis's shared dupefilter (one set in Redis for every crawler process), reporting loops."""

        @classmethod
        def from_crawler(cls, crawler):
            dupefilter = super().from_crawler(crawler)
            dupefilter.crawler = crawler
            return dupefilter

        @classmethod
        def from_spider(cls, spider):  # how scrapy-redis's scheduler makes its dupefilter
            dupefilter = super().from_spider(spider)
            dupefilter.crawler = spider.crawler
            return dupefilter

        def request_seen(self, request: Request) -> bool:
            seen = super().request_seen(request)
            if seen:
                _report_filtered(getattr(self, "crawler", None), request)
            return seen
