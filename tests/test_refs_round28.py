"""Round 28's references classes (issue #14, blind round on real public pages): a record field's name is no issuing
verb, a decree regulating how a law is carried out guides it, the French present tense of the formal amending phrase,
relation cues read in French typed without accents, a department's letter numbered NUMBER/UNIT. Literal cases written
for this file (no sentence of the round's pages) and look-alikes. docs/quality.md "Round 28 (blind, real public
pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _issued(text, lang):
    return [(r.id, r.issued) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a database record flattened on one line (a page's table rows joined): the issuing verb is part of the next field's
    # name ("Ngày ban hành", "Ngày ký", "Date issued", "Issued date"); the field's date dates no mention (the convention
    # of every record in the golds since round 8)
    ("| Số hiệu | 1587/QĐ-TTg | | Ngày ban hành | 14/08/2023 | | Loại văn bản | Quyết định |", "vi",
     [("1587/QĐ-TTg", None)]),
    ("Số hiệu: 15/2024/TT-BTC Ngày ban hành: 05/03/2024 Người ký: Nguyễn Văn A", "vi", [("15/2024/TT-BTC", None)]),
    ("Số hiệu: 15/2024/TT-BTC Ngày ký: 05/03/2024 Lĩnh vực: Thuế", "vi", [("15/2024/TT-BTC", None)]),
    ("Official number: 59/2024/ND-CP Date issued: 12/05/2024 Type: Decree", "en", [("59/2024/NĐ-CP", None)]),
    ("| Official number: | 59/2024/ND-CP | | Issued date: | 12/05/2024 |", "en", [("59/2024/NĐ-CP", None)]),
    # controls: the verb in a sentence still dates the document
    ("Ngày 14/8/2023, Thủ tướng ban hành Quyết định số 1587/QĐ-TTg.", "vi", [("1587/QĐ-TTg", "2023-08-14")]),
    ("Thông tư số 15/2024/TT-BTC được Bộ Tài chính ban hành ngày 05/03/2024.", "vi", [("15/2024/TT-BTC", "2024-03-05")]),
    ("Decree No. 59/2024/ND-CP was issued on May 12, 2024.", "en", [("59/2024/NĐ-CP", "2024-05-12")]),
    ("On May 12, 2024, the Government issued Decree No. 59/2024/ND-CP.", "en", [("59/2024/NĐ-CP", "2024-05-12")]),
])
def test_a_record_fields_name_is_no_issuing_verb(text, lang, expected):
    assert _issued(text, lang) == expected


def _relations(text, lang):
    return [(r.id, r.relation) for r in find_references(text, lang=lang, published="2025-09-01")]


LAND = "Luật Đất đai"


@pytest.mark.parametrize("text, lang, expected", [
    # a decree regulating how a law is carried out details it: guides, as "détaillant la mise en œuvre de" (round 27)
    ("Le décret n° 88/2024/ND-CP réglementant la mise en œuvre de certains articles de la loi foncière.", "fr",
     [("88/2024/NĐ-CP", "cites"), (LAND, "guides")]),
    ("Le gouvernement modifie les décrets réglementant l'application de la loi foncière.", "fr", [(LAND, "guides")]),
    ("Decree No. 88/2024/ND-CP regulating the implementation of a number of articles of the Land Law.", "en",
     [("88/2024/NĐ-CP", "cites"), (LAND, "guides")]),
    ("Nghị định số 88/2024/NĐ-CP quy định việc thi hành một số điều của Luật Đất đai.", "vi",
     [("88/2024/NĐ-CP", "cites"), (LAND, "guides")]),
    # controls: carrying the law out is implementing it; regulating something else names no law
    ("Les provinces accélèrent la mise en œuvre de la loi foncière.", "fr", [(LAND, "implements")]),
    ("The provinces speed up the implementation of the Land Law.", "en", [(LAND, "implements")]),
    ("Các tỉnh đẩy nhanh việc thi hành Luật Đất đai.", "vi", [(LAND, "implements")]),
    ("Un décret réglementant le commerce de l'or a été publié.", "fr", []),
])
def test_regulating_how_a_law_is_carried_out_guides_it(text, lang, expected):
    assert _relations(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the present tense of the formal amending phrase, in a relative clause, as "modifiant et complétant"
    ("Le décret n° 91/2025/ND-CP, qui modifie et complète certains articles du décret n° 102/2024/ND-CP, entre en vigueur.",
     [("91/2025/NĐ-CP", "cites"), ("102/2024/NĐ-CP", "amends")]),
    ("Le nouveau texte modifie plusieurs articles de la circulaire n° 17/2014/TT-NHNN.", [("17/2014/TT-NHNN", "amends")]),
    ("Ces décrets modifient et complètent le décret n° 102/2024/ND-CP.", [("102/2024/NĐ-CP", "amends")]),
    # look-alike: a bare "qui modifie" before a law in force stays cites (round 7's reading)
    ("Le ministère prépare un texte qui modifie la circulaire n° 17/2014/TT-NHNN en vigueur.", [("17/2014/TT-NHNN", "cites")]),
])
def test_the_french_present_tense_of_the_amending_phrase(text, expected):
    assert _relations(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # French typed without accents (a paper's French edition): the relation cues read as with them
    ("Le decret n° 91/2025/ND-CP modifiant et completant certains articles du decret n° 102/2024/ND-CP.",
     [("91/2025/NĐ-CP", "cites"), ("102/2024/NĐ-CP", "amends")]),
    ("le decret n° 296/2025/ND-CP remplacant le decret n° 166/2013/ND-CP", [("296/2025/NĐ-CP", "cites"),
                                                                          ("166/2013/NĐ-CP", "replaces")]),
    ("Le texte detaillant la mise en oeuvre de la resolution n° 216/2025/QH15.", [("216/2025/QH15", "guides")]),
    ("les decrets reglementant la mise en œuvre de la loi fonciere", [(LAND, "guides")]),
    # controls: with the accents, and an accent-less text carrying a law out
    ("Le décret n° 91/2025/ND-CP modifiant et complétant certains articles du décret n° 102/2024/ND-CP.",
     [("91/2025/NĐ-CP", "cites"), ("102/2024/NĐ-CP", "amends")]),
    ("la mise en oeuvre de la loi fonciere", [(LAND, "implements")]),
])
def test_french_relation_cues_typed_without_accents(text, expected):
    assert _relations(text, "fr") == expected


def _found(text, lang):
    return [(r.text, r.id) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a department's letter numbered NUMBER/UNIT with no type code, as its submissions and telegrams (round 23's left
    # class, 'Công văn số 1017/SKHĐT'): a reference after the letter's type word
    ("Sở Tài chính có Công văn số 452/STC gửi các sở, ngành.", "vi", [("Công văn số 452/STC", "452/STC")]),
    ("Theo công văn số 88/SKHĐT của Sở Kế hoạch và Đầu tư.", "vi", [("công văn số 88/SKHĐT", "88/SKHĐT")]),
    ("The department sent Official Letter No. 452/STC to the districts.", "en", [("Official Letter No. 452/STC", "452/STC")]),
    ("Le service a envoyé la lettre officielle n° 452/STC aux districts.", "fr", [("lettre officielle n° 452/STC", "452/STC")]),
    # look-alikes: the unit alone without a type word, a measure in capitals, a lower-case unit
    ("Số liệu 452/STC được cập nhật.", "vi", []),
    ("Công suất đạt 500/KWh mỗi ngày.", "vi", []),
    ("Công văn số 452/stc đã gửi.", "vi", []),
])
def test_a_departments_letter_numbered_by_its_unit(text, lang, expected):
    assert _found(text, lang) == expected
