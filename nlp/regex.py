"""Regexes that skip, in one step, every position where no match can start.

A scan (``finditer``, ``search``) tries a pattern at every position of a text. For an alternation of
many phrases that costs one try per phrase per position. ``scanner`` puts a lookahead of the
characters a match can start with in front of the pattern: where the next character is none of
them, the engine moves on after one test. The lookahead does not consume anything, so the matches
are exactly those of the plain pattern (tests/test_speed.py compares both on real text).

The first characters are read from the parsed pattern (Python's own regex parser). Wherever they
cannot be known for sure (a class such as ``\\w``, a back-reference, a case-insensitive group inside
a case-sensitive pattern, a pattern that may match the empty string), the pattern is compiled as it
is. A pattern case-insensitive as a whole is fine: its lookahead class is compiled with the same
flag, so it takes every character a first letter matches case-insensitively (tests/test_speed.py
checks that on every code point).
"""
from __future__ import annotations

import re

try:  # the regex parser of the standard library (re._parser since Python 3.11, sre_parse before)
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_MAX_RANGE = 2000  # a character range wider than this is not spelled out


class _Unknown(Exception):
    """The characters a match may start with cannot be listed."""


def _first(items) -> tuple[set[str], bool]:
    """(characters a match of this sequence may start with, whether it may match the empty string)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is _c.IN:
            for kind, value in av:
                if kind is _c.LITERAL:
                    chars.add(chr(value))
                elif kind is _c.RANGE and value[1] - value[0] <= _MAX_RANGE:
                    chars.update(chr(code) for code in range(value[0], value[1] + 1))
                else:  # NEGATE, CATEGORY (\w, \d…), a wide range
                    raise _Unknown
            return chars, False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                found, empty = _first(branch)
                chars |= found
                nullable = nullable or empty
            if not nullable:
                return chars, False
            continue
        if op is _c.SUBPATTERN:
            group, add_flags, del_flags, pattern = av
            if add_flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE) or del_flags:
                raise _Unknown
            found, empty = _first(pattern)
            chars |= found
            if not empty:
                return chars, False
            continue
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width: the match starts with what follows
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            minimum, _maximum, pattern = av
            found, empty = _first(pattern)
            chars |= found
            if minimum > 0 and not empty:
                return chars, False
            continue
        if op is getattr(_c, "ATOMIC_GROUP", None):
            found, empty = _first(av)
            chars |= found
            if not empty:
                return chars, False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, CATEGORY, GROUPREF…
    return chars, True


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters every match of ``pattern`` starts with, or None when they cannot be listed."""
    if flags & re.LOCALE:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.state.flags & ~(flags | re.UNICODE):
            return None  # inline global flags ("(?i)" at the start): nothing may come before them
        chars, empty = _first(parsed)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    return None if empty or not chars else chars


def scanner(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead of the characters a match starts with when
    they can be listed: the same matches, found faster by ``finditer`` and ``search``."""
    chars = first_characters(pattern, flags)
    if chars is None:
        return re.compile(pattern, flags)
    lookahead = "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"
    # the pattern inside a group of its own (a line break ends a verbose pattern's last comment)
    return re.compile(f"{lookahead}(?:{pattern}\n)" if flags & re.VERBOSE else f"{lookahead}(?:{pattern})", flags)
