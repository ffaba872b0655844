"""Issue 18's seventeenth speed pass, in the province finder (``nlp.provinces``), which the assignments
ask about each sentence and the derived tables about each document: the test of how a name is written
cached (a pure function of its strings), the words before and after a name read with patterns compiled
once, a province's words that a name may not stand next to folded once. Each is compared with the
plain step it stands for, on literal texts in four languages and look-alikes."""
from __future__ import annotations

import re

import pytest

from nlp import provinces as p
from nlp.fold import fold


def _plain_word_before(text: str, folded: str, start: int, n: int = 1) -> tuple[str, str]:
    m = re.search(r"(\w+(?:[ \t]+\w+){%d})[ \t]+$" % (n - 1), text[max(0, start - 40):start])
    if not m:
        return "", ""
    begin = max(0, start - 40) + m.start(1)
    end = max(0, start - 40) + m.end(1)
    return text[begin:end], folded[begin:end]


def _plain_word_after(text: str, folded: str, end: int) -> tuple[str, str]:
    m = re.match(r"[ \t]+(\d+(?:[.,]\d{3})+(?!\d)|\w+)", text[end:end + 40])
    if not m:
        return "", ""
    return m.group(1), folded[end + m.start(1):end + m.end(1)]


TEXTS = [
    # vi: a designated name, a street, a person, a bare name, a quantity after the name
    "UBND tỉnh Vĩnh Long giao Sở Tài chính; đường Hà Nội, ông Bình Định và Nghệ An 1.766,265 tấn, Đồng Nai 3.",
    # en: city names with designators, a name at the very end, a number glued at the window's edge
    "The People's Committee of Ho Chi Minh City and Da Nang asked Quang Ninh province to report by 2025. Hanoi",
    # fr: partial diacritics, a hyphenated designator, digit groups longer than the 40-character window
    "La province de Dà Nang et Hô Chi Minh-Ville ont signé avec Hanoï 12.345.678.901.234.567.890.123.456.789,000",
    # sv: a suffixed designator, tabs and several spaces between words, a name with no word before it
    "Hanoi\tprovinsen   och  Quang\t \tNinh-provinsen rapporterar till regeringen i Vietnam om Can Tho.",
    # look-alikes: no province at all, words only (nothing before or after), empty windows
    "Tiên Giang là tên người; Bộ Y tế và Bộ Tài chính phối hợp.",
    "   ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_before_and_after_read_as_the_plain_patterns(text):
    folded = fold(text)
    for pos in range(len(text) + 1):
        assert p._word_after(text, folded, pos) == _plain_word_after(text, folded, pos)
        for n in (1, 2):
            assert p._word_before(text, folded, pos, n) == _plain_word_before(text, folded, pos, n)


WRITTEN = [
    ("Vĩnh Long", "Vĩnh Long", False), ("Vinh Long", "Vĩnh Long", False), ("Vĩnh long", "Vĩnh Long", False),
    ("VĨNH LONG", "Vĩnh Long", False), ("Tiên Giang", "Tiền Giang", False), ("Tiên Giang", "Tiền Giang", True),
    ("Dà Nang", "Đà Nẵng", True), ("Dà Nang", "Đà Nẵng", False), ("HCM", "HCM", False), ("Hcm", "HCM", True),
    ("Hanoï", "Hanoï", True), ("hanoi", "Hanoi", True), ("Quang Ninh", "Quảng Ninh", False),
]


@pytest.mark.parametrize("span,surface,partial", WRITTEN)
def test_written_like_cached_is_the_plain_test(span, surface, partial):
    plain = p._written_like.__wrapped__(span, surface, partial)
    assert p._written_like(span, surface, partial) == plain
    assert p._written_like(span, surface, partial) == plain  # asked again: the kept answer


def test_folded_words_are_the_set_folded_at_each_call():
    for province in p.provinces("2024").values():
        for words in (province.not_before, province.not_after):
            assert p._folded(words) == {fold(w) for w in words}


FOUND = [
    ("UBND tỉnh Vĩnh Long giao Sở Tài chính tỉnh Vĩnh Long", "vi", 2),
    ("đường Hà Nội kéo dài", "vi", 0),
    ("The People's Committee of Ho Chi Minh City and Da Nang", "en", 2),
    ("La province de Dà Nang et Hô Chi Minh-Ville", "fr", 2),
    ("Hanoi-provinsen och Quang Ninh-provinsen", "sv", 2),
    ("Tiên Giang là tên người", "vi", 0),
]


@pytest.mark.parametrize("text,lang,count", FOUND)
def test_find_provinces_same_with_the_kept_answers(text, lang, count):
    first = [(m.start, m.end, m.code, m.designated) for m in p.find_provinces(text, lang)]
    again = [(m.start, m.end, m.code, m.designated) for m in p.find_provinces(text, lang)]
    assert first == again
    assert len(first) == count
