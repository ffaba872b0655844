"""The gazetteer of bodies: ministries, agencies, organisations and People's Committees, in four languages.

The data is ``nlp/data/agencies.csv``, one row per body:

- ``id``: the agency id of CONTRACTS.md (``MOF``, ``MPI``, ``PROVINCES``…). Bodies the contract does not
  name get an id here: ``DPM`` Deputy Prime Minister, ``MEMR`` Ministry of Ethnic Minorities and
  Religions (2025), ``GI`` Government Inspectorate, mass organisations (``VFF``, ``VWU``, ``VFU``,
  ``HCYU``, ``VGCL``), ``VSS`` Social Security, ``NA`` and its bodies (``NASC``, ``NA-…``), Party bodies
  (``CPV-…``, ``POLITBURO``, ``SECRETARIAT``, ``CEC``). A named province's People's Committee is
  ``UBND:<code>`` with the province's statistics-office code (``UBND:01`` Hà Nội, ``UBND:79`` Hồ Chí
  Minh City): pre-2025 provinces keep their own code and carry ``valid_until`` 2025-06-30 and the
  ``successor`` province they merged into; units created by the July 2025 merger reuse the code of
  one of their parts, so one id covers a committee before and after the merger where the code stayed.
- ``name_vi``, ``name_en``, ``name_fr``, ``name_sv``: canonical names; ``aliases``: other names and short
  forms in any language, ``;``-separated; ``acronyms``: case-sensitive short forms (``MOF``, ``NHNN``).
- ``valid_from`` / ``valid_until`` / ``successor``: the March 2025 restructuring (MPI → MOF, MARD and
  MONRE → MAE, MIC → MOST, MOT → MOC, MOLISA → MOHA, CEMA → MEMR).

Names match with or without diacritics and in any case (``nlp.fold``); acronyms match exactly.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlp.fold import CharTable, fold
from nlp.regex import scanner

DATA_FILE = Path(__file__).with_name("data") / "agencies.csv"
LANGUAGES = ("vi", "en", "fr", "sv")

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

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names["en"]

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
            **{f"name_{lang}": self.names.get(lang) for lang in LANGUAGES},
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


@lru_cache(maxsize=1)
def agencies() -> dict[str, Agency]:
    """Every body of the gazetteer by id, in file order."""
    result: dict[str, Agency] = {}
    with DATA_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["id"] in result:
                raise ValueError(f"{DATA_FILE.name}: duplicate agency id {row['id']}")
            result[row["id"]] = Agency(
                id=row["id"], kind=row["kind"],
                names={lang: row[f"name_{lang}"] for lang in LANGUAGES if row[f"name_{lang}"]},
                aliases=_split(row["aliases"]), acronyms=_split(row["acronyms"]),
                symbol=row["symbol"] or None, valid_from=row["valid_from"] or None,
                valid_until=row["valid_until"] or None, successor=row["successor"] or None,
            )
    return result


def normalise(name: str) -> str:
    """The lookup key of a name: folded, punctuation unified, spaces collapsed, no leading article."""
    key = " ".join(fold(name.translate(_PUNCT)).split())
    key = re.sub(r"\s*-\s*", " - ", key)
    return re.sub(r"^(?:(?:the|les|le|la)\s+|l')", "", key)


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


def bare_ministry_names() -> dict[str, str]:
    """Vietnamese ministry names without ``Bộ`` (``Công Thương``): a list such as ``Bộ Công Thương,
    Nông nghiệp và Phát triển nông thôn, Y tế`` names the later ministries bare."""
    bare = {}
    for agency in agencies().values():
        if agency.kind != "ministry":
            continue
        for name in (agency.names.get("vi", ""), *agency.aliases):
            if name.startswith("Bộ ") and len(name) > 6:
                bare.setdefault(name[3:], agency.id)
    return bare


def _name_units(name: str) -> tuple[str, ...]:
    r"""The pattern of a name as units: one escaped character, ``\s+`` between words, ``\s*-\s*`` for a dash."""
    units: list[str] = []
    previous = None
    for token in normalise(name).split(" "):
        if token == "-":
            units.append(r"\s*-\s*")
        else:
            if previous is not None and previous != "-":
                units.append(r"\s+")
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
    acronyms = {a: agency.id for agency in agencies().values() for a in agency.acronyms}
    bare = {normalise(n): i for n, i in bare_ministry_names().items()}
    by_name = scanner(r"(?<!\w)" + _trie(list(names)) + r"(?!\w)")
    by_acronym = scanner(r"(?<![\w&.-])" + _alternation([re.escape(a) for a in acronyms]) + r"(?![\w&-])")
    by_bare = re.compile(r"(?<!\w)" + _trie(list(bare)) + r"(?!\w)")
    return by_name, names, by_acronym, acronyms, by_bare, bare


def _key_of(found: str) -> str:
    return normalise(found)


_FOLD_FOR_MATCHING = CharTable(lambda ch: fold(ch.translate(_PUNCT)))


def fold_for_matching(text: str) -> str:
    """Folded text with unified quotes and dashes, the same length as ``text``."""
    return _FOLD_FOR_MATCHING.translate(text)


def find_mentions(text: str, folded: str | None = None) -> list[Mention]:
    """Every body named in ``text``, longest name first, non-overlapping, in text order."""
    by_name, names, by_acronym, acronyms, _, _ = _matchers()
    folded = fold_for_matching(text) if folded is None else folded
    found: list[Mention] = []
    for m in by_name.finditer(folded):
        agency_id = names.get(_key_of(m.group()))
        if agency_id:
            found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], agency_id))
    taken = [(f.start, f.end) for f in found]
    for m in by_acronym.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append(Mention(m.start(), m.end(), m.group(), acronyms[m.group()]))
    return sorted(found, key=lambda f: f.start)


def bare_ministry_at(text: str, folded: str, position: int) -> Mention | None:
    """A bare Vietnamese ministry name (``Y tế``) starting exactly at ``position``."""
    _, _, _, _, by_bare, bare = _matchers()
    m = by_bare.match(folded, position)
    if not m:
        return None
    agency_id = bare.get(_key_of(m.group()))
    return Mention(m.start(), m.end(), text[m.start() : m.end()], agency_id) if agency_id else None
