"""Round 19b (blind, real public pages), Vietnamese, English and French: a relation cue with an adjective before the
law ('replaces the previous Labor Code 2012'), French 'la date d'application de' (an in-force date, no relation), a
Vietnamese adoption day opening a sentence whose law is adopted in the passive ('Vào ngày …, Bộ luật … đã được Quốc
hội thông qua'), and an English year-less name followed by the same law with its year in parentheses ('the new Labor
Code (Labor Code 2019)': one mention). Literal cases written for this file (no sentence of the round's pages) and
look-alikes. README "Round 19b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, *fields):
    return [tuple(getattr(r, f) for f in fields) for r in find_references(text, lang=lang, published="2022-03-01")]


@pytest.mark.parametrize("text, expected", [
    ("The new law replaces the previous Law on Investment 2014.", [("Luật Đầu tư 2014", "replaces")]),
    ("The decree, replacing the former Decree No. 15/2015/ND-CP, took effect.", [("15/2015/NĐ-CP", "replaces")]),
    ("It supersedes the old Land Law 2013 entirely.", [("Luật Đất đai 2013", "replaces")]),
    # look-alikes: the adjective with no cue before it stays a citation
    ("Under the previous Law on Investment 2014, the rule was stricter.", [("Luật Đầu tư 2014", "cites")]),
    ("The former Decree No. 15/2015/ND-CP set a lower fee.", [("15/2015/NĐ-CP", "cites")]),
])
def test_english_relation_cue_with_an_adjective_before_the_law(text, expected):
    assert _refs(text, "en", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le gouvernement veut avancer la date d'application de la Loi sur le logement de 2023.",
     [("Luật Nhà ở 2023", "cites")]),
    ("La date d’application du décret n° 10/2022/ND-CP a été reportée.", [("10/2022/NĐ-CP", "cites")]),
    # control: the application of a law by a text stays implements
    ("Ce décret est pris en application de la loi sur le logement de 2023.", [("Luật Nhà ở 2023", "implements")]),
])
def test_french_date_of_application_is_no_relation(text, expected):
    assert _refs(text, "fr", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("Vào ngày 17 tháng 6 năm 2020, Luật Đầu tư 2020 đã được Quốc hội thông qua.", [("Luật Đầu tư 2020", "2020-06-17")]),
    ("Ngày 25/11/2014, Luật Nhà ở 2014 đã được Quốc hội khóa XIII thông qua và có hiệu lực từ 01/7/2015.",
     [("Luật Nhà ở 2014", "2014-11-25")]),
    ("Báo cáo nêu rõ.\nVào ngày 29 tháng 11 năm 2013, Luật Đất đai 2013 đã được Quốc hội khóa XIII thông qua.",
     [("Luật Đất đai 2013", "2013-11-29")]),
    ("Những điểm mới của Luật Đất đai 2013 Vào ngày 29/11/2013, Luật Đất đai 2013 đã được Quốc hội thông qua.",
     [("Luật Đất đai 2013", None), ("Luật Đất đai 2013", "2013-11-29")]),
    # look-alikes: an in-force day opening the sentence, and a day of a meeting that adopted nothing
    ("Từ ngày 01 tháng 01 năm 2021, Bộ luật Lao động 2019 đã được áp dụng rộng rãi.", [("Bộ luật Lao động 2019", None)]),
    ("Ngày 20 tháng 5 năm 2020, Luật Đầu tư 2020 đã được Quốc hội thảo luận tại hội trường.",
     [("Luật Đầu tư 2020", None)]),
])
def test_vietnamese_passive_adoption_after_a_day_opening_the_sentence(text, expected):
    assert _refs(text, "vi", "id", "issued") == expected


@pytest.mark.parametrize("text, expected", [
    ("The National Assembly adopted the new Law on Investment (Law on Investment 2020) in June.",
     [("Luật Đầu tư 2020", "Law on Investment 2020")]),
    ("Firms must follow the Land Law (Land Law 2013) until 2024.", [("Luật Đất đai 2013", "Land Law 2013")]),
    ("Labor Code of National Assembly dated 18 June 2012 (Labor Code 2012) still applies.",
     [("Bộ luật Lao động 2012", "Labor Code 2012")]),
    # look-alikes: a parenthesis naming another law, or no law, keeps the first name; a short name it defines too
    ("The Law on Enterprises (2020 LOE) is new. The 2020 LOE removes seals.",
     [("Luật Doanh nghiệp", "Law on Enterprises"), ("Luật Doanh nghiệp 2020", "2020 LOE"), ("Luật Doanh nghiệp 2020", "2020 LOE")]),
    ("The Land Law (as amended by the Law on Investment 2020) applies.",
     [("Luật Đất đai", "Land Law"), ("Luật Đầu tư 2020", "Law on Investment 2020")]),
    ("The Land Law (see below) applies.", [("Luật Đất đai", "Land Law")]),
])
def test_english_yearless_name_then_the_same_law_with_its_year_in_parentheses(text, expected):
    assert _refs(text, "en", "id", "text") == expected


@pytest.mark.parametrize("text, expected", [
    ("Labor Code of National Assembly dated 18 June 2012 (Labor Code 2012) still applies.",
     [("Bộ luật Lao động 2012", "2012-06-18")]),
    # look-alike: a day of another year in the words between dates nothing
    ("Labor Code of National Assembly dated 18 June 2019 (Labor Code 2012) still applies.",
     [("Bộ luật Lao động 2012", None)]),
])
def test_english_day_between_the_name_and_its_parenthesis_dates_it(text, expected):
    assert _refs(text, "en", "id", "issued") == expected


@pytest.mark.parametrize("text, expected", [
    ("On 17 June 2020, the Law on Investment 2020 was passed by the National Assembly.",
     [("Luật Đầu tư 2020", "2020-06-17")]),
    # look-alike: a day the law takes effect, then a passive that adopts nothing
    ("On 1 January 2021, the Law on Investment 2020 was applied by the courts.", [("Luật Đầu tư 2020", None)]),
])
def test_english_passive_adoption_after_a_day_opening_the_sentence(text, expected):
    assert _refs(text, "en", "id", "issued") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Ngày 25/11/2014, Quốc hội đã thông qua Luật Nhà ở số 65/2014/QH13 hay còn được gọi là Luật Nhà ở năm 2014.", "vi",
     [("65/2014/QH13", "2014-11-25"), ("Luật Nhà ở 2014", "2014-11-25")]),
    ("Ngày 17/6/2020, Quốc hội thông qua Luật Đầu tư số 61/2020/QH14 (còn gọi là Luật Đầu tư 2020).", "vi",
     [("61/2020/QH14", "2020-06-17"), ("Luật Đầu tư 2020", "2020-06-17")]),
    ("On 17 June 2020, the National Assembly passed Law No. 61/2020/QH14, also known as the Law on Investment 2020.",
     "en", [("61/2020/QH14", "2020-06-17"), ("Luật Đầu tư 2020", "2020-06-17")]),
    # look-alikes: an alias of another year, and a law named after the number with no alias words
    ("Ngày 25/11/2014, Quốc hội đã thông qua Luật Nhà ở số 65/2014/QH13 hay còn được gọi là Luật Nhà ở năm 2023.", "vi",
     [("65/2014/QH13", "2014-11-25"), ("Luật Nhà ở 2023", None)]),
    ("Ngày 25/11/2014, Quốc hội đã thông qua Luật Nhà ở số 65/2014/QH13 thay thế Luật Nhà ở năm 2005.", "vi",
     [("65/2014/QH13", "2014-11-25"), ("Luật Nhà ở 2005", None)]),
])
def test_an_alias_after_a_dated_number_takes_its_day(text, lang, expected):
    assert _refs(text, lang, "id", "issued") == expected
