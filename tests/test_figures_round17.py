"""Literal cases of the error classes blind round 17 found on real public pages (README, "Round 17 (blind,
real public pages): figures vi, en, fr"), in the languages where each class exists, with look-alikes that must
stay out. The sentences are written for these tests; none is taken from the round's pages."""
from __future__ import annotations

import pytest

from tests.figure_cases import check, figures


# "and" closes a range only after "between" (entre, giữa, mellan); after "from"/"de" the two are figures
AND_AFTER_FROM = [
    ("les ventes ont connu une hausse respective de 12,5% et 40,2% en un an", "fr",
     [dict(value=12.5, low=None, unit="%"), dict(value=40.2, low=None, unit="%")]),
    ("la production a progressé de 8% et 11% dans la région", "fr",
     [dict(value=8.0, low=None), dict(value=11.0, low=None)]),
    ("exports rose from 4% and imports from 6% last year", "en",
     [dict(value=4.0, low=None), dict(value=6.0, low=None)]),
    ("exporten ökade från 3 % och importen från 5 %", "sv",
     [dict(value=3.0, low=None), dict(value=5.0, low=None)]),
]

# the same join after its own opening word still makes a range
AND_AFTER_BETWEEN = [
    ("une croissance entre 5 et 7 % cette année", "fr", [dict(value=None, low=5.0, high=7.0, unit="%")]),
    ("growth between 5 and 7 percent this year", "en", [dict(value=None, low=5.0, high=7.0, unit="%")]),
    ("tăng trưởng giữa 5 và 7% mỗi năm", "vi", [dict(value=None, low=5.0, high=7.0, unit="%")]),
    ("en tillväxt mellan 5 och 7 procent", "sv", [dict(value=None, low=5.0, high=7.0, unit="%")]),
    ("un coût de 5 à 7 milliards de dongs", "fr", [dict(value=None, low=5e9, high=7e9, currency="VND")]),
]


@pytest.mark.parametrize("text, lang, wanted", AND_AFTER_FROM)
def test_and_after_from_joins_two_figures(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", AND_AFTER_BETWEEN)
def test_and_after_between_still_makes_a_range(text, lang, wanted):
    check(text, lang, wanted)


# A plus sign before a percent: a signed change, not a code
PLUS_PERCENT = [
    ("les fruits et légumes (+13,5%) et le riz (+4%)", "fr", [dict(value=13.5, unit="%"), dict(value=4.0, unit="%")]),
    ("seafood exports (+12%) led the group", "en", [dict(value=12.0, unit="%")]),
    ("xuất khẩu gạo tăng mạnh (+8,5%) so với cùng kỳ", "vi", [dict(value=8.5, unit="%")]),
    ("exporten av kaffe ökade +7 % i fjol", "sv", [dict(value=7.0, unit="%")]),
]

PLUS_LOOK_ALIKES = [
    ("gọi số +84 24 3845 1234 để được hỗ trợ", "vi"),
    ("the +5 bonus and ticket #3 apply", "en"),
    ("le code A+5% ne change pas", "fr"),
]


@pytest.mark.parametrize("text, lang, wanted", PLUS_PERCENT)
def test_a_plus_sign_before_a_percent_is_a_signed_change(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang", PLUS_LOOK_ALIKES)
def test_a_plus_sign_elsewhere_stays_a_code(text, lang):
    assert figures(text, lang) == []


# A quoted amount is money, though a quoted number alone is a slogan
QUOTED_AMOUNT = [
    ('le club des "5 milliards de dollars" compte plusieurs produits', "fr", [dict(value=5e9, currency="USD")]),
    ('nhóm hàng "10 tỷ USD" gồm điện thoại', "vi", [dict(value=10e9, currency="USD")]),
    ('the "2 billion dollar" club of exporters', "en", [dict(value=2e9, currency="USD")]),
]

QUOTED_LOOK_ALIKES = [
    ('phong trào "3 không" được phát động', "vi"),
    ('the "6 clears" campaign began', "en"),
    ('le programme "3 sans" a été lancé', "fr"),
]


@pytest.mark.parametrize("text, lang, wanted", QUOTED_AMOUNT)
def test_a_quoted_amount_is_money(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang", QUOTED_LOOK_ALIKES)
def test_a_quoted_slogan_number_stays_out(text, lang):
    assert figures(text, lang) == []


# A scale of 1e15 written as one word
QUADRILLION = [
    ("the city's output hit 1.2 quadrillion VND last year", "en", [dict(value=1.2e15, currency="VND")]),
    ("un PIB de 2,5 billiards de dongs", "fr", [dict(value=2.5e15, currency="VND")]),
    ("en budget på 3 biljarder kronor", "sv", [dict(value=3e15, currency="SEK")]),
]


@pytest.mark.parametrize("text, lang, wanted", QUADRILLION)
def test_a_quadrillion_scales_the_number(text, lang, wanted):
    check(text, lang, wanted)


# English "the N months of <year>": a period of that year, as "the first N months"; durations stay
MONTHS_OF_A_YEAR = [
    ("output rose 4.2% in the six months of 2024", "en", [dict(value=4.2, unit="%")]),
    ("revenue for the 12 months of 2023 reached $5 million", "en", [dict(value=5e6, currency="USD")]),
]

DURATIONS = [
    ("the works took six months in 2024", "en", [dict(value=6.0, unit="months")]),
    ("applicants need two years of experience", "en", [dict(value=2.0, unit="years")]),
]


@pytest.mark.parametrize("text, lang, wanted", MONTHS_OF_A_YEAR)
def test_the_months_of_a_year_are_a_period(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", DURATIONS)
def test_durations_stay_figures(text, lang, wanted):
    check(text, lang, wanted)


# A part of a whole written N/M before the whole's noun: the part (no noun of its own) and the whole
PART_SLASH = [
    ("growth above 8% was posted by 9/34 provinces and cities", "en",
     [dict(value=8.0, qualifier="more_than"), dict(value=9.0, unit=None), dict(value=34.0, unit="provinces and cities")]),
    ("đã có 17/19 tiêu chí được công nhận", "vi", [dict(value=17.0, unit=None), dict(value=19.0, unit="tiêu chí")]),
    ("seules 21/63 provinces ont atteint l'objectif", "fr", [dict(value=21.0, unit=None), dict(value=63.0, unit="provinces")]),
    ("in Quang Tri, 12 out of 18 communes and towns met the target", "en",
     [dict(value=12.0, unit=None), dict(value=18.0)]),
]

# a day and month, a month and day, a document number, a fraction, a rank stay what they are
PART_SLASH_LOOK_ALIKES = [
    ("ngày 9/12 tỉnh tổ chức hội nghị", "vi", []),
    ("before the 6/30 deadline the office", "en", []),
    ("theo Công văn số 245/UBND-KT của tỉnh", "vi", []),
    ("the share fell from 3/4 last year", "en", []),
    ("in room 12/34 of the block", "en", []),
]


@pytest.mark.parametrize("text, lang, wanted", PART_SLASH)
def test_a_part_of_a_whole_written_with_a_slash(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", PART_SLASH_LOOK_ALIKES)
def test_dates_codes_and_fractions_are_no_part_of_a_whole(text, lang, wanted):
    check(text, lang, wanted)


# Qualifiers: Vietnamese "ước" before a change is an estimate; English "higher than X recorded in the same
# period" compares with an exact figure
QUALIFIERS = [
    ("GRDP ước tăng 8,3% so với năm trước", "vi", [dict(value=8.3, qualifier="about")]),
    ("thu ngân sách ước giảm 2,1%", "vi", [dict(value=2.1, qualifier="about")]),
    ("GRDP tăng 8,3% so với năm trước", "vi", [dict(value=8.3, qualifier=None)]),
    ("exports grew 7 percent, higher than 5.2 percent recorded in the same period last year", "en",
     [dict(value=7.0, qualifier=None), dict(value=5.2, qualifier=None)]),
    ("inflation was lower than 3 percent a year earlier", "en", [dict(value=3.0, qualifier=None)]),
    ("wages higher than 5 million VND a month", "en", [dict(value=5e6, qualifier="more_than")]),
    ("the rate must stay lower than 4 percent", "en", [dict(value=4.0, qualifier="less_than")]),
]


@pytest.mark.parametrize("text, lang, wanted", QUALIFIERS)
def test_estimates_and_compared_values(text, lang, wanted):
    check(text, lang, wanted)


# English coordinated counted nouns read whole
COORDINATED = [
    ("four localities and units missed the deadline", "en", [dict(value=4.0, unit="localities and units")]),
    ("a review of 29 agencies and units began", "en", [dict(value=29.0, unit="agencies and units")]),
]


@pytest.mark.parametrize("text, lang, wanted", COORDINATED)
def test_coordinated_counted_nouns_are_read_whole(text, lang, wanted):
    check(text, lang, wanted)
