"""Main text and metadata of an HTML page with trafilatura (htmldate where trafilatura finds no date).

The page is parsed once; of the metadata only what a document keeps (title, publication date,
canonical URL) is found, by the same trafilatura and htmldate functions, in the same order, as
``bare_extraction(with_metadata=True)`` finds them, and first, as it does; then the main text by
``bare_extraction``'s steps on that tree itself, not on a copy. Its author, site name, categories, tags and licence (an author search copies the whole
tree) are never used, so never computed; the text does not depend on the metadata (links are not
kept, so the URL never reaches it).

The parse is trafilatura's ``load_html`` with a parser of the same settings whose element classes
are looked up in C. Both fast paths, and every call into trafilatura's and lxml's inner functions,
live in one module per library (extract/fast/trafilatura.py, extract/fast/lxml.py); this module uses
htmldate's public ``find_date``. tests/test_speed.py checks that the result is the one of
``bare_extraction(with_metadata=True)``, tests/test_speed_paths.py that the text is the one of
``bare_extraction`` on a copy.

Some sites lay their pages out in tables (legal-document portals such as thuvienphapluat.vn): their
menus, login box and search form are table cells beside the document, and trafilatura keeps them as
text. For those, the sources registry (``crawler/data/sources.json``, data read here, no crawler
code) gives per-source ``content_xpath`` expressions, as fundus keeps per publisher: the first that
finds anything on a page of that source's host is the content trafilatura reads; the metadata still
comes from the whole page.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from htmldate import find_date
from lxml.html import HtmlElement, fromstring

from extract.errors import InputError
from extract.fast.lxml import PARSER
from extract.fast.trafilatura import load_html, main_text, page_metadata

REGISTRY = ("crawler", "data/sources.json")


@lru_cache(maxsize=1)
def _content_xpaths_by_host() -> dict[str, tuple[str, ...]]:
    """Host (without www.) → the content XPath expressions of its registry entry."""
    try:
        text = resources.files(REGISTRY[0]).joinpath(REGISTRY[1]).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # extract used alone, without the crawler's data
        return {}
    by_host: dict[str, tuple[str, ...]] = {}
    for entry in json.loads(text).get("sources", []):
        xpaths = tuple(entry.get("content_xpath") or ())
        if not xpaths:
            continue
        for host in {urlsplit(entry.get("homepage", "")).hostname, *entry.get("hosts", ())}:
            if host:
                by_host[host.lower().removeprefix("www.")] = xpaths
    return by_host


def content_xpaths(url: str | None) -> tuple[str, ...]:
    """The registry's content XPath expressions for the source of ``url`` (none for most sites)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    return _content_xpaths_by_host().get(host, ())


def select_content(tree: HtmlElement, xpaths: tuple[str, ...]) -> HtmlElement:
    """A page holding only the elements the first matching expression finds (copies, in document
    order), with the original head; the tree itself when none finds anything."""
    for xpath in xpaths:
        found = [node for node in tree.xpath(xpath) if isinstance(node, HtmlElement)]
        if not found:
            continue
        page = fromstring("<html><head></head><body></body></html>", parser=PARSER)
        head = tree.find("head")
        if head is not None:
            page.replace(page.find("head"), copy.deepcopy(head))
        body = page.find("body")
        for node in found:
            body.append(copy.deepcopy(node))
        return page
    return tree


@dataclass
class PageContent:
    text: str
    title: str | None
    published: str | None
    canonical_url: str | None


# a page of at least this much markup whose main text is under 1/ratio of it is checked against the
# parser's limits (a second parse, so only for such pages)
_SUSPICIOUS_MARKUP_CHARS = 200_000
_SUSPICIOUS_MARKUP_RATIO = 100


def beyond_parser_limits(html: str) -> str | None:
    """What in ``html`` passes the limits that keep libxml2's HTML parser (under lxml and
    trafilatura) safe — elements nested over 256 deep, over 10 MB of text in one node — or None.
    The parser stops reading there, so a page built that way yields no text; this says why."""
    from lxml import etree, html as lxml_html

    parser = etree.HTMLParser()
    try:
        lxml_html.document_fromstring(html, parser=parser)
    except (ValueError, etree.ParserError):
        pass
    for error in parser.error_log:
        if error.type_name != "ERR_RESOURCE_LIMIT":
            continue
        if "depth" in error.message.lower():
            return "nested deeper than the HTML parser's limit of 256 elements"
        if "buffer size" in error.message.lower() or "huge" in error.message.lower():
            return "with more text in one element than the HTML parser's limit of 10,000,000 bytes"
        return "beyond a limit of the HTML parser (" + error.message.split(",")[0].strip() + ")"
    return None


def extract_html(html: str, url: str | None = None) -> PageContent:
    """Clean main text (paragraphs separated by line breaks), title, publication date, canonical URL."""
    try:
        tree = load_html(html)
        result = metadata = None
        if tree is not None:
            try:
                # read before the text, from the tree as parsed (bare_extraction with metadata does the same)
                metadata = page_metadata(tree, url)
            except (ValueError, TypeError):  # bare_extraction gives up on the page when its metadata raises these
                metadata = None
            if metadata is not None:
                # the text is found on the tree itself, which is left pruned (nothing reads it after)
                result = main_text(select_content(tree, content_xpaths(url)), url)
    except (ValueError, TypeError, RecursionError) as exc:  # lxml and trafilatura raise these on broken markup
        raise InputError(f"HTML could not be parsed: {exc}", kind="unreadable") from exc
    text = (result or "").strip()
    if not text or (len(html) >= _SUSPICIOUS_MARKUP_CHARS and len(text) * _SUSPICIOUS_MARKUP_RATIO < len(html)):
        # little text out of much markup: the parser may have stopped at one of its limits, and
        # then the text beyond is missing; a page read only in part is refused, not stored short
        beyond = beyond_parser_limits(html)
        if beyond:
            read = f"only {len(text):,} characters read" if text else "no main text read"
            raise InputError(f"HTML {beyond}: {read}", kind="unreadable")
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
