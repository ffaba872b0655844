"""One generic spider for every source of the registry (or one site given by a start URL).

It reads everything about a site from its :class:`~crawler.registry.Source`: where to start
(robots.txt sitemaps, sitemaps, feeds, section pages), which links are articles, attachments or
navigation, how listings show dates and where the next page is. Pages that are articles or
attachments become items (raw bytes and headers, no live objects); everything that is not stored
is counted in the crawl report with its reason.
"""
from __future__ import annotations

import codecs
import re
import time
from collections import Counter
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urljoin

import scrapy
from scrapy.http import Request, Response, TextResponse
from scrapy.selector import Selector
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler import xmlsafe
from crawler.context import CrawlContext
from crawler.registry import Source
from crawler.scrapy_private import DecompressionMaxSizeExceeded  # what Scrapy's gunzip raises at max_size
from crawler.urls import host_allowed, is_http, is_media, normalize, why_not_crawlable

LEAF_KINDS = ("article", "attachment")
# priorities: leaves before more navigation, so that a stopped crawl has stored what it found
PRIORITY = {"article": 20, "attachment": 20, "page": 5, "section": 0, "feed": 10, "sitemap": 10, "robots": 30}
_CHARSET = re.compile(r"charset=([\w\-:.]+)", re.IGNORECASE)


def parse_date(value: str | None) -> date | None:
    """A date from a sitemap lastmod, a feed pubDate or a datetime attribute."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": False})
    return parsed.date() if parsed else None


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def still_encoded(response: Response) -> str | None:
    """The content codings Scrapy's HttpCompressionMiddleware left on the response (it removes those
    it decoded), or None when the body is plain."""
    codings = [c.strip().lower() for value in response.headers.getlist("Content-Encoding")
               for c in value.decode("latin-1").split(",")]
    left = [c for c in codings if c and c != "identity"]
    return ", ".join(left) or None


class RegistrySpider(scrapy.Spider):
    name = "vnpolicy"
    # 304 answers to conditional requests reach the callbacks (they mean "unchanged")
    handle_httpstatus_list = [304]

    def __init__(self, context: CrawlContext, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.context = context
        self.report = context.report
        self.allowed_domains = sorted({h for s in context.sources for h in s.allowed_hosts})
        self._scheduled: set[str] = set()
        # stored articles whose links are read from the corpus instead of the network: a crawl
        # stopped after storing an article but before fetching its PDF finds the PDF next time
        self._relinked: set[str] = set()
        self._to_relink: list[tuple[str, str, int]] = []
        self._corpus = None
        # navigation requests made per source, against Source.max_nav_pages
        self._nav_requests: Counter[str] = Counter()

    # -- requests
    def _request(self, url: str, kind: str, source: Source, *, depth: int = 0, dont_filter: bool = False,
                 listing_date: date | None = None, callback=None) -> Request:
        meta = {"vnpolicy_kind": kind, "vnpolicy_source": source.id, "vnpolicy_depth": depth}
        if listing_date:
            meta["vnpolicy_listing_date"] = listing_date.isoformat()
        return Request(url, callback=callback or self.parse_page, errback=self.on_error, meta=meta,
                       priority=PRIORITY[kind], dont_filter=dont_filter)

    async def start(self) -> AsyncIterator[Request]:
        self._started = time.monotonic()
        for request in self.start_requests_for_sources():
            yield request

    def start_requests(self) -> Iterator[Request]:  # Scrapy < 2.13
        yield from self.start_requests_for_sources()

    def start_requests_for_sources(self) -> Iterator[Request]:
        """The entry points of every source, fetched on every run (their links may be new)."""
        for source in self.context.sources:
            for urls in source.entry_points().values():
                self._scheduled.update(normalize(u) for u in urls)
            if source.robots_sitemaps:
                robots = urljoin(source.homepage, "/robots.txt")
                yield self._request(robots, "robots", source, dont_filter=True, callback=self.parse_robots)
            points = source.entry_points()
            for url in points["sitemap"]:
                yield self._request(url, "sitemap", source, dont_filter=True, callback=self.parse_sitemap)
            for url in points["feed"]:
                yield self._request(url, "feed", source, dont_filter=True, callback=self.parse_feed)
            for url in points["section"]:
                kind = "page" if source.extra.get("start_url_mode") else "section"
                yield self._request(url, kind, source, dont_filter=True)

    def follow(self, url: str, source: Source, *, via: str, depth: int,
               listing_date: date | None = None) -> Request | None:
        """The request for a link found on a page, feed or sitemap, or None (with the reason in
        the report) when the link is not for this crawl."""
        report = self.report
        if not is_http(url):
            report.skip(url, "not an http(s) link")
            return None
        url = normalize(url)
        if not host_allowed(url, source.allowed_hosts):
            report.skip(url, "off-site link")
            return None
        start_url_mode = bool(source.extra.get("start_url_mode"))
        if source.is_attachment(url):
            kind = "attachment"
        elif source.is_article(url):
            kind = "article"
        elif is_media(url):
            report.skip(url, "not a page (media or script file)")
            return None
        elif start_url_mode:
            kind = "page"
        elif via in ("sitemap", "feed", "pagination") or source.is_followed(url):
            kind = "section"
        else:
            return None  # a navigation link the registry does not ask to follow: not counted
        reason = why_not_crawlable(url)
        if reason:
            report.skip(url, reason)
            return None
        since = self.context.since
        if since and listing_date and listing_date < since and kind in ("article", "attachment", "page"):
            report.skip(url, "older than --since (listing date)")
            return None
        if kind in LEAF_KINDS and self.context.is_stored(url) and not self.context.refresh:
            report.skip(url, "already stored")
            if kind == "article" and url not in self._relinked:
                self._relinked.add(url)
                self._to_relink.append((url, source.id, depth))
            return None
        if kind not in LEAF_KINDS and depth > source.max_depth:
            report.skip(url, "deeper than max_depth")
            return None
        if url in self._scheduled:
            return None
        if len(url) > self.max_url_length:
            report.skip(url, "URL longer than URLLENGTH_LIMIT")
            return None
        if kind not in LEAF_KINDS:
            if self._nav_requests[source.id] >= source.max_nav_pages:
                report.skip(url, "navigation pages of the source beyond max_nav_pages (crawl trap?)")
                return None
            self._nav_requests[source.id] += 1
        self._scheduled.add(url)
        return self._request(url, kind, source, depth=depth, listing_date=listing_date)

    # -- callbacks
    def _source(self, response: Response) -> Source:
        return self.context.source(response.meta["vnpolicy_source"])

    def _seen(self, response: Response) -> bool:
        """Count the response; False when it is a 304 (nothing changed, nothing to parse)."""
        self.report.response(response.status)
        kind = response.meta.get("vnpolicy_kind")
        if kind not in LEAF_KINDS and response.status == 200:
            key = normalize(response.request.url if response.request else response.url)
            self.context.seen_nav_validators[key] = (header(response, "ETag"), header(response, "Last-Modified"),
                                                     response.meta["vnpolicy_source"])
        if response.status == 304:
            self.report.skip(response.url, "not modified since the last crawl (304)")
            return False
        undecoded = still_encoded(response)
        if undecoded:
            # Scrapy decodes gzip, deflate, br and zstd (within DOWNLOAD_MAXSIZE) and leaves any other
            # coding in place: those bytes are no page, so they are not stored
            self.report.fail(response.url, f"compressed with an encoding the crawler cannot decode ({undecoded}): not stored")
            return False
        return True

    def parse_robots(self, response: Response) -> Iterator[Request]:
        if not self._seen(response) or not isinstance(response, TextResponse):
            return
        source = self._source(response)
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            request = self.follow(url, source, via="sitemap", depth=1)
            if request is not None:
                yield request.replace(callback=self.parse_sitemap, priority=PRIORITY["sitemap"])

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if not self._seen(response):
            return
        source = self._source(response)
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except DecompressionMaxSizeExceeded:  # a compression bomb: inflated in chunks, dropped at the limit
                self.report.fail(response.url, "sitemap larger than the page-size limit once decompressed (DOWNLOAD_MAXSIZE)")
                return
            except Exception as exc:  # a corrupt archive is one failed page, not a stopped crawl
                self.report.fail(response.url, f"sitemap could not be decompressed: {type(exc).__name__}")
                return
        try:
            # Scrapy's Sitemap expands no entity: it reads the sitemap with its harmless ones expanded
            sitemap = Sitemap(xmlsafe.readable(body, "sitemap"))
        except xmlsafe.UnsafeXML as exc:
            self.report.fail(response.url, str(exc))
            return
        except Exception as exc:  # lxml raises several kinds on broken XML
            self.report.fail(response.url, f"sitemap is not XML: {type(exc).__name__}")
            return
        depth = response.meta["vnpolicy_depth"] + 1
        since = self.context.since
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                lastmod = parse_date(entry.get("lastmod"))
                if since and lastmod and lastmod < since:
                    self.report.skip(loc, "sitemap older than --since")
                    continue
                request = self.follow(loc, source, via="sitemap", depth=depth)
                if request is not None:
                    yield request.replace(callback=self.parse_sitemap, priority=PRIORITY["sitemap"])
                continue
            request = self.follow(loc, source, via="sitemap", depth=depth, listing_date=parse_date(entry.get("lastmod")))
            if request is not None:
                yield request
        yield from self._links_of_stored_articles()

    def parse_feed(self, response: Response) -> Iterator[Request]:
        if not self._seen(response):
            return
        source = self._source(response)
        try:
            feed = Selector(root=xmlsafe.parse(response.body, "feed"), type="xml")
        except xmlsafe.UnsafeXML as exc:
            self.report.fail(response.url, str(exc))
            return
        feed.remove_namespaces()
        depth = response.meta["vnpolicy_depth"] + 1
        for item in feed.xpath("//item | //entry"):
            link = item.xpath("link/@href").get() or item.xpath("link/text()").get() or item.xpath("guid[@isPermaLink='true']/text()").get()
            if not link:
                continue
            published = parse_date(item.xpath("pubDate/text() | published/text() | updated/text() | date/text()").get())
            request = self.follow(urljoin(response.url, link.strip()), source, via="feed", depth=depth, listing_date=published)
            if request is not None:
                yield request
        yield from self._links_of_stored_articles()

    def parse_page(self, response: Response) -> Iterator[Any]:
        if not self._seen(response):
            return
        source = self._source(response)
        kind = response.meta["vnpolicy_kind"]
        content_type = (header(response, "Content-Type") or "").lower()
        is_pdf = "pdf" in content_type or response.body[:5] == b"%PDF-"
        is_html = isinstance(response, TextResponse) and ("html" in content_type or not content_type)
        if not (is_pdf or is_html):
            self.report.skip(response.url, f"not HTML or PDF ({content_type.split(';')[0] or 'no content type'})")
            return
        if is_html:
            self._check_charset(response, content_type)
        if kind in LEAF_KINDS or (kind == "page" and (is_pdf or self._looks_like_article(response))):
            yield from self._leaf(response, source, is_pdf)
        elif kind == "page":
            self.report.skip(response.url, "not an article (navigation page)")
        if is_html:
            yield from self._links(response, source)

    def _leaf(self, response: Response, source: Source, is_pdf: bool) -> Iterator[Any]:
        url = normalize(response.url)
        if not is_pdf:
            canonical = response.xpath("//link[@rel='canonical']/@href").get()
            if canonical:
                canonical = normalize(urljoin(response.url, canonical.strip()))
                if canonical != url and is_http(canonical) and host_allowed(canonical, source.allowed_hosts):
                    self.report.skip(response.url, "duplicate of its canonical URL")
                    request = self.follow(canonical, source, via="page", depth=response.meta["vnpolicy_depth"])
                    if request is not None:
                        yield request
                    return
        since = self.context.since
        if since:
            published = self._published(response, is_pdf)
            if published and published < since:
                self.report.skip(response.url, "older than --since (article date)")
                return
        yield {
            "url": url,
            "final_url": response.url,
            "status": response.status,
            "headers": {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            "content": response.body,
            "content_type": header(response, "Content-Type"),
            "source_id": source.id,
            "etag": header(response, "ETag"),
            "last_modified": header(response, "Last-Modified"),
            "redirect_urls": response.meta.get("redirect_urls", []),
        }

    def _links(self, response: TextResponse, source: Source) -> Iterator[Request]:
        """The links of a fetched page, then those of the stored articles it led to."""
        yield from self._links_on_page(response, source)
        yield from self._links_of_stored_articles()

    def _links_on_page(self, response: TextResponse, source: Source) -> Iterator[Request]:
        depth = response.meta["vnpolicy_depth"] + 1
        since = self.context.since
        next_pages = [normalize(response.urljoin(h.strip()))
                      for h in (response.xpath(source.pagination_xpath).getall() if source.pagination_xpath else [])]
        older_seen = False
        for anchor in response.xpath("//a[@href]"):
            href = anchor.attrib.get("href", "").strip()
            if not href or href.startswith("#"):
                continue
            url = response.urljoin(href)
            if is_http(url) and normalize(url) in next_pages:
                continue  # decided below, once the dates on this page are known
            listing_date = None
            if since and source.listing_date_xpath:
                listing_date = parse_date(anchor.xpath(source.listing_date_xpath).get())
                if listing_date and listing_date < since:
                    older_seen = True
            request = self.follow(url, source, via="page", depth=depth, listing_date=listing_date)
            if request is not None:
                yield request
        if source.feeds_from_pages:
            for href in response.xpath("//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href").getall():
                url = normalize(response.urljoin(href))
                if host_allowed(url, source.allowed_hosts) and url not in self._scheduled:
                    self._scheduled.add(url)
                    yield self._request(url, "feed", source, depth=depth, callback=self.parse_feed)
        # listings are newest first: once a page shows an article older than --since, the pages after it are older still
        listing_page = response.meta.get("vnpolicy_listing_page", 1) + 1
        for url in next_pages:
            if older_seen:
                self.report.skip(url, "next listing page not followed: older than --since")
                continue
            if listing_page > source.max_listing_pages:
                self.report.skip(url, "listing pages of one section beyond max_listing_pages")
                continue
            request = self.follow(url, source, via="pagination", depth=depth)
            if request is not None:
                request.meta["vnpolicy_listing_page"] = listing_page
                yield request

    @property
    def max_url_length(self) -> int:
        # Scrapy's UrlLengthMiddleware would drop longer links with a log line only; here they are reported
        return self.crawler.settings.getint("URLLENGTH_LIMIT", 2083) or 1 << 30

    # -- helpers
    def _links_of_stored_articles(self) -> Iterator[Request]:
        """Links of the articles skipped as already stored, read from their stored bytes.

        A loop over a work list, not a recursion: a stored article links to other stored articles,
        which join the list, so a corpus of thousands of stored pages is read at a constant depth."""
        from scrapy.http import HtmlResponse

        from corpus.store import page_content

        while self._to_relink:
            url, source_id, depth = self._to_relink.pop()
            if self._corpus is None:
                import sqlite3

                self._corpus = sqlite3.connect(f"file:{self.context.db_path}?mode=ro", uri=True)
            row = self._corpus.execute(
                "select content, content_encoding, content_type from pages where url = ? or final_url = ? limit 1",
                [url, url]).fetchone()
            if row is None or not row[2] or "html" not in row[2].lower():
                continue
            body = page_content({"content": row[0], "content_encoding": row[1]})
            request = Request(url, meta={"vnpolicy_kind": "article", "vnpolicy_source": source_id,
                                         "vnpolicy_depth": depth})
            stored = HtmlResponse(url=url, body=body, headers={"Content-Type": row[2]}, request=request)
            yield from self._links_on_page(stored, self.context.source(source_id))

    def _looks_like_article(self, response: TextResponse) -> bool:
        """For a site outside the registry: the page says it is an article."""
        og_type = (response.xpath("//meta[@property='og:type']/@content").get() or "").strip().lower()
        if og_type == "article":
            return True
        ld = " ".join(response.xpath("//script[@type='application/ld+json']/text()").getall())
        return bool(re.search(r'"@type"\s*:\s*"(News)?Article"', ld))

    def _published(self, response: Response, is_pdf: bool) -> date | None:
        listing = response.meta.get("vnpolicy_listing_date")
        if is_pdf:
            return date.fromisoformat(listing) if listing else None
        meta = response.xpath("//meta[@property='article:published_time']/@content").get()
        found = parse_date(meta)
        if found:
            return found
        from htmldate import find_date

        try:
            value = find_date(response.text, url=response.url, original_date=True, extensive_search=False)
        except (ValueError, TypeError):
            value = None
        return parse_date(value) or (date.fromisoformat(listing) if listing else None)

    def _check_charset(self, response: Response, content_type: str) -> None:
        match = _CHARSET.search(content_type)
        if not match:
            return
        declared = match.group(1).lower()
        try:
            codecs.lookup(declared)
            response.body.decode(declared)
        except LookupError:
            self.report.warn(response.url, f"unknown declared charset {declared}")
        except UnicodeDecodeError:
            self.report.warn(response.url, f"declared charset {declared} is wrong (bytes are not {declared}; detected when processed)")

    def closed(self, reason: str) -> None:
        if getattr(self, "_started", None) is not None:
            self.report.elapsed_seconds = round(time.monotonic() - self._started, 3)
        if self._corpus is not None:
            self._corpus.close()
            self._corpus = None

    # -- failures
    def on_error(self, failure) -> None:
        request = failure.request
        url = request.url
        from scrapy.exceptions import IgnoreRequest
        from scrapy.spidermiddlewares.httperror import HttpError

        exc = failure.value
        if isinstance(exc, HttpError):
            self.report.response(exc.response.status)
            self.report.fail(url, f"HTTP {exc.response.status}")
        elif isinstance(exc, IgnoreRequest):
            message = str(exc) or "ignored"
            if "robots.txt" in message:
                self.report.skip(url, "disallowed by robots.txt")
            elif "already stored" in message:
                self.report.skip(url, "already stored")
            elif "during decompression" in message:  # HttpCompressionMiddleware at DOWNLOAD_MAXSIZE: a compression bomb
                self.report.fail(url, "larger than the page-size limit once decompressed (DOWNLOAD_MAXSIZE)")
            elif "redirect" in message.lower():
                # named by the link the crawler found, not by wherever the chain had got to
                self.report.fail((request.meta.get("redirect_urls") or [url])[0], "too many redirects")
            elif "offsite" in message.lower():
                self.report.skip(url, "off-site link")
            else:
                self.report.skip(url, message)
        else:
            name = type(exc).__name__
            text = str(exc)
            if "maxsize" in text.lower() or "max size" in text.lower():
                self.report.fail(url, "larger than the page-size limit (DOWNLOAD_MAXSIZE)")
            elif name == "DownloadCancelledError":
                # Twisted's cancellation of a download still in flight when the crawl closes (another
                # process of a shared --redis frontier may have taken the rest): not a failure of the site
                self.report.skip(url, "cancelled when the crawl closed")
            elif "timeout" in name.lower() or "timed out" in text.lower():
                self.report.fail(url, "timed out")
            else:
                self.report.fail(url, f"{name}: {text[:120]}" if text else name)
