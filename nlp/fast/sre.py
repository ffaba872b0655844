"""The characters every match of a regex starts with, read from the parsed pattern: the one module
that reads Python's own regex parser (``re._parser``, ``sre_parse`` before Python 3.11), for
nlp.regex's scanners.

Wherever the first characters cannot be known for sure (a class such as ``\\w``, a back-reference, a
case-insensitive group inside a case-sensitive pattern, a pattern that may match the empty string),
the answer is None and the scanner is the plain pattern. tests/test_speed.py checks the answers on
literal patterns and that every scanner finds what its plain pattern finds on real text.
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
