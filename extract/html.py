"""Main text and metadata of an HTML page with trafilatura (htmldate where trafilatura finds no date)."""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from htmldate import find_date

from extract.errors import InputError


@dataclass
class PageContent:
    text: str
    title: str | None
    published: str | None
    canonical_url: str | None


def extract_html(html: str, url: str | None = None) -> PageContent:
    """Clean main text (paragraphs separated by line breaks), title, publication date, canonical URL."""
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # lxml and trafilatura raise these on broken markup
        raise InputError(f"HTML could not be parsed: {exc}", kind="unreadable") from exc
    if result is None:
        raise InputError("no main text found in the HTML page", kind="empty")
    text = (result.text or "").strip()
    if not text:
        raise InputError("no main text found in the HTML page", kind="empty")
    published = result.date
    if not published:
        try:
            published = find_date(html, url=url, original_date=True, extensive_search=False)
        except (ValueError, TypeError):
            published = None
    return PageContent(
        text=text,
        title=(result.title or None),
        published=published,
        canonical_url=result.url or url,
    )
