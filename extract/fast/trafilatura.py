"""trafilatura's page loading, the metadata a document keeps and the main text, step by step: the
one module that calls trafilatura's inner functions (``trafilatura.utils``, ``trafilatura.metadata``,
``trafilatura.settings``, the steps of ``trafilatura.core.trafilatura_sequence``,
``trafilatura.external``, ``trafilatura.baseline``, ``trafilatura.xpaths``, ``trafilatura.xml``), for
extract.html. Written against trafilatura 2.3 (pyproject.toml pins it below 2.4 until this module
is checked on a newer one).

``load_html`` is ``trafilatura.load_html`` with the parser of extract.fast.lxml, and the removal of
characters XML cannot hold only on a page that has one; ``page_metadata`` finds title, URL and
date as ``trafilatura.extract_metadata`` finds them, without the author, site name, categories,
tags and licence a document never keeps (the author search copies the whole tree); ``main_text`` is
``bare_extraction``'s text on the tree itself, without its copy of the tree, and with the prunes
of the raw tree its sequence opens with (``raw_tree_prune``) and html2txt's cleaning
(``page_text``) done by a walk in Python instead of libxml2's XPath with a Python callback per
element. Together they make the HTML step cheaper than bare trafilatura (README, "Processing speed").
tests/test_speed.py checks that text, title, date and URL are those of the public
``trafilatura.bare_extraction(with_metadata=True)`` on saved pages and the benchmark's pages built
from real articles.
"""
from __future__ import annotations

import hashlib
import inspect
import re
from copy import copy
from functools import cached_property

from htmldate import find_date
from justext import core as _justext_core
from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
from justext.paragraph import Paragraph as JustextParagraph
from justext.utils import get_stoplist, normalize_whitespace
from lxml.etree import Element, SubElement, strip_tags
from lxml.html import HtmlElement, fromstring
from trafilatura import baseline, html2txt
from trafilatura.core import (ESCALATION_ACCEPT_RATIO, ESCALATION_JUSTEXT_RATIO, ESCALATION_MAX_LENGTH,
                              ESCALATION_PAGE_SHARE, _extract_and_compare, _forum_thread_page, _prepare_tree,
                              trafilatura_sequence)
from trafilatura import external as _external
from trafilatura import readability_lxml as _readability
from trafilatura import core as _core
from trafilatura.external import JUSTEXT_OVERRIDE_RATIO, SANITIZED_XPATH, _prefer_readability, justext_rescue, \
    jt_stoplist_init, sanitize_tree, try_justext
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.readability_lxml import FRAME_TAGS, REGEXES, Document as ReadabilityDocument, text_length
from trafilatura.utils import fromstring_bytes
from lxml.etree import tostring
from trafilatura.xpaths import OVERALL_DISCARD_XPATH
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.baseline import _spaced_text
from trafilatura.settings import (_COOKIE_CONSENT_RE, BASIC_CLEAN_XPATH, DEFAULT_CONFIG, JUSTEXT_LANGUAGES,
                                  Document as Metadata, Extractor, set_date_params)
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, is_dubious_html, repair_faulty_html, trim
from trafilatura.xml import delete_element, xmltotxt
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

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


# The raw-tree prunes of trafilatura_sequence (trafilatura.xpaths RAW_TREE_PRUNE_XPATH, then
# REMOVE_COMMENTS_AND_LISTS_XPATH unless the page is a forum thread), spelt out in Python. Each
# expression walks every element (``.//*``) and calls back into Python for each of its regular
# expression tests (EXSLT ``re:test``): 4 ms a news page, a sixth of trafilatura's work, where a walk
# over the elements of the named tags with the same regular expressions takes under 1 ms. Written
# against the expressions (these and BASIC_CLEAN_XPATH below) whose text has this digest: trafilatura's
# own prunes run for any other.
_PRUNE_XPATHS_DIGEST = "8a6fb141023cb0d1"
_INFINITE = re.compile("mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED_ARTICLE = re.compile("mvp-post-add-(?:box|wrap)")
_COMMENTS_ID = re.compile("^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENTS_LIST_ID = re.compile("^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS = re.compile("^[Cc]omment(?!ary)|(?:article|post)-comments")


def _prune_xpaths_digest() -> str:
    return hashlib.sha256("\n".join(x.path for x in RAW_TREE_PRUNE_XPATH + REMOVE_COMMENTS_AND_LISTS_XPATH
                                     + [BASIC_CLEAN_XPATH]).encode("utf-8")).hexdigest()[:16]


PRUNE_IN_PYTHON = _prune_xpaths_digest() == _PRUNE_XPATHS_DIGEST


def _either(pattern: re.Pattern, element: HtmlElement) -> bool:
    """``re:test(@id, pattern) or re:test(@class, pattern)``: an absent attribute reads as ''."""
    return bool(pattern.search(element.get("id") or "") or pattern.search(element.get("class") or ""))


def _appended_articles(tree: HtmlElement) -> list[HtmlElement]:
    """RAW_TREE_PRUNE_XPATH's first: infinite-scroll containers but one holding a h1, appended articles."""
    return [e for e in tree.iterdescendants("div", "section", "aside")
            if _either(_INFINITE, e) and (e.find(".//h1") is None or _either(_APPENDED_ARTICLE, e))]


def _share_buttons(tree: HtmlElement) -> list[HtmlElement]:
    """RAW_TREE_PRUNE_XPATH's second: ``contains(@class, 'elementor-share-buttons')``."""
    return [e for e in tree.iterdescendants("div", "section", "aside") if "elementor-share-buttons" in (e.get("class") or "")]


def _comment_containers(tree: HtmlElement) -> list[HtmlElement]:
    """REMOVE_COMMENTS_AND_LISTS_XPATH: comment containers, and ol/ul comment lists (not by the disqus ids)."""
    return [e for e in tree.iterdescendants("div", "list", "section", "details", "ol", "ul")
            if (_COMMENTS_ID.search(e.get("id") or "") or _COMMENTS_CLASS.search(e.get("class") or ""))
            and (e.tag not in ("ol", "ul") or _either(_COMMENTS_LIST_ID, e) or _COMMENTS_CLASS.search(e.get("class") or ""))]


# trafilatura.settings BASIC_CLEAN_XPATH, the cleaning of html2txt (which trafilatura_sequence asks for the
# length of the page's text when the main text is short): 7 ms a news page by XPath (a callback for
# each element's class and id), 1 ms in Python
_BASIC_CLEAN_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})
_COOKIE_CONSENT = re.compile(_COOKIE_CONSENT_RE, re.IGNORECASE)


def basic_clean_matches(body: HtmlElement) -> list[HtmlElement]:
    """The elements BASIC_CLEAN_XPATH finds under ``body``, in document order. Its
    ``contains(@class|@id, 'footer')`` reads the first of the two attributes as written."""
    found = []
    for element in body.iterdescendants():
        tag = element.tag
        if not isinstance(tag, str):  # a comment or an entity: ``*`` is elements only
            continue
        if tag in _BASIC_CLEAN_TAGS \
                or (tag == "div" and "footer" in next((v for k, v in element.items() if k in ("class", "id")), "")) \
                or _COOKIE_CONSENT.search(element.get("class") or "") or _COOKIE_CONSENT.search(element.get("id") or ""):
            found.append(element)
    return found


def page_text(tree: HtmlElement) -> str:
    """``trafilatura.html2txt(tree)`` (the tree is left as it is), its cleaning done in Python."""
    if not PRUNE_IN_PYTHON:
        return html2txt(tree)
    tree = copy(tree)
    body = tree.find(".//body")
    if body is None:  # an element given without a body is its own content
        body = tree
    for element in basic_clean_matches(body):
        delete_element(element)
    return _spaced_text(body)


# justext (which trafilatura runs where the main text is short or unclean: on 7 of 200 benchmark
# pages, about as long as the rest of such a page) reads a paragraph's text, joined from its text
# nodes and its spaces normalised, at each of ``len``, the word and stop word counts, the link density
# and the classification's tests: five to seven times a paragraph. Once the paragraphs are made
# nothing adds to their text nodes, so the text is worked out once. Written against the functions
# whose source has this digest: trafilatura's own justext step runs for any other.
_JUSTEXT_DIGEST = "88f36abdde3fdcc7"
_JUSTEXT_FUNCTIONS = (_external.try_justext, _external.justext_rescue, JustextParagraph, classify_paragraphs,
                      revise_paragraph_classification, _justext_core._get_neighbour)


def _justext_digest() -> str:
    try:
        source = "\n".join(inspect.getsource(f) for f in _JUSTEXT_FUNCTIONS)
    except (OSError, TypeError):  # no source to read: trafilatura's own justext step
        return ""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


JUSTEXT_IN_STEPS = _justext_digest() == _JUSTEXT_DIGEST


class _MadeParagraph(JustextParagraph):
    """justext's paragraph once ``ParagraphMaker`` has made it: its text and word count kept."""

    @cached_property
    def text(self) -> str:
        return normalize_whitespace("".join(self.text_nodes).strip())

    @cached_property
    def words_count(self) -> int:
        return len(self.text.split())


def try_justext_once(tree: HtmlElement, url: str | None, target_language: str | None):
    """``trafilatura.external.try_justext(tree, url, target_language)``, step by step, each
    paragraph's text worked out once (``_MadeParagraph``)."""
    if not JUSTEXT_IN_STEPS:
        return try_justext(tree, url, target_language)
    result_body = Element("body")
    if target_language in JUSTEXT_LANGUAGES:
        stoplist = get_stoplist(JUSTEXT_LANGUAGES[target_language])
    else:
        stoplist = _external.JT_STOPLIST or jt_stoplist_init()
    try:
        paragraphs = ParagraphMaker.make_paragraphs(tree)
        for paragraph in paragraphs:
            paragraph.__class__ = _MadeParagraph
        classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
        revise_paragraph_classification(paragraphs, 150)
    except Exception:  # trafilatura logs and goes on with an empty body
        pass
    else:
        for paragraph in paragraphs:
            if not paragraph.is_boilerplate:
                SubElement(result_body, "p").text = paragraph.text
    return result_body


def _justext_rescue(tree: HtmlElement, options: Extractor) -> tuple:
    """``trafilatura.external.justext_rescue(tree, options)``: justext's paragraphs of the tree after
    html2txt's cleaning, that cleaning done in Python, each paragraph's text worked out once."""
    if not PRUNE_IN_PYTHON:
        return justext_rescue(tree, options)
    for element in basic_clean_matches(tree):
        delete_element(element)
    body = try_justext_once(tree, options.url, options.lang)
    return body, trim(" ".join(body.itertext()))


# in trafilatura_sequence's order, each beside the expression it stands for
RAW_TREE_PRUNES = ((_appended_articles, RAW_TREE_PRUNE_XPATH[0]), (_share_buttons, RAW_TREE_PRUNE_XPATH[1]),
                   (_comment_containers, REMOVE_COMMENTS_AND_LISTS_XPATH[0]))


def raw_tree_prune(tree: HtmlElement, forum: bool) -> None:
    """Delete what the raw-tree prunes find, in their order, each after the deletions of the one
    before, in document order as trafilatura deletes them; the comment containers not on a forum
    thread (with comments off, its posts are the content). Descendants only, as ``.//*`` finds."""
    for find, _expression in RAW_TREE_PRUNES[: 2 if forum else 3]:
        for element in find(tree):
            delete_element(element)


# readability (trafilatura's fork, which compare_extraction runs on every page: 6 ms of a news page,
# a third of the HTML step) with two of its steps cheaper and the same result: the removal of
# unlikely candidates looks only at the elements with a class or an id (for any other, the class and
# id joined are shorter than 2 characters and it goes on to the next), found by libxml2 in document
# order, as ``findall(".//*")`` lists them; the scoring of paragraphs works out the text length of
# each link once (a link lies inside several candidates: its paragraph's parent and grandparent up to
# the body; nothing changes the tree while the paragraphs are scored). Written against the functions
# whose source has this digest: trafilatura's own comparison runs for any other.
_READABILITY_DIGEST = "75b670a5d9320f13"
_READABILITY_FUNCTIONS = (_core._prepare_tree, _core._extract_and_compare, _core._recall_retry, _external.compare_extraction,
                          _external.try_readability, ReadabilityDocument.remove_unlikely_candidates,
                          ReadabilityDocument.score_paragraphs, ReadabilityDocument.get_link_density,
                          _readability.text_length)


def _readability_digest() -> str:
    try:
        source = "\n".join(inspect.getsource(f) for f in _READABILITY_FUNCTIONS)
    except (OSError, TypeError):  # no source to read: trafilatura's own comparison
        return ""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


READABILITY_IN_STEPS = _readability_digest() == _READABILITY_DIGEST


class _Readability(ReadabilityDocument):
    """trafilatura.readability_lxml.Document, its unlikely candidates and paragraph scores cheaper."""

    __slots__ = ("_link_lengths",)

    def __init__(self, doc: HtmlElement, min_text_length: int = 25) -> None:
        super().__init__(doc, min_text_length)
        self._link_lengths: dict | None = None

    def remove_unlikely_candidates(self) -> None:
        verdicts: dict[tuple, bool] = {}  # by class and id as written: most repeat on a page
        for elem in self.doc.xpath("descendant::*[@class or @id]"):  # another's class and id join to ''
            key = (elem.get("class"), elem.get("id"))
            verdict = verdicts.get(key)
            if verdict is None:
                attrs = " ".join(filter(None, key))
                low = attrs.lower()
                verdict = verdicts[key] = len(attrs) >= 2 and bool(REGEXES["unlikelyCandidatesRe"].search(low)) \
                    and not REGEXES["okMaybeItsACandidateRe"].search(low)
            if verdict and elem.tag not in FRAME_TAGS:
                elem.drop_tree()

    def score_paragraphs(self) -> dict:
        self._link_lengths = {}  # link -> its text length, while the tree stays as it is
        try:
            return super().score_paragraphs()
        finally:
            self._link_lengths = None

    def get_link_density(self, elem: HtmlElement) -> float:
        lengths = self._link_lengths
        if lengths is None:
            return super().get_link_density(elem)
        total_length = text_length(elem) or 1
        link_length = 0
        for link in elem.findall(".//a"):
            length = lengths.get(link)
            if length is None:
                length = lengths[link] = text_length(link)
            link_length += length
        return link_length / total_length


def _try_readability(htmlinput: HtmlElement) -> HtmlElement:
    """``trafilatura.external.try_readability`` with the readability above."""
    try:
        doc = _Readability(htmlinput, min_text_length=25)
        summary = fromstring_bytes(doc.summary())
        return summary if summary is not None else HtmlElement()
    except Exception:  # trafilatura logs and goes on with an empty element
        return HtmlElement()


def _compare_extraction(cleaned_tree, raw_tree: HtmlElement, body, text: str, options: Extractor) -> tuple:
    """``trafilatura.external.compare_extraction``, step by step, with the readability above;
    ``cleaned_tree`` is a function giving the cleaned tree, called only where justext reads it."""
    len_text = len(text)
    if options.focus == "recall" and len_text > options.min_extracted_size * 10:
        return body, text
    if options.focus == "precision":
        raw_tree = prune_unwanted_nodes(raw_tree, OVERALL_DISCARD_XPATH)
    temppost_algo = _try_readability(raw_tree)
    algo_text = trim(tostring(temppost_algo, method="text", encoding="utf-8").decode("utf-8"))
    len_algo = len(algo_text)
    use_readability = _prefer_readability(body, temppost_algo, algo_text, len_text, len_algo, options)
    if use_readability:
        body, text, len_text = temppost_algo, algo_text, len_algo
    unclean = bool(body.xpath(SANITIZED_XPATH))
    if unclean or len_text < options.min_extracted_size:
        body2, text2 = _justext_rescue(cleaned_tree(), options)
        len_text2 = len(text2)
        if unclean:
            accept = len_text <= JUSTEXT_OVERRIDE_RATIO * len_text2 and (
                len_text2 > len_text or not options.images or body.find(".//graphic") is None)
        else:
            accept = len_text < len_text2
        if text2 and accept:
            body, text, len_text = body2, text2, len_text2
            use_readability = False
    if use_readability:
        body, text = sanitize_tree(body, options)
    return body, text


def _prepared_and_compared(tree: HtmlElement, options: Extractor, url: str | None) -> tuple:
    """``trafilatura.core._extract_and_compare(*_prepare_tree(tree, options, url), tree, options)``:
    the raw tree cleaned and converted, the main extractor, then the comparison above. The cleaned
    tree before conversion (``_prepare_tree``'s backup, a copy of the whole cleaned tree) is read
    only where justext is asked, seldom: there it is the raw tree cleaned again, the same tree, as
    nothing changes the raw tree in between (readability reads a copy of it)."""
    if not READABILITY_IN_STEPS:
        return _extract_and_compare(*_prepare_tree(tree, options, url), tree, options)
    cleaned = convert_tags(tree_cleaning(copy(tree), options), options, url)
    postbody, temp_text = _core.extract_content(cleaned, options)
    if not options.fast:
        postbody, temp_text = _compare_extraction(lambda: tree_cleaning(copy(tree), options), copy(tree), postbody,
                                                  temp_text, options)
    return postbody, temp_text


def _sequence(tree: HtmlElement, options: Extractor, url: str | None) -> tuple:
    """``trafilatura_sequence(tree, options, url)``'s body and text for the options of ``main_text``
    (comments off, balanced focus, not fast), step by step with trafilatura's own functions, the
    raw-tree prunes done in Python: (1) the main extractor compared with readability and justext on
    the pruned tree, (2) the baseline where that found too little, (3) where the text is short and
    a small share of the page's, the retry in recall mode beside justext's, the longer kept by
    trafilatura's ratios. tests/test_speed_paths.py compares the text with bare_extraction's."""
    if not PRUNE_IN_PYTHON:
        return trafilatura_sequence(tree, options, url)[:2]
    raw_tree_prune(tree, forum=_forum_thread_page(tree))
    postbody, text = _prepared_and_compared(tree, options, url)
    if len(text) < options.min_extracted_size:
        rescue_body, rescue_text, rescue_length = baseline(tree)  # it copies the tree
        if rescue_length > len(text):
            postbody, text = rescue_body, rescue_text
    if 0 < len(text) < ESCALATION_MAX_LENGTH and len(text) < ESCALATION_PAGE_SHARE * len(page_text(tree)):
        recall = copy(options)
        recall.focus = "recall"
        retry_text = justext_text = ""
        try:
            retry_body, retry_text = _prepared_and_compared(tree, recall, url)
        except Exception:  # trafilatura logs and goes on without the retry
            pass
        try:
            justext_body, justext_text = _justext_rescue(copy(tree), options)
        except Exception:  # the same for justext's candidate
            pass
        if len(justext_text) > len(retry_text) and len(justext_text) > ESCALATION_JUSTEXT_RATIO * len(text):
            postbody, text = justext_body, justext_text
        elif len(retry_text) >= options.min_extracted_size and len(retry_text) > ESCALATION_ACCEPT_RATIO * len(text):
            postbody, text = retry_body, retry_text
    return postbody, text


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
        postbody, text = _sequence(tree, options, options.url)
        if options.max_tree_size:
            if len(postbody) > options.max_tree_size:
                strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                return None
        comments = ""  # comments off
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):  # bare_extraction discards the page on these
        return None
    return xmltotxt(postbody, options.formatting)
