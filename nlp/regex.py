"""Regexes that skip, in one step, every position where no match can start.

A scan (``finditer``, ``search``) tries a pattern at every position of a text. For an alternation of
many phrases that costs one try per phrase per position. ``scanner`` puts a lookahead of the
characters a match can start with in front of the pattern: where the next character is none of
them, the engine moves on after one test. The lookahead does not consume anything, so the matches
are exactly those of the plain pattern (tests/test_speed.py compares both on real text).

The first characters are read from the parsed pattern by Python's own regex parser (nlp/fast/sre.py,
the one module that reads it). Wherever they cannot be known for sure (a class such as ``\\w``, a
back-reference, a case-insensitive group inside a case-sensitive pattern, a pattern that may match
the empty string), the pattern is compiled as it is. A pattern case-insensitive as a whole is fine:
its lookahead class is compiled with the same flag, so it takes every character a first letter
matches case-insensitively (tests/test_speed.py checks that on every code point).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

import regex

from nlp.fast.sre import first_characters, first_prefixes


# a pure function of its arguments, cached: some patterns are built anew at each call of their maker
# (``extract.refs.grammar.short_pattern``, once a page), and reading the first characters re-parses the
# pattern every time (re's own cache keeps only the compiled pattern); bounded, since a maker may build
# patterns from a text's own words
@lru_cache(maxsize=1024)
def scanner(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead of the characters a match starts with when
    they can be listed: the same matches, found faster by ``finditer`` and ``search``."""
    chars = first_characters(pattern, flags)
    if chars is None:
        return re.compile(pattern, flags)
    lookahead = "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"
    # the pattern inside a group of its own (a line break ends a verbose pattern's last comment)
    return re.compile(f"{lookahead}(?:{pattern}\n)" if flags & re.VERBOSE else f"{lookahead}(?:{pattern})", flags)


@lru_cache(maxsize=256)
def opening_finder(pattern: re.Pattern[str], length: int = 4) -> re.Pattern[str] | None:
    """A pattern that finds where ``pattern`` may match: an alternation of the literal strings (at most
    ``length`` characters) its matches start with (nlp/fast/sre.py reads them), under its case flag;
    None when they cannot be listed. Such an alternation opens with a plain character set, which the
    regex engine skips over in its own loop, where a pattern opening with lookbehinds and a long
    alternation is tried position by position."""
    prefixes = first_prefixes(pattern.pattern, pattern.flags, length)
    if prefixes is None:
        return None
    # a prefix that starts with a shorter one adds no position
    shortest = [p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes)]
    alternatives = "|".join(re.escape(p) for p in sorted(shortest, key=lambda p: (-len(p), p)))
    return re.compile(alternatives, pattern.flags & (re.IGNORECASE | re.UNICODE | re.ASCII))


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)``, the same matches: the pattern is tried (``match``, which sees
    the text before the position for its lookbehinds, as a scan does) only where one of its openings
    is written, each next match looked for from the end of the last, as ``finditer`` does. For a
    pattern that can match the empty string, or whose openings cannot be listed, its own finditer."""
    finder = opening_finder(pattern)
    if finder is None:
        yield from pattern.finditer(text, pos)
        return
    search, match = finder.search, pattern.match
    at = search(text, pos)
    while at is not None:
        start = at.start()
        found = match(text, start)
        if found is not None:
            yield found
            at = search(text, found.end())
        else:
            at = search(text, start + 1)


# the flags both engines spell alike (``regex`` keeps ``re``'s values for them)
_SHARED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII


@lru_cache(maxsize=64)
def _right_to_left(pattern: re.Pattern[str]) -> regex.Pattern[str]:
    return regex.compile(pattern.pattern, (pattern.flags & _SHARED_FLAGS) | regex.REVERSE | regex.VERSION0)


def search_ending_window(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, the same match, for a pattern that must end at the window's end
    (``\\Z``: a cue right before a reference). A forward search tries the pattern's whole alternation at
    every word of the window; the ``regex`` module's right-to-left search of the same pattern fails at
    once wherever the anchor does not hold, so it first tells whether there is a match at all, and only
    then does ``re`` find it (the leftmost start, which a right-to-left search need not give)."""
    if _right_to_left(pattern).search(text, pos, endpos) is None:
        return None
    return pattern.search(text, pos, endpos)


def _back_over_nonspace(text: str, end: int, count: int) -> int:
    """The last position from which ``text`` up to ``end`` holds ``count`` characters other than white
    space (``str.isspace``, as ``\\s`` reads it); 0 when it holds fewer."""
    start = end - count
    while start > 0:
        window = text[start:end]
        missing = count - len("".join(window.split()))
        if missing <= 0:
            break
        start -= missing
    return max(start, 0)


def finditer_near(pattern: re.Pattern[str], text: str, anchors: re.Pattern[str], opening: re.Pattern[str],
                  reach: Callable[[re.Match[str]], int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, for a pattern that matches no empty string and every
    match of which starts where ``opening`` matches (a test of no width) and holds a match of ``anchors``
    opening at most ``reach(anchor)`` characters other than white space after its start (for every
    anchor that matches where that one does) (a law title holds its type word near its
    start). Only the stretch before each anchor is tried, where a scan would try the pattern at every
    position of the text its first characters allow (nearly every letter, for a list of names)."""
    pos, search, match = 0, anchors.search, pattern.match
    anchor = search(text, pos)
    while anchor is not None:
        at = anchor.start()
        # no match starts before the stretch: it would hold no anchor within its reach (the first anchor
        # from ``pos`` on is this one)
        found = None
        for start in opening.finditer(text, max(pos, _back_over_nonspace(text, at, reach(anchor) + 1)), at + 1):
            found = match(text, start.start())
            if found is not None:
                break
        if found is None:
            pos = at + 1
        else:
            yield found
            pos = found.end()
        anchor = search(text, pos)


def with_plain_letters(source: str, plain_of: Callable[[str], str], *, widen: bool = False) -> str:
    """A regex source whose letters also match their plain forms (``plain_of(ch)``; the letter itself where it has
    none): outside a character class ``é`` becomes ``[ée]``, inside one ``ée``. A letter whose plain form is longer
    than one letter stays as written, or with ``widen`` becomes ``(?:œ|oe)`` outside a class (not for lookbehinds,
    whose width must stay fixed). For texts printed without their accents (issues #13, #14)."""
    out, in_class, escaped = [], False, False
    for ch in source:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        else:
            plain = plain_of(ch)
            if plain and plain != ch and len(plain) == 1:
                out.append(ch + plain if in_class else f"[{ch}{plain}]")
                continue
            if plain and plain != ch and widen and not in_class:
                out.append(f"(?:{ch}|{plain})")
                continue
        out.append(ch)
    return "".join(out)
