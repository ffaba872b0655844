"""Words a page glued together (a line break it lost: ``Lesministres``, ``provincesau``, ``laSanté``) read parted, the
spans staying those of the text: a space put back at the end of each match of a stage's own pattern of glued first words
(the assignments' grammar's ``glued_articles`` and ``glued_words``), and the offsets to go between the two texts. Any
facts stage may read its text so; the text a document stores is never changed.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple


class Parted(NamedTuple):
    """The text with the spaces put in, the offsets of ``text`` where they go in (ascending), and for each offset of
    the new text the offset of ``text`` it stands for (an added space stands for the next word's first letter)."""

    text: str
    cuts: list[int]
    back: list[int]

    def start_in_parted(self, start: int) -> int:
        """Where a span of the original text opening at ``start`` opens in the parted text."""
        return start + bisect_right(self.cuts, start)

    def end_in_parted(self, end: int) -> int:
        """Where a span of the original text closing at ``end`` closes in the parted text."""
        return end + bisect_left(self.cuts, end)

    def span_back(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the span ``start``–``end`` of the parted text stands for."""
        return self.back[start], (self.back[end - 1] + 1 if end > start else self.back[start])


def _glued_pair(firsts: list[str], seconds: list[str] | str) -> str:
    """The pattern of one word of ``firsts`` glued to one of ``seconds`` (or, for ``"capitalised"``, to any word opening
    with a capital and a small letter), the first word the match, no letter before it nor after the listed second word."""
    a = "|".join(re.escape(w) for w in sorted(firsts, key=len, reverse=True))
    if seconds == "capitalised":
        return rf"(?<![^\W\d_])(?:{a})(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
    w = "|".join(re.escape(w) for w in sorted(seconds, key=len, reverse=True))
    return rf"(?<![^\W\d_])(?:{a})(?=(?:{w})(?![^\W\d_]))"


def glued_pairs_pattern(pairs: list[tuple[list[str], list[str] | str]]) -> re.Pattern | None:
    """One pattern of every pair (first words, second words or ``"capitalised"``): a first word glued to one of its
    second words, the first word the match; pairs with either side empty are left out, None where none is left."""
    patterns = [_glued_pair(first, second) for first, second in pairs if first and second]
    return re.compile("|".join(patterns)) if patterns else None


def parted(text: str, pattern: re.Pattern | None) -> Parted | None:
    """``text`` with a space put back at the end of each match of ``pattern`` (the glued first word), None where
    nothing matches (or there is no pattern)."""
    cuts = [m.end() for m in pattern.finditer(text)] if pattern is not None else []
    if not cuts:
        return None
    pieces: list[str] = []
    back: list[int] = []
    at = 0
    for cut in cuts:
        pieces += [text[at:cut], " "]
        back += [*range(at, cut), cut]
        at = cut
    pieces.append(text[at:])
    back += [*range(at, len(text) + 1)]
    return Parted("".join(pieces), cuts, back)
