"""Literal cases of issue 15 in the four languages: every way a number is written (words, scale
suffixes, signs, currencies, ranges with the unit repeated, coordination, hyphenated compounds,
fractions, spoken decimals), and the look-alikes that stay out (years, dates, times, phones,
symbols, ordinals, list markers, idioms, articles)."""
from __future__ import annotations

import pytest

from extract.figures import find_figures

FIELDS = ("value", "low", "high", "qualifier", "unit", "currency")


def figures(text: str, lang: str) -> list[dict]:
    return [{k: getattr(f, k) for k in FIELDS} | {"text": f.text} for f in find_figures(text, lang)]


def close(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(b))
    return a == b


# (language, text, [expected figures: only the fields given are compared])
CASES = [
    # ---- numbers in words ----
    ("en", "Three ministries will join.", [{"value": 3, "unit": "ministries", "text": "Three ministries"}]),
    ("en", "a fund of two million dollars", [{"value": 2e6, "currency": "USD"}]),
    ("en", "thirty-three provinces", [{"value": 33, "unit": "provinces"}]),
    ("en", "at least five members", [{"value": 5, "qualifier": "at_least", "unit": "members"}]),
    ("en", "a hundred workers", [{"value": 100, "unit": "workers"}]),
    ("en", "half of the provinces", [{"value": 0.5, "text": "half"}]),
    ("en", "nearly a third of the total", [{"value": 1 / 3, "qualifier": "nearly"}]),
    ("fr", "deux millions d'euros", [{"value": 2e6, "currency": "EUR"}]),
    ("fr", "quatre-vingt-dix communes", [{"value": 90, "unit": "communes"}]),
    ("fr", "trois provinces du delta", [{"value": 3, "unit": "provinces"}]),
    ("fr", "mille euros", [{"value": 1000, "currency": "EUR"}]),
    ("fr", "près de la moitié des ménages", [{"value": 0.5, "qualifier": "nearly"}]),
    ("sv", "tre miljoner kronor", [{"value": 3e6, "currency": "SEK"}]),
    ("sv", "tjugo kommuner", [{"value": 20, "unit": "kommuner"}]),
    ("sv", "tvåhundrafemtio hushåll", [{"value": 250, "unit": "hushåll"}]),
    ("sv", "hälften av hushållen", [{"value": 0.5}]),
    ("vi", "ba bộ", [{"value": 3, "unit": "bộ"}]),
    ("vi", "hai triệu đồng", [{"value": 2e6, "currency": "VND"}]),
    ("vi", "khoảng hai mươi lăm kg gạo", [{"value": 25, "qualifier": "about", "unit": "kg"}]),
    ("vi", "hai năm", [{"value": 2, "unit": "năm"}]),
    ("vi", "một nửa số xã", [{"value": 0.5, "text": "một nửa"}]),
    ("vi", "một phần ba diện tích", [{"value": 1 / 3}]),
    # ---- scale suffixes ----
    ("en", "100K visitors", [{"value": 1e5, "unit": "visitors"}]),
    ("en", "a 3M grant", [{"value": 3e6}]),
    ("en", "$10k grants", [{"value": 1e4, "currency": "USD"}]),
    ("en", "a €10M fund", [{"value": 1e7, "currency": "EUR"}]),
    ("en", "$2.174T of debt", [{"value": 2.174e12, "currency": "USD"}]),
    ("vi", "10k đồng", [{"value": 1e4, "currency": "VND"}]),
    ("vi", "7 tr đồng", [{"value": 7e6, "currency": "VND"}]),
    ("fr", "1,2 Mdt", [{"value": 1.2e9, "currency": "TND"}]),
    ("fr", "3 M€ de pertes", [{"value": 3e6, "currency": "EUR"}]),
    ("fr", "1,2 Md€", [{"value": 1.2e9, "currency": "EUR"}]),
    ("sv", "5 mkr", [{"value": 5e6, "currency": "SEK"}]),
    ("sv", "2 md kronor", [{"value": 2e9, "currency": "SEK"}]),
    # ---- negative numbers ----
    ("en", "a balance of -1200000 dollars", [{"value": -1.2e6, "currency": "USD"}]),
    ("fr", "à −273,15 degrés", [{"value": -273.15, "unit": "degrés"}]),
    ("vi", "lỗ âm 1.200.000 đồng", [{"value": -1.2e6, "currency": "VND"}]),
    ("en", "minus 5 degrees", [{"value": -5, "unit": "degrees"}]),
    ("fr", "moins 5 degrés", [{"value": -5, "unit": "degrés"}]),
    ("sv", "minus 5 grader", [{"value": -5, "unit": "grader"}]),
    ("fr", "au moins 5 degrés", [{"value": 5, "qualifier": "at_least"}]),  # a qualifier, not a sign
    ("fr", "moins de 300 dollars", [{"value": 300, "qualifier": "less_than", "currency": "USD"}]),
    # ---- currencies ----
    ("en", "EUR 20", [{"value": 20, "currency": "EUR"}]),
    ("fr", "GBP 3,01", [{"value": 3.01, "currency": "GBP"}]),
    ("en", "£9", [{"value": 9, "currency": "GBP"}]),
    ("en", "¥500", [{"value": 500, "currency": "JPY"}]),
    ("vi", "500.000₫", [{"value": 5e5, "currency": "VND"}]),
    ("en", "CNY 3", [{"value": 3, "currency": "CNY"}]),
    ("en", "42 KWD", [{"value": 42, "currency": "KWD"}]),
    ("en", "20 Euros", [{"value": 20, "currency": "EUR"}]),
    ("en", "Rs 20", [{"value": 20, "currency": "INR"}]),
    ("en", "RM42", [{"value": 42, "currency": "MYR"}]),
    ("sv", "10 nkr", [{"value": 10, "currency": "NOK"}]),
    ("sv", "20 kr", [{"value": 20, "currency": "SEK"}]),
    ("vi", "5 đô la Mỹ", [{"value": 5, "currency": "USD"}]),
    ("vi", "500 yên Nhật", [{"value": 500, "currency": "JPY"}]),
    ("vi", "3 tỷ nhân dân tệ", [{"value": 3e9, "currency": "CNY"}]),
    ("fr", "CHF 420 millions", [{"value": 4.2e8, "currency": "CHF"}]),
    ("sv", "42 miljarder yen", [{"value": 4.2e10, "currency": "JPY"}]),
    # ---- ranges ----
    ("en", "between 10 dollars and 20 dollars", [{"low": 10, "high": 20, "currency": "USD"}]),
    ("vi", "giữa 1000 đồng và 2000 đồng", [{"low": 1000, "high": 2000, "currency": "VND"}]),
    ("vi", "giữa 1000 và 2000 đồng", [{"low": 1000, "high": 2000, "currency": "VND"}]),
    ("en", "VND1000-VND2000", [{"low": 1000, "high": 2000, "currency": "VND"}]),
    ("vi", "từ 44 ml đến 50 ml", [{"low": 44, "high": 50, "unit": "ml"}]),
    ("en", "from 44 ml to 50 mg", [{"value": 44, "unit": "ml"}, {"value": 50, "unit": "mg"}]),  # two units: no range
    ("fr", "entre 1 000 et 2 000 euros", [{"low": 1000, "high": 2000, "currency": "EUR"}]),
    ("sv", "mellan 10 000 och 20 000 kr", [{"low": 1e4, "high": 2e4, "currency": "SEK"}]),
    # ---- coordination, hyphenated compounds ----
    ("en", "45 and 50 cases", [{"value": 45, "unit": "cases"}, {"value": 50, "unit": "cases"}]),
    ("fr", "45 et 50 cas", [{"value": 45, "unit": "cas"}, {"value": 50, "unit": "cas"}]),
    ("sv", "45 och 50 fall", [{"value": 45, "unit": "fall"}, {"value": 50, "unit": "fall"}]),
    ("en", "5 cooperatives and 7 unions", [{"value": 5, "unit": "cooperatives"}, {"value": 7, "unit": "unions"}]),
    ("en", "a 27-kilometer road", [{"value": 27, "unit": "kilometer"}]),
    ("en", "8- to 16-meter walls", [{"low": 8, "high": 16, "unit": "meter"}]),
    # ---- fractions, spoken decimals ----
    ("en", "1/5 of the budget", [{"value": 0.2}]),
    ("en", "2 1/2 years", [{"value": 2.5, "unit": "years"}]),
    ("en", "½ of its land", [{"value": 0.5}]),
    ("en", "2½ years", [{"value": 2.5, "unit": "years"}]),
    ("fr", "1/3 des communes", [{"value": 1 / 3}]),
    ("vi", "2 chấm 23 tỷ đồng", [{"value": 2.23e9, "currency": "VND"}]),
    ("en", "2 point 5 percent", [{"value": 2.5, "unit": "%"}]),
]

NOT_FIGURES = [
    ("en", "one of the ministries"), ("en", "The first of the buildings"), ("en", "in the first half of 2025"),
    ("en", "in the first eight months"), ("en", "the two 100-year goals"), ("en", "all three agreed"),
    ("en", "on 1/5 the meeting"), ("en", "in 2025"), ("fr", "tous les deux"), ("en", "at 14:00"), ("en", "call 024 3974 0000"),
    ("fr", "un des responsables"), ("fr", "les huit premiers mois de l'année"), ("fr", "le 12 mars 2026"),
    ("fr", "l'un des projets"),
    ("sv", "en av tjänstemännen"), ("sv", "de första åtta månaderna"), ("sv", "den 5 mars 2026"),
    ("vi", "một số địa phương"), ("vi", "lần thứ hai"), ("vi", "năm 2025"), ("vi", "ngày 1/5"), ("vi", "không có"),
    ("vi", "quận Ba Đình"), ("vi", "6 tháng đầu năm"), ("vi", "Nghị định số 98/2018/NĐ-CP"),
    ("vi", "trong giai đoạn 2021-2025"), ("vi", "COVID-19"), ("vi", "một trong những"), ("en", "at COP26 in Glasgow"),
    ("en", "the talks at COP 28."),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_form_is_read(lang, text, expected):
    got = figures(text, lang)
    assert len(got) == len(expected), (text, got)
    for figure, wanted in zip(got, expected):
        for field, value in wanted.items():
            assert close(figure[field], value), (text, field, figure)


@pytest.mark.parametrize("lang,text", NOT_FIGURES, ids=[f"{c[0]}:{c[1]}" for c in NOT_FIGURES])
def test_look_alike_is_not_a_figure(lang, text):
    assert figures(text, lang) == []


def test_numbers_embedded_in_a_plain_sentence_are_read():
    # the issue's measure on peers' corpora, rebuilt here: random numbers in a plain sentence of each
    # language, with digits under its convention and in words (num2words)
    pytest.importorskip("num2words")
    from bench.bench_figures import embedded_numbers

    shares = embedded_numbers(count=150)
    for lang, row in shares.items():
        assert row["digits"] >= 0.95 and row["words"] >= 0.80, (lang, row)


KINDS = [("vi", "chiếc xe ba bánh"), ("vi", "lái xe ba bánh tự chế"), ("vi", "ngôi nhà ba tầng")]


@pytest.mark.parametrize("lang,text", KINDS, ids=[t for _l, t in KINDS])
def test_a_number_word_that_names_a_kind_is_not_a_figure(lang, text):
    # blind round 2b: a number word right after a vehicle or building noun describes it (a three-wheeler)
    assert figures(text, lang) == []


def test_a_number_word_that_counts_after_the_same_noun_is_kept():
    assert [f["value"] for f in figures("mua ba xe máy", "vi")] == [3]


DEV_CLASSES = [  # error classes seen on the dev articles (tuned on: not an estimate)
    ("vi", "kinh doanh gần hai mươi năm nay", [{"value": 20, "qualifier": "nearly"}]),  # năm after mươi is a year
    ("vi", "hai mươi lăm năm", [{"value": 25, "unit": "năm"}]),
    ("vi", "Giám đốc hãng Taxi Ba Sao cho biết", []),  # a name
    ("vi", "ba bốn làng mới có một lễ hội", []),  # three or four: no single number
    ("vi", "Hai cô giáo có thể bị phạt", [{"value": 2, "unit": "cô giáo"}]),  # capitalised at a sentence start
]


@pytest.mark.parametrize("lang,text,expected", DEV_CLASSES, ids=[c[1] for c in DEV_CLASSES])
def test_dev_error_classes(lang, text, expected):
    test_form_is_read(lang, text, expected)


def test_a_hostile_run_of_number_words_costs_linear_time():
    # runs are cut at 24 words: 10,000 "một trăm" in a row are read in well under a second each way
    import time

    for text, lang in (("một trăm " * 10_000, "vi"), ("one " * 20_000 + "ministries", "en"), ("tjugo" * 5_000 + " kommuner", "sv")):
        started = time.process_time()
        find_figures(text, lang)
        assert time.process_time() - started < 5, lang
