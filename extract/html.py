"""Main text and metadata of an HTML page with trafilatura (htmldate where trafilatura finds no date).

The page is parsed once (trafilatura's ``load_html``); the main text comes from ``bare_extraction``
on that tree, and of the metadata only what a document keeps (title, publication date, canonical
URL), found by the same trafilatura and htmldate functions, in the same order, as
``bare_extraction(with_metadata=True)`` finds them. Its author, site name, categories, tags and
licence (an author search copies the whole tree) are never used, so never computed; the text does
not depend on the metadata (links are not kept, so the URL never reaches it).
tests/test_speed.py checks that the result is the one of ``with_metadata=True``.
"""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.settings import DEFAULT_CONFIG, Document as Metadata, set_date_params
from trafilatura.utils import load_html

from extract.errors import InputError


@dataclass
class PageContent:
    text: str
    title: str | None
    published: str | None
    canonical_url: str | None


def page_metadata(tree: HtmlElement, url: str | None = None) -> Metadata:
    """Title, URL and date of a parsed page as ``trafilatura.metadata.extract_metadata`` finds them
    (its steps for these three fields, with the date settings ``bare_extraction`` gives it)."""
    metadata = examine_meta(tree)
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # trafilatura catches its own JSON-LD bugs here too
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    # the date settings of bare_extraction's extractor options: trafilatura's configured search depth
    date_params = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    date_params["url"] = metadata.url
    metadata.date = find_date(tree, **date_params)
    metadata.clean_and_trim()
    return metadata


def extract_html(html: str, url: str | None = None) -> PageContent:
    """Clean main text (paragraphs separated by line breaks), title, publication date, canonical URL."""
    try:
        tree = load_html(html)
        if tree is None:
            raise InputError("no main text found in the HTML page", kind="empty")
        # bare_extraction works on a copy of the tree it is given: the tree stays as parsed
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
        )
        metadata = None
        if result is not None:
            try:
                metadata = page_metadata(tree, url)
            except (ValueError, TypeError):  # bare_extraction gives up on the page when its metadata raises these
                result = None
    except (ValueError, TypeError, RecursionError) as exc:  # lxml and trafilatura raise these on broken markup
        raise InputError(f"HTML could not be parsed: {exc}", kind="unreadable") from exc
    if result is None:
        raise InputError("no main text found in the HTML page", kind="empty")
    text = (result.text or "").strip()
    if not text:
        raise InputError("no main text found in the HTML page", kind="empty")
    published = metadata.date
    if not published:
        try:
            published = find_date(html, url=url, original_date=True, extensive_search=False)
        except (ValueError, TypeError):
            published = None
    return PageContent(
        text=text,
        title=(metadata.title or None),
        published=published,
        canonical_url=metadata.url or url,
    )
