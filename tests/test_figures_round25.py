"""Literal cases of the error classes blind round 25 found on real public pages (docs/quality.md, "Round 25 (blind,
real public pages): figures vi, en, fr, sv"), in the languages where each class exists, with look-alikes that must
stay out. The sentences are written for these tests; none is taken from the round's pages."""
from __future__ import annotations

import pytest

from tests.figure_cases import check


# a percent word hyphenated to its number before a noun: a 6.2-per-cent increase, en 5-procentig ökning
HYPHENATED_PERCENT = [
    ("Rubber brought a 12.5-per-cent rise in earnings.", "en", [dict(text="12.5-per-cent", value=12.5, unit="%")]),
    ("The ministry expects a 3-percent drop in rice output.", "en", [dict(text="3-percent", value=3.0, unit="%")]),
    ("Regeringen föreslår en 4-procentig höjning av anslaget.", "sv", [dict(text="4-procentig", value=4.0, unit="%")]),
    ("Exporten visade 7-procentiga ökningar två år i rad.", "sv",
     [dict(value=7.0, unit="%"), dict(text="två år", value=2.0, unit="år")]),
]

# hyphenated words that are no percent stay codes or compounds as before
HYPHENATED_LOOK_ALIKES = [
    ("The COVID-19 pandemic slowed the 5-year plan.", "en", []),
    ("Kontoret ligger på plan 3-procent-gatan saknas.", "sv", []),
]


@pytest.mark.parametrize("text, lang, wanted", HYPHENATED_PERCENT)
def test_a_percent_hyphenated_to_its_number_is_read(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", HYPHENATED_LOOK_ALIKES)
def test_other_hyphenated_words_stay_out(text, lang, wanted):
    check(text, lang, wanted)


# a rate's period written as one adverb or as 'mỗi'/'một' before a time word or a unit: its denominator
RATE_WORDS = [
    ("Seafood earned at least US$2 billion annually.", "en",
     [dict(value=2e9, qualifier="at_least", currency="USD", per="year")]),
    ("Tourism is forecast to grow 6 percent yearly.", "en", [dict(value=6.0, unit="%", per="year")]),
    ("Ekonomin väntas växa med 5 % årligen.", "sv", [dict(value=5.0, unit="%", per="år")]),
    ("Hyran höjs med 2 procent om året.", "sv", [dict(value=2.0, unit="%", per="år")]),
    ("Les ventes progressent de 4 % annuellement.", "fr", [dict(value=4.0, unit="%", per="an")]),
    ("Le budget augmente de 3 % chaque année.", "fr", [dict(value=3.0, unit="%", per="an")]),
    ("Mục tiêu tăng trưởng GRDP bình quân 6-7% mỗi năm.", "vi", [dict(low=6.0, high=7.0, unit="%", per="năm")]),
    ("Kim ngạch tăng 9% hằng năm.", "vi", [dict(value=9.0, unit="%", per="năm")]),
    ("Giá xuất khẩu bình quân 540 USD một tấn.", "vi", [dict(value=540.0, currency="USD", per="tấn")]),
    ("Mỗi hộ được hỗ trợ 2 triệu đồng một tháng.", "vi", [dict(value=2e6, currency="VND", per="tháng")]),
]

# 'a year ago', 'một số', 'một cách', 'mỗi' before a plain word: no rate named
RATE_LOOK_ALIKES = [
    ("Exports were worth $2 billion a year ago.", "en", [dict(value=2e9, currency="USD", per=None)]),
    ("Giá giảm 5% một số mặt hàng nông sản.", "vi", [dict(value=5.0, unit="%", per=None)]),
    ("Doanh thu tăng 10% một cách ổn định.", "vi", [dict(value=10.0, unit="%", per=None)]),
    ("Lãi suất giảm 0,5% so với năm trước.", "vi", [dict(value=0.5, unit="%", per=None)]),
    ("Les exportations ont crû de 5 % l'an dernier.", "fr", [dict(value=5.0, unit="%", per=None)]),
]


@pytest.mark.parametrize("text, lang, wanted", RATE_WORDS)
def test_a_rate_written_with_a_word_names_its_denominator(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", RATE_LOOK_ALIKES)
def test_no_rate_where_none_is_named(text, lang, wanted):
    check(text, lang, wanted)


# a multiple or a span of time is the whole unit: nine times higher, cinq mois suivants l'a, tre gånger större
WHOLE_UNIT_WORDS = [
    ("Imports were four times higher than last year.", "en", [dict(text="four times", value=4.0, unit="times")]),
    ("Le chiffre est trois fois supérieur à celui de 2020.", "fr", [dict(text="trois fois", value=3.0, unit="fois")]),
    ("Au cours des six mois suivants la production a repris.", "fr", [dict(text="six mois", value=6.0, unit="mois")]),
    ("La loi est appliquée depuis 10 ans sans changement.", "fr", [dict(text="10 ans", value=10.0, unit="ans")]),
    ("Exporten var tre gånger större än importen.", "sv", [dict(text="tre gånger", value=3.0, unit="gånger")]),
    ("Thu nhập tăng gấp 2 lần so với trước.", "vi", [dict(value=2.0, unit="lần")]),
]

# other counted nouns keep their adjective
WHOLE_UNIT_LOOK_ALIKES = [
    ("Le délai est de deux jours ouvrables.", "fr", [dict(value=2.0, unit="jours ouvrables")]),
    ("Three rural roads were built.", "en", [dict(value=3.0, unit="rural roads")]),
]


@pytest.mark.parametrize("text, lang, wanted", WHOLE_UNIT_WORDS)
def test_a_multiple_or_a_span_of_time_is_the_whole_unit(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", WHOLE_UNIT_LOOK_ALIKES)
def test_other_counted_nouns_keep_their_words(text, lang, wanted):
    check(text, lang, wanted)


# counted nouns of several words the press writes often: ministries and central agencies, khu vực kinh tế
COUNTED_NOUNS = [
    ("Only 12 ministries and central agencies met the target.", "en",
     [dict(value=12.0, unit="ministries and central agencies")]),
    ("Cả 3 khu vực kinh tế đều tăng trưởng.", "vi", [dict(value=3.0, unit="khu vực kinh tế")]),
]


@pytest.mark.parametrize("text, lang, wanted", COUNTED_NOUNS)
def test_counted_nouns_of_several_words(text, lang, wanted):
    check(text, lang, wanted)


# a French superlative between a number and its noun is no part of the unit, as 'autres' (les deux plus grands hubs)
SUPERLATIVES = [
    ("Les deux plus grands ports du pays sont agrandis.", "fr", [dict(text="deux plus grands ports", value=2.0, unit="ports")]),
    ("Les trois principaux partenaires commerciaux restent stables.", "fr",
     [dict(text="trois principaux partenaires commerciaux", value=3.0, unit="partenaires commerciaux")]),
    ("Les 5 plus importantes provinces rizicoles ont signé.", "fr", [dict(value=5.0, unit="provinces rizicoles")]),
    ("The two biggest seaports are being expanded.", "en", [dict(value=2.0, unit="biggest seaports")]),
]

# a comparison with 'plus' after the noun, or a period, is no superlative
SUPERLATIVE_LOOK_ALIKES = [
    ("Les cinq premiers mois, les exportations ont augmenté.", "fr", []),
    ("Il faut 3 ans de plus pour achever le projet.", "fr", [dict(value=3.0, unit="ans")]),
]


@pytest.mark.parametrize("text, lang, wanted", SUPERLATIVES)
def test_a_superlative_before_the_noun_is_skipped(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", SUPERLATIVE_LOOK_ALIKES)
def test_no_superlative_no_skip(text, lang, wanted):
    check(text, lang, wanted)


# an amount of a scale word listed before one whose currency is written takes that currency
LISTED_AMOUNTS = [
    ("Le café et le riz ont rapporté respectivement plus d'un milliard et 1,5 milliard de dollars.", "fr",
     [dict(value=1e9, qualifier="more_than", currency="USD", unit="USD"), dict(value=1.5e9, currency="USD")]),
    ("Pepper and cashew earned 2 billion and 3.1 billion dollars.", "en",
     [dict(value=2e9, currency="USD"), dict(value=3.1e9, currency="USD")]),
    ("Hai mặt hàng đạt 2 triệu và 3,5 triệu USD.", "vi",
     [dict(value=2.0, unit="mặt hàng"), dict(value=2e6, currency="USD"), dict(value=3.5e6, currency="USD")]),
    ("Exporten och importen var 2 miljarder respektive 3 miljarder kronor.", "sv",
     [dict(value=2e9, currency="SEK"), dict(value=3e9, currency="SEK")]),
]

# alone, or before another scale, an amount with no currency written stays bare
LISTED_AMOUNTS_LOOK_ALIKES = [
    ("Les ventes ont dépassé 700 milliards de dollars, et 8 produits plus de 10 milliards.", "fr",
     [dict(value=7e11, currency="USD"), dict(value=8.0, unit="produits"), dict(value=1e10, qualifier="more_than", currency=None)]),
    ("The fund holds 2 million and 3 billion dollars.", "en",
     [dict(value=2e6, currency=None), dict(value=3e9, currency="USD")]),
]


@pytest.mark.parametrize("text, lang, wanted", LISTED_AMOUNTS)
def test_a_listed_amount_takes_the_currency_written_after_the_last(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", LISTED_AMOUNTS_LOOK_ALIKES)
def test_an_amount_alone_stays_bare(text, lang, wanted):
    check(text, lang, wanted)


# a number word counting a part of a whole named after it by 'of', 'des', 'av', 'trong số': a figure, unit null
PART_OF_A_NAMED_WHOLE = [
    ("Three of the ministries reported late.", "en", [dict(text="Three", value=3.0, unit=None)]),
    ("Five of Viet Nam's coffee provinces lost output.", "en", [dict(text="Five", value=5.0, unit=None)]),
    ("Deux des provinces ont déjà signé.", "fr", [dict(text="Deux", value=2.0, unit=None)]),
    ("Två av de största bankerna deltog.", "sv", [dict(text="Två", value=2.0, unit=None)]),
    ("Hai trong số các tỉnh đã hoàn thành.", "vi", [dict(text="Hai", value=2.0, unit=None)]),
]

# 'one of', a pronoun after the link (two of them), digits (page 3 of the report): no figure
PART_OF_LOOK_ALIKES = [
    ("One of the provinces reported late.", "en", []),
    ("Two of them reported late.", "en", []),
    ("See page 3 of the report.", "en", []),
    ("Tre av dem kom i tid.", "sv", []),
    ("Hai trong số đó đã hoàn thành.", "vi", []),
]


@pytest.mark.parametrize("text, lang, wanted", PART_OF_A_NAMED_WHOLE)
def test_a_number_word_counting_part_of_a_named_whole(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", PART_OF_LOOK_ALIKES)
def test_no_part_without_a_named_whole(text, lang, wanted):
    check(text, lang, wanted)


# Vietnamese: months or quarters right after a total (kim ngạch, doanh thu, GDP) name its period, no duration
TOTAL_PERIODS = [
    ("Thị trường này dẫn đầu với kim ngạch 9 tháng đạt 3,1 tỷ USD.", "vi", [dict(value=3.1e9, currency="USD")]),
    ("Doanh thu 6 tháng của doanh nghiệp đạt 120 tỷ đồng.", "vi", [dict(value=1.2e11, currency="VND")]),
    ("Tăng trưởng GDP 6 tháng ước đạt 5,7%.", "vi", [dict(value=5.7, qualifier="about", unit="%")]),
]

# a duration elsewhere stays a figure; money after kim ngạch stays money
TOTAL_PERIOD_LOOK_ALIKES = [
    ("Dự án kéo dài 9 tháng.", "vi", [dict(value=9.0, unit="tháng")]),
    ("Trong 5 tháng qua, kim ngạch 2 tỷ USD.", "vi", [dict(value=5.0, unit="tháng"), dict(value=2e9, currency="USD")]),
]


@pytest.mark.parametrize("text, lang, wanted", TOTAL_PERIODS)
def test_months_after_a_total_name_its_period(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", TOTAL_PERIOD_LOOK_ALIKES)
def test_durations_and_money_stay(text, lang, wanted):
    check(text, lang, wanted)


# a page that copies figures written the English way (94,348,835) into Swedish, French or Vietnamese text reads its
# lone comma before three digits as thousands too; its decimal commas (85,7 %) stay decimal; the same the other way
PROVEN_THOUSANDS = [
    ("Befolkning: 94,348,835. Yta: 331,210 kvadratkilometer. Andel: 85,7 %.", "sv",
     [dict(value=94348835.0), dict(value=331210.0, unit="kvadratkilometer"), dict(value=85.7, unit="%")]),
    ("Population : 67,750,000. Superficie : 551,695 km2. Croissance : 2,5 %.", "fr",
     [dict(value=67750000.0), dict(value=551695.0, unit="km2"), dict(value=2.5, unit="%")]),
    ("Dân số: 96,208,984 người; diện tích: 331,212 km2; tăng 2,5%.", "vi",
     [dict(value=96208984.0, unit="người"), dict(value=331212.0, unit="km2"), dict(value=2.5, unit="%")]),
    ("Population: 1.234.567 people; output: 2.500 tonnes; growth 2.5%.", "en",
     [dict(value=1234567.0, unit="people"), dict(value=2500.0, unit="tonnes"), dict(value=2.5, unit="%")]),
]

# without such a number the language's convention reads the lone separator
PROVEN_THOUSANDS_LOOK_ALIKES = [
    ("Yta: 331,210 kvadratkilometer. Andel: 85,7 %.", "sv", [dict(value=331.21), dict(value=85.7)]),
    ("GRDP ước đạt 126,484 tỷ đồng, giảm 9,28%.", "vi", [dict(value=126484000000.0), dict(value=9.28)]),
]


@pytest.mark.parametrize("text, lang, wanted", PROVEN_THOUSANDS)
def test_a_thousands_separator_the_page_proves_groups_lone_numbers(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", PROVEN_THOUSANDS_LOOK_ALIKES)
def test_without_proof_the_language_convention_reads(text, lang, wanted):
    check(text, lang, wanted)


# a multiple written as a word is a figure with no unit of its own, as a share is, with the qualifier before it
MULTIPLE_WORDS = [
    ("Le chiffre d'affaires est presque le double depuis 2015.", "fr", [dict(text="presque le double", value=2.0, qualifier="nearly", unit=None)]),
    ("Les ventes atteignent le double de 2019.", "fr", [dict(text="le double", value=2.0, unit=None)]),
    ("Exports were nearly twice as high as imports.", "en", [dict(text="nearly twice", value=2.0, qualifier="nearly", unit=None)]),
    ("Số lao động tăng hơn gấp đôi so với năm trước.", "vi", [dict(text="hơn gấp đôi", value=2.0, qualifier="more_than", unit=None)]),
    ("Exporten var dubbelt så stor som importen.", "sv", [dict(text="dubbelt så", value=2.0, unit=None)]),
]

# the same words as an adjective or an adverb: no ratio of a quantity
MULTIPLE_LOOK_ALIKES = [
    ("Le double langage du ministre a surpris.", "fr", []),
    ("The board meets twice daily.", "en", []),
    ("Hon har dubbelt medborgarskap.", "sv", []),
    ("Đôi bạn cùng tiến đã về đích.", "vi", []),
]


@pytest.mark.parametrize("text, lang, wanted", MULTIPLE_WORDS)
def test_a_multiple_written_as_a_word(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", MULTIPLE_LOOK_ALIKES)
def test_multiple_words_used_otherwise_stay_out(text, lang, wanted):
    check(text, lang, wanted)
