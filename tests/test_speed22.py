"""Issue 18, twenty-second pass: htmldate's date of a page whose metadata holds none is searched on the
tree the page was parsed into, not on a second parse, where that tree is the one htmldate would make
(``extract.html.parsed_as_htmldate_parses``). The pages' documents must be those of the plain path
(htmldate parsing the page for itself)."""
from __future__ import annotations

from pathlib import Path

import pytest
from htmldate import find_date

from extract import html as html_step
from extract.errors import InputError
from extract.fast.trafilatura import load_html

PAGES = Path(__file__).parent / "pages"

_BODY = ("<p>The Ministry of Finance shall submit the draft decree to the Government within the quarter, "
         "as the Prime Minister asked at the meeting on the state budget.</p>"
         "<p>Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan hoàn thành dự thảo nghị định "
         "trong quý này và báo cáo Thủ tướng Chính phủ.</p>" * 3)


def _page(head: str = "", body: str = _BODY, before: str = "<!DOCTYPE html>\n") -> str:
    return f"{before}<html><head><title>A page</title>{head}</head><body><article>{body}</article></body></html>"


LITERAL_PAGES = {
    # no date in the metadata: htmldate's search is the date's only source
    "date in the text": _page(body="<p>Hà Nội, 12/03/2024</p>" + _BODY),
    "date in a time element": _page(body='<time datetime="2024-05-06">6 May</time>' + _BODY),
    "date in an abbr": _page(body='<abbr class="published" title="2023-11-02">2 Nov</abbr>' + _BODY),
    "no date at all": _page(),
    "date in a comment": _page(body="<!-- 2022-01-15 10:20:30 -->" + _BODY),
    "date in a conditional comment": _page(head="<![if IE]><p>2021-02-03</p><![endif]>"),
    "xml declaration": '<?xml version="1.0" encoding="utf-8"?>\n' + _page(before="") + "<p>2020-07-08</p>",
    "self-closing html": '<html lang="en"/>\n<head><title>x</title></head><body>' + _BODY + "<p>2020-09-10</p></body>",
    "carriage returns": _page(before="<!DOCTYPE html>\r\n").replace("</p>", "</p>\r\n") + "<p>2019-04-05</p>",
    "invalid xml character": _page(body="<p>13.01.2024\x0b</p>" + _BODY),
    "malformed": "<html><head><title>Broken<body><div><p>Unclosed 01/02/2024<div><p>" + _BODY + "<table><tr><td>x",
    "canonical link with a date": _page(head='<link rel="canonical" href="https://example.vn/2024/06/07/tin.html">'),
    # the metadata's own date: htmldate's search is not asked
    "json-ld": _page(head='<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
                          '"NewsArticle", "headline": "A page", "datePublished": "2024-08-09T07:00:00+07:00"}</script>'),
    "meta date": _page(head='<meta property="article:published_time" content="2023-10-11T08:00:00+07:00">'),
    # little text: the fallbacks of the text's steps (baseline, justext) run
    "short text needing the fallback": _page(body="<div>Ngày 05/05/2024. Một câu ngắn về nghị định mới.</div>"),
    "json-ld without a date": _page(head='<script type="application/ld+json">{"@context": "https://schema.org", '
                                        '"@type": "NewsArticle", "headline": "Một trang"}</script>'),
    "malformed without a date": "<html><head><title>x</title><body><div><p>Unclosed<div><p>" + _BODY + "<table><tr><td>x",
    "empty": "",
    "empty body": _page(body=""),
}


def _all_pages() -> dict[str, str]:
    pages = dict(LITERAL_PAGES)
    for path in sorted(PAGES.glob("*.htm*")):
        pages[path.name] = path.read_text(encoding="utf-8")
        # the same page without its comments and dated metadata, so that the shared tree is read
        pages[path.name + " (no comments)"] = _without_comments(pages[path.name])
    return pages


def _without_comments(page: str) -> str:
    import re

    return re.sub(r"<!--.*?-->", "", page, flags=re.S)


def _result(page: str, url: str | None):
    try:
        content = html_step.extract_html(page, url=url)
    except InputError as exc:
        return ("error", exc.kind, str(exc))
    return (content.text, content.title, content.published, content.canonical_url)


@pytest.mark.parametrize("url", [None, "https://baochinhphu.vn/tin-2024.htm"])
@pytest.mark.parametrize("name", sorted(_all_pages()))
def test_shared_tree_gives_the_plain_document(name: str, url: str | None, monkeypatch) -> None:
    page = _all_pages()[name]
    shared = _result(page, url)
    monkeypatch.setattr(html_step, "parsed_as_htmldate_parses", lambda html: False)  # htmldate parses for itself
    assert _result(page, url) == shared


@pytest.mark.parametrize("name", sorted(LITERAL_PAGES))
def test_date_on_the_tree_is_htmldates_own(name: str) -> None:
    page = LITERAL_PAGES[name]
    tree = load_html(page)
    if tree is None:
        pytest.skip("no tree: the page is refused before any date")
    plain = find_date(page, original_date=True, extensive_search=False)
    assert html_step._date_without_metadata(page, tree, None) == plain


@pytest.mark.parametrize("name, shares", [
    ("date in the text", True), ("no date at all", True), ("json-ld", True), ("malformed", True),
    ("json-ld without a date", True), ("malformed without a date", True), ("carriage returns", True),
    ("date in a comment", False), ("date in a conditional comment", False), ("xml declaration", False),
    ("self-closing html", False), ("invalid xml character", False),
])
def test_gate(name: str, shares: bool) -> None:
    assert html_step.parsed_as_htmldate_parses(LITERAL_PAGES[name]) is shares


def test_gate_is_needed_for_comments() -> None:
    """A date only in a comment: htmldate's parse keeps it, trafilatura's tree has none (the test of the
    gate can fail)."""
    page = LITERAL_PAGES["date in a comment"]
    assert find_date(page, original_date=True, extensive_search=False) == "2022-01-15"
    assert find_date(load_html(page), original_date=True, extensive_search=False) != "2022-01-15"


def test_tree_left_for_the_text() -> None:
    """find_date copies a tree it is given: the text's steps read the tree as parsed."""
    from lxml.etree import tostring

    page = LITERAL_PAGES["date in the text"]
    tree = load_html(page)
    before = tostring(tree)
    html_step._date_without_metadata(page, tree, None)
    assert tostring(tree) == before


def test_no_second_parse_where_shared(monkeypatch) -> None:
    calls = []
    import htmldate.core

    real = htmldate.core.load_html
    monkeypatch.setattr(htmldate.core, "load_html", lambda obj: calls.append(type(obj).__name__) or real(obj))
    html_step.extract_html(LITERAL_PAGES["no date at all"])
    assert "str" not in calls  # the metadata's search and the fallback's both read the parsed tree
    html_step.extract_html(LITERAL_PAGES["date in a comment"])
    assert calls.count("str") == 1  # the gate shut: htmldate parses the page for itself
