"""What one crawl run knows and shares between the spider, the middlewares and the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crawler.registry import Source
from crawler.report import CrawlReport
from crawler.urls import normalize


@dataclass
class CrawlContext:
    db_path: str
    sources: list[Source]
    since: date | None = None
    refresh: bool = False  # fetch stored pages again (conditionally) instead of skipping them
    max_pages: int | None = None
    report: CrawlReport = field(default_factory=CrawlReport)
    # normalised URL of every stored page → (ETag, Last-Modified) it was served with
    stored: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # navigation pages (sections, feeds, sitemaps) of the last finished crawl → their validators
    nav_validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # validators seen in this run, written when it finishes cleanly
    seen_nav_validators: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def is_stored(self, url: str) -> bool:
        return normalize(url) in self.stored

    def load_state(self, db) -> None:
        """Stored pages and the navigation pages' validators of the last finished crawl."""
        for url, final_url, etag, last_modified in db.execute(
            "select url, final_url, etag, last_modified from pages where origin = 'crawl' or origin = 'warc'"
        ):
            self.stored[normalize(url)] = (etag, last_modified)
            if final_url:
                self.stored.setdefault(normalize(final_url), (etag, last_modified))
        if "crawl_state" in db.table_names():
            for url, etag, last_modified in db.execute("select url, etag, last_modified from crawl_state"):
                self.nav_validators[url] = (etag, last_modified)
