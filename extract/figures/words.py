"""Numbers written in words, read under each language's data (``lang/<code>/words.json``).

    >>> parse_words("hai mươi lăm", "vi"), parse_words("quatre-vingt-dix-sept", "fr")
    (25, 97)
    >>> parse_words("niohundranittioniotusen niohundranittionio", "sv")
    999999

One small grammar reads all four languages: a number word adds its value to the group being built
(``twenty`` + ``five``), a ``times_ten`` word makes the digit before it tens (``hai mươi``), a
hundred word multiplies the group (or 1: ``cent``, ``hundra``), and a scale word multiplies the
group and closes it (``trois mille``); a larger scale after a smaller one multiplies all that came
before (``hai nghìn tỷ``). Joiners (``and``, ``et``, ``lẻ``) add nothing. Swedish glues the parts
into one word (``tjugoetttusen``); its words are cut into the known parts, longest first.
``tests/test_figures_words.py`` reads every number from 0 to 1,000,000 in each language.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from extract.figures.lexicon import alternation, data_path
from extract.figures.lexicon import lexicon as figure_lexicon
from nlp.regex import scanner

NUMBER, TIMES_TEN, HUNDRED, SCALE, JOINER, ONE = "number", "times_ten", "hundred", "scale", "joiner", "one"
# a number takes a few words (nine hundred and ninety-nine thousand, nine hundred and ninety-nine: 14
# with its hyphens); runs are cut there, so a hostile run of number words costs linear time
_MAX_WORDS = 24


@dataclass(frozen=True)
class Words:
    """The compiled number words of one language."""

    lang: str
    kinds: dict[str, tuple[str, float]]  # casefolded word → (kind, value)
    compound_re: re.Pattern | None  # Swedish: the parts of a glued number word
    spellings: dict[str, str]
    alone_not_figure: frozenset[str]
    alone_before_unit: frozenset[str]  # of those, words that are a number before a percent, measure or currency (sex procent)
    alone_before_plural: frozenset[str]  # of those, words that are a number before a plural noun (neuf provinces; logements neufs)
    plural_re: re.Pattern  # a lower-case word with a plural ending, after spaces
    standalone_multipliers: frozenset[str]
    run_re: re.Pattern  # a run of number words in running text
    fractions: dict[str, float]
    fraction_re: re.Pattern
    fraction_needs_after_re: re.Pattern | None
    fraction_of: tuple[str, ...]
    fraction_of_re: re.Pattern  # the fraction word between two numbers in words (một phần ba)
    fraction_not_after_re: re.Pattern
    fraction_paired_re: re.Pattern | None  # a fraction word that recurs a few words later (nửa X, nửa Y)
    fraction_paired_before_re: re.Pattern | None  # the second of such a pair
    pronoun_after_re: re.Pattern
    kind_after_re: re.Pattern
    idiom_re: re.Pattern
    not_after_tens: frozenset[str]
    pairs: dict[tuple[str, str], str]  # a hyphenated number word as its two written words (quatre-vingt)
    expand: dict[str, tuple[str, ...]]  # a spelling → the words it stands for


@lru_cache(maxsize=None)
def words(lang: str) -> Words:
    data = json.loads(data_path(lang, "words.json").read_text(encoding="utf-8"))
    kinds: dict[str, tuple[str, float]] = {}
    for word, value in data["numbers"].items():
        kinds[word.casefold()] = (NUMBER, float(value))
    for word in data["times_ten"]:
        kinds[word.casefold()] = (TIMES_TEN, 10.0)
    for word in data["hundred"]:
        kinds[word.casefold()] = (HUNDRED, 100.0)
    for word, value in data["scales"].items():
        kinds[word.casefold()] = (SCALE, float(value))
    for word in data["joiners"]:
        kinds[word.casefold()] = (JOINER, 0.0)
    for word in data["one_before_multiplier"]:
        kinds[word.casefold()] = (ONE, 1.0)
    parts = [w for w, (kind, _v) in kinds.items() if kind not in (JOINER, ONE)]
    spellings = {k.casefold(): v.casefold() for k, v in data.get("spellings", {}).items()}
    compound_re = None
    wordchar = r"[^\W_]"
    if data["compound"]:
        compound_re = re.compile(alternation(list(spellings) + parts), re.IGNORECASE)
        # one or more glued parts make a word; words are separated by spaces
        piece = rf"(?:{alternation(list(spellings) + parts)})+"
    else:
        piece = alternation(list(spellings) + parts)
    hundreds = alternation(data["hundred"])
    # a comma only before a group of hundreds: one thousand, four hundred
    separator = rf"(?:[ \t\u00a0]*[-‑][ \t\u00a0]*|[ \t\u00a0]+|,[ \t\u00a0]+(?=(?:{piece}[ \t\u00a0]+)?{hundreds}))"
    joiners = alternation(data["joiners"], allow_empty=True)
    multipliers = alternation(data["hundred"] + list(data["scales"]))
    one = alternation(data["one_before_multiplier"], allow_empty=True)
    # a run starts and ends with a number word; joiners only inside; "a" only right before a multiplier
    run_re = scanner(
        rf"(?<!{wordchar}|[-‑])(?:{one}(?={separator}{multipliers}){separator})?{piece}"
        rf"(?:{separator}(?:{joiners}{separator})?{piece}){{0,{_MAX_WORDS - 1}}}(?!{wordchar}|[-‑]\w)",  # linear on hostile text
        re.IGNORECASE,
    )
    fractions = {" ".join(k.casefold().split()): float(v) for k, v in data["fractions"].items()}
    needs_after = data.get("fraction_needs_after", [])
    paired = data.get("fraction_paired", [])
    paired_word = alternation(paired, allow_empty=True)
    between = r"(?:[ \t\u00a0,]+[^\W\d_]+){1,2}[ \t\u00a0,]+"
    return Words(
        lang=lang,
        kinds=kinds,
        compound_re=compound_re,
        spellings=spellings,
        alone_not_figure=frozenset(w.casefold() for w in data["alone_not_figure"]),
        alone_before_unit=frozenset(w.casefold() for w in data.get("alone_before_unit", [])),
        alone_before_plural=frozenset(w.casefold() for w in data.get("alone_before_plural", [])),
        plural_re=re.compile(rf"[ \t\u00a0]+[^\W\d_A-ZÀ-Þ]{{2,}}{alternation(data.get('plural_endings', []), allow_empty=True)}(?!{wordchar})"),
        standalone_multipliers=frozenset(w.casefold() for w in data["standalone_multipliers"]),
        run_re=run_re,
        fractions=fractions,
        fraction_re=scanner(rf"(?<!{wordchar}){alternation(list(data['fractions']))}(?!{wordchar})", re.IGNORECASE),
        fraction_needs_after_re=(re.compile(rf"[ \t\u00a0]*{alternation(needs_after)}", re.IGNORECASE) if needs_after else None),
        fraction_of=tuple(w.casefold() for w in data.get("fraction_of", [])),
        fraction_of_re=re.compile(rf"[ \t\u00a0]+{alternation(data.get('fraction_of', []), allow_empty=True)}[ \t\u00a0]+", re.IGNORECASE),
        pronoun_after_re=re.compile(rf"(?<!{wordchar}){alternation(data.get('pronoun_after', []), allow_empty=True)}[ \t\u00a0]+$", re.IGNORECASE),
        kind_after_re=re.compile(rf"(?<!{wordchar}){alternation(data.get('kind_after', []), allow_empty=True)}[ \t\u00a0]+$", re.IGNORECASE),
        fraction_paired_re=(re.compile(rf"{paired_word}{between}{paired_word}(?!{wordchar})", re.IGNORECASE) if paired else None),
        fraction_paired_before_re=(re.compile(rf"(?<!{wordchar}){paired_word}{between}{paired_word}$", re.IGNORECASE) if paired else None),
        fraction_not_after_re=re.compile(rf"(?<!{wordchar}){alternation(data.get('fraction_not_after', []), allow_empty=True)}[ \t\u00a0]+$", re.IGNORECASE),
        idiom_re=re.compile(rf"(?<!{wordchar}){alternation(data['idioms'])}(?!{wordchar})", re.IGNORECASE),
        not_after_tens=frozenset(w.casefold() for w in data.get("not_after_tens", [])),
        pairs={tuple(re.split(r"[-‑]", w, maxsplit=1)): w for w in kinds if re.search(r"[-‑]", w)},
        expand={k: tuple(v.split()) for k, v in spellings.items()},
    )


_LETTERS_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d")


def split_words(phrase: str, lexicon: Words) -> list[str] | None:
    """The number words of ``phrase`` (casefolded, spellings expanded, glued parts cut), or None
    when a word is not a number word (``tenfold``, ``ministries``, ``2 million``)."""
    folded = phrase.casefold()
    if _DIGIT_RE.search(folded):
        return None
    found = _LETTERS_RE.findall(folded)
    kinds, pairs = lexicon.kinds, lexicon.pairs
    out: list[str] = []
    i, count = 0, len(found)
    while i < count:
        word = found[i]
        if pairs and i + 1 < count and (word, found[i + 1]) in pairs:
            out.append(pairs[word, found[i + 1]])  # quatre-vingt: two written words, one number word
            i += 2
            continue
        if word in kinds:
            out.append(word)
        else:
            parts = _parts_cached(word, lexicon.lang)
            if parts is None:
                return None
            out.extend(parts)
        i += 1
    return out or None


@lru_cache(maxsize=65536)
def _parts_cached(word: str, lang: str) -> tuple[str, ...] | None:
    """A word the language glues from number words (Swedish tjugoetttusen), cut into them; None
    when it is not one."""
    lexicon = words(lang)
    if word in lexicon.expand:
        return tuple(p for w in lexicon.expand[word] for p in (_parts_cached(w, lang) or (w,)))
    if lexicon.compound_re is None:
        return None
    pieces: list[str] = []
    pos = 0
    while pos < len(word):
        match = lexicon.compound_re.match(word, pos)
        if match is None:
            return None
        piece = match.group()
        pieces.extend(lexicon.expand.get(piece, (piece,)))
        pos = match.end()
    return tuple(pieces)


def value_of(tokens: list[str], lexicon: Words) -> float | None:
    """The value of a list of number words, or None when they do not make one number
    (two units in a row: ``one two``; a times-ten word with no digit before it)."""
    kinds = lexicon.kinds
    total = 0.0
    group = -1.0  # the part below the last scale; -1: nothing said yet (hundred alone is 100, không trăm is 0)
    last_kind = None
    last_number = 0.0
    last_scale = 0.0
    pending_one = False
    for word in tokens:
        kind, value = kinds[word]
        if kind is JOINER:
            continue
        if pending_one and kind is not HUNDRED and kind is not SCALE:
            return None
        if kind is NUMBER:
            if last_kind is TIMES_TEN and word in lexicon.not_after_tens:
                return None  # hai mươi năm: twenty years (25 is hai mươi lăm)
            if last_kind is NUMBER:
                tens = group % 100
                if not ((tens % 10 == 0 and tens and value < 10) or (tens in (60, 80) and value < 20)):
                    return None  # "one two", "trois quatre": two numbers, not one (but twenty-five, soixante-dix-sept)
            group = value if group < 0 else group + value
            last_number = value
        elif kind is HUNDRED:
            group = 100.0 if group < 0 else group * 100
            last_number = 0.0
        elif kind is SCALE:
            if last_scale and value > last_scale:
                total = (total + max(group, 0.0)) * value  # hai nghìn tỷ: the larger scale takes all before it
            else:
                total += (1.0 if group < 0 else group) * value
            group = -1.0
            last_scale = value
            last_number = 0.0
        elif kind is TIMES_TEN:
            if last_kind is not NUMBER or last_number >= 10:
                return None
            group += last_number * 9  # hai (2) mươi → 20
            last_number *= 10
        else:  # ONE: "a" before a hundred or a scale
            if group >= 0:
                return None
            pending_one = True
            continue
        pending_one = False
        last_kind = kind
    if pending_one or last_kind is None:
        return None
    return total + max(group, 0.0)


def parse_words(phrase: str, lang: str) -> int | float | None:
    """The number ``phrase`` writes in words (``twenty-five`` → 25), or None."""
    lexicon = words(lang)
    tokens = split_words(phrase, lexicon)
    if tokens is None:
        return None
    value = value_of(tokens, lexicon)
    if value is None:
        return None
    return int(value) if value == int(value) else value


@dataclass(frozen=True)
class WordNumber:
    """A number written in words in running text."""

    start: int
    end: int
    value: float
    scale: float | None  # the factor of the scale word that ends it (hai triệu → 1e6)
    scale_word: str | None
    fraction: bool  # half of, một nửa, một phần ba: a share, not a count


_WORD_SPAN_RE = re.compile(r"[^\W\d_]+")


def find_word_numbers(text: str, lang: str, start: int = 0, end: int | None = None) -> list[WordNumber]:
    """The numbers written in words in ``text[start:end]`` that may quantify: runs of number words
    read as one number (the longest start of a run that reads), shares (half of, một phần ba);
    not the words that alone are an article or a pronoun (one, un, en, một), nor idioms (one of,
    một số)."""
    lexicon = words(lang)
    end = len(text) if end is None else end
    found: list[WordNumber] = []
    for match in lexicon.fraction_re.finditer(text, start, end):
        if lexicon.fraction_not_after_re.search(text, max(0, match.start() - 20), match.start()):
            continue  # the first half of 2025: a period
        if lexicon.idiom_re.match(text, match.start()):
            continue  # nửa đầu năm (the first half of the year), nửa đêm (midnight): no share
        if lexicon.fraction_paired_re and (lexicon.fraction_paired_re.match(text, match.start())
                                           or lexicon.fraction_paired_before_re.search(text, max(0, match.start() - 40), match.end())):
            continue  # nửa bao cấp, nửa thị trường: half one thing, half another, a description
        if (lexicon.fraction_needs_after_re is None or lexicon.fraction_needs_after_re.match(text, match.end())
                or figure_lexicon(lang).qualifier_before_re.search(text[max(0, match.start() - 30) : match.start()])):
            # half of, a third of; without 'of' only after a qualifier (varav cirka en tredjedel är …)
            value = lexicon.fractions[" ".join(match.group().casefold().split())]
            found.append(WordNumber(match.start(), match.end(), value, None, None, True))
    taken = [(w.start, w.end) for w in found]
    pos = start
    while True:
        match = lexicon.run_re.search(text, pos, end)
        if match is None:
            break
        pos = match.end()
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        share = _fraction_of(text, match, lexicon, end)
        if share is not None:
            found.append(share)
            pos = share.end
            continue
        if lexicon.idiom_re.match(text, match.start()):
            continue  # one of, một số
        if match.group().casefold() in lexicon.alone_not_figure:
            word = match.group().casefold()
            if ((word in lexicon.alone_before_unit and _unit_after(text, match.end(), lang))
                    or (word in lexicon.alone_before_plural and lexicon.plural_re.match(text, match.end()))):
                value = lexicon.kinds[match.group().casefold()][1]  # sex procent: six, not the noun
                found.append(WordNumber(match.start(), match.end(), value, None, None, False))
            continue  # most runs are one such word (một, năm, không): an article, a year, a negation
        number = _longest_reading(text, match.start(), match.end(), lexicon)
        if number is None:
            continue
        if number.end < match.end():
            following = _WORD_SPAN_RE.search(text, number.end, match.end())
            word = following.group().casefold() if following else ""
            if lexicon.kinds.get(word, ("",))[0] == NUMBER and word not in lexicon.alone_not_figure:
                continue  # ba bốn làng: three or four, no single number
            pos = number.end  # the rest of the run is read again: hai năm (two years), not 25
        if lexicon.pronoun_after_re.search(text, max(0, number.start - 20), number.start):
            continue  # all three (agreed), tous les deux: a pronoun, most often
        if lexicon.kind_after_re.search(text, max(0, number.start - 20), number.start):
            continue  # xe ba bánh: a three-wheeler, a kind of vehicle
        found.append(number)
    return sorted(found, key=lambda w: w.start)


def _unit_after(text: str, pos: int, lang: str) -> bool:
    """A percent, a measure or a currency right after ``pos``."""
    lex = figure_lexicon(lang)
    return bool(lex.percent_re.match(text, pos) or lex.measure_re.match(text, pos) or lex.currency_re.match(text, pos))


def _longest_reading(text: str, start: int, end: int, lexicon: Words) -> WordNumber | None:
    # a number takes a few words (nine hundred and ninety-nine thousand, … is 14): a longer run is
    # read from its first words only, so a hostile run of number words costs linear time
    spans = [m.span() for _, m in zip(range(_MAX_WORDS), _WORD_SPAN_RE.finditer(text, start, end))]
    for count in range(len(spans), 0, -1):
        phrase = text[start:spans[count - 1][1]]
        tokens = split_words(phrase, lexicon)
        if tokens is None:
            continue
        value = value_of(tokens, lexicon)
        if value is None:
            continue
        kinds = [lexicon.kinds[t][0] for t in tokens]
        if len(tokens) == 1 and tokens[0] in lexicon.alone_not_figure:
            return None  # one, un, en, một: an article
        if NUMBER not in kinds and ONE not in kinds and tokens[0] not in lexicon.standalone_multipliers:
            return None  # thousands of, hàng trăm: not a number said
        last_word = text[spans[count - 1][0]:spans[count - 1][1]]
        kind, factor = lexicon.kinds[tokens[-1]]
        scaled = kind == SCALE
        return WordNumber(start, spans[count - 1][1], value, factor if scaled else None, last_word if scaled else None, False)
    return None


def _fraction_of(text: str, match: re.Match, lexicon: Words, end: int) -> WordNumber | None:
    """``một phần ba``: a numerator, the fraction word, a denominator, all in words."""
    if not lexicon.fraction_of:
        return None
    gap = lexicon.fraction_of_re.match(text, match.end())
    if gap is None:
        return None
    denominator_match = lexicon.run_re.match(text, gap.end(), end)
    if denominator_match is None:
        return None
    numerator = parse_words(match.group(), lexicon.lang)
    denominator = _longest_reading(text, gap.end(), denominator_match.end(), lexicon)
    if numerator is None or denominator is None or not 0 < numerator < denominator.value:
        return None
    return WordNumber(match.start(), denominator.end, numerator / denominator.value, None, None, True)
