"""Reading written numbers under the conventions of each language.

Two conventions exist in our texts: ``dot_decimal`` (English: ``35,000``, ``15.2``) and
``comma_decimal`` (Vietnamese ``1.500``, ``2,8``; French and Swedish ``3 066``, ``1,2``). Most tokens
read the same under both (``2,8`` can only be a decimal, ``1.500.000`` only thousands); a token with
one separator followed by exactly three digits (``1,000``, ``1.500``) is ambiguous and reads under
the document's convention: the language's default unless the document's unambiguous numbers say
otherwise (an English-style ``1,000`` in a Vietnamese article full of ``15.2``-style decimals).
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from nlp import languages

LANG_DIR = Path(__file__).parent / "lang"


def _glued_currency_codes() -> list[str]:
    """Currency codes the press glues to the number (Vietnam News: ``VND3.2 trillion``): the
    alphabetic currency prefixes of every language's ``units.json``."""
    codes: set[str] = set()
    for path in (p for p in (LANG_DIR / code / "units.json" for code in languages.codes()) if p.is_file()):
        for forms in json.loads(path.read_text(encoding="utf-8")).get("currency_prefix", {}).values():
            codes.update(f for f in forms if f.isalpha() and f.isupper())
    # and the ISO 4217 codes and lettered symbols (RM42, Rs20)
    for code, entry in json.loads((LANG_DIR.parent / "currencies.json").read_text(encoding="utf-8"))["currencies"].items():
        codes.update(f for f in [code, *entry["symbols"]] if f.isalpha() and f[:1].isupper())
    return sorted(codes)


def _after_glued_code() -> str:
    """A lookbehind per code length (lookbehinds have a fixed width): right after a whole code."""
    by_length: dict[int, list[str]] = {}
    for code in _glued_currency_codes():
        by_length.setdefault(len(code), []).append(re.escape(code))
    return "".join(f"|(?<=(?<![^\\W_])(?:{'|'.join(codes)}))" for _, codes in sorted(by_length.items()))


# every number starts with a digit: the lookahead turns a position that is none away in one test, where
# the lookbehinds after it (one per length of currency code) would otherwise be tried at every position
# of the text; it consumes nothing, so the matches are the same (tests/test_speed_paths.py)
_START = rf"(?=\d)(?:(?<![^\W_]){_after_glued_code()})"

# thousands separated by spaces: a normal, no-break, narrow no-break or thin space
SPACES = " \u00a0\u202f\u2009"

NUMBER_RE = re.compile(
    _START  # not the tail of a word or a longer number (m2, C67), unless the word is a glued currency code
    + r"""
    (?<![.,]\d)                      # nor the tail of a separated number
    (?P<number>
        \d{1,3}(?:[\ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?   # 3 066 | 1 226,5 | 35 000
      | \d+(?:[.,]\d+)*                                            # 35,000 | 1.500 | 2,8 | 15.2 | 2025
    )
    """,
    re.VERBOSE,
)
# the same without plain-space grouping, for languages that do not group thousands with spaces
NUMBER_NO_SPACE_RE = re.compile(
    _START
    + r"""
    (?<![.,]\d)
    (?P<number>
        \d{1,3}(?:[\u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?     # 3\u202f066 (no-break, thin)
      | \d+(?:[.,]\d+)*                                            # 35,000 | 1.500 | 2,8
    )
    """,
    re.VERBOSE,
)

DOT_DECIMAL = "dot_decimal"
COMMA_DECIMAL = "comma_decimal"
SPACE_THOUSANDS = "space_thousands"


def evidence(token: str) -> str | None:
    """The convention a token proves on its own, or None when it reads the same under both or is ambiguous."""
    token = "".join(ch for ch in token if ch not in SPACES)
    seps = [ch for ch in token if ch in ".,"]
    if not seps:
        return None
    if len(set(seps)) == 2:
        return DOT_DECIMAL if seps[-1] == "." else COMMA_DECIMAL
    sep = seps[0]
    groups = re.split(r"[.,]", token)
    if len(seps) > 1:  # the same separator twice: thousands
        return COMMA_DECIMAL if sep == "." else DOT_DECIMAL
    if len(groups[1]) != 3 or groups[0] in ("0", ""):
        return DOT_DECIMAL if sep == "." else COMMA_DECIMAL
    return None  # 1,000 / 1.500: ambiguous


def document_convention(tokens: list[str], default: str) -> str:
    """The convention most unambiguous tokens of a document prove (``default`` on a tie)."""
    votes = {DOT_DECIMAL: 0, COMMA_DECIMAL: 0}
    for token in tokens:
        proof = evidence(token)
        if proof:
            votes[proof] += 1
    if votes[DOT_DECIMAL] > votes[COMMA_DECIMAL]:
        return DOT_DECIMAL
    if votes[COMMA_DECIMAL] > votes[DOT_DECIMAL]:
        return COMMA_DECIMAL
    return default


def proven_thousands(tokens: list[str]) -> frozenset[str]:
    """The separators a document's tokens prove to group thousands, each by a number that repeats it with
    no other separator (94,348,835): a page that copies English figures into Swedish or French text writes
    its decimal commas (85,7 %) and such thousands commas side by side."""
    proven = set()
    for token in tokens:
        seps = [ch for ch in token if ch in ".,"]
        if len(seps) > 1 and len(set(seps)) == 1 and all(len(g) == 3 for g in re.split(r"[.,]", token)[1:]):
            proven.add(seps[0])
    return frozenset(proven)


def read_number(token: str, convention: str, thousands: frozenset[str] = frozenset()) -> tuple[Decimal, str | None] | None:
    """(value, reading) of a number token, or None when its grouping is impossible (``1.1.2018``,
    ``28.11.2014``, ``4.0`` under comma_decimal is still read as 4.0: a lone separator before fewer
    or more than three digits is a decimal mark in every convention). A lone separator before exactly
    three digits groups thousands under the convention, or where the document proves it does
    (``thousands``: 331,210 kvadratkilometer on a page that writes 94,348,835)."""
    reading: str | None = None
    if any(ch in SPACES for ch in token):
        reading = SPACE_THOUSANDS
        groups = re.split(f"[{SPACES}]", token)
        integer_groups = groups[:-1] + [re.split(r"[.,]", groups[-1])[0]]
        if any(len(g) != 3 for g in integer_groups[1:]) or not 1 <= len(integer_groups[0]) <= 3:
            return None
        integer = "".join(integer_groups)
        fraction = re.split(r"[.,]", groups[-1])[1] if re.search(r"[.,]", groups[-1]) else ""
        return _decimal(integer, fraction), reading
    seps = [ch for ch in token if ch in ".,"]
    if not seps:
        return _decimal(token, ""), None
    groups = re.split(r"[.,]", token)
    if len(set(seps)) == 2:
        decimal_mark = seps[-1]
        if seps.count(decimal_mark) != 1:
            return None
        integer_groups, fraction = groups[:-1], groups[-1]
        if any(len(g) != 3 for g in integer_groups[1:]) or not 1 <= len(integer_groups[0]) <= 3:
            return None
        return _decimal("".join(integer_groups), fraction), DOT_DECIMAL if decimal_mark == "." else COMMA_DECIMAL
    sep = seps[0]
    if len(seps) > 1:  # thousands only
        if any(len(g) != 3 for g in groups[1:]) or not 1 <= len(groups[0]) <= 3:
            return None
        return _decimal("".join(groups), ""), COMMA_DECIMAL if sep == "." else DOT_DECIMAL
    integer, fraction = groups
    thousands_sep = "," if convention == DOT_DECIMAL else "."
    if len(fraction) == 3 and (sep == thousands_sep or sep in thousands) and 1 <= len(integer) <= 3 and integer != "0":
        return _decimal(integer + fraction, ""), convention
    return _decimal(integer, fraction), DOT_DECIMAL if sep == "." else COMMA_DECIMAL


def _decimal(integer: str, fraction: str) -> Decimal:
    try:
        return Decimal(f"{int(integer)}.{fraction}" if fraction else str(int(integer)))
    except (InvalidOperation, ValueError):  # pragma: no cover - the regex only lets digits through
        raise ValueError(f"not a number: {integer!r}.{fraction!r}") from None
