"""Vietnam's provinces with their history, and a finder for province names in text.

Two schemes: ``"2024"``, the 63 provinces and centrally-run cities before the July 2025 merger, and
``"2025"``, the 34 units after it. Every pre-2025 province went whole into one 2025 unit
(``merged_into``); each 2025 unit keeps the code and name of one of the provinces merged into it.

The finder works on folded text (``nlp.fold``: lower case, no diacritics, same offsets), so
``Ha Noi``, ``Hà Nội`` and ``HÀ NỘI`` all match, and then checks the original characters to keep
precision: each name word must be capitalised as the name is, its diacritics (where written) must be
the name's own (``Hà Nam`` yes, ``Hạ Nam`` no; partial French spellings like ``Dà Nang`` yes), and
the words around a bare name must not make it a street (``đường Hà Nội``), a person
(``Nguyễn Thị Huế``) or another place (``Điện Biên Phủ``, ``Thái Bình Dương``). Names that are
also ordinary words or people (``Hòa Bình`` = peace, ``Hồ Chí Minh`` = the president) count only
with a designator: ``tỉnh Hòa Bình``, ``Hoa Binh province``, ``TP.HCM``, ``Ho Chi Minh City``.
Designators and context words live in each language's ``nlp/lang/<code>/province_patterns.json`` with their
examples; the English, French and Swedish names in its ``provinces.csv``.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from nlp import languages
from nlp.fold import fold
from nlp.regex import finditer as regex_finditer, scanner

DATA = Path(__file__).with_name("data")
SCHEMES = ("2025", "2024")
# each language's designators and context words: nlp/lang/<code>/province_patterns.json
PATTERNS_FILE = "province_patterns.json"
# words before or after a name that make it a street, a person or another place, not the province
CONTEXT_LISTS = ("street_before", "person_before", "street_after")
# each language's names of the provinces, in its folder: nlp/lang/<code>/provinces.csv (scheme,code,name)
NAMES_FILE = "provinces.csv"
# an outlet's address printed in its text, whose domain is a province's name: its forms and endings
OUTLETS_FILE = DATA / "province_outlets.json"

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, kw_only=True)
class Province:
    scheme: str
    code: str
    name_vi: str
    name_short_vi: str
    name_ascii: str
    kind: str  # province | city
    # language → the name in it, from nlp/lang/<code>/provinces.csv (the official language's are the fields above)
    names: dict[str, str] = field(default_factory=dict, hash=False)
    merged_into: str | None  # 2024 scheme: the 2025 unit it went into
    merged_from: tuple[str, ...]  # 2025 scheme: the pre-2025 codes it took in
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...] = ()
    full_forms: tuple[str, ...] = ()
    needs_designator: bool = False
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()

    def __getattr__(self, attribute: str) -> str:
        # ``name_<code>``: the name in a language of nlp/lang/ (the columns of the provinces table)
        if attribute.startswith("name_") and attribute[5:] in self.__dict__.get("names", {}):
            return self.names[attribute[5:]]
        raise AttributeError(attribute)

    def name(self, lang: str | None = None) -> str:
        """The short name in ``lang``; the official short name (``Quảng Ninh``) in the official language or
        one that has no name for it."""
        return self.names.get(lang or "", self.name_short_vi)

    def full_name(self, lang: str | None = None) -> str:
        """The name with its designator in ``lang`` (``Tỉnh Quảng Ninh`` officially, ``Quang Ninh`` in English)."""
        return self.names.get(lang or "", self.name_vi)

    def to_row(self) -> dict:
        row = asdict(self)
        return {
            "scheme": self.scheme, "code": self.code, "name_vi": self.name_vi, "name_short_vi": self.name_short_vi,
            "name_ascii": self.name_ascii, **{f"name_{lang}": name for lang, name in self.names.items()},
            "merged_into": self.merged_into if self.scheme == "2024" else "|".join(self.merged_from),
            "aliases": "|".join(row["aliases"] + row["full_forms"]), "lat": self.lat, "lon": self.lon,
        }


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def _names_by_language(scheme: str) -> dict[str, dict[str, str]]:
    """Language → code → the province's name in it, from ``nlp/lang/<code>/provinces.csv`` (``scheme,code,name``),
    in the registry's order; the official language has none (its names are the data's own)."""
    names: dict[str, dict[str, str]] = {}
    for lang in languages.registry().values():
        path = lang.folder / NAMES_FILE
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            names[lang.code] = {row["code"]: row["name"] for row in csv.DictReader(f) if row["scheme"] == scheme and row["name"]}
    return names


@lru_cache(maxsize=2)
def provinces(scheme: str = "2025") -> dict[str, Province]:
    """Code → province, in the order of the data file."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown province scheme {scheme!r}; use one of {', '.join(SCHEMES)}")
    out: dict[str, Province] = {}
    names = _names_by_language(scheme)
    with (DATA / f"provinces_{scheme}.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out[row["code"]] = Province(
                scheme=scheme, code=row["code"], name_vi=row["name_vi"], name_short_vi=row["name_short_vi"],
                name_ascii=row["name_ascii"], kind=row["kind"],
                names={lang: by_code[row["code"]] for lang, by_code in names.items() if row["code"] in by_code},
                merged_into=row.get("merged_into") or None,
                merged_from=_split(row.get("merged_from")), lat=_float(row["lat"]), lon=_float(row["lon"]),
                aliases=_split(row.get("aliases")), full_forms=_split(row.get("full_forms")),
                needs_designator=row.get("needs_designator") == "1",
                not_before=_split(row.get("not_before")), not_after=_split(row.get("not_after")),
            )
    return out


def to_scheme(code: str | None, scheme: str) -> str | None:
    """A province code read as a pre-2025 code, in ``scheme``. A 2025 code reads the same way: each
    2025 unit kept the code of a province merged into it, so a publisher's code of either era maps
    to the right 2025 unit."""
    if not code:
        return None
    old = provinces("2024").get(code)
    if old is None:
        return code if code in provinces(scheme) else None
    return old.code if scheme == "2024" else old.merged_into


def resolve(name_or_code: str, scheme: str = "2025") -> str | None:
    """The code in ``scheme`` of a province given by code or by any of its names (``Hà Nội``,
    ``hanoi``, ``TP.HCM``, ``Bến Tre`` → 86 in 2025)."""
    value = name_or_code.strip()
    if value in provinces(scheme):
        return value
    if value in provinces("2024"):
        return to_scheme(value, scheme)
    found = find_provinces(value) or find_provinces(value.title())
    if found:
        return found[0].code if scheme == "2024" else found[0].code_2025
    key = _key(value)
    for province in provinces(scheme).values():
        if key in {_key(province.name_vi), _key(province.name_short_vi), _key(province.full_name(languages.fallback()))}:
            return province.code
    return None


def _key(text: str) -> str:
    return "".join(_WORD.findall(fold(text)))


# ---------------------------------------------------------------- the finder


@dataclass(frozen=True, kw_only=True)
class ProvinceMention:
    start: int
    end: int
    text: str
    code: str  # pre-2025 code (scheme 2024)
    code_2025: str
    designated: bool  # written with "tỉnh", "province", "City", "TP."…

    def code_in(self, scheme: str) -> str:
        return self.code if scheme == "2024" else self.code_2025


@dataclass(frozen=True)
class _Form:
    code: str
    surface: str  # as written in the data (capitals, diacritics)
    complete: bool  # needs no designator


@lru_cache(maxsize=1)
def patterns() -> dict:
    """Every language's ``nlp/lang/<code>/province_patterns.json`` joined, in the registry's order: the
    designators (each entry tagged with its ``lang``) and the context words with their examples."""
    joined: dict = {"designators_before": [], "designators_after": [],
                    **{key: {"words": [], "examples": []} for key in CONTEXT_LISTS}}
    for lang in languages.registry().values():
        with (lang.folder / PATTERNS_FILE).open(encoding="utf-8") as f:
            data = json.load(f)
        for side in ("designators_before", "designators_after"):
            joined[side].extend({"lang": lang.code, **entry} for entry in data[side])
        for key in CONTEXT_LISTS:
            joined[key]["words"].extend(data[key]["words"])
            joined[key]["examples"].extend(data[key]["examples"])
    return joined


@lru_cache(maxsize=None)  # one list per optional key of the patterns files
def optional_words(key: str) -> tuple[str, ...]:
    """Every language's words of the optional list ``key`` of ``province_patterns.json`` (``list_joiners``,
    ``unit_list_before`` …), in the registry's order; none where no language has the list."""
    words: list[str] = []
    for lang in languages.registry().values():
        with (lang.folder / PATTERNS_FILE).open(encoding="utf-8") as f:
            words += json.load(f).get(key, {}).get("words", [])
    return tuple(words)


def data_files() -> list[Path]:
    """Every file the finder reads: the provinces of both schemes, each language's names and patterns."""
    per_language = [lang.folder / name for lang in languages.registry().values() for name in (NAMES_FILE, PATTERNS_FILE)]
    return ([DATA / f"provinces_{scheme}.csv" for scheme in sorted(SCHEMES)] + [OUTLETS_FILE]
            + [p for p in per_language if p.is_file()])


def _alt(fragments: Iterable[str]) -> str:
    """A non-capturing alternation, longest first; an empty group would match everywhere."""
    items = sorted(set(fragments), key=lambda s: (-len(s), s))
    if not items:
        raise ValueError("refusing to build an empty alternation")
    return "(?:" + "|".join(items) + ")"


def _name_regex(surface: str) -> str:
    """Folded words of a name joined by any run of spaces or dashes: 'Bà Rịa - Vũng Tàu',
    'Ba Ria-Vung Tau' and 'Hô-Chi-Minh' all match."""
    return r"[\s\-–]+".join(re.escape(w) for w in _WORD.findall(fold(surface)))


@lru_cache(maxsize=1)
def _forms() -> dict[str, list[_Form]]:
    """Folded word key → every written form with that key (several provinces never share one)."""
    forms: dict[str, list[_Form]] = {}
    for p in provinces("2024").values():
        bare = {p.name_short_vi, p.name_ascii, *p.aliases}
        bare_keys = {_key(b) for b in bare}
        written = [(s, not p.needs_designator) for s in bare] + [(s, True) for s in p.full_forms]
        bare_words = [_WORD.findall(fold(b)) for b in bare]
        for s in p.names.values():
            words = _WORD.findall(fold(s))
            if any(len(words) > len(b) and words[:len(b)] == b for b in bare_words):
                continue  # a bare name and a designator ("Ho Chi Minh City"): the designators find it
            written.append((s, _key(s) not in bare_keys or not p.needs_designator))
        for surface, complete in written:
            forms.setdefault(_key(surface), []).append(_Form(p.code, surface, complete))
    for key, items in forms.items():
        codes = {f.code for f in items}
        if len(codes) > 1:
            raise ValueError(f"province name {key!r} is shared by {sorted(codes)}: make it unambiguous in the data")
    return forms


@lru_cache(maxsize=1)
def _regex() -> re.Pattern[str]:
    data = patterns()
    names = _alt(_name_regex(f.surface) for items in _forms().values() for f in items)
    before = _alt(d["pattern"] for d in data["designators_before"])
    after = _alt(d["pattern"] for d in data["designators_after"])
    # with a lookahead of the letters a match starts with (nlp.regex.scanner): the same matches, 15-20 %
    # faster a text than the plain pattern, which is tried at every word's start
    return scanner(
        rf"""
        (?<!\w)
        (?:(?P<before> {before} ) \s*)?      # tỉnh | thành phố | TP. | province de | provinsen …
        (?P<name> {names} )                  # Vĩnh Long | Vinh Long | Hanoï | HCM …
        (?:\s* (?P<after> {after} ))?        # province | City | -Ville | -provinsen …
        (?!\w)
        """,
        re.VERBOSE,
    )


@lru_cache(maxsize=4096)  # the words of the names and of their spans in texts: a few thousand; callers never change the Counter
def _marks(word: str) -> Counter:
    """The diacritics written on a word (tone and vowel marks, the stroke of đ)."""
    out: Counter = Counter()
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch):
            out[ch] += 1
        elif ch in "đĐ":
            out["stroke"] += 1
    return out


# a pure function of its three strings, asked about the same few names over and over (the assignments ask
# for the provinces of each sentence, the derived tables for those of each document): cached, bounded
@lru_cache(maxsize=8192)
def _written_like(span: str, surface: str, partial_marks: bool) -> bool:
    """Whether ``span`` (fold-equal to ``surface``) is written as that name: capitals where the name
    has them (or all capitals, as in headlines), acronyms in capitals, and its diacritics: all of
    them or none ('Ha Noi'); with ``partial_marks`` (foreign text: 'Dà Nang', 'Hô Chi Minh') any
    subset. Vietnamese writes a name fully, so 'Tiên Giang' there is a person, not Tiền Giang."""
    got, want = _WORD.findall(span), _WORD.findall(surface)
    if len(got) != len(want):
        return False
    shouting = span.isupper()
    if not partial_marks and any(_marks(g) for g in got) and any(_marks(g) != _marks(w) for g, w in zip(got, want)):
        return False
    for g, w in zip(got, want):
        if w.isupper() and len(w) > 1 and not g.isupper():
            return False
        if w[0].isupper() and not (g[0].isupper() or shouting):
            return False
        if _marks(g) - _marks(w):
            return False
    return True


@lru_cache(maxsize=None)  # n is 1 or 2
def _words_before(n: int) -> re.Pattern[str]:
    return re.compile(r"(\w+(?:[ \t]+\w+){%d})[ \t]+$" % (n - 1))


def _word_before(text: str, folded: str, start: int, n: int = 1) -> tuple[str, str]:
    """The ``n`` words right before ``start`` when only spaces separate them from it: (original, folded)."""
    m = _words_before(n).search(text[max(0, start - 40):start])
    if not m:
        return "", ""
    begin = max(0, start - 40) + m.start(1)
    end = max(0, start - 40) + m.end(1)
    return text[begin:end], folded[begin:end]


_WORD_AFTER = re.compile(r"[ \t]+(\d+(?:[.,]\d{3})+(?!\d)|\w+)")


def _word_after(text: str, folded: str, end: int) -> tuple[str, str]:
    # a figure with digit groups is one word ("Nghe An 1.766,265 tonnes", round 26): a quantity after the name, not the
    # single digit of a numbered plant named after the province (street_after's digits, "Dong Nai 3")
    m = _WORD_AFTER.match(text, end, end + 40)
    if not m:
        return "", ""
    return m.group(1), folded[m.start(1):m.end(1)]


@lru_cache(maxsize=1)
def _context_words() -> tuple[frozenset, frozenset, frozenset]:
    data = patterns()
    street_before = frozenset(fold(w) for w in data["street_before"]["words"])
    person_before = frozenset(fold(w) for w in data["person_before"]["words"])
    street_after = frozenset(fold(w) for w in data["street_after"]["words"])
    return street_before, person_before, street_after


@lru_cache(maxsize=1024)  # a province's words that a name may not stand before or after, as a tuple
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _accept(text: str, folded: str, m: re.Match[str], partial_marks: bool) -> _Form | None:
    key = "".join(_WORD.findall(m.group("name")))
    span = text[m.start("name"):m.end("name")]
    designated = bool(m.group("before") or m.group("after"))
    form = next((f for f in _forms()[key] if _written_like(span, f.surface, partial_marks)), None)
    if form is None or not (form.complete or designated):
        return None
    province = provinces("2024")[form.code]
    after_word = _word_after(text, folded, m.end("name"))[1]
    if after_word and after_word in _folded(province.not_before):
        return None
    before_word = _word_before(text, folded, m.start("name"))
    if before_word[1] and before_word[1] in _folded(province.not_after):
        return None
    if designated:
        return form
    street_before, person_before, street_after = _context_words()
    two_before = _word_before(text, folded, m.start("name"), 2)[1]
    if before_word[1] in street_before or " ".join(two_before.split()) in street_before:
        return None
    if before_word[1] in person_before and before_word[0][:1].isupper():
        return None
    if after_word in street_after:
        return None
    if _listed_among_units(text, folded, m.start("name")):
        return None
    if _byline_after_the_last_sentence(text, m.start("name"), m.end("name")):
        return None
    return form


# the fewest words of a line that may be a sentence of the article, not a credit, a rating or a dot line
_SENTENCE_WORDS = 8


def _byline_after_the_last_sentence(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` fills a line of its own below the article's last sentence, only
    short lines (credits, ratings, dots) after it: the author's byline, a person's name (``Thái Bình``, ``Hà Nam``,
    ``Long An`` are given names), not the province the article is about (round 34b's Quảng Ninh page, signed
    ``Thái Bình``). Not the text's first line (a title) nor a line with more than the name (a place heading)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_start == 0 or text[line_start:line_end].strip() != text[start:end].strip():
        return False
    above = text[:line_start].rstrip()
    if not above or above[-1] not in ".!?…\")”":
        return False
    return all(len(line.split()) < _SENTENCE_WORDS for line in text[line_end:].splitlines())


# how far back a list of unit names may open before a name in it
_UNIT_LIST_REACH = 200


@lru_cache(maxsize=1)
def _unit_list_openers() -> re.Pattern[str] | None:
    """Every language's optional ``unit_list_before`` words (``communes:``, ``các xã:``), on folded text."""
    words = optional_words("unit_list_before")
    return re.compile(rf"(?<!\w){_alt(re.escape(fold(w)) for w in words)}") if words else None


def _list_joiners(folded: bool) -> str | None:
    """The alternation of every language's ``list_joiners`` (``và``, ``and``, ``et``, ``och``), as written, or folded
    with any run of spaces between a joiner's words; None where no language has the list. ``_list_separator`` reads
    them on the text, ``_list_gap`` on folded text."""
    words = optional_words("list_joiners")
    if not words:
        return None
    if folded:
        return _alt(r"\s+".join(re.escape(w) for w in fold(word).split()) for word in words)
    return _alt(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def _list_separator() -> re.Pattern[str]:
    """What separates the names of a list as written: a comma, a semicolon or one of the languages' ``list_joiners``
    (the words ``_list_gap`` reads on folded text)."""
    joiner = _list_joiners(folded=False)
    return re.compile(rf"[,;]|(?<!\w)(?:{joiner})(?!\w)" if joiner else r"[,;]")


def _listed_among_units(text: str, folded: str, at: int) -> bool:
    """Whether the name at ``at`` is one of the capitalised names a unit word opens a list of (``some landslide
    points in the communes: Tri Le, Loc Binh, Huu Lung, Thai Binh``: Thai Binh commune, not the province; round
    29b), with nothing but such names and their separators between the list's opening and the name."""
    pattern = _unit_list_openers()
    if pattern is None:
        return False
    opening = None
    for opening in pattern.finditer(folded, max(0, at - _UNIT_LIST_REACH), at):
        pass
    if opening is None:
        return False
    *names, rest = _list_separator().split(text[opening.end():at])
    return not rest.strip() and all(name.split() and all(w[:1].isupper() for w in name.split()) for name in names)


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern[str]:
    """The words between two names of a list of provinces, on folded text: a comma or semicolon, and each language's
    optional ``list_joiners`` (``và``, ``and``, ``et``, ``och``), after a comma or alone."""
    joiner = _list_joiners(folded=True)
    return re.compile(rf"\s*[,;]\s*(?:{joiner}\s+)?|\s+{joiner}\s+" if joiner else r"\s*[,;]\s*")


def _listed_after_a_province(text: str, folded: str, m: re.Match[str], partial_marks: bool,
                             found: list[ProvinceMention]) -> _Form | None:
    """The form of a name that alone needs a designator (``Hoa Binh``: also the word for peace) written inside a list
    of provinces: right after another province's name, only a list's comma or joiner between them, and either closing
    the list with a joiner (``Phu Tho and Hoa Binh``) or followed by a comma and a province's name (``Vinh Phuc,
    Hanoï, Hoa Binh, Son La``): the list names provinces, so it is one too (issue #13, prov29); not after a comma alone
    (``In Hanoi, Ho Chi Minh read …``: a person after a place); else None."""
    if not found or m.group("before") or m.group("after"):
        return None
    gap = _list_gap().fullmatch(folded, found[-1].end, m.start())
    if not gap:
        return None
    if gap.group(0).strip() in (",", ";"):
        after = _list_gap().match(folded, m.end())
        following = _regex().match(folded, after.end()) if after else None
        if not following or not _accept(text, folded, following, partial_marks):
            return None
    key = "".join(_WORD.findall(m.group("name")))
    span = text[m.start("name"):m.end("name")]
    return next((f for f in _forms()[key] if not f.complete and _written_like(span, f.surface, partial_marks)), None)


def find_provinces(text: str, lang: str | None = None) -> list[ProvinceMention]:
    """Every province named in ``text``, in order, with its span in ``text``. ``lang`` is the
    text's language: outside Vietnamese, names may carry only some of their diacritics."""
    partial_marks = lang not in (None, "und") and not languages.is_official(lang)
    folded = fold(text)
    regex = _regex()
    found: list[ProvinceMention] = []
    pos = 0
    while True:
        m = regex.search(folded, pos)
        if m is None:
            return found
        form = _accept(text, folded, m, partial_marks) or _listed_after_a_province(text, folded, m, partial_marks, found)
        if form is None:
            pos = m.start() + 1  # a rejected name must not hide one that starts inside it
            continue
        province = provinces("2024")[form.code]
        start, end, designated = m.start(), m.end(), bool(m.group("before") or m.group("after"))
        if form.complete and _only_where_needed(m):
            # "the Lang Son provincial People's Committee": an adjective designator read only for a name that needs
            # one (Hòa Bình); any other name keeps its bare span, as before (round 39b en)
            start, end, designated = m.start("name"), m.end("name"), False
        found.append(ProvinceMention(start=start, end=end, text=text[start:end], code=province.code,
                                     code_2025=province.merged_into or province.code, designated=designated))
        pos = m.end()


@lru_cache(maxsize=1)
def _where_needed_designators() -> re.Pattern[str] | None:
    """The designators of ``province_patterns.json`` an entry marks ``only_where_needed`` (the adjective ``provincial``
    after a name, ``provincial de`` before it), whole, folded."""
    data = patterns()
    fragments = [d["pattern"] for side in ("designators_before", "designators_after") for d in data[side]
                 if d.get("only_where_needed")]
    return re.compile(rf"{_alt(fragments)}\Z", re.VERBOSE) if fragments else None


def _only_where_needed(m: re.Match[str]) -> bool:
    """Whether the designator of the match ``m`` is one read only for a name that needs a designator."""
    pattern = _where_needed_designators()
    return bool(pattern and any(m.group(side) and pattern.match(m.group(side)) for side in ("before", "after")))


def count_provinces(text: str, scheme: str = "2025", lang: str | None = None) -> Counter:
    """How many times each province (code in ``scheme``) is named in ``text``."""
    return Counter(m.code_in(scheme) for m in find_provinces(text, lang))


@lru_cache(maxsize=1)
def _outlets_data() -> dict:
    """province_outlets.json, read once for both the address pattern and the label table."""
    with OUTLETS_FILE.open(encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def _outlet_regex() -> re.Pattern[str]:
    """An outlet's address printed in its text: its tag in brackets (``(Vinhlong.gov.vn) -``) or after a word that
    credits the text to it (each language's optional ``outlet_source_words``: ``Nguồn: baovinhlong.vn``), on folded
    text. ``label`` is the domain's last label before its ending; an e-mail address or a photo credit is none."""
    endings = _outlets_data()["domain_endings"]
    words = optional_words("outlet_source_words")
    domain = rf"(?:[a-z0-9-]+\.)*?(?P<label>[a-z0-9-]+)\.{_alt(re.escape(e) for e in endings)}(?![\w.-])"
    credit = _alt(r"\s+".join(re.escape(w) for w in fold(word).split()) for word in words)
    return re.compile(rf"(?:\(|(?<!\w){credit}\s*:?)\s*(?:https?://)?(?:www\.)?{domain}")


@lru_cache(maxsize=1)
def _outlet_labels() -> dict[str, str]:
    """A domain label (``vinhlong``, ``baonghean``) → the province it names (pre-2025 code)."""
    prefixes = ["", *_outlets_data()["label_prefixes"]]
    return {prefix + key: items[0].code for key, items in _forms().items() for prefix in prefixes}


def find_outlet_provinces(text: str) -> list[ProvinceMention]:
    """The provinces of the outlets a text credits itself to (``(Vinhlong.gov.vn) - …`` → Vĩnh Long), in order, with
    the address's span: the text's own words naming its publisher, not the address it was fetched from."""
    folded = fold(text)
    labels = _outlet_labels()
    found = []
    # tried only where an outlet's opening letters are written (``nlp.regex.finditer``: the same matches)
    for m in regex_finditer(_outlet_regex(), folded):
        code = labels.get(m.group("label").replace("-", ""))
        if code is None:
            continue
        province = provinces("2024")[code]
        found.append(ProvinceMention(start=m.start("label"), end=m.end(), text=text[m.start("label"):m.end()],
                                     code=code, code_2025=province.merged_into or code, designated=False))
    return found
