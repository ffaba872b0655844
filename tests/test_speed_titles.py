"""Issue 18's eleventh speed pass: law titles looked for only before their type words
(``extract.refs.grammar.law_titles_in``) find what the law-title pattern's own ``finditer`` finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.refs import grammar
from nlp.fast.sre import most_nonspace_width
from nlp.fold import fold
from nlp.regex import finditer_near

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"

# titles in every form the pattern reads: a year before or after, an amending law's words (spread over line
# breaks and runs of spaces), a code, an ordinance, a constitution, a name glued to the next word or to an
# article, words glued together, plurals, and sentences with type words but no title
TITLE_TEXTS = [
    ("vi", "Căn cứ Luật Đất đai năm 2013 và Bộ luật Lao động 2019; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức "
           "Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019."),
    ("vi", "Luật   sửa đổi,\n bổ sung   một số điều    của\nLuật Đầu tư công; Pháp lệnh Dân số; Hiến pháp năm 2013; "
           "Luật tổ chức Chính phủngày 25 tháng 12 năm 2001; pháp luật đất đai; Luậtđất đai 2024."),
    ("vi", "- 1Luật đấu thầu 2013\nNghị quyết về xử lý nợ xấu của các tổ chức tín dụng; luật sư, luật pháp, Bộ Tư pháp."),
    ("en", "the 2020 Law on Amendments to the Law on Investment, the Land Law 2024 and the Labor Code 2019; "
           "the Law amending and supplementing a number of articles of the Law on Enterprises (2020 LOE)."),
    ("en", "the Land Laws of 1993, 2003 and 2013; lawyers, the law firm, Intellectual property law; the 1992 Constitution "
           "as amended in 2001; the Ordinance on Population;\n2020 Investment Law"),
    ("fr", "la Loi foncière de 2013, laConstitution de 1992 dans sa rédaction de 2013, la loi sur l’organisation du "
           "gouvernement et la Loi modifiant et complétant certains articles de la Loi sur la publicité."),
    ("fr", "les lois sur la presse, l’emploi, la loi de 2015 sur le budget de l'État, l'Ordonnance sur la population."),
    ("sv", "2013 års jordlag, lagen om ändring av vissa artiklar i jordlagen 2013, arbetslagen och brottsbalken; "
           "planlagt, lagom, ett lagförslag."),
    ("sv", "Lag  om ändring\noch komplettering av ett antal artiklar i\n\ninvesteringslagen, förordningen om priser."),
]


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _plain(folded: str):
    pattern, _lookup = grammar.law_title_pattern()
    return _spans(pattern.finditer(folded))


@pytest.mark.parametrize("lang,text", TITLE_TEXTS)
def test_law_titles_near_their_type_words_are_the_plain_scan(lang, text):
    folded = fold(text)
    assert _spans(grammar.law_titles_in(folded)) == _plain(folded)
    assert _plain(folded), "each text names a law"


@pytest.mark.parametrize("lang,text", TITLE_TEXTS)
def test_law_titles_tried_only_before_type_words(lang, text):
    pattern, _lookup = grammar.law_title_pattern()
    tried = []

    class Counting:
        def match(self, string, pos):
            tried.append(pos)
            return pattern.match(string, pos)

    folded = fold(text) + " " + "the rest of the page, with no title in it. " * 20
    found = _spans(finditer_near(Counting(), folded, *grammar.law_title_anchors()))
    assert found == _plain(folded)
    # a scan tries every word's start the pattern's first characters allow; the tail holds no type word
    assert tried and max(tried) < len(fold(text)) + 1


@pytest.mark.parametrize("gap", [" " * 300, "\n" + " " * 150 + "\n", "\t \u00a0" * 80])
@pytest.mark.parametrize("head,name", [("luat sua doi, bo sung mot so dieu cua", "luat dat dai"),
                                       ("law amending and supplementing a number of articles of the",
                                        "law on enterprises"),
                                       ("loi modifiant et completant certains articles de la", "loi fonciere"),
                                       ("lagen om andring av vissa artiklar i", "jordlagen")])
def test_white_space_runs_of_any_length_inside_a_title(gap, head, name):
    folded = "xem " + head.replace(" ", gap) + gap + name.replace(" ", gap) + " 2013, " + name
    assert _spans(grammar.law_titles_in(folded)) == _plain(folded)


def test_real_texts_give_the_plain_scans_titles():
    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:40] if DEV.exists() else [])
    assert paths
    for path in paths:
        folded = fold(path.read_text(encoding="utf-8"))
        assert _spans(grammar.law_titles_in(folded)) == _plain(folded), path.name


def test_every_spelling_holds_its_anchor_within_reach():
    _pattern, lookup = grammar.law_title_pattern()
    anchors, _opening, reach = grammar.law_title_anchors()
    for key in lookup:
        found = anchors.search(key)
        assert found is not None, key
        ahead = key[:found.start()]
        assert len(ahead) - ahead.count(" ") <= reach(found), key


@pytest.mark.parametrize("shorter,longer", [("luat", "luat dan su"), ("luat", "luat\nlao   dong"), ("lag", "lagen"),
                                            ("loi", "lois"), ("law", "laws")])
def test_anchors_matching_at_one_place_share_their_reach(shorter, longer):
    anchors, _opening, reach = grammar.law_title_anchors()
    one, other = anchors.match(shorter), anchors.match(longer)
    assert one and other and one.group() != other.group()
    assert reach(one) == reach(other)


@pytest.mark.parametrize("pattern,width", [
    (r"ab\s+c", 3), (r"a\s*b?", 2), (r"(?:abc|de)\s{0,5}x", 4), (r"(?<!\w)a{2,3}", 3), (r"[ \t]+x", 1),
    (r"luat\s*sua\s*doi,?\s*", 11), (r"(?P<y>(?:19|20)\d{2})\s+(?=law)", 4), (r"x[\s,]y", 3),
    (r"\w+", None), (r"a.*", None), (r"(a)\1", None),
])
def test_most_nonspace_width(pattern, width):
    assert most_nonspace_width(pattern) == width
