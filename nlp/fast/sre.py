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


def _set_chars(items) -> list[str] | None:
    """The characters of a class (``[a-cx]``) spelled out, or None where they cannot be (NEGATE,
    CATEGORY such as \\w or \\d, a range wider than ``_MAX_RANGE``)."""
    chars: list[str] = []
    for kind, value in items:
        if kind is _c.LITERAL:
            chars.append(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] <= _MAX_RANGE:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def _first(items) -> tuple[set[str], bool]:
    """(characters a match of this sequence may start with, whether it may match the empty string)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is _c.IN:
            spelled = _set_chars(av)
            if spelled is None:
                raise _Unknown
            chars.update(spelled)
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


_MAX_PREFIXES = 400  # more different openings than this: the prefixes stop growing where they are


def _extend(prefixes: set[str], items, length: int, ignore_case: bool) -> tuple[set[str], set[str]]:
    """The prefixes after the sequence ``items``, each of the ``prefixes`` followed by what a match
    of it may begin with: (open ones, that what follows the sequence extends, closed ones, that
    nothing extends: ``length`` long, or followed by what cannot be spelled out)."""
    opened, closed = set(prefixes), set()

    def close_long() -> None:
        nonlocal opened
        closed.update(p[:length] for p in opened if len(p) >= length)
        opened = {p for p in opened if len(p) < length}

    for op, av in items:
        if not opened:
            break
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width: the prefix is what follows (a lookaround only narrows the matches)
        if op is _c.LITERAL:
            opened = {p + chr(av) for p in opened}
        elif op is _c.IN:
            chars = _set_chars(av) or []
            if not chars or len(opened) * len(chars) > _MAX_PREFIXES:
                closed |= opened
                opened = set()
            else:
                opened = {p + ch for p in opened for ch in chars}
        elif op is _c.BRANCH:
            after: set[str] = set()
            for branch in av[1]:
                more, done = _extend(opened, branch, length, ignore_case)
                after |= more
                closed |= done
            if len(after) > _MAX_PREFIXES:
                closed |= after
                after = set()
            opened = after
        elif op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, pattern = av
            if add_flags & _c.SRE_FLAG_LOCALE or (add_flags & _c.SRE_FLAG_IGNORECASE and not ignore_case):
                raise _Unknown  # a case-insensitive group in a case-sensitive pattern: its letters in any case
            opened, done = _extend(opened, pattern, length, ignore_case)
            closed |= done
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            minimum, maximum, pattern = av
            once, done = _extend(opened, pattern, length, ignore_case)
            closed |= done
            if maximum == 1:  # once, or (``?``) not at all: what follows it comes next
                opened = once | (opened if minimum == 0 else set())
            else:  # what follows the first repetition is not known: another one, or the rest
                closed |= once
                opened = opened if minimum == 0 else set()
        else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ATOMIC_GROUP…: what comes next is not spelled out
            closed |= opened
            opened = set()
        close_long()
    return opened, closed


def first_prefixes(pattern: str, flags: int = 0, length: int = 3) -> set[str] | None:
    """Strings of at most ``length`` characters every match of ``pattern`` starts with one of (in any
    case for a case-insensitive pattern), or None when they cannot be listed or one is empty."""
    if flags & re.LOCALE:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.state.flags & ~(flags | re.UNICODE):
            return None  # inline global flags ("(?i)" at the start)
        opened, closed = _extend({""}, parsed, length, bool(flags & re.IGNORECASE))
    except (_Unknown, AttributeError, TypeError, ValueError, RecursionError):
        return None
    prefixes = opened | closed
    return None if not prefixes or "" in prefixes else prefixes


def _only_spaces(items) -> bool:
    """Whether a class (``[\\s]``, ``\\s``) takes only white space (``str.isspace``, as ``\\s`` is read)."""
    for kind, value in items:
        if kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            continue
        if kind is _c.LITERAL and chr(value).isspace():
            continue
        return False
    return True


def _most_nonspace(items) -> int:
    """The most characters other than white space a match of this sequence can take (white space is
    counted where the parser cannot tell it is; ``_Unknown`` where there is no bound)."""
    total = 0
    for op, av in items:
        if op is _c.LITERAL:
            total += 0 if chr(av).isspace() else 1
        elif op is _c.IN:
            total += 0 if _only_spaces(av) else 1
        elif op in (_c.NOT_LITERAL, _c.ANY):
            total += 1
        elif op is _c.BRANCH:
            total += max(_most_nonspace(branch) for branch in av[1])
        elif op is _c.SUBPATTERN:
            total += _most_nonspace(av[3])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            total += _most_nonspace(av)
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            _minimum, maximum, pattern = av
            each = _most_nonspace(pattern)
            if each and maximum is _c.MAXREPEAT:
                raise _Unknown
            total += each * (0 if not each else maximum)
        else:
            raise _Unknown  # GROUPREF, GROUPREF_EXISTS…
    return total


def most_nonspace_width(pattern: str, flags: int = 0) -> int | None:
    """The most characters other than white space any match of ``pattern`` can take, white space runs
    of any length (``\\s+``) counted as none; None where it has no bound (``\\w+``) or cannot be read."""
    if flags & (re.LOCALE | re.IGNORECASE):
        return None  # a white-space literal matched case-insensitively is still white space, but keep it simple
    try:
        return _most_nonspace(_p.parse(pattern, flags))
    except (_Unknown, AttributeError, TypeError, ValueError, re.error):
        return None
