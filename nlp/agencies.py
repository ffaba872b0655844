"""The gazetteer of bodies: ministries, agencies, organisations and People's Committees, in every language.

The data is ``nlp/data/agencies.csv``, one row per body:

- ``id``: the agency id of CONTRACTS.md (``MOF``, ``MPI``, ``PROVINCES``…). Bodies the contract does not
  name get an id here: ``DPM`` Deputy Prime Minister, ``MEMR`` Ministry of Ethnic Minorities and
  Religions (2025), ``GI`` Government Inspectorate, mass organisations (``VFF``, ``VWU``, ``VFU``,
  ``HCYU``, ``VGCL``), ``VSS`` Social Security, ``NA`` and its bodies (``NASC``, ``NA-…``), Party bodies
  (``CPV-…``, ``POLITBURO``, ``SECRETARIAT``, ``CEC``). A named province's People's Committee is
  ``PPC@<code>`` with the province's statistics-office code (``PPC@01`` Hà Nội, ``PPC@79`` Hồ Chí
  Minh City), as CONTRACTS.md "Provincial bodies" says: pre-2025 provinces keep their own code and
  carry ``valid_until`` 2025-06-30 and the ``successor`` province they merged into; units created by
  the July 2025 merger reuse the code of one of their parts, so one id covers a committee before and
  after the merger where the code stayed.
- ``nlp/data/provincial_bodies.csv``: the kinds of body every province has (its committee ``PPC``,
  police ``PPS``, district and commune committees ``DPC``, ``CPC``, its departments as a whole
  ``DEPARTMENTS`` and each department by the acronym provinces use, ``DOF`` … ``DEMR``), with the
  names of CONTRACTS.md in each language; ``localise`` gives a mention of one its province
  (``DOF@22``), ``agency`` names it (``Sở Tài chính tỉnh Quảng Ninh``).
- ``nlp/data/provincial_chapters.csv``: the organisations of ``agencies.csv`` with a chapter in every province
  (the Fatherland Front): ``VFF@22`` is Quảng Ninh's chapter, a provincial body; ``VFF`` the central committee.
- the names are in each language's folder, ``nlp/lang/<code>/agencies.csv``: ``name`` the canonical one
  (the ``name_<code>`` columns of the ``agencies`` table are made from them), ``aliases`` other names and
  short forms in that language, ``;``-separated; here ``acronyms``: case-sensitive short forms (``MOF``,
  ``NHNN``).
- ``valid_from`` / ``valid_until`` / ``successor``: the March 2025 restructuring (MPI → MOF, MARD and
  MONRE → MAE, MIC → MOST, MOT → MOC, MOLISA → MOHA, CEMA → MEMR).

Names match with or without diacritics and in any case (``nlp.fold``); acronyms match exactly.
"""
from __future__ import annotations

import csv
import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlp import languages
from nlp.fold import CharTable, fold
from nlp.regex import finditer as regex_finditer, scanner

DATA_FILE = Path(__file__).with_name("data") / "agencies.csv"
# the kinds of body that every province has (its police, its departments …): one row each in
# ``provincial_bodies.csv``, made one body per province by ``@`` and the province code
PROVINCIAL_FILE = Path(__file__).with_name("data") / "provincial_bodies.csv"
PROVINCIAL_KINDS = frozenset({"provincial_committee", "provincial_police", "district_committees", "commune_committees",
                              "provincial_departments", "provincial_department"})
# the organisations of agencies.csv that have a chapter in every province (the Fatherland Front), each with the kind
# of its chapter: ``VFF`` is the central committee, ``VFF@22`` Quảng Ninh's chapter (issue #13, round 29's settled
# convention); one file of its own since a provincial kind's id may not repeat an agencies.csv id
CHAPTERS_FILE = Path(__file__).with_name("data") / "provincial_chapters.csv"
# the district-level units before the July 2025 reform, with their provinces (nlp/data/README.md)
DISTRICTS_FILE = Path(__file__).with_name("data") / "districts_2024.csv"
# texts dated from this day name provinces in the 34-province scheme (the July 2025 merger)
MERGER_DATE = "2025-07-01"


def published_from_merger(published: str | None) -> str | None:
    """A publication date of the merger's month at month precision (``2025-07``: a page dated by its content,
    ``Le 24 juillet``, round 24b) as the merger's day, since every day of that month is from it (a bare
    ``2025-07`` sorts before ``2025-07-01``); any other date as it is. Only for a date the page is published
    on: a month a text mentions (``lương tháng 7/2025``) may be before it."""
    return MERGER_DATE if published == MERGER_DATE[:7] else published


def scheme_at(date: str | None) -> str:
    """The province scheme a text of ``date`` (ISO, or None when unknown) names its provinces in: ``"2025"`` (34
    provinces) from the merger on, else ``"2024"`` (63)."""
    return "2025" if date and date[:10] >= MERGER_DATE else "2024"
# each language's names of the bodies, in its folder: nlp/lang/<code>/agencies.csv (id,name)
NAMES_FILE = "agencies.csv"

# quotes and dashes that writers use interchangeably; mapped one character for one so offsets stay
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Agency:
    id: str
    kind: str
    names: dict[str, str]
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    symbol: str | None
    valid_from: str | None
    valid_until: str | None
    successor: str | None

    def name(self, language: str | None = None) -> str:
        """The body's name in ``language``, else in the fallback language (``nlp.languages.fallback``)."""
        return self.names.get(language or languages.fallback()) or self.names[languages.fallback()]

    def all_names(self) -> list[str]:
        return [n for n in (*self.names.values(), *self.aliases) if n]

    def valid_on(self, date: str) -> bool:
        """Whether the body existed on an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
        return (not self.valid_from or date[: len(self.valid_from)] >= self.valid_from[: len(date)]) and (
            not self.valid_until or date[: len(self.valid_until)] <= self.valid_until[: len(date)]
        )

    def as_row(self) -> dict[str, str | None]:
        """A row of the ``agencies`` table."""
        return {
            "id": self.id, "kind": self.kind, "symbol": self.symbol, "valid_from": self.valid_from,
            "valid_until": self.valid_until, "successor": self.successor,
            **{f"name_{lang}": self.names.get(lang) for lang in languages.codes()},
        }


@dataclass(frozen=True)
class Mention:
    """A body named in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    agency_id: str


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


def _names_by_language() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, tuple[str, ...]]]]:
    """Language → agency id → the body's name in it, and → its other names in it, from
    ``nlp/lang/<code>/agencies.csv`` (``id,name,aliases``); a body a language has no row for has no name
    in it. An id the gazetteer does not have is refused."""
    known = set()
    for path in (DATA_FILE, PROVINCIAL_FILE):
        with path.open(encoding="utf-8", newline="") as f:
            known.update(row["id"] for row in csv.DictReader(f))
    names: dict[str, dict[str, str]] = {}
    aliases: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang in languages.codes():
        path = languages.get(lang).folder / NAMES_FILE
        names[lang], aliases[lang] = {}, {}
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["id"] not in known:
                    raise ValueError(f"{path}: unknown agency id {row['id']}")
                if row["name"]:
                    names[lang][row["id"]] = row["name"]
                aliases[lang][row["id"]] = _split(row.get("aliases") or "")
        for agency_id in names[lang].keys() | aliases[lang].keys():
            joined = _joined_spellings_in_names(agency_id, (names[lang].get(agency_id), *aliases[lang].get(agency_id, ())))
            if joined:
                aliases[lang][agency_id] = (*aliases[lang].get(agency_id, ()), *joined)
    return names, aliases


def _joined_spellings_in_names(agency_id: str, written: tuple[str | None, ...]) -> tuple[str, ...]:
    """A province's committee's names again with the province's name written as one word, where the provinces
    table gives that spelling (``Hanoi``, ``Danang``, ``Kontum``): ``folkkommittén i Hà Nội`` → ``folkkommittén i
    Hanoi``, ``People's Committee of Ha Noi`` → ``People's Committee of Hanoi``. The lookup folds diacritics and
    case, not the space between a name's syllables, and the press of every language writes both."""
    base, code = split_id(agency_id)
    if base != "PPC" or not code:
        return ()
    from nlp.provinces import provinces

    extra: list[str] = []
    for scheme in ("2024", "2025"):
        province = provinces(scheme).get(code)
        if province is None:
            continue
        spaced = [n for n in {province.name_short_vi, province.name_ascii} if " " in n]
        one_word = [a for a in province.aliases if " " not in a.strip() and "-" not in a and len(a) > 3]
        for name in filter(None, written):
            for form in spaced:
                at = fold(name).lower().find(fold(form).lower())
                if at < 0:
                    continue
                extra += [name[:at] + word + name[at + len(form):] for word in one_word]
    known = {fold(n).lower() for n in written if n}
    return tuple(dict.fromkeys(e for e in extra if fold(e).lower() not in known))


def names_in(lang: str, agency_id: str) -> tuple[str, ...]:
    """A body's name and other names in one language (``nlp/lang/<code>/agencies.csv``), empty where it has none."""
    names, aliases = _names_by_language_cached()
    return tuple(n for n in (names.get(lang, {}).get(agency_id), *aliases.get(lang, {}).get(agency_id, ())) if n)


@lru_cache(maxsize=1)
def _names_by_language_cached():
    return _names_by_language()


@lru_cache(maxsize=1)
def agencies() -> dict[str, Agency]:
    """Every body of the gazetteer by id, in file order."""
    result: dict[str, Agency] = {}
    names, aliases = _names_by_language()
    for path in (DATA_FILE, PROVINCIAL_FILE):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["id"] in result:
                    raise ValueError(f"{path.name}: duplicate agency id {row['id']}")
                result[row["id"]] = Agency(
                    id=row["id"], kind=row["kind"],
                    names={lang: names[lang][row["id"]] for lang in languages.codes() if row["id"] in names[lang]},
                    # every language's other names, in the registry's order
                    aliases=tuple(alias for lang in languages.codes() for alias in aliases[lang].get(row["id"], ())),
                    acronyms=_split(row["acronyms"]),
                    symbol=row["symbol"] or None, valid_from=row["valid_from"] or None,
                    valid_until=row["valid_until"] or None, successor=row["successor"] or None,
                )
    return result


def normalise(name: str) -> str:
    """The lookup key of a name: folded, punctuation unified, spaces collapsed, no leading article."""
    key = " ".join(fold(name.translate(_PUNCT)).split())
    key = re.sub(r"\s*-\s*", " - ", key)
    return _leading_article().sub("", key)


@lru_cache(maxsize=1)
def _leading_article() -> re.Pattern[str]:
    """An article opening a name ("the", "les", "l'"), from every language's agencies.json."""
    return re.compile(rf"^(?:(?:{_words_alternation(_joined('leading_articles'))})\s+|(?:{_words_alternation(_joined('leading_elided_articles'))}))")


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for agency in agencies().values():
        for name in agency.all_names():
            index.setdefault(normalise(name), agency.id)
    return index


def lookup(name: str) -> Agency | None:
    """The body a name or acronym denotes, in any of the four languages, with or without diacritics.

    >>> lookup("Bo Tai chinh").id
    'MOF'
    """
    agency_id = _index().get(normalise(name))
    if agency_id is None:
        stripped = name.strip()
        agency_id = next((a.id for a in agencies().values() if stripped in a.acronyms), None)
    return agencies().get(agency_id) if agency_id else None


def current(agency_id: str, date: str | None = None) -> str:
    """The id that stands for a body on ``date`` (today's body without a date), following successors."""
    seen = set()
    agency = agencies().get(agency_id)
    while agency and agency.successor and agency.id not in seen and (date is None or not agency.valid_on(date)):
        seen.add(agency.id)
        agency = agencies().get(agency.successor)
    return agency.id if agency else agency_id


def _alternation(patterns: list[str]) -> str:
    """``(?:a|b|…)`` longest first, so that the longest name wins at a position; refuses an empty group."""
    unique = sorted(set(p for p in patterns if p), key=lambda p: (-len(p), p))
    if not unique:
        raise ValueError("empty alternation")
    return "(?:" + "|".join(unique) + ")"


def _ministries_named_after(word: str, lang: str, kind: str = "ministry"):
    """(the rest of the name, body id) of each name of ``lang`` of a body of ``kind`` (a ministry unless
    told) that opens with ``word`` (its case as written), at least four letters left (a name, not a stray
    abbreviation)."""
    prefix = word + " "
    for agency in agencies().values():
        if agency.kind != kind:
            continue
        for name in (agency.names.get(lang, ""), *agency.aliases):
            if name.lower().startswith(prefix.lower()) and len(name) > len(prefix) + 3:
                yield name[len(prefix):], agency.id


def bare_ministry_names() -> dict[str, str]:
    """Ministry names without the word that opens them in a list (``Công Thương``, from the
    ``bare_ministry_list_word`` of a language's agencies.json, Vietnamese ``Bộ``): a list such as ``Bộ Công
    Thương, Nông nghiệp và Phát triển nông thôn, Y tế`` names the later ministries bare."""
    bare = {}
    for lang in languages.codes():
        for word in _words(lang)["bare_ministry_list_words"]:
            for rest, agency_id in _ministries_named_after(word, lang):
                bare.setdefault(rest, agency_id)
    return bare


def ministry_name_variants() -> dict[str, str]:
    """Ministry names opening with another form of their first word (``ministères des Transports``, ``celui
    des Finances``, from the ``ministry_word_variants`` of a language's agencies.json): a list of several
    ministries names the first with the plural (``aux ministères des Transports et de la Construction``), a
    second ministry may be named by a pronoun (``le ministère de la Police et celui des Transports``). Also the
    names whose conjunction a language's ``name_conjunction_variants`` lets writers leave out or dash."""
    variants = {}
    for lang in languages.codes():
        for word, forms in _words(lang).get("ministry_word_variants", {}).items():
            for rest, agency_id in _ministries_named_after(word, lang):
                for form in forms:
                    variants.setdefault(f"{form} {rest}", agency_id)
        # a province's department with the adjective of its province kind after its first word ('le Service
        # municipal du Plan et de l'Investissement' of a city, 'le Service provincial de la santé'), round 18b
        for word, forms in _words(lang).get("department_word_variants", {}).items():
            for rest, agency_id in _ministries_named_after(word, lang, "provincial_department"):
                for form in forms:
                    variants.setdefault(f"{form} {rest}", agency_id)
        # the conjunction between a ministry's or a department's two fields left out or written as a dash ('Sở
        # Nông nghiệp Phát triển Nông thôn', 'Bộ Lao động - Thương binh - Xã hội'), round 21b
        for word, forms in _words(lang).get("name_conjunction_variants", {}).items():
            for name, agency_id in _names_with_word(word, ("ministry", "provincial_department")):
                for form in forms:
                    variants.setdefault(name.replace(f" {word} ", f" {form} " if form else " "), agency_id)
        # the comma between a ministry's or a department's fields written as a dash ('the Department of Culture -
        # Sports and Tourism', 'Bộ Văn hóa - Thể thao và Du lịch'), round 37 en
        for form in _words(lang).get("name_comma_variants", []):
            for name, agency_id in _names_with_word(",", ("ministry", "provincial_department"), attached=True):
                variants.setdefault(name.replace(", ", f" {form} "), agency_id)
        # a collective's words written short ('các bộ, ngành T.Ư', 'UBND các tỉnh, TP trực thuộc TW'), round 37b
        for name, agency_id in _collective_short_forms(_words(lang).get("collective_word_short_forms") or {}):
            variants.setdefault(name, agency_id)
    return variants


def _collective_short_forms(short_forms: dict[str, list[str]]):
    """(name, body id) of each name of a collective (kind ``collective``) written with one or more of its words in a
    short form of ``short_forms`` (word → its short forms), every mix of them; a word counts as a whole word."""
    if not short_forms:
        return
    pattern = re.compile(r"(?<!\w)(" + _words_alternation(sorted(short_forms, key=len, reverse=True)) + r")(?!\w)")
    for agency in agencies().values():
        if agency.kind != "collective":
            continue
        for name in agency.all_names():
            parts = pattern.split(name)
            if len(parts) == 1:
                continue
            # parts alternate: text, word, text, word, …, text
            choices = [[part] if i % 2 == 0 else [part, *short_forms[part]] for i, part in enumerate(parts)]
            for written in itertools.product(*choices):
                joined = "".join(written)
                if joined != name:
                    yield joined, agency.id


def _names_with_word(word: str, kinds: tuple[str, ...], attached: bool = False):
    """(name, body id) of each name of a body of one of ``kinds`` that has ``word`` between two of its words
    (``attached``: written against the word before it, as a comma is)."""
    written = f"{word} " if attached else f" {word} "
    for agency in agencies().values():
        if agency.kind in kinds:
            for name in agency.all_names():
                if written in name:
                    yield name, agency.id


def _name_units(name: str) -> tuple[str, ...]:
    r"""The pattern of a name as units: one escaped character, ``\s+`` between words, ``\s*-\s*`` for a dash."""
    units: list[str] = []
    previous = None
    glueable = _glueable_link_words()
    for token in normalise(name).split(" "):
        if token == "-":
            units.append(r"\s*-\s*")
        else:
            if previous is not None and previous != "-":
                # "the Departmentof Education and Training" (a page's glued "of", en:heldout31b): a link word of
                # agencies.json's ``glueable_link_words`` may be written against the word before it; ``_glued_key_of``
                # parts them again (stop 42)
                units.append(r"\s*" if token in glueable else r"\s+")
            units.extend(re.escape(ch) for ch in token)
        previous = token
    return tuple(units)


def _trie(names: list[str]) -> str:
    """The alternation of the patterns of every name, as a trie of their units: the engine
    follows one path instead of trying some thousand names at every position. It matches what the
    longest-first alternation matches: two names that both match at one position are one the
    prefix of the other (units never overlap: letters, spaces, a dash), and the trie tries the
    longer first."""
    root: dict = {}
    for name in names:
        units = _name_units(name)
        if not units:
            continue  # an empty pattern would match everywhere
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [unit + pattern(child) for unit, child in node.items() if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if not root:
        raise ValueError("empty alternation")
    return pattern(root)


@lru_cache(maxsize=1)
def _matchers() -> tuple[re.Pattern, dict[str, str], re.Pattern, dict[str, str], re.Pattern, dict[str, str]]:
    names: dict[str, str] = {}
    for agency in agencies().values():
        for name in agency.all_names():
            names.setdefault(normalise(name), agency.id)
    for variant, agency_id in ministry_name_variants().items():
        names.setdefault(normalise(variant), agency_id)
    acronyms = {a: agency.id for agency in agencies().values() for a in agency.acronyms}
    bare = {normalise(n): i for n, i in bare_ministry_names().items()}
    by_name = scanner(r"(?<!\w)" + _trie(list(names)) + r"(?!\w)")
    by_acronym = scanner(r"(?<![\w&.-])" + _alternation([re.escape(a) for a in acronyms]) + r"(?![\w&-])")
    by_bare = re.compile(r"(?<!\w)" + _trie(list(bare)) + r"(?!\w)")
    return by_name, names, by_acronym, acronyms, by_bare, bare


@lru_cache(maxsize=1)
def _glueable_link_words() -> frozenset[str]:
    """Every language's optional ``glueable_link_words`` (agencies.json: English ``of``), as a name's key writes them."""
    return frozenset(normalise(w) for w in _joined_optional("glueable_link_words"))


@lru_cache(maxsize=1)
def _glued_link_word() -> re.Pattern | None:
    """One of ``glueable_link_words`` glued to the letter before it, a space after it (in folded text)."""
    words = sorted(_glueable_link_words(), key=len, reverse=True)
    return re.compile(rf"(?<=[^\W\d_])({_words_alternation(words)})(?=\s)") if words else None


def _key_of(found: str) -> str:
    return normalise(found)


def _glued_key_of(found: str) -> str | None:
    """The key of a name whose link word (agencies.json's ``glueable_link_words``: English ``of``) the page glued to the
    word before (``Departmentof Education``), the name's pattern letting it through; None where nothing is glued."""
    glued = _glued_link_word()
    parted = glued.sub(r" \1", found) if glued is not None else found
    return normalise(parted) if parted != found else None


_FOLD_FOR_MATCHING = CharTable(lambda ch: fold(ch.translate(_PUNCT)))


def fold_for_matching(text: str) -> str:
    """Folded text with unified quotes and dashes, the same length as ``text``."""
    return _FOLD_FOR_MATCHING.translate(text)


# an hour right before PM makes it a time of day ("3:00 PM GMT+7", "at 10 PM"), no Prime Minister
_TIME_OF_DAY = frozenset({"AM", "PM"})
_CLOCK_TIME_BEFORE = re.compile(r"(?<![\d.,/])\d{1,2}(?:[:.h]\d{2})?\s?\Z")


def find_mentions(text: str, folded: str | None = None) -> list[Mention]:
    """Every body named in ``text``, longest name first, non-overlapping, in text order."""
    by_name, names, by_acronym, acronyms, _, _ = _matchers()
    folded = fold_for_matching(text) if folded is None else folded
    found: list[Mention] = []
    for m in by_name.finditer(folded):
        agency_id = names.get(_key_of(m.group()))
        if agency_id is None and (glued := _glued_key_of(m.group())):
            agency_id = names.get(glued)
        if agency_id:
            end = _with_unit_name(text, m.start(), m.end())
            found.append(Mention(m.start(), end, text[m.start() : end], agency_id))
    found += elided_unit_committees(text, found)
    counted = _counted_collectives(text, found)
    if counted:
        # the collective's own unit words found inside it (``… of 21 provinces and cities``: the name ``provinces and
        # cities``) are the counted collective, one body (round 39 en)
        found = [f for f in found if not any(c.start <= f.start and f.end <= c.end and f.agency_id == c.agency_id
                                             for c in counted)] + counted
    found = _bodies_next_to_a_province_name(text, found)
    taken = [(f.start, f.end) for f in found]
    # tried only where an acronym's first letters are written (``nlp.regex.finditer``: the same matches), not at
    # each of the capital letters the scanner's lookahead lets through (0.07 → 0.03 ms a page)
    for m in regex_finditer(by_acronym, text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group() in _TIME_OF_DAY and _CLOCK_TIME_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "3:00 PM", "10 AM": a time of day, no Prime Minister
        found.append(Mention(m.start(), m.end(), m.group(), acronyms[m.group()]))
    return sorted(found, key=lambda f: f.start)


@lru_cache(maxsize=None)
def _named_unit_at_end() -> re.Pattern[str] | None:
    """A body's name ending with the word of a unit that takes its own proper name after it (``named_unit_words``
    of nlp/lang/<lang>/agencies.json: ``UBND huyện`` + ``Lập Thạch``); None where no language lists one."""
    words = _joined_optional("named_unit_words")
    return re.compile(r"(?:^|\s)(?:" + _words_alternation(words) + r")$", re.IGNORECASE) if words else None


_NAME_WORD = re.compile(r" ([^\W\d_][^\s,.;:()\"'“”]*)")
_MAX_NAME_WORDS = 4


def _with_unit_name(text: str, start: int, end: int) -> int:
    """The end of a body's name with the proper name of its unit (``UBND huyện Lập Thạch``, the capitalised
    words after the unit's word on the same line), so that a cue after the name stays next to the body."""
    pattern = _named_unit_at_end()
    if pattern is None or not pattern.search(text[start:end]):
        return end
    for words in range(_MAX_NAME_WORDS):
        word = _NAME_WORD.match(text, end)
        if not word:
            break
        if not word.group(1)[0].isupper():
            if words == 1 and closes_lower_case_name_word(text, word.end()):
                end = word.end()  # "UBND các huyện Hòa an, Hạ Lang": the name's second word typed in lower case
            break
        end = word.end()
    return end


def closes_lower_case_name_word(text: str, at: int) -> bool:
    """Whether what stands at ``at``, right after a unit's name's second word typed in lower case, lets that word close
    the name (``lower_case_name_word_before`` of nlp/lang/<lang>/agencies.json: ``then_a_name``, a separator with a
    capitalised word right after it, ``UBND các huyện Hòa an, Hạ Lang``; ``alone``, a separator closing the names,
    an item's colon; round 35 vi). Only the second word (the callers' rule): after two capitalised words a lower-case
    one is the clause's (``UBND huyện Bảo Lạc cần: …``)."""
    rest = text[at : at + 40].lstrip()
    if any(rest.startswith(s) for s in _joined_optional("lower_case_name_word_before", "alone")):
        return True
    return any(rest.startswith(s) and rest[len(s) :].lstrip()[:1].isupper()
               for s in _joined_optional("lower_case_name_word_before", "then_a_name"))


@lru_cache(maxsize=None)
def _elided_unit_after() -> re.Pattern[str] | None:
    """A join and a unit's word opening a second named unit whose committee the first one's name already said
    (``elided_unit_committee`` of nlp/lang/<lang>/agencies.json: ``UBND huyện Long Mỹ, TP Vị Thanh``,
    ``UBND huyện Long Mỹ và thị xã Ngã Bảy``, round 19); None where no language lists one."""
    joins = _joined_optional("elided_unit_committee", "joins")
    units = _joined_optional("elided_unit_committee", "units")
    if not joins or not units:
        return None
    return re.compile(r"\s*(?:" + _words_alternation(joins) + r")\s*(?P<unit>" + _words_alternation(units) + r")(?= [^\W\d_])")


@lru_cache(maxsize=1)
def _unit_name_pattern() -> re.Pattern[str] | None:
    """``unit_name``'s pattern, compiled once: a unit's word (every language's ``named_unit_words`` and
    ``elided_unit_committee`` units) and the name after it to the end; None where no language lists one."""
    words = _joined_optional("named_unit_words")
    words += _joined_optional("elided_unit_committee", "units")
    if not words:
        return None
    return re.compile(r"(?:^|\s)(?:" + _words_alternation(words) + r")\s+(?P<name>[^\W\d_].*)$")


def unit_name(body: str) -> str | None:
    """The proper name of the unit a district- or commune-level body's name ends with (``UBND huyện Long Mỹ`` →
    ``Long Mỹ``, ``TP Vị Thanh`` → ``Vị Thanh``), else None (``UBND các huyện``): two such bodies of one id are
    two bodies."""
    pattern = _unit_name_pattern()
    if pattern is None:
        return None
    found = pattern.search(body)
    return found.group("name") if found and found.group("name")[:1].isupper() else None


def _centrally_run_city(found) -> bool:
    """Whether a province found by nlp.provinces is a centrally-run city in either scheme (its kind in the data)."""
    from nlp.provinces import provinces

    return any((province := provinces(scheme).get(found.code_in(scheme) or "")) is not None and province.kind == "city"
               for scheme in ("2024", "2025"))


def names_centrally_run_city(named: str) -> bool:
    """Whether a unit's words and name (``thành phố Cần Thơ``, ``TP. Hồ Chí Minh``) end in a centrally-run city's
    name: a province, not a town of one."""
    from nlp.provinces import find_provinces

    return any(p.end == len(named) and _centrally_run_city(p) for p in find_provinces(named))


def elided_unit_committees(text: str, found: list[Mention]) -> list[Mention]:
    """The second unit of ``UBND huyện Long Mỹ, TP Vị Thanh`` as a body of the first one's kind: its committee is
    written once, before the first name. A town's designator before a centrally-run city's name stays out
    (``UBND huyện Phong Điền và thành phố Cần Thơ`` names the city, a province)."""
    pattern = _elided_unit_after()
    if pattern is None:
        return []
    added: list[Mention] = []
    queue = list(found)
    while queue:  # a third unit after the second: "UBND huyện A, thị xã B, huyện C"
        body = queue.pop(0)
        if split_id(body.agency_id)[0] not in ("DPC", "CPC") or unit_name(body.text) is None:
            continue
        at = pattern.match(text, body.end)
        if not at:
            continue
        end = at.end()
        for _ in range(_MAX_NAME_WORDS):
            word = _NAME_WORD.match(text, end)
            if not word or not word.group(1)[0].isupper():
                break
            end = word.end()
        if end == at.end() or any(f.start < end and at.start("unit") < f.end for f in found):
            continue
        named = text[at.start("unit"):end]
        if names_centrally_run_city(named):
            continue
        added.append(Mention(at.start("unit"), end, named, body.agency_id))
        queue.append(added[-1])
    return sorted(added, key=lambda m: m.start)


@lru_cache(maxsize=None)
def _counted_collective_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """``counted_collectives`` of nlp/lang/<lang>/agencies.json: a head, a count in digits and a unit word
    (``UBND 4 tỉnh``) as one collective body; empty where no language lists one."""
    patterns = []
    for lang in languages.codes():
        for item in _words(lang).get("counted_collectives", []):
            heads = sorted(item["heads"], key=len, reverse=True)
            units = sorted(item["units"], key=len, reverse=True)
            patterns.append((re.compile(r"(?<!\w)(?:" + _words_alternation(heads) + r")\s+\d{1,2}\s+(?:"
                                        + _words_alternation(units) + r")(?!\w)"), item["id"]))
    return tuple(patterns)


def _counted_collectives(text: str, found: list[Mention]) -> list[Mention]:
    """The committees of a set of units written with their count (``UBND 4 tỉnh nêu trên``): one collective body,
    where no name the table knows covers the words (round 20b)."""
    added: list[Mention] = []
    for pattern, agency_id in _counted_collective_patterns():
        # tried only where a head opens (``nlp.regex.finditer``: the same matches), not at each position of the
        # text, where the pattern's opening lookbehind is tried first (0.09 → 0.03 ms a page); a name of the same
        # collective inside it (its unit words) does not stop it, the caller keeps the wider one
        for m in regex_finditer(pattern, text):
            if any(f.start < m.end() and m.start() < f.end
                   and not (m.start() <= f.start and f.end <= m.end() and f.agency_id == agency_id)
                   for f in [*found, *added]):
                continue
            if text[m.end() : m.end() + 3].lstrip().startswith("("):
                continue  # the units named in brackets after the count are each a body, the count none (stop 46)
            added.append(Mention(m.start(), m.end(), m.group(), agency_id))
    return added


@lru_cache(maxsize=None)
def _next_to_province_name_patterns() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """``bodies_next_to_province_name`` of nlp/lang/<lang>/agencies.json: names that are a provincial body only
    right after a province's name (``the Hanoi Police Department``: ``names_after``) or right before it with its
    prepositions (``the agency and unit of Bac Lieu province``: ``names_before``); empty where no language lists one.
    Each pattern with True where the province comes after the name."""
    patterns = []
    for lang in languages.codes():
        for item in _words(lang).get("bodies_next_to_province_name", []):
            for key, province_after in (("names_after", False), ("names_before", True)):
                names = sorted(item.get(key, []), key=len, reverse=True)
                if names:
                    patterns.append((re.compile(r"(?<!\w)(?:" + _words_alternation(names) + r")(?!\w)"), item["id"],
                                     province_after))
    return tuple(patterns)


def _province_next_to(text: str, start: int, end: int, province_after: bool):
    """The span of the province's name written right before ``text[start:end]`` (one space between) or, where
    ``province_after``, right after it with a body's prepositions between (``of``, ``de la``); else None."""
    from nlp.provinces import find_provinces

    if province_after:
        window = text[end:end + 60]
        p = next(iter(find_provinces(window)), None)
        return (end + p.start, end + p.end) if p and _after_body().match(window[:p.start]) else None
    window = max(0, start - 60)
    p = next((p for p in reversed(find_provinces(text[window:start])) if text[window + p.end:start] in (" ", "\u00a0")), None)
    return (window + p.start, window + p.end) if p else None


def _bodies_next_to_a_province_name(text: str, found: list[Mention]) -> list[Mention]:
    """A body named by a province's name and words that alone name no body (``the Hanoi Police Department``,
    ``Ho Chi Minh City Police``: the province's police; ``the agency and unit of Bac Lieu province``: its
    departments; issue #13): the words are the body, ``localise`` then gives it the province written next to them.
    A name the table knows that starts inside the province's name (``City Police`` of ``Ho Chi Minh City Police``)
    gives way to it; one that covers the words otherwise (``the Provincial Police``) stays."""
    # each pattern tried only where one of its names opens (``nlp.regex.finditer``: the same matches; a scan of a
    # pattern opening with a lookbehind tries it at every position: 0.28 → 0.04 ms a text for the three of en data)
    for pattern, agency_id, province_after in _next_to_province_name_patterns():
        for m in regex_finditer(pattern, text):
            province = _province_next_to(text, m.start(), m.end(), province_after)
            if province is None:
                continue
            if any(f.start < m.end() and m.start() < f.end and not (province[0] < f.start < m.start()) for f in found):
                continue
            found = [f for f in found if not (f.start < m.end() and m.start() < f.end)]
            found.append(Mention(m.start(), m.end(), m.group(), agency_id))
    return sorted(found, key=lambda f: f.start)


def bare_ministry_at(text: str, folded: str, position: int) -> Mention | None:
    """A bare Vietnamese ministry name (``Y tế``) starting exactly at ``position``."""
    _, _, _, _, by_bare, bare = _matchers()
    m = by_bare.match(folded, position)
    if not m:
        return None
    agency_id = bare.get(_key_of(m.group()))
    return Mention(m.start(), m.end(), text[m.start() : m.end()], agency_id) if agency_id else None


# ---------------------------------------------------------------- provincial bodies


def split_id(agency_id: str) -> tuple[str, str | None]:
    """``("DOF", "22")`` for ``DOF@22``; ``("MOF", None)`` for a body of no province."""
    base, _, code = agency_id.partition("@")
    return base, code or None


def is_provincial(agency_id: str) -> bool:
    """Whether an id is one of the kinds of body every province has (``DOF``, ``PPC@22``), or an organisation's
    chapter in one province (``VFF@22``; ``VFF`` alone is the central committee, no provincial body)."""
    base, code = split_id(agency_id)
    if code and base in chapter_kinds():
        return True
    agency = agencies().get(base) or agencies().get(agency_id)
    return agency is not None and agency.kind in PROVINCIAL_KINDS


@lru_cache(maxsize=1)
def chapter_kinds() -> dict[str, str]:
    """The organisations with a chapter in every province, id → the kind of the chapter (``provincial_chapters.csv``)."""
    with CHAPTERS_FILE.open(encoding="utf-8", newline="") as f:
        kinds = {row["id"]: row["kind"] for row in csv.DictReader(f)}
    unknown = [k for k in kinds if k not in agencies()]
    if unknown:
        raise ValueError(f"{CHAPTERS_FILE.name}: unknown agency ids {unknown}")
    return kinds


def provincial_id(base_id: str, code: str | None) -> str:
    """The id of a kind of provincial body in one province: ``DOF`` and ``22`` → ``DOF@22``; without a
    province the bare kind (``DOF``), as the contract says."""
    return f"{split_id(base_id)[0]}@{code}" if code else split_id(base_id)[0]


def _province_names(code: str) -> dict[str, str] | None:
    from nlp.provinces import provinces

    province = provinces("2024").get(code) or provinces("2025").get(code)
    if province is None:
        return None
    names = {}
    for lang in languages.codes():
        name = province.full_name(lang)
        # "tỉnh Quảng Ninh", "thành phố Hà Nội" inside a body's name
        names[lang] = name[:1].lower() + name[1:] if _words(lang)["province_name_lowercase_first"] else name
    return {**names, "code": province.code}


def agency(agency_id: str) -> Agency | None:
    """The body an id stands for, provincial instances included: ``DOF@22`` is the Department of
    Finance of Quảng Ninh, named in four languages from its kind and its province."""
    if agency_id in agencies():
        return agencies()[agency_id]
    base, code = split_id(agency_id)
    kind = agencies().get(base)
    chapter = chapter_kinds().get(base)
    names = _province_names(code) if code and kind and (kind.kind in PROVINCIAL_KINDS or chapter) else None
    if names is None:
        return None
    return Agency(
        id=agency_id, kind=chapter or kind.kind,
        # "Công an tỉnh" + "tỉnh Quảng Ninh" → "Công an tỉnh Quảng Ninh": the province's own designator
        names={lang: _words(lang)["province_join"].format(body=_without_designator(lang, name), province=names[lang])
               for lang, name in kind.names.items()},
        aliases=(), acronyms=(), symbol=kind.symbol, valid_from=kind.valid_from, valid_until=kind.valid_until,
        successor=provincial_id(kind.successor, code) if kind.successor else None,
    )


def provincial_rows() -> list[dict[str, str | None]]:
    """A row of the ``agencies`` table for every kind of provincial body in every province of either
    scheme (the committees have their own rows in ``agencies.csv``), with the province code."""
    from nlp.provinces import provinces

    codes = sorted(set(provinces("2024")) | set(provinces("2025")))
    rows = []
    for base in agencies().values():
        if base.kind not in PROVINCIAL_KINDS and base.id not in chapter_kinds():
            continue
        for code in codes:
            agency_id = provincial_id(base.id, code)
            if base.kind == "provincial_committee" and agency_id in agencies():
                continue
            body = agency(agency_id)
            if body is not None:
                rows.append(body.as_row())
    return rows


@lru_cache(maxsize=None)
def _words(lang: str) -> dict:
    """The words of nlp/lang/<lang>/agencies.json."""
    return json.loads((languages.get(lang).folder / "agencies.json").read_text(encoding="utf-8"))


def _joined(key: str) -> list[str]:
    """Every language's words under ``key``, in the registry's order."""
    return [word for lang in languages.codes() for word in _words(lang)[key]]


@lru_cache(maxsize=None)
def person_surnames() -> frozenset[str]:
    """The family names that open a person's name (every language's optional agencies.json ``person_surnames``)."""
    return frozenset(_joined_optional("person_surnames"))


def _joined_optional(key: str, part: str | None = None) -> list[str]:
    """Every language's words under the optional ``key`` (or under ``part`` of the object there), in the registry's
    order; none for a language that lists none."""
    return [word for lang in languages.codes()
            for word in ((_words(lang).get(key) or {}).get(part) or [] if part else _words(lang).get(key) or [])]


def _words_alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, words)) or "(?!)"


def _designators(words: list[str], abbreviations: list[str]) -> str:
    """'tỉnh|thành phố|TP\\.?': designators, then their abbreviations with an optional full stop."""
    return "|".join([_words_alternation(words)] * bool(words) + [re.escape(a) + r"\.?" for a in abbreviations]) or "(?!)"


@lru_cache(maxsize=None)
def _designator_at_end(lang: str) -> re.Pattern[str] | None:
    words = _words(lang)
    if not words["province_designators"] and not words["designator_abbreviations"]:
        return None
    return re.compile(rf"(?:{_designators(words['province_designators'], words['designator_abbreviations'])})$", re.I)


def _without_designator(lang: str, name: str) -> str:
    """A kind's name less the province designator it ends with ("Công an tỉnh" → "Công an"), when its
    language writes one."""
    pattern = _designator_at_end(lang)
    return pattern.sub("", name).rstrip() if pattern else name


# the patterns made of every language's words are built on first use, so that they hold the languages
# of nlp/lang/ at that time
@lru_cache(maxsize=1)
def _after_body() -> re.Pattern[str]:
    """Between a body's name and its province's: "of the", "de la", "l'", "i"."""
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{_words_alternation(_joined('prepositions_before_province'))})\s+)?"
                      rf"(?:(?:{_words_alternation(_joined('articles_before_province'))})\s*)?$", re.I)


def province_completes_body(text: str, body_end: int, at: int) -> bool:
    """Whether a province's name at ``at`` completes the body named just before it, ending at ``body_end``
    ("the provincial chairman of Ninh Thuan"): only the words that join a body to its province stand between."""
    return body_end <= at and _after_body().fullmatch(text[body_end:at]) is not None


@lru_cache(maxsize=1)
def _designated_province() -> re.Pattern[str]:
    """A province's name written with its designator (``tỉnh Cao Bằng``, ``Thành phố Hà Nội``) or the designator's
    abbreviation, with or without its full stop (``TP Hà Nội``, ``TP. Hà Nội``, ``TP.HCM``: round 37 vi's ``TP Hà Nội
    yêu cầu …`` over a city's vice-chairman had read no asker)."""
    abbreviations = _joined("designator_abbreviations")
    short = rf"|(?:{'|'.join(re.escape(a) for a in abbreviations)})(?:\.\s*|\s)" if abbreviations else ""
    return re.compile(rf"(?:{_words_alternation(_joined('province_designators'))})\s{short}", re.I)


def opens_with_designator_abbreviation(text: str) -> bool:
    """Whether ``text`` (a province's name as written) opens with a designator's abbreviation (``TP Hà Nội``, ``TP.HCM``:
    agencies.json's ``designator_abbreviations``), as written, with or without its full stop."""
    return any(re.match(rf"{re.escape(a)}(?:\.|\s|$)", text) for a in _joined("designator_abbreviations"))


@lru_cache(maxsize=1)
def _any_designator_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{_designators(_joined('province_designators'), _joined('designator_abbreviations'))})$", re.I)


_NEXT_WORD = re.compile(r"\s*(\w)")


@lru_cache(maxsize=1)
def _town_name_after() -> re.Pattern[str]:
    """A committee's name ending in a town's word that a preposition joins to the town's name (agencies.json's
    optional ``town_designators`` and ``town_name_prepositions``: ``Comité populaire de la ville`` before ``de Viet
    Tri``): the town's name's first letter, matched right after a body whose name ends in a town's word."""
    words = _joined_optional("town_designators")
    joins = _joined_optional("town_name_prepositions")
    if not words or not joins:
        return re.compile("(?!)")
    return re.compile(rf"\s+(?:{_words_alternation(joins)})(?:\s+|(?<='))(\w)", re.I)


@lru_cache(maxsize=1)
def _town_opening() -> re.Pattern[str]:
    """A town's word opening a committee's name, the town's name written before it (agencies.json's optional
    ``town_openings``: ``City People's Committee`` after ``Buon Ma Thuot``)."""
    words = _joined_optional("town_openings")
    return re.compile(rf"(?:{_words_alternation(words)})\s", re.I)


# a name of up to four capitalised words right before a position, on its line
_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[^\W\d_][\w'’-]*[ \t]+){1,4})$")


def _town_name_before(text: str, at: int, after: int = 0) -> int | None:
    """Where a town's name written right before ``at`` starts (``the Buon Ma Thuot`` → ``Buon``): the capitalised
    words before it after position ``after`` (the body named before it), an article left out; None where there is none."""
    m = _NAME_BEFORE.search(text, max(after, at - 60), at)
    if not m:
        return None
    name = []  # the capitalised words that end right before ``at``, back to an article or a word in lower case
    for word in reversed(list(re.finditer(r"\S+", m.group(1)))):
        if not word.group()[0].isupper() or _leading_article().match(word.group().lower() + " "):
            break
        name.append(word)
    return m.start(1) + name[-1].start() if name else None


@lru_cache(maxsize=1)
def _town_designator_at_end() -> re.Pattern[str]:
    """A town's word ending a committee's name (``… de la ville``), where its language joins the town's name after it."""
    words = _joined_optional("town_designators")
    return re.compile(rf"(?<!\w)(?:{_words_alternation(words)})$", re.I)


@lru_cache(maxsize=None)
def _province_only_designator_at_end() -> re.Pattern[str]:
    """A designator that names provinces only (``tỉnh``, optional ``province_only_designators``): a town's name
    never follows it, a person's may (``Chủ tịch UBND tỉnh Bùi Văn Khánh``)."""
    words = _joined_optional("province_only_designators")
    return re.compile(rf"(?:{_words_alternation(words)})$", re.I)


# what follows a place in a wire's dateline: an optional day, then the agency's acronym in brackets
_DATELINE_AFTER_PLACE = re.compile(r"\s*(?:,\s*[^()\n,]{1,20})?\s*\(\s*[A-Z][A-Z/-]{1,11}\s*\)")


def provinces_only_in_datelines(text: str, lang: str | None = None) -> bool:
    """Whether the text names provinces, every one of them as a wire's dateline (``Hanoi (VNA) - The Ministry of
    Industry and Trade …``): the place a story was filed, the only place it names (round 36 en)."""
    from nlp.provinces import find_provinces

    found = find_provinces(text, lang)
    return bool(found) and all(_DATELINE_AFTER_PLACE.match(text, p.end) for p in found)


# how far back an enterprise's head word is looked for before a province's name
_ENTERPRISE_NAME_CHARS = 60


@lru_cache(maxsize=None)
def _enterprise_head() -> re.Pattern[str]:
    """An enterprise's head word (agencies.json's optional ``enterprise_name_heads``) opening the words since the
    last separator, capitalised as a name's first word is."""
    heads = _joined_optional("enterprise_name_heads")
    return re.compile(rf"(?<!\w)(?:{_words_alternation(heads)})\s[^,;:.\n()]*$")


def _ends_an_enterprise_name(text: str, at: int) -> bool:
    """Whether the province named at ``at`` ends an enterprise's name (``Tổng Công ty Vận tải Hà Nội``): the
    company's, not the place the text is about (round 18d: the city paper's ``UBND TP`` and its departments)."""
    return bool(_enterprise_head().search(text[max(0, at - _ENTERPRISE_NAME_CHARS) : at]))


def _in_a_doubled_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is printed twice in a row, the same words right before or right after it: a
    photo's alt text and its caption (``Cán bộ, chiến sĩ BĐBP Điện Biên tuần tra bảo vệ biên giới.`` twice on the
    Thanh Hóa television's page of its own province's security letter, round 36b vi): a stock photo's place, not the
    province the text is about."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line:
        return False
    before_end = start - 1
    before = text[text.rfind("\n", 0, max(0, before_end)) + 1 : max(0, before_end)].strip() if start > 0 else ""
    after_end = text.find("\n", end + 1)
    after = text[end + 1 : len(text) if after_end < 0 else after_end].strip() if end < len(text) else ""
    return line in (before, after)


def article_province(text: str, found: list, scheme: str, in_bodies: frozenset[str] = frozenset()) -> str | None:
    """The province an article is about: the one its title (first line) names, else the only one the
    text names, else the one it names most (strictly more often than any other), else, among those named most, the
    only one ``in_bodies`` holds (the codes of the provinces the text names inside a body's name: ``the People's
    Committee of Lao Cai province`` beside ``a fire broke out in Hanoi``, each named once: a place where something
    happened is no body the text's unplaced departments belong to; issue #13, prov29)."""
    from collections import Counter

    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    found = [p for p in found if not _ends_an_enterprise_name(text, p.start) and not _written_as_former(text, p.end)
             and not _in_a_doubled_line(text, p.start)]
    # a wire's dateline ("Hanoi, 22 mai (VNA) - …", "Hà Nội (TTXVN) -") names where the story was filed, not
    # what it is about (round 18b): the title's other provinces, else the counts, decide
    in_title = [p for p in found if p.end <= title_end and not _DATELINE_AFTER_PLACE.match(text, p.end)]
    if in_title:
        return in_title[0].code_in(scheme)
    counts = Counter(p.code_in(scheme) for p in found).most_common(2)
    if len(counts) == 1 or (len(counts) == 2 and counts[0][1] > counts[1][1]):
        return counts[0][0]
    if counts and in_bodies:
        every = Counter(p.code_in(scheme) for p in found)
        most = {code for code, n in every.items() if n == counts[0][1]}
        if len(most & in_bodies) == 1:
            return next(iter(most & in_bodies))
    return None


def _district_among_most_named(text: str, found: list, scheme: str) -> str | None:
    """Among the provinces the text names most (a tie ``article_province`` leaves), the only one whose district-level
    unit the text names with its designator (``district_provinces``; the lead's ruling G, stop 46): ``… especially in
    the provinces of Bac Kan, Lang Son, … . In Quang Tri, on May 3, 2024, ASF in … Tan Long commune, Huong Hoa district
    …`` (round 40b en); else None. Read only where the text's own provincial committee is named without its province
    (``localise``): a national text's report of a district's fire names no province of its bodies."""
    from collections import Counter

    from nlp.provinces import to_scheme

    found = [p for p in found if not _ends_an_enterprise_name(text, p.start) and not _written_as_former(text, p.end)
             and not _in_a_doubled_line(text, p.start)]
    every = Counter(p.code_in(scheme) for p in found)
    if not every:
        return None
    most = {code for code, n in every.items() if n == max(every.values())}
    districts = {to_scheme(code, scheme) for code in district_provinces(text)}
    return next(iter(most & districts)) if len(most & districts) == 1 else None


@lru_cache(maxsize=1)
def _former_after() -> re.Pattern | None:
    """Every language's optional ``former_after`` words of ``province_patterns.json`` (``cũ``, ``old``), folded, right
    after a province's name, in brackets or not."""
    from nlp.provinces import optional_words

    words = optional_words("former_after")
    if not words:
        return None
    options = "|".join(r"\s+".join(re.escape(t) for t in fold(w).split()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*\(?\s*(?:{options})\s*\)?(?!\w)")


def _written_as_former(text: str, end: int) -> bool:
    """Whether the province named up to ``end`` is written as a former one (``địa bàn tỉnh Bình Định (cũ)``): a place
    the merger ended, not the province an article is about (round 28's Gia Lai page: its gold gives no suffix)."""
    pattern = _former_after()
    return bool(pattern and pattern.match(fold(text[end : end + 20])))


def _provinces_in_bodies(mentions: list[Mention], scheme: str, lang: str | None) -> frozenset[str]:
    """The codes of the provinces named inside the names of a province's bodies (``UBND tỉnh Lào Cai``, ``the People's
    Committee of Lao Cai province``, ``le Comité populaire de la province de Lao Cai``), in ``scheme``."""
    from nlp.provinces import find_provinces

    return frozenset(p.code_in(scheme) for m in mentions if "@" in m.agency_id and is_provincial(m.agency_id)
                     for p in find_provinces(m.text, lang))


@lru_cache(maxsize=1)
def _province_only_word() -> re.Pattern[str] | None:
    """Every language's optional ``province_only_words`` (agencies.json: ``tỉnh``, ``provincial``): a word inside a
    committee's name that makes it a province's, never a centrally-run city's."""
    words = _joined_optional("province_only_words")
    return re.compile(rf"(?<!\w)(?:{_words_alternation(words)})(?!\w)") if words else None


@lru_cache(maxsize=1)
def _venue_before() -> re.Pattern[str] | None:
    """Every language's optional ``venue_prepositions`` (agencies.json: ``tại``, ``in``) right before a place's name."""
    words = _joined_optional("venue_prepositions")
    return re.compile(rf"(?<!\w)(?:{_words_alternation(words)})\s+$", re.I) if words else None


@lru_cache(maxsize=1)
def _district_names() -> dict[str, str]:
    """A district-level unit's name, folded (``dong hoa``), → the 2024 code of its province (nlp/data/districts_2024.csv),
    for the names one province only has: a name several provinces' units share (``Châu Thành``, ``Phú Tân``, ``Đông
    Hòa`` spelt the same once folded) and a name that is a province's own (``thành phố Bắc Giang``, ``huyện Quảng
    Ninh``) or a number (``Quận 1``) are left out."""
    from nlp.provinces import provinces

    codes: dict[str, set[str]] = {}
    with DISTRICTS_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = " ".join(fold(row["name_vi"]).split())
            if re.search(r"[^\W\d_]", name):
                codes.setdefault(name, set()).add(row["province_code"])
    own = {" ".join(fold(name).split()) for p in provinces("2024").values()
           for name in (p.name_short_vi, p.name_ascii, *p.aliases, *p.names.values()) if name}
    return {name: next(iter(c)) for name, c in codes.items() if len(c) == 1 and name not in own}


@lru_cache(maxsize=1)
def _district_patterns_and_designators() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """A district-level unit's name with its designator, on folded text: before it (every language's optional
    agencies.json ``district_designators_before``: ``thị xã``, ``huyện``, ``TP``, ``district de``, ``ville de``) or after
    it (``district_designators_after``: ``town``, ``district``, ``city``); the name in group ``name``. Each pattern
    with the designator's part of it alone (``huyện`` where the name follows it,
    ``town`` after a space where the name comes before it): a text whose folded words hold no designator of a pattern
    gives that pattern no match, and the alternation of the ~650 names, tried at every word of the text when the
    name comes first, never runs over it (stop 47, speed39)."""
    names = sorted(_district_names(), key=len, reverse=True)
    if not names:
        return ()
    name = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    patterns = []
    before = sorted({" ".join(fold(w).split()) for w in _joined_optional("district_designators_before")}, key=len, reverse=True)
    after = sorted({" ".join(fold(w).split()) for w in _joined_optional("district_designators_after")}, key=len, reverse=True)
    if before:
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in before)
        patterns.append((re.compile(rf"(?<![\w-])(?:{words})(?:\.\s*|\s+|(?<='))(?P<name>{name})(?![\w-])"),
                         re.compile(rf"(?<![\w-])(?:{words})")))
    if after:
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in after)
        patterns.append((re.compile(rf"(?<![\w-])(?P<name>{name})\s+(?:{words})(?![\w-])"),
                         re.compile(rf"\s(?:{words})(?![\w-])")))
    return tuple(patterns)


def district_provinces(text: str) -> frozenset[str]:
    """The 2024 codes of the provinces whose district-level units ``text`` names with a designator (``thị xã Đông Hòa``
    → Phú Yên's ``54``, ``Bien Hoa City`` → Đồng Nai's ``75``, ``huyện Hòa Vang`` → Đà Nẵng's ``48``), each name's
    words capitalised as written; a name several provinces share, or no designator, names none (issue #13, dist37)."""
    folded = fold(text)
    codes = set()
    for pattern, designator in _district_patterns_and_designators():
        if not designator.search(folded):
            continue  # no designator of this pattern's: no match of it
        for m in pattern.finditer(folded):
            words = re.finditer(r"\S+", text[m.start("name") : m.end("name")])
            if all(w.group()[0].isupper() for w in words):
                codes.add(_district_names()[" ".join(m.group("name").split())])
    return frozenset(codes)


def _district_province(text: str, found: list, scheme: str) -> str | None:
    """The province of the district-level units the text names (``district_provinces``) where it names no province
    but in a wire's dateline, and all of them are of one province; in ``scheme``. A district named beside a named
    province never overrides it (precision first)."""
    from nlp.provinces import to_scheme

    if any(not _DATELINE_AFTER_PLACE.match(text, p.end) for p in found):
        return None
    codes = district_provinces(text)
    return to_scheme(next(iter(codes)), scheme) if len(codes) == 1 else None


def _city_against_province_words(code: str | None, text: str, found: list, mentions: list[Mention],
                                 scheme: str) -> str | None:
    """``code``, unless it is a centrally-run city's named only as a venue (``tại Hà Nội``, ``in Hanoi``) while the
    text names its own committee, placed nowhere, as a province's (``Phó Chủ tịch UBND tỉnh … giao Sở …`` on a page
    whose only place is where a national meeting was held): a province's committee is no city's, so the text's
    unplaced bodies are not the city's either (round 30b; the gold then gives no suffix, the province being never
    named). A city named otherwise (``UBND các huyện, thị xã, thành phố Huế``) keeps its code."""
    from nlp.provinces import provinces

    words, venue = _province_only_word(), _venue_before()
    province = provinces(scheme).get(code) if code else None
    if words is None or venue is None or province is None or province.kind != "city":
        return code
    named = [p for p in found if p.code_in(scheme) == code]
    if not named or not all(venue.search(text[max(0, p.start - 20):p.start]) for p in named):
        return code
    own = [m for m in mentions if "@" not in m.agency_id and split_id(m.agency_id)[0] == "PPC"]
    return None if any(words.search(m.text) for m in own) else code


def _outlet_province(text: str, scheme: str) -> str | None:
    """The province of the first outlet the text credits itself to by its address (nlp.provinces.find_outlet_provinces):
    the text's own words (an address printed in it is text), read where the provinces it names decide none (README,
    open classes after round 21, vi)."""
    from nlp.provinces import find_outlet_provinces

    found = find_outlet_provinces(text)
    return found[0].code_in(scheme) if found else None


@lru_cache(maxsize=None)
def _place_opener(lang: str | None) -> re.Pattern[str] | None:
    """A sentence's opening place phrase right before a province's name (optional
    ``place_openers_before_province``: ``Meanwhile in``, ``Tại``, ``Dans la province de``), on the text as written."""
    words = _words(lang).get("place_openers_before_province") if lang in languages.codes() else None
    return re.compile(rf"\s*(?:{_words_alternation(words)})\s+", re.I) if words else None


@lru_cache(maxsize=None)
def _after_opening_place(lang: str | None) -> re.Pattern[str]:
    """Between the province of an opening place phrase and the body it places: at most one word (its designator,
    ``Province``), a comma, then a leading article (``… Dak Nong Province, the steering committee``)."""
    articles = _words(lang).get("leading_articles") or [] if lang in languages.codes() else []
    return re.compile(rf"\s*(?:[^\W\d_]+\s*)?,\s*(?:(?:{_words_alternation(articles)})\s+)?", re.I)


def _province_opening_sentence(text: str, sentence_start: int, at: int, near: list, lang: str | None):
    """The province a place phrase opening the sentence names, right before the body at ``at`` (``In Lam Dong
    Province, the Da Lat City People's Committee …``), else None."""
    opener = _place_opener(lang)
    if opener is None:
        return None
    for p in near:
        if (sentence_start <= p.start and p.end <= at and opener.fullmatch(text, sentence_start, p.start)
                and _after_opening_place(lang).fullmatch(text, p.end, at)):
            return p
    return None


def _provinces_near(text: str, spans: list[tuple[int, int]], lang: str | None) -> list:
    """The provinces named within the given spans of ``text`` (merged windows, offsets into ``text``):
    the finder on a few short windows instead of a whole long text."""
    from dataclasses import replace

    from nlp.provinces import find_provinces

    windows: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    found = []
    for start, end in windows:
        found += [replace(p, start=p.start + start, end=p.end + start) for p in find_provinces(text[start:end], lang)]
    return found


def _town_of_province(body: str, code: str | None, scheme: str) -> bool:
    """A committee's name ending in a town's designator ("UBND TP", "UBND thành phố", not "UBND tỉnh") before
    the name of a province whose kind (nlp/data/provinces_*.csv) is no centrally-run city: the town of that
    name, the province's capital ("UBND TP Thái Nguyên"), not the province ("UBND thành phố Hà Nội")."""
    from nlp.provinces import provinces

    if (not code or not (_any_designator_at_end().search(body) or _town_designator_at_end().search(body))
            or _province_only_designator_at_end().search(body)):
        return False
    province = provinces(scheme).get(code)
    return province is not None and province.kind != "city"


# how far around a body its province's name is looked for, and how far after "tỉnh" / "thành phố"
_NEAR_CHARS = 60


@lru_cache(maxsize=1)
def _actor() -> re.Pattern[str]:
    """A designator written in lower case or capitalised ("tỉnh", "Tỉnh"), not in capitals; or its abbreviation as
    written, with or without its full stop ("TP Hà Nội", "TP. Hà Nội", "TP.HCM": round 37 vi)."""
    short = "".join(f"|{re.escape(a)}(?:\\.\\s*|\\s+)" for a in _joined("designator_abbreviations"))
    return scanner(r"(?<!\w)(?:(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in _joined("province_designators"))
                   + r")\s+" + short + r")(?=\w)")  # a scanner: the same matches, most positions skipped in one step


@lru_cache(maxsize=None)
def _chapter_words(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A language's ``provincial_chapter_words`` (agencies.json) right before a name, right after it, or inside it."""
    words = _words(lang).get("provincial_chapter_words") or [] if lang in languages.codes() else []
    alternation = _words_alternation(sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{alternation})\s+$"), re.compile(rf"\s+(?:{alternation})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"))


@lru_cache(maxsize=None)
def _local_chapter_words(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A language's optional ``local_chapter_words`` (agencies.json, ``after`` and ``before`` the name): a district's or a
    commune's chapter (``Ủy ban MTTQ huyện``, ``the district Fatherland Front Committee``), no body of the table."""
    words = (_words(lang).get("local_chapter_words") or {}) if lang in languages.codes() else {}
    after, before = words.get("after") or [], words.get("before") or []
    return (re.compile(rf"\s+(?:{_words_alternation(sorted(after, key=len, reverse=True))})(?!\w)") if after else None,
            re.compile(rf"(?<!\w)(?:{_words_alternation(sorted(before, key=len, reverse=True))})\s+$") if before else None)


# between an organisation's name and the province whose chapter it is: "Vietnam Fatherland Front – HCMC"
_CHAPTER_DASH = re.compile(r"\s*[-\u2013\u2014]\s*$")


@lru_cache(maxsize=None)
def _chapter_head_before(lang: str | None) -> re.Pattern[str] | None:
    """A language's optional ``chapter_heads_before_name`` (agencies.json) ending right before an organisation's
    name, a province's name right before them (``the Hanoi committee of the Vietnam Fatherland Front``)."""
    words = (_words(lang).get("chapter_heads_before_name") or []) if lang in languages.codes() else []
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_words_alternation(sorted(words, key=len, reverse=True))})\s+$")


def _chapters_localised(text: str, mentions: list[Mention], *, lang: str | None, date: str | None,
                        publisher: str | None) -> list[Mention]:
    """An organisation with a chapter in every province (``chapter_kinds``) named as one province's chapter given
    that province (issue #13): the province's name right after its name (``Ủy ban MTTQ tỉnh Quảng Ninh``, ``the
    Vietnam Fatherland Front Committee of Quang Ninh province``, ``Vietnam Fatherland Front – HCMC``: the mention then
    covers it), else a chapter word with it (``Mặt trận Tổ quốc tỉnh``, ``the provincial Fatherland Front Committee``,
    ``le Front de la Patrie provincial``): the province the text is about, else the publisher's. The name alone
    stays the central committee (``VFF``)."""
    from nlp.provinces import find_provinces, to_scheme

    chapters = [m for m in mentions if m.agency_id in chapter_kinds()]
    if not chapters:
        return mentions
    scheme = scheme_at(date)
    before_word, after_word, inside_word = _chapter_words(lang)
    result, article = [], []
    headed: list[tuple[int, int]] = []  # the province's name and the head word before a chapter's name
    local_after, local_before = _local_chapter_words(lang)
    for m in mentions:
        if m not in chapters:
            result.append(m)
            continue
        if (local_after and local_after.match(text, m.end)
                or local_before and local_before.search(text[max(0, m.start - 30):m.start])):
            continue  # a district's chapter of the Front ("phối hợp với Ủy ban MTTQ huyện"): no body of the table (the
            # convention of round 31b, stop 40); the province's chapter is VFF@NN
        window = text[m.end:m.end + 60]
        p = next(iter(find_provinces(window, lang)), None)
        if p and (_after_body().match(window[:p.start]) or _CHAPTER_DASH.match(window[:p.start])
                  or (after_word.match(window) and after_word.match(window).end() == p.start)
                  or (after_word.match(window) and _after_body().match(window[after_word.match(window).end():p.start]))):
            end = m.end + p.end
            result.append(Mention(m.start, end, text[m.start:end], provincial_id(m.agency_id, p.code_in(scheme))))
            continue
        head = _chapter_head_before(lang)
        head = head.search(text[max(0, m.start - 40):m.start]) if head else None
        placed = head and _province_next_to(text, m.start - len(head.group()), m.start - len(head.group()),
                                            province_after=False)
        if placed:
            # "the Hanoi committee of the Vietnam Fatherland Front": the province's name, then the chapter's head
            # word and "of", before the organisation's name names its chapter (round 35b en)
            p = next(iter(find_provinces(text[placed[0]:placed[1]], lang)), None)
            if p:
                result.append(Mention(placed[0], m.end, text[placed[0]:m.end],
                                      provincial_id(m.agency_id, p.code_in(scheme))))
                headed.append((placed[0], m.start))
                continue
        placed = _province_next_to(text, m.start, m.end, province_after=False)
        if placed:
            # "the Nghe An Fatherland Front Committee", "the Nghe An Cooperative Alliance": the province's name right
            # before the organisation's names its chapter, as "the Hanoi Police Department" names Hanoi's police (stop
            # 39's left classes, issue #13)
            p = next(iter(find_provinces(text[placed[0]:placed[1]], lang)), None)
            if p:
                result.append(Mention(placed[0], m.end, text[placed[0]:m.end],
                                      provincial_id(m.agency_id, p.code_in(scheme))))
                continue
        start, end = m.start, m.end
        before = before_word.search(text[max(0, m.start - 30):m.start])
        after = after_word.match(text, m.end)
        if before:
            start = m.start - len(before.group())
        elif after:
            end = after.end()
        elif not inside_word.search(m.text):
            result.append(m)
            continue
        if not article:
            found = find_provinces(text, lang)
            article.append(_city_against_province_words(
                article_province(text, found, scheme, _provinces_in_bodies(mentions, scheme, lang)), text, found,
                mentions, scheme)
                           or _outlet_province(text, scheme) or to_scheme(publisher, scheme))
        code = article[0]
        result.append(Mention(start, end, text[start:end], provincial_id(m.agency_id, code)) if code else m)
    # the province's name before the chapter's head word is no body of its own ("proposed the Hanoi committee of the
    # Vietnam Fatherland Front": not the city's People's Committee)
    return [m for m in result if not any(s <= m.start and m.end <= e for s, e in headed)]


# the most characters between a unit's name and the province that places it ("l'île de Ly Son, dans la province de
# Quang Ngai"): a comma, a preposition and the province's designator
_UNIT_PLACE_CHARS = 40
# the plural words of a level as a whole ("People's Committees of districts, towns and cities"): no unit named
_PLURAL_UNITS = re.compile(r"(?i)(?<![\w-])(?:districts|communes|wards|towns|cities|arrondissements|quartiers|villes"
                           r"|committees|comités|comites|các)(?![\w-])")
# capitalised words of a unit committee's own name that are no part of the unit's name ("Ly Son District People's
# Committee", "Comité populaire du district de Ly Son")
_UNIT_LEVEL_WORDS = frozenset({"district", "commune", "ward", "town", "city", "people's", "people’s", "committee",
                               "comité", "comite", "populaire", "ủy", "ban", "nhân", "dân", "ubnd", "huyện", "xã",
                               "phường", "quận", "thị", "trấn", "thành", "phố"})


def _unit_placed_elsewhere(text: str, m: Mention, lang: str | None, scheme: str) -> str | None:
    """The province in which the text places, elsewhere, the unit a named district or commune committee bears the name
    of (``le district de Ly Son doit …`` after ``des électeurs de l'île de Ly Son, dans la province de Quang Ngai``, in
    a roundup naming other provinces first; round 36 fr): the province written within a few characters after another
    writing of the unit's name, in the same sentence; None where the mention names no unit or the text places it
    nowhere, or in two provinces."""
    from nlp.provinces import find_provinces

    if split_id(m.agency_id)[0] not in {"DPC", "CPC"} or _PLURAL_UNITS.search(m.text):
        return None  # "People's Committees of districts, towns and cities": the level as a whole, no unit named
    runs: list[list[str]] = [[]]
    for w in re.findall(r"[^\W\d_][\w'’-]*", m.text):
        if w[0].isupper() and w.lower() not in _UNIT_LEVEL_WORDS:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    name = next((run for run in reversed(runs) if run), [])
    if len(name) < 2:
        return None  # a unit's name is two words or more ("Ly Son", "Cồn Cỏ")
    codes = set()
    for other in re.finditer(rf"(?<![\w-]){re.escape(' '.join(name))}(?![\w-])", text):
        if m.start <= other.start() < m.end:
            continue
        window = text[other.end() : other.end() + _UNIT_PLACE_CHARS + 40]
        window = re.split(r"[.!?\n]", window, maxsplit=1)[0]
        placed = next((p for p in find_provinces(window, lang) if p.start <= _UNIT_PLACE_CHARS), None)
        if placed is not None and not find_provinces(text[other.start() : other.end()], lang):
            codes.add(placed.code_in(scheme))
    return codes.pop() if len(codes) == 1 else None


def localise(text: str, mentions: list[Mention], *, lang: str | None = None, date: str | None = None,
             publisher: str | None = None, sentences: list[tuple[int, int]] = ()) -> list[Mention]:
    """The mentions with every provincial body given its province (``Sở Tài chính`` → ``DOF@22``),
    from, in order: the province named with it (``Sở Tài chính tỉnh Quảng Ninh``, ``the Quang Ninh
    Department of Finance``, ``finansavdelningen i Can Tho``: the mention then covers the name);
    a committee of a province in the same sentence (the issuing ``UBND tỉnh Hải Dương … chỉ đạo các
    sở, ban, ngành``); the article's province (``article_province``); the province of the outlet the text credits
    itself to (``(Vinhlong.gov.vn) - …``, ``Nguồn: baovinhlong.vn``: ``_outlet_province``); the publisher's province.
    A province named ``tỉnh X`` / ``thành phố X`` on its own is its People's Committee
    (``yêu cầu tỉnh Cao Bằng nghiên cứu``: the province as an actor); it becomes a task only in a
    frame. Codes are of the 2024 scheme, of the 2025 one for a text dated from 1 July 2025."""
    from nlp.provinces import find_provinces, to_scheme

    mentions = _chapters_localised(text, mentions, lang=lang, date=date, publisher=publisher)
    generic = [m for m in mentions if "@" not in m.agency_id and is_provincial(m.agency_id)]
    taken = [(m.start, m.end) for m in mentions]
    # tried only where a designator opens (``nlp.regex.finditer``: the same matches)
    actors = [a.start() for a in regex_finditer(_actor(), text)
              if text[a.end()].isupper() and not any(s <= a.start() < e for s, e in taken)]
    if not generic and not actors:
        return mentions
    scheme = scheme_at(date)
    near = _provinces_near(text, [(m.start - _NEAR_CHARS, m.end + _NEAR_CHARS) for m in generic]
                           + [(a, a + _NEAR_CHARS) for a in actors], lang)
    article: list[str | None] = []  # computed once, when a body is named without a province near it
    result: list[Mention] = []
    for m in mentions:
        if "@" in m.agency_id or not is_provincial(m.agency_id):
            result.append(m)
            continue
        start, end, code = m.start, m.end, None
        after = next((p for p in near if m.start < p.start <= m.end + 12 and p.end > m.end
                      and (p.start < m.end or _after_body().match(text[m.end:p.start]))), None)
        before = next((p for p in near if 0 <= m.start - p.end <= 1 and text[p.end:m.start].strip() == ""), None)
        # "Comité populaire de la ville de Viet Tri": the town's name after a preposition (round 20b's open class)
        town_word = _town_name_after().match(text, m.end) if _town_designator_at_end().search(m.text) else None
        next_word = town_word or _NEXT_WORD.match(text, m.end)
        if (after is None and (_any_designator_at_end().search(m.text) or town_word) and next_word and next_word.group(1).isupper()
                and not _province_only_designator_at_end().search(m.text) and split_id(m.agency_id)[0] != "DPC"):
            # (the district committees as a whole, "UBND các huyện, thành phố Đà Lạt và Bảo Lộc", name the towns of
            # their level after their last unit word: placed as any other collective, round 16's miss)
            # "UBND TP Rạch Giá", "UBND thành phố Đà Lạt": a town's committee is a district-level one of the province
            # the text is about (the lead's decision, round 15b); "Công an thành phố Thủ Đức" (a town's police) stays
            # out, and so does a person's name after the designator ("Chủ tịch UBND TP Trần Văn A": optional
            # agencies.json person_surnames, then two more capitalised words)
            if split_id(m.agency_id)[0] != "PPC":
                continue
            town = [w for w in re.findall(r"[^\W\d_][\w-]*", text[next_word.start(1):next_word.start(1) + 60].split(",")[0])][:5]
            town = town[:next((i for i, w in enumerate(town) if not w[0].isupper()), len(town))]
            surnames = {w for lang_ in languages.codes() for w in _words(lang_).get("person_surnames", [])}
            if not town or (town[0] in surnames and len(town) >= 3):
                continue
            end = text.index(town[-1], next_word.start(1)) + len(town[-1])
            m = Mention(m.start, end, text[m.start:end], "DPC")
        town_start = (_town_name_before(text, m.start, max((x.end for x in mentions if x.end <= m.start), default=0))
                      if after is None and before is None
                       and split_id(m.agency_id)[0] == "PPC" and _town_opening().match(m.text) else None)
        if town_start is not None and not names_centrally_run_city(text[town_start:m.start].rstrip()):
            # "the Buon Ma Thuot City People's Committee": a town's name that is no province's before a committee
            # whose name opens with a town's word: the town's committee, a district-level one (round 21's open class);
            # a centrally-run city's name there ("Hanoi City People's Committee") stays the city's
            start = town_start
            m = Mention(start, m.end, text[start:m.end], "DPC")
        if after and split_id(m.agency_id)[0] == "PPC" and _town_of_province(m.text, after.code_in(scheme), scheme):
            # "UBND TP Thái Nguyên": a town designator before the name of a province that is no centrally-run city
            # names the province's capital town, whose committee is a district-level one (round 18c)
            m = Mention(m.start, m.end, m.text, "DPC")
        if after:
            end, code = after.end, after.code_in(scheme)
        elif before:
            start, code = before.start, before.code_in(scheme)
        else:
            code = _unit_placed_elsewhere(text, m, lang, scheme)
            bounds = next(((s, e) for s, e in sentences if s <= m.start < e), None) if code is None else None
            if bounds:
                committees = [c for c in result + mentions if bounds[0] <= c.start < bounds[1] and c is not m
                              and "@" in c.agency_id and split_id(c.agency_id)[0] == "PPC"]
                if committees:
                    # the committee named before the body, where there is one: the one that issues or asks (``Le Comité
                    # populaire provincial de Kon Tum a chargé le Département des transports de coordonner avec le
                    # Comité populaire de la province de Gia Lai``: Kon Tum's department; stop 40's left classes)
                    earlier = [c for c in committees if c.end <= m.start]
                    code = split_id(min(earlier or committees, key=lambda c: abs(c.start - m.start)).agency_id)[1]
            if code is None and bounds:
                # "Meanwhile in Lam Dong Province, the Da Lat City People's Committee …": the province a place phrase
                # opening the sentence names is where its bodies named without one are (round 29b)
                place = _province_opening_sentence(text, bounds[0], m.start, near, lang)
                if place is not None:
                    code = place.code_in(scheme)
            if code is None and bounds and split_id(m.agency_id)[0] == "PPC":
                # "The Chairman of the People's Committee of Ca Mau province has just issued … . …, the Chairman of
                # the provincial People's Committee requested …": the provincial committee named just before with
                # its province, the same body named again (issue #13: the saved page's first line named another)
                before_it = max(((s, e) for s, e in sentences if e <= bounds[0]), default=None)
                named_before = [c for c in result if before_it and before_it[0] <= c.start < before_it[1]
                                and "@" in c.agency_id and split_id(c.agency_id)[0] == "PPC"
                                and find_provinces(c.text, lang)]
                if named_before and len({c.agency_id for c in named_before}) == 1:
                    code = split_id(named_before[-1].agency_id)[1]
            if code is None:
                if not article:
                    in_bodies, found = _provinces_in_bodies(mentions, scheme, lang), find_provinces(text, lang)
                    # a text naming no province but its district-level towns (``UBND thị xã Đông Hòa``, ``Bien Hoa
                    # City``, a wire's dateline aside) is about their province (issue #13, dist37; the lead's ruling G,
                    # stop 46: the older gold corrected to it)
                    article.append(_district_province(text, found, scheme)
                                   or _city_against_province_words(
                        article_province(text, found, scheme, in_bodies), text, found, mentions, scheme)
                                   or (_district_among_most_named(text, found, scheme)
                                       if any(g.agency_id == "PPC" for g in generic) else None)
                                   or _outlet_province(text, scheme))
                code = article[0] or to_scheme(publisher, scheme)
        result.append(Mention(start, end, text[start:end], provincial_id(m.agency_id, code)))
    taken = [(m.start, m.end) for m in result]
    for p in near:  # the province as an actor, where no body's name took it: "tỉnh Cao Bằng cần …"
        if p.start in actors and _designated_province().match(p.text) and not any(s < p.end and p.start < e for s, e in taken):
            result.append(Mention(p.start, p.end, p.text, provincial_id("PPC", p.code_in(scheme))))
    return sorted(result, key=lambda m: m.start)
