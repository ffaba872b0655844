"""The reference stage's data: document types, issuers, law titles (``data/``: codes, kinds, dates) and
the per-language words (``lang/<code>/``: their names, the word lists), each read once. Adding a
language means adding a folder."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from nlp import languages
from nlp.fold import fold

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
LANG = HERE / "lang"
LANGUAGES = languages.codes()  # the languages of nlp/lang/ (nlp/languages.py), each with a lang/<code>/ here


def _names(file: str, *key: str) -> dict[str, dict[tuple[str, ...], str]]:
    """Language → key → the ``name`` (or ``spellings``) column of ``lang/<code>/<file>``; a language
    without the file names nothing in it."""
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for lang in languages.codes():
        path = LANG / lang / file
        rows = _rows(path) if path.is_file() else []
        out[lang] = {tuple(r[k] for k in key): r.get("name") or r.get("spellings", "") for r in rows}
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def ascii_key(code: str) -> str:
    """The key a symbol part is looked up by: folded to ASCII, upper case (``NĐ``, ``nd`` → ``ND``)."""
    return fold(code).upper()


@dataclass(frozen=True)
class DocType:
    code: str
    type: str
    family: str  # state | party | any
    example: str
    names: dict[str, str]  # language → the type's name (lang/<code>/doc_types.csv)


@dataclass(frozen=True)
class Issuer:
    code: str
    family: str  # state | party
    kind: str
    names: dict[str, str]
    valid_until: str | None
    # shorter names that name it only as the issuer right after a short reference ("của Thủ tướng")
    short_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class LawTitle:
    title_vi: str
    type: str  # law | code
    names: dict[str, list[str]]  # language → spellings (first is the usual name)


@lru_cache(maxsize=1)
def doc_types() -> list[DocType]:
    names = _names("doc_types.csv", "code")
    return [DocType(r["code"], r["type"], r["family"], r["example"],
                    {lang: names[lang][(r["code"],)] for lang in languages.codes() if names[lang].get((r["code"],))})
            for r in _rows(DATA / "doc_types.csv")]


@lru_cache(maxsize=1)
def doc_type_by_key() -> dict[str, DocType]:
    """``ND`` and ``NĐ`` → the decree row: the press drops Vietnamese letters, ids restore them."""
    return {ascii_key(t.code): t for t in doc_types()}


@lru_cache(maxsize=1)
def state_code_of_type() -> dict[str, str]:
    """A type → its code in state symbols, for the types that have one only (``decree`` → ``NĐ``; a regulation,
    ``QyĐ`` or ``QC``, has none): the code a symbol that lost it takes from its type word."""
    codes: dict[str, set[str]] = {}
    for t in doc_types():
        if t.family in ("state", "any"):
            codes.setdefault(t.type, set()).add(t.code)
    return {kind: code.pop() for kind, code in codes.items() if len(code) == 1}


@lru_cache(maxsize=1)
def issuers() -> list[Issuer]:
    out = []
    by_language = _names("issuers.csv", "family", "code")
    short: dict[tuple[str, str], list[str]] = {}
    for lang in languages.codes():
        path = LANG / lang / "issuers.csv"
        for row in _rows(path) if path.is_file() else []:
            short.setdefault((row["family"], row["code"]), []).extend(n for n in row.get("short_names", "").split(";") if n)
    for r in _rows(DATA / "issuers.csv"):
        key = (r["family"], r["code"])
        names = {lang: by_language[lang][key] for lang in languages.codes() if by_language[lang].get(key)}
        out.append(Issuer(r["code"], r["family"], r["kind"], names, r["valid_until"] or None, tuple(short.get(key, ()))))
    return out


@lru_cache(maxsize=1)
def issuer_aliases() -> dict[str, str]:
    return {ascii_key(r["alias"]): r["code"] for r in _rows(DATA / "issuer_aliases.csv")}


@lru_cache(maxsize=1)
def letter_units() -> dict[str, str]:
    """The units of official letters' symbols that hold a Vietnamese letter, by their folded key
    (``QHDP`` → ``QHĐP``): the press drops the letter, ids restore it (``data/letter_units.csv``)."""
    return {ascii_key(r["unit"]): r["unit"] for r in _rows(DATA / "letter_units.csv")}


@lru_cache(maxsize=1)
def issuer_aliases_as_written() -> dict[str, str]:
    """The aliases by their own upper-case letters (``TƯ`` → ``TW``), diacritics kept."""
    return {r["alias"].strip().upper(): r["code"] for r in _rows(DATA / "issuer_aliases.csv")}


@lru_cache(maxsize=None)
def issuer_by_key(family: str) -> dict[str, Issuer]:
    """Issuers of one family (state or party) by their ASCII key (``BKHDT`` → ``BKHĐT``)."""
    return {ascii_key(i.code): i for i in issuers() if i.family == family}


@lru_cache(maxsize=1)
def law_titles() -> list[LawTitle]:
    out = []
    by_language = _names("law_titles.csv", "title_vi")
    for r in _rows(DATA / "law_titles.csv"):
        names: dict[str, list[str]] = {}
        for lang in languages.codes():
            spellings = [s.strip() for s in by_language[lang].get((r["title_vi"],), "").split("|") if s.strip()]
            if spellings:
                names[lang] = spellings
        out.append(LawTitle(r["title_vi"], r["type"], names))
    return out


@dataclass(frozen=True)
class LawVersion:
    """One version of a named law, code, ordinance or constitution (``data/laws.csv``): the year in
    its name, its number where it has one, the day it was adopted and the day it came into force,
    and where these facts come from."""

    title_vi: str
    year: int
    number: str | None
    adopted: str | None
    in_force: str | None
    source: str

    @property
    def id(self) -> str:
        return f"{self.title_vi} {self.year}"


@lru_cache(maxsize=1)
def law_versions() -> dict[str, list[LawVersion]]:
    """Title → its versions, oldest first."""
    out: dict[str, list[LawVersion]] = {}
    for r in _rows(DATA / "laws.csv"):
        v = LawVersion(r["title_vi"], int(r["year"]), r["number"] or None, r["adopted"] or None,
                       r["in_force"] or None, r["source"])
        out.setdefault(v.title_vi, []).append(v)
    # two versions of one year (the local-government laws of February and June 2025) share the contract's id:
    # the earlier adopted first
    return {t: sorted(vs, key=lambda v: (v.year, v.adopted or "")) for t, vs in out.items()}


@lru_cache(maxsize=1)
def law_version_by_number() -> dict[str, LawVersion]:
    """Canonical number (``31/2024/QH15``, leading zeros dropped) → the version it numbers."""
    out = {}
    for versions in law_versions().values():
        for v in versions:
            if v.number:
                out[_canonical_number(v.number)] = v
    return out


@lru_cache(maxsize=1)
def law_version_by_id() -> dict[str, LawVersion]:
    """Dated id (``Luật Đất đai 2024``) → its version."""
    return {v.id: v for versions in law_versions().values() for v in versions}


def _canonical_number(symbol: str) -> str:
    head, _, rest = symbol.partition("/")
    return f"{head.lstrip('0') or '0'}/{rest}"


def version_of_year(title_vi: str, year: int) -> LawVersion | None:
    """The version of ``title_vi`` whose name holds ``year`` (``Luật Đất đai 2013``), when the law table
    lists one: the one question the extractor asks of a year written with or near a law's name."""
    return next((v for v in law_versions().get(title_vi, []) if v.year == year), None)


@lru_cache(maxsize=1)
def _in_force_delay() -> tuple[str, int]:
    rule = json.loads((DATA / "in_force_delay.json").read_text(encoding="utf-8"))
    return rule["since"], int(rule["min_days_after_adoption"])


def _earliest_in_force(adopted: str | None) -> str | None:
    """The earliest day a version with no in-force date in the table can be in force: its adoption, or
    45 days after it for one adopted under the 2008 and 2015 laws on legal documents (data/in_force_delay.json)."""
    if not adopted:
        return adopted
    since, days = _in_force_delay()
    if adopted < since:
        return adopted
    return (date.fromisoformat(adopted) + timedelta(days=days)).isoformat()


def version_in_force(title_vi: str, on: str) -> LawVersion | None:
    """The version of ``title_vi`` in force on the ISO date (or year, or month) ``on``: the latest
    whose in-force date is not after it; when none is yet in force, the latest adopted by then (a
    text about a law just adopted means it). A partial date counts from its first day."""
    day = (on + "-01-01")[:10] if len(on) < 10 else on[:10]
    if len(on) == 7:
        day = on + "-01"
    in_force = adopted = None
    for v in law_versions().get(title_vi, []):
        if (v.in_force or _earliest_in_force(v.adopted) or f"{v.year}-12-31") <= day:
            in_force = v
        if (v.adopted or f"{v.year}-12-31") <= day:
            adopted = v
    return in_force or adopted


@dataclass(frozen=True)
class TypeWord:
    word: str
    type: str
    repeat: bool
    language: str


@lru_cache(maxsize=1)
def type_words() -> list[TypeWord]:
    out = []
    for lang in languages.codes():
        for r in _rows(LANG / lang / "types.csv"):
            out.append(TypeWord(r["word"], r["type"], r["repeat"] == "yes", lang))
    return out


@lru_cache(maxsize=1)
def markers() -> dict[str, list[str]]:
    return {lang: _lines(LANG / lang / "markers.txt") for lang in languages.codes()}


@lru_cache(maxsize=1)
def dates() -> dict[str, dict]:
    return {lang: json.loads((LANG / lang / "dates.json").read_text(encoding="utf-8")) for lang in languages.codes()}


@lru_cache(maxsize=1)
def relations() -> dict[str, list[dict[str, str]]]:
    return {lang: _rows(LANG / lang / "relations.csv") for lang in languages.codes()}


@lru_cache(maxsize=1)
def relations_after() -> dict[str, list[dict[str, str]]]:
    """Relation cues written after the document (``… hết hiệu lực kể từ ngày Luật này có hiệu lực``)."""
    return {lang: _rows(LANG / lang / "relations_after.csv") if (LANG / lang / "relations_after.csv").exists() else []
            for lang in languages.codes()}


@lru_cache(maxsize=1)
def repeat_templates() -> dict[str, list[str]]:
    return {lang: _lines(LANG / lang / "repeats.txt") for lang in languages.codes()}


@lru_cache(maxsize=1)
def own_repeat_templates() -> dict[str, list[str]]:
    """Repeats that name a document only in a legal text, as its own (French ``ce décret``: in a press
    item an anaphora of the decree it reports, which the golds leave out)."""
    return {lang: _lines(LANG / lang / "repeats_own.txt") for lang in languages.codes()}


@lru_cache(maxsize=1)
def symbols() -> dict:
    return json.loads((DATA / "symbols.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def legislatures() -> list[dict[str, str]]:
    """The National Assembly's legislatures (``QH15``) and the years of their terms."""
    return _rows(DATA / "legislatures.csv")


def legislature_of(year: int | None) -> str | None:
    """The legislature (``QH15``) whose term holds ``year`` inside it; none for a year two terms share
    (2016, 2021: the election year) or outside the table."""
    if not year:
        return None
    inside = [row["code"] for row in legislatures() if int(row["start_year"]) < year < int(row["end_year"])]
    return inside[0] if len(inside) == 1 else None


@lru_cache(maxsize=1)
def implied_symbols() -> list[dict[str, str]]:
    """How a symbol follows from a type, a number and the issuer the text names (``Nghị quyết 39 của
    Bộ Chính trị`` → ``39-NQ/TW``), with the example that shows it."""
    return _rows(DATA / "implied_symbols.csv")


@lru_cache(maxsize=1)
def sole_state_issuer_of_type() -> dict[str, str]:
    """A type → the one issuer its state symbols have (``decree`` → ``CP``), from the rows of
    implied_symbols.csv that need no issuer named: the issuer a symbol that lost it takes from its type word."""
    issuers: dict[str, set[str]] = {}
    for row in implied_symbols():
        if not row["issuer_kind"] and row["code"] and row["issuer"] and "{" not in row["issuer"]:
            issuers.setdefault(row["type"], set()).add(row["issuer"])
    return {kind: issuer.pop() for kind, issuer in issuers.items() if len(issuer) == 1}


@lru_cache(maxsize=1)
def drafts() -> dict[str, list[dict[str, str]]]:
    """Words that make a law's name the draft under debate (``dự án Luật …``, ``Luật … (sửa đổi)``):
    no version in force is meant."""
    return {lang: _rows(LANG / lang / "drafts.csv") for lang in languages.codes()}


@lru_cache(maxsize=1)
def adoption_cues() -> dict[str, list[str]]:
    """Words between a law named without its year and the day it was adopted."""
    return {lang: _lines(LANG / lang / "adoption.txt") for lang in languages.codes()}


@lru_cache(maxsize=1)
def amending_prefixes() -> list[str]:
    """Folded regexes of an amending law's name before the title it amends (``luat sua doi, bo sung
    mot so dieu cua``)."""
    return [line for lang in languages.codes() for line in _lines(LANG / lang / "amending.txt")]


@lru_cache(maxsize=1)
def law_title_by_name() -> dict[str, LawTitle]:
    return {law.title_vi: law for law in law_titles()}


@lru_cache(maxsize=1)
def repeat_covers() -> dict[str, set[str]]:
    """Type → the types a repeat by its word may also mean (``Thông tư này`` after a joint circular)."""
    out: dict[str, set[str]] = {}
    for r in _rows(DATA / "repeat_covers.csv"):
        out.setdefault(r["type"], set()).add(r["also_means"])
    return out


@lru_cache(maxsize=1)
def relation_adverbs() -> list[str]:
    """Regex fragments of manner words between a relation's cue and its document (``thực hiện nghiêm túc``)."""
    return [line for lang in languages.codes() for line in _lines(LANG / lang / "relation_adverbs.txt")]


@lru_cache(maxsize=1)
def relation_fillers() -> list[str]:
    """Regex fragments of the words between a relation's cue and its document (``of the``, ``quy định tại``)."""
    return [line for lang in languages.codes() for line in _lines(LANG / lang / "relation_fillers.txt")]


@lru_cache(maxsize=1)
def grammar_words() -> dict[str, dict]:
    """Language → its ``lang/<code>/grammar.json``: the issuer named after a symbol, the words around a
    law's year."""
    return {lang: json.loads((LANG / lang / "grammar.json").read_text(encoding="utf-8")) for lang in languages.codes()}
