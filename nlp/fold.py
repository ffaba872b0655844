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

import numpy as np

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
    that holds every character of a text translates it fastest), grown for any other character met.

    A text of ``ARRAY_FROM`` characters or more (an article, where a whole text is folded) is
    translated through an array of code points instead (numpy): its UTF-32 code units looked up in
    the table as an array, 5-7 times faster than ``str.translate`` with a dict on an article's 5,000
    characters and slower under a few hundred. The same characters come out: every value the table
    holds is one character (checked; a table with any other value keeps ``str.translate``), and
    tests/test_speed_paths.py compares both on real text and on characters past the table."""

    _COMMON = 0x2500
    _BEYOND = re.compile("[^\x00-\u24ff]")
    ARRAY_FROM = 256

    def __init__(self, function: Callable[[str], str]):
        self.function = function
        self.table: dict[int, str] = {}
        self._array: np.ndarray | None = None  # the table below _COMMON as code points, when every value is one character

    def _fill(self) -> None:
        self.table.update((code, self.function(chr(code))) for code in range(self._COMMON))
        values = [self.table[code] for code in range(self._COMMON)]
        if all(type(value) is str and len(value) == 1 for value in values):
            self._array = np.array([ord(value) for value in values], dtype=np.uint32)

    def translate(self, text: str) -> str:
        table = self.table
        if not table:
            self._fill()
        if len(text) >= self.ARRAY_FROM and self._array is not None:
            return self._translate_array(text)
        for ch in set(self._BEYOND.findall(text)):
            if ord(ch) not in table:
                table[ord(ch)] = self.function(ch)
        return text.translate(table)

    def _translate_array(self, text: str) -> str:
        """``text.translate(self.table)`` as an array lookup of its code points (lone surrogates
        included: they pass through UTF-32 as they are)."""
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        beyond = codes >= self._COMMON
        if not beyond.any():
            return self._array[codes].tobytes().decode("utf-32-le", "surrogatepass")
        out = self._array[np.minimum(codes, self._COMMON - 1)]
        table = self.table
        for code in np.unique(codes[beyond]).tolist():
            if code not in table:
                table[code] = self.function(chr(code))
            value = table[code]
            if type(value) is not str or len(value) != 1:  # not one character: str.translate says what it becomes
                return text.translate(table)
            out[codes == code] = ord(value)
        return out.tobytes().decode("utf-32-le", "surrogatepass")


_FOLD = CharTable(_fold_char)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, one character per character: ``Nghị định`` → ``nghi dinh``."""
    if text.isascii():
        return text.lower()
    return _FOLD.translate(text)
