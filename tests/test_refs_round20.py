"""Round 20 (blind, real public pages), Vietnamese, English and French: a sentence a legal database broke into short
lines ('Thủ tướng Chính\\nphủ đã ban hành Chỉ thị số …': the line break inside the sentence ends nothing), the items of
an implementing list set off by a comma ('Thực hiện Nghị quyết số … năm 2015, Quyết định số …'), an English header's
ordinal day ('Hanoi, April\\n29th 2011'), 'that' before 'the <year> Law …' (a conjunction, no determiner), an English
adoption day after 'officially approved by the Government … and the National Assembly on', a French resolution of the
National Assembly by its number and year without its symbol ('la Résolution No15/2008 de l’Assemblée nationale',
round 19b's open item), and French 'mise en œuvre en <year> de'. Literal cases written for this file (no sentence of
the round's pages) and look-alikes. README "Round 20 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, *fields, published="2024-07-11"):
    return [tuple(getattr(r, f) for f in fields) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 15/3/2019, Thủ tướng Chính\nphủ đã ban hành Quyết định số 312/QĐ-TTg về việc phê duyệt.",
     [("312/QĐ-TTg", "2019-03-15")]),
    ("Ngày 02/8/2016, Bộ Tài\nchính đã ban hành Thông tư số 119/2016/TT-BTC hướng dẫn.",
     [("119/2016/TT-BTC", "2016-08-02")]),
    # look-alikes: a line opening with a capital (a heading, a new sentence) still ends the sentence
    ("Ngày 15/3/2019\nQUYẾT ĐỊNH\nThủ tướng Chính phủ đã ban hành Quyết định số 312/QĐ-TTg.",
     [("312/QĐ-TTg", None)]),
    ("Ngày 15/3/2019, đoàn công tác đến tỉnh.\nThủ tướng Chính phủ đã ban hành Quyết định số 312/QĐ-TTg.",
     [("312/QĐ-TTg", None)]),
])
def test_vietnamese_line_break_inside_a_sentence_ends_nothing(text, expected):
    assert _refs(text, "vi", "id", "issued") == expected


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện Nghị quyết số 12/NQ-CP ngày 05/01/2019 của Chính phủ về nhiệm vụ phát triển kinh tế - xã hội năm "
     "2019, Quyết định số 45/QĐ-UBND ngày 10/01/2019 của UBND tỉnh, các sở đã triển khai.",
     [("12/NQ-CP", "implements"), ("45/QĐ-UBND", "implements")]),
    ("Thực hiện Kế hoạch số 20/KH-UBND về cải cách hành chính năm 2020; Nghị quyết số 30/2019/NQ-HĐND về ngân sách "
     "năm 2020, Quyết định số 77/QĐ-UBND về giao dự toán, các đơn vị đã thực hiện.",
     [("20/KH-UBND", "implements"), ("30/2019/NQ-HĐND", "implements"), ("77/QĐ-UBND", "implements")]),
    # look-alikes: the document after a comma and other words is the province's own act, not an item
    ("Thực hiện Nghị quyết số 12/NQ-CP của Chính phủ về nhiệm vụ năm 2019, UBND tỉnh ban hành Quyết định số "
     "45/QĐ-UBND về kế hoạch.", [("12/NQ-CP", "implements"), ("45/QĐ-UBND", "cites")]),
    ("Thực hiện Nghị quyết số 12/NQ-CP của Chính phủ về nhiệm vụ năm 2019. Quyết định số 45/QĐ-UBND quy định mức "
     "chi.", [("12/NQ-CP", "implements"), ("45/QĐ-UBND", "cites")]),
])
def test_vietnamese_implementing_list_with_items_after_a_comma(text, expected):
    assert [(i.split("@")[0], r) for i, r in _refs(text, "vi", "id", "relation")] == expected


@pytest.mark.parametrize("text, expected", [
    ("THE MINISTRY OF FINANCE\nNo.\n78/2014/TT-BTC\n|\nHanoi, June\n18th 2014\n|\nCIRCULAR\nGUIDING X",
     [("78/2014/TT-BTC", "2014-06-18")]),
    ("THE GOVERNMENT\nNo. 20/2017/ND-CP\nHanoi, February 24th, 2017\nDECREE", [("20/2017/NĐ-CP", "2017-02-24")]),
    # look-alike: a header day of another year than the symbol's dates nothing
    ("THE MINISTRY OF FINANCE\nNo. 78/2014/TT-BTC\nHanoi, June 18th 2015\nCIRCULAR", [("78/2014/TT-BTC", None)]),
])
def test_english_header_day_with_an_ordinal_ending(text, expected):
    assert _refs(text, "en", "id", "issued") == expected


@pytest.mark.parametrize("text, expected", [
    ("Experts believe that the 2020 Law on Investment will attract capital.", [("Luật Đầu tư 2020", "cites")]),
    ("The report notes that the 2013 Land Law left gaps.", [("Luật Đất đai 2013", "cites")]),
    # look-alikes: a determiner right before a name keeps it no reference
    ("That Land Law was discussed for years.", []),
    ("This Land Law of 2013 is old.", []),
])
def test_english_that_before_an_article_and_a_year_is_no_determiner(text, expected):
    assert _refs(text, "en", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("The draft 2023 Law on Housing was officially approved by the Government of Vietnam and the National Assembly "
     "on November 27, 2023.", [("Luật Nhà ở 2023", "2023-11-27")]),
    ("The 2023 Law on Housing was approved by the National Assembly on November 27, 2023.",
     [("Luật Nhà ở 2023", "2023-11-27")]),
    # look-alikes: a day the law takes effect, and a body that adopts no law, date nothing
    ("The 2023 Law on Housing was approved by the Ministry of Construction on November 27, 2023.",
     [("Luật Nhà ở 2023", None)]),
    ("The 2023 Law on Housing takes effect on August 1, 2024.", [("Luật Nhà ở 2023", None)]),
])
def test_english_adoption_day_after_officially_approved(text, expected):
    assert _refs(text, "en", "id", "issued") == expected


@pytest.mark.parametrize("text, expected", [
    ("conformément à la Résolution No12/2012 de l’Assemblée nationale (XIIIe législature)", [("12/2012/QH13", "cites")]),
    ("selon la résolution n° 35/2009 de l'Assemblée nationale", [("35/2009/QH12", "cites")]),
    ("la résolution n° 1004/2015 du Comité permanent de l’Assemblée nationale", [("1004/2015/UBTVQH13", "cites")]),
    ("en vertu du Décret 98 de 2018", [("98/2018/NĐ-CP", "cites")]),
    # look-alikes: no year (no symbol can be formed), a year two legislatures share, a capital type word alone
    ("la Résolution 12 de l’Assemblée nationale", []),
    ("la résolution n° 15/2016 de l’Assemblée nationale", []),
    ("la Résolution a été adoptée par l’Assemblée nationale", []),
])
def test_french_assembly_resolution_by_number_and_year(text, expected):
    assert _refs(text, "fr", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("depuis la mise en œuvre en 2018 de la résolution N°11-NQ/TW, l'économie a progressé",
     [("11-NQ/TW", "implements")]),
    ("la mise en œuvre en 2020 du décret n° 15/2020/ND-CP", [("15/2020/NĐ-CP", "implements")]),
    # look-alike: a year with no cue before it
    ("adoptée en 2018, la résolution N°11-NQ/TW vise le secteur privé", [("11-NQ/TW", "cites")]),
])
def test_french_implementation_with_its_year_before_the_document(text, expected):
    assert _refs(text, "fr", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện Nghị quyết số 12/NQ-CP của Chính phủ về nhiệm vụ năm 2019, UBND tỉnh ban hành Quyết định số "
     "45/QĐ-UBND ngày 10/01/2019 về kế hoạch.", [("12/NQ-CP", None), ("45/QĐ-UBND", "2019-01-10")]),
    ("Căn cứ Nghị quyết số 30/NQ-CP của Chính phủ, Bộ Tài chính đã ban hành Thông tư số 15/2020/TT-BTC ngày "
     "5/3/2020.", [("30/NQ-CP", None), ("15/2020/TT-BTC", "2020-03-05")]),
    # controls: the issuing clause right after the document dates it
    ("Nghị quyết số 12/NQ-CP được Chính phủ ban hành ngày 05/01/2019 về nhiệm vụ.", [("12/NQ-CP", "2019-01-05")]),
    ("Nghị định số 49/2017/NĐ-CP, được Chính phủ ban hành ngày 24/4/2017, quy định.", [("49/2017/NĐ-CP", "2017-04-24")]),
])
def test_vietnamese_issuing_clause_of_another_document_dates_only_that_one(text, expected):
    assert [(i.split("@")[0], d) for i, d in _refs(text, "vi", "id", "issued")] == expected
