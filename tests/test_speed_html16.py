"""Issue 18's sixteenth speed pass, in the HTML step: justext's paragraphs with their text worked out
once, and readability's unlikely candidates judged once for each class and id as written, each
compared with the library's own step on the saved page, benchmark pages and look-alikes."""
from __future__ import annotations

from copy import copy
from pathlib import Path

import pytest
from lxml.etree import tostring

ROOT = Path(__file__).resolve().parents[1]


def _page(body: str, attrs: str = "") -> str:
    return f"<html><head><title>Trang</title></head><body{attrs}>{body}</body></html>"


def _pages() -> list[str]:
    from bench.bench_processing import realistic_pages

    saved = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "pages").glob("*.html"))]
    return saved + [page for _, page in realistic_pages(12, seed=11)]


# what justext's classification reads of a paragraph's text: its length (short under 50, long over
# 150), its words and stop words, links in it, a copyright sign, a heading before good text (the
# revision), <br><br> splitting a paragraph, runs of spaces and line breaks, a no-break space, a select
JUSTEXT_LOOK_ALIKES = [
    _page("<h2>Tin mới</h2><p>" + "Chính phủ đã ban hành nghị định về việc hỗ trợ cho các hợp tác xã. " * 4 + "</p>"
          "<p>Ngắn.</p><p>" + "".join(f"<a href='/{n}'>liên kết {n}</a> " for n in range(10)) + "</p>"
          "<p>© 2025 Báo điện tử, một dòng bản quyền đủ dài để qua ngưỡng ngắn của justext ở đây.</p>"),
    _page("<div>The ministry said that it will issue the decree\n\n  by the end of   the year, and that the"
          " provinces are to report on it.<br><br>A second part after two breaks, which is  a new paragraph of"
          "\u00a0its own, with the words of the language in it for the count.</div><select><option>Chọn"
          " một mục trong danh sách dài này để đủ độ dài</option></select>"),
    _page("<h1>Le décret</h1><p>Court.</p><p>" + "Le gouvernement a publié le décret sur les coopératives et les"
          " provinces doivent le mettre en œuvre avant la fin de l'année. " * 3 + "</p><h3>Autre</h3><p>x</p>"),
    _page("<p>" + "Regeringen har beslutat att kommunerna ska rapportera om arbetet före årets slut. " * 3 + "</p>"
          "<p><a href='/a'>En länk</a> och lite text efter den, inte så mycket.</p>"),
    _page(""),
]


@pytest.mark.parametrize("language", [None, "vi", "en", "fr", "sv"])
def test_justext_with_text_once_is_trafilaturas(language):
    """``try_justext_once`` gives trafilatura's ``try_justext`` body (the same paragraphs kept, the
    same text), and its paragraphs the text, classes and heading flags of justext's own, on the
    saved page, benchmark pages and look-alikes, with a language's stop list and with all of them;
    the digest of the functions is the one they were written against (otherwise trafilatura's own
    step runs)."""
    from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
    from trafilatura.external import try_justext

    from extract.fast import trafilatura as fast

    assert fast.JUSTEXT_IN_STEPS
    kept = classes = 0
    for page in _pages() + JUSTEXT_LOOK_ALIKES:
        tree = fast.load_html(page)
        for element in fast.basic_clean_matches(tree):
            fast.delete_element(element)
        mine = fast.try_justext_once(copy(tree), None, language)
        assert tostring(mine, encoding="unicode") == tostring(try_justext(copy(tree), None, language), encoding="unicode")
        kept += len(mine)
        made, plain = ParagraphMaker.make_paragraphs(copy(tree)), ParagraphMaker.make_paragraphs(copy(tree))
        for paragraph in made:
            paragraph.__class__ = fast._MadeParagraph
        for paragraphs in (made, plain):
            classify_paragraphs(paragraphs, fast.get_stoplist("Vietnamese"), 50, 150, 0.1, 0.2, 0.25, True)
            revise_paragraph_classification(paragraphs, 150)
        assert [(p.text, len(p), p.words_count, p.cf_class, p.class_type, p.heading) for p in made] == \
            [(p.text, len(p), p.words_count, p.cf_class, p.class_type, p.heading) for p in plain]
        classes |= {p.class_type for p in made} == {"good", "bad"} or len({p.class_type for p in made}) > 2
    assert kept > 20 and classes


# unlikely candidates judged by class and id: the same class beside different ids, the same joined
# words from different class and id, a class and id too short together, an ok-maybe word, capitals, and
# the body or html carrying an unlikely class before and after a div with the same one (never dropped
# itself, the div is)
UNLIKELY_LOOK_ALIKES = [
    _page('<div class="menu" id="a1"><p>một</p></div><div class="menu" id="a2"><p>hai</p></div>'
          '<div class="menu"><p>ba</p></div><div id="menu"><p>bốn</p></div><div class="a b">x</div>'
          '<div class="a" id="b">y</div><div class="x" id="">z</div><div class="" id="y">t</div>'
          '<div class="sidebar article">giữ</div><div class="SIDEBAR">hoa</div>'
          '<p>' + "Đoạn văn chính của bài viết. " * 10 + "</p>"),
    _page('<div class="sidebar"><p>bỏ</p></div><p>' + "Nội dung. " * 20 + "</p>", attrs=' class="sidebar"'),
    "<html class='sidebar'><body><div class='sidebar'><p>bỏ</p></div><div class='x'><p>" + "Nội dung. " * 20
    + "</p></div><div class='x' id='comment'><p>bỏ</p></div></body></html>",
]


def test_unlikely_candidates_by_class_and_id_are_readabilitys():
    """``_Readability.remove_unlikely_candidates`` (a verdict for each class and id as written)
    leaves the tree trafilatura's readability leaves, on the saved page, benchmark pages and the
    look-alikes above, elements dropped."""
    from trafilatura.readability_lxml import Document

    from extract.fast import trafilatura as fast

    dropped = 0
    for page in _pages() + UNLIKELY_LOOK_ALIKES:
        tree = fast.load_html(page)
        mine, plain = fast._Readability(copy(tree)), Document(copy(tree))
        mine.remove_unlikely_candidates()
        plain.remove_unlikely_candidates()
        assert tostring(mine.doc) == tostring(plain.doc)
        dropped += len(tree.xpath("//*")) - len(mine.doc.xpath("//*"))
        if page in UNLIKELY_LOOK_ALIKES:
            assert "bỏ" not in tostring(mine.doc, encoding="unicode")
    assert dropped > 50
