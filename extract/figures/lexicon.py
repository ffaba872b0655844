"""Per-language figure data (``lang/<code>/*.json``) compiled once into the regexes the grammar uses.

Each language folder holds the same small files: ``numbers.json`` (decimal convention), ``scales.json``
(thousand/million/… words), ``qualifiers.json`` (more than/about/…), ``ranges.json`` (từ … đến,
between … and), ``units.json`` (percent, currencies, measures, counted nouns) and ``cues.json``
(context that makes a number not a figure); ``words.json`` (numbers written in words) is read by
``words.py``. The ISO 4217 currencies every language reads are in ``currencies.json`` beside the
folders. Adding a language means adding a folder.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlp import languages
from nlp.regex import scanner

LANG_DIR = Path(__file__).with_name("lang")
LANGUAGES = languages.codes()  # the languages of nlp/lang/ (nlp/languages.py), each with a lang/<code>/ here
FILES = ("numbers", "scales", "qualifiers", "ranges", "units", "cues")

# a letter or digit: phrases must not start or end inside a word
_WORDCHAR = r"[^\W_]"
NEVER = r"(?!x)x"  # matches nothing: for a language that legitimately has no words of a kind


def alternation(words: list[str] | tuple[str, ...] | set[str], *, allow_empty: bool = False) -> str:
    """A regex group matching any of ``words``, longest first, spaces matching any whitespace run.

    Refuses an empty list unless told otherwise: an empty group would silently match nothing."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        if allow_empty:
            return NEVER
        raise ValueError("empty alternation")
    parts = [r"\s+".join(re.escape(piece) for piece in word.split()) for word in unique]
    return "(?:" + "|".join(parts) + ")"


def data_path(lang: str, name: str) -> Path:
    """A file of a language's figure data: ``lang/<code>/<name>`` (read at the call, so that a test may
    point ``LANG_DIR`` elsewhere)."""
    return LANG_DIR / lang / name


def load_raw(lang: str) -> dict[str, dict]:
    folder = data_path(lang, "")
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in FILES}


@dataclass(frozen=True)
class Lexicon:
    """The compiled figure data of one language."""

    lang: str
    convention: str  # "comma_decimal" | "dot_decimal": how a lone separator with 3 digits after reads
    space_thousands: bool
    scale_factor: dict[str, float]  # casefolded scale word → factor
    scale_currency: dict[str, str]
    glued_needs_currency: frozenset[str]
    scale_re: re.Pattern  # a scale word at a position (after optional whitespace)
    glued_scale_re: re.Pattern  # a scale abbreviation glued to the digits (5tr, $5bn)
    scale_link_re: re.Pattern  # French "de"/"d'" between a scale word and its noun
    qualifier_before_re: TailPattern  # a qualifier ending where the number (or range) starts
    qualifier_before: dict[str, str]  # casefolded phrase (spaces collapsed) → qualifier
    qualifier_after_re: re.Pattern
    qualifier_after: dict[str, str]
    qualifier_after_gap: int  # words that may stand between the unit and an 'after' qualifier (từ 30% diện tích trở lên)
    range_open_re: TailPattern  # an opening word ending at the low number
    range_join_re: re.Pattern  # a join after the low number
    range_join_needs_open: dict[str, frozenset[str]]  # a join -> the opening words it closes (and: between)
    alternative_re: re.Pattern  # "or" between two numbers that share a unit (5 hoặc 7 thành viên)
    percent_re: re.Pattern
    currency_re: re.Pattern
    currency_code: dict[str, str]  # currency word as written → code ("" for a shared name without a default)
    shared_currency: dict[str, tuple[str | None, tuple[tuple[str, re.Pattern], ...]]]  # couronnes → (default, (code, country words))
    not_currency_after: dict[str, frozenset[str]]
    currency_prefix_re: re.Pattern  # a currency sign or code ending right before the number
    currency_prefix_code: dict[str, str]
    measure_re: re.Pattern
    noun_re: re.Pattern  # a known multi-token counted noun (Vietnamese)
    max_noun_tokens: int
    per_word_re: re.Pattern  # "per kg", "mỗi người": a rate's denominator written with a word
    per_number_re: re.Pattern  # "per 1,000 square metres": a denominator that is itself a quantity
    per_adverb_re: re.Pattern  # "annually", "årligen", "hằng năm": a rate's period written as one adverb
    per_adverbs: dict[str, str]  # such an adverb -> the denominator it names (annually: year)
    share_unit_re: re.Pattern  # nửa ngày: a time word a bare fraction measures (measures are taken too: nửa tấn)
    cue_before_re: TailPattern  # a word before the number that makes it a non-figure (or a 'keep' phrase)
    cue_keep: frozenset[str]
    cue_before_date: dict[str, int]
    cue_after_re: re.Pattern
    month_before_re: TailPattern
    month_after_re: re.Pattern
    period_re: re.Pattern  # "<time word> <period word>" after a number: 6 tháng đầu năm
    time_word_year_re: re.Pattern  # "<time word> [year word] 2021" after a number: 10 năm 2021 - 2030, 10 tháng năm 2023
    part_of_re: re.Pattern  # a word linking a part to its whole right after a number (douze des dix-huit districts, 12 of the 18)
    multiple_re: re.Pattern  # a multiple written as a word (twice, le double, gấp đôi, dubbelt så)
    multiples: dict[str, float]  # such a word -> its value
    multiples_before_stop: frozenset[str]  # those a figure only before a stop word or a mark (not le double langage)
    part_of_noun_re: re.Pattern  # a word linking a number word to the noun phrase of its whole (seven of Viet Nam's cash crops)
    part_of_pronoun_re: re.Pattern  # a pronoun after such a link: no whole named (two of them)
    other_re: re.Pattern  # 'other', 'autres', 'plus grands' right after a number: skipped before a noun, else the number counts a noun named before
    other_pronoun_re: re.Pattern  # 'others': never before a noun, the number counts a noun named before
    unit_stops: frozenset[str]
    single_nouns: frozenset[str]
    whole_count_nouns: tuple[str, ...]  # counted only in whole units: a comma before three digits is a thousands comma (1,630 lượt xem)
    kind_singulars: frozenset[str]  # a five year strategy: a singular time unit after a number other than one names a kind
    capitalised_unit_is_name: bool
    qualifier_not_after: dict[str, frozenset[str]]
    bare_scale_money: dict[str, str]  # scale word → currency when nothing follows it (Vietnamese "18 tỷ": VND)
    comparatives: frozenset[str]  # qualifier phrases that compare (cao hơn): a difference when difference_after follows
    qualifier_void_after: dict[str, re.Pattern]  # qualifier phrase → words after the unit that make it no qualifier (under 20 års tid: during)
    difference_after_re: re.Pattern
    unit_stop_suffixes: tuple[str, ...]
    unit_suffix_nouns: frozenset[str]  # nouns with a stop suffix that run on (social housing units, fishing vessels)
    unit_continue_suffixes: tuple[str, ...]  # a counted noun runs on past a word only if it ends so (an attributive adjective)
    negative_re: TailPattern  # minus, moins, âm right before the number
    negative_not_after: frozenset[str]  # au moins: a qualifier, not a sign
    decimal_words: tuple[str, ...]  # 2 chấm 23: a spoken decimal mark
    spoken_decimal_re: re.Pattern  # digits, a decimal word, digits
    fraction_needs_after_re: re.Pattern  # 1/5 of: a fraction in digits only before these words
    compound_measure_re: re.Pattern  # -kilometer: a unit hyphenated to the number
    unit_noun_forms: dict[str, str]  # 7 dagars, tio åren: a unit noun's genitive or definite form -> the noun the unit names
    period_first_re: TailPattern  # "the first" before a number of months: a period
    period_unit_re: re.Pattern
    period_ordinal_re: re.Pattern  # "premiers mois" after a number: a period


CURRENCIES = Path(__file__).with_name("currencies.json")


@lru_cache(maxsize=None)
def iso_currencies() -> dict[str, dict]:
    """The ISO 4217 table (``currencies.json``): code → symbols and names per language."""
    return json.loads(CURRENCIES.read_text(encoding="utf-8"))["currencies"]


def iso_currency_forms(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(written after an amount, written before it) → code: every code and symbol on both sides, the
    names of ``lang`` after (as written and capitalised: 20 Euros)."""
    after: dict[str, str] = {}
    before: dict[str, str] = {}
    for code, entry in iso_currencies().items():
        for form in [code, *entry["symbols"]]:
            after[form] = before[form] = code
        for name in entry["names"].get(lang, []):
            after[name] = after[name[:1].upper() + name[1:]] = code
    return after, before


def shared_currency_names(lang: str) -> dict[str, tuple[str | None, tuple[tuple[str, re.Pattern], ...]]]:
    """Names several currencies share in ``lang`` (couronnes, kroner), as written and capitalised:
    (default code or None, ((code, a regex of the words naming its country), …))."""
    shared: dict[str, tuple[str | None, tuple[tuple[str, re.Pattern], ...]]] = {}
    table = json.loads(CURRENCIES.read_text(encoding="utf-8")).get("shared_names", {})
    for name, entry in table.get(lang, {}).items():
        countries = tuple((code, re.compile(rf"(?<!{_WORDCHAR}){alternation(words)}(?!{_WORDCHAR})"))
                          for code, words in entry["countries"].items())
        shared[name] = shared[name[:1].upper() + name[1:]] = (entry.get("default"), countries)
    return shared


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


class TailPattern:
    """A regex of phrases that must end at the end of the searched window (followed only by spaces),
    searched from where a match can start. A phrase of at most ``words`` words has no space inside
    its words, spaces between them and only spaces after it: a match covers the window's last
    runs of non-space characters, at most ``words`` of them, so no match starts before the last
    ``words`` runs. The search begins there; the matches are those of ``pattern.search(window)``
    (tests/test_speed.py compares both on real text)."""

    def __init__(self, pattern: re.Pattern, words: int):
        self.regex = pattern
        self.words = max(1, words)
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def search(self, window: str) -> re.Match | None:
        runs = window.rsplit(None, self.words)
        # runs[0] ends right before the whitespace that precedes the last `words` runs
        return self.regex.search(window, len(runs[0]) if len(runs) > self.words else 0)


def _before(words, *, flags=re.IGNORECASE, allow_empty=False) -> TailPattern:
    """A phrase that ends at the end of the searched window (followed only by spaces)."""
    pattern = scanner(rf"(?<!{_WORDCHAR}){alternation(words, allow_empty=allow_empty)}\s*$", flags)
    return TailPattern(pattern, max((len(w.split()) for w in words), default=1))


def _after(words, *, flags=re.IGNORECASE, allow_empty=False, tail=rf"(?!{_WORDCHAR})") -> re.Pattern:
    """A phrase starting after optional spaces at the matched position."""
    return re.compile(rf"[ \t\u00a0\u202f\u2009]*{alternation(words, allow_empty=allow_empty)}{tail}", flags)


def _scale_fields(scales: dict) -> dict:
    """Scale words after a number (million, tỷ, glued 5tr) and the money some of them imply."""
    scale_factor: dict[str, float] = {}
    glued: list[str] = []
    for entry in scales["scales"]:
        for word in entry["words"] + entry.get("glued", []):
            scale_factor[_key(word)] = float(entry["factor"])
        glued.extend(entry.get("glued", []))
    all_scale_words = [w for entry in scales["scales"] for w in entry["words"]]
    return dict(
        scale_factor=scale_factor,
        scale_currency=scales.get("scale_currency", {}),
        glued_needs_currency=frozenset(scales.get("glued_needs_currency", [])),
        scale_re=_after(all_scale_words, flags=0, tail=rf"(?:(?<=\.)|(?!{_WORDCHAR}))"),
        glued_scale_re=re.compile(rf"{alternation(glued, allow_empty=True)}(?!{_WORDCHAR})"),
        scale_link_re=re.compile(rf"[ \t\u00a0]+(?:{'|'.join(map(re.escape, scales['scale_links']))})[ \t\u00a0]*"
                                 if scales.get("scale_links") else NEVER),
        bare_scale_money={w: entry["currency"] for entry in scales.get("bare_scale_money", []) for w in entry["words"]},
    )


def _qualifier_fields(qualifiers: dict) -> dict:
    """Qualifiers before and after a figure (more than, khoảng, au moins) and what blocks them."""
    qualifier_before = {_key(w): q for q, words in qualifiers["before"].items() for w in words}
    qualifier_after = {_key(w): q for q, words in qualifiers.get("after", {}).items() for w in words}
    return dict(
        qualifier_before_re=_before([w for words in qualifiers["before"].values() for w in words]),
        qualifier_before=qualifier_before,
        qualifier_after_re=_after(list(qualifier_after), allow_empty=True),
        qualifier_after=qualifier_after,
        qualifier_after_gap=int(qualifiers.get("after_gap_words", 0)),
        qualifier_not_after={_key(w): frozenset(_key(x) for x in v) for w, v in qualifiers.get("not_after", {}).items()},
        comparatives=frozenset(_key(w) for w in qualifiers.get("comparatives", [])),
        qualifier_void_after={_key(w): re.compile(rf"[ \t\u00a0]+{alternation(v)}(?!{_WORDCHAR})", re.IGNORECASE)
                              for w, v in qualifiers.get("void_after", {}).items()},
        difference_after_re=re.compile(
            rf"[ \t\u00a0]*(?:/[^\s]+[ \t]*)?(?:[^\W\d_]+[ \t]+){{0,3}}?{alternation(qualifiers.get('difference_after', []), allow_empty=True)}(?!{_WORDCHAR})",
            re.IGNORECASE),
    )


def _joins_needing_open(joins: dict[str, list[str]] | list[str]) -> dict[str, frozenset[str]]:
    """Each join that makes a range only after an opening word, with the opening words it closes
    (`and`: `between`, so `from 5 and 7` stays two figures); a plain list: any opening word."""
    if isinstance(joins, list):
        return {_key(w): frozenset() for w in joins}
    return {_key(w): frozenset(_key(o) for o in openers) for w, openers in joins.items()}


def _range_fields(ranges: dict, qualifiers: dict, prefix_code: dict[str, str]) -> dict:
    """Ranges (từ 20 đến 50, between 5 and 7, 25–30) and alternatives (5 hoặc 7)."""
    return dict(
        range_open_re=_before(ranges["open"]),
        range_join_re=re.compile(
            rf"[ \t\u00a0\u202f\u2009]*(?P<join>{alternation(ranges['join'] + list(ranges.get('join_needs_open', {})))})[ \t\u00a0\u202f\u2009]*"
            rf"(?:(?P<inner>{alternation([w for words in qualifiers['before'].values() for w in words])})[ \t\u00a0]+)?"
            # the second number, perhaps after its own currency sign or code: and VND1.4 billion
            rf"(?=[-−]?\d|(?-i:{'|'.join(re.escape(c) for c in sorted(prefix_code, key=len, reverse=True) if c)})[ \t\u00a0]?\d)",
            re.IGNORECASE,
        ),
        range_join_needs_open=_joins_needing_open(ranges.get("join_needs_open", {})),
        alternative_re=re.compile(rf"[ \t\u00a0]+{alternation(ranges.get('alternative', []), allow_empty=True)}[ \t\u00a0]+(?=\d)", re.IGNORECASE),
    )


def _unit_fields(units: dict, currency_code: dict[str, str], prefix_code: dict[str, str]) -> dict:
    """Units after a number: percent, currencies (and their signs before it), measures, counted nouns, rates."""
    # currency words: letters need a word boundary after them, signs ($, €) do not
    currency_tail = rf"(?!{_WORDCHAR})"
    measures = units["measures"]
    return dict(
        percent_re=_after(units["percent"], tail=rf"(?:(?<=%)|(?!{_WORDCHAR}))"),
        currency_re=_after(list(currency_code), flags=0, tail=rf"(?:{currency_tail}|(?<=[^\w\s]))"),
        currency_code=currency_code,
        not_currency_after={w: frozenset(v) for w, v in units.get("not_currency_after", {}).items()},
        currency_prefix_re=scanner(rf"(?:(?<!{_WORDCHAR})|(?<=[^\w\s])){alternation(list(prefix_code), allow_empty=True)}[ \t\u00a0]?$"),
        currency_prefix_code=prefix_code,
        measure_re=_after(measures, flags=0, tail=rf"(?!{_WORDCHAR})"),
        noun_re=_after(units.get("nouns", []), allow_empty=True),
        max_noun_tokens=int(units.get("max_noun_tokens", 2)),
        per_word_re=re.compile(
            rf"[ \t\u00a0]+{alternation(units.get('per_words', []), allow_empty=True)}[ \t\u00a0]+"
            # "19,1 % par rapport à l'objectif": a fixed phrase after the per word names no denominator
            rf"(?!{alternation(units.get('per_not_denominators', []), allow_empty=True)}(?!{_WORDCHAR}))"
            rf"(?P<per>[^\W\d_][\w'’-]*)(?![\w'’-])"
            # "$2 billion a year ago": a time phrase, not a rate
            rf"(?![ \t\u00a0]+{alternation(units.get('per_not_before', []), allow_empty=True)}(?!{_WORDCHAR}))", re.IGNORECASE
        ),
        per_number_re=re.compile(
            rf"[ \t\u00a0]+{alternation(units.get('per_number_words', []), allow_empty=True)}[ \t\u00a0]+"
            r"(?P<number>\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?![\d,.]\d)", re.IGNORECASE
        ),
        per_adverb_re=_after(list(units.get("per_adverbs", {})), allow_empty=True),
        per_adverbs={_key(w): per for w, per in units.get("per_adverbs", {}).items()},
        share_unit_re=_after(units.get("share_units", []), allow_empty=True),
        single_nouns=frozenset(_key(w) for w in units.get("single_nouns", [])),
        whole_count_nouns=tuple(_key(w) for w in units.get("whole_count_nouns", [])),
        kind_singulars=frozenset(_key(w) for w in units.get("kind_singulars", [])),
        capitalised_unit_is_name=bool(units.get("capitalised_unit_is_name", False)),
        compound_measure_re=re.compile(rf"[-‑]{alternation(units.get('compound_measures', []), allow_empty=True)}(?!{_WORDCHAR})"),
        unit_noun_forms={_key(form): noun for form, noun in units.get("noun_forms", {}).items() if not form.startswith("_")},
    )


def _cue_fields(cues: dict) -> dict:
    """Context that makes a number no figure (Điều 5, tháng 3, the first eight months) and where a unit stops."""
    months = cues.get("months", [])
    keep = cues.get("keep", [])
    time_words = cues.get("time_words", [])
    period_words = cues.get("period_after", [])
    return dict(
        cue_before_re=_before(list(cues["before"]) + list(keep) + list(cues.get("before_date", {}))),
        cue_keep=frozenset(_key(w) for w in keep),
        cue_before_date={_key(w): int(v) for w, v in cues.get("before_date", {}).items()},
        cue_after_re=_after(cues.get("after", []), allow_empty=True),
        month_before_re=_before(months, allow_empty=True),
        month_after_re=_after(months, allow_empty=True),
        period_re=re.compile(
            rf"[ \t\u00a0]*{alternation(time_words, allow_empty=True)}[ \t\u00a0]+{alternation(period_words, allow_empty=True)}(?!{_WORDCHAR})",
            re.IGNORECASE,
        ),
        time_word_year_re=re.compile(
            rf"[ \t\u00a0]*{alternation(time_words, allow_empty=True)}"
            rf"(?:[ \t\u00a0]+{alternation(cues.get('year_words', []), allow_empty=True)})?[ \t\u00a0]+(?:1[89]|20)\d\d(?!\d)",
            re.IGNORECASE,
        ),
        part_of_re=re.compile(rf"[ \t\u00a0]+{alternation(cues.get('part_of_links', []), allow_empty=True)}[ \t\u00a0]+", re.IGNORECASE),
        multiple_re=re.compile(rf"(?<!{_WORDCHAR}){alternation(list(cues.get('multiple_words', {})), allow_empty=True)}(?![\w-])", re.IGNORECASE),
        multiples={_key(w): float(v) for w, v in cues.get("multiple_words", {}).items()},
        multiples_before_stop=frozenset(_key(w) for w in cues.get("multiples_before_stop", [])),
        part_of_noun_re=re.compile(rf"[ \t\u00a0]+{alternation(cues.get('part_of_noun_links', []), allow_empty=True)}[ \t\u00a0]+(?=[^\W\d_])", re.IGNORECASE),
        part_of_pronoun_re=_after(cues.get("part_of_pronouns", []), allow_empty=True),
        # a superlative between a number and its noun is skipped as 'other' is (les deux plus grands hubs: 'hubs')
        other_re=_after(cues.get("other_words", []) + cues.get("superlative_words", []) + cues.get("other_pronouns", []), allow_empty=True),
        other_pronoun_re=_after(cues.get("other_pronouns", []), allow_empty=True),
        unit_stops=frozenset(_key(w) for w in cues.get("unit_stops", [])),
        unit_stop_suffixes=tuple(cues.get("unit_stop_suffixes", [])),
        unit_suffix_nouns=frozenset(_key(w) for w in cues.get("unit_suffix_nouns", [])),
        unit_continue_suffixes=tuple(cues.get("unit_continue_suffixes", [])),
        period_first_re=_before(cues.get("period_first", []), allow_empty=True),
        period_unit_re=_after(cues.get("period_units", []), allow_empty=True),
        period_ordinal_re=re.compile(
            rf"[ \t\u00a0]+{alternation(cues.get('period_ordinal_after', []), allow_empty=True)}[ \t\u00a0]+"
            rf"{alternation(cues.get('period_units', []), allow_empty=True)}(?!{_WORDCHAR})", re.IGNORECASE),
    )


def _number_fields(numbers: dict) -> dict:
    """How numbers are written: the decimal convention, signs and spoken decimals."""
    return dict(
        convention=numbers["convention"],
        space_thousands=bool(numbers["space_thousands"]),
        negative_re=_before(numbers.get("negative_words", []), allow_empty=True),
        negative_not_after=frozenset(_key(w) for w in numbers.get("negative_not_after", [])),
        decimal_words=tuple(numbers.get("decimal_words", [])),
        spoken_decimal_re=re.compile(
            rf"(?=\d)(?<![\w.,])(\d+)[ \t\u00a0]+{alternation(numbers.get('decimal_words', []), allow_empty=True)}[ \t\u00a0]+(\d+)(?![\d.,]\d)"),
        fraction_needs_after_re=re.compile(
            rf"[ \t\u00a0]+{alternation(numbers.get('fraction_needs_after', []), allow_empty=True)}(?:(?<=['’])|(?!{_WORDCHAR}))", re.IGNORECASE),
    )


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The compiled data of ``lang`` (the fallback language's, ``nlp.languages.fallback``, for a language
    without a folder here), file by file."""
    if not data_path(lang, "numbers.json").is_file():
        lang = languages.fallback()
    raw = load_raw(lang)
    numbers, scales, qualifiers, ranges, units, cues = (raw[name] for name in FILES)
    # the ISO 4217 table first, the language's own words over it (Swedish kr is SEK)
    currency_code, prefix_code = iso_currency_forms(lang)
    shared = shared_currency_names(lang)
    currency_code.update({name: default or "" for name, (default, _countries) in shared.items()})
    currency_code.update({w: code for code, words in units["currencies"].items() for w in words})
    prefix_code.update({w: code for code, words in units.get("currency_prefix", {}).items() for w in words})
    return Lexicon(
        lang=lang,
        **_number_fields(numbers),
        **_scale_fields(scales),
        **_qualifier_fields(qualifiers),
        **_range_fields(ranges, qualifiers, prefix_code),
        **_unit_fields(units, currency_code, prefix_code),
        shared_currency={name: entry for name, entry in shared.items() if name in currency_code and currency_code[name] == (entry[0] or "")},
        **_cue_fields(cues),
    )


def key(phrase: str) -> str:
    """How a matched phrase is looked up in the lexicon's dictionaries."""
    return _key(phrase)
