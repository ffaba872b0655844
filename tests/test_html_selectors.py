"""Per-source content selectors (``content_xpath`` in crawler/data/sources.json), applied in
extract/html.py before trafilatura: a legal-document portal laid out in tables loses its site chrome.

The saved page (tests/pages/legal_table_layout.html) was built for this test in the layout of such
portals (menus, login box and search form in table cells around the document); it copies no real
site's page, and its decree is invented (it only cites real ones)."""
from __future__ import annotations

from pathlib import Path

import pytest

PAGE = Path(__file__).parent / "pages" / "legal_table_layout.html"
URL = "https://thuvienphapluat.vn/van-ban/Linh-vuc/Nghi-dinh-21-2026-ND-CP-123456.aspx"
# the site chrome the page puts in table cells around the document
CHROME = ["THƯ VIỆN PHÁP LUẬT", "Bạn chưa đăng nhập", "Tra cứu văn bản", "Lĩnh vực tra cứu", "Văn bản cùng lĩnh vực",
          "Gói dịch vụ", "Lưu trữ", "Tìm văn bản"]


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_the_registry_gives_the_portal_its_content_selectors():
    from extract.html import content_xpaths

    assert content_xpaths(URL)
    assert content_xpaths("https://www.thuvienphapluat.vn/van-ban/x-1.aspx") == content_xpaths(URL)  # www. or not
    assert content_xpaths("https://baochinhphu.vn/x-102251209.htm") == ()  # a news site: trafilatura alone
    assert content_xpaths(None) == ()


@pytest.mark.parametrize("chrome", CHROME)
def test_the_document_keeps_no_site_chrome(page, chrome):
    import extract

    document = extract.document(page, url=URL)
    assert chrome not in document.text


def test_the_text_starts_with_the_document_and_keeps_all_of_it(page):
    import extract

    document = extract.document(page, url=URL)
    first_line = document.text.split("\n")[0]
    assert "CHÍNH PHỦ" in first_line and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first_line
    for kept in ("NGHỊ ĐỊNH", "Điều 1. Phạm vi điều chỉnh", "Điều 4. Hiệu lực thi hành", "TM. CHÍNH PHỦ"):
        assert kept in document.text
    assert {r.id for r in document.references} >= {"21/2026/NĐ-CP", "98/2018/NĐ-CP"}
    assert document.title.startswith("Nghị định 21/2026/NĐ-CP")  # the metadata still come from the whole page


def test_without_selectors_the_chrome_comes_first(page):
    """The problem the selectors solve: the same page from a host without them."""
    import extract

    document = extract.document(page, url="https://example.org/van-ban/nghi-dinh-21-2026.html")
    assert "THƯ VIỆN PHÁP LUẬT" in document.text.split("\n")[0]
    assert "Bạn chưa đăng nhập" in document.text


@pytest.mark.parametrize("xpaths, first", [
    (("//div[@class='content1']",), "CHÍNH PHỦ"),                          # the content block
    (("//div[@id='nowhere']", "//div[@class='content1']"), "CHÍNH PHỦ"),   # the first that finds anything wins
    (("//div[@id='nowhere']",), "THƯ VIỆN PHÁP LUẬT"),                     # none finds: the whole page
    (("//p[b]",), "NGHỊ ĐỊNH"),                                            # several elements, in document order
])
def test_select_content(page, xpaths, first):
    import trafilatura

    from extract.html import load_html, select_content

    tree = load_html(page)
    selected = select_content(tree, xpaths)
    text = trafilatura.bare_extraction(selected, with_metadata=False, include_tables=True).text
    assert first in text.split("\n")[0]
    assert tree.xpath("//td[contains(., 'Bạn chưa đăng nhập')]")  # the parsed page is left as it was
