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
