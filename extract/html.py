"""Main text and metadata of an HTML page with trafilatura (htmldate where trafilatura finds no date).

The page is parsed once; the main text comes from ``bare_extraction`` on that tree, and of the
metadata only what a document keeps (title, publication date, canonical URL), found by the same
trafilatura and htmldate functions, in the same order, as ``bare_extraction(with_metadata=True)``
finds them. Its author, site name, categories, tags and licence (an author search copies the whole
tree) are never used, so never computed; the text does not depend on the metadata (links are not
kept, so the URL never reaches it).

The parse is trafilatura's ``load_html`` with a parser of the same settings whose element classes
are looked up in C: lxml.html's own lookup is a Python method called for every element Python
touches, about a tenth of trafilatura's time on a news page. The classes are the same (lxml.html's
form, input, select, textarea and label classes by tag name, HtmlElement for the rest).
tests/test_speed.py checks that the result is the one of ``bare_extraction(with_metadata=True)``.

Some sites lay their pages out in tables (legal-document portals such as thuvienphapluat.vn): their
menus, login box and search form are table cells beside the document, and trafilatura keeps them as
text. For those, the sources registry (``crawler/data/sources.json``, data read here, no crawler
code) gives per-source ``content_xpath`` expressions, as fundus keeps per publisher: the first that
finds anything on a page of that source's host is the content trafilatura reads; the metadata still
comes from the whole page.
"""
from __future__ import annotations

import copy
import itertools
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml.html import (HtmlComment, HtmlElement, HtmlElementClassLookup, HtmlEntity, HTMLParser,
                       HtmlProcessingInstruction, fromstring)
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.settings import DEFAULT_CONFIG, Document as Metadata, set_date_params
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, is_dubious_html, repair_faulty_html

from extract.errors import InputError


def _element_classes() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes, looked up by tag name in C: its special classes under every
    spelling of their tag (its Python lookup lowers the name), HtmlElement and lxml.html's comment,
    processing instruction and entity classes otherwise."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    by_tag = lookup.get_namespace(None)
    for tag, cls in HtmlElementClassLookup._default_element_classes.items():
        for spelling in itertools.product(*((c.lower(), c.upper()) for c in tag)):
            by_tag["".join(spelling)] = cls
    return lookup


# trafilatura's HTML_PARSER (trafilatura.utils), with the lookup above
_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(_element_classes())


def _from_bytes(html: str) -> HtmlElement | None:
    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:  # trafilatura logs and gives up on the page here too
        return None


# the characters trafilatura.utils.INVALID_XML_CHARS removes (tests/test_speed.py checks every code point)
INVALID_XML = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]))


def _repaired(html: str, beginning: str) -> str:
    """``trafilatura.utils.repair_faulty_html``. Its first step, a regex substitution over the whole
    page, removes characters a page almost never holds: looking for each of them is three times
    faster, and where none is there the substitution changes nothing and the other steps follow."""
    if any(ch in html for ch in INVALID_XML):
        return repair_faulty_html(html, beginning)
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    return html


def load_html(html: str) -> HtmlElement | None:
    """``trafilatura.utils.load_html`` of a string, step by step, with the parser above."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = _repaired(html, beginning)
    tree, from_bytes = None, False
    try:
        tree = fromstring(html, parser=_PARSER)
    except ValueError:  # a string with an encoding declaration: lxml wants bytes
        tree, from_bytes = _from_bytes(html), True
    except Exception:
        pass
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        tree = None  # not a whole HTML document
    return tree


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
        page = fromstring("<html><head></head><body></body></html>", parser=_PARSER)
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
                select_content(tree, content_xpaths(url)),
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
