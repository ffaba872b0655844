"""Numbers written in words (extract/figures/words.py): every number from 0 to 1,000,000 in each
language, read back from its spelling, plus the other spellings the press uses.

The spellings come from generators written here from each language's rules, independently of the
parser's data; each generator is checked against num2words (a well-kept library, dev extra) on every
number below 2,000 and a stride of the rest. Reading a spelling costs about 10 µs on the project's
machines, so the default run reads every number below 20,000, every thousand with 39 remainders
that end groups differently (0, 1, 11, 21, 71, 80, 101, 999…) and one number in 53 of the rest
(about 75,000 numbers a language, under 2 s); VNPOLICY_FULL_SWEEP=1 reads all 1,000,001 from the
generators and from num2words itself (minutes: num2words takes 50-150 µs a call). The README
records the last full sweep.
"""
from __future__ import annotations

import os

import pytest

from extract.figures.words import parse_words

LANGS = ("en", "fr", "sv", "vi")
TOP = 1_000_000

# ---- independent generators (the rules as grammars teach them; num2words' conventions) --------
EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_below_100(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    return EN_TENS[n // 10] + (f"-{EN_UNITS[n % 10]}" if n % 10 else "")


def en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return en_below_100(rest)
    return f"{EN_UNITS[hundreds]} hundred" + (f" and {en_below_100(rest)}" if rest else "")


def en_join(thousands: str | None, rest: int, small: list[str]) -> str:
    if thousands is None:
        return small[rest]
    if not rest:
        return thousands
    return f"{thousands} and {small[rest]}" if rest < 100 else f"{thousands}, {small[rest]}"


FR_UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
FR_TENS = "_ _ vingt trente quarante cinquante soixante".split()


def fr_below_100(n: int) -> str:
    if n <= 16:
        return FR_UNITS[n]
    if n < 20:
        return f"dix-{FR_UNITS[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        return FR_TENS[tens] + ("" if not unit else " et un" if unit == 1 else f"-{FR_UNITS[unit]}")
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{fr_below_100(n - 60)}"
    return "quatre-vingts" if n == 80 else f"quatre-vingt-{fr_below_100(n - 80)}"


def fr_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return fr_below_100(rest)
    head = "cent" if hundreds == 1 else f"{FR_UNITS[hundreds]} cent" + ("" if rest else "s")
    return head + (f" {fr_below_100(rest)}" if rest else "")


def fr_thousands(t: int) -> str:
    if t == 1:
        return "mille"
    words = fr_below_1000(t)
    if words.endswith("quatre-vingts") or words.endswith("cents"):
        words = words[:-1]  # quatre-vingt mille, deux cent mille: no plural s before mille
    return f"{words} mille"


SV_UNITS = "noll ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split()
SV_TENS = "_ _ tjugo trettio förtio femtio sextio sjuttio åttio nittio".split()  # num2words writes förtio (spoken); fyrtio is read too


def sv_below_100(n: int) -> str:
    if n < 20:
        return SV_UNITS[n]
    return SV_TENS[n // 10] + (SV_UNITS[n % 10] if n % 10 else "")


def sv_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return sv_below_100(rest)
    return f"{SV_UNITS[hundreds]}hundra" + (sv_below_100(rest) if rest else "")


VI_UNITS = "không một hai ba bốn năm sáu bảy tám chín".split()


def vi_below_100(n: int) -> str:
    if n < 10:
        return VI_UNITS[n]
    tens, unit = divmod(n, 10)
    head = "mười" if tens == 1 else f"{VI_UNITS[tens]} mươi"
    if not unit:
        return head
    tail = "lăm" if unit == 5 else "mốt" if unit == 1 and tens > 1 else VI_UNITS[unit]
    return f"{head} {tail}"


def vi_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return vi_below_100(rest)
    head = f"{VI_UNITS[hundreds]} trăm"
    if not rest:
        return head
    return f"{head} lẻ {VI_UNITS[rest]}" if rest < 10 else f"{head} {vi_below_100(rest)}"


def spell_all(lang: str) -> list[str]:
    """The spelling of every number from 0 to TOP, built from the spellings below 1,000."""
    if lang == "en":
        small = [en_below_1000(n) for n in range(1000)]
        heads = [None] + [f"{small[t]} thousand" for t in range(1, 1000)]
        out = [en_join(heads[t], r, small) for t in range(1000) for r in range(1000)]
        return out + ["one million"]
    if lang == "fr":
        small = [fr_below_1000(n) for n in range(1000)]
        heads = [None] + [fr_thousands(t) for t in range(1, 1000)]
        out = [small[r] if heads[t] is None else heads[t] + (f" {small[r]}" if r else "") for t in range(1000) for r in range(1000)]
        return out + ["un million"]
    if lang == "sv":
        small = [sv_below_1000(n) for n in range(1000)]
        heads = [None] + [f"{small[t]}tusen" for t in range(1, 1000)]
        out = [small[r] if heads[t] is None else heads[t] + ("" if not r else f" {small[r]}" if r >= 100 else small[r])
               for t in range(1000) for r in range(1000)]
        return out + ["en miljon"]
    small = [vi_below_1000(n) for n in range(1000)]
    heads = [None] + [f"{small[t]} nghìn" for t in range(1, 1000)]
    out = [small[r] if heads[t] is None else heads[t] + ("" if not r else f" lẻ {vi_below_100(r)}" if r < 100 else f" {small[r]}")
           for t in range(1000) for r in range(1000)]
    return out + ["một triệu"]


@pytest.fixture(scope="module")
def spellings() -> dict[str, list[str]]:
    return {}


def spelled(cache: dict, lang: str) -> list[str]:
    if lang not in cache:
        cache[lang] = spell_all(lang)
    return cache[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_generator_agrees_with_num2words(lang, spellings):
    num2words = pytest.importorskip("num2words").num2words
    words = spelled(spellings, lang)
    assert len(words) == TOP + 1
    sample = sorted(set(range(2001)) | set(range(0, TOP + 1, 997)) | {TOP, TOP - 1, 100_000, 100_001, 80_000, 200_100})
    wrong = [(n, words[n], num2words(n, lang=lang)) for n in sample if words[n] != num2words(n, lang=lang)]
    assert not wrong, wrong[:10]


FULL_SWEEP = bool(os.environ.get("VNPOLICY_FULL_SWEEP"))
GROUP_ENDS = (0, 1, 2, 5, 7, 9, 10, 11, 12, 15, 17, 19, 20, 21, 25, 30, 60, 61, 70, 71, 77, 79, 80, 81, 90, 91, 99,
              100, 101, 110, 111, 120, 180, 199, 200, 201, 280, 500, 999)
SAMPLE = sorted(set(range(20_000)) | {t * 1000 + r for t in range(1000) for r in GROUP_ENDS}
                | set(range(0, TOP + 1, 53)) | {TOP})


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_from_0_to_a_million_read_back(lang, spellings):
    words = spelled(spellings, lang)
    numbers = range(TOP + 1) if FULL_SWEEP else SAMPLE
    wrong = [(n, words[n]) for n in numbers if parse_words(words[n], lang) != n]
    assert not wrong, wrong[:10]


@pytest.mark.skipif(not FULL_SWEEP, reason="minutes long: VNPOLICY_FULL_SWEEP=1")
@pytest.mark.parametrize("lang", LANGS)
def test_every_number_num2words_writes_reads_back(lang):
    num2words = pytest.importorskip("num2words").num2words
    wrong = [n for n in range(TOP + 1) if parse_words(num2words(n, lang=lang), lang) != n]
    assert not wrong, wrong[:10]


# other spellings the press uses, and what is not one number
SPELLINGS = [
    ("en", "twenty five", 25), ("en", "thirty-three", 33), ("en", "a hundred", 100), ("en", "one hundred five", 105),
    ("en", "two million", 2_000_000), ("en", "three billion", 3_000_000_000), ("en", "a thousand", 1000),
    ("en", "nineteen hundred", 1900), ("en", "Forty-Two", 42),
    ("fr", "quatre-vingt-dix", 90), ("fr", "soixante-dix-sept", 77), ("fr", "septante", 70), ("fr", "nonante-neuf", 99),
    ("fr", "mille deux cents", 1200), ("fr", "deux millions", 2_000_000), ("fr", "trois milliards", 3_000_000_000),
    ("fr", "vingt et une", 21), ("fr", "cent", 100), ("fr", "quatre-vingt mille", 80_000),
    ("sv", "ettusen", 1000), ("sv", "tjugotre", 23), ("sv", "tre miljoner", 3_000_000), ("sv", "hundra", 100),
    ("sv", "tvåhundrafemtio", 250), ("sv", "fyra miljarder", 4_000_000_000), ("sv", "aderton", 18), ("sv", "fyrtio", 40), ("sv", "fyrtiotvåtusen", 42000),
    ("vi", "hai mươi tư", 24), ("vi", "hai mươi nhăm", 25), ("vi", "một nghìn không trăm linh năm", 1005),
    ("vi", "ba ngàn", 3000), ("vi", "hai chục", 20), ("vi", "hai triệu", 2_000_000), ("vi", "ba tỷ", 3_000_000_000),
    ("vi", "hai nghìn tỷ", 2_000_000_000_000), ("vi", "năm trăm linh một", 501), ("vi", "mười lăm", 15),
    ("vi", "bảy mươi mốt", 71), ("vi", "một trăm nghìn không trăm mười", 100_010),
]


@pytest.mark.parametrize("lang,text,value", SPELLINGS, ids=[t for _l, t, _v in SPELLINGS])
def test_other_spellings(lang, text, value):
    assert parse_words(text, lang) == value


NOT_ONE_NUMBER = [("en", "one two"), ("en", "and"), ("en", "ministries"), ("fr", "trois quatre"), ("sv", "hundrafemmor"),
                  ("vi", "mươi"), ("vi", "hai ba"), ("en", "a"), ("en", "a ministry")]


@pytest.mark.parametrize("lang,text", NOT_ONE_NUMBER, ids=[t for _l, t in NOT_ONE_NUMBER])
def test_not_one_number(lang, text):
    assert parse_words(text, lang) is None
