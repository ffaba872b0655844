"""trafilatura's page loading, the metadata a document keeps and the main text, step by step: the
one module that calls trafilatura's inner functions (``trafilatura.utils``, ``trafilatura.metadata``,
``trafilatura.settings``, ``trafilatura.core.trafilatura_sequence``, ``trafilatura.xml``), for
extract.html. Written against trafilatura 2.3 (pyproject.toml pins it below 2.4 until this module
is checked on a newer one).

``load_html`` is ``trafilatura.load_html`` with the parser of extract.fast.lxml, and the removal of
characters XML cannot hold only on a page that has one; ``page_metadata`` finds title, URL and
date as ``trafilatura.extract_metadata`` finds them, without the author, site name, categories,
tags and licence a document never keeps (the author search copies the whole tree); ``main_text`` is
``bare_extraction``'s text on the tree itself, without its copy of the tree. Together they make the
HTML step cheaper than bare trafilatura (README, "Processing speed").
tests/test_speed.py checks that text, title, date and URL are those of the public
``trafilatura.bare_extraction(with_metadata=True)`` on saved pages and the benchmark's pages built
from real articles.
"""
from __future__ import annotations

from htmldate import find_date
from lxml.etree import strip_tags
from lxml.html import HtmlElement, fromstring
from trafilatura.core import trafilatura_sequence
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.settings import DEFAULT_CONFIG, Document as Metadata, Extractor, set_date_params
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, is_dubious_html, repair_faulty_html
from trafilatura.xml import xmltotxt

from extract.fast.lxml import PARSER


def _from_bytes(html: str) -> HtmlElement | None:
    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=PARSER)
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
    """``trafilatura.utils.load_html`` of a string, step by step, with the parser of extract.fast.lxml."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = _repaired(html, beginning)
    tree, from_bytes = None, False
    try:
        tree = fromstring(html, parser=PARSER)
    except ValueError:  # a string with an encoding declaration: lxml wants bytes
        tree, from_bytes = _from_bytes(html), True
    except Exception:
        pass
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        tree = None  # not a whole HTML document
    return tree


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


def main_text(tree: HtmlElement, url: str | None = None) -> str | None:
    """The text of ``trafilatura.bare_extraction(tree, url=url, with_metadata=False,
    include_comments=False, include_tables=True)`` (None where it gives up on the page), its steps
    for these options, on the tree itself: ``bare_extraction`` copies a tree it is given before
    its own steps (half a millisecond a news page), and the caller has no use for the tree after
    (its metadata is read first, as ``bare_extraction(with_metadata=True)`` reads it before the
    text, from the same tree). tests/test_speed_paths.py compares both on saved pages and the
    benchmark's pages."""
    options = Extractor(config=DEFAULT_CONFIG, output_format="python", comments=False, tables=True, url=url)
    try:
        postbody, text, _comments_body, comments = trafilatura_sequence(tree, options, options.url)
        if options.max_tree_size:
            if len(postbody) > options.max_tree_size:
                strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                return None
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):  # bare_extraction discards the page on these
        return None
    return xmltotxt(postbody, options.formatting)
