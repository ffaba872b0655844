"""Downloader middlewares: retries that wait longer each time, and incremental crawling."""
from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from crawler.urls import normalize

LEAF_KINDS = ("article", "attachment")
NAVIGATION_KINDS = ("section", "feed", "sitemap", "page")


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (RETRY_TIMES, RETRY_HTTP_CODES), each one after an exponential wait:
    VNPOLICY_RETRY_BACKOFF_BASE × 2^(attempt-1) seconds, at most VNPOLICY_RETRY_BACKOFF_MAX. The wait
    holds back only the retried request, not the crawl."""

    def __init__(self, settings, *args: Any, **kwargs: Any) -> None:
        super().__init__(settings, *args, **kwargs)
        self.backoff_base = settings.getfloat("VNPOLICY_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("VNPOLICY_RETRY_BACKOFF_MAX", 120.0)

    def delay_for(self, retry_times: int) -> float:
        return min(self.backoff_max, self.backoff_base * (2 ** max(0, retry_times - 1)))

    async def _wait(self, result: Any) -> Any:
        if isinstance(result, Request):
            spider = self.crawler.spider
            if spider is not None and hasattr(spider, "report"):
                spider.report.retries += 1
            delay = self.delay_for(result.meta.get("retry_times", 1))
            if delay > 0:
                await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return result

    async def process_response(self, request: Request, response: Response, spider=None):  # noqa: D401
        return await self._wait(super().process_response(request, response))

    async def process_exception(self, request: Request, exception: Exception, spider=None):
        return await self._wait(super().process_exception(request, exception))


class IncrementalMiddleware:
    """A page already stored is not fetched again, unless the crawl asks for it (``--refresh``); then,
    and for navigation pages seen by the last finished crawl, the request is conditional
    (If-None-Match / If-Modified-Since) so that an unchanged page costs a 304 and no body."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider=None):
        spider = self.crawler.spider
        context = getattr(spider, "context", None)
        if context is None:
            return None
        kind = request.meta.get("vnpolicy_kind")
        url = normalize(request.url)
        validators = None
        if kind in LEAF_KINDS:
            if url in context.stored:
                if not context.refresh:
                    raise IgnoreRequest("already stored")
                validators = context.stored[url]
        elif kind in NAVIGATION_KINDS:
            # only the spider's own navigation requests: robots.txt must always be read in full
            validators = context.nav_validators.get(url)
        if validators:
            etag, last_modified = validators
            # set in place: a replaced request would go back through the dupefilter and be dropped
            if etag:
                request.headers["If-None-Match"] = etag
            if last_modified:
                request.headers["If-Modified-Since"] = last_modified
        return None
