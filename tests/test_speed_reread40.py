"""Stop 47's read-again notes (issues #13 and #18), mended in stop 48 with the same output: stop 42's line-break rule
for an item's subjectless continuations and later dates decided in one function
(``common.opens_new_paragraph_for_item_before``), and the glued-word parting's mechanism in ``nlp.parting`` (the
assignments' grammar still gives the pairs)."""
from __future__ import annotations

import pytest

from extract.assign.common import opens_new_paragraph_for_item_before
from extract.assign.cues import lower_for_matching
from nlp.parting import glued_pairs_pattern, parted


def _ask(text: str, item: str, sentence: str, lang: str = "en") -> bool:
    before_end = text.index(item) + len(item)
    return opens_new_paragraph_for_item_before(text, lower_for_matching(text), before_end, text.index(sentence), lang)


ITEM = "People's Committees of communes and wards: Continue to review the damage."
NEXT = "Synthesize the report before July 24."
COLON = "The Provincial People's Committee requests:\n"


@pytest.mark.parametrize("text, expected", [
    (f"{COLON}{ITEM} {NEXT}", False),                      # no line break: the item's paragraph goes on
    (f"{COLON}{ITEM}\n{NEXT}", False),                     # one unlabelled line under an assigning colon (stop 42)
    (f"{COLON}{ITEM}\n\n{NEXT}", True),                    # an empty line between: a new paragraph
    (f"The meeting ended:\n{ITEM}\n{NEXT}", True),         # a colon line that assigns nothing
    (f"{ITEM}\n{NEXT}", True),                             # no colon line above: a line break is a paragraph break
    (f"{COLON}\n{ITEM}\n{NEXT}", True),                    # an empty line right under the colon: no list
])
def test_a_line_break_is_a_paragraph_break_except_under_an_assigning_colon(text, expected):
    assert _ask(text, ITEM, NEXT) is expected


@pytest.mark.parametrize("text, glued", [
    ("Lesministres et présidents des comités populaires doivent agir.", ["Les"]),
    ("le ministère de laSanté et lesautorités locales", ["la", "les"]),
    ("Les ministres et présidents", []),                  # nothing glued
    ("Lesministresx et Bla", []),                         # a longer word is no listed second word; no capital after
])
def test_glued_words_parted_spans_back(text, glued):
    pattern = glued_pairs_pattern([(["la", "le", "les", "Les"], "capitalised"),
                                   (["Les", "les"], ["ministres", "autorités"]), ([], ["x"])])
    result = parted(text, pattern)
    if not glued:
        assert result is None
        return
    assert [text[c - len(w) : c] for c, w in zip(result.cuts, glued)] == glued
    assert result.text.replace(" ", "") == text.replace(" ", "")
    assert result.text.count(" ") == text.count(" ") + len(glued)
    # every word of the parted text maps back onto the same letters of the text
    at = 0
    for word in result.text.split(" "):
        start = result.text.index(word, at)
        at = start + len(word)
        s, e = result.span_back(start, at)
        assert text[s:e] == word
        assert result.start_in_parted(s) == start and result.end_in_parted(e) == at


def test_no_pairs_no_pattern():
    assert glued_pairs_pattern([([], "capitalised"), (["les"], [])]) is None
    assert parted("Lesministres", None) is None
