"""The reference grammar: verbose regexes built from named fragments, the fragments built from the
data tables (``data/*.csv``, ``lang/<code>/*``: the words around an issuer, a relation's cue and a law's
year are in ``lang/<code>/grammar.json`` and ``relation_fillers.txt``). Nothing here lists a word of
any language; the letters of a symbol (``UPPER``) and of a capitalised name are the script's."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from extract.refs import tables
from nlp.fold import CharTable, fold
from nlp.fast.sre import most_nonspace_width
from nlp.regex import finditer_near, first_characters, scanner, with_plain_letters

# separators the press puts inside a symbol: spaces and at most one line break around them
SLASH = r"\s{0,2}/\s{0,2}"  # 98/2018 · 98 / 2018
DASH = r"\s{0,2}[-‐‑–—]\s{0,2}"  # NĐ-CP · NĐ- CP · NĐ–CP
DASH_RE = re.compile(DASH)
UPPER = "A-ZĐĂÂÊÔƠƯ"


def alt(items: Iterable[str], *, escape: bool = True) -> str:
    """A non-capturing alternation, longest first (so ``TTLT`` wins over ``TT``); refuses an empty group."""
    unique = sorted({i for i in items if i}, key=lambda s: (-len(s), s))
    if not unique:
        raise ValueError("empty alternation")
    return "(?:" + "|".join(re.escape(i) if escape else i for i in unique) + ")"


def _spellings(code: str) -> set[str]:
    """A symbol part as the press writes it: as is, without Vietnamese letters, in upper case."""
    return {code, fold(code).upper() if code.isupper() else _fold_keep_case(code), code.upper(), fold(code).upper()}


def _fold_keep_case(code: str) -> str:
    return "".join(fold(c).upper() if c.isupper() else fold(c) for c in code)


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    types = tables.doc_types()
    state_codes = set().union(*(_spellings(t.code) for t in types if t.family in ("state", "any")))
    party_codes = set().union(*(_spellings(t.code) for t in types if t.family in ("party", "any")))
    state_issuers = set().union(*(_spellings(i.code) for i in tables.issuers() if i.family == "state"))
    party_issuers = set().union(*(_spellings(i.code) for i in tables.issuers() if i.family == "party"))
    aliases = set(tables.issuer_aliases())
    # any other upper-case code is an issuer too (departments, courts, agencies not in the table)
    # an upper-case code, or one with a lower-case letter the way official codes have (TTg, TTr, HoREA)
    # lower-case letters stand alone in real codes: "CPDecree" (a symbol glued to the next word) is none
    # digits that open the next symbol are not part of a code: a glued "20-NQ/TW20-NQ/TW" is two symbols,
    # not one whose issuer is "TW20-NQ"
    next_symbol = rf"\d*(?:/|[-‐‑–—][{UPPER}]{{1,5}}\s{{0,2}}/)"
    # a code ends in no Vietnamese capital vowel (those stand inside codes: TƯ is read by the issuers' own names):
    # "NĐ-CP" glued to a capitalised word's first letter ("NĐ-CPÔ") is CP's symbol, not a code "CPÔ"
    generic = rf"(?:[{UPPER}](?:[{UPPER}]|[0-9](?!{next_symbol})|[a-zđ](?![a-zđ])){{1,11}}(?<![ĂÂÊÔƠƯ]))"
    letter_issuers = {c for c in state_issuers if tables.ascii_key(c) not in tables.doc_type_by_key()}
    old_issuers = set().union(*(_spellings(i.code) for i in tables.issuers() if i.kind in OLD_SYMBOL_ISSUERS))
    glued_after = alt(tables.symbols()["glued_words"])
    # a known issuer in any case (a damaged "CĐ-Ttg"); one glued to the next word ("NĐ-CPngày 14")
    # a known issuer as written, then a lower-case word a flattened page glued to it (a link's icon name,
    # "ND-CPfa-exclamation-circle", "NĐ-CPtải về"): the issuer ends where the lower case starts, as no
    # official code runs on in two lower-case letters (round 23b)
    issuer_part = (rf"(?:(?:(?i:{alt(state_issuers | aliases)})|{generic})(?:(?!\w)|(?={glued_after}(?!\w)))"
                   rf"|{alt(state_issuers | aliases)}(?=[a-zđ][a-zđà-ỹ]))")
    return {
        "number": rf"{after_marker()}(?<!\d\.)(?P<number>\d{{1,6}}[a-z]?)",  # 36a/NQ-CP
        "slash": SLASH,
        "dash": DASH,
        "year": r"(?P<year>(?:19|20)\d{2})",
        "state_code": rf"(?P<code>{alt(state_codes)})",
        "party_code": rf"(?P<code>{alt(party_codes)})",
        "issuer_part": issuer_part,
        # a department's two units joined by "&" ("186/STP-XD&KTrVB": building and checking legal documents)
        "issuers": rf"(?P<issuer>{issuer_part}(?:(?:{DASH}|&){issuer_part})*)",
        "party_issuer": rf"(?P<issuer>(?:{alt(party_issuers | aliases)}|[{UPPER}]{{2,8}})(?!\w))",
        "letter_issuer": rf"(?P<issuer>{alt(letter_issuers)}(?!\w))",
        # the legislature's number may be lost ("54/2017/QH"): the extractor gives the one of the symbol's year
        # qh13: a site's lower-cased title; the legislature's digits may run into a database's next label
        # ("Official number:47/2019/QH14Signer:", round 18): a capitalised word right after them is no part of it
        "assembly": rf"(?P<issuer>(?:UBTVQH|QH|qh)\d{{0,2}})(?:(?!\w)|(?<=\d)(?=[{UPPER}][a-zđ]))",
        "unit": rf"(?P<unit>{generic}(?:&{generic})*)(?!\w)",  # two units joined by "&": 186/STP-XD&KTrVB
        "old_issuer": rf"(?P<issuer>{alt(old_issuers)})(?!\w)",
        # an issuer of the table only, case kept: a symbol whose hyphen a PDF lost ("61/2018/NĐCP") is split
        # between its type code and a known issuer, never an unknown code
        "known_issuers": rf"(?P<issuer>{alt(state_issuers | aliases)}(?:{DASH}{alt(state_issuers | aliases)})*)(?!\w)",
    }


def build(template: str) -> re.Pattern[str]:
    """A verbose regex from a template naming fragments in braces."""
    parts = fragments()
    try:
        pattern = re.sub(r"\{(\w+)\}", lambda m: parts[m.group(1)], template)
    except KeyError as exc:
        raise ValueError(f"unknown fragment {exc} in {template!r}") from None
    return re.compile(pattern, re.VERBOSE)


@lru_cache(maxsize=1)
def symbol_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(name, shape, regex) of every document symbol pattern, in the order they take precedence."""
    return [(p["name"], p["shape"], build(p["regex"])) for p in tables.symbols()["patterns"]]


@lru_cache(maxsize=1)
def required_words() -> dict[str, frozenset[str]]:
    """Pattern name → the types one of which a word right before the symbol must have (``Công văn`` for
    a letter whose issuer is not in the table; ``any``: a type word of any type; the data separates
    several types by ``|``)."""
    return {p["name"]: frozenset(p["requires_word"].split("|"))
            for p in tables.symbols()["patterns"] if p.get("requires_word")}


# issuers whose documents of the 1980s-1990s carry no type code: "Nghị định 60/CP", "Quyết định 100/TTg"
OLD_SYMBOL_ISSUERS = ("government", "prime_minister", "council_of_ministers")


@lru_cache(maxsize=1)
def after_marker() -> str:
    """Where a document number may start: not inside a word or another number, except right after
    a number marker glued to it (``số187/2004/NĐ-CP``)."""
    glued = "|".join(f"(?<={re.escape(m)})" for m in tables.symbols()["glued_markers"])
    return rf"(?:(?<![\w/,-])|{glued})"


# where a symbol may start: a number followed by a slash or dash; every symbol pattern starts so
# the lookahead first: most positions fail on it at once, before the lookbehinds are tried
# (or a space, then a short code in capitals and a slash: "214 NQ/UBTVQH9", a space printed for the slash)
SYMBOL_START = re.compile(r"(?=\d)" + after_marker() + r"(?<!\d\.)\d{1,6}[a-z]?"
                          + r"(?:\s{0,2}[/‐‑–—-]|\s{1,2}(?=[A-ZĐ]{2,4}\s{0,2}/\s{0,2}(?:UBTVQH|QH)\d))")


# folding by table: the same letters as nlp.fold, at str.translate speed
_FOLD_TABLE = {cp: fold(chr(cp)) for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
               if fold(chr(cp)) != chr(cp) and len(fold(chr(cp))) == 1}


_FAST_FOLD = CharTable(lambda ch: _FOLD_TABLE.get(ord(ch), ch))  # a full table translates faster than a sparse one


def fast_fold(text: str) -> str:
    """``nlp.fold.fold`` for Latin letters, one character per character (offsets are kept)."""
    return _FAST_FOLD.translate(text)


def trie(words: Iterable[str], space: str = r"\s+") -> str:
    """An alternation of many phrases as a character trie, so the engine follows one path instead of
    trying every phrase at every position; spaces match ``space``: any run of spaces or one line break
    (``\\s*`` where a page may glue the words, as in law titles)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        raise ValueError("empty alternation")

    def emit(node: dict) -> str:
        # the space last: where it may match nothing, the name read without gluing is tried first
        # ("luat thuy san" before "luat thu" + "y")
        branches = [(space if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items(), key=lambda item: (item[0] == " ", item[0])) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _words(words: Iterable[str]) -> str:
    """An alternation of multi-word phrases whose spaces match any run of spaces or one line break."""
    return alt((re.escape(w).replace(r"\ ", r"\s+") for w in words), escape=False)


@lru_cache(maxsize=1)
def type_word_lookup() -> dict[str, str]:
    """Type word (lower case, single spaces) → type."""
    return {w.word.lower(): w.type for w in tables.type_words()}


def type_of_word(word: str) -> str | None:
    return type_word_lookup().get(re.sub(r"\s+", " ", word).lower())


@lru_cache(maxsize=1)
def markers_alt() -> str:
    return alt((m for ms in tables.markers().values() for m in ms), escape=False)


@lru_cache(maxsize=1)
def prefix_pattern() -> re.Pattern[str]:
    """A type word and a number marker right before a symbol: ``Nghị định số ``, ``Decree No. ``, ``(``;
    in a formal title the issuer between them: ``NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 36-CP``."""
    words = _words(w.word for w in tables.type_words())
    return scanner(
        rf"(?<!\w)(?P<word>{words})(?:\s+(?:{issuer_between_word_and_number()}))?"
        rf"(?:\s+(?:{markers_alt()}))?\s*:?\s*\(?\s*\Z", re.IGNORECASE)


def issuer_between_word_and_number() -> str:
    """Every language's issuer between a type word and the number of a formal title, as alternatives."""
    branches = []
    for lang, words in tables.grammar_words().items():
        names = [i.names[lang] for i in tables.issuers() if lang in i.names]
        if words.get("issuer_between_word_and_number") and names:
            branches.append(words["issuer_between_word_and_number"].replace("{issuer_names}", _words(names)))
    return "|".join(branches) or "(?!)"


@lru_cache(maxsize=1)
def header_marker_pattern() -> re.Pattern[str]:
    """A legal text's header number marker opening a line, right before a symbol: ``Số: ``."""
    markers = [m for words in tables.grammar_words().values() for m in words.get("header_number_markers", [])]
    # a line's start, or a separator line a header flattened onto one line keeps ("… LẠNG SƠN ------- Số: …"),
    # also drawn with em or en dashes ("… Happiness ———- No. 1088/2006/QD-BKH Hanoi, …", round 13); the
    # issuer's name may open the flattened line before the marker, then written with a capital ("Chính phủ
    # Số: 04/NQ-CP |", round 15; "Hồ sơ lưu số: 72-CP" is a file's number)
    issuer = rf"(?-i:[{UPPER}])[^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]+(?=(?-i:[{UPPER}]))"
    return scanner(rf"(?:\A|\n|[-_*—–]{{3,}})[ \t|]*(?:{issuer})?(?:{'|'.join(markers) or '(?!)'})\s*\Z",
                   re.IGNORECASE)


@lru_cache(maxsize=1)
def heading_symbol_line() -> re.Pattern[str]:
    """What may open a legal text's heading line before its own symbol: nothing, or a word for "number"
    (``heading_number_words``: ``No.``, ``Number:``, ``Numéro :``, ``Số``), that word perhaps after its
    issuer's name in capitals (``HANOI PEOPLE'S COMMITTEE No. 243/KH-UBND``), perhaps with the rule under that name
    run into the line (``THE GOVERNMENT __________ No. 239/2025/ND-CP``, round 22)."""
    words = [w for lang in tables.grammar_words().values() for w in lang.get("heading_number_words", [])]
    number_word = rf"(?:{alt(words)})\s*[.:]?\s*:?\s*"
    rule = r"(?:[_=*-]{3,}\s+)?"
    return re.compile(rf"[\s|]*(?:(?:(?-i:[A-Z][A-Z'’ ]*[A-Z])\s+{rule})?{number_word})?", re.IGNORECASE)


@lru_cache(maxsize=1)
def header_date_gap_pattern() -> re.Pattern[str]:
    """Between a header's symbol and its date: bars, line breaks and the place (``| Hà Nội, ``)."""
    gaps = [w["header_date_gap"] for w in tables.grammar_words().values() if w.get("header_date_gap")]
    return re.compile("|".join(f"(?:{g})" for g in gaps) or "(?!)", re.IGNORECASE)


@lru_cache(maxsize=2)
def word_start(folded: bool = False) -> str:
    """Where a type word or a law's name may start: after no letter, or after an article a page glued to
    it (``ladécision 53/2013``, ``laConstitution de 1992``: every language's ``glued_articles``; each a
    lookbehind of its own width; ``folded``: in the folded text the law names are looked for in)."""
    glued = [w for words in tables.grammar_words().values() for w in words.get("glued_articles", [])]
    if folded:
        glued = list(dict.fromkeys(fold(w) for w in glued))
    return "(?:(?<!\\w)" + "".join(f"|(?<=(?<!\\w){re.escape(w)})" for w in glued) + _after_glued_list_index() + ")"


def _after_glued_list_index() -> str:
    """Lookbehinds for a related-documents list's index glued to the item's title at a line's start
    (``- 1Luật đấu thầu 2013``; symbols.json ``glued_list_index_openers``): one per index width, as a
    lookbehind must have one width."""
    openers = tables.symbols().get("glued_list_index_openers", [])
    return "".join(f"|(?<=(?<![^\\n]){re.escape(o)}\\d{{{width}}})" for o in openers for width in (1, 2, 3))


@lru_cache(maxsize=1)
def short_pattern() -> re.Pattern[str]:
    """A type word and a bare number, perhaps with its year: ``Decree 98``, ``Nghị định số 98/2018``."""
    words = _words(w.word for w in tables.type_words() if w.type not in ("law", "code", "plan", "guidance", "regulation"))
    return scanner(
        rf"{word_start()}(?P<word>{words})(?:\s+(?P<issuer_adjective>(?i:{issuer_adjectives_alt()})))?"
        rf"\s+(?:(?:{markers_alt()})\s*:?\s*)?"
        rf"(?P<number>\d{{1,5}})(?:{SLASH}(?P<year>(?:19|20)\d{{2}})|\s+(?:{joined_words('short_year_words')})\s+(?P<year_word>(?:19|20)\d{{2}}))?"
        # not the start of a full symbol, a decimal, a date or a range
        rf"(?!\d|[.,]\d|{SLASH}[\w]|{DASH}[\w]|\s*%)",
    )


@lru_cache(maxsize=1)
def title_date_cue_pattern() -> re.Pattern[str]:
    """An explicit issue-date word after a document's title (``title_date_cues`` in lang/<code>/grammar.json)."""
    return re.compile(rf"(?<!\w)(?:{joined_words('title_date_cues')})(?!\w)")


@lru_cache(maxsize=1)
def issuer_adjectives() -> dict[str, str]:
    """The adjectives naming an issuer right after a type word (``résolutions gouvernementales no2 de 2019``):
    ``issuer_adjectives`` in lang/<code>/grammar.json, a regex to the issuer's code (round 20)."""
    out: dict[str, str] = {}
    for words in tables.grammar_words().values():
        out.update(words.get("issuer_adjectives", {}))
    return out


def issuer_adjectives_alt() -> str:
    return "|".join(f"(?:{r})" for r in issuer_adjectives()) or "(?!)"


def issuer_of_adjective(word: str) -> tables.Issuer | None:
    code = next((c for r, c in issuer_adjectives().items() if re.fullmatch(r, word, re.IGNORECASE)), None)
    return tables.issuer_by_key("state").get(tables.ascii_key(code)) if code else None


@lru_cache(maxsize=1)
def short_list_item_pattern() -> re.Pattern[str]:
    """A further number with its marker after a short reference, set off by a comma or a conjunction, with no
    type word of its own (``résolutions gouvernementales no2 de 2019 et no35 de 2016``, ``Resolutions No. 2 of
    2019 and No. 35 of 2016``): a short of the same type and issuer (round 20)."""
    return re.compile(
        rf"\s*(?:,\s*|\s+(?:{joined_words('list_conjunctions')})\s+)(?P<item>(?:{markers_alt()})\s*:?\s*"
        rf"(?P<number>\d{{1,5}})(?:{SLASH}(?P<year>(?:19|20)\d{{2}})|\s+(?:{joined_words('short_year_words')})\s+"
        rf"(?P<year_word>(?:19|20)\d{{2}}))?)"
        rf"(?!\d|[.,]\d|{SLASH}[\w]|{DASH}[\w]|\s*%)")


@lru_cache(maxsize=1)
def carried_type_short_pattern() -> re.Pattern[str]:
    """A number marker and a number after words standing for the type word of a short reference before them
    (``short_carried_type_words``: ``au précédent N°110 datant de 2005``, ``the previous No. 110 of 2005``); the
    ``item`` group is the reference (round 24b)."""
    return re.compile(
        rf"(?<!\w)(?i:{joined_words('short_carried_type_words')})\s*(?P<item>(?:{markers_alt()})\s*:?\s*"
        rf"(?P<number>\d{{1,5}})(?:{SLASH}(?P<year>(?:19|20)\d{{2}})|\s+(?:{joined_words('short_year_words')})\s+"
        rf"(?P<year_word>(?:19|20)\d{{2}}))?)"
        rf"(?!\d|[.,]\d|{SLASH}[\w]|{DASH}[\w]|\s*%)")


@lru_cache(maxsize=1)
def law_short_pattern() -> re.Pattern[str]:
    """A law's type word and its number with the year, the legislature left out: ``Luật số 57/2024``,
    ``la Loi N°57/2024``, ``Law No. 57/2024`` (a law's number alone, ``Luật 57``, stays no reference)."""
    words = _words(w.word for w in tables.type_words() if w.type == "law")
    return scanner(
        rf"(?<!\w)(?P<word>(?i:{words}))\s+(?:(?:{markers_alt()})\s*:?\s*)?"
        rf"(?P<number>\d{{1,5}}){SLASH}(?P<year>(?:19|20)\d{{2}})(?P<year_word>)"
        rf"(?!\d|[.,]\d|{SLASH}[\w]|{DASH}[\w]|\s*%)",
    )


ISSUER_GROUP = "issuer_"


def joined_words(key: str) -> str:
    """Every language's regexes under ``key`` of its lang/<code>/grammar.json, as alternatives (none: never)."""
    return "|".join(word for words in tables.grammar_words().values() for word in words.get(key, [])) or "(?!)"


@lru_cache(maxsize=1)
def issuer_after_pattern() -> re.Pattern[str]:
    """The issuer named right after a short reference: ``của Bộ Chính trị``, ``của Bộ VHTTDL``,
    ``of the Ministry of Finance``; one named group per issuer (``issuer_<row>``), or ``abbr`` for
    a ministry written by its symbol without the B."""
    branches = []
    for i, issuer in enumerate(tables.issuers()):
        names = set(issuer.names.values()) | set(issuer.short_names)
        names |= {n.replace("'", "’") for n in names}  # the typographic apostrophe a page may print
        branches.append(f"(?P<{ISSUER_GROUP}{i}>{_words(names)})")
    # the prepositions and the ministry word are lang/<code>/grammar.json's
    return re.compile(
        # an elided article runs into the name ("de l'Assemblée nationale"): no space after its apostrophe
        rf"\s*,?\s*(?:{joined_words('issuer_after_prepositions')})(?:\s+|(?<=['’]))"
        rf"(?:(?:{joined_words('ministry_symbol_words')})\s+(?P<abbr>(?-i:[{UPPER}]{{2,10}}))(?!\w)|{'|'.join(branches)})(?!\w)",
        re.IGNORECASE)


def issuer_after(text: str, pos: int) -> tables.Issuer | None:
    m = issuer_after_pattern().match(text, pos)
    if not m:
        return None
    if m.group("abbr"):
        return tables.issuer_by_key("state").get(tables.ascii_key("B" + m.group("abbr")))
    index = next(int(k[len(ISSUER_GROUP):]) for k, v in m.groupdict().items() if k.startswith(ISSUER_GROUP) and v)
    return tables.issuers()[index]


def _repeat_branches(templates_by_lang: dict[str, list[str]]) -> list[str]:
    branches = []
    for lang, templates in templates_by_lang.items():
        repeats = [w.word for w in tables.type_words() if w.language == lang and w.repeat]
        nouns = [w.word for w in tables.type_words() if w.language == lang]
        if not repeats:
            continue
        for i, template in enumerate(templates):
            slot, words = ("{noun}", nouns) if "{noun}" in template else ("{word}", repeats)
            branches.append(template.replace(slot, f"(?P<word_{lang}_{i}>{_words(words)})"))
    return branches


@lru_cache(maxsize=1)
def repeat_pattern() -> re.Pattern[str]:
    """A document named by its type word alone (``the Decree``, ``Nghị định này``, ``dekretet``,
    ``denna förordning``). ``{word}`` in a template stands for the type words marked repeat=yes,
    ``{noun}`` for every type word of the language (a demonstrative makes any of them a repeat)."""
    return scanner("|".join(f"(?:{b})" for b in _repeat_branches(tables.repeat_templates())))


@lru_cache(maxsize=1)
def repeat_pattern_any_case() -> re.Pattern[str]:
    """The repeats of ``repeat_pattern`` in any letter case (``quyết định này``), and those a language
    reads only in a legal text (``repeats_own.txt``: French ``ce décret``), for a legal text's own
    document."""
    own = {lang: templates + [t for t in tables.own_repeat_templates().get(lang, [])]
           for lang, templates in tables.repeat_templates().items()}
    # group names are numbered per language over repeats.txt then repeats_own.txt, so they stay unique
    return re.compile("|".join(f"(?:{b})" for b in _repeat_branches(own)), re.IGNORECASE)


@lru_cache(maxsize=1)
def day_month_patterns() -> list[tuple[re.Pattern[str], dict[str, int]]]:
    """(regex anchored at the start, month words) of every date written without its year (``ngày 24/5``)."""
    out = []
    for spec in tables.dates().values():
        months = {k.lower(): v for k, v in spec.get("months", {}).items()}
        month_alt = alt(months) if months else r"\d{1,2}"
        for p in spec.get("day_month_patterns", []):
            out.append((re.compile(p["regex"].replace("{months}", month_alt), re.IGNORECASE), months))
    return out


@lru_cache(maxsize=1)
def date_patterns() -> list[tuple[str, re.Pattern[str], dict[str, int]]]:
    """(language, regex anchored at the start, month words) of every issue-date pattern."""
    out = []
    for lang, spec in tables.dates().items():
        months = {k.lower(): v for k, v in spec.get("months", {}).items()}
        month_alt = alt(months) if months else r"\d{1,2}"
        for p in spec["patterns"]:
            out.append((lang, re.compile(p["regex"].replace("{months}", month_alt), re.IGNORECASE), months))
    return out


def _month_patterns(key: str, suffix: str = "") -> list[tuple[re.Pattern[str], dict[str, int]]]:
    """(regex, month words) of a dates.json list of every language (``{months}`` its month words)."""
    out = []
    for spec in tables.dates().values():
        months = {k.lower(): v for k, v in spec.get("months", {}).items()}
        month_alt = alt(months) if months else r"\d{1,2}"
        for p in spec.get(key, []):
            out.append((re.compile(p["regex"].replace("{months}", month_alt) + suffix, re.IGNORECASE), months))
    return out


@lru_cache(maxsize=1)
def law_date_before_patterns() -> list[tuple[re.Pattern[str], dict[str, int]]]:
    """A law's adoption date written before its name, ending at the year the name opens with (``the June
    19, 2015 Law on Organization of the Government``): searched in the text right before that year's end."""
    return _month_patterns("law_date_before_patterns", r"$")


@lru_cache(maxsize=1)
def header_date_patterns() -> list[tuple[re.Pattern[str], dict[str, int]]]:
    """The place and date line of a legal text's heading after its symbol (``Hanoi, August 15, 2019``,
    ``Hanoï , le 7 septembre 2015``): the text's own issue date."""
    return _month_patterns("header_date_patterns")


@lru_cache(maxsize=1)
def issuer_between_pattern() -> re.Pattern[str]:
    """The issuer named between a symbol and its date: ``của Chính phủ``, ``của UBND tỉnh Lào Cai
    ký``, ``of the Prime Minister``."""
    # a capitalised word: a place's name in a committee's ("of the Vinh Long People's Committee")
    capitalised = r"(?-i:[A-ZĐ][\wÀ-ỹ'’-]*)"
    branches = []
    for lang, words in tables.grammar_words().items():
        if not words["issuer_after_symbol"]:
            continue
        names = [i.names[lang] for i in tables.issuers() if lang in i.names]
        branches.append(words["issuer_after_symbol"].replace("{issuer_names}", _words(names) if names else "(?!)")
                        .replace("{capitalised}", capitalised).replace("{upper}", UPPER))
    verbs = [v for words in tables.grammar_words().values() for v in words["issuer_signing_verbs"]]
    return re.compile(
        rf"\s*,?\s*(?:{'|'.join(branches) or '(?!)'})"
        rf"(?:\s+(?:{'|'.join(verbs) or '(?!)'}))?\s*,?",
        re.IGNORECASE)


def _with_unaccented_letters(cue: str, lang: str) -> str:
    """A cue regex that also reads its words written without their accents, as some papers' editions type
    them (Lao Động's French: ``reglementant``, ``complete``; round 28): each letter of the language's
    ``unaccented_letters`` (grammar.json, ``é=e``) outside a character class becomes a class of both, inside
    one gains its plain letter."""
    pairs = dict(pair.split("=", 1) for pair in tables.grammar_words().get(lang, {}).get("unaccented_letters", []))
    if not pairs:
        return cue
    return with_plain_letters(cue, lambda ch: pairs.get(ch, ch), widen=True)


@lru_cache(maxsize=1)
def relation_pattern() -> re.Pattern[str]:
    """A relation cue right before a reference (``replacing``, ``sửa đổi, bổ sung một số điều của``)."""
    branches = []
    order = {"amends": 0, "replaces": 1, "guides": 2, "implements": 3}
    rows = [(lang, r) for lang, rs in tables.relations().items() for r in rs]
    for i, (lang, r) in enumerate(sorted(rows, key=lambda x: order.get(x[1]["relation"], 9))):
        branches.append(f"(?P<{r['relation']}_{i}>{_with_unaccented_letters(r['cue'], lang)})")
    # words between a cue and its document: articles, "the draft", "(các) quy định tại/của" (thực hiện
    # quy định tại Nghị định số 83/2014/NĐ-CP: the decree is implemented)
    # an article of the document too: "thực hiện theo quy định tại Điều 68 Luật Thanh tra" (lang/<code>/relation_fillers.txt);
    # manner words (lang/<code>/relation_adverbs.txt): "thực hiện nghiêm túc Chỉ thị số …"
    between = [f"(?:{w})" for w in (*tables.relation_fillers(), *tables.relation_adverbs())]
    filler = rf"(?:\s+(?:{'|'.join(between) or '(?!)'}))*"
    return scanner(rf"(?<!\w)(?:{'|'.join(branches)}){filler}\s*:?\s*\Z", re.IGNORECASE)


_written: dict[str, set[str]] = {}
_written_cased: dict[str, set[str]] = {}  # the same spellings with their letters' case
_plural: set[str] = set()  # folded spellings that are a title's plural ("land laws"): names only with a year


def comparable(name: str) -> str:
    """A title as written, for comparing spellings: lower case, no punctuation, single spaces, the tone
    mark where the new orthography puts it (``ma tuý`` and ``ma túy``, ``Cộng hoà`` and ``Cộng hòa`` alike)."""
    lowered = unicodedata.normalize("NFC", name.lower())
    return " ".join(re.sub(r"[^\w\s]", " ", OLD_TONE_PLACEMENT.sub(lambda m: NEW_TONE[m.group()], lowered)).split())


# the old orthography's tone mark on the second vowel of "oa", "oe", "uy" (hoà, tuý), the new one's on the
# first (hòa, túy): both are the same word
NEW_TONE = {old: new for old, new in zip(
    ["oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ"],
    ["òa", "óa", "ỏa", "õa", "ọa", "òe", "óe", "ỏe", "õe", "ọe", "ùy", "úy", "ủy", "ũy", "ụy"])}
OLD_TONE_PLACEMENT = re.compile("(?:" + "|".join(NEW_TONE) + r")(?!\w)")  # at a word's end: "hoàng" keeps its mark


def written_as_a_title(folded_name: str, written: str) -> bool:
    """True when ``written`` is one of the title's spellings, or has no diacritics at all (typed
    without them): ``Luật được`` is not ``Luật Dược``, though both fold to ``luat duoc``. Spaces do not
    count: a page that glues two words (``Hội đồng nhândân``) still writes the title."""
    _pattern, lookup = law_title_pattern()
    spaced = lookup.spaced(folded_name)
    if len(comparable(written).split()) < len(spaced.split()) and len(spaced.split()) < GLUED_TITLE_MIN_WORDS \
            and not _glued_where_words_meet(spaced, written, lookup[spaced][0].type):
        return False  # a short title glued is likely another word: "Luật Thúy" (a name) is no "Luật Thú y"
    spellings = _written.get(spaced, set())
    glued = {w.replace(" ", "") for w in spellings}
    # a capital printed without its accent, as French typography allows ("secrets d'Etat" for "d'État"):
    # only capitals lose theirs, so "Luật được" stays no "Luật Dược"
    return (written.isascii() or comparable(written).replace(" ", "") in glued
            or comparable(_unaccented_capitals(written)).replace(" ", "")
            in {comparable(_unaccented_capitals(w)).replace(" ", "") for w in _written_cased.get(spaced, set())})


def _glued_where_words_meet(spaced: str, written: str, law_type: str) -> bool:
    """Whether a short title written with fewer words than the table's spelling ``spaced`` lost its spaces only
    where a page's typing loses them: each glued pair of the title's folded words meets at a small letter
    followed by a capital (``Bộ luậtHình sự``, ``LandLaw``) or right after a type word of the law's type
    (``Codepénal``, ``Luậtđất đai``: lang/<code>/types.csv). ``Luật Thúy`` (a name) glues ``thú`` and ``y``
    without a capital, ``Landlaw`` (a firm's name) glues the type word after its subject: no title."""
    words = spaced.split()
    type_words = {tuple(fold(w.word).lower().split()) for w in tables.type_words() if w.type == law_type}
    at = 0  # the title's next word
    for token in written.split():
        letters, inside = fold(token).lower(), 0
        while inside < len(letters):
            if at >= len(words) or not letters.startswith(words[at], inside):
                return False
            inside += len(words[at])
            at += 1
            if inside < len(letters) and not (
                    token[inside - 1].islower() and token[inside].isupper()
                    or any(tuple(words[max(0, at - len(t)):at]) == t for t in type_words)):
                return False
    return at == len(words)


def _unaccented_capitals(text: str) -> str:
    return "".join(fold(c).upper() if c.isupper() else c for c in text)


# the fewest words a law title must have to be read with two of them glued: a long title glued is still
# that title, a short one glued may be a name or another word
GLUED_TITLE_MIN_WORDS = 5


class _Titles(dict):
    """Folded spelling → (title, language); a spelling met with two of its words glued (``hoi dong nhandan``,
    as some pages print it) is found by its letters alone."""

    def __init__(self) -> None:
        super().__init__()
        self.glued: dict[str, str] = {}

    def __missing__(self, key: str):
        spaced = self.glued.get(key.replace(" ", ""))
        if spaced is None:
            raise KeyError(key)
        return self[spaced]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def spaced(self, key: str) -> str:
        """The spelling's key with its spaces, as the table writes it."""
        return key if dict.__contains__(self, key) else self.glued.get(key.replace(" ", ""), key)


def _indefinite(name: str, forms: list[list[str]]) -> str | None:
    """The name with its first word's definite ending made indefinite, by the language's
    ``law_indefinite_forms`` (Swedish ``jordlagen`` → ``jordlag``, ``lagen om mark`` → ``lag om mark``)."""
    head, sep, rest = name.partition(" ")
    for definite, indefinite in forms:
        if head.endswith(definite):
            return head[: -len(definite)] + indefinite + sep + rest
    return None


_LAW_YEAR = r"(?:19|20)\d{2}"
# a short name in brackets between a law's name and its year (``Loi sur l’intelligence artificielle (IA) 2025``)
ACRONYM_BEFORE_YEAR = re.compile(r"\s*\(\s*[^\W\d_]{2,6}\s*\)\s*")


def _law_title_head() -> str:
    """What a law's name in ``law_title_pattern`` may be opened by: an amending law's words, a year before it."""
    year = _LAW_YEAR
    amend = "|".join(f"(?:{a})" for a in tables.amending_prefixes())
    words = tables.grammar_words().values()
    before, between = ([w for lang in words for w in lang[key]] for key in ("law_year_words_before", "law_year_words_between"))
    before = f"(?:(?:{'|'.join(before)})\\s+)?" if before else ""
    between = f"(?:\\s+(?:{'|'.join(between)}))?" if between else ""
    # a year may open an amending law's name too: "the 2020 Law on Amendments to Construction Law" (round 18c)
    return (rf"{word_start(folded=True)}(?:(?P<apyear>{year})\s+(?=(?:{amend})))?(?P<amend>{amend})?"
            rf"(?:{before}(?P<pyear>{year}){between}\s+)?")


@lru_cache(maxsize=1)
def law_title_pattern() -> tuple[re.Pattern[str], dict[str, tuple[tables.LawTitle, str]]]:
    """Every spelling of every law title, folded (``luat dat dai``), with an optional year before or
    after; and folded spelling → (title, language)."""
    lookup = _Titles()
    for law in tables.law_titles():
        for lang, spellings in law.names.items():
            # "2013 års jordlag": the indefinite form after a genitive year
            forms = tables.grammar_words()[lang]["law_indefinite_forms"]
            spellings = [*spellings, *(_indefinite(s, forms) for s in spellings if _indefinite(s, forms))]
            spellings = [*spellings, *_article_variants(spellings, tables.grammar_words()[lang].get("law_title_article_variants", []))]
            plurals = _plural_forms(spellings, tables.grammar_words()[lang].get("law_plural_forms", []))
            _plural.update(re.sub(r"\s+", " ", fold(p)) for p in plurals)
            spellings = [*spellings, *plurals]
            # the typographic apostrophe a page may print ("loi sur l’organisation du gouvernement")
            spellings = [*spellings, *(s.replace("'", "’") for s in spellings if "'" in s)]
            # a compound word's hyphen a page may print as a space ("Law on Value Added Tax" for the table's
            # "Law on Value-Added Tax", round 28b)
            spellings = [*spellings, *(s.replace("-", " ") for s in spellings if "-" in s)]
            for s in spellings:
                lookup.setdefault(re.sub(r"\s+", " ", fold(s)), (law, lang))
                _written.setdefault(re.sub(r"\s+", " ", fold(s)), set()).add(comparable(s))
                _written_cased.setdefault(re.sub(r"\s+", " ", fold(s)), set()).add(s)
    for key in list(lookup):
        lookup.glued.setdefault(key.replace(" ", ""), key)
    names = trie(lookup, space=r"\s*")
    year = _LAW_YEAR
    joiners = [w for lang in tables.grammar_words().values() for w in lang["law_year_joiners"]]
    # a name glued to the next word by the page ("Luật tổ chức Chính phủngày 25 tháng 12 năm 2001", round 15):
    # the words symbols may be glued to (symbols.json "glued_words"), folded as the names are
    glued = alt({fold(w) for w in tables.symbols()["glued_words"]})
    pattern = scanner(
        rf"{_law_title_head()}(?P<name>{names})"
        # a year opening the next line is no year of the name before it: the heading "2020 Investment Law" over
        # "2020 Investment Law contains …" (round 18c); "Luật Đất đai\nnăm 2013", after a joiner, keeps it
        # its short name in brackets may stand between the name and its year: "la Loi sur l’intelligence
        # artificielle (IA) 2025" (round 24; ACRONYM_BEFORE_YEAR)
        rf"(?:{ACRONYM_BEFORE_YEAR.pattern}(?=\s*{year}(?![\d/])))?"
        rf"(?:\s*,?\s*(?:(?:{''.join(j + '|' for j in joiners)}\()\s*|(?<!\n))(?P<year>{year})\)?(?![\d/]))?"
        rf"(?:(?!\w)|(?<=[^\W\d])(?={glued}(?!\w)))"
    )
    return pattern, lookup


def _plural_forms(spellings: list[str], forms: list[list[str]]) -> list[str]:
    """Each spelling's plural by the language's ``law_plural_forms`` (a regex and its replacement, the first
    that changes it): ``Land Law`` → ``Land Laws``, ``loi foncière`` → ``lois foncières``."""
    out = []
    for s in spellings:
        for singular, plural in forms:
            changed, n = re.subn(singular, plural, s, count=1)
            if n:
                out.append(changed)
                break
    return out


def plural_name(folded_name: str) -> bool:
    """Whether a folded name as matched is a title's plural (``land laws``): several versions, a name only with
    its year (``the Land Laws of 1993, 2003 and 2013``)."""
    law_title_pattern()
    return re.sub(r"\s+", " ", folded_name) in _plural


def _article_variants(spellings: list[str], pairs: list[list[str]]) -> list[str]:
    """Each spelling with its opening words' article added or dropped (``Law on X`` ↔ ``Law on the X``)."""
    out = []
    for s in spellings:
        for bare, with_article in pairs:
            if s.startswith(with_article):
                out.append(bare + s[len(with_article):])
            elif s.startswith(bare):
                out.append(with_article + s[len(bare):])
    return out


@lru_cache(maxsize=1)
def draft_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after): the words that make a law's name a draft, right before it (``dự án``,
    ``the draft``) or right after it (``(sửa đổi)``, ``(amended)``)."""
    before = [r["cue"] for rows in tables.drafts().values() for r in rows if r["position"] == "before"]
    after = [r["cue"] for rows in tables.drafts().values() for r in rows if r["position"] == "after"]
    return (scanner(rf"(?<!\w)(?:{'|'.join(before)})\s+\Z", re.IGNORECASE),
            re.compile(rf"(?:{'|'.join(after)})", re.IGNORECASE))


@lru_cache(maxsize=1)
def adoption_pattern() -> re.Pattern[str]:
    """The words between a law named without its year and the day it was adopted."""
    return re.compile("|".join(f"(?:{c})" for cues in tables.adoption_cues().values() for c in cues), re.IGNORECASE)


@lru_cache(maxsize=1)
def issuing_verb_pattern() -> re.Pattern[str]:
    """The verbs that join an issue date to a document away from it (``ban hành``, ``issued``)."""
    verbs = [v for spec in tables.dates().values() for v in spec.get("issuing_verbs", [])]
    adjacent = [v for spec in tables.dates().values() for v in spec.get("issuing_verbs_adjacent", [])]
    # a verb inside a record field's name is no verb: "| Ngày ban hành | 20/11/2025 |", "Ngày ký:", "Date issued:",
    # "Issued date:" name the field whose value is the date, which dates no mention (round 28; rounds 8-21's records)
    label_before = [w for spec in tables.dates().values() for w in spec.get("issue_date_field_words_before", [])]
    label_after = [w for spec in tables.dates().values() for w in spec.get("issue_date_field_words_after", [])]
    not_label = "".join(rf"(?<!{w}\s)" for w in label_before)
    not_label_after = rf"(?!\s+(?:{'|'.join(label_after)})(?!\w))" if label_after else ""
    # a common verb ("có", "ra") issues only what follows it at once: "có Tờ trình số 338/TT-ĐC"
    return re.compile(rf"(?<!\w){not_label}(?:{'|'.join(verbs)})(?!\w){not_label_after}"
                      rf"|(?<!\w)(?:{'|'.join(adjacent)})\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def amending_before_pattern() -> re.Pattern[str]:
    """An amending law's name ending right before the title it amends, on folded text."""
    return scanner(rf"(?<!\w)(?:{'|'.join(f'(?:{a})' for a in tables.amending_prefixes())})\Z")


def law_title_of(written: str) -> str | None:
    """The table's Vietnamese title of a law title as written (``Bộ luật hình sự`` → ``Bộ luật Hình sự``)."""
    _pattern, lookup = law_title_pattern()
    found = lookup.get(re.sub(r"\s+", " ", fold(written)))
    return found[0].title_vi if found else None


def words_right_before(key: str, ignore_case: bool = True) -> re.Pattern[str]:
    """A scanner for one of the words of ``key`` (every language's ``grammar.json``) ending a text before
    a name, a space between: the shape of every "right before a law's name" list below."""
    return scanner(rf"(?<!\w)(?:{joined_words(key)})\s+\Z", re.IGNORECASE if ignore_case else 0)


def words_then_year(key: str, lead: str = "") -> re.Pattern[str]:
    """One of the words of ``key`` then a year of this or the last century standing alone, after ``lead``
    (what may come between the name and the words): the shape of every "… and a year after a law's name" list."""
    return re.compile(rf"{lead}(?:{joined_words(key)})\s+(?P<year>(?:19|20)\d{{2}})(?![\d/])(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=2)
def law_plural_pattern(paired: bool = False) -> re.Pattern[str]:
    """A plural word right before a law's name: ``các bản Hiến pháp`` are several constitutions; paired:
    one that makes it several only before a word of the past (``các`` … ``trước đây``)."""
    key = "law_plural_words_with_past" if paired else "law_plural_words_before"
    return words_right_before(key)


@lru_cache(maxsize=1)
def law_past_pattern() -> re.Pattern[str]:
    """A word of the past right after a law's name: ``… trước đây`` (the earlier ones)."""
    return re.compile(rf"\s+(?:{joined_words('law_past_words_after')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_passed_pattern() -> re.Pattern[str]:
    """The verb of adoption right before a law's name: ``Quốc hội thông qua Luật …``."""
    return words_right_before("law_passed_words_before")


@lru_cache(maxsize=1)
def law_new_list_after_pattern() -> re.Pattern[str]:
    """A plural participle after the last name of a list that reports every name of it just adopted (``la loi
    foncière, la loi sur les logements et …, adoptées par l'Assemblée nationale``)."""
    return re.compile(rf"(?:{joined_words('law_new_words_after_list')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_new_text_head_pattern() -> re.Pattern[str]:
    """A text's report that a count of laws was promulgated or adopted (``promulguant 12 lois``, ``orders
    promulgating 13 laws``, ``Lệnh của Chủ tịch nước về 13 luật``): the year-less names after it are those laws."""
    return re.compile(rf"(?<!\w)(?:{joined_words('law_new_text_heads')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_new_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that report a year-less law's name just adopted or promulgated, right before it
    (``la nouvelle loi foncière``, ``promulguant la loi …``, ``the new …``) and right after it
    (``Luật Đất đai mới``, ``la loi foncière adoptée par l'Assemblée nationale`` with no date after it)."""
    return (words_right_before("law_new_words_before"),
            re.compile(rf"(?:{joined_words('law_new_words_after')})(?!\w)", re.IGNORECASE))


@lru_cache(maxsize=1)
def law_determiner_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The determiners that make a law's name no reference, right before it (``cette Constitution``,
    ``une Constitution``, ``this Law``, ``denna grundlag``, ``một Hiến pháp``) and right at its end
    (``Hiến pháp này``): a demonstrative repeats or points at a text, an indefinite article names none
    (round 13). Every language's words: a spelling such as ``Constitution`` is shared by two."""
    return (words_right_before("law_determiners_before"),
            re.compile(rf"(?:{joined_words('law_determiners_after')})(?!\w)", re.IGNORECASE))


@lru_cache(maxsize=1)
def law_determiner_year_named_pattern() -> re.Pattern[str]:
    """The determiners of ``law_determiner_patterns`` that leave a name a reference when its year is written
    after it (``a new Law on Enterprises 2020`` is the 2020 law; ``a new Land Law`` names none, round 13)."""
    return words_right_before("law_determiners_year_named")


@lru_cache(maxsize=1)
def law_previous_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that make a year-less law's name the version before the one meant otherwise, right
    before it (``the former Land Law``, ``l'ancienne loi foncière``) and right after it (``la Constitution
    précédente``, ``Luật Đất đai cũ``)."""
    return (words_right_before("law_previous_words_before"),
            re.compile(rf"(?:{joined_words('law_previous_words_after')})(?!\w)", re.IGNORECASE))


@lru_cache(maxsize=1)
def takes_effect_pattern() -> re.Pattern[str]:
    """The words before the day a law takes effect (``có hiệu lực từ``, ``will take effect on``, ``entrera
    en vigueur le``, ``träder i kraft den``); the date follows."""
    return re.compile(rf"(?<!\w)(?:{joined_words('law_takes_effect_words')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def article_heading_pattern() -> re.Pattern[str]:
    """An article's heading opening a line, up to a relation cue in its title (``Điều 2. Hiệu lực thi hành``)."""
    return re.compile(rf"[\s|]*(?:{joined_words('article_heading_words')})[^\n]*\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def passive_adoption_pattern() -> re.Pattern[str]:
    """The verb of adoption in the passive right after a law named with its year, no day after it (``Bộ luật Lao
    động 2019 đã được Quốc hội thông qua``, ``the Law on Investment 2020 was passed by the National Assembly``):
    ``passive_adoption_after`` in lang/<code>/grammar.json (round 19b)."""
    return re.compile(rf"(?:{joined_words('passive_adoption_after')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_named_again_gap_pattern() -> re.Pattern[str]:
    """What stands between a law named without its year and the same law with its year in the parentheses after
    it (``the new Labor Code (Labor Code 2019)``): ``law_named_again_gap`` in lang/<code>/grammar.json, a named
    group ``date`` for a day it gives (round 19b)."""
    return re.compile(rf"(?:{joined_words('law_named_again_gap')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def alias_before_pattern() -> re.Pattern[str]:
    """The words between a law by its number and an alias naming it with its year (``… số 31/2024/QH15 hay còn được
    gọi là Luật đất đai năm 2024``): ``alias_words_before`` in lang/<code>/grammar.json (round 19b)."""
    return re.compile(rf"(?:{joined_words('alias_words_before')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def adoption_year_pattern() -> re.Pattern[str]:
    """The adoption year alone a clause after a law named without its year (``… được thông qua vào năm
    1994``, ``…, which was adopted in 2013``): ``adoption_year_cues`` in lang/<code>/grammar.json, each
    ending before the year."""
    return re.compile(rf"(?:{joined_words('adoption_year_cues')})(?P<year>(?:19|20)\d{{2}})(?![\d/])(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def law_revised_mark_pattern() -> re.Pattern[str]:
    """A bracketed "revised" mark right after a law's name without its year, before the day that dates it
    (``… (sửa đổi) ngày 21/6/1994``): ``law_revised_marks`` in lang/<code>/grammar.json."""
    return re.compile(rf"(?:{joined_words('law_revised_marks')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_number_year_pattern() -> re.Pattern[str]:
    """A law's own number in brackets right after a name without its year (``… (Luật số 67/2020/QH14)``):
    ``law_number_year_cues`` in lang/<code>/grammar.json, each ending before the number's year."""
    return re.compile(rf"(?:{joined_words('law_number_year_cues')})(?P<year>(?:19|20)\d{{2}})/(?:UBTVQH|QH)\d{{1,2}}\s*\)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def law_number_space_year_pattern() -> re.Pattern[str]:
    """A number marker, a law's number and its year run together without slash or code right after a law's name
    without its year (``SOCIAL INSURANCE LAW NO. 41 2024``, a page's flattened title): the markers of
    lang/<code>/markers.txt; the number is one to three digits, the year stands alone."""
    return re.compile(rf"\s+(?:{markers_alt()})\s*:?\s*(?P<number>\d{{1,3}})\s+(?P<year>(?:19|20)\d{{2}})(?![\d/])(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def law_number_alone_pattern() -> re.Pattern[str]:
    """A number marker and a law's number alone right after a law's name without its year (``la Loi sur
    l'investissement N°67``, ``Luật Đầu tư số 67``): no slash, year or code after the number."""
    return re.compile(rf"\s*(?:{markers_alt()})\s*:?\s*(?P<number>\d{{1,3}})"
                      rf"(?!\d|\s*[/\-–]|[.,]\d|\s+(?:19|20)\d{{2}}(?!\d))(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def closing_dated_pattern() -> re.Pattern[str]:
    """The word that joins a day to a document without a verb (``dated``, ``en date du``: ``dated_words`` in
    lang/<code>/dates.json), for a day closing a sentence after another document's own day."""
    words = [w for spec in tables.dates().values() for w in spec.get("dated_words", [])]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words) or '(?!)'})\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def clause_end_pattern() -> re.Pattern[str]:
    """A clause's end: a stop, semicolon or mark and a space, or a line break; the stop of a number marker
    (``No.``, ``Nr.``: ``number_abbreviations`` in lang/<code>/grammar.json) ends none."""
    words = sorted({w for lang in tables.grammar_words().values() for w in lang.get("number_abbreviations", [])})
    not_after = "".join(rf"(?<!\b{re.escape(w)})" for w in words)
    return re.compile(rf"{not_after}[.;!?](?:\s|$)|\n")


@lru_cache(maxsize=1)
def short_name_definition_pattern() -> re.Pattern[str]:
    """A short name a text defines for a law in parentheses right after it: ``(2020 LOE)``, ``(LoI)``,
    ``(BLDS)``, ``(“LOI 2020”)``; its letters hold one of a law's letters (``law_short_name_letters`` in lang/<code>/grammar.json:
    the L of law, loi, luật, lag), so ``(PPP)`` or ``(VAT)`` after a law's name defines no law."""
    letters = sorted({c for lang in tables.grammar_words().values() for c in lang.get("law_short_name_letters", [])})
    holds = rf"(?=[A-Za-zĐ]*[{''.join(letters)}])" if letters else "(?!)"
    # the short name may stand in quotes inside the parentheses: ``(“LOE”)`` (round 19b); its year may follow it,
    # ``(“LOI 2020”)``, when it holds two capitals (``(Law 2020)`` is a word and a year, no short name), Vietnamese
    # ``Đ`` among them (``(“LĐĐ 2024”)``). Words may open the parentheses, ``(ci-après la LCI)``, ``(hereinafter the
    # “LOE”)``; or a comma sets the short name after the name, ``…, la LCI .``, when it holds two capitals and a
    # punctuation mark ends it (``…, Laos.``, ``…, Luật Nhà ở`` define nothing; round 24b)
    leads = joined_words("short_name_definition_leads")
    articles = joined_words("short_name_apposition_articles")
    return re.compile(rf"\s*(?:(?P<paren>\(\s*(?:(?i:{leads})\s*)?)|,\s*(?:(?i:{articles})\s*)?"
                      rf"(?=(?:[\"“”'«]\s*)?[A-ZĐ][A-Za-zĐ]{{0,4}}[A-ZĐ]))"
                      rf"(?:[\"“”'«]\s*)?(?P<alias>(?:(?P<year>(?:19|20)\d{{2}})\s+)?{holds}"
                      rf"(?:(?=[A-ZĐ][A-Za-zĐ]{{0,4}}[A-ZĐ])[A-ZĐ][A-Za-zĐ]{{1,5}}\s+(?P<year_after>(?:19|20)\d{{2}})|[A-Z][A-Za-z]{{1,5}}))"
                      rf"(?:\s*[\"“”'»])?(?(paren)\s*\)|(?![\w-])(?=\s*(?:[.,;:)]|\Z)))")


@lru_cache(maxsize=1)
def quoted_clause_opening_pattern() -> re.Pattern[str]:
    """The words opening a quoted clause of an amended document, its colon and its opening quote: ``… is amended
    as follows: “``, ``… quy định như sau:\n\n"`` (``quoted_clause_openers`` in lang/<code>/grammar.json)."""
    return re.compile(rf"(?<!\w)(?:{joined_words('quoted_clause_openers')})\s*:\s*[“\"«]", re.IGNORECASE)


@lru_cache(maxsize=1)
def version_year_pattern() -> re.Pattern[str]:
    """Words and a later year right after a law's name with its year: ``… de 1992 dans sa rédaction de 2013``."""
    return words_then_year("law_version_words_after", lead=r"\s*,?\s*")


@lru_cache(maxsize=1)
def amended_year_pattern() -> re.Pattern[str]:
    """A word of amendment and a year right after a law's name: ``… sửa đổi 2025``, ``… sửa đổi năm 2002``;
    after a comma too (``la loi sur le mariage et la famille, modifiée en 2014``, round 13)."""
    return words_then_year("amended_words_after", lead=r"(?:\s+|(?=,))")


@lru_cache(maxsize=1)
def lower_case_law_blocked() -> re.Pattern[str]:
    """A word before a lower-case law name that keeps it no name even with a year (``pháp luật …``)."""
    return words_right_before("lower_case_law_not_after")


@lru_cache(maxsize=1)
def law_kinds_after_pattern() -> re.Pattern[str]:
    """Kinds of documents in lower case right after a name: ``Hiến pháp, luật, nghị quyết``."""
    return re.compile(rf"(?:{joined_words('law_kinds_after')})")


@lru_cache(maxsize=1)
def law_kinds_before_pattern() -> re.Pattern[str]:
    """A kind of document and ``or`` right before a name: ``Luật hoặc Hiến pháp``, ``a law or the
    Constitution`` (round 13): kinds of documents, no reference."""
    return words_right_before("law_kinds_before", ignore_case=False)


@lru_cache(maxsize=1)
def lower_case_law_cues_before() -> re.Pattern[str]:
    """Words right before a name in lower case that make it a name where its spelling needs a capital:
    ``version consolidée de la constitution``, ``Article 4 of the constitution``."""
    return words_right_before("lower_case_law_cues_before")


@lru_cache(maxsize=1)
def law_revised_inside_pattern() -> re.Pattern[str]:
    """A word inside a law's name as written that makes it the revised law: ``la loi révisée sur …``
    (round 13), as ``(révisée)`` after the name does."""
    return re.compile(rf"(?:{joined_words('law_revised_words_inside')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_revised_before_pattern() -> re.Pattern[str]:
    """A word right before a law's name that makes it the revised law: ``the amended Intellectual Property Law``
    (round 27), as ``(amended)`` after the name does."""
    return words_right_before("law_revised_words_before")


@lru_cache(maxsize=1)
def law_plural_opening_pattern() -> re.Pattern[str]:
    """A plural opening of a law's name as written (``lois sur …``): a name only with its year (round 13)."""
    return re.compile(rf"(?:{joined_words('law_plural_openings')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_second_year_pattern() -> re.Pattern[str]:
    """A conjunction and a second year right after a law's name with its year: ``… de 1959 et 1986``,
    ``… năm 1993 và 2003``, ``… of 1993 and 2003`` (round 13)."""
    return words_then_year("law_second_year_joiners", lead=r"\s*")


@lru_cache(maxsize=1)
def basis_pattern() -> re.Pattern[str]:
    """A legal text's basis cue earlier in a law's clause: ``Căn cứ vào Điều 35 của Luật …``,
    ``Pursuant to the Law on …`` (capitalised, as it opens a basis clause; no ``;`` between)."""
    return scanner(rf"(?<!\w)(?:{joined_words('basis_words_before')})(?!\w)[^;\n]{{0,60}}\Z")


@lru_cache(maxsize=1)
def relation_after_pattern() -> re.Pattern[str]:
    """A relation cue right after a reference: ``… hết hiệu lực kể từ ngày Luật này có hiệu lực``
    (the document this text replaces); one named group per relation and row (``replaces_0``)."""
    branches = [f"(?P<{r['relation']}_{lang}_{i}>{r['cue']})"
                for lang, rows in tables.relations_after().items() for i, r in enumerate(rows)]
    return re.compile("|".join(branches) or "(?!)", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_list_subjects() -> dict[str, tuple[re.Pattern[str], dict[str, tuple[tables.LawTitle, str]]]]:
    """Language → (a scanner of the subjects its law names give when a list writes their head word once, on
    folded text; folded subject → (title, language)): ``Luật Nhà ở`` gives ``Nhà ở`` (``Luật Đất đai, Nhà ở``),
    ``Law on Housing`` and ``Housing Law`` give ``Housing`` (``the Laws on Land, Housing …``), by each
    language's ``law_list_subject_forms``. Only a law of the table gives a subject: a bare subject that
    names no law stays none."""
    out = {}
    for lang, words in tables.grammar_words().items():
        forms = [re.compile(f) for f in words.get("law_list_subject_forms", [])]
        if not forms:
            continue
        lookup: dict[str, tuple[tables.LawTitle, str]] = {}
        for law in tables.law_titles():
            spellings = law.names.get(lang, [])
            spellings = [*spellings, *_article_variants(spellings, words.get("law_title_article_variants", []))]
            for s in [*spellings, *(s.replace("'", "’") for s in spellings if "'" in s)]:
                for form in forms:
                    if m := form.fullmatch(s):
                        lookup.setdefault(re.sub(r"\s+", " ", fold(m.group("subject"))), (law, lang))
        if lookup:
            out[lang] = (scanner(rf"(?P<subject>{trie(lookup)})(?!\w)"), lookup)
    return out


@lru_cache(maxsize=1)
def law_list_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    """Language → (a plural head word ending right before a list's first item, ``ba luật gồm``, ``laws were
    on``, ``lois sur``; the gap between two items, an item's opening words after it included (``, on``,
    ``et sur``); what may end an item: a gap, a clause's end)."""
    out = {}
    for lang, words in tables.grammar_words().items():
        heads, gaps = words.get("law_list_heads", []), words.get("law_list_gaps", [])
        if not heads or not gaps:
            continue
        gap = "|".join(f"(?:{g})" for g in gaps)
        out[lang] = (re.compile(rf"(?<!\w)(?:{'|'.join(heads)})\s*", re.IGNORECASE),
                     re.compile(rf"(?:{gap})", re.IGNORECASE),
                     re.compile(rf"(?=(?:{gap})|\s*(?:[.:;,)\n]|\Z))", re.IGNORECASE))
    return out


@lru_cache(maxsize=1)
def law_item_year_pattern() -> re.Pattern[str]:
    """A year right after a subject listed under a shared head word (``Đất đai 2024``, ``Nhà ở năm 2023``),
    on folded text, with the joiners of ``law_year_joiners``."""
    joiners = [j for words in tables.grammar_words().values() for j in words.get("law_year_joiners", [])]
    joined = f"(?:(?:{'|'.join(joiners)})\\s+)?" if joiners else ""
    return re.compile(rf"\s+{joined}(?P<year>(?:19|20)\d{{2}})(?![\d/])(?!\w)")


@lru_cache(maxsize=1)
def law_list_last_joiner() -> re.Pattern[str]:
    """The conjunction joining a list's last two items (``và``, ``and``, ``et``): the item before it may leave
    its year to the item after (``Nhà ở và Kinh doanh bất động sản 2023``)."""
    return re.compile(rf"(?<!\w)(?:{joined_words('law_list_last_joiners')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_list_head_revised() -> re.Pattern[str]:
    """A word of revision inside a list's plural head word (``lois révisées relatives à …``, ``the amended laws
    on …``): every item is the revised version, ``law_list_head_revised_words``."""
    return re.compile(rf"(?:{joined_words('law_list_head_revised_words')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_list_revised_mark() -> re.Pattern[str]:
    """An unbracketed word of revision right after an item of a list of laws (``… Kinh doanh bất động sản sửa
    đổi``): ``law_list_revised_marks``."""
    return re.compile(rf"(?:{joined_words('law_list_revised_marks')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def law_title_anchors() -> tuple[re.Pattern[str], re.Pattern[str], Callable[[re.Match[str]], int]] | None:
    """For ``law_titles_in``: (anchors, opening, reach). Each folded spelling of ``law_title_pattern`` has
    an anchor that every match of it holds: the longest type word of its law's type written inside it
    (``law`` in ``land law``, ``lagen`` in ``jordlagen``, ``bo luat`` in ``bo luat dan su``:
    lang/<code>/types.csv), else the whole spelling (``hien phap``, ``blds``), its spaces any run of white
    space or none, as the names' are; ``reach``: for an anchor as found, the most characters other than white
    space before it in a spelling, and before the spelling (an amending law's words, a year); ``opening``: where a match
    may start (its first characters at a word's start). None where the opening words have no bound."""
    pattern, lookup = law_title_pattern()
    head = most_nonspace_width(_law_title_head())
    chars = first_characters(pattern.pattern, pattern.flags)
    if head is None or chars is None:
        return None
    by_type: dict[str, set[str]] = {}
    for word in tables.type_words():
        by_type.setdefault(word.type, set()).add(re.sub(r"\s+", " ", fold(word.word)).strip())
    before: dict[str, int] = {}  # an anchor → the most characters before it in a spelling it anchors
    for key, (law, _lang) in lookup.items():
        inside = [w for w in by_type.get(law.type, ()) if w and w in key]
        anchor = max(inside, key=lambda w: (len(w), w)) if inside else key
        ahead = key[:key.index(anchor)]
        before[anchor] = max(before.get(anchor, 0), len(ahead) - ahead.count(" "))
    # the anchors that match where one does (``luat`` and ``luat dan su``) are those whose letters start
    # with its letters or its letters with theirs: the reach of each is the longest of them
    letters = {a: a.replace(" ", "") for a in before}
    reaches = {letters[a]: head + max(n for b, n in before.items() if letters[b].startswith(letters[a])
                                      or letters[a].startswith(letters[b])) for a in before}
    alternation = "|".join(re.escape(a).replace(r"\ ", r"\s*") for a in sorted(before, key=lambda a: (-len(a), a)))
    opening = "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])" + word_start(folded=True)
    return (re.compile(alternation, pattern.flags), re.compile(opening, pattern.flags),
            lambda anchor: reaches["".join(anchor.group().split())])


def law_titles_in(folded: str) -> Iterator[re.Match[str]]:
    """``law_title_pattern()``'s matches in a folded text, as its ``finditer`` finds them: only the stretches
    before a law title's anchor are tried (``law_title_anchors``)."""
    pattern, _lookup = law_title_pattern()
    near = law_title_anchors()
    if near is None:
        return pattern.finditer(folded)
    return finditer_near(pattern, folded, *near)
