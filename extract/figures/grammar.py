"""The figure grammar: a number, read in its language, with what surrounds it.

    [qualifier] [range opening] [currency sign] NUMBER [scale] [% ] [join NUMBER [scale]] [unit] [/per] [qualifier after]
    "more than"                 "$"           "35,000"                                "cooperatives"
    "khoảng"     "từ"                          "5"              "-"  "7"                "%"
    "cirka"                                    "45"    "miljoner"                      "VND" "/år"

Each number token is first tested against what makes it NOT a figure (a date, a time, a phone number,
a document symbol, a list marker, an ordinal, an article number, a slogan, a year, a period); the
words that decide this are per-language data (``lang/<code>/cues.json``).
"""
from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Callable, Iterable, NamedTuple

from extract.figures.lexicon import Lexicon, data_path, key, lexicon
from extract.figures.numbers import NUMBER_NO_SPACE_RE, NUMBER_RE, document_convention, proven_thousands, read_number
from extract.figures.words import find_word_numbers, words
from extract.models import Figure
from nlp import languages

_WORD = r"[^\W_]"
# in a qualifier's "not_after" list: any number right before it ("47 trên 127" is 47 out of 127)
NUMBER_BEFORE = "<number>"
_HSPACE = " \t\u00a0\u202f\u2009"


def _cue_words(key_: str) -> list[str]:
    """Every language's words under ``key_`` of its lang/<code>/cues.json (a key a language may leave out)."""
    return [word for lang in languages.codes()
            for word in json.loads(data_path(lang, "cues.json").read_text(encoding="utf-8")).get(key_, [])]


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, words)) or "(?!x)x"


def _joiners(key_: str) -> str:
    """Every language's words under ``key_`` of its lang/<code>/cues.json, as regex alternatives."""
    return _alternatives(_cue_words(key_))


# Spans that are not figures whatever their words: each branch with an example beside it. The symbols
# (h, ha, m2) are here; the words of a language (Vietnamese g, giờ, tấn) in its cues.json.
NOT_FIGURE_RE = re.compile(
    r"""
      (?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\w/])      # 03/12/2025 | 1.1.2018 | 3-10-2016
    | (?<![\w/.,])\d{1,2}/\d{1,2}(?![\d/])                      # 11/7 (a day and month)
    | (?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?!\d)                  # 14:00 | 8:30:15
    | (?<![\w])\d{1,2}\s?[h""" + "".join(map(re.escape, _cue_words("clock_hour_letters"))) + r"""]\s?\d{0,2}(?![^\W\d_])(?!\s?(?:ha|m2"""
    + "".join("|" + re.escape(w) for w in _cue_words("clock_not_before")) + r""")\b)  # 8h30 | 14h | 8g30 | 8 h 30
    | (?<![\w])\d{1,2}\ (?:""" + _alternatives(_cue_words("clock_hour_words")) + r""")\ \d{1,2}(?!\d)                            # 8 giờ 30
    | (?<![\w+])(?:\+\s?\d{2,3}|\(\d{2,4}\)|0\d{1,3})(?:[\ .-]?\d{2,4}){2,4}(?!\d)  # +84 24 3845 1234 | (024) 3823 4567 | 0912 345 678
    """,
    re.VERBOSE,
)
_PHONE_MIN_DIGITS = 9

# a number repeated in words in parentheses: "6 (sáu) năm", "01 (một) năm"
_SPELLED_OUT_RE = re.compile(r"[ \t]*\((?:[^\W\d_A-ZĐ][^\W\d_]*[ \t]?){1,3}\)")
# numbers listed after a cue word: "mỏ kè số 5, 6, 7", "Điều 5, 6 và 7", "Phát điện 1, 2, 3"
# (a number may carry a list letter: "5a", Vietnamese "5đ", language.json list_letters)
_LIST_LETTERS = re.escape("".join(sorted({letter for lang in languages.registry().values() for letter in lang.list_letters})))
_ENUMERATION_TAIL_RE = re.compile(rf"(?:\d{{1,4}}[a-z{_LIST_LETTERS}]?[ \t]*(?:,|;|{_joiners('enumeration_joiners')})[ \t]*)+$")
# a month and year after a month word: "tháng 3.2017", "tháng 8,2015"
_MONTH_YEAR_RE = re.compile(r"(?:0?[1-9]|1[0-2])[.,](?:19|20)\d\d")
_OPENING_QUOTES = "\"“«‘„'"
# the comma between the items of a list of numbers that share one noun (12, 15 and 20 projects); the space
# after it tells it from a decimal or thousands comma (2,8; 35,000), which belongs to the number
_LIST_COMMA_RE = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]+(?=\d)")
_THOUSANDS_COMMA_RE = re.compile(r"\d{1,3},\d{3}")
_PER_RE = re.compile(r"[ \t]*/[ \t]*(?P<per>[^\W\d_][\w'’-]*(?:[ \t]*/[ \t]*[^\W\d_][\w'’-]*)*)")
_NOUN_TOKEN_RE = re.compile(
    r"""[\ \t\u00a0]*(?P<word>
        [^\W\d_][\w'’]*-[\ \t]+(?:""" + _joiners("compound_joiners") + r""")[\ \t]+[^\W\d_][\w'’-]*   # produktions- och affärskooperativ
      | (?:\d+-)?[^\W\d_][\w'’-]*                                                   # cooperatives | 5-stjärniga | OCOP-produkter
    )""",
    re.VERBOSE,
)


@dataclass
class Token:
    start: int
    end: int
    text: str
    lang: str
    # set for numbers not written as plain digits (words, fractions, spoken decimals): their value read already
    value: Decimal | None = None
    scale: Decimal | None = None
    scale_word: str | None = None
    share: bool = False  # half of, một nửa, 1/5 of: a share of something, with no unit of its own


def number_tokens(text: str, language_at: Callable[[int], str]) -> list[Token]:
    """Every number in ``text``; digits grouped by plain spaces only where the language does so."""
    tokens: list[Token] = []
    pos = 0
    while True:
        match = NUMBER_RE.search(text, pos)
        if not match:
            return tokens
        lang = lexicon(language_at(match.start())).lang
        if " " in match.group() and not lexicon(lang).space_thousands:
            match = NUMBER_NO_SPACE_RE.match(text, match.start()) or match
        tokens.append(Token(match.start(), match.end(), match.group(), lang))
        pos = match.end()


# a number glued to the lower-case word before it, as pages that lost a line break write it ("or19.6
# percent", "plus de625.000 hectares"); NUMBER_RE refuses it (the tail of a word: m2, C67, H5N1)
# (the digit tested first: one test at a position that is none, the same matches)
_AFTER_WORD_RE = re.compile(r"(?=\d)(?<=[^\W\d_]{2})\d")
_BODY_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*")
_BODY_NO_SPACE_RE = re.compile(r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*")


def glued_to_word_tokens(text: str, language_at: Callable[[int], str]) -> list[Token]:
    """Numbers glued to a lower-case word of two letters or more, read only where a percent, a measure,
    a scale word or a currency follows (what makes them a quantity whatever the word before: a code
    like h5n1, covid19 or a unit's own digits, km2, has none of these after it)."""
    tokens: list[Token] = []
    for match in _AFTER_WORD_RE.finditer(text):
        start = match.start()
        word_start = start
        while word_start and (text[word_start - 1].isalpha()):
            word_start -= 1
        word = text[word_start:start]
        if not word.islower() or (word_start and text[word_start - 1].isdigit()):
            continue
        lex = lexicon(language_at(start))
        measure = lex.measure_re.match(word)
        if measure and measure.end() == len(word):
            continue  # km2, m3: the unit's own digits
        body = (_BODY_RE if lex.space_thousands else _BODY_NO_SPACE_RE).match(text, start)
        end = body.end()
        scale = lex.scale_re.match(text, end)
        if (lex.percent_re.match(text, end) or lex.measure_re.match(text, end) or lex.currency_re.match(text, end)
                or (scale and scale.group().strip())):
            tokens.append(Token(start, end, body.group(), lex.lang))
    return tokens


# a fraction in digits (1/5 before 'of'; 2 1/2 before a word) and fraction signs (½, 2½)
_DIGIT_FRACTION_RE = re.compile(r"(?=\d)(?<![\w/.,-])(?:(?P<whole>\d{1,4})[ \u00a0])?(?P<num>\d{1,2})/(?P<den>\d{1,3})(?![\w/]|[.,]\d)")
_FRACTION_SIGNS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_SIGN_FRACTION_RE = re.compile(rf"(?<![\w.,])(?P<whole>\d{{1,4}})?(?P<sign>[{_FRACTION_SIGNS}])(?![\d{_FRACTION_SIGNS}])")
_LANGUAGE_PROBE_STEP = 1500


def special_tokens(text: str, language_at: Callable[[int], str], digit_tokens: list[Token]) -> list[Token]:
    """Numbers not written as plain digits: words (hai mươi lăm, three, deux millions), shares (half
    of, một phần ba, 1/5 of), mixed numbers and fraction signs (2 1/2, 2½), spoken decimals (2 chấm 23)."""
    found: list[Token] = []
    languages = {t.lang for t in digit_tokens}
    languages.update(lexicon(language_at(p)).lang for p in range(0, max(1, len(text)), _LANGUAGE_PROBE_STEP))
    for lang in sorted(languages):
        for number in find_word_numbers(text, lang):
            if lexicon(language_at(number.start)).lang != lang:
                continue
            scale = Decimal(str(number.scale)).normalize() if number.scale else None
            value = Decimal(str(number.value))
            found.append(Token(number.start, number.end, text[number.start:number.end], lang,
                               value=(value / scale) if scale else value, scale=scale, scale_word=number.scale_word,
                               share=number.fraction))
    # fractions and spoken decimals start where a number starts: tried there only
    at_numbers = [m for m in (_DIGIT_FRACTION_RE.match(text, t.start) for t in digit_tokens) if m]
    for match in at_numbers:
        numerator, denominator = int(match.group("num")), int(match.group("den"))
        if not 0 < numerator < denominator:
            continue
        lex = lexicon(language_at(match.start()))
        if match.group("whole"):
            if not re.match(r"[ \t\u00a0]+[^\W\d_]", text[match.end():match.end() + 3]):
                continue  # 2 1/2 years; a bare "3 1/2" may be a table cell or a reference
            value = int(match.group("whole")) + Decimal(numerator) / Decimal(denominator)
            share = False
        elif lex.fraction_needs_after_re.match(text, match.end()):
            value, share = Decimal(numerator) / Decimal(denominator), True  # 1/5 of the budget
        else:
            continue  # 1/5: a day and month
        found.append(Token(match.start(), match.end(), match.group(), lex.lang, value=value, share=share))
    if any(ch in text for ch in _FRACTION_SIGNS):
        for match in _SIGN_FRACTION_RE.finditer(text):
            value = Decimal(str(unicodedata.numeric(match.group("sign")))) + int(match.group("whole") or 0)
            found.append(Token(match.start(), match.end(), match.group(), lexicon(language_at(match.start())).lang,
                               value=value, share=not match.group("whole")))
    for lang in languages:
        lex = lexicon(lang)
        for match in lex.multiple_re.finditer(text) if lex.multiples else ():
            word = key(match.group())
            following = re.match(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)", text[match.end():match.end() + 40])
            if word in lex.multiples_before_stop and following and key(following.group(1)) not in lex.unit_stops:
                continue  # le double langage, twice daily: an adjective or an adverb, no ratio of a quantity
            if lexicon(language_at(match.start())).lang == lang:  # presque le double, gần gấp đôi: a ratio, read as a share
                found.append(Token(match.start(), match.end(), match.group(), lang,
                                   value=Decimal(str(lex.multiples[key(match.group())])).normalize(), share=True))
        if not lex.decimal_words or not any(w in text for w in lex.decimal_words):
            continue
        for match in filter(None, (lex.spoken_decimal_re.match(text, t.start) for t in digit_tokens)):
            if lexicon(language_at(match.start())).lang == lang:
                found.append(Token(match.start(), match.end(), match.group(), lang,
                                   value=Decimal(f"{int(match.group(1))}.{match.group(2)}")))
    found.sort(key=lambda t: (t.start, -t.end))
    out: list[Token] = []
    for token in found:  # the first and longest of overlapping readings
        if not out or token.start >= out[-1].end:
            out.append(token)
    return out


def _without_overlaps(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """``tokens`` that overlap none of the sorted, disjoint ``spans``."""
    starts = [s for s, _ in spans]
    kept = []
    for token in tokens:
        i = bisect.bisect_right(starts, token.start) - 1
        if any(0 <= j < len(spans) and spans[j][0] < token.end and token.start < spans[j][1] for j in (i, i + 1)):
            continue
        kept.append(token)
    return kept


def _excluded_spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Dates, times and phone numbers, tried only where a number starts (a scan of the whole text
    with these lookbehinds would cost a third of the stage's time)."""
    spans = []
    starts = set()
    for token in tokens:
        starts.add(token.start)
        for back in (1, 2):  # "(024) …", "+84 …", "+ 84 …"
            if token.start >= back and text[token.start - back] in "+(":
                starts.add(token.start - back)
    for start in sorted(starts):
        match = NOT_FIGURE_RE.match(text, start)
        if match is None:
            continue
        value = match.group()
        if value[:1] in "+(0" and sum(ch.isdigit() for ch in value) < _PHONE_MIN_DIGITS and re.search(r"[ .-]\d", value) and not re.search(r"[/:hg]", value):
            continue  # too short for a phone number: "02 300" is two figures
        spans.append(match.span())
    return spans


# a part of a whole written N/M before the whole's noun: "6/34 provinces" (six of the 34), "9/34 tỉnh";
# only pairs that can be no date (11/7, the 6/30 deadline) nor a fraction (1/5 of)
_PART_SLASH_RE = re.compile(r"(?<![\w/.,-])(?P<part>\d{1,3})/(?P<whole>\d{1,3})(?![\w/]|[.,]\d)[ \t\u00a0]+(?=[^\W\d_])")


def _part_slash_pairs(text: str) -> dict[int, int]:
    """The start of each N/M part of a whole -> the start of its whole (N ≤ M, a lower-case noun after), where
    the pair can be no date either way: M above 12 (no day and month) and not N ≤ 12 with M ≤ 31 (no month
    and day: the 6/30 deadline)."""
    if "/" not in text:
        return {}
    pairs = {}
    for match in _PART_SLASH_RE.finditer(text):
        part, whole = int(match.group("part")), int(match.group("whole"))
        if part <= whole and whole > 12 and not (part <= 12 and whole <= 31) and text[match.end()].islower():
            pairs[match.start("part")] = match.start("whole")
    return pairs


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted and merged where they overlap, for bisection."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@dataclass
class _Number:
    value: Decimal
    reading: str | None
    start: int
    end: int  # after the scale word, if any
    scale: Decimal | None
    plain_year: bool  # four digits 1800-2100, nothing else: reads as a year unless a unit says otherwise
    scale_currency: str | None = None
    scale_word: str | None = None


class _Unit(NamedTuple):
    """What follows a number as its unit: the unit's text, a currency code when it is one, where it
    ends, and whether it is a unit of measure (km, %, a currency) rather than a counted noun."""
    unit: str | None
    currency: str | None
    end: int
    measure: bool


@dataclass
class _Reading:
    """What _figure has read of one figure so far, phase after phase: where it starts and where reading
    goes on (pos), its currency, range, unit, rate and qualifier."""

    token: Token
    lex: Lexicon
    number: _Number
    start: int
    pos: int
    currency: str | None = None
    prefix: re.Match | None = None  # a currency sign or code before the number
    range_open: re.Match | None = None  # the opening word of a range (từ, between, entre)
    first_unit: _Unit | None = None  # a unit written after the first end of a range too
    second: _Number | None = None  # the high end of a range
    change_to: _Number | None = None  # from 10 to 8 percent: the number changed to, a figure of its own
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    measure: bool = False
    per: str | None = None
    qualifier: str | None = None

    def figure(self, text: str) -> Figure:
        number, second = self.number, self.second
        scale = (second or number).scale
        value = None if second is not None else float(number.value * (number.scale or 1))
        return Figure(
            start=self.start,
            end=self.pos,
            text=text[self.start:self.pos],
            value=value,
            low=float(self.low) if self.low is not None else None,
            high=float(self.high) if self.high is not None else None,
            qualifier=self.qualifier,
            unit=self.unit,
            currency=self.currency,
            scale=float(scale) if scale is not None else None,
            per=self.per,
            reading=number.reading,
        )


class FigureFinder:
    """Finds the figures of one text."""

    def __init__(self, text: str, language_at: Callable[[int], str], skip: Iterable[tuple[int, int]] = ()):
        self.text = text
        self.language_at = language_at
        digit_tokens = number_tokens(text, language_at)
        glued = glued_to_word_tokens(text, language_at)
        if glued:
            digit_tokens = sorted(_without_overlaps(digit_tokens, [(t.start, t.end) for t in glued]) + glued, key=lambda t: t.start)
        special = special_tokens(text, language_at, digit_tokens)
        special_spans = [(t.start, t.end) for t in special]
        # a fraction (1/5 of) looks like a day and month: the fraction wins
        excluded = [span for span in _excluded_spans(text, digit_tokens) if not _overlaps(*span, special_spans)] if special else _excluded_spans(text, digit_tokens)
        self.tokens = sorted(_without_overlaps(digit_tokens, special_spans) + special, key=lambda t: t.start) if special else digit_tokens
        self.by_start = {t.start: i for i, t in enumerate(self.tokens)}
        self.part_slash = _part_slash_pairs(text)
        if self.part_slash:
            excluded = [span for span in excluded if span[0] not in self.part_slash]  # 6/34 provinces: no date
        self.part_slash_wholes = frozenset(self.part_slash.values())
        self.skip = _merged(list(skip) + excluded)
        self.skip_starts = [s for s, _ in self.skip]
        by_lang: dict[str, list[str]] = {}
        for token in digit_tokens:
            by_lang.setdefault(token.lang, []).append(token.text)
        self.conventions = {lang: document_convention(texts, lexicon(lang).convention) for lang, texts in by_lang.items()}
        self.thousands = {lang: proven_thousands(texts) for lang, texts in by_lang.items()}
        self.consumed: set[int] = set()

    # ---- what makes a number not a figure -------------------------------------------------
    def _skipped(self, start: int, end: int) -> bool:
        """Inside a reference, a date, a time or a phone number."""
        i = bisect.bisect_right(self.skip_starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.skip) and self.skip[j][0] < end and start < self.skip[j][1]:
                return True
        return False

    def _glued(self, token: Token, lex: Lexicon, range_end: bool = False) -> bool:
        """Digits stuck to a symbol, a word or another number: 98/2018, 20-NQ, 100-year, 1st, 1:a, C67."""
        text, s, e = self.text, token.start, token.end
        before = text[s - 1] if s else ""
        before2 = text[s - 2] if s > 1 else ""
        after = text[e] if e < len(text) else ""
        after2 = text[e + 1] if e + 1 < len(text) else ""
        if s in self.part_slash or s in self.part_slash_wholes:
            return False  # 6/34 provinces: the part and its whole
        if not range_end and before and (before in "+#№" or (before in "/-–—._" and before2 and before2.isalnum())):
            if before == "+" and (not before2 or before2 in _HSPACE + "\n([") and lex.percent_re.match(text, e):
                return False  # (+13,5%), up +2.1%: a signed change; +84 and #3 stay codes
            return True
        if after == "/" and after2.isalpha() and lex.currency_prefix_re.search(text[max(0, s - 6) : s]):
            return False  # VND200,000/ha/year, $3/kg: money with a currency code before it, at a rate
        if after == "/" or after == ":" or after == "_":
            return True
        if after and after in "-–." and after2 and after2.isalpha():
            code_length = self._currency_prefix_length(lex, e + 1) if after in "-–" else 0
            if code_length and text[e + 1 + code_length : e + 2 + code_length].isdigit():
                return False  # VND1000-VND2000: a range between two amounts
            if after == "-" and lex.compound_measure_re.match(text, e):
                return False  # a 27-kilometer road
            if after == "-" and lex.percent_re.match(text, e):
                return False  # a 6.2-per-cent increase, en 5-procentig ökning
            return True
        if after and after.isalpha():
            glued_unit = lex.glued_scale_re.match(text, e) or lex.percent_re.match(text, e) or lex.measure_re.match(text, e) or lex.currency_re.match(text, e)
            return glued_unit is None
        return False

    def _list_marker(self, token: Token) -> bool:
        text = self.text
        line_start = text.rfind("\n", 0, token.start) + 1
        line_end = text.find("\n", token.end)
        rest = text[token.end : line_end if line_end >= 0 else len(text)]
        if text[line_start:token.start].strip(" \t-•*+–(") == "":
            return rest.strip() == "" or bool(re.match(r"[.)]\s|[.)]$|\.\d", rest))
        return False

    def _inline_list_marker(self, token: Token) -> bool:
        """``… đặc biệt. 2. Tổ chức …``: a small number after a sentence end or a colon, then '.' or ')'."""
        text = self.text
        if not (token.text.isdigit() and int(token.text) <= 100 and re.match(r"[.)][ \t]", text[token.end : token.end + 2])):
            return False
        before = text[max(0, token.start - 3) : token.start].rstrip(" \t")
        return before == "" or before[-1] in ".:;!?\n"

    def _cued(self, token: Token, lex: Lexicon, value: Decimal, plain_int: bool, range_end: bool = False) -> bool:
        text, s, e = self.text, token.start, token.end
        window = "" if range_end else text[max(0, s - 40) : s]
        if s and text[s - 1] == "(" and text[e : e + 1] == ")":
            return True  # Comment (0), NN (02): a counter, not a figure
        quote = window.rstrip(_HSPACE)[-1:]
        if (quote and quote in _OPENING_QUOTES and (len(window.rstrip(_HSPACE)) < 2 or not window.rstrip(_HSPACE)[-2].isalnum())
                and not self._money_or_percent_after(lex, e)):
            return True  # "6 clear: ...": a slogan; a quoted amount ("10 milliards de dollars") stays money
        cue = lex.cue_before_re.search(window) or lex.cue_before_re.search(_ENUMERATION_TAIL_RE.sub("", window))
        if cue:
            phrase = key(cue.group())
            if phrase in lex.cue_keep:
                pass
            elif phrase not in lex.cue_before_date and self._money_or_percent_after(lex, e):
                pass  # điều 1,55 tỷ USD (cashews), khoản 10 tỷ đồng (an amount): no article or symbol is money
            elif phrase in lex.cue_before_date and lex.compound_measure_re.match(text, e):
                pass  # den 15-dagars visumfriheten: the article before a number hyphen-joined to its unit, not a day
            elif phrase in lex.cue_before_date:
                if plain_int and value <= lex.cue_before_date[phrase]:
                    return True
                if re.fullmatch(r"\d{1,2}[.,]\d{1,2}", token.text) and lex.cue_before_date[phrase] >= 31:
                    return True  # Ngày 21.6: a day and month
                if _MONTH_YEAR_RE.fullmatch(token.text) and lex.cue_before_date[phrase] == 12:
                    return True  # tháng 3.2017: a month and year
            else:
                return True
        small_int = plain_int and value <= 31
        if lex.month_before_re.search(window) and (small_int or self._year_like(token)):
            return True
        if small_int and lex.month_after_re.match(text, e):
            return True
        if lex.cue_after_re.match(text, e):
            return True
        if lex.period_re.match(text, e) or lex.time_word_year_re.match(text, e):
            return True
        if (lex.period_first_re.search(window) and lex.period_unit_re.match(text, e)) or lex.period_ordinal_re.match(text, e):
            return True  # the first eight months, les huit premiers mois: a period
        return False

    def _money_or_percent_after(self, lex: Lexicon, pos: int) -> bool:
        """A percent or money right after the number (after its scale word, if any)."""
        scale = lex.glued_scale_re.match(self.text, pos) or lex.scale_re.match(self.text, pos)
        if scale and scale.group().strip():
            if key(scale.group()) in lex.bare_scale_money:
                return True  # 18 tỷ: money without 'đồng'
            pos = scale.end()
            link = lex.scale_link_re.match(self.text, pos)
            if link and self._money_at(lex, link.end()):
                return True  # 10 milliards de dollars
        return bool(lex.percent_re.match(self.text, pos) or self._money_at(lex, pos))

    @staticmethod
    def _year_like(token: Token) -> bool:
        return token.text.isdigit() and len(token.text) == 4 and 1800 <= int(token.text) <= 2100

    # ---- reading ---------------------------------------------------------------------------
    def _number_at(self, index: int, range_end: bool = False) -> _Number | None:
        token = self.tokens[index]
        if index in self.consumed or self._skipped(token.start, token.end):
            return None
        lex = lexicon(token.lang)
        if token.value is not None:  # words, a fraction, a spoken decimal: read already
            if self._cued(token, lex, token.value, token.value == token.value.to_integral_value(), range_end):
                return None
            if token.scale is not None:
                return self._signed(_Number(token.value, None, token.start, token.end, token.scale, False, None, token.scale_word), lex)
            value, reading = token.value, None
        else:
            if self._glued(token, lex, range_end):
                return None
            read = read_number(token.text, self.conventions.get(token.lang, lex.convention), self.thousands.get(token.lang, frozenset()))
            if read is None:
                return None
            value, reading = read
            plain_int = token.text.isdigit()
            if (not range_end and (self._list_marker(token) or self._inline_list_marker(token))) or self._cued(token, lex, value, plain_int, range_end):
                return None
        end, scale, scale_currency, scale_word = token.end, None, None, None
        spelled = _SPELLED_OUT_RE.match(self.text, end)
        if spelled:
            end = spelled.end()  # 6 (sáu) năm: the number repeated in words, as legal texts do
        match = lex.glued_scale_re.match(self.text, end) or lex.scale_re.match(self.text, end)
        if match and match.group().strip():
            word = key(match.group())
            factor = lex.scale_factor.get(word)
            if factor:
                scale, end = Decimal(str(factor)).normalize(), match.end()
                scale_currency = lex.scale_currency.get(match.group().strip())
                scale_word = match.group().strip()
        return self._signed(_Number(value, reading, token.start, end, scale, self._year_like(token), scale_currency, scale_word if scale else None), lex)

    def _signed(self, number: _Number, lex: Lexicon) -> _Number:
        """The number made negative by a sign glued to it (-1200000, −273,15) or a word (minus 5, âm 5)."""
        text, s = self.text, number.start
        if s and text[s - 1] in "-−":
            before = text[: s - 1].rstrip(_HSPACE)
            if s == 1 or text[s - 2] in _HSPACE + "\n(:;[\"“'" and not (before[-1:].isdigit() or before[-1:] in "%"):
                number.value, number.start, number.plain_year = -number.value, s - 1, False
                return number
            return number
        negative = lex.negative_re.search(text[max(0, s - 20) : s])
        if negative:
            word_start = max(0, s - 20) + negative.start()
            previous = re.search(r"([^\W\d_]+)[ \t\u00a0]+$", text[max(0, word_start - 20) : word_start])
            if not (previous and key(previous.group(1)) in lex.negative_not_after):
                number.value, number.start, number.plain_year = -number.value, word_start, False
        return number

    def _currency_prefix_length(self, lex: Lexicon, pos: int) -> int:
        """The length of a currency sign or code (and a space) written before a range's second number:
        ``between VND250 million and VND1.4 billion``, ``$5-$7``, ``€2 to €3 billion``."""
        for form in sorted(lex.currency_prefix_code, key=len, reverse=True):
            if form and self.text.startswith(form, pos):
                space = re.match(r"[ \t\u00a0]?", self.text[pos + len(form) : pos + len(form) + 1])
                return len(form) + len(space.group())
        return 0

    def _currency_at(self, lex: Lexicon, pos: int) -> re.Match | None:
        """A currency word at ``pos``, unless the next word makes it another word (đồng chí, đồng bào)."""
        match = lex.currency_re.match(self.text, pos)
        if match:
            blocked = lex.not_currency_after.get(match.group().strip(_HSPACE), frozenset())
            following = re.match(r"[ \t]+(\w+)", self.text[match.end() : match.end() + 20])
            if following and following.group(1).casefold() in blocked:
                return None
        return match

    def _money_at(self, lex: Lexicon, pos: int) -> tuple[re.Match, str] | None:
        """A currency word at ``pos`` and its code; a shared name (couronnes) only where the sentence
        or the name's default tells which currency it is (else it is a plain noun: 3 couronnes de fleurs)."""
        match = self._currency_at(lex, pos)
        if match is None:
            return None
        word = match.group().strip(_HSPACE)
        code = self._shared_currency(lex, word, pos) if word in lex.shared_currency else lex.currency_code.get(word)
        return (match, code) if code else None

    def _shared_currency(self, lex: Lexicon, name: str, pos: int) -> str | None:
        """The currency a shared name (couronnes, kroner) means: the one whose country the sentence
        names (le gouvernement danois … 7,5 millions de couronnes), else the name's default."""
        default, countries = lex.shared_currency[name]
        text = self.text
        start = max(text.rfind(mark, max(0, pos - 400), pos) for mark in (". ", "\n", "! ", "? "))
        ends = [i for i in (text.find(mark, pos, pos + 200) for mark in (". ", "\n", "! ", "? ")) if i >= 0]
        sentence = text[max(0, start) : min(ends) if ends else min(len(text), pos + 200)]
        named = {code for code, words in countries if words.search(sentence)}
        return named.pop() if len(named) == 1 else default

    def _unit(self, lex: Lexicon, pos: int, scaled: bool) -> _Unit:
        """(unit, currency, end, is_measure) after a number; the unit of money is its currency code."""
        text = self.text
        match = lex.compound_measure_re.match(text, pos)
        if match:
            return _Unit(self._noun_of(lex, match.group()[1:]), None, match.end(), True)  # a 27-kilometer road
        match = lex.percent_re.match(text, pos)
        if match:
            return _Unit("%", None, match.end(), True)
        money = self._money_at(lex, pos)
        if money:
            match, code = money
            return _Unit(code, code, match.end(), True)
        match = lex.measure_re.match(text, pos)
        if match:
            # "4.107,42m 2": a superscript lost in extraction; the unit is m2
            return _Unit(re.sub(r"\s+(?=\d)", "", match.group().strip(_HSPACE)), None, match.end(), True)
        if scaled:
            link = lex.scale_link_re.match(text, pos)
            if link:
                after_link = self._unit(lex, link.end(), False)
                if after_link.unit is not None:
                    return after_link
        match = lex.noun_re.match(text, pos)
        if match:
            return _Unit(" ".join(match.group().split()), None, match.end(), False)
        if lex.other_pronoun_re.match(text, pos):
            return _Unit(None, None, pos, False)  # 85 others received goats: no noun after 'others'
        other = lex.other_re.match(text, pos)
        if other:
            # two other regional peers: the noun after 'other'; 413 others: none named here (the number stays a figure)
            after = self._unit(lex, other.end(), False)
            return after if after.unit is not None and not after.measure else _Unit(None, None, pos, False)
        words: list[str] = []
        end = pos
        for match in _NOUN_TOKEN_RE.finditer(text, pos):
            if match.start() != end or len(words) >= lex.max_noun_tokens:
                break
            word = match.group("word").rstrip("-'’")
            if key(word) in lex.unit_stops or (not words and self._money_at(lex, match.start())):
                break
            if (words and lex.unit_stop_suffixes and word.casefold().endswith(lex.unit_stop_suffixes)
                    and key(word) not in lex.unit_suffix_nouns):
                break  # "workers living in …": a participle ends the noun, but "social housing units" runs on
            if words and lex.unit_continue_suffixes and not words[-1].casefold().endswith(lex.unit_continue_suffixes):
                break  # Swedish adjectives precede their noun: "administrativa förfaranden", but "kooperativ modern teknik"
            words.append(word)
            end = match.start("word") + len(word)
            if len(words) == 1 and (key(word) in lex.single_nouns or (len(word) > 1 and word.isupper())):
                break  # a one-syllable noun or an abbreviation (DN, HS) is the whole unit
        if words:
            words[-1] = self._noun_of(lex, words[-1])
        return _Unit((" ".join(words) or None), None, end, False)

    @staticmethod
    def _noun_of(lex: Lexicon, word: str) -> str:
        """The noun a unit word names: Swedish writes a duration in the genitive (7 dagars karantän) or, after
        'de senaste', in the definite form (tio åren); the unit is the noun itself (dagar, år)."""
        return lex.unit_noun_forms.get(key(word), word)

    def _share(self, number: _Number, lex: Lexicon) -> Figure:
        """half of, la moitié des, 1/5 of, một phần ba: a share of what follows, with its qualifier."""
        text, start = self.text, number.start
        qualifier = None
        window_start = max(0, start - 30)
        before = lex.qualifier_before_re.search(text[window_start:start])
        if before:
            qualifier = lex.qualifier_before.get(key(before.group()))
            start = window_start + before.start()
        value = float(number.value * (number.scale or 1))
        unit, end = None, number.end
        measured = lex.measure_re.match(text, end) or lex.share_unit_re.match(text, end)
        if measured:
            unit, end = measured.group().strip(_HSPACE), measured.end()  # nửa ngày, nửa tấn: half of a unit
        return Figure(start=start, end=end, text=text[start:end], value=value, low=None, high=None,
                      qualifier=qualifier, unit=unit, currency=None, scale=None, per=None, reading=None)

    # ---- the grammar -------------------------------------------------------------------------
    def figures(self) -> list[Figure]:
        found: list[Figure] = []
        covered = 0  # the end of the last figure: a number inside it (the 2 of "m 2") is part of it
        for index, token in enumerate(self.tokens):
            if token.start < covered:
                continue
            figure = self._figure(index)
            if figure is not None:
                found.append(figure)
                covered = figure.end
        return self._bare_amounts_priced(found)

    def _bare_amounts_priced(self, found: list[Figure]) -> list[Figure]:
        """An amount of a scale word with neither unit nor currency, listed before an amount of the same scale
        whose currency is written, takes that currency (plus d'un milliard et 1,77 milliard de dollars, 2 billion
        or 3 billion dollars: the currency written once, after the last). Alone it stays bare (plus de 10
        milliards: no currency written beside it)."""
        priced = list(found)
        for i, (figure, following) in enumerate(zip(found, found[1:])):
            if figure.unit is not None or figure.currency is not None or figure.scale is None or figure.per is not None:
                continue
            joined = lexicon(self.language_at(figure.start)).alternative_re.match(self.text, figure.end)
            if joined and joined.end() == following.start and following.currency and following.scale == figure.scale:
                priced[i] = replace(figure, unit=following.unit, currency=following.currency)
        return priced

    def _figure(self, index: int) -> Figure | None:
        """The figure a number token starts, read phase by phase (see _Reading), or None."""
        number = self._number_at(index)
        if number is None:
            return None
        self.consumed.add(index)
        token = self.tokens[index]
        lex = lexicon(token.lang)
        if token.share:
            return self._share(number, lex)
        r = _Reading(token=token, lex=lex, number=number, start=number.start, pos=number.end)
        self._currency_before(r)
        self._compound_amount(r)
        if not self._range(r):
            return None
        if not self._unit_and_currency(r):
            return None
        self._whole_count(r)
        self._per(r)
        self._qualifiers(r)
        if self._counts_nothing(r):
            return None
        return r.figure(self.text)

    def _currency_before(self, r: _Reading) -> None:
        """A currency sign or code before the number: $5 million, VND 15 trillion."""
        text, lex, number = self.text, r.lex, r.number
        r.currency = number.scale_currency
        r.prefix = lex.currency_prefix_re.search(text[max(0, r.start - 6) : r.start])
        if r.prefix:
            r.currency = lex.currency_prefix_code.get(r.prefix.group().strip(_HSPACE))
            r.start -= len(r.prefix.group())
        if number.scale_word in lex.glued_needs_currency and not r.prefix and not self._money_at(lex, number.end):
            number.scale, number.end, number.scale_word = None, r.token.end, None  # a 100m bridge: metres, not millions
            r.pos = number.end

    def _compound_amount(self, r: _Reading) -> None:
        """A compound amount: 761 tỷ 036 triệu đồng, 2 tỷ 500 triệu (each part with a smaller scale)."""
        text, number = self.text, r.number
        while number.scale is not None:
            gap = re.match(r"[ \t\u00a0]+", text[r.pos:r.pos + 3])
            part_index = self.by_start.get(r.pos + len(gap.group())) if gap else None
            if part_index is None:
                break
            part = self._number_at(part_index, range_end=True)
            if part is None or part.scale is None or part.scale >= number.scale:
                self.consumed.discard(part_index)
                break
            self.consumed.add(part_index)
            number.value = (number.value * number.scale + part.value * part.scale) / part.scale
            number.scale = part.scale
            number.reading = number.reading or part.reading
            r.pos = part.end

    def _range(self, r: _Reading) -> bool:
        """A range: 25–30 %, 1,500-1,800 tons, từ 20 đến 50, between 5 and 7, 2-3 triệu. False when the
        number is no figure: a period (2018 - 2025) or a year."""
        text, lex, number, token, start, pos = self.text, r.lex, r.number, r.token, r.start, r.pos
        range_open = lex.range_open_re.search(text[max(0, start - 30) : start])
        if range_open:
            qualifier_probe = lex.qualifier_before_re.search(text[max(0, start - 30) : start])
            if qualifier_probe and qualifier_probe.start() <= range_open.start():
                range_open = None  # the "de" of "plus de 35 000" opens no range
        percent_first = lex.percent_re.match(text, pos)
        join_pos = percent_first.end() if percent_first else pos
        join = lex.range_join_re.match(text, join_pos)
        if join is None and range_open and percent_first is None:
            # từ 100 m3/ngày đến dưới 200 m3/ngày: the unit written after both ends
            probe = self._unit(lex, pos, number.scale is not None)
            if probe.unit is not None:
                after_unit = probe.end
                per_probe = _PER_RE.match(text, after_unit)
                join = lex.range_join_re.match(text, per_probe.end() if per_probe else after_unit)
                r.first_unit = probe if join else None  # the second end must repeat it (5 cooperatives and 7 unions are two figures)
        r.range_open = range_open
        second = None
        if join and join.group("inner") and key(join.group("join")) in lex.range_join_needs_open:
            join = None  # "… et près de 1,2 million": a second figure with its own qualifier
        closes = lex.range_join_needs_open.get(key(join.group("join"))) if join else None
        if join and (closes is None or (range_open and (not closes or key(range_open.group(0)) in closes))):
            # "and" closes only "between": "an increase of 16% and 36%" are two figures
            second_start = join.end() + self._currency_prefix_length(lex, join.end())
            second_index = self.by_start.get(second_start)
            if second_index is not None and self.tokens[second_index].lang == token.lang:
                second = self._number_at(second_index, range_end=True)
        if second is not None:
            low_value, high_value = number.value * (number.scale or 1), second.value * (second.scale or 1)
            if number.scale is None and second.scale is not None and number.value * second.scale < high_value * 10:
                # 2-3 triệu, from 3.5 to 2.1 million: the scale covers both (unless that makes the first
                # far larger than the second: from 50 to 2 million people)
                low_value = number.value * second.scale
            if number.plain_year and second.plain_year:
                self.consumed.add(self.by_start[second.start])
                return False  # 2018 - 2025, giai đoạn 2021-2025: a period
            if (number.plain_year and number.scale is None and not range_open and join.group("join").isalpha()
                    and (second.scale is not None or second_start > join.end())):
                # "edged down over the same period in 2023 to VND47.5 trillion": a year ends the time phrase,
                # the word joins it to money; without an opening word no range starts at a year
                second = None
            elif low_value < high_value:
                self.consumed.add(self.by_start[second.start])
                r.low, r.high = low_value, high_value
                r.pos = second.end
                r.currency = r.currency or second.scale_currency
            else:
                r.change_to = second if range_open else None  # from 10 to 8 percent: a change, two figures
                second = None
        r.second = second
        if second is None and percent_first is None and number.plain_year:
            # a bare four-digit number in 1800-2100 is a year unless money, a percentage or a measure follows
            unit_probe = self._unit(lex, r.pos, number.scale is not None)
            if not unit_probe.measure and number.scale is None:
                return False
        return True

    @staticmethod
    def _whole_count(r: _Reading) -> None:
        """A comma before exactly three digits, read as a decimal comma, before a noun counted only in whole
        units (1,630 lượt xem: a view counter in English digits on a Vietnamese page) is a thousands comma."""
        unit = key(r.unit) if r.unit else ""
        if (unit and r.second is None and r.number.scale is None and r.currency is None
                and _THOUSANDS_COMMA_RE.fullmatch(r.token.text)
                and any(unit == noun or unit.startswith(noun + " ") for noun in r.lex.whole_count_nouns)):
            r.number.value = Decimal(r.token.text.replace(",", ""))

    def _list_last(self, lex: Lexicon, pos: int) -> _Number | None:
        """The last number of a list that goes on at ``pos`` (", 15 and 20", " or 7"), or None.

        The items between are plain numbers joined by commas; the list must end with an alternative word
        (and, hoặc, respektive) before its last number: "12, 15 projects" alone is no list of one noun."""
        text = self.text
        while True:
            alternative = lex.alternative_re.match(text, pos)
            if alternative:
                next_index = self.by_start.get(alternative.end())
                if next_index is None:
                    return None
                following = self._number_at(next_index, range_end=True)
                self.consumed.discard(next_index)
                return following
            comma = _LIST_COMMA_RE.match(text, pos)
            next_index = self.by_start.get(comma.end()) if comma else None
            if next_index is None:
                return None
            item = self._number_at(next_index, range_end=True)
            self.consumed.discard(next_index)
            if item is None or item.scale is not None or item.plain_year:
                return None
            pos = item.end

    def _unit_and_currency(self, r: _Reading) -> bool:
        """The unit after the number (or range), and the currency; False for a street number (tại 128 Hồng Hà)."""
        lex, number, prefix = r.lex, r.number, r.prefix
        second, first_unit, change_to, currency = r.second, r.first_unit, r.change_to, r.currency
        unit, unit_currency, pos, _measure = self._unit(lex, r.pos, (second or number).scale is not None)
        if second is not None and first_unit is not None and (unit, unit_currency) != (first_unit.unit, first_unit.currency):
            # from 44 ml to 50 mg, 5 cooperatives and 7 unions: two figures, not a range
            self.consumed.discard(self.by_start[second.start])
            second, r.low, r.high = None, None, None
            unit, unit_currency, pos, _measure = first_unit
            currency = number.scale_currency if not prefix else lex.currency_prefix_code.get(prefix.group().strip(_HSPACE))
        if unit is None and change_to is not None and number.scale is None and currency is None:
            # cut VAT from 10 to 8 percent, giảm từ 10 xuống 8%: the first number takes the unit of the
            # second, which stays a figure of its own
            unit, unit_currency, _end, _measure = self._unit(lex, change_to.end, change_to.scale is not None)
            currency = unit_currency
            if change_to.scale is not None:
                number.scale = change_to.scale
        if unit is None and second is None and number.scale is None and currency is None:
            # 5 hoặc 7 thành viên, 2 or 3 million people: the first number takes the unit (and scale) of the second;
            # 12, 15 and 20 projects: every number of the list takes the unit of the last
            following = self._list_last(lex, pos)
            if following is not None:
                unit, unit_currency, _end, _measure = self._unit(lex, following.end, following.scale is not None)
                currency = unit_currency
                if following.scale is not None:
                    number.scale = following.scale
        r.second, r.measure = second, _measure
        if (lex.capitalised_unit_is_name and unit and not _measure and unit[:1].isupper() and not unit.split()[0].isupper()
                and not lex.noun_re.match(" " + unit) and key(unit) not in lex.single_nouns):
            return False  # tại 128 Hồng Hà: a street number
        bare_money = lex.bare_scale_money.get((second or number).scale_word or "")
        if unit is None and currency is None and bare_money:
            currency = bare_money  # nợ 1.653 tỷ, tàu vỏ thép 18 tỷ: the press leaves out 'đồng'
        if unit_currency:
            currency = unit_currency
        elif currency and unit is None:
            unit = currency
        if currency and prefix and not unit_currency and not _measure:
            unit, pos = currency, second.end if second is not None else number.end  # VND 12 trillion package: money
        r.unit, r.currency, r.pos = unit, currency, pos
        return True

    def _per(self, r: _Reading) -> None:
        """A rate's denominator: VND/year, đồng/dự án, per tonne."""
        text, lex = self.text, r.lex
        per_match = _PER_RE.match(text, r.pos) if r.unit is not None else None
        if per_match is None and (r.currency or r.measure):
            per_match = lex.per_word_re.match(text, r.pos)
            if per_match and key(per_match.group("per")) in lex.unit_stops and key(per_match.group("per")) not in lex.single_nouns:
                per_match = None  # VND1 million for each of the households: no denominator named (7-8% mỗi năm names one)
            base = lex.per_number_re.match(text, r.pos) if per_match is None else None
            if base:
                # VND80,000 per 1,000 square metres: the denominator is a quantity with its unit, read whole
                # (its number is no figure of its own); a number with no unit after it is no denominator
                unit = self._unit(lex, base.end("number"), False)
                if unit.unit is not None and unit.currency is None:
                    r.per, r.pos = text[base.start("number"):unit.end], unit.end
                    return
            adverb = lex.per_adverb_re.match(text, r.pos) if per_match is None else None
            if adverb:
                r.per, r.pos = lex.per_adverbs[key(adverb.group())], adverb.end()  # US$1 billion annually: per year
                return
        if per_match:
            r.per, r.pos = per_match.group("per"), per_match.end()
            # đồng/dự án: a denominator of several syllables, read whole when the language knows the noun
            whole = lex.noun_re.match(text, per_match.start("per"))
            if whole and whole.end() > r.pos:
                r.per, r.pos = " ".join(whole.group().split()), whole.end()

    def _qualifier_after(self, lex: Lexicon, pos: int) -> re.Match | None:
        """The qualifier after a figure, right after its unit or after a few words that describe what
        is counted (từ 30% diện tích trở lên, 5 năm liên tục trở lên); a stop word or a mark between
        them ends the search (tăng 3% so với năm trước: 'so' starts another phrase)."""
        text = self.text
        after = lex.qualifier_after_re.match(text, pos)
        for _ in range(lex.qualifier_after_gap):
            if after:
                break
            word = re.match(r"[ \t\u00a0]+([^\W\d_]+)(?![\w-])", text[pos : pos + 40])
            if word is None or key(word.group(1)) in lex.unit_stops:
                return None
            pos += word.end()
            after = lex.qualifier_after_re.match(text, pos)
        return after

    def _qualifiers(self, r: _Reading) -> None:
        """The qualifier after the figure, then the one before it (more than, khoảng), which wins."""
        text, lex, pos = self.text, r.lex, r.pos
        qualifier = None
        after = self._qualifier_after(lex, pos)
        if after:
            qualifier = lex.qualifier_after.get(key(after.group()))
            pos = after.end()
        start = r.start
        if r.range_open and r.second is not None:
            start = max(0, start - 30) + r.range_open.start()
        window_start = max(0, start - 30)
        before = lex.qualifier_before_re.search(text[window_start:start])
        if before:
            phrase = key(before.group())
            blocked = lex.qualifier_not_after.get(phrase, frozenset())
            previous = re.search(r"(\w+)[ \t]+$", text[max(0, window_start + before.start() - 20) : window_start + before.start()])
            after_number = previous is not None and previous.group(1).isdigit() and NUMBER_BEFORE in blocked  # 47 trên 127: out of
            void = lex.qualifier_void_after.get(phrase)
            if void is not None and void.match(text, pos):
                pass  # under 20 års tid: "under" means during, the number is exact
            elif not (blocked and previous and (previous.group(1).casefold() in blocked or after_number)):
                qualifier = lex.qualifier_before.get(phrase) or qualifier
                start = window_start + before.start()
                if phrase in lex.comparatives and lex.difference_after_re.match(text, pos):
                    qualifier = None  # cao hơn 300 đồng/kg so với tháng trước: a difference, not a bound
        r.qualifier, r.start, r.pos = qualifier, start, pos

    def _whole_has_noun(self, lex: Lexicon, whole_start: int) -> bool:
        """The whole of an N/M pair is followed by a noun, not a stop word (room 12/34 of the block)."""
        word = re.match(r"\d+[ \t\u00a0]+([^\W\d_][\w'’-]*)", self.text[whole_start : whole_start + 60])
        return word is not None and key(word.group(1)) not in lex.unit_stops

    def _counts_nothing(self, r: _Reading) -> bool:
        """A number word that counts nothing named, a bare integer, a name's number: no figure."""
        text, token, unit, currency, start = self.text, r.token, r.unit, r.currency, r.start
        if unit is None and currency is None and r.second is None and r.lex.other_re.match(text, r.pos):
            return False  # 413 others, 8 autres: the number counts more of a noun named before it
        if unit is None and currency is None and r.second is None and r.number.scale is None and r.number.value != 1:
            part_of = r.lex.part_of_re.match(text, r.pos)
            if part_of and part_of.end() in self.by_start:
                return False  # 368 des 382 communes, douze des dix-huit districts: the part counts what the whole names
            if token.value is not None and not token.text[:1].isdigit():
                link = r.lex.part_of_noun_re.match(text, r.pos)
                if link and not r.lex.part_of_pronoun_re.match(text, link.end()):
                    return False  # seven of Viet Nam's cash crops, hai trong số các tỉnh: a part of the whole named after it
            if token.start in self.part_slash and self._whole_has_noun(r.lex, self.part_slash[token.start]):
                return False  # 6/34 provinces: the part, whose noun the whole names
        if token.value is not None and not token.text[:1].isdigit() and (
                (token.scale is None and unit is None and currency is None) or (unit or "")[:1].isdigit()
                or (unit and unit.split()[0].casefold() in words(token.lang).kinds
                    and unit.split()[0].casefold() not in words(token.lang).alone_not_figure)  # ba bốn làng: three or four
                or (token.text[:1].isupper() and not r.measure and (unit or "")[:1].isupper()
                    and not re.search(r"(?:^|[.!?:;\n…*\"“])\s*$", text[max(0, token.start - 5):token.start]))):  # Taxi Ba Sao: a name
            return True  # three, deux: a number word that counts nothing named is not a figure (all three, les deux)
        if (unit and currency is None and r.second is None and key(unit) in r.lex.kind_singulars
                and r.number.value * (r.number.scale or 1) != 1):
            return True  # a five year strategy, a 30 day trial: the number names a kind (as in a 100-year history)
        if unit is None and currency is None and r.qualifier is None and r.second is None and r.number.scale is None:
            if token.text.isdigit():
                return True  # a bare integer: a row number, a name's number (Phát điện 2), a code; not a figure
            previous = re.search(r"([^\W\d_][\w-]*)[ \t]+$", text[max(0, start - 30) : start])
            if previous and previous.group(1)[0].isupper() and not re.search(r"(?:^|[.!?:;\n])\s*$", text[max(0, start - 60) : previous.start() + max(0, start - 30)]):
                return True  # ASEAN 4, Binh đoàn 12: a name that carries a number
        return False


def find_figures(text: str, language_at: Callable[[int], str] | str | None = None,
                 skip: Iterable[tuple[int, int]] = ()) -> list[Figure]:
    """The figures of ``text``; ``language_at`` gives the language at an offset (or one language for all;
    none: the fallback language of ``nlp.languages.fallback``)."""
    if language_at is None:
        language_at = languages.fallback()
    if isinstance(language_at, str):
        lang = language_at
        language_at = lambda _offset: lang  # noqa: E731
    return FigureFinder(text, language_at, skip).figures()
