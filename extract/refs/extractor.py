"""Finding references to legal documents in a text and giving each its canonical id.

Four passes over the text, each from the grammar: numbered symbols (``98/2018/NĐ-CP``, with the type
word and number marker before them and the issue date after them), law titles from the title table
(``Luật Hợp tác xã năm 2023``), short repeats by type and number (``Decree 98``) and by type word
alone (``the Decree``), the last two resolved to a full reference of the same document. Then each
reference gets the relation its cue words give (``replacing`` → replaces), and items of a list share
the cue and type word of the list's head.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, accumulate

from extract.models import Reference
from extract.refs import canonical, grammar, tables
from nlp.fast.sre import first_characters
from nlp.regex import finditer, scanner, search_ending_window  # finditer: patterns tried only where their openings are written

URL = scanner(r"(?:https?://|www\.)\S+", re.IGNORECASE)


# the words of these patterns are every language's lists in extract/refs/lang/<code>/grammar.json
@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern[str]:
    """Between two items of a list: a comma or a conjunction, perhaps after a year in parentheses and
    the issuer of the item before ("Resolution No. 68-NQ/TW of the Politburo and Resolution …"), or
    its subject before a conjunction, within the clause ("Resolution No. 173/2024/QH15 on questioning
    activities at the 8th Session and Resolution No. …")."""
    words = grammar.joined_words
    return re.compile(
        r"\s*(?:\(\s*(?:19|20)\d{2}\s*\)\s*)?"
        rf"(?:(?:{words('list_issuer_prepositions')})(?:\s+[^\W\d_][\w'’-]*){{1,6}}\s*)?"
        rf"(?:(?:{words('list_subject_words')})\s[^,;:.()]{{1,80}}?\s(?=(?:{words('list_conjunctions')})\s))?"
        rf",?\s*(?:{words('list_conjunctions')})?"
        rf"\s*(?:(?:{words('list_item_articles')})\s+)?\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _law_title_before() -> re.Pattern[str]:
    """A law named right before its number: "Luật Đất đai số 45/2013/QH13", "Bộ luật Hình sự số
    100/2015/QH13" (a code when its name opens with a code word)."""
    words = grammar.joined_words
    return re.compile(
        rf"(?P<title>(?:(?P<code>{words('code_words_before_number')})|{words('law_words_before_number')})"
        r"(?:\s+[^\s\d,.;:()]+){1,10}?)"
        rf"\s+(?:(?:{words('year_words_before_number')})\s+(?:19|20)\d{{2}}\s+)?(?:{words('number_words')})\s*:?\s*\Z")


@lru_cache(maxsize=1)
def _title_number_gap() -> re.Pattern[str]:
    """Between a law's title and its number right after it: merged into one reference."""
    return re.compile(rf"\s*,?\s*(?:(?:{grammar.joined_words('number_words')})\s*:?\s*)?\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _date_then_document() -> re.Pattern[str]:
    """Between an issue date written first and its document ("le", "the", "các")."""
    return re.compile(rf"\s*,?\s*(?:(?:{grammar.joined_words('articles_before_document')})\s*)?", re.IGNORECASE)
DATE_GAP = re.compile(r"\s*[,(]?\s*")
# spaces within a line
SPACES = re.compile(r"[^\S\n]*")
# a paragraph break: a title's words never run over one
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# the canonical name of an amending law, before the title it amends (every language's form is given this id)
AMENDING_TITLE = "Luật sửa đổi, bổ sung một số điều của"
BARE_DEFINITE = re.compile(r"the\s+(?!said\b)", re.IGNORECASE)
# types that no symbol carries: the National Assembly's numbers take their type from the word before them
ASSEMBLY_DEFAULT = {"QH": "law", "UBTVQH": "resolution"}


@dataclass
class _Found:
    start: int
    end: int
    ref: Reference | None
    kind: str  # full | short | repeat | law
    word_type: str | None = None
    key: tuple = ()
    draft: bool = False  # a law's name as the draft under debate ("dự án Luật Thủy sản (sửa đổi)")
    adopted: int | None = None  # the year of the adoption date the text gives after a year-less name
    revised: bool = False  # a draft only by the word after its name ("Luật Quốc phòng (sửa đổi)"), which the adopted law keeps
    passed: bool = False  # right after the verb of adoption ("Quốc hội thông qua Luật …")
    current: bool = False  # a year-less name said to be the version in force ("the current Investment Law")
    new: bool = False  # reported just adopted or promulgated ("la nouvelle loi foncière", "promulguant la loi …")
    effective: str | None = None  # the day its sentence says a year-less name takes effect ("… có hiệu lực từ ngày 1/7/2025")
    previous: bool = False  # a year-less name said to be the version before ("la Constitution précédente", "the former Land Law")
    promulgated: bool = False  # after the text's report of a count of laws promulgated ("promulguant 12 lois : …")


class _Spans:
    """Spans (start, end) asked whether any overlaps a range, in O(log n) per question: sorted by
    start, with the furthest end reached up to each position (the spans may overlap one another).
    A long text holds thousands of references; a scan of all of them per candidate was quadratic."""

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(accumulate((e for _, e in self._spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans that start before ``end``
        return before > 0 and self._reach[before - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of those held (so the reach stays sorted by start)."""
        at = bisect_left(self._starts, start)
        self._spans.insert(at, (start, end))
        self._starts.insert(at, start)
        self._reach.insert(at, max(end, self._reach[at - 1]) if at else end)
        for i in range(at + 1, len(self._reach)):  # later spans end after this one: the reach is theirs
            if self._reach[i] >= self._reach[i - 1]:
                break
            self._reach[i] = self._reach[i - 1]


def _overlaps(spans: "_Spans | list[tuple[int, int]]", start: int, end: int) -> bool:
    if isinstance(spans, _Spans):
        return spans.overlaps(start, end)
    return any(s < end and start < e for s, e in spans)


def _issue_date(text: str, end: int, year: int | None) -> tuple[str | None, int]:
    between = grammar.issuer_between_pattern().match(text, end)
    if between:
        end = between.end()
    gap = DATE_GAP.match(text, end)
    pos = gap.end() if gap else end
    for date, date_end in _dates_at(text, pos):
        if year and date.year != year:
            continue  # a date of something else: an effective date, the day of a meeting
        return date.isoformat(), date_end
    return None, end


# how far from a reference an issue date joined to it by an issuing verb is looked for, in its sentence
DATE_WINDOW = 160


def _issue_date_around(text: str, start: int, end: int, year: int | None) -> str | None:
    """An issue date joined to the reference by an issuing verb, in the same sentence: written before
    it (``Ngày 24/4/2017, Chính phủ ban hành Nghị định số 49/2017/NĐ-CP``, ``On April 24, 2017, the
    Government issued Decree …``) or a clause after it (``…, được Thủ tướng ký ngày 5/7/2018``). The
    date's year must be the symbol's; no other symbol may stand between them."""
    first, last = _sentence_bounds(text, start, end, DATE_WINDOW)
    verbs = grammar.issuing_verb_pattern()
    before = _dated_before(text, start, year)
    if before:
        return before
    verb = verbs.search(text, end, last)
    if verb and not grammar.SYMBOL_START.search(text, end, verb.start()):
        for pos in (m.start() for m in DATE_START.finditer(text, verb.end(), min(last, verb.end() + 40))):
            if grammar.SYMBOL_START.search(text, verb.end(), pos):
                break  # "…, UBND tỉnh ban hành Quyết định số 159/QĐ-UBND ngày 20/01/2015": that decision's day (round 20)
            dated = _date_at(text, pos)
            if dated and (not year or dated[0].year == year):
                return dated[0].isoformat()
        # the day without its year a clause after a symbol with a year: "le décret n° 302/2025/ND-CP, publié le
        # 19 novembre", "Decree No. 15/2025/ND-CP, signed on May 24": of the symbol's year
        gap = re.match(r"\s*", text[verb.end():verb.end() + 5])
        if year and (dm := _day_month_at(text, verb.end() + gap.end())):
            try:
                return _dt.date(year, dm[1], dm[0]).isoformat()
            except ValueError:
                pass
    # a date in parentheses after the title or the issuer: "Nghị định 56/2017/NĐ-CP Quy định chi tiết …
    # (ngày 9/5/2017)", "Thông tư 12/2017/TT-BGTVT của Bộ GTVT (ngày 15/4/2017)"; the year must be the symbol's
    for paren in PAREN_OPEN.finditer(text, end, last):
        if grammar.SYMBOL_START.search(text, end, paren.start()):
            break
        dated = _date_at(text, paren.end())
        if dated and year and dated[0].year == year:
            return dated[0].isoformat()
    if year:
        return _issue_day_closing_sentence(text, start, end, year) or _second_dated_day_closing_sentence(text, end, year)
    return None


# how long a sentence opened by a document may run to the clause that closes it with the document's issue day
CLOSING_ISSUE_WINDOW = 400

# a year inside a document's symbol ("254/2025/QH15")
SYMBOL_YEAR = re.compile(r"(?<![\w/])\d+/((?:19|20)\d{2})/")


def _issue_day_closing_sentence(text: str, start: int, end: int, year: int) -> str | None:
    """The issue day in the clause that closes the sentence a document opens, after its long title: "Nghị định
    49/2026/NĐ-CP quy định chi tiết … Nghị quyết số 254/2025/QH15 … thi hành Luật Đất đai, ban hành ngày
    31/01/2026." (round 22). The day must be of the symbol's year and of no symbol between (else the day may be
    that document's), the clause the sentence's last, after a comma."""
    first, _ = _sentence_bounds(text, start, start, CLOSING_ISSUE_WINDOW)
    if not re.fullmatch(r"\s*(?:[^\W\d_]{1,3}\s+)?", text[first:start]):
        return None  # the document does not open its sentence (perhaps after an article: "Le décret …")
    stop = grammar.clause_end_pattern().search(text, end, min(len(text), end + CLOSING_ISSUE_WINDOW))
    if stop is None:
        return None
    last = stop.start()
    # the last clause opened by a comma and an issuing verb (a comma inside its date, "January 31, 2026", opens none)
    verbs = grammar.issuing_verb_pattern()
    opened = [(m.end(), verb) for m in re.finditer(r",\s*", text[:last]) if m.start() >= end
              and (verb := verbs.match(text, m.end()))]
    if not opened:
        return None
    comma, verb = opened[-1]
    # the day right after the verb, perhaps after a preposition ("issued on", "publié le")
    at = next((m.start() for m in DATE_START.finditer(text, verb.end(), min(last, verb.end() + 12))
               if _date_at(text, m.start())), None)
    dated = _date_at(text, at) if at is not None else None
    if not dated or dated[0].year != year or text[dated[1]:last].strip(" )"):
        return None
    if any(int(y) == year for y in SYMBOL_YEAR.findall(text, end, comma)):
        return None
    return dated[0].isoformat()


def _second_dated_day_closing_sentence(text: str, end: int, year: int) -> str | None:
    """The day after the second ``dated`` of a sentence, closing it, when the first dates another document named
    after this one: "the Circular No. 92/2019/TT-BTC on amending … of the Circular No. 72/2014/TT-BTC dated May 30,
    2014 on … dated December 31, 2019." (round 23). The day must be of the symbol's year and of no symbol between,
    and close the sentence."""
    stop = grammar.clause_end_pattern().search(text, end, min(len(text), end + CLOSING_ISSUE_WINDOW))
    if stop is None:
        return None
    last = stop.start()
    dated_words = list(grammar.closing_dated_pattern().finditer(text, end, last))
    if len(dated_words) < 2:
        return None
    between = SYMBOL_YEAR.findall(text, end, dated_words[-2].start())
    if not between or any(int(y) == year for y in between):
        return None  # the first "dated" must follow another document, none of the symbol's year
    dated = _date_at(text, dated_words[-1].end())
    if not dated or dated[0].year != year or text[dated[1]:last].strip(" )"):
        return None
    return dated[0].isoformat()


def _dated_before(text: str, start: int, year: int | None) -> str | None:
    """An issue date written before the document in its sentence and joined to it by an issuing verb
    (``Ngày 24/4/2017, Chính phủ ban hành Nghị định …``); of ``year`` when given."""
    first, _last = _sentence_bounds(text, start, start, DATE_WINDOW)
    verbs = grammar.issuing_verb_pattern()
    before = []
    for pos in (m.start() for m in DATE_START.finditer(text, first, start)):
        dated = _date_at(text, pos)
        if dated and dated[1] <= start:
            before.append((*dated, pos))
    for date, date_end, date_start in reversed(before):
        gap = text[date_end:start]
        if _date_of_symbol_before(text, first, date_start, date_end):
            continue  # "số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW": 1521's day
        if (not year or date.year == year) and not grammar.SYMBOL_START.search(gap) and (
                verbs.search(gap)
                # the verb before the date, the document right after it (Swedish and French word order):
                # "Regeringen utfärdade den 12 februari 2018 dekret nr …", "a publié le 12 février 2018 le décret …"
                or (_date_then_document().fullmatch(gap) and _verb_ends_at(verbs, text, first, date_start))):
            return date.isoformat()
    if year:
        # the day without its year between the verb and a symbol with a year: "a publié le 24 septembre
        # l'arrêté 110/2013/ND-CP" (the symbol's year)
        for pos in (m.start() for m in DATE_START.finditer(text, first, start)):
            dm = _day_month_at(text, pos)
            if (dm and _date_then_document().fullmatch(text[dm[2]:start]) and _verb_ends_at(verbs, text, first, pos)):
                try:
                    return _dt.date(year, dm[1], dm[0]).isoformat()
                except ValueError:
                    return None
    return None


# what may stand before a date opening a sentence ("Vào", "On") and between it and the law it dates (", the")
OPENING_DATE_BEFORE = re.compile(r"\W*(?:\w+\s+)?\Z")
# a capitalised word right before the date, or the date's own capital, opens a sentence a heading runs into in the
# clean text ("… Bộ Luật Lao Động 2019 Vào ngày 20 tháng 11 năm 2019, Bộ luật …")
OPENING_DATE_WORD = re.compile(r"(?:\A|\s)[^\W\d_]\w*\s+\Z")
OPENING_DATE_AFTER = re.compile(r"\s*,\s*(?:the\s+)?\Z", re.IGNORECASE)


def _date_opening_sentence(text: str, start: int) -> _dt.date | None:
    """The date that opens the sentence of the name at ``start`` and stands right before it, a comma between
    (``Vào ngày 20 tháng 11 năm 2019, Bộ luật …``, ``On 17 June 2020, the Law …``)."""
    first, _last = _sentence_bounds(text, start, start, DATE_WINDOW)
    first = max(first, text.rfind("\n", first, start) + 1)  # a line of its own opens a sentence too
    for m in DATE_START.finditer(text, first, start):
        dated = _date_at(text, m.start())
        opens = OPENING_DATE_BEFORE.fullmatch(text, first, m.start()) or text[m.start()].isupper() or (
            (word := OPENING_DATE_WORD.search(text, first, m.start())) and word.group().strip()[:1].isupper())
        if dated and opens and OPENING_DATE_AFTER.fullmatch(
                text, dated[1], start):
            return dated[0]
    return None


def _date_of_symbol_before(text: str, first: int, date_start: int, date_end: int) -> bool:
    """True when the date at ``date_start`` stands right after a document's symbol (``số 1521/QĐ-TTg ngày
    06/10/2020``, ``Decree No. 15/2018/ND-CP of …``): it is that document's issue date, never the date of a
    document named after it in the sentence."""
    last = None
    for last in grammar.SYMBOL_START.finditer(text, max(first, date_start - 60), date_start):
        pass
    if last is None:
        return False
    for pattern in _symbol_regexes():
        m = pattern.match(text, last.start())
        if m and m.end() <= date_start and _issue_date(text, m.end(), None) == (_iso_of(text, date_start), date_end):
            return True
    return False


def _iso_of(text: str, pos: int) -> str | None:
    dated = _date_at(text, pos)
    return dated[0].isoformat() if dated else None


@lru_cache(maxsize=1)
def _symbol_regexes() -> tuple[re.Pattern[str], ...]:
    return tuple(pattern for _name, _shape, pattern in grammar.symbol_patterns())


PAREN_OPEN = re.compile(r"\(\s*")
# between a date and the document it dates when the issuing verb stands before the date


def _verb_ends_at(verbs: re.Pattern[str], text: str, first: int, pos: int) -> bool:
    """True when an issuing verb ends right before ``pos`` (spaces between, or a comma: the date set off by commas,
    "a publié, le 30/09/2025, la circulaire …", round 27)."""
    return any(VERB_DATE_GAP.fullmatch(text, m.end(), pos) for m in verbs.finditer(text, max(first, pos - 60), pos))


VERB_DATE_GAP = re.compile(r"\s*,?\s*")


# where an issue date may start: a date's keyword (ngày, on, dated, le, den …) or a day number
DATE_START = re.compile(r"(?<!\w)(?=[^\W_])(?:\d{1,2}(?!\d)|[^\W\d_]+)")


def _symbol_reference(text: str, m: re.Match[str], shape: str, province_code: str | None) -> _Found | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    word_type = None
    title = None
    prefix = grammar.prefix_pattern().search(text, max(0, start - 80), start)
    if prefix:
        word_type = grammar.type_of_word(prefix.group("word"))
        start = prefix.start()
    elif shape == "assembly":
        law = _law_title_before().search(text, max(0, start - 120), start)
        if law:
            title = re.sub(r"\s+", " ", law.group("title"))
            word_type = "code" if law.group("code") else "law"
            start = law.start()
    year = int(g["year"]) if g.get("year") else None
    if shape == "state" and g.get("issuer") is None:
        # the issuer lost ("Nghị định số 09/2022/NĐ-"): the one issuer of the code's type, when the type word
        # before it is of that type ("Quyết định 12/2020/QĐ-", many issuers, none)
        code, doc_type = canonical.type_code(g["code"])
        issuer = tables.sole_state_issuer_of_type().get(doc_type)
        if issuer is None or word_type != doc_type:
            return None
        ref_id = canonical.state_id(g["number"], year, code, issuer, province_code)
    elif shape == "state" and g.get("code") is None:
        # the type code lost ("Số: 09/2022/-CP"): the type word's, or in a header the title heading's
        doc_type = word_type or (_title_heading_type(text, end) if _in_header(text, m.start()) else None)
        code = tables.state_code_of_type().get(doc_type)
        if code is None:
            return None
        issuer = canonical.issuer_codes(g["issuer"], "state")
        ref_id = canonical.state_id(g["number"], year, code, issuer, province_code)
    elif shape == "state":
        code, doc_type = canonical.type_code(g["code"])
        party_issuer = None if year else canonical.party_only_issuer(g["issuer"])
        if party_issuer:  # a Party symbol in the state order ("21/NQ-TW"): the id of its Party shape
            issuer = party_issuer
            ref_id = canonical.party_id(g["number"], code, issuer)
        else:
            issuer = canonical.issuer_codes(g["issuer"], "state")
            if year and issuer in ASSEMBLY_DEFAULT:
                # an ordinance's symbol with the Standing Committee's term lost ("39/2001/PL-UBTVQH"): the
                # Assembly of the symbol's year, as for the assembly shape below
                issuer = issuer + (tables.legislature_of(year) or "")[2:]
            # a year joined to the number by a dash ("19-2017/NQ-CP", the Government's yearly resolutions)
            # is no part of the NUMBER/TYPE-ISSUER shape the press also writes them in ("19/NQ-CP"): the id
            # has none, ``year`` keeps it; a symbol all in hyphens ("108-2006-ND-CP", round 13) is the
            # NUMBER/YEAR/TYPE-ISSUER one with its slashes so written
            dash_year = (year and grammar.DASH_RE.search(text, m.end("number"), m.start("year"))
                         and "/" in text[m.end("year"):m.start("code")])
            ref_id = canonical.state_id(g["number"], None if dash_year else year, code, issuer, province_code)
    elif shape == "assembly":
        issuer = g["issuer"].upper()
        if not re.search(r"\d", issuer):
            # the legislature's number lost ("Nghị quyết 54/2017/QH"): the Assembly of the symbol's year
            issuer = issuer + (tables.legislature_of(year) or "")[2:]
        doc_type = word_type or ASSEMBLY_DEFAULT[re.sub(r"\d", "", issuer)]
        ref_id = canonical.assembly_id(g["number"], year or 0, issuer)
    elif shape == "party":
        code, doc_type = canonical.type_code(g["code"])
        issuer = canonical.issuer_code(g["issuer"], "party")
        ref_id = canonical.party_id(g["number"], code, issuer)
    elif shape == "issuer_first":  # NUMBER-ISSUER/TYPE, a ministry's older order: "37-BYT/QĐ"
        code, doc_type = canonical.type_code(g["code"])
        doc_type = word_type or doc_type
        issuer = canonical.issuer_codes(g["issuer"], "state")
        ref_id = f"{canonical.number(g['number'])}-{issuer}/{code}"
    elif shape == "old":  # NUMBER/CP, NUMBER-CP: the separator as the official symbol has it
        issuer = canonical.issuer_code(g["issuer"], "state")
        doc_type = word_type or "decision"
        ref_id = f"{canonical.number(g['number'])}{'/' if '/' in g['sep'] else '-'}{issuer}"
    else:  # letter: NUMBER/ISSUER-UNIT
        issuer = canonical.issuer_code(g["issuer"], "state")
        unit = g["unit"]
        doc_type = word_type if word_type in ("official_letter", "official_dispatch") else "official_letter"
        ref_id = canonical.letter_id(g["number"], issuer, unit, province_code)
    issued, _ = _issue_date(text, end, year)
    if issued is None and _in_header(text, m.start()):
        issued = _header_date(text, end, year)
    if issued is None:
        issued = _issue_date_around(text, start, end, year)
    if issued is None:
        issued = _heading_date(text, start, end, year)
    if issued is None and year:
        issued = _date_after_title(text, end, year)
    ref = Reference(
        start=start, end=end, text=text[start:end], id=ref_id, type=doc_type,
        number=canonical.number(g["number"]), year=year, issuer=issuer, issued=issued, title=title,
    )
    return _Found(start, end, ref, "full", word_type)


# how long a document's title between its symbol and an explicit issue-date word may be
TITLE_DATE_WINDOW = 200


# a short name defined in brackets and quotes: "(“Decree 15”)", "(« D15 »)"
SHORT_NAME_IN_BRACKETS = re.compile(r"\(\s*[\"“«]\s*[^\"”»\n]{1,40}?\s*[\"”»]\s*\)")


def _date_after_title(text: str, end: int, year: int) -> str | None:
    """The day after a numbered document's title that an explicit issue-date word opens (``the Law No.
    21/2012/QH12 on the amendments to the Law on Tax administration dated November 20, 2012``): the symbol's
    year, the title between holding no number (another document, another day) and no clause end."""
    cue = grammar.title_date_cue_pattern().search(text, end, min(len(text), end + TITLE_DATE_WINDOW))
    # a short name the text defines in brackets may hold digits of its own: "Law No. 27/2023/QH15 on Housing
    # (“Housing Law 2023”) dated 27 November 2023" (round 25)
    if cue is None or re.search(r"[\d;:\n]|[.!?](?:\s|$)", SHORT_NAME_IN_BRACKETS.sub("", text[end:cue.start()])):
        return None
    for pos in (cue.start(), SPACES.match(text, cue.end()).end()):
        for date, _ in _dates_at(text, pos):
            return date.isoformat() if date.year == year else None
    return None


# how far before a symbol its header's line may start: the marker and an issuer's name of a few words
HEADER_MARKER_WINDOW = 40


def _in_header(text: str, start: int) -> bool:
    """True when the symbol at ``start`` follows a legal text's header marker opening a line (``Số: ``),
    perhaps after its issuer's name (``Chính phủ Số: ``)."""
    return bool(grammar.header_marker_pattern().search(text, max(0, start - HEADER_MARKER_WINDOW), start))


def _header_date(text: str, end: int, year: int | None) -> str | None:
    """The date under a legal text's header symbol, after its place: ``Số: 30/2021/QĐ-UBND | Quảng Trị,
    ngày 20 tháng 12 năm 2021``; of the symbol's year when it has one."""
    gap = grammar.header_date_gap_pattern().match(text, end)
    dated = _date_at(text, gap.end()) if gap else None
    if dated and (not year or dated[0].year == year):
        return dated[0].isoformat()
    # a place and date line right under the symbol that no issue-date form reads without its lead word
    # ("den", "le"): the heading's own forms (Vietnam.vn's Swedish header "--------------- Nummer:
    # 72/2015/ND-CP\nHanoi , 7 september 2015", its motto run onto the marker's line, round 24); only at the
    # symbol's end, so that a sentence's "Decree No. 45/2019/ND-CP on fines. Hanoi, May 21" stays undated
    return _place_date_after(text, end, year, at_end=True) or _bracketed_heading_day(text, end, year)


# how far below a header's symbol the heading's day in brackets closing a line may stand (the motto, the title
# and the session line between)
HEADING_BRACKETED_DAY_WINDOW = 300
BRACKETED_DAY_CLOSING_LINE = re.compile(r"\(\s*")


def _bracketed_heading_day(text: str, end: int, year: int | None) -> str | None:
    """The day in brackets closing a line of the heading below a header's symbol (``No.\n\n04-2007-QH12 …
    LAW ON PERSONAL INCOME TAX … Legislature XII, 2nd Session (21 November 2007)``, a law database's
    translations, round 24b): the symbol closing its line, the first such day within HEADING_BRACKETED_DAY_WINDOW,
    no other symbol and no sentence's end between (``Decree No. 5/2008/ND-CP on tax.`` is a sentence); only of
    the symbol's year."""
    if not year or not re.match(r"[^\S\n]*\n", text[end:]):
        return None
    window_end = min(len(text), end + HEADING_BRACKETED_DAY_WINDOW)
    for opening in BRACKETED_DAY_CLOSING_LINE.finditer(text, end, window_end):
        if grammar.SYMBOL_START.search(text, end, opening.start()) or re.search(r"[.;!?](?:\s|$)", text[end:opening.start()]):
            return None
        for date, date_end in _dates_at(text, opening.end()):
            if re.match(r"\s*\)[^\S\n]*(?:\n|\Z)", text[date_end:]) and date.year == year:
                return date.isoformat()
    return None


def _numbered(text: str, province_code: str | None, blocked: list[tuple[int, int]]) -> list[_Found]:
    blocked = _Spans(blocked)
    starts = [m.start() for m in grammar.SYMBOL_START.finditer(text)]
    required = grammar.required_words()
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for rank, (name, shape, pattern) in enumerate(grammar.symbol_patterns()):
        for pos in starts:
            m = pattern.match(text, pos)
            if not m or _overlaps(blocked, m.start(), m.end()):
                continue
            if name in required:
                prefix = grammar.prefix_pattern().search(text, max(0, m.start() - 80), m.start())
                word_type = grammar.type_of_word(prefix.group("word")) if prefix else None
                # a legal text's own symbol in its header ("Số: 36-CP") needs no type word
                in_header = "any" in required[name] and _in_header(text, m.start())
                if (word_type is None and not in_header) or (word_type and not required[name] & {"any", word_type}):
                    continue
            candidates.append((m.start(), -(m.end() - m.start()), rank, shape, m))
    taken = _Spans()
    found = []
    # patterns take precedence in their data order: "Dispatch No. 15/CD-TTg" is a công điện, not a letter of "CD"
    for start, _neg_len, _rank, shape, m in sorted(candidates, key=lambda c: (c[2], c[0], c[1])):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if (symbol := _symbol_reference(text, m, shape, province_code)) is None:
            continue
        taken.add(m.start(), m.end())
        found.append(symbol)
    return sorted(found, key=lambda f: f.start)


_NAMED_GROUP = re.compile(r"\(\?P(?:<(\w+)>|=(\w+)\))")


# (the date patterns it was built from, the joined pattern): built again when the tables are reloaded
_joined_dates: tuple[object, re.Pattern[str] | None] | None = None


def _any_date_at() -> re.Pattern[str] | None:
    """Every issue-date pattern as one lookahead each, in one alternation (their groups renamed apart):
    it matches at a position exactly where one of them does, so a word where none does (most words
    ``_dated_before`` tries) costs one test. None when the patterns' flags differ or one refers to a
    group by number."""
    global _joined_dates
    source = grammar.date_patterns()
    if _joined_dates is None or _joined_dates[0] is not source:
        _joined_dates = (source, _joined_lookaheads([pattern for _lang, pattern, _months in source]))
    return _joined_dates[1]


def _joined_lookaheads(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    if not patterns or len({p.flags for p in patterns}) > 1 or any(re.search(r"\\[1-9]|\(\?\(", p.pattern) for p in patterns):
        return None

    def renamed(i: int, source: str) -> str:
        return _NAMED_GROUP.sub(lambda m: f"(?P<d{i}_{m.group(1)}>" if m.group(1) else f"(?P=d{i}_{m.group(2)})", source)

    try:
        return re.compile("|".join(f"(?={renamed(i, p.pattern)})" for i, p in enumerate(patterns)), patterns[0].flags)
    except re.error:
        return None


def _dates_at(text: str, pos: int):
    """Every issue date written at ``pos``, one per language's form that reads there (``ngày 29 tháng
    11 năm 2013``, ``of November 29, 2013``, ``du 29 novembre 2013``, ``den 29 november 2013``):
    (date, end), impossible days left out."""
    any_date = _any_date_at()
    if any_date is not None and not any_date.match(text, pos):
        return  # no date pattern reads here
    for _lang, pattern, months in grammar.date_patterns():
        m = pattern.match(text, pos)
        if not m:
            continue
        month_raw = m.group("month").lower().rstrip(".")
        month = int(month_raw) if month_raw.isdigit() else months.get(month_raw)
        try:
            yield _dt.date(int(m.group("year")), int(month or 0), int(m.group("day"))), m.end()
        except ValueError:
            continue


def _day_month_at(text: str, pos: int) -> tuple[int, int, int] | None:
    """A date written without its year at ``pos`` (``ngày 24/5``, ``on May 24``): (day, month, end)."""
    for pattern, months in grammar.day_month_patterns():
        m = pattern.match(text, pos)
        if m:
            raw = m.group("month").lower().rstrip(".")
            month = int(raw) if raw.isdigit() else months.get(raw)
            if month:
                return int(m.group("day")), month, m.end()
    return None


def _day_of_document_around(text: str, start: int, end: int, issued: str | None) -> str | None:
    """A repeat dated without a year: ``Trước đó, ngày 24/5, Ngân hàng Nhà nước cũng ra văn bản số 3851``
    after ``công văn số 3851/NHNN-PC ngày 24/5/2017``. The day and month, joined to the repeat by an
    issuing verb (or written right after it), must be those of the document's known issue date."""
    if not issued:
        return None
    day = _dt.date.fromisoformat(issued)
    first, _last = _sentence_bounds(text, start, end, DATE_WINDOW)
    verbs = grammar.issuing_verb_pattern()
    gap = DATE_GAP.match(text, end)
    after = _day_month_at(text, gap.end() if gap else end)
    if after and after[:2] == (day.day, day.month):
        return issued
    for pos in (m.start() for m in DATE_START.finditer(text, first, start)):
        dated = _day_month_at(text, pos)
        if dated and dated[2] <= start and dated[:2] == (day.day, day.month):
            between = text[dated[2]:start]
            if verbs.search(between) and not grammar.SYMBOL_START.search(between):
                return issued
    return None


def _date_ending_at(text: str, pos: int) -> tuple[_dt.date, int] | None:
    """A date written right before a law's name, ending at ``pos`` (its year): (date, start)."""
    window_start = max(0, pos - 30)
    for pattern, months in grammar.law_date_before_patterns():
        m = pattern.search(text, window_start, pos)
        if m:
            raw = m.group("month").lower().rstrip(".")
            month = int(raw) if raw.isdigit() else months.get(raw)
            try:
                return _dt.date(int(m.group("year")), int(month or 0), int(m.group("day"))), m.start()
            except ValueError:
                continue
    return None


# a legal text's own symbol opens its line, alone or after a word for "number" (grammar.heading_symbol_line,
# the words in lang/<code>/grammar.json); its place and date line follows within this many characters (the national
# motto and the rules under the names between them on one line: "No. 239/2025/ND-CP | THE SOCIALIST REPUBLIC OF
# VIETNAM Independence - Freedom - Happiness ____________ Hanoi, September 03, 2025", round 22)
HEADER_DATE_WINDOW = 140
_BLANKS_AND_BARS = re.compile(r"[\s|]*")


def _heading_date(text: str, start: int, end: int, year: int | None) -> str | None:
    """The issue date of a legal text's own symbol in its heading: the symbol opens its line and the
    place and date line follows it (``No. 69/2019/ND-CP | | Hanoi, August 15, 2019``, ``Number:
    172/2007/QĐ-TTg Independence - Freedom - Happiness Ha Noi , November 16, 2007``), no other symbol
    between; the year must be the symbol's."""
    line_start = text.rfind("\n", 0, start) + 1
    if not grammar.heading_symbol_line().fullmatch(text, line_start, start):
        return None
    return _place_date_after(text, end, year)


def _place_date_after(text: str, end: int, year: int | None, at_end: bool = False) -> str | None:
    """The place and date line of a heading within HEADER_DATE_WINDOW after a symbol ending at ``end``
    (``Hanoi, August 15, 2019``, ``Hanoï , le 7 septembre 2015``, ``Hanoi , 7 september 2015``), no other
    symbol between; with ``at_end`` only right after the symbol, past blanks and table bars; the year must
    be the symbol's."""
    window_end = min(len(text), end + HEADER_DATE_WINDOW)
    line_start = _BLANKS_AND_BARS.match(text, end).end()
    for pattern, months in grammar.header_date_patterns():
        m = pattern.match(text, line_start, window_end) if at_end else pattern.search(text, end, window_end)
        if not m or grammar.SYMBOL_START.search(text, end, m.start()):
            continue
        raw = m.group("month").lower().rstrip(".")
        month = int(raw) if raw.isdigit() else months.get(raw)
        try:
            date = _dt.date(int(m.group("year")), int(month or 0), int(m.group("day")))
        except ValueError:
            continue
        if not year or date.year == year:
            return date.isoformat()
    return None


def _date_at(text: str, pos: int) -> tuple[_dt.date, int] | None:
    """The first issue date written at ``pos`` in any language's form: (date, end)."""
    return next(_dates_at(text, pos), None)


def _a_version_of(title_vi: str, date: _dt.date) -> bool:
    """Whether ``date`` can be the adoption of a version of the law: a version of that year in the
    law table (an effective date, ``ngày 1/7/2014`` of the 2013 law, is not), or any day for a law
    the table does not date; any day for an amending law."""
    if title_vi.startswith(AMENDING_TITLE):
        return True  # a law is amended again and again: each amending law dated by its own adoption, listed or not
    return title_vi not in tables.law_versions() or tables.version_of_year(title_vi, date.year) is not None


def _head_word_capitalised(written: str, words: dict) -> bool:
    """Whether a law's name written in lower case still has its head word capitalised (``bộ Luật Lao
    động``, ``the anti-corruption Law``): the press and translators write it so, and the capital marks
    the name; ``pháp luật đất đai`` (the subject) has none (lang/<code>/grammar.json
    ``law_head_words_capitalised``, case as written)."""
    heads = words.get("law_head_words_capitalised", [])
    return bool(heads) and re.search(rf"(?<!\w)(?:{'|'.join(heads)})(?!\w)", written) is not None


LAW_KINDS = ("law", "code", "ordinance")


def _heading_title(written: str) -> bool:
    """Whether a law's name is a legal text's own title heading: in capitals, its type word alone on
    the first line (``LUẬT\nTỔ CHỨC CHÍNH\nQUYỀN ĐỊA PHƯƠNG``, ``ORDINANCE\nON FOREIGN EXCHANGE``; round 9b's
    convention, round 15). A title cited inside a sentence is written on its line."""
    first_line, newline, _rest = written.partition("\n")
    return bool(newline) and written.isupper() and grammar.type_of_word(first_line.strip()) in LAW_KINDS


def _code_title_without_code_word(law: tables.LawTitle, written: str) -> bool:
    """Whether ``written`` is a code's title without its first word (``Luật Hình sự`` for the code ``Bộ luật Hình
    sự``, ``law_titles.csv``): no law has that title, and without a year or number it names the branch of law
    (criminal law, civil law), not the code; with one (``Luật Hình sự 2015``) the press means the code."""
    title = grammar.comparable(law.title_vi).split(" ", 1)
    return law.type == "code" and len(title) == 2 and grammar.comparable(written) == title[1]


@lru_cache(maxsize=1)
def _code_document_cue() -> re.Pattern[str]:
    """The words right before a code's short name that make it the code, not the branch of law (``theo quy định
    của Luật Dân sự``): ``code_short_name_document_cues`` in lang/<code>/grammar.json."""
    return re.compile(rf"(?<!\w)(?:{grammar.joined_words('code_short_name_document_cues')})\s+\Z", re.IGNORECASE)


def _listed_with_another_law(text: str, folded: str, pattern: re.Pattern[str], found: list[_Found], start: int, end: int,
                             lang: str) -> bool:
    """Whether the law name at ``start``–``end`` is an item of a list of laws: the law found just before it, or a
    law's name right after it, is joined to it by a gap of ``law_list_gaps`` (``…, Luật Lao động, Luật Giáo dục``)."""
    gap = grammar.law_list_patterns().get(lang, (None, None, None))[1]
    if gap is None:
        return False
    if found and (before := gap.match(text, found[-1].end)) and before.end() == start:
        return True
    # an earlier item named in the same clause, short items between ("các Luật công chức, viên chức, Luật Lao động")
    opening = max(text.rfind(stop, max(0, start - 80), start) for stop in ".;:\n") + 1 or max(0, start - 80)
    if re.search(rf"(?:{gap.pattern})\Z", text[opening:start], re.IGNORECASE) and pattern.search(folded, opening, start):
        return True
    after = gap.match(text, end)
    return bool(after and after.end() > end and pattern.match(folded, after.end()))


def _head_word_lower(written: str, words: dict) -> bool:
    """Whether a law's name is written with its head word in lower case where the language's names
    capitalise it (``Intellectual property law``, lang/<code>/grammar.json ``law_subject_head_words``)."""
    heads = words.get("law_subject_head_words", [])
    return bool(heads) and re.search(rf"(?<!\w)(?:{'|'.join(heads)})(?!\w)", written) is not None


def _laws(text: str, folded: str, blocked: list[tuple[int, int]]) -> list[_Found]:
    pattern, lookup = grammar.law_title_pattern()
    draft_before, draft_after = grammar.draft_patterns()
    blocked = _Spans(blocked)
    found = []
    covered = 0  # the end of the last amending law's list of amended laws: its items are no laws of their own
    for m in grammar.law_titles_in(folded):  # pattern.finditer's matches, found near the titles' type words
        if m.start() < covered:
            continue
        name = re.sub(r"\s+", " ", m.group("name"))
        law, lang = lookup[name]
        capitals = tables.grammar_words()[lang]  # lang/<code>/grammar.json: whether its law names need a capital
        if capitals["law_titles_capitalised"] and not text[m.start("name")].isupper() and not m.group("amend") and (
                not _head_word_capitalised(text[m.start("name"):m.end("name")], capitals)) and (
                not (capitals.get("lower_case_law_with_year") and (m.group("year") or m.group("pyear")))
                or grammar.lower_case_law_blocked().search(text, max(0, m.start("name") - 12), m.start("name"))) and (
                not grammar.lower_case_law_cues_before().search(text, max(0, m.start() - 40), m.start())):
            continue  # "pháp luật đất đai" is the subject, "Luật Đất đai" the law; "luật … năm 2015" a name
        if capitals["law_titles_capitalised"] and _head_word_lower(text[m.start("name"):m.end("name")], capitals) and (
                not grammar.lower_case_law_cues_before().search(text, max(0, m.start() - 40), m.start())):
            continue  # "Intellectual property law" heading a section: the subject, its capital the line's;
            # after a cue ("guiding the implementation of the value added tax law") the law itself (round 28b)
        if m.group("amend") and not text[m.start("amend")].isupper() and capitals["amending_law_capitalised"]:
            continue
        if not grammar.written_as_a_title(name, text[m.start("name"):m.end("name")]):
            continue
        if BLANK_LINE.search(text, m.start("name"), m.end("name")):
            continue  # "PHÁP LỆNH\n\nHÔN NHÂN VÀ GIA ĐÌNH …": a text's heading over two paragraphs, no name
        if _heading_title(text[m.start("name"):m.end("name")]):
            continue  # "LUẬT\nTỔ CHỨC CHÍNH\nQUYỀN ĐỊA PHƯƠNG": the text's own title, its type word a line of its own
        if _overlaps(blocked, m.start(), m.end()):
            continue
        year_raw = m.group("year") or m.group("pyear") or m.group("apyear")
        if not year_raw and (grammar.law_plural_opening_pattern().match(text, m.start("name")) or grammar.plural_name(name)):
            continue  # "les lois sur la presse", "the Land Laws": several laws, no reference; with a year, a name (round 13)
        start, end = m.start(), m.end()
        if m.group("year") and "(" in text[m.end("name"):m.start("year")] and text[m.end("year"):m.end()].strip() != ")" \
                and not grammar.ACRONYM_BEFORE_YEAR.fullmatch(text, m.end("name"), m.start("year")):
            # "Law on Enterprises (2020 LOE)": the parenthesis defines a short name, it gives the name no year
            year_raw, end = m.group("pyear"), m.end("name")
        year = int(year_raw) if year_raw else None
        if text[end - 1:end] == ")" and "(" not in text[start:end]:
            end -= 1
        title = law.title_vi
        if m.group("amend"):
            # one amending law of several laws: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính
            # phủ và Luật Tổ chức chính quyền địa phương" (the year, if any, follows the last)
            amended, list_end, list_year = _amended_list(text, folded, m, pattern, lookup)
            if len(amended) > 1:
                # the year after the list, else one before the amending words ("the 2019 Law Amending … of the
                # Law on A and the Law on B")
                title_list, end, year = amended, list_end, list_year if list_year is not None else year
                covered = end
                title = _amending_law_leaving_one_out(title_list) or f"{AMENDING_TITLE} {_listed(title_list)}"
            else:
                title = f"{AMENDING_TITLE} {law.title_vi}"
        elif year is None and (shared := _laws_sharing_amended_year(text, folded, m, pattern, lookup)):
            # "Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019": the one law amending
            # both adopted that year when the table knows it, else each law's own version of that year when the
            # table has both (the next law's own match reads its year)
            titles, list_end, year = shared
            if len(titles) > 1:
                title, end, covered = f"{AMENDING_TITLE} {_listed(titles)}", list_end, list_end
        elif year is None and (loose := grammar.amended_year_pattern().match(text, end)):
            # "Luật Quảng cáo sửa đổi 2025": the revised law of that year when the table has it
            # ("Luật Đất đai sửa đổi 2024"), else the law amending it adopted that year
            year, end = int(loose.group("year")), loose.end()
            if tables.version_of_year(title, year) is None:
                title = f"{AMENDING_TITLE} {title}"
        elif (year is not None and not m.group("amend") and tables.version_of_year(title, year) is None
              and tables.version_of_year(f"{AMENDING_TITLE} {title}", year)):
            # "Construction Law 2020", "Luật Xây dựng 2020": no version of that year, but the law amending it
            # adopted then, the version the year as written means (round 18c)
            title = f"{AMENDING_TITLE} {title}"
        if year is None and not m.group("amend") and (bare := grammar.law_number_space_year_pattern().match(text, end)) and (
                _number_agrees(title, int(bare.group("number")), int(bare.group("year")))):
            # "SOCIAL INSURANCE LAW NO. 41 2024": the number and year of law 41/2024/QH15 without its slash and
            # code, the version of that year (a law's number carries its year of adoption), unless the table
            # gives that version another number
            year, end = int(bare.group("year")), bare.end()
        elif year is None and not m.group("amend") and (alone := grammar.law_number_alone_pattern().match(text, end)) and (
                numbered := _version_numbered(title, int(alone.group("number")))):
            # "la Loi sur l'investissement N°67": the number alone, the version the law table numbers so when it
            # is the only one of that title (a number without the table's version guesses no year)
            year, end = numbered.year, alone.end()
        if (year is not None and not title.startswith(AMENDING_TITLE) and tables.version_of_year(title, year) is None
                and (took_effect := _sole_version_taking_effect_in(title, year))):
            # "la loi foncière de 2014", "the 2015 Law on Enterprises": no version of that year, but one that took
            # effect in it (the 2013 Land Law from 1 July 2014): the press names the law by that year
            year = took_effect.year
        if year is not None and not m.group("amend") and (later := grammar.version_year_pattern().match(text, end)):
            # "la Constitution de 1992 dans sa rédaction de 2013": the text of the later year when the table has
            # a version of it; "the 1992 Constitution as amended in 2001" stays the 1992 one
            if tables.version_of_year(title, int(later.group("year"))):
                year, end = int(later.group("year")), later.end()
        issued = adopted = None
        if year is None:
            # the year written as the adoption date: "Luật Đất đai ngày 29 tháng 11 năm 2013", also after a
            # bracketed "revised" mark: "Luật Tổ chức HĐND và UBND (sửa đổi) ngày 21/6/1994" (round 18b)
            revised = grammar.law_revised_mark_pattern().match(text, end)
            gap = DATE_GAP.match(text, revised.end() if revised else end)
            dated = _date_at(text, gap.end() if gap else end)
            if dated and "," in text[end:gap.end()] and _date_opens_a_clause(text, dated[1]):
                dated = None  # "… of the Law on …, on December 26, 2024, the Prime Minister issued Decree No. …"
            if dated and gap and "\n" in gap.group() and text[gap.end()].isupper():
                dated = None  # a heading's name, then a line opening with its date: "… Luật X\nNgày 20 tháng 6 năm 2017, …"
            # an amending law's date is its own adoption, not a version of the law it amends
            if dated and _a_version_of(title, dated[0]):
                year, issued, end = dated[0].year, dated[0].isoformat(), dated[1]
            else:
                # the adoption day a clause after: "Luật Thủy sản được Quốc hội thông qua ngày 26/11/2003"
                cue = grammar.adoption_pattern().match(text, end)
                dated = _date_at(text, cue.end()) if cue else None
                if dated and _a_version_of(title, dated[0]):
                    issued, adopted = dated[0].isoformat(), dated[0].year
                elif (in_year := grammar.adoption_year_pattern().match(text, revised.end() if revised else end)) and (
                        tables.version_of_year(title, int(in_year.group("year")))):
                    # the adoption year alone a clause after: "Bộ luật Lao động đầu tiên … được thông qua vào năm
                    # 1994", "the Land Law, which was adopted in 2013": that year's version, no issue day; also after
                    # the "revised" mark: "La Loi foncière (amendée), adoptée … en janvier 2024" (round 25)
                    adopted = int(in_year.group("year"))
                elif in_number := grammar.law_number_year_pattern().match(text, end):
                    # its own number in brackets: "Luật sửa đổi, bổ sung … (Luật số 67/2020/QH14)", the version
                    # adopted that year, in the law table or not (round 18)
                    adopted = int(in_number.group("year"))
        else:
            # "Bộ luật Tố tụng hình sự 2015, được Quốc hội thông qua ngày 27/11/2015", also after a short name
            # the text defines: "The 2020 Law on Investment (2020 LoI) was adopted on 17 June 2020"
            short = grammar.short_name_definition_pattern().match(text, end)
            cue = grammar.adoption_pattern().match(text, short.end() if short else end)
            dated = _date_at(text, cue.end()) if cue else None
            after_verb = None
            if not dated and grammar.law_passed_pattern().search(text, max(0, start - 40), start):
                # the day after the name the verb of adoption opens: "the National Assembly passed the 2020
                # Investment Law on June 17, 2020" (round 17b); a comma between them ends the phrase
                after_verb = _date_at(text, SPACES.match(text, end).end())
            if dated and dated[0].year == year:
                issued = dated[0].isoformat()
            elif after_verb and after_verb[0].year == year:
                issued = after_verb[0].isoformat()
            elif before := _dated_before(text, start, year):
                # "On June 17, 2020, the National Assembly officially adopted the 2020 Investment Law"
                issued = before
            elif grammar.passive_adoption_pattern().match(text, end) and (
                    opening := _date_opening_sentence(text, start)) and opening.year == year:
                # the day opening the sentence, the law adopted in the passive after its name: "Vào ngày 20 tháng
                # 11 năm 2019, Bộ luật Lao động 2019 đã được Quốc hội thông qua" (round 19b)
                issued = opening.isoformat()
            elif pyear := m.group("apyear") and "apyear" or m.group("pyear") and "pyear":
                # the adoption day before the name: "the June 19, 2015 Law on Organization of the Government",
                # "the November 19, 2015 Law Amending and Supplementing …" (its year before the amending words)
                before = _date_ending_at(text, m.end(pyear))
                if before and before[0].year == year:
                    issued, start = before[0].isoformat(), before[1]
        if year is None and issued is None and (pos := len(text[:start].rstrip())) < start:
            # the adoption day right before a name that does not open with a year, as with one that does:
            # "the November 22, 2019 Law Amending and Supplementing a Number of Articles of the Law on …"
            before = _date_ending_at(text, pos)
            if before and _a_version_of(title, before[0]):
                year, issued, start = before[0].year, before[0].isoformat(), before[1]
        if year is None and issued is None and (shared := _shared_adoption_day(text, found, start, title)):
            # the second of two laws after one adoption day: "the December 21, 1990 Law on Companies and Law on
            # Private Enterprises" (round 16), when the table has a version of it adopted that day
            year, issued = int(shared[:4]), shared
        if year is None and issued is None and adopted is None:
            # the adoption day written before it: "Ngày 28/11/2013, … Quốc hội đã thông qua Hiến pháp …"
            issued = _dated_before(text, start, None)
            adopted = int(issued[:4]) if issued and _a_version_of(title, _dt.date.fromisoformat(issued)) else None
            issued = issued if adopted else None
        if year is None and issued is None and adopted is None and not m.group("amend") and _code_title_without_code_word(
                law, text[m.start("name"):m.end("name")]) and not _listed_with_another_law(text, folded, pattern, found, start, end, lang) \
                and not _code_document_cue().search(text, max(0, start - 40), start):
            continue  # "Luật Hình sự điều chỉnh những quan hệ xã hội …": the branch of law; only "Bộ luật Hình sự" is a title
        if year is None and _several(text, start, end):
            continue  # "các bản Hiến pháp", "các Bộ luật Lao động trước đây": several, no reference
        if year is None and not m.group("amend") and grammar.law_kinds_after_pattern().match(text, end):
            continue  # "Hiến pháp, luật, nghị quyết": kinds of documents, no reference
        if year is None and not m.group("amend") and grammar.law_kinds_before_pattern().search(text, max(0, start - 40), start):
            continue  # "sau Luật hoặc Hiến pháp": kinds of documents, no reference (round 13)
        determiner_before, determiner_after = grammar.law_determiner_patterns()
        # an article the match opens with ("the 2024 Law on …") stands between any determiner and the name: a
        # word before it is no determiner of the name ("Analysts predict that the 2024 Law …", round 20)
        article_opens = m.group("pyear") is not None and m.start("pyear") > m.start()
        # "a new Law on Enterprises 2020", "une nouvelle loi sur les entreprises de 2020": the year names the law
        year_named = year is not None and bool(grammar.law_determiner_year_named_pattern().search(text, max(0, start - 40), start))
        if not m.group("amend") and ((not article_opens and not year_named and determiner_before.search(text, max(0, start - 40), start))
                                     or determiner_after.match(text, end)):
            # "cette Constitution", "une Constitution", "Hiến pháp này": no reference (round 13); an amending
            # law's full title names its bill even after "a" ("the drafting of a Law amending …", round 7's gold)
            continue
        bill = bool(draft_before.search(text, max(0, start - 40), start))
        # "Căn cứ vào Điều 35 của Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi)": a basis is in force
        revised = bool(draft_after.match(text, end) or (year is None and grammar.law_revised_inside_pattern().search(
            text, m.start("name"), m.end("name"))) or (year is None and grammar.law_revised_before_pattern().search(
            text, max(0, start - 20), start))) and not bill and not grammar.basis_pattern().search(text, max(0, start - 80), start)
        draft = bill or revised
        passed = bool(grammar.law_passed_pattern().search(text, max(0, start - 40), start))
        before_words, after_words = _in_force_words()
        current = bool(before_words.search(text, max(0, start - 30), start) or after_words.match(text, end))
        new_before, new_after = grammar.law_new_patterns()
        new = not draft and bool(new_before.search(text, max(0, start - 40), start) or new_after.match(text, end)
                                 or grammar.law_new_list_after_pattern().match(text, end))
        previous_before, previous_after = grammar.law_previous_patterns()
        previous = year is None and bool(previous_before.search(text, max(0, start - 40), start) or previous_after.match(text, end))
        ref_id = canonical.law_id(title, year)
        ref = Reference(start=start, end=end, text=text[start:end], id=ref_id, type="law" if title.startswith(AMENDING_TITLE) else law.type,
                        year=year, title=title, issued=issued, resolved=ref_id if year else None)
        found.append(_Found(start, end, ref, "law", law.type, key=(title,), draft=draft, adopted=adopted,
                            revised=revised, passed=passed, current=current, new=new, previous=previous))
        second = grammar.law_second_year_pattern().match(text, end) if year is not None and not m.group("amend") else None
        while second and tables.version_of_year(title, int(second.group("year"))):
            # "les lois sur le mariage et la famille de 1959 et 1986": the 1986 law is a reference of its own, and
            # each year after it in the same list ("Bộ luật Hình sự qua các năm 1985, 1999, 2015")
            other_id = canonical.law_id(title, int(second.group("year")))
            other = Reference(start=second.start("year"), end=second.end("year"), text=second.group("year"), id=other_id,
                              type=law.type, year=int(second.group("year")), title=title, issued=None, resolved=other_id)
            found.append(_Found(other.start, other.end, other, "law", law.type, key=(title,)))
            covered = max(covered, other.end)
            second = grammar.law_second_year_pattern().match(text, other.end)
    found.extend(_laws_with_day_inside(text, pattern, lookup, blocked, found))
    found.extend(_amending_laws_named_inside(text, pattern, lookup, blocked, found))
    found.extend(_laws_with_year_inside(text, pattern, lookup, blocked, found))
    _take_effect_days(text, found)
    # laws listed after a draft's name are drafts of the same bill: "dự án Luật Cảnh vệ và Luật Quản lý, …",
    # "dự thảo Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân (sửa đổi); Luật …"
    for before, after in zip(found, found[1:]):
        if before.draft and not before.revised and (_list_gap().match(text[before.end:after.start])
                                                    or DRAFT_LIST_GAP.fullmatch(text[before.end:after.start])):
            after.draft, after.revised = True, False
    # a plural participle after a list's last name reports every name of the list just adopted: "La loi foncière,
    # la loi sur les logements et la loi sur les affaires immobilières, adoptées par l’Assemblée nationale"
    listed = sorted(found, key=lambda f: f.start)
    for i in range(len(listed) - 1, 0, -1):
        last = listed[i]
        if last.new and last.ref.year is None and grammar.law_new_list_after_pattern().match(text, last.end):
            for before in reversed(listed[:i]):
                if before.ref.year is not None or before.draft or not _list_gap().match(text[before.end:last.start]):
                    break
                before.new, last = True, before
    # a text reporting a count of laws promulgated or adopted ("l’Ordre présidentiel promulguant 12 lois adoptées …
    # Ces textes comprennent : la Loi sur la planification ; …", round 27): the year-less names after it are those laws
    head = grammar.law_new_text_head_pattern().search(text)
    for f in found:
        if head and f.start >= head.end() and f.ref.year is None and not (f.draft and not f.revised) \
                and not f.current and not f.previous:
            f.promulgated = True
    return found


def _listed_under_one_head(text: str, folded: str, laws: list[_Found], blocked: list[tuple[int, int]],
                           lang: str | None) -> list[_Found]:
    """Laws listed under one head word, each item after the first written by its subject alone: after a law's
    name (``Luật Đất đai, Nhà ở, Kinh doanh bất động sản sửa đổi``, ``the Law on Land, Housing and Real Estate
    Business``, ``các Luật công chức, viên chức``) or after a plural head (``ba luật gồm Đất đai 2024, Nhà ở
    và …``, ``The passed laws were on Special Consumption Tax (amended); …``, ``les projets de lois sur
    l'investissement et sur les entreprises``, two items at least). An item is a law only when its subject is
    the subject of a law of the table (``law_list_subject_forms``) and it ends where an item ends; the list
    stops at the first item that is not. A year after an item is its version's; an item joined by the last
    conjunction takes the year of the item after it when the table has that version (``Nhà ở và Kinh doanh
    bất động sản 2023``). The items share the head's draft, adoption and version words."""
    subjects, patterns = grammar.law_list_subjects(), grammar.law_list_patterns()
    langs = [lang] if lang else list(patterns)
    taken = _Spans([*blocked, *((f.start, f.end) for f in laws)])
    draft_before, draft_after = grammar.draft_patterns()
    out: list[_Found] = []

    def items_from(pos: int, code: str, first: bool, capital: bool) -> list[tuple[int, int, tables.LawTitle, int | None, bool, str]]:
        """The items from ``pos``: (start, end, law, year, revised, the gap before the next); ``capital``: each
        item written with one."""
        scan, lookup = subjects[code]
        _head, gap, item_end = patterns[code]
        items = []
        while True:
            if not first:
                g = gap.match(text, pos)
                if not g:
                    break
                pos = g.end()
            first = False
            m = scan.match(folded, pos)
            if not m or _overlaps(taken, m.start(), m.end()) or (capital and not text[m.start()].isupper()):
                break  # "the Law on Enterprises, treaties and …", "three laws on land, housing": subjects
            law, _ = lookup[re.sub(r"\s+", " ", m.group("subject"))]
            end, year = m.end(), None
            if y := grammar.law_item_year_pattern().match(folded, end):
                end, year = y.end(), int(y.group("year"))
            revised = (draft_after.match(text, end) or grammar.law_revised_mark_pattern().match(text, end)
                       or grammar.law_list_revised_mark().match(text, end))
            if revised:
                end = revised.end()
            if not (item_end.match(text, end) or year is not None or revised):
                break  # "… Nhà ở xã hội": the subject goes on, no item; a year or a mark ends one ("… 2023 dự kiến")
            following = gap.match(text, end)
            items.append((m.start(), end, law, year, bool(revised), following.group() if following else ""))
            pos = end
        return items

    def add(items, head: _Found | None, head_start: int, head_revised: bool = False) -> None:
        for i, (start, end, law, year, revised, joined) in enumerate(items):
            if year is None and i + 1 < len(items) and items[i + 1][3] and grammar.law_list_last_joiner().search(joined) \
                    and tables.version_of_year(law.title_vi, items[i + 1][3]):
                year = items[i + 1][3]  # "Nhà ở và Kinh doanh bất động sản 2023": the pair's year
            ref_id = canonical.law_id(law.title_vi, year)
            ref = Reference(start=start, end=end, text=text[start:end], id=ref_id, type=law.type,
                            year=year, title=law.title_vi, issued=None, resolved=ref_id if year else None)
            if head is not None:
                draft, passed, current, new, previous = head.draft, head.passed, head.current, head.new, head.previous
                revised = revised or head.revised
            else:
                draft = bool(draft_before.search(text, max(0, head_start - 40), head_start))
                passed = bool(grammar.law_passed_pattern().search(text, max(0, head_start - 40), head_start))
                current = new = previous = False
                revised = revised or head_revised  # "lois révisées relatives à …": the head's mark is every item's
            out.append(_Found(start, end, ref, "law", law.type, key=(law.title_vi,), draft=draft or revised,
                              revised=revised and not draft, passed=passed, current=current, new=new,
                              previous=previous and year is None))
            taken.add(start, end)

    for code in langs:
        if code not in subjects or code not in patterns:
            continue
        head_pattern = patterns[code][0]
        words = tables.grammar_words()[code]
        # where law names need a capital, so do the items; in a language where the head word's capital makes the
        # name ("các Luật công chức, viên chức"), it makes the items too
        capitals, covers = words["law_titles_capitalised"], words.get("law_list_head_capital_covers_items", False)
        for law in laws:
            if law.ref is None or law.ref.title is None or law.ref.title.startswith(AMENDING_TITLE) or law.kind != "law":
                continue
            items = items_from(law.end, code, False, capitals and not (covers and text[law.start].isupper()))
            if law.ref.year is None and items and items[0][3] and not law.adopted \
                    and grammar.law_list_last_joiner().search(text[law.end:items[0][0]]) \
                    and tables.version_of_year(law.ref.title, items[0][3]):
                # "les loi sur l'investissement et sur les entreprises de 2005": the pair's year, as between items
                year = items[0][3]
                law.ref = replace(law.ref, id=canonical.law_id(law.ref.title, year), year=year,
                                  resolved=canonical.law_id(law.ref.title, year))
            add(items, law, law.start)
        for m in finditer(head_pattern, text):  # tried only where a head word opens, where they can be listed
            head_capital = any(c.isupper() for c in m.group())
            items = items_from(m.end(), code, True, capitals and not (covers and head_capital))
            if len(items) >= 2:
                add(items, None, m.start(), bool(grammar.law_list_head_revised().search(m.group())))
    return out


def _laws_with_day_inside(text: str, pattern: re.Pattern[str], lookup, blocked: "_Spans",
                          found: list[_Found]) -> list[_Found]:
    """A law named by its day of adoption between its head word and its subject, as French writes it (``la
    loi du 12 juin 2018 portant sur la cybersécurité``, round 17c): read as the title the language's
    ``law_day_inside`` opening gives (``loi sur la cybersécurité``), the version of that day."""
    taken = _Spans([(f.start, f.end) for f in found])
    out = []
    for lang, words in tables.grammar_words().items():
        spec = words.get("law_day_inside")
        if not spec:
            continue
        heads = re.compile(rf"(?<!\w)(?:{spec['head']})\s+(?=\S)")
        link = re.compile(rf"\s+(?:{'|'.join(spec['links'])})\s+", re.IGNORECASE)
        for m in finditer(heads, text):  # tried only where a head word opens (0.10 -> 0.03 ms a page, fr data)
            dated = _date_at(text, m.end())
            if not dated:
                continue
            date, date_end = dated
            joined = link.match(text, date_end)
            if not joined:
                if alone := _law_adopted_on(date, spec.get("alone_type")):
                    # "la loi du 19 juin 2014" with no subject: the one law of that type the table has adopted that
                    # day; none when it has two (the 2014 bankruptcy and family laws) or none
                    start, end = m.start(), date_end
                    if not (_overlaps(blocked, start, end) or _overlaps(taken, start, end)):
                        ref_id = canonical.law_id(alone.title_vi, alone.year)
                        ref = Reference(start=start, end=end, text=text[start:end], id=ref_id, type=spec["alone_type"],
                                        year=alone.year, title=alone.title_vi, issued=date.isoformat(), resolved=ref_id)
                        out.append(_Found(start, end, ref, "law", spec["alone_type"], key=(alone.title_vi,)))
                continue
            opening = spec["title_opening"]
            candidate = grammar.fast_fold(opening + text[joined.end():joined.end() + LAW_NAME_WINDOW])
            named = pattern.match(candidate)
            if not named or named.start("name") != 0 or named.group("year") or named.group("amend"):
                continue
            law, name_lang = lookup[re.sub(r"\s+", " ", named.group("name"))]
            title = law.title_vi
            if name_lang != lang or tables.version_of_year(title, date.year) is None and title in tables.law_versions():
                continue  # a day that is no version's adoption ("loi du 1er juillet 2019", entry into force) names none
            start, end = m.start(), joined.end() + named.end("name") - len(opening)
            if _overlaps(blocked, start, end) or _overlaps(taken, start, end):
                continue
            ref_id = canonical.law_id(title, date.year)
            ref = Reference(start=start, end=end, text=text[start:end], id=ref_id, type=law.type, year=date.year,
                            title=title, issued=date.isoformat(), resolved=ref_id)
            out.append(_Found(start, end, ref, "law", law.type, key=(title,)))
    return out


def _law_adopted_on(date: _dt.date, kind: str | None) -> tables.LawVersion | None:
    """The one version of a law of type ``kind`` (an amending law is a law) the law table has adopted on ``date``;
    None when it has none or several."""
    if not kind:
        return None
    types = {t.title_vi: t.type for t in tables.law_titles()}
    adopted = [v for versions in tables.law_versions().values() for v in versions if v.adopted == date.isoformat()
               and types.get(v.title_vi, "law" if v.title_vi.startswith(AMENDING_TITLE) else None) == kind]
    return adopted[0] if len(adopted) == 1 else None


def _amending_laws_named_inside(text: str, pattern: re.Pattern[str], lookup, blocked: "_Spans",
                                found: list[_Found]) -> list[_Found]:
    """An amending law named by its head word and an adjective between it and the subject of the law it amends, as
    French writes it (``la loi modificative 2025 sur la nationalité vietnamienne``): read as the title the
    language's ``law_amending_inside`` opening gives (``loi sur la nationalité vietnamienne``), the law amending
    it, of the year written inside or after the subject."""
    taken = _Spans([(f.start, f.end) for f in found])
    out = []
    for lang, words in tables.grammar_words().items():
        spec = words.get("law_amending_inside")
        if not spec:
            continue
        for m in finditer(re.compile(spec["pattern"]), text):  # tried only where it opens (0.10 -> 0.03 ms a page, fr)
            opening = spec["title_opening"]
            candidate = grammar.fast_fold(opening + text[m.end():m.end() + LAW_NAME_WINDOW])
            named = pattern.match(candidate)
            if not named or named.start("name") != 0 or named.group("amend") or named.group("pyear"):
                continue
            law, name_lang = lookup[re.sub(r"\s+", " ", named.group("name"))]
            if name_lang != lang:
                continue
            year_raw = m.group("year") or named.group("year")
            year = int(year_raw) if year_raw else None
            start, end = m.start(), m.end() + named.end() - len(opening)
            if _overlaps(blocked, start, end) or _overlaps(taken, start, end):
                continue
            title = f"{AMENDING_TITLE} {law.title_vi}"
            ref_id = canonical.law_id(title, year)
            ref = Reference(start=start, end=end, text=text[start:end], id=ref_id, type="law", year=year,
                            title=title, resolved=ref_id if year else None)
            out.append(_Found(start, end, ref, "law", "law", key=(title,)))
    return out


def _laws_with_year_inside(text: str, pattern: re.Pattern[str], lookup, blocked: "_Spans",
                           found: list[_Found]) -> list[_Found]:
    """A law named by its year between its head word and its subject, as French writes it (``la loi de 2024 sur
    l'assurance sociale``, rounds 25 and 25b): read as the title the language's ``law_year_inside`` opening gives
    (``loi sur l'assurance sociale``), the version of that year; after a plural head word, each further subject of
    the list is a law of the same year (``les lois de 2014 sur l'investissement et les entreprises``)."""
    taken = _Spans([(f.start, f.end) for f in found])
    out = []
    for lang, words in tables.grammar_words().items():
        spec = words.get("law_year_inside")
        if not spec:
            continue
        link = re.compile(spec["item_link"])
        for m in finditer(re.compile(spec["pattern"]), text):  # tried only where it opens (0.10 -> 0.03 ms a page, fr)
            year = int(m.group("year"))
            opening, at, first = spec["title_opening"], m.end(), True
            while True:
                candidate = grammar.fast_fold(opening + text[at:at + LAW_NAME_WINDOW])
                named = pattern.match(candidate)
                if not named or named.start("name") != 0 or named.group("year") or named.group("amend"):
                    break  # a subject naming no law ends the list; a second year after it is no such name
                law, name_lang = lookup[re.sub(r"\s+", " ", named.group("name"))]
                if name_lang != lang:
                    break
                start, end = m.start() if first else at, at + named.end("name") - len(opening)
                if _overlaps(blocked, start, end) or _overlaps(taken, start, end):
                    break
                title = law.title_vi
                version_year = year
                if tables.version_of_year(title, year) is None and (took_effect := _sole_version_taking_effect_in(title, year)):
                    version_year = took_effect.year  # named by the year it took effect, as "la loi foncière de 2014"
                ref_id = canonical.law_id(title, version_year)
                ref = Reference(start=start, end=end, text=text[start:end], id=ref_id, type=law.type, year=version_year,
                                title=title, resolved=ref_id)
                out.append(_Found(start, end, ref, "law", law.type, key=(title,)))
                joined = link.match(text, end) if m.group("plural") else None
                if not joined:
                    break
                opening, at, first = spec["item_opening"], joined.end(), False
    return out


# how many characters after the link words a law's subject is looked for in
LAW_NAME_WINDOW = 160

# how far after a law's name its sentence may give the day it takes effect
TAKES_EFFECT_WINDOW = 240


def _take_effect_days(text: str, found: list[_Found]) -> None:
    """The day a year-less name takes effect, when its own sentence says so before any other law is
    named (``Luật Thanh tra … có hiệu lực từ ngày 1/7/2025``, ``la Loi sur la presse … entrera en vigueur le
    1er juillet 2026``): the version in force that day is the one meant."""
    ordered = sorted(found, key=lambda f: f.start)
    for i, f in enumerate(ordered):
        if f.ref.year is not None or (f.draft and not f.revised):
            continue  # a revised law ("la Loi sur … (amendée) est entrée en vigueur le …") is the adopted one (round 17b)
        # a list of laws sharing the verb ("the Law on Land, the Law on Housing, … and the Law on Credit
        # Institutions will become effective on August 1, 2024"): the cue is looked for after the list's last
        last = f
        for after in ordered[i + 1:]:
            if after.start < last.end or not _list_gap().fullmatch(text[last.end:after.start]):
                break
            last = after
        stop = SENTENCE_END.search(text, last.end, last.end + TAKES_EFFECT_WINDOW)
        limit = stop.start() if stop else min(len(text), last.end + TAKES_EFFECT_WINDOW)
        limit = min([g.start for g in ordered if g.start > last.start] + [limit])
        cue = grammar.takes_effect_pattern().search(text, last.end, limit)
        dated = _date_at(text, cue.end()) if cue else None
        if dated:
            f.effective = dated[0].isoformat()




def _date_opens_a_clause(text: str, date_end: int) -> bool:
    """True when a date set off by commas after a law's name opens the next clause: a comma, then in the
    same sentence an issuing verb and a document's symbol after it (``…, on December 26, 2024, the Prime
    Minister issued Decree No. 168/2024/ND-CP``): the date is that document's, not the law's adoption."""
    if not re.match(r"\s*,", text[date_end:date_end + 3]):
        return False
    # the clause's sentence: up to its end, a number marker's stop ("No.", "n°.") not counted
    stop = grammar.clause_end_pattern().search(text, date_end, min(len(text), date_end + DATE_WINDOW))
    last = stop.start() if stop else min(len(text), date_end + DATE_WINDOW)
    verb = grammar.issuing_verb_pattern().search(text, date_end, last)
    return bool(verb and grammar.SYMBOL_START.search(text, verb.end(), last))


def _several(text: str, start: int, end: int) -> bool:
    """A law's name written as several laws or versions: after a plural word that says so (``các bản
    Hiến pháp``), or after a plural word and before a word of the past (``các Bộ luật Lao động trước
    đây``); ``các Luật công chức, viên chức`` lists two laws, each a reference."""
    return bool(grammar.law_plural_pattern().search(text, max(0, start - 20), start)
                or (grammar.law_plural_pattern(paired=True).search(text, max(0, start - 20), start)
                    and grammar.law_past_pattern().match(text, end)))


# between the items of a list of bills: a semicolon too ("dự thảo Luật A; Luật B; Luật C")
DRAFT_LIST_GAP = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*;\s*")


@lru_cache(maxsize=1)
def _amended_list_gap() -> re.Pattern[str]:
    """Between two laws an amending law amends: a comma or a conjunction, perhaps an article
    ("… của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", "… and the Law on …"), perhaps
    after the word that says the law before is the revised one ("… của Luật Đất đai sửa đổi, Luật Nhà ở sửa
    đổi, …", round 17)."""
    words = grammar.joined_words
    return re.compile(rf"(?:\s+(?:{words('amended_item_revised_words')}))?"
                      rf"\s*,?\s*(?:(?:{words('list_conjunctions')})\s+)?(?:(?:{words('list_item_articles')})\s+)?",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _amended_item_articles(lang: str) -> re.Pattern[str] | None:
    """The words a further amended law opens with where the language repeats them (French ``de la``), at
    the end of the gap before it; None where the language needs none."""
    words = tables.grammar_words()[lang].get("amended_item_articles") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s*\Z", re.IGNORECASE) if words else None


@lru_cache(maxsize=1)
def _year_after_title() -> re.Pattern[str]:
    """A year right after a law's name: "… 2019", "… năm 2019", "… of 2019"."""
    joiners = [j for words in tables.grammar_words().values() for j in words["law_year_joiners"]]
    return re.compile(rf"\s*,?\s*(?:(?:{'|'.join(joiners) or '(?!)'})\s+|(?<!\n))(?P<year>(?:19|20)\d{{2}})(?![\d/])(?!\w)")


def _amended_list(text: str, folded: str, m: re.Match[str], pattern: re.Pattern[str], lookup) -> tuple[list[str], int, int | None]:
    """The laws an amending law's name lists (their Vietnamese titles), the list's end and the year after it."""
    titles = [lookup[re.sub(r"\s+", " ", m.group("name"))][0].title_vi]
    end = m.end("name")
    while True:
        gap = _amended_list_gap().match(text, end)
        if not gap or gap.end() == end or not text[end:gap.end()].strip() or BLANK_LINE.search(text, end, gap.end()):
            break  # a list goes on in its paragraph: "… du Code pénal\n\nLe Code pénal constitue …" is no second law
        nxt = pattern.match(folded, gap.end())
        if not nxt or nxt.group("amend") or nxt.group("pyear"):
            break
        law, lang = lookup[re.sub(r"\s+", " ", nxt.group("name"))]
        if tables.grammar_words()[lang]["law_titles_capitalised"] and not text[nxt.start("name")].isupper():
            break  # "… của Luật Đất đai và pháp luật đất đai": the subject, not a second law
        if (articles := _amended_item_articles(lang)) and not articles.search(text, end, gap.end()):
            break  # "… de la Loi sur la publicité, Loi sur les produits chimiques": the next law of an outer list
        if _known_amending_law(titles) and not _amending_law_may_list(titles + [law.title_vi]):
            # "la loi modifiant … de la loi sur l'organisation de l'AN, de la loi sur l'organisation du
            # gouvernement et …": the law table knows the amending law of the first alone; the rest is an outer list
            break
        titles.append(law.title_vi)
        end = nxt.end("name")
    year = _year_after_title().match(folded, end)
    if year:
        return titles, year.end(), int(year.group("year"))
    return titles, end, None


def _laws_sharing_amended_year(text: str, folded: str, m: re.Match[str], pattern: re.Pattern[str],
                               lookup) -> tuple[list[str], int, int] | None:
    """Laws listed without years before one word of amendment and one year (``Luật A và Luật B sửa đổi 2019``,
    a site's loose name): (the laws' titles, the list's end, the year) when the law table makes the reading
    certain: it knows the one law amending exactly these laws adopted that year (then all the titles), or every
    listed law has a version of that year (then the first law's title alone, with the year). None otherwise: the
    first law stays year-less and the last is read as written."""
    if m.group("amend") or m.group("year") or m.group("pyear") or m.group("apyear"):
        return None
    titles, list_end, list_year = _amended_list(text, folded, m, pattern, lookup)
    if len(titles) < 2 or list_year is not None:
        return None
    loose = grammar.amended_year_pattern().match(text, list_end)
    if not loose:
        return None
    year = int(loose.group("year"))
    if tables.version_of_year(f"{AMENDING_TITLE} {_listed(titles)}", year):
        return titles, loose.end(), year
    if all(tables.version_of_year(t, year) for t in titles):
        return titles[:1], m.end(), year
    return None


def _sole_version_taking_effect_in(title_vi: str, year: int) -> tables.LawVersion | None:
    """The one version of ``title_vi`` the law table has taking effect in ``year`` and adopted the year before (a
    law named by the year it took effect); None when it has none or several, or no law amending it that year."""
    if tables.version_of_year(f"{AMENDING_TITLE} {title_vi}", year):
        return None
    took = [v for v in tables.law_versions().get(title_vi, []) if v.in_force and v.in_force[:4] == str(year)
            and v.year == year - 1]
    return took[0] if len(took) == 1 else None


def _number_agrees(title_vi: str, number: int, year: int) -> bool:
    """Whether a law's number and year written without slash or code may be the version of that year: the law
    table has no number for it, or the number it has is this one."""
    version = tables.version_of_year(title_vi, year)
    return version is None or not version.number or int(version.number.split("/")[0]) == number


def _version_numbered(title_vi: str, number: int) -> tables.LawVersion | None:
    """The one version of a law whose number in the law table is ``number`` (``67`` for 67/2014/QH13); none when
    no version, or more than one, is numbered so."""
    versions = [v for v in tables.law_versions().get(title_vi, []) if v.number and int(v.number.split("/")[0]) == number]
    return versions[0] if len(versions) == 1 else None


def _known_amending_law(titles: list[str]) -> bool:
    """Whether the law table knows the amending law of these laws (``Luật sửa đổi, bổ sung một số điều của …``)."""
    return f"{AMENDING_TITLE} {_listed(titles)}" in tables.law_versions()


# how many laws a text must list of an amending law's for a law it leaves out to be read as the press's omission
AMENDING_LIST_SHORTENED_MIN = 4


def _amending_law_leaving_one_out(titles: list[str]) -> str | None:
    """The one amending law the law table knows whose official list holds the laws ``titles`` lists in their order
    and one law more: the press leaves a law out of a long list (« les lois sur l'amendement … de la Loi sur
    l'investissement public, …, de la Loi sur l'investissement, de la Loi sur les appels d'offres, … » for law
    3/2022/QH15, whose title also names the Housing Law, round 22); none when the table knows the list as written,
    when the text lists fewer than ``AMENDING_LIST_SHORTENED_MIN`` laws, or when two amending laws would fit."""
    if len(titles) < AMENDING_LIST_SHORTENED_MIN or _known_amending_law(titles):
        return None
    names = {t.title_vi for t in tables.law_titles()}
    fits = []
    for full in tables.law_versions():
        if not full.startswith(AMENDING_TITLE + " "):
            continue
        rest, at, gaps = full[len(AMENDING_TITLE) + 1:], 0, []
        for title in titles:
            # a whole item of the list: "Luật Đầu tư" is not the start of "Luật Đầu tư theo phương thức …"
            item = re.compile(rf"(?:(?<=^)|(?<=, )|(?<= và )){re.escape(title)}(?=, | và |$)").search(rest, at)
            if item is None:
                break
            gaps.append(rest[at:item.start()])
            at = item.end()
        else:
            gaps.append(rest[at:])
            left = [re.sub(r"^(?:,\s*|\s+và\s+)|(?:,\s*|\s+và\s+)$", "", g).strip() for g in gaps]
            left = [g for g in left if g]
            if len(left) == 1 and left[0] in names:
                fits.append(full)
    return fits[0] if len(fits) == 1 else None


def _amending_law_may_list(titles: list[str]) -> bool:
    """Whether the law table knows an amending law whose list is these laws or opens with them."""
    opening = f"{AMENDING_TITLE} {', '.join(titles)}"
    return _known_amending_law(titles) or any(t.startswith((opening + ",", opening + " và ")) for t in tables.law_versions())


@lru_cache(maxsize=1)
def _in_force_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that say a year-less law's name is the version in force, before it (``the current``,
    ``gällande``) and after it (``en vigueur``): in a text that debates its replacement it is not the draft."""
    words = grammar.joined_words
    return (re.compile(rf"(?<!\w)(?:{words('in_force_words_before')})\s+(?:(?:{words('list_item_articles')})\s+)?\Z", re.IGNORECASE),
            re.compile(rf"\s*(?:{words('in_force_words_after')})(?!\w)", re.IGNORECASE))


def _amending_before_numbers(text: str, folded: str, numbered: list[_Found], laws: list[_Found]) -> list[_Found]:
    """The amending law named before the number of the law it amends is a document of its own:
    ``Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13`` names the amending law
    (``Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự``, its span the words before the amended
    title) and the code by its number."""
    pattern = grammar.amending_before_pattern()
    draft_before, _ = grammar.draft_patterns()
    taken = _Spans([(f.start, f.end) for f in laws])
    found = []
    by_start = {g.start: g for g in numbered}
    for f in numbered:
        if not (f.ref.title or _table_title(f.ref)) or f.ref.type not in ("law", "code", "ordinance"):
            continue
        m = pattern.search(folded, max(0, f.start - 80), f.start)
        if not m:
            # the law's name before its type word and number, as English writes it: "… of the Land Law No. 31/2024/QH15"
            m = pattern.search(folded, max(0, f.start - 120), _title_opening(text, f))
        if not m or not text[m.start()].isupper() or _overlaps(taken, m.start(), f.start):
            continue
        amended = [_amended_title(f.ref)]
        # one law amending several, each written with its number: "… của Luật Đất đai số 31/2024/QH15,
        # Luật Nhà ở số 27/2023/QH15, … và Luật Các tổ chức tín dụng số 32/2024/QH15", "… the Housing Law No. …"
        last = f
        while (gap := _amended_list_gap().match(text, last.end)) and gap.end() > last.end \
                and (nxt := by_start.get(gap.end()) or _numbered_after_title(text, gap.end(), numbered)) \
                and (nxt.ref.title or _table_title(nxt.ref)) and nxt.ref.type in ("law", "code", "ordinance"):
            amended.append(_amended_title(nxt.ref))
            last = nxt
        title = f"{AMENDING_TITLE} {_listed(amended)}"
        end = m.start() + len(text[m.start():f.start].rstrip())
        ref = Reference(start=m.start(), end=end, text=text[m.start():end], id=title, type="law", title=title)
        draft = bool(draft_before.search(text, max(0, m.start() - 40), m.start()))  # "dự án Luật sửa đổi, …"
        passed = bool(grammar.law_passed_pattern().search(text, max(0, m.start() - 40), m.start()))
        found.append(_Found(m.start(), end, ref, "law", "law", key=(title,), draft=draft, passed=passed))
    return found




def _defined_short_names(text: str, laws: list[_Found], blocked: list[tuple[int, int]],
                         numbered: list[_Found] = ()) -> list[_Found]:
    """The short names a text defines for laws (``the 2020 Law on Investment (2020 LoI)``, ``Law on
    Enterprises (2020 LOE)``): each of their mentions, the definition too, is that law, of the year the
    short name or the defining name gives (else year-less, resolved as any). A short name defined after a
    law by its number (``Law on Enterprises No. 59/2020/QH14 (“LOE”)``) names that law without a year,
    resolved to the version the number gives (round 15's ``“IP Law”``, round 19b's gold)."""
    taken = _Spans(blocked + [(f.start, f.end) for f in laws])
    by_number = tables.law_version_by_number()
    numbered_laws = [f for f in numbered if f.ref is not None and f.ref.id in by_number]
    found = []
    for law in laws + numbered_laws:
        definition = grammar.short_name_definition_pattern().match(text, law.end)
        version = by_number.get(law.ref.id) if law in numbered_laws else None
        if not definition or (law.ref.title is None and version is None):
            continue
        if version is not None:
            title, year = version.title_vi, None
        else:
            title, year = law.ref.title, law.ref.year
        defined_year = definition.group("year") or definition.group("year_after")
        year = int(defined_year) if defined_year else year
        alias = re.escape(definition.group("alias"))
        if definition.group("year"):
            # a short name with its year names each version by its year: "2020 LOE" defines "2014 LOE" too
            alias = r"(?P<year>(?:19|20)\d{2})" + alias[len(definition.group("year")):]
        elif definition.group("year_after"):
            # the year after it ("(“LOI 2020”)", round 22): the short name alone ("the LOI") is the law
            # without a year, resolved to the version the definition names, as eyecite resolves a short form
            alias = re.escape(definition.group("alias")[:definition.start("year_after") - definition.start("alias")].rstrip())
            alias += r"(?:\s+(?P<year>(?:19|20)\d{2}))?"
        mentions = list(re.finditer(rf"(?<![\w-]){alias}(?![\w-])", text))
        if len(mentions) < 2:
            continue  # a short name the text never uses again defines nothing: "… Legal Documents (VBQPPL)"
        for m in mentions:
            if _overlaps(taken, m.start(), m.end()):
                continue
            resolved = None
            if definition.group("year_after"):
                resolved = canonical.law_id(title, int(defined_year))
                year = int(m.group("year")) if m.group("year") else None
            elif definition.group("year"):
                year = int(m.group("year"))
            ref_id = canonical.law_id(title, year)
            resolved = ref_id if year else (resolved or (version.id if version is not None else None))
            ref = Reference(start=m.start(), end=m.end(), text=m.group(), id=ref_id, type=law.ref.type, year=year,
                            title=title, resolved=resolved)
            found.append(_Found(m.start(), m.end(), ref, "law", law.word_type, key=(title,)))
    return found


def _named_again_in_parentheses(text: str, laws: list[_Found]) -> list[_Found]:
    """A law named without its year, then the same law with its year in the parentheses right after (``the new
    Labor Code (Labor Code 2019)``, ``Labor Code of National Assembly dated 18 June 2012 (Labor Code 2012)``): one
    mention, the name in the parentheses; a day the words between give after ``dated`` is its issue date when of
    its year (round 19b)."""
    dropped: set[int] = set()
    for i, (first, named) in enumerate(zip(laws, laws[1:])):
        if first.ref.year is not None or named.ref.year is None or first.ref.title != named.ref.title:
            continue
        gap = grammar.law_named_again_gap_pattern().fullmatch(text, first.end, named.start)
        if not gap or not re.match(r"\s*\)", text[named.end:]):
            continue
        dropped.add(i)
        dated = _date_at(text, gap.start("date")) if gap.groupdict().get("date") else None
        if dated and dated[0].year == named.ref.year and named.ref.issued is None:
            named.ref = replace(named.ref, issued=dated[0].isoformat())
        elif first.ref.issued and first.ref.issued[:4] == str(named.ref.year) and named.ref.issued is None:
            named.ref = replace(named.ref, issued=first.ref.issued)
    return [f for i, f in enumerate(laws) if i not in dropped]


def _aliases_dated_by_their_number(text: str, refs: list[Reference]) -> list[Reference]:
    """An alias naming with its year the law a dated number has just given (``Quốc hội … đã thông qua Luật đất đai
    số 31/2024/QH15 hay còn được gọi là Luật đất đai năm 2024``, ``Law No. 61/2020/QH14, also known as the Law on
    Investment 2020``): the same law, the number's issue day when of the alias's year (round 19b)."""
    out = list(refs)
    for i in range(1, len(out)):
        prev, ref = out[i - 1], out[i]
        if (ref.number is None and ref.year and not ref.issued and prev.number and prev.issued
                and prev.issued[:4] == str(ref.year) and prev.title == ref.title
                and grammar.alias_before_pattern().fullmatch(text, prev.end, ref.start)):
            out[i] = replace(ref, issued=prev.issued)
    return out


def _title_opening(text: str, f: _Found) -> int:
    """Where the law's name written before a number's type word opens (``Land`` in ``the Land Law No.
    31/2024/QH15``): the words before the type word that, with it, spell a title of the law table;
    else the number's own start."""
    type_word = re.match(r"\S+", text[f.start:f.end])
    title = _table_title(f.ref) or (grammar.law_title_of(f.ref.title) if f.ref.title else None)
    if not type_word or not title:
        return f.start
    window = max(0, f.start - 60)
    for word in re.finditer(r"\S+", text[window:f.start]):
        if grammar.law_title_of(text[window + word.start():f.start] + type_word.group()) == title:
            return window + word.start()
    return f.start


def _numbered_after_title(text: str, pos: int, numbered: list[_Found]) -> _Found | None:
    """The number whose law's name opens at ``pos`` (``the Housing Law No. 27/2023/QH15``)."""
    return next((g for g in numbered if pos < g.start <= pos + 60 and _title_opening(text, g) == pos), None)


def _amended_title(ref: Reference) -> str:
    return _table_title(ref) or grammar.law_title_of(ref.title) or ref.title


def _listed(titles: list[str]) -> str:
    """Laws an amending law amends, as its official title lists them: "Luật A, Luật B và Luật C"."""
    return titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} và {titles[-1]}"


def _merge_titles(text: str, numbered: list[_Found], laws: list[_Found]) -> list[_Found]:
    """A law title right before its number is one reference: the number's id, the title's name."""
    kept = []
    by_start = sorted(numbered, key=lambda f: f.start)
    merged: set[int] = set()  # a number takes one title: "Bộ luật Hình sự, Luật Trẻ em số 102/2016/QH13" is two laws

    def right_after(law: _Found) -> _Found | None:
        return next((f for f in by_start if id(f) not in merged and not f.ref.title and f.start >= law.end and f.start - law.end <= 20
                     and _title_number_gap().match(text[law.end:f.start] + "") and f.ref.issuer and "QH" in f.ref.issuer), None)

    # an amending law whose title lists laws up to its own number takes the number first: the laws listed, the
    # last one right before the number too, are inside its title (round 18b)
    listed: dict[int, _Found] = {}
    inside: set[int] = set()
    for law in sorted(laws, key=lambda f: f.start):
        if id(law) in inside or not (law.ref.title or "").startswith(AMENDING_TITLE) or right_after(law):
            continue
        if target := _number_after_amended_list(text, law, by_start, merged):
            listed[id(law)] = target
            merged.add(id(target))
            inside |= {id(other) for other in laws if other.start >= law.end and other.end <= target.start}
        elif closed := _day_after_amended_list(text, law):
            # no number: the list runs on to the law's adoption day (round 19)
            end = law.end
            law.ref, law.end = closed, closed.end
            inside |= {id(other) for other in laws if other is not law and other.start >= end and other.end <= closed.end}
    for law in sorted(laws, key=lambda f: -f.start):
        if id(law) in inside:
            continue
        target = listed.get(id(law)) or right_after(law)
        if target is None:
            kept.append(law)
            continue
        merged.add(id(target))
        ref = target.ref
        # the date before the title, not before the number: "Ngày 14/6/2019, Quốc hội thông qua Luật … số 44/2019/QH14"
        issued = ref.issued or _dated_before(text, law.start, ref.year)
        target.ref = replace(ref, start=law.start, text=text[law.start:ref.end], title=law.ref.title,
                             type=law.ref.type, issued=issued)
        target.start = law.start
    return sorted(kept, key=lambda f: f.start)


# how far an amending law's title may list laws before its own number
AMENDED_LIST_REACH = 400


def _number_after_amended_list(text: str, law: _Found, numbered: list[_Found], merged: set[int]) -> _Found | None:
    """An amending law's own number after the rest of the laws its title lists, past those the title table
    knows (``lagen som ändrar … i värdepapperslagen, redovisningslagen, …, lagen om … nr 56/2024/QH15``,
    round 18b): the legislature's number next in the sentence, right after its number word, when every item
    between is a law's name."""
    nxt = next((f for f in numbered if f.start >= law.end), None)
    if nxt is None or id(nxt) in merged or nxt.ref.title or not nxt.ref.issuer or "QH" not in nxt.ref.issuer \
            or nxt.start - law.end > AMENDED_LIST_REACH:
        return None
    gap = text[law.end:nxt.start]
    words = _title_number_gap().search(gap)
    if re.search(r"[.;\n]", gap) or not words or not words.group().strip(" ,"):
        return None  # one sentence; the number opens with its word ("nr", "số", "No.")
    # split at commas alone: a name may hold a conjunction ("lagen om förvaltning och användning av …"),
    # and the last two items joined by one ("… và Luật X") still hold a law's word
    items = [i.strip() for i in gap[:words.start()].split(",") if i.strip()]
    law_word = re.compile(grammar.joined_words("amended_list_item_words"), re.IGNORECASE)
    return nxt if items and all(law_word.search(i) for i in items) else None


# a comma right after an amending law's title: its list of laws goes on
LIST_GOES_ON = re.compile(r"\s*,")


def _day_after_amended_list(text: str, law: _Found) -> Reference | None:
    """An amending law's title whose list of laws runs on past those the title table joins to its adoption day,
    with no number (``Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc
    lập, …, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024``, round 19): one reference, the title with
    every law listed and the day's year, dated by it, when every comma-separated item between opens with a
    law's word and the day ends the list in the same sentence (round 18b's rule, the day in the number's place)."""
    title = law.ref.title or ""
    if not title.startswith(AMENDING_TITLE) or law.ref.year:
        return None
    head = LIST_GOES_ON.match(text, law.end)
    if not head:
        return None
    law_word = re.compile(rf"(?:{grammar.joined_words('amended_list_item_words')})\s", re.IGNORECASE)
    stop = re.search(r"[.;\n]", text[law.end:law.end + AMENDED_LIST_REACH])
    limit = law.end + (stop.start() if stop else AMENDED_LIST_REACH)
    for word in re.finditer(r"(?<=\s)\S", text[law.end:limit]):
        pos = law.end + word.start()
        date = next(iter(_dates_at(text, pos)), None)
        if date is None:
            continue
        items = [i.strip() for i in text[head.end():pos].split(",")]
        if not items or not all(i and law_word.match(i) and len(i.split()) <= 12 for i in items):
            return None
        names = [grammar.law_title_of(i) or " ".join(i.split()) for i in items]
        listed = title[len(AMENDING_TITLE):].strip()
        if " và " not in text[law.start:law.end]:
            listed = ", ".join(listed.rsplit(" và ", 1))  # the two laws the title read, joined again as the list goes on
        whole = f"{AMENDING_TITLE} {listed}, {_listed(names)}" if len(names) > 1 else f"{AMENDING_TITLE} {listed} và {names[0]}"
        day, _end = date
        ref_id = canonical.law_id(whole, day.year)
        end = head.end() + len(text[head.end():pos].rstrip())
        return replace(law.ref, end=end, text=text[law.start:end], id=ref_id, title=whole, year=day.year,
                       issued=day.isoformat(), resolved=ref_id)
    return None


@lru_cache(maxsize=None)
def _with_first_letters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a case-insensitive lookahead of the characters its matches can start with,
    for a pattern nlp.regex.scanner cannot read (a case-insensitive group inside it: ``(?i:Luật|Law)``):
    the characters are those of the pattern read as case-insensitive throughout, a superset, so the
    matches are the same and positions whose character starts none are skipped in one step."""
    chars = first_characters(re.sub(r"(?<!\\)\(\?i:", "(?:", pattern.pattern), pattern.flags | re.IGNORECASE)
    if chars is None:
        return pattern
    return re.compile("(?=(?i:[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]))(?:" + pattern.pattern + ")", pattern.flags)


def _shorts(text: str, blocked: list[tuple[int, int]]) -> list[_Found]:

    blocked = _Spans(blocked)
    found = []
    for m in chain(finditer(grammar.short_pattern(), text), _with_first_letters(grammar.law_short_pattern()).finditer(text)):
        if _overlaps(blocked, m.start(), m.end()):
            continue
        doc_type = grammar.type_of_word(m.group("word"))
        items = [m]
        if m.groupdict().get("number") and m.re is not grammar.law_short_pattern():
            # further numbers of the same type, with their markers: "résolutions … no2 de 2019 et no35 de 2016"
            while (item := grammar.short_list_item_pattern().match(text, items[-1].end())) \
                    and not _overlaps(blocked, item.start("number"), item.end()):
                items.append(item)
        adjective = m.groupdict().get("issuer_adjective")
        # the issuer: an adjective after the type word, else the one named after any item of the list
        issuer = grammar.issuer_of_adjective(adjective) if adjective else None
        issuer = issuer or next((i for i in (grammar.issuer_after(text, it.end()) for it in items) if i), None)
        for n, it in enumerate(items):
            year_raw = it.group("year") or it.group("year_word")
            year = int(year_raw) if year_raw else None
            start = it.start("item") if n else m.start()
            found.append(_Found(start, it.end(), None, "short", doc_type,
                                key=(doc_type, canonical.number(it.group("number")), year, issuer)))
    found += _carried_type_shorts(text, blocked, found)
    for m in finditer(grammar.repeat_pattern(), text):
        if _overlaps(blocked, m.start(), m.end()):
            continue
        word = next(v for k, v in m.groupdict().items() if k.startswith("word_") and v)
        found.append(_Found(m.start(), m.end(), None, "repeat", grammar.type_of_word(word)))
    return found


# how far before words standing for a type word the short reference giving that type may end
CARRIED_TYPE_WINDOW = 120


def _carried_type_shorts(text: str, blocked: "_Spans", shorts: list[_Found]) -> list[_Found]:
    """A number after words standing for the type word of the short reference before it in the same sentence
    (``L’arrêté N°42 datant de 2014, qui se substitue au précédent N°110 datant de 2005``): a short of that
    type and issuer. Without such a short before it in the sentence, the number stays none."""
    found = []
    # behind a lookahead of its first letters read case-insensitively (the pattern opens with a lookbehind and a
    # case-insensitive group: tried at every position before; the same matches, 0.15 -> 0.11 ms a page)
    for m in _with_first_letters(grammar.carried_type_short_pattern()).finditer(text):
        if _overlaps(blocked, m.start(), m.end()):
            continue
        before = [f for f in shorts if m.start() - CARRIED_TYPE_WINDOW <= f.end <= m.start()]
        if not before or next(_sentence_ends(text, before[-1].end, m.start()), None) is not None:
            continue
        doc_type, _, _, issuer = before[-1].key
        year_raw = m.group("year") or m.group("year_word")
        found.append(_Found(m.start("item"), m.end(), None, "short", doc_type,
                            key=(doc_type, canonical.number(m.group("number")), int(year_raw) if year_raw else None,
                                 issuer)))
    return found


# how far after a header's symbol without a type code the text's title heading may open a line
OWN_TITLE_WINDOW = 400
# an old symbol: the number and the issuer, no type code ("18-CP", "194-HĐBT", "66/HĐBT")
OLD_SYMBOL = re.compile(r"\d+[^\W\d_]?[-/][^-/@\s]+(?:@\S+)?")
TITLE_LINE = re.compile(r"^[^\S\n]*((?:[^\W\d_]+[^\S\n]+){0,2}[^\W\d_]+)", re.MULTILINE)


# the type of a consolidated text (văn bản hợp nhất, ``…/VBHN-…``, data/doc_types.csv)
CONSOLIDATED = "consolidated_text"


def _own_document(text: str, numbered: list[_Found]) -> _Found | None:
    """The legal text's own document: the first symbol after a header's number marker (``Số:
    21/2020/QĐ-UBND``), when it has a type; an old symbol without a type code (``No. 18-CP``) takes the
    type of the title heading under the header (``DECREE PROVIDING REGULATIONS ON …``, ``NGHỊ ĐỊNH``)."""
    for f in numbered:
        if not _in_header(text, f.start):
            continue
        if OLD_SYMBOL.fullmatch(f.ref.id) and (heading := _title_heading_type(text, f.end)):
            # the type an old symbol's issuer suggests ("-CP": a decision) yields to the title's ("DECREE …")
            return replace(f, ref=replace(f.ref, type=heading))
        return f if f.ref.type else None
    return None


def _title_heading_type(text: str, end: int) -> str | None:
    """The type of the first line in capitals after ``end`` that opens with a type word (a legal text's title
    heading: ``DECREE PROVIDING …``, ``QUYẾT ĐỊNH``), within ``OWN_TITLE_WINDOW``."""
    for m in TITLE_LINE.finditer(text, end, min(len(text), end + OWN_TITLE_WINDOW)):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            if written.isupper() and (kind := grammar.type_of_word(written)):
                return kind
    return None


def _own_repeats(text: str, own: _Found | None, shorts: list[_Found], blocked: list[tuple[int, int]]) -> list[_Found]:
    """In a legal text, its own type word with a demonstrative is the text's own document, in any case:
    ``chịu trách nhiệm thi hành quyết định này`` in decision 194-HĐBT (a press text's lower-case
    ``quyết định này`` is often no document, so only here)."""
    if own is None:
        return []
    taken = _Spans(blocked + [(f.start, f.end) for f in shorts])
    found = []
    for m in grammar.repeat_pattern_any_case().finditer(text, own.end):
        if _overlaps(taken, m.start(), m.end()) or BARE_DEFINITE.match(m.group()):
            continue  # "the decision" in lower case is as often no document at all
        word = next(v for k, v in m.groupdict().items() if k.startswith("word_") and v)
        if grammar.type_of_word(word) == own.ref.type:
            found.append(_Found(m.start(), m.end(), None, "repeat", own.ref.type))
    return found


def _resolve(text: str, found: list[_Found], fulls: list[_Found], laws: list[_Found], published: str | None = None,
             own: _Found | None = None) -> list[_Found]:
    """Short repeats take the id of the one full reference they can mean, earlier ones first; in a legal
    text a repeat of its own type after its header is the text's own document (``own``)."""
    out = []
    implied_shorts: list[_Found] = []
    unresolved: list[_Found] = []
    for f in found:
        if f.kind == "short":
            doc_type, num, year, named_issuer = f.key
            same = [g for g in fulls if g.ref.type == doc_type and g.ref.number == num and (year is None or g.ref.year == year)]
            target = _unique(same, f.start) or _nearest_short_target(same, f.start, year)
            implied = _implied(text, f, doc_type, num, year, named_issuer) if target is None else None
            if implied is None and target is None and named_issuer is None:
                # "la résolution n°10 du Bureau politique … et la conclusion n°12 en date du …": the Party body of
                # the document named just before it in its sentence
                carried = _party_issuer_before_in_sentence(text, f, found)
                implied = _implied(text, f, doc_type, num, year, carried) if carried else None
            if implied is not None:
                # its day right after it, the issuer between ("la résolution n°10 du Bureau politique en date du 18
                # janvier 2002", "Nghị quyết 39 của Bộ Chính trị ngày 17/4/2015", round 20b): of the written year, if any
                issued, _ = _issue_date(text, f.end, year)
                if issued is None and year is not None:
                    # or joined to it by an issuing verb, as a full symbol ("Le 7 juillet 2022, le gouvernement a
                    # publié le décret No45/2022", round 28b): only with its written year, which the day's must match
                    issued = _issue_date_around(text, f.start, f.end, year)
                if issued and implied.issued is None:
                    implied = replace(implied, issued=issued)
                implied_shorts.append(_Found(f.start, f.end, implied, "full", doc_type))
                out.append(implied_shorts[-1])
                continue
            if target is None:
                unresolved.append(f)
                continue
        elif f.kind == "repeat":
            types = {f.word_type} | tables.repeat_covers().get(f.word_type, set())
            # a document a legal text names in its basis clauses ("Pursuant to Decision No. …", "Conformément
            # à la décision n° …") is another one: "this Decision" / "la présente décision" is the text itself
            # ("- Căn cứ Quyết định số 76/HĐBT …; Quyết định này …" in a decision that gives no number); in a text
            # whose own number is known, another kind's repeat ("Nghị định này" in a decision) means the one named
            same = [g for g in fulls if g.ref.type in types and g.start < f.start
                    and not (own is None and _in_basis_clause(text, g.start))]
            opening = _quoted_clause_opening(text, f.start)
            quoted = [g for g in same if opening is not None and g.start < opening
                      and (own is None or g.ref.id != own.ref.id)]
            if quoted:
                # inside the quoted clause of the document a text amends ("Clause 7 of Article 2 of Decree No.
                # 31/2021/ND-CP is amended as follows: “7. … Article 6 of this Decree …”) its own "this Decree" is
                # that document, the one of the type named last before the quote, not the amending text (round 22)
                target = max(quoted, key=lambda g: g.start)
            elif own is not None and own.ref.type in types and own.start < f.start:
                # "Quyết định này" in decision 21/2020/QĐ-UBND is that decision, not the one its preamble names last
                target = own
            elif own is not None and own.ref.type == CONSOLIDATED and (consolidated := [g for g in same if g.start > own.start]):
                # a consolidated text (Số: 1/VBHN-BNV) opens with the document it consolidates, then the ones amending
                # it: its articles' "Nghị định này" is the first, as amended (round 22b)
                target = min(consolidated, key=lambda g: g.start)
            else:
                # "this Decree" is the decree last named before it: every earlier decree when they are one
                target = _unique(same, f.start, earlier_only=True) or _nearest(same, f.start)
                if target is not None and _named_as_object(text, target):
                    # "Decree 15/2018 replaces Decree 38/2012. This Decree …": the one that replaces (or amends) it
                    target = _nearest([g for g in same if g.ref.id != target.ref.id], target.start) or target
        else:
            out.append(f)
            continue
        if target is None:
            continue
        # a repeat's own date: "Nghị quyết này được Quốc hội … thông qua ngày 19 tháng 6 năm 2017"
        out.append(_Found(f.start, f.end, _repeat_of(text, f, target.ref), f.kind, f.word_type))
    # a number alone of a document the text names nowhere in full, but once by type, number and year
    # ("Nghị định 38/2012": a decree is the Government's): before or after it, the number means that one
    for f in unresolved:
        doc_type, num, year, _ = f.key
        same = [g for g in implied_shorts if g.ref.type == doc_type and g.ref.number == num and (year is None or g.ref.year == year)]
        target = _unique(same, f.start)
        if target is not None:
            out.append(_Found(f.start, f.end, _repeat_of(text, f, target.ref), f.kind, f.word_type))
    objects = {f.start for f in laws + fulls if _named_as_object(text, f)}
    return out + _passed_on_a_day(text, _resolve_laws(laws, fulls, published, objects,
                                                     None if published else _undated_text_day(text, fulls)), published)


# how far before a repeat the opening of the quoted clause holding it may stand
QUOTED_CLAUSE_WINDOW = 3000
CLOSING_QUOTES = re.compile(r"[”»]")


def _quoted_clause_opening(text: str, position: int) -> int | None:
    """Where the quoted clause of an amended document holding ``position`` opens (``… as follows: “``), when
    no closing quote stands between; None outside such a clause."""
    window_start = max(0, position - QUOTED_CLAUSE_WINDOW)
    openings = list(grammar.quoted_clause_opening_pattern().finditer(text, window_start, position))
    if not openings:
        return None
    last = openings[-1]
    quote = text[last.end() - 1]
    closing = CLOSING_QUOTES if quote != '"' else re.compile('"')
    return None if closing.search(text, last.end(), position) else last.start()


def _party_issuer_before_in_sentence(text: str, f: _Found, found: list[_Found]) -> tables.Issuer | None:
    """The central Party body of the document named nearest before the bare number ``f`` in its sentence, by its
    name (``la résolution n°10 du Bureau politique``, ``Nghị quyết số 10 của Bộ Chính trị``) or its symbol
    (``53-NQ/TW``): none when that document is another body's, or when a sentence ends between."""
    before = [g for g in found if g.end <= f.start and g is not f]
    if not before:
        return None
    g = max(before, key=lambda g: g.end)
    if next(_sentence_ends(text, g.end, f.start), None) is not None:
        return None
    if g.kind == "short":
        issuer = g.key[3]
    elif g.ref is not None and g.ref.issuer:
        issuer = tables.issuer_by_key("party").get(tables.ascii_key(g.ref.issuer))
    else:
        issuer = None
    return issuer if _party_kind(issuer) == "party" else None


def _passed_on_a_day(text: str, laws: list[_Found], published: str | None) -> list[_Found]:
    """A law reported passed on a day written without its year before the verb (``Sáng 28/6, … Quốc hội
    đã thông qua Luật Thủ đô (sửa đổi)``, ``On June 28, the National Assembly passed …``): issued that
    day of the text's year, when the day is not after the text's date."""
    if not published or len(published) < 10:
        return laws
    try:
        today = _dt.date.fromisoformat(published[:10])
    except ValueError:
        return laws
    for law in laws:
        if law.ref.year is not None or law.ref.issued or not law.passed or law.draft and not law.revised:
            continue
        first, _ = _sentence_bounds(text, law.start, law.start, DATE_WINDOW)
        days = [(pos, dm) for pos in (m.start() for m in DATE_START.finditer(text, first, law.start))
                if (dm := _day_month_at(text, pos)) and dm[2] <= law.start]
        if not days or any(_date_at(text, pos) for pos, _ in days[-1:]):
            continue  # none, or a full date (read as such elsewhere)
        day, month, _end = days[-1][1]
        try:
            date = _dt.date(today.year, month, day)
        except ValueError:
            continue
        if date <= today and (today - date).days <= ADOPTION_NEWS_DAYS:
            law.ref = replace(law.ref, issued=date.isoformat())
    return laws


# how far before a reference its relation cue may start: a regulation's full name with its term stands
# between "Sửa đổi, bổ sung một số điều của Quy chế …" and "ban hành kèm theo Quyết định số …"
RELATION_CUE_WINDOW = 200

# the relations whose document is the object of another one the text names before it
OBJECT_RELATIONS = ("replaces", "amends")


@lru_cache(maxsize=512)
def _relation_cue(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The relation cue (``pattern``: grammar.relation_pattern) ending right before ``end``, searched in
    the window before it. Cached: the resolution (``_named_as_object``) and the relations
    (``_relations_with_lists``) ask it about the same openings, and a forward search tries the cues' long
    alternation at every word of the window (about 0.15 ms; a right-to-left look first, which rules out
    most windows at once). Keyed by the pattern itself, so data
    reloaded with a new pattern never meets an old answer."""
    return search_ending_window(pattern, text, max(0, end - RELATION_CUE_WINDOW), end)


def _named_as_object(text: str, f: _Found) -> bool:
    """True when a replacing or amending cue stands right before ``f`` (``replaces Decree No. …``,
    ``sửa đổi, bổ sung một số điều của Nghị định số …``)."""
    cue = _relation_cue(grammar.relation_pattern(), text, f.start)
    return bool(cue) and next(k.split("_")[0] for k, v in cue.groupdict().items() if v is not None) in OBJECT_RELATIONS


@lru_cache(maxsize=1)
def _basis_opening() -> re.Pattern[str]:
    """The words opening a legal text's basis clause (``Pursuant to``, ``Conformément à``, ``Med stöd av``)."""
    # a list's dash or bullet may open the clause: "- Căn cứ Quyết định số 76/HĐBT …"
    return re.compile(rf"[\s|\-–—•+*]*(?:{grammar.joined_words('basis_words')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _issued_in_main_clause() -> re.Pattern[str]:
    """An issuing verb after the clause's last comma, right before a reference: ``Based on the grounds …,
    on 23 February 2018, the Government issued Decree No. 22/2018/ND-CP`` (round 15)."""
    verbs = "|".join(v for spec in tables.dates().values() for v in spec.get("issuing_verbs", []))
    return re.compile(rf",[^,;]*(?<!\w)(?:{verbs})\s+\Z", re.IGNORECASE)


def _in_basis_clause(text: str, position: int) -> bool:
    """Whether a reference stands in a basis clause: its line or ``;``-clause opens with a basis word,
    and the document is not what the clause's main verb, after a comma, says was issued (a press
    sentence opening with a basis phrase reports that document)."""
    clause_start = max(text.rfind("\n", 0, position), text.rfind(";", 0, position)) + 1
    opening = _basis_opening().match(text, clause_start, position)
    return bool(opening) and not _issued_in_main_clause().search(text, opening.end(), position)


def _repeat_of(text: str, f: _Found, t: Reference) -> Reference:
    """The reference ``f`` makes to the document ``t`` names, with the issue date written with ``f`` itself."""
    issued = (_issue_date(text, f.end, t.year)[0] or _issue_date_around(text, f.start, f.end, t.year)
              or _day_of_document_around(text, f.start, f.end, t.issued))
    return Reference(start=f.start, end=f.end, text=text[f.start:f.end], id=t.id, type=t.type, number=t.number,
                     year=t.year, issuer=t.issuer, title=t.title, resolved_from=t.start, resolved=t.resolved or t.id,
                     issued=issued)


def _latest_year_written(text: str) -> int | None:
    """The latest year an undated text writes (``… có hiệu lực thi hành kể từ ngày 01/01/2018``): the text is
    no older, so the version in force then is the one a year-less name means when nothing else tells (round 18)."""
    years = [int(y) for y in re.findall(r"(?<![\d/.-])(?:\d{1,2}[/.-]){0,2}((?:19|20)\d{2})(?!\d)", text)]
    return max(years) if years else None


def _undated_text_day(text: str, fulls: list[_Found]) -> str | None:
    """The earliest day an undated text can be of: the start of the latest year it writes, or, when later, the
    latest issue day of a document it cites (a text cites no document issued after it: "Công điện số 109/CĐ-TTg
    ngày 22/10/2024" in a page of October 2024 is cited after the Land Law of 2024 took effect that August,
    round 22). A day the text writes for no document's issue (a deadline, a day of taking effect) may lie ahead
    of the text, so only its year counts."""
    year = _latest_year_written(text)
    days = [f.ref.issued for f in fulls if f.ref is not None and f.ref.issued and len(f.ref.issued) >= 10]
    day = f"{year}-01-01" if year else None
    if days and (day is None or max(days) > day):
        day = max(days)[:10]
    return day


def _resolve_laws(laws: list[_Found], fulls: list[_Found], published: str | None,
                  objects: frozenset[int] | set[int] = frozenset(), undated_day: str | None = None) -> list[_Found]:
    """A law named without its year gets the version it means as ``resolved`` (its id keeps no
    year), the way eyecite resolves a short form: the adoption day the text gives after it; else
    nothing for a draft under debate; else the nearest earlier mention of the same law with its
    year or number; else nothing when the text debates that law as a draft; else the version in
    force at the document's date (``laws.csv``); else the one dated version the text names."""
    dated: dict[str, list[tuple[int, str]]] = {}
    key = grammar.comparable  # a title written before a number keeps its letters' case: "Bộ luật Tố tụng Hình sự số …"
    for f in laws:
        if f.ref.year:
            dated.setdefault(key(f.ref.title), []).append((f.start, f.ref.id))
    for f in fulls:
        known = _table_title(f.ref)
        title = known or f.ref.title
        if title and f.ref.year and (known or f.ref.type in ("law", "code", "ordinance")):
            dated.setdefault(key(title), []).append((f.start, canonical.law_id(title, f.ref.year)))
    for f in laws:
        if f.ref.year is None and f.adopted:  # dated by its adoption day: "Bộ luật Lao động … ban hành … ngày 23/6/1994"
            dated.setdefault(key(f.ref.title), []).append((f.start, canonical.law_id(f.ref.title, f.adopted)))
    # a name revised but adopted recently ("the … Law (amended)" in force) is no draft of the text
    # (an undated text: adopted within that time before the earliest day the text can be of, round 22)
    text_day = published or undated_day
    drafted = {key(f.ref.title) for f in laws if f.draft and not (
        f.revised and text_day and _version_adopted_within(f.ref.title, text_day, REVISED_NEWS_DAYS))}
    # the version the text reports adopted: dated by its adoption day, or passed on the day it is published
    # ("Quốc hội thông qua Luật Quốc phòng (sửa đổi)" on 8/6/2018: the 2018 law, in the table or not)
    reported: dict[str, str] = {}
    for f in laws:
        if f.ref.year is None and f.adopted:
            reported.setdefault(key(f.ref.title), canonical.law_id(f.ref.title, f.adopted))
        elif f.ref.year is None and f.passed and not (f.draft and not f.revised) and published:
            today = _version_adopted_on(f.ref.title, published)
            reported.setdefault(key(f.ref.title), today.id if today else canonical.law_id(f.ref.title, int(published[:4])))
    # the version the text reports just adopted or promulgated ("la nouvelle loi foncière", "promulguant la loi
    # …"): the one the table adopted most recently, within a year before the text, else of the text's year
    announced: dict[str, str] = {}
    for f in laws:
        if f.ref.year is None and f.new and f.adopted:  # "the new Labour Code, which was enacted … in November 2019"
            announced.setdefault(key(f.ref.title), canonical.law_id(f.ref.title, f.adopted))
        elif f.ref.year is None and f.new and published:
            recent = _version_adopted_within(f.ref.title, published, REVISED_NEWS_DAYS)
            announced.setdefault(key(f.ref.title), recent.id if recent else canonical.law_id(f.ref.title, int(published[:4])))
        elif f.ref.year is None and f.new and dated.get(key(f.ref.title)):
            # an undated text: "the new Labour Code" is the latest version it names ("the 2019 Labour Code … replace
            # the 2012 Labour Code. The new Labour Code …", round 18)
            announced.setdefault(key(f.ref.title), max(dated[key(f.ref.title)], key=lambda d: d[1])[1])
        elif f.ref.year is None and f.new and undated_day and (
                recent := _version_adopted_within(f.ref.title, undated_day, REVISED_NEWS_DAYS)):
            # an undated text naming no version of it: "la nouvelle loi sur le logement" in a text of 2015 at the
            # earliest is the version the table adopted within a year before that day (the 2014 law), as for a
            # dated text
            announced.setdefault(key(f.ref.title), recent.id)
        elif f.ref.year is None and f.effective and (effective := _version_taking_effect(f.ref.title, f.effective, published)):
            announced.setdefault(key(f.ref.title), effective.id)  # "… entrera en vigueur le 1er juillet 2026"
    for law in laws:
        if law.ref.year is not None:
            continue
        title = law.ref.title
        resolved, source = None, None
        earlier = [d for d in dated.get(key(title), []) if d[0] < law.start]
        nearest = max(earlier) if earlier else None
        # "… thay thế Luật nghĩa vụ quân sự 1981": a later year-less name means the law that replaces it
        earlier = [d for d in earlier if d[0] not in objects] or earlier
        if law.adopted:
            resolved = canonical.law_id(title, law.adopted)
        elif law.effective and (effective := _version_taking_effect(title, law.effective, published)):
            resolved = effective.id  # "… entrera en vigueur le 1er juillet 2026": the version in force that day
        elif law.new and key(title) in announced:
            resolved = announced[key(title)]
        elif (law.passed or law.revised) and key(title) in reported:
            resolved = reported[key(title)]  # the law adopted, which keeps "(sửa đổi)" in the press
        elif law.revised and published and (today := _version_adopted_on(title, published)):
            resolved = today.id
        elif law.revised and text_day and (recent := _version_adopted_within(title, text_day, REVISED_NEWS_DAYS)):
            resolved = recent.id  # "Luật … (sửa đổi) có hiệu lực từ …" months after its adoption: that law, no draft
        elif law.draft:
            resolved = None
        elif law.current and (day := published or undated_day):
            # "la Loi sur l'investissement actuellement en vigueur": the version in force at the text's date (an
            # undated text: the earliest day it can be of), not the new one it names before
            version = tables.version_in_force(title, day)
            resolved = version.id if version else None
        elif earlier and published and nearest and _replaced_not_yet(title, nearest[1], max(earlier)[1], published):
            source, resolved = nearest  # "passed the Law on Land 2024 (amending the Law on Land 2013). … the Law on Land is …"
        elif earlier:
            source, resolved = max(earlier)
        elif law.promulgated and text_day and (
                recent := _version_adopted_within(title, text_day, REVISED_NEWS_DAYS, revisions=False)):
            # one of the laws the text reports promulgated: the version adopted within a year (a law amending it only
            # when the name says so, "the amended …", as above)
            resolved = recent.id
        elif key(title) in announced and not law.current:
            resolved = announced[key(title)]  # the law the text announces, named again without a cue
        elif published and (today := _version_adopted_on(title, published)):
            resolved = today.id  # the text reports its adoption: the draft it debated is now that law
        elif key(title) in drafted and not law.current:
            resolved = None  # the text debates that law as a draft (but "the current Investment Law" is in force)
        elif published:
            version = tables.version_in_force(title, published)
            resolved = version.id if version else None
        elif len({d[1] for d in dated.get(key(title), [])}) == 1:
            source, resolved = min(dated[key(title)])
        elif undated_day and not dated.get(key(title)) and key(title) not in drafted:
            version = tables.version_in_force(title, undated_day)
            resolved = version.id if version else None
        elif title.startswith(AMENDING_TITLE + " ") and key(title) not in drafted \
                and len(versions := tables.law_versions().get(title, [])) == 1:
            # an undated text writing no year: an amending law of these laws is adopted once, the one the table
            # knows ("les lois sur l'amendement … de la Loi sur …" of law 3/2022/QH15, round 22)
            resolved = versions[0].id
        if law.previous and resolved:
            # "la Constitution précédente", "the former Land Law": the version before the one meant otherwise
            resolved = _version_before(title, resolved)
        law.ref = replace(law.ref, resolved=resolved, resolved_from=source)
    return laws


def _replaced_not_yet(title: str, replaced: str, replacing: str, published: str) -> bool:
    """Whether the version a text names as replaced (or amended), the nearest before a year-less name, is still
    the one in force at the text's date, the replacing version adopted but taking effect later: the bare name
    then means the law as it stands (the contract's version in force), not the one still to take effect."""
    if replaced == replacing:
        return False
    in_force = tables.version_in_force(title, published)
    ahead = next((v for v in tables.law_versions().get(title, []) if v.id == replacing), None)
    return in_force is not None and in_force.id == replaced and ahead is not None and bool(ahead.in_force) \
        and ahead.in_force > published[:10]


def _version_before(title: str, resolved: str) -> str | None:
    """The id of the version of ``title`` the table lists before ``resolved`` (none when it lists none
    before it); ``resolved`` itself when it is no version of ``title`` the table lists."""
    versions = sorted(tables.law_versions().get(title, []), key=lambda v: v.year)
    ids = [v.id for v in versions]
    if resolved not in ids:
        return resolved
    at = ids.index(resolved)
    return ids[at - 1] if at else None


# how many days after a law's adoption a text still reports it (the press writes the same day or the next ones)
ADOPTION_NEWS_DAYS = 2


# how long after a law's adoption the press still calls it "the revised law" ("Luật … (sửa đổi)", "the … Law
# (amended)") when it reports the law taking effect: a draft of a further revision within a year is rare
REVISED_NEWS_DAYS = 366


def _last_day_of(published: str) -> _dt.date | None:
    """The last day a publication date may mean: the day itself, or the last of its month; none for a year
    alone (a text of 2017 may come before or after a law adopted that June)."""
    try:
        if len(published) >= 10:
            return _dt.date.fromisoformat(published[:10])
        if len(published) == 7:
            year, month = int(published[:4]), int(published[5:7])
            return _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
    except ValueError:
        pass
    return None


def _version_adopted_within(title: str, published: str, days: int, revisions: bool = True) -> tables.LawVersion | None:
    """The latest version of ``title`` the table has adopted at most ``days`` before ``published`` (a month
    alone: its last day, "2024-02" for a text of February 2024); with ``revisions``, a law amending it counts too."""
    on = _last_day_of(published)
    if on is None:
        return None
    # a law revised by a law amending some of its articles: that amending law is the revision the text means
    # ("la loi sur … (amendée et complétée)" in 2017, the 2017 law amending the 2009 law)
    revisions = tables.law_versions().get(f"{AMENDING_TITLE} {title}", []) if revisions else []
    versions = [v for v in tables.law_versions().get(title, []) + revisions if v.adopted]
    recent = [v for v in versions if 0 <= (on - _dt.date.fromisoformat(v.adopted)).days <= days]
    return max(recent, key=lambda v: v.adopted) if recent else None


def _version_taking_effect(title: str, day: str, published: str | None) -> tables.LawVersion | None:
    """The version in force on ``day``, the day a text says the law takes effect; none when that is the
    version in force already at the text's date though the day is later (a version the table lacks)."""
    version = tables.version_in_force(title, day)
    if version and published and day > published[:10] and version.in_force and version.in_force < day \
            and version == tables.version_in_force(title, published):
        return None
    return version


def _version_adopted_on(title: str, published: str) -> tables.LawVersion | None:
    """The version of ``title`` the law table says was adopted on the document's date (a full ISO
    date), or up to ``ADOPTION_NEWS_DAYS`` before it."""
    if len(published) < 10:
        return None
    try:
        day = _dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    for v in tables.law_versions().get(title, []):
        if v.adopted and 0 <= (day - _dt.date.fromisoformat(v.adopted)).days <= ADOPTION_NEWS_DAYS:
            return v
    return None


def _table_title(ref: Reference) -> str | None:
    version = tables.law_version_by_number().get(ref.id) if ref.number else None
    return version.title_vi if version else None


def _party_kind(issuer) -> str | None:
    if issuer is None:
        return None
    return "party" if issuer.family == "party" and issuer.kind in ("politburo", "party_secretariat", "party_central") else issuer.kind


def _implied(text: str, f: _Found, doc_type: str, num: str, year: int | None, named_issuer) -> Reference | None:
    """The symbol a type, number and named issuer imply (``implied_symbols.csv``): decrees are the
    Government's, a Politburo resolution is ``N-NQ/TW``, a ministry's circular ``N/YEAR/TT-<ministry>``."""
    kind = _party_kind(named_issuer)
    for row in tables.implied_symbols():
        if row["type"] != doc_type or (row["issuer_kind"] and row["issuer_kind"] != kind):
            continue
        if row["needs_year"] == "yes" and not year:
            continue
        issuer = named_issuer.code if row["issuer"] == "{issuer}" else row["issuer"]
        if row["issuer"] == "{legislature}":
            # a law's (or the Assembly's resolution's) number and year without its legislature ("Loi N°57/2024",
            # "Résolution No15/2008 de l'Assemblée nationale", round 20): the Assembly of that year
            issuer = tables.legislature_of(year)
            if issuer is None:
                continue
            if named_issuer is not None and named_issuer.code == "UBTVQH":
                issuer = "UBTV" + issuer  # its Standing Committee's resolutions: "1004/2015/UBTVQH13"
            ref_id = canonical.assembly_id(num, year, issuer)
            return Reference(start=f.start, end=f.end, text=text[f.start:f.end], id=ref_id, type=doc_type,
                             number=num, year=year, issuer=issuer, resolved=ref_id)
        if row["issuer_kind"] == "party":
            ref_id = canonical.party_id(num, row["code"], issuer)
            year = None
        else:
            # the Government's yearly resolutions carry no year in their official symbol (CONTRACTS: `106/NQ-CP`,
            # round 6's `19-2017/NQ-CP` → `19/NQ-CP`): the year written stays the reference's `year` only
            in_id = year if row.get("year_in_id", "yes") != "no" else None
            ref_id = canonical.state_id(num, in_id, row["code"], issuer)
        return Reference(start=f.start, end=f.end, text=text[f.start:f.end], id=ref_id, type=doc_type,
                         number=num, year=year, issuer=issuer, resolved=ref_id)
    return None


def _unique(candidates: list[_Found], position: int, earlier_only: bool = False) -> _Found | None:
    """The first full reference among candidates when they all carry one id; earlier ones win."""
    earlier = [c for c in candidates if c.start < position]
    pool = earlier or ([] if earlier_only else candidates)
    if not pool or len({c.ref.id for c in pool}) != 1:
        return None
    return min(pool, key=lambda c: c.start)


def _nearest(candidates: list[_Found], position: int) -> _Found | None:
    """The full reference named last before ``position``."""
    earlier = [c for c in candidates if c.start < position]
    return max(earlier, key=lambda c: c.start) if earlier else None


def _nearest_short_target(candidates: list[_Found], position: int, year: int | None) -> _Found | None:
    """A short repeat (``Nghị quyết 19``) after several full references of that number: the one
    written as the short is (a number without a year means the symbol without one, ``19/NQ-CP``,
    not ``19/2017/NQ-CP``) when the earlier ones so written are one document; else none (two
    decrees 67 of different years leave ``Nghị định 67`` ambiguous)."""
    alike = [c for c in candidates if c.start < position and c.ref.year == year]
    if alike and len({c.ref.id for c in alike}) == 1:
        return _nearest(alike, position)
    return None


def find_references(text: str, *, province_code: str | None = None, lang: str | None = None,
                    published: str | None = None) -> list[Reference]:
    """Every reference to a legal document in ``text``, sorted by position.

    ``published`` (an ISO date, month or year) is the document's date: a law named without its year
    resolves to the version then in force.

    ``province_code`` gives documents of a People's Committee or Council their province (``@01``);
    without it, the province the text names for them (``_provinces_from_text``)."""
    urls = [(m.start(), m.end()) for m in URL.finditer(text)]
    numbered = _numbered(text, province_code, urls)
    blocked = urls + [(f.start, f.end) for f in numbered]
    folded = grammar.fast_fold(text)
    laws = _merge_titles(text, numbered, _laws(text, folded, blocked))
    laws = sorted(laws + _amending_before_numbers(text, folded, numbered, laws), key=lambda f: f.start)
    laws = sorted(laws + _listed_under_one_head(text, folded, laws, blocked, lang), key=lambda f: f.start)
    laws = _named_again_in_parentheses(text, laws)  # before the short names: "Law on Enterprises (2020 LOE)" keeps both
    laws = sorted(laws + _defined_short_names(text, laws, urls + [(f.start, f.end) for f in numbered], numbered),
                  key=lambda f: f.start)
    blocked = urls + [(f.start, f.end) for f in numbered] + [(f.start, f.end) for f in laws]
    # "… hết hiệu lực kể từ ngày Nghị định này có hiệu lực": that "Nghị định này" is the text's own document
    for f in numbered + laws:
        if after := grammar.relation_after_pattern().match(text, _tail(text, f.ref)):
            blocked.append((after.start(), after.end()))
    shorts = _shorts(text, blocked)
    own = _own_document(text, numbered)
    shorts = sorted(shorts + _own_repeats(text, own, shorts, blocked), key=lambda f: f.start)
    resolved = _resolve(text, numbered + shorts, numbered, laws, published, own)
    refs = _relations_with_lists(text, resolved)
    refs = [_guided_version(r, published) for r in refs]
    if province_code is None:
        refs = _provinces_from_text(text, refs, lang)
    # after the numbers get their laws' titles: an alias is matched to the law its number names
    refs = _aliases_dated_by_their_number(text, [_numbered_resolved(r) if r.number else r for r in refs])
    return _number_short_forms(text, refs, urls)


# a short form a text defines in quotes and brackets right after a numbered reference: "(“Law No. 03”)"
DEFINED_SHORT_FORM = re.compile(r"\s*\(\s*(?P<form>[“”\"‘'«]\s?(?P<alias>[^“”\"‘’'«»()/\n]{2,40}?)\s?[”\"’'»])\s*\)")


# the spaces after a reference (a match, not a copy of the text's rest for each reference)
_SPACES = re.compile(" *")


def _after_own_issue_date(text: str, ref: Reference) -> int:
    """Where a short form defined for ``ref`` may open: right after it, or after the issue day it was dated by
    when that day follows it (``Thông tư 78/2021/TT-BTC ngày 17/09/2021 (“Thông Tư 78”)``, ``Decree No.
    23/2021/ND-CP dated 19 March 2021 (“Decree 23”)``, ``décret n° 152/2020/ND-CP du 30 décembre 2020 (« décret
    152 »)``, round 24); another day between (a day of taking effect) opens none."""
    dated = _date_at(text, _SPACES.match(text, ref.end).end()) if ref.issued else None
    return dated[1] if dated and dated[0].isoformat() == ref.issued else ref.end


def _number_short_forms(text: str, refs: list[Reference], urls: list[tuple[int, int]]) -> list[Reference]:
    """A short form the text defines for a numbered document right after it, holding the document's number
    (``Law No. 03/2022/QH15 (“Law No. 03”)``, round 22): the form, quotes included, and each later use of it are
    references to that document, as eyecite reads a defined short form. A form that holds no number of the
    document (``(“LOI 2020”)``) is a short name of a law, left to the law's names."""
    taken = _Spans([(r.start, r.end) for r in refs] + urls)
    out = list(refs)
    for ref in refs:
        if not ref.number or not ref.number.isdigit():
            continue
        defined = DEFINED_SHORT_FORM.match(text, _after_own_issue_date(text, ref))
        if not defined or not re.search(rf"(?<![\d/])0*{ref.number}(?![\d/])", defined.group("alias")):
            continue
        alias = defined.group("alias").strip()
        short = replace(ref, relation="cites", issued=None, resolved_from=ref.start)
        form = replace(short, start=defined.start("form"), end=defined.end("form"), text=defined.group("form"))
        # the form inside its quotes may already be read as a short form of the same document ("Decree 76" in
        # "(“Decree 76”)"): one mention, the form with its quotes
        out = [r for r in out if not (r.id == ref.id and form.start <= r.start and r.end <= form.end)]
        out.append(form)
        for use in re.finditer(rf"(?<!\w){re.escape(alias)}(?![\w/])", text[defined.end():]):
            start, end = defined.end() + use.start(), defined.end() + use.end()
            if not taken.overlaps(start, end):
                out.append(replace(short, start=start, end=end, text=text[start:end]))
    return sorted(out, key=lambda r: r.start)


def _guided_version(ref: Reference, published: str | None) -> Reference:
    """A year-less law a text guides or details, resolved to the version in force at the text's date
    while a later one is adopted and not yet in force, means that later one: a decree detailing "Luật Đất
    đai" in May 2014 details the 2013 law adopted in November 2013 and in force from July 2014, not the
    2003 law it replaces (round 13). A version the text names with its year keeps its own."""
    if ref.relation != "guides" or ref.number or ref.year is not None or not ref.title or not published \
            or ref.resolved is None or ref.resolved_from is not None:
        return ref
    in_force = tables.version_in_force(ref.title, published)
    if in_force is None or in_force.id != ref.resolved:
        return ref
    day = published[:10]
    coming = [v for v in tables.law_versions().get(ref.title, [])
              if v.adopted and v.adopted <= day and v.in_force and v.in_force > day and v.year > in_force.year]
    return replace(ref, resolved=max(coming, key=lambda v: v.adopted).id) if coming else ref


def _numbered_resolved(ref: Reference) -> Reference:
    """A numbered reference resolves to itself; a law's number known to the law table takes its
    title and kind (``31/2024/QH15`` is ``Luật Đất đai``), so that its name and number meet."""
    title, doc_type = ref.title, ref.type
    version = tables.law_version_by_number().get(ref.id)
    if version is not None:
        title = version.title_vi
        known = tables.law_title_by_name().get(title)
        doc_type = known.type if known else "law"  # an amending law: "Luật sửa đổi, bổ sung … của X"
    if ref.resolved == ref.id and title == ref.title and doc_type == ref.type:
        return ref
    return replace(ref, resolved=ref.id, title=title, type=doc_type)


# how far from a local document its issuer is looked for, within the document's sentence
ISSUER_WINDOW = 120
SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")
# the first letter of the next line, spaces within the line skipped
LINE_CONTINUES = re.compile(r"[^\S\n]*([^\W\d_])")


@lru_cache(maxsize=1)
def _committee_words() -> re.Pattern[str]:
    """The local issuers in words and symbols (``UBND``, ``Ủy ban nhân dân``, ``People's
    Committee``, ``comité populaire``, ``folkkommittén``/``folkkommitté``) from the issuer table."""
    words = set()
    for issuer in tables.issuers():
        if issuer.kind == "local":
            words.add(issuer.code)
            words.update(issuer.names.values())
    # the Swedish definite ending: folkkommittén, folkkommittéerna, folkkommitté
    stems = sorted({re.sub(r"(?<=é)n$", "", w) for w in words}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in stems)})", re.IGNORECASE)


def _sentence_ends(text: str, lo: int, hi: int):
    """The sentence ends between ``lo`` and ``hi``: a line break counts as one unless the next line opens
    with a lower-case letter, where a legal database broke one sentence into short lines (``Thủ tướng
    Chính\nphủ đã ban hành Chỉ thị số …``)."""
    for m in SENTENCE_END.finditer(text, lo, hi):
        if m.group() == "\n" and (nxt := LINE_CONTINUES.match(text, m.end())) and nxt.group(1).islower():
            continue
        yield m


def _sentence_bounds(text: str, start: int, end: int, window: int = ISSUER_WINDOW) -> tuple[int, int]:
    before = max((m.end() for m in _sentence_ends(text, max(0, start - window), start)), default=max(0, start - window))
    after = next(_sentence_ends(text, end, min(len(text), end + window)), None)
    return before, after.start() if after else min(len(text), end + window)


def _provinces_from_text(text: str, refs: list[Reference], lang: str | None) -> list[Reference]:
    """Documents of a People's Committee or Council on a page whose province is not known take the
    province the text names for their issuer: a committee named with its province in the sentence of
    the document's first full mention, after it (``Quyết định số 2122/QĐ-UBND của UBND tỉnh Lào Cai``)
    or before it (``UBND tỉnh Lào Cai ban hành Quyết định số 2122/QĐ-UBND``); else the only province
    the whole text names. The code is the named province's own (the 63-province code of a province
    merged in 2025: the document was issued by it), in the 2025 scheme for a document issued after the
    merger (a mention dated from 1 July 2025, or a later year). Without either, the id keeps no suffix."""
    local = [r for r in refs if canonical.is_local(r.issuer) and "@" not in r.id]
    if not local:
        return refs
    from nlp.provinces import find_provinces

    mentions = find_provinces(text, lang)
    if not mentions:
        return refs
    codes = {m.code for m in mentions}
    only_code = next(iter(codes)) if len(codes) == 1 else None
    committee = _committee_words()
    province_of: dict[str, str] = {}
    for ref in sorted(local, key=lambda r: (r.resolved_from is not None, r.start)):
        if ref.id in province_of:
            continue
        first, last = _sentence_bounds(text, ref.start, ref.end)
        after = [m for m in mentions if ref.end <= m.start and m.end <= last
                 and committee.search(text, ref.end, m.start)]
        before = [m for m in mentions if first <= m.start and m.end <= ref.start
                  and committee.search(text, first, m.start)]
        named = _header_place(text, ref, mentions) or (after[0].code if after else (before[-1].code if before else None))
        if named:
            province_of[ref.id] = named
    for ref in sorted(local, key=lambda r: (r.resolved_from is not None, r.start)):
        # weaker cues, for a document no mention of which the committee or the header names
        if ref.id in province_of:
            continue
        if named := _designated_after(ref, mentions, _sentence_bounds(text, ref.start, ref.end)[1], refs) or only_code:
            province_of[ref.id] = named
    from nlp.agencies import MERGER_DATE
    from nlp.provinces import to_scheme

    for ref_id, code in province_of.items():
        # a document issued after the July 2025 merger is the merged province's: its code in the 2025 scheme
        if any(r.id == ref_id and ((r.issued or "") >= MERGER_DATE or (r.year or 0) > int(MERGER_DATE[:4]))
               for r in local):
            province_of[ref_id] = to_scheme(code, "2025") or code
    return [replace(r, id=f"{r.id}@{province_of[r.id]}") if r in local and r.id in province_of else r for r in refs]


def _header_place(text: str, ref: Reference, mentions: list) -> str | None:
    """The province a local text's own header names as its place, between its symbol and its date: ``Số:
    97/NQ-HĐND | Hà Giang, ngày 10 tháng 7 năm 2024`` (round 22b); a capital named otherwise (``Tam Kỳ, ngày …``)
    names none."""
    if not _in_header(text, ref.start) or not (gap := grammar.header_date_gap_pattern().match(text, ref.end)):
        return None
    return next((m.code for m in mentions if gap.start() <= m.start and m.end <= gap.end()), None)


def _designated_after(ref: Reference, mentions: list, last: int, refs: list[Reference]) -> str | None:
    """The province written with its designator after a local document in its sentence, no other document
    between: the item of a legal database's related list, ``Quyết định 672/QĐ-UBND phê duyệt … huyện Sơn Động,
    tỉnh Bắc Giang``, ``Nghị quyết 26/NQ-HĐND năm 2024 thông qua … thành phố Cần Thơ`` (round 22b); one province
    only."""
    designated = [m for m in mentions if ref.end <= m.start and m.end <= last and m.designated]
    if not designated or len({m.code for m in designated}) > 1 \
            or any(ref.end <= other.start < designated[0].start for other in refs):
        return None  # "… chủ trương hợp nhất tỉnh Đắk Lắk và tỉnh Phú Yên": two provinces, neither is the issuer's
    return designated[0].code


# how long the title of an item of a semicolon list may run before the next item
SEMICOLON_ITEM_WINDOW = 300


@lru_cache(maxsize=1)
def _semicolon_item_gap() -> re.Pattern[str]:
    """The rest of a list item's title up to a semicolon, or a comma (``… năm 2015, Quyết định số …``,
    round 20), and the next item right after it: no sentence end (a full stop before a space) and no
    paragraph break on the way; an item opening with a cue of its own (``; căn cứ …``) is no item of
    the list, nor a document after a comma and other words (``…, UBND tỉnh ban hành Kế hoạch số …``)."""
    return re.compile(r"(?:[^;.\n]|\.(?!\s)|\n(?![^\S\n]*\n))*[;,]\s*"
                      rf"(?:(?:{grammar.joined_words('list_item_articles')})\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _semicolon_list_opener() -> re.Pattern[str]:
    """The implementing words that open a clause (a line, or after a full stop or colon) whose items, set off
    by semicolons, are all implemented (lang/<code>/grammar.json ``semicolon_list_openers``: ``Thực hiện``,
    ``Nhằm thực hiện``); where a semicolon ends the clause instead (English ``To implement A; Decree B
    applies``), none."""
    return re.compile(rf"(?:^|(?<=[.:] ))[^\S\n]*(?:[|\-–—•+*][^\S\n]*)?(?:{grammar.joined_words('semicolon_list_openers')})(?!\w)",
                      re.IGNORECASE | re.MULTILINE)


def _opens_a_semicolon_list(text: str, cue: re.Match[str]) -> bool:
    """Whether the relation cue ``cue`` is (or ends) the words opening such a clause."""
    return any(m.end() >= cue.start() for m in _semicolon_list_opener().finditer(text, max(0, cue.start() - 30), cue.end()))


@lru_cache(maxsize=1)
def _serial_list_end() -> re.Pattern[str]:
    """A semicolon and the conjunction of a list's last item (``; and the PCC’s Conclusion …``), or the sentence's
    end (a full stop before a space, a line break) before it; group ``last`` says which came first."""
    return re.compile(rf"(?P<last>;\s*(?:{grammar.joined_words('serial_list_last_joiners')})\s)|[.!?](?:\s|$)|\n", re.IGNORECASE)


@lru_cache(maxsize=1)
def _serial_item_gap() -> re.Pattern[str]:
    """The rest of an item's title up to its semicolon, the last item's conjunction, and the words a relation's
    cue may have before its document (``the 12th-tenure PCC’s``, relation_fillers.txt): the next item right after."""
    fillers = "|".join(f"(?:{w})" for w in tables.relation_fillers())
    return re.compile(rf"(?:[^;.\n]|\.(?!\s))*;\s*(?:(?:{grammar.joined_words('serial_list_last_joiners')})\s+)?"
                      rf"(?:(?:{fillers})\s+)*", re.IGNORECASE)


def _opens_a_serial_list(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue in mid-sentence heads items set off by semicolons, the last after a conjunction (``has
    implemented A, …; B, …; and C``): a semicolon then joins items rather than ending the clause."""
    end = _serial_list_end().search(text, cue.end())
    return bool(end and end.group("last") and ";" in text[cue.end():end.start()])


# a list item's mark opening a line: a dash or bullet, a letter or a number with its bracket or stop
LINE_ITEM_MARK = re.compile(r"[ \t]*(?:[-–—•+*]|[a-zđ]\)|\d{1,2}[.)])\s")


def _heads_a_line_list(cue: re.Match[str]) -> bool:
    """Whether a relation cue ends in a colon and a line break: it heads a list of items, one a line."""
    return bool(re.search(r":\s*\n", cue.group()))


def _next_line_item(text: str, previous_tail: int, opening: int) -> bool:
    """Whether a reference is the first of a further item line of a list: its line, and every line since the
    previous reference's, opens with an item's mark (a line without one ends the list)."""
    line_start = text.rfind("\n", 0, opening) + 1
    if line_start <= previous_tail or not LINE_ITEM_MARK.match(text, line_start):
        return False
    between = text.find("\n", previous_tail) + 1
    return all(LINE_ITEM_MARK.match(line) for line in text[between:line_start].splitlines())


# between a law's name and its number in brackets after it: "Law on Enterprises 2014 (68/2014/QH13)"
BRACKET_OPENING = re.compile(r"\s*\(\s*")


def _relations_with_lists(text: str, found: list[_Found]) -> list[Reference]:
    refs: list[Reference] = []
    pattern = grammar.relation_pattern()
    previous: Reference | None = None
    previous_tail = 0
    in_title: Reference | None = None  # the numbered law whose amending title names the laws being read
    semicolon_list = False  # the last cue opens its clause with the words that head a list of items set off by semicolons
    serial_list = False  # the last cue, in mid-sentence, heads items set off by semicolons, the last after a conjunction
    headed_list: str | None = None  # the relation of a cue ending in a colon over items each on its own line
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        ref = f.ref
        if refs and ref.start < refs[-1].end:
            continue  # a merged title already covers it
        # a law's number after its name as English writes it ("… of the Land Law No. 31/2024/QH15"): the cue
        # and the list stand before the name
        opening = _title_opening(text, f) if ref.number and ref.type in ("law", "code", "ordinance") else ref.start
        cue = _relation_cue(pattern, text, opening)
        if cue and _cue_ends_a_heading(text, cue):
            cue = None  # "Điều 2. Hiệu lực thi hành\n\nQuyết định này có hiệu lực …": the article's title, no cue
        relation = None
        if cue:
            relation = next(k.split("_")[0] for k, v in cue.groupdict().items() if v is not None)
            semicolon_list = relation == "implements" and _opens_a_semicolon_list(text, cue)
            serial_list = relation in ("implements", "guides") and _opens_a_serial_list(text, cue)
            headed_list = relation if _heads_a_line_list(cue) else None
        elif (previous is not None and previous.number is None and ref.number and ref.type == "law"
              and previous_tail <= opening and BRACKET_OPENING.fullmatch(text, previous_tail, opening)):
            # a law's number in brackets right after its name is the same law: the name's relation ("superseding
            # the Law on Enterprises 2014 (68/2014/QH13)", round 25)
            relation = previous.relation
        elif (previous is not None and previous_tail <= opening and _list_gap().match(text[previous_tail:opening])
              and (previous.number is None) == (ref.number is None)):  # a list holds one kind: numbers or titles
            relation = previous.relation  # "implementing Resolutions No. 20-NQ/TW and 68-NQ/TW": both
        elif (semicolon_list and previous is not None and previous.relation == "implements" and previous_tail <= opening
              and opening - previous_tail <= SEMICOLON_ITEM_WINDOW and _semicolon_item_gap().fullmatch(text, previous_tail, opening)):
            # the items an implementing cue opens, separated by semicolons, each with its own title ("Thực hiện
            # Quyết định số … phê duyệt Đề án …; Kế hoạch số … của Bộ …, UBND tỉnh ban hành …", round 17b)
            relation = previous.relation
        elif (serial_list and previous is not None and previous.relation in ("implements", "guides")
              and previous_tail <= opening and opening - previous_tail <= SEMICOLON_ITEM_WINDOW
              and _serial_item_gap().fullmatch(text, previous_tail, opening)):
            # "has strictly implemented the Politburo’s Directive No.35-CT/TW, …; the 12th-tenure PCC’s Resolution
            # No.18-NQ/TW …; and the PCC’s Conclusion No.123-KL/TW": each item (round 20b's open item)
            relation = previous.relation
        elif headed_list and previous is not None and _next_line_item(text, previous_tail, opening):
            # "… remplace les règlements suivants:\n– Décret n° 04/CP …;\n– … le décret n° 12/CP …": the first
            # document of each further item line under the heading (round 23b)
            relation = headed_list
        elif after := grammar.relation_after_pattern().match(text, _tail(text, ref)):
            # "Luật Quốc phòng số 39/2005/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực": replaced
            relation = next(k.split("_")[0] for k, v in after.groupdict().items() if v is not None)
        if relation and relation != ref.relation:
            ref = replace(ref, relation=relation)
        # the laws an amending law's title names, that law cited by its number ("Luật số 47/2019/QH14 … sửa
        # đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật …"), are no references of their own: the
        # title is one document's, as when the amending law is cited by its title (README "Laws cited by name")
        opens_title = cue is not None and previous is not None and _names_in_a_numbered_laws_title(
            text, previous, previous_tail, cue.start()) and bool(_amending_title_words().search(text, cue.start(), opening))
        goes_on = (in_title is not None and previous is not None and previous.number is None
                   and previous_tail <= opening and bool(_list_gap().match(text[previous_tail:opening])))
        if ref.number is None and relation == "amends" and (opens_title or goes_on):
            in_title = in_title or previous
            previous, previous_tail = ref, _tail(text, ref)
            continue
        in_title = None
        refs.append(ref)
        previous = ref
        previous_tail = _tail(text, ref)
    return refs


# what may stand between a law's number and its amending title: its day and its issuer ("Luật số 47/2019/QH14
# ngày 22 tháng 11 năm 2019 của Quốc hội sửa đổi …"), no sentence's end
TITLE_FILLER_CHARS = 40


@lru_cache(maxsize=1)
def _amending_title_words() -> re.Pattern[str]:
    """The 'some articles' words of an amending law's title in every language (``amending_title_words``)."""
    words = [w for lang in tables.grammar_words().values() for w in lang.get("amending_title_words", [])]
    return re.compile("|".join(f"(?:{w})" for w in words) or "(?!)", re.IGNORECASE)


def _names_in_a_numbered_laws_title(text: str, previous: Reference, tail: int, cue_start: int) -> bool:
    """Whether an amending cue right after a law cited by its number opens that law's own title."""
    if previous.number is None or previous.type not in ("law", "code", "ordinance") or not re.search(r"\d", previous.text):
        return False  # "Luật này sửa đổi, bổ sung một số điều của Luật …": the enacting sentence, its object a reference
    gap = text[tail:cue_start]
    return len(gap) <= TITLE_FILLER_CHARS and not re.search(r"[.;:]|\n\s*\n", gap)


@lru_cache(maxsize=1)
def _shared_day_joiner() -> re.Pattern[str]:
    """A list's conjunction (and its article) between two laws' names that lets the second share the first
    one's adoption day (``list_conjunctions``, ``list_item_articles`` in lang/<code>/grammar.json)."""
    conjunctions, articles = grammar.joined_words("list_conjunctions"), grammar.joined_words("list_item_articles")
    return re.compile(rf"\s+(?:{conjunctions})\s+(?:(?:{articles})\s+)?\Z", re.IGNORECASE)


def _shared_adoption_day(text: str, found: list[_Found], start: int, title: str) -> str | None:
    """The adoption day of the law named right before, joined by a bare conjunction, when the table has a
    version of ``title`` adopted on that very day (two laws adopted together; never a guess)."""
    laws = [f for f in found if f.kind == "law" and f.end <= start]
    if not laws:
        return None
    before = max(laws, key=lambda f: f.end)
    day = before.ref.issued
    if not day or not _shared_day_joiner().match(text[before.end:start]):
        return None
    versions = tables.law_versions().get(title, [])
    return day if any(v.adopted == day for v in versions) else None


def _cue_ends_a_heading(text: str, cue: re.Match[str]) -> bool:
    """Whether a relation cue ends an article's heading line (``Điều 2. Hiệu lực thi hành``, ``Article 5.
    Implementation``): the document on the next line is no object of it (``article_heading_words`` in
    lang/<code>/grammar.json)."""
    key = next(k for k, v in cue.groupdict().items() if v is not None)
    if "\n" not in text[cue.end(key):cue.end()]:
        return False
    line_start = text.rfind("\n", 0, cue.start(key)) + 1
    return bool(grammar.article_heading_pattern().match(text, line_start, cue.start(key)))


def _tail(text: str, ref: Reference) -> int:
    """Where a reference's own words end: after its issue date when it has one."""
    if ref.issued:
        _, end = _issue_date(text, ref.end, ref.year)
        return end
    return ref.end
