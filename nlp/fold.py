"""Diacritic folding that keeps every character at its offset.

SQLite's ``remove_diacritics`` folds ``ợ`` but not ``đ`` (it has no decomposition), so the project
folds text itself before indexing. Folding is one character for one character, so an offset in
folded text is the same offset in the original: snippets and highlights map back exactly.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

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


# code point → folded character, grown with each character met: str.translate runs in C
_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """Lower-case and strip diacritics, one character per character: ``Nghị định`` → ``nghi dinh``."""
    if text.isascii():
        return text.lower()
    for ch in set(text):
        if ord(ch) not in _TABLE:
            _TABLE[ord(ch)] = _fold_char(ch)
    return text.translate(_TABLE)
