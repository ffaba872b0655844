"""The fast paths of text processing give exactly what their plain versions give.

Folding, lowering and the gazetteer matcher are rewritten for speed (translate tables, a trie of
names); each is checked here against the straightforward version it replaced, on tricky characters
and on real text (the seeds, and the dev articles when present).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.assign.cues import _PUNCT, lower_for_matching
from nlp import agencies
from nlp.fold import _fold_char, fold

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"


def _texts() -> list[str]:
    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:40] if DEV.exists() else [])
    return [p.read_text(encoding="utf-8") for p in paths]


TRICKY = [
    "Nghị định số 98/2018/NĐ-CP của Chính phủ",  # Vietnamese letters, đ without decomposition
    "İstanbul ΣΟΦΟΣ straße ẞ ǅ ﬁ",  # letters whose lower case is longer, or differs in context
    "Ærø Øresund Łódź ð",  # letters folded by the project's own table
    "e\u0301 a\u0300 combining marks, \u00a0no-break space, ‘quotes’ – dashes —",  # marks and punctuation
    "中华人民共和国 😀 ١٢٣",  # scripts without case
]


def _plain_lower(text: str) -> str:
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text.translate(_PUNCT))


@pytest.mark.parametrize("text", TRICKY)
def test_fold_matches_per_character_folding(text):
    # the translate table gives what folding each character alone gives, at the same length
    assert fold(text) == "".join(_fold_char(c) for c in text)
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text", TRICKY)
def test_lower_for_matching_matches_per_character_lowering(text):
    # one character for one: "İ" (lowered to two characters) stays, "Σ" lowers alone, never in context
    assert lower_for_matching(text) == _plain_lower(text)
    assert len(lower_for_matching(text)) == len(text)


def test_fold_and_lower_on_real_text():
    for text in _texts():
        assert fold(text) == "".join(_fold_char(c) for c in text)
        assert lower_for_matching(text) == _plain_lower(text)


def _alternation_matcher() -> re.Pattern:
    """The gazetteer's names as a plain longest-first alternation: what the trie replaced."""
    _, names, *_ = agencies._matchers()
    patterns = ["".join(agencies._name_units(name)) for name in names]
    return re.compile(r"(?<!\w)" + agencies._alternation(patterns) + r"(?!\w)")


LOOK_ALIKES = [
    "bo tai chinh va bo ke hoach va dau tu",  # two names in a row
    "bo tai chinhx bo y te",  # a name glued to a letter is not a name; the next one is
    "uy ban nhan dan tinh - thanh pho ha noi",  # a dash between words
    "bo  tai\nchinh",  # any run of spaces between words
    "ministry of finance of vietnam ministry of",  # a longer name over a shorter one, a truncated one
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_trie_finds_what_the_alternation_finds(text):
    by_name, *_ = agencies._matchers()
    expected = [(m.span(), m.group()) for m in _alternation_matcher().finditer(text)]
    assert [(m.span(), m.group()) for m in by_name.finditer(text)] == expected


def test_trie_finds_what_the_alternation_finds_on_real_text():
    by_name, *_ = agencies._matchers()
    plain = _alternation_matcher()
    found = 0
    for text in _texts():
        folded = agencies.fold_for_matching(text)
        expected = [(m.span(), m.group()) for m in plain.finditer(folded)]
        assert [(m.span(), m.group()) for m in by_name.finditer(folded)] == expected
        found += len(expected)
    assert found > 20  # the texts do name bodies: the comparison is not between two empty lists


# texts that exercise langdetect's text preparation: URLs and e-mail addresses, runs of spaces,
# capitalised words (no n-grams), non-Latin scripts (Latin dropped), combining marks (re-composed)
DETECTOR_TEXTS = [
    "Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển hợp tác trong sản xuất",  # Vietnamese
    "The Ministry of Finance   shall guide   the implementation, see https://mof.gov.vn/x?a=1 or info@mof.gov.vn",  # URL, e-mail, spaces
    "Le GOUVERNEMENT a adopté le DÉCRET relatif aux coopératives agricoles de la province",  # capitalised words
    "Regeringen har beslutat att kooperativen ska få stöd under året",  # Swedish
    "中华人民共和国政府 and a little English inside Chinese text 政府工作报告",  # Latin dropped when rare
    "Vie\u0302\u0323t Nam ho\u031b\u0323p ta\u0301c xa\u0303",  # decomposed Vietnamese marks
    "ab",  # too short for most n-grams
    "   ",  # nothing to detect: langdetect raises
]


def _langdetect_answer(detector) -> list[tuple[str, float]] | str:
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except Exception as exc:  # langdetect's own "no features" error must be the same too
        return type(exc).__name__


@pytest.mark.parametrize("text", DETECTOR_TEXTS)
@pytest.mark.parametrize("languages", [None, ("vi", "en", "fr", "sv")])
def test_detector_gives_langdetects_own_probabilities(text, languages):
    from nlp import langid

    factory = langid._factory(languages)
    plain, fast = factory.create(), langid._Detector(factory)
    for detector in (plain, fast):
        detector.append(text)
    # the same n-grams in the same order, so the same seeded trials and the same floats
    assert fast._extract_ngrams.__func__ is not plain._extract_ngrams.__func__
    assert _langdetect_answer(fast) == _langdetect_answer(plain)


def test_detector_matches_langdetect_on_real_paragraphs():
    from nlp import langid

    paragraphs = [p for text in _texts() for p in text.split("\n") if p.strip()][:300]
    for languages, limit, trials in ((None, None, None), (("vi", "en", "fr", "sv"), 250, 3)):
        factory = langid._factory(languages)
        for paragraph in paragraphs:
            plain, fast = factory.create(), langid._Detector(factory)
            for detector in (plain, fast):
                if limit:
                    detector.set_max_text_length(limit)
                if trials:
                    detector.n_trial = trials
                detector.append(paragraph)
            assert _langdetect_answer(fast) == _langdetect_answer(plain), paragraph
