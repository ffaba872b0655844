"""Round 23b (blind, real public pages), Vietnamese, English and French: a symbol with a lower-case word a
flattened page glued to it (`Decree No. 15/2018/ND-CPfa-exclamation-circle`), the French number marker with a
space before its degree sign (`décret n ° 04/CP`), and `in` between the country's name and a law's year (`the
Constitution of the Socialist Republic of Vietnam in 1992`). Literal cases written for this file (no sentence of the
round's pages) and look-alikes. README "Round 23b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _found(text, lang):
    return [(r.id, r.issued) for r in find_references(text, lang=lang, published="2019-03-01")]


@pytest.mark.parametrize("text, lang, expected", [
    ("as regulated at Decree No. 43/2017/ND-CPfa-external-link and its annex.", "en", [("43/2017/NĐ-CP", None)]),
    ("Circular No. 65/2017/TT-BTCfa-check dated June 1, 2017 applies.", "en", [("65/2017/TT-BTC", "2017-06-01")]),
    ("theo Nghị định số 15/2018/NĐ-CPtải về của Chính phủ.", "vi", [("15/2018/NĐ-CP", None)]),
    ("selon le décret n°15/2018/ND-CPtélécharger du gouvernement.", "fr", [("15/2018/NĐ-CP", None)]),
    # look-alikes: a capitalised word glued after the symbol, and a lower-case word glued after an issuer the
    # table does not know, stay none
    ("as regulated at Decree No. 43/2017/ND-CPDecree of the Government.", "en", []),
    ("theo Nghị định số 15/2018/NĐ-XQtải về của Chính phủ.", "vi", []),
])
def test_a_lower_case_word_glued_after_the_issuer(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("le décret du gouvernement n ° 12/CP du 24 mars 1995 en liaison avec", "fr", [("12/CP", "1995-03-24")]),
    ("la circulaire n ° 05/2018/TT-BTC du 10 janvier 2018 prévoit", "fr", [("5/2018/TT-BTC", "2018-01-10")]),
    ("Décret N ° 24 / CP du 24 mars 1995.", "fr", [("24/CP", "1995-03-24")]),
    # look-alikes: the spaced marker before a count or a street number is no symbol
    ("la maison n ° 24 de la rue, sans décret.", "fr", []),
    ("le dossier n ° 12 / 2 du registre.", "fr", []),
])
def test_the_french_number_marker_with_a_space_before_the_degree_sign(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Pursuant to the Constitution of the Socialist Republic of Vietnam in 1992, as amended,", "en", ["Hiến pháp 1992"]),
    ("Pursuant to the Constitution of the Socialist Republic of Viet Nam in 2013;", "en", ["Hiến pháp 2013"]),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;", "vi", ["Hiến pháp 1992"]),
    ("Vu la Constitution de la République socialiste du Vietnam de 1992;", "fr", ["Hiến pháp 1992"]),
    # look-alikes: 'in' and a year after another name is the year of an event, not the law's
    ("The National Assembly amended the Land Law in 2018 to ease procedures.", "en", ["Luật Đất đai"]),
    ("The Constitution of the Socialist Republic of Vietnam, in 2013 revised,", "en", ["Hiến pháp"]),
])
def test_in_between_the_country_name_and_the_law_year(text, lang, expected):
    assert [r.id for r in find_references(text, lang=lang, published="2015-01-01")] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("1. Ce décret prend effet le 1er juillet 2001 et remplace les textes suivants:\n– le décret n° 04/CP du 18 janvier"
     " 1993;\n– la décision n° 12/2000/QD-TTg du 24 mars 2000.", "fr", [("4/CP", "replaces"), ("12/2000/QĐ-TTg", "replaces")]),
    ("2. This Decree replaces the following documents:\n- Decree No. 04/CP of January 18, 1993;\n- Decision No."
     " 12/2000/QD-TTg of March 24, 2000.", "en", [("4/CP", "replaces"), ("12/2000/QĐ-TTg", "replaces")]),
    ("Điều 2. Nghị định này thay thế các văn bản sau đây:\na) Nghị định số 04/CP ngày 18 tháng 01 năm 1993;\nb) Quyết"
     " định số 12/2000/QĐ-TTg ngày 24 tháng 3 năm 2000.", "vi", [("4/CP", "replaces"), ("12/2000/QĐ-TTg", "replaces")]),
    # look-alikes: a line without an item's mark ends the list; a citing heading over a list replaces nothing
    ("This Decree replaces the following documents:\n- Decree No. 04/CP of January 18, 1993.\nThe Ministry applies"
     " Decision No. 12/2000/QD-TTg.", "en", [("4/CP", "replaces"), ("12/2000/QĐ-TTg", "cites")]),
    ("Căn cứ các văn bản sau:\n- Nghị định số 04/CP ngày 18 tháng 01 năm 1993;\n- Quyết định số 12/2000/QĐ-TTg.",
     "vi", [("4/CP", "cites"), ("12/2000/QĐ-TTg", "cites")]),
])
def test_a_replacing_heading_over_a_list_of_items_one_a_line(text, lang, expected):
    assert [(r.id, r.relation) for r in find_references(text, lang=lang, published="2001-06-01")] == expected
