"""Diacritic folding that keeps every character at its offset.

SQLite's ``remove_diacritics`` folds ``ợ`` but not ``đ`` (it has no decomposition), so the project
folds text itself before indexing. Folding is one character for one character, so an offset in
folded text is the same offset in the original: snippets and highlights map back exactly.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

# letters with no Unicode decomposition that readers type without their mark
_EXTRA = {"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "æ"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    if all(unicodedata.combining(c) for c in decomposed[1:]):
        lowered = base.lower()
        return lowered if len(lowered) == 1 else base
    return ch


class CharTable:
    """A ``str.translate`` table of a one-character-for-one function: filled at first use for the
    code points below U+2500 (Latin with Vietnamese, Greek, Cyrillic, punctuation, symbols: a table
    that holds every character of a text translates it fastest), grown for any other character met."""

    _COMMON = 0x2500
    _BEYOND = re.compile("[^\x00-\u24ff]")

    def __init__(self, function: Callable[[str], str]):
        self.function = function
        self.table: dict[int, str] = {}

    def translate(self, text: str) -> str:
        table = self.table
        if not table:
            table.update((code, self.function(chr(code))) for code in range(self._COMMON))
        for ch in set(self._BEYOND.findall(text)):
            if ord(ch) not in table:
                table[ord(ch)] = self.function(ch)
        return text.translate(table)


_FOLD = CharTable(_fold_char)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, one character per character: ``Nghị định`` → ``nghi dinh``."""
    if text.isascii():
        return text.lower()
    return _FOLD.translate(text)
