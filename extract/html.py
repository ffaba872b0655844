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
            # bare_extraction works on a copy of the tree it is given: the tree stays as parsed
            result = trafilatura.bare_extraction(
                tree,
                url=url,
                with_metadata=False,
                include_comments=False,
                include_tables=True,
            )
        if result is not None:
            try:
                metadata = page_metadata(tree, url)
            except (ValueError, TypeError):  # bare_extraction gives up on the page when its metadata raises these
                result = None
    except (ValueError, TypeError, RecursionError) as exc:  # lxml and trafilatura raise these on broken markup
        raise InputError(f"HTML could not be parsed: {exc}", kind="unreadable") from exc
    text = ((result.text or "") if result is not None else "").strip()
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
