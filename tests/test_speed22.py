"""Issue 18, twenty-second pass: the HTML step parses a page once, and every reader that can take a tree
(trafilatura's metadata functions, htmldate's search, the text's steps) reads that tree. The one second
parse left is htmldate's own, on a page whose metadata holds no date (README, "The twenty-second pass":
sharing the tree there saves nothing, as find_date copies a tree it is given)."""
from __future__ import annotations

from pathlib import Path

import htmldate.core
import pytest
import trafilatura.core
import trafilatura.utils

from extract import html as html_step
from extract.errors import InputError

PAGES = Path(__file__).parent / "pages"

_BODY = ("<p>The Ministry of Finance shall submit the draft decree to the Government within the quarter, "
         "as the Prime Minister asked at the meeting on the state budget.</p>"
         "<p>Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan hoàn thành dự thảo nghị định "
         "trong quý này và báo cáo Thủ tướng Chính phủ.</p>" * 3)


def _page(head: str = "", body: str = _BODY) -> str:
    return f"<!DOCTYPE html>\n<html><head><title>A page</title>{head}</head><body><article>{body}</article></body></html>"


DATED = {
    "json-ld": _page(head='<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
                          '"NewsArticle", "headline": "A page", "datePublished": "2024-08-09T07:00:00+07:00"}</script>'),
    "meta date": _page(head='<meta property="article:published_time" content="2023-10-11T08:00:00+07:00">'),
    "date in the text": _page(body="<p>Hà Nội, 12/03/2024</p>" + _BODY),
    "short text needing the fallback": _page(body="<div>Ngày 05/05/2024. Một câu ngắn về nghị định mới.</div>"),
    "malformed": "<html><head><title>x</title><body><div><p>Ngày 01/02/2024<div><p>" + _BODY + "<table><tr><td>x",
}
UNDATED = {"no date at all": _page(), "empty body": _page(body=""), "empty": ""}


@pytest.fixture()
def loads(monkeypatch) -> list[str]:
    """Which loader read what: htmldate's (a tree or a string) and trafilatura's own (never called)."""
    calls: list[str] = []
    real = htmldate.core.load_html
    monkeypatch.setattr(htmldate.core, "load_html", lambda obj: calls.append("htmldate:" + type(obj).__name__) or real(obj))
    for module in (trafilatura.core, trafilatura.utils):
        if hasattr(module, "load_html"):
            monkeypatch.setattr(module, "load_html", lambda *a, **k: calls.append("trafilatura") or None)
    return calls


def _read(page: str):
    try:
        return html_step.extract_html(page, url="https://example.vn/tin.html")
    except InputError:
        return None


@pytest.mark.parametrize("name", sorted(DATED) + [p.name for p in sorted(PAGES.glob("*.htm*"))])
def test_dated_page_parsed_once(name: str, loads: list[str]) -> None:
    page = DATED[name] if name in DATED else (PAGES / name).read_text(encoding="utf-8")
    content = _read(page)
    assert content is None or content.published
    assert loads and all(call == "htmldate:HtmlElement" for call in loads), loads


@pytest.mark.parametrize("name", sorted(UNDATED))
def test_undated_page_searched_again_by_htmldate(name: str, loads: list[str]) -> None:
    content = _read(UNDATED[name])
    assert "trafilatura" not in loads
    if content is not None:  # a page with text and no date: htmldate's fallback parses the string
        assert loads.count("htmldate:str") == 1 and content.published is None
