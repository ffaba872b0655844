"""Round 21 (blind, real public pages), Vietnamese, English and French: `sửa đổi, bổ sung cho` (the amended document
after `cho`), the adjective `new` / `nouvelle` between a guiding cue and the law, a French decree `d’application` of a
law (guides), the Law on Nationality's French short spelling, a law's consolidated text (`la loi consolidée sur …`), and
an English law's name qualifying a noun (`Law on Land relations`: the field, no law). Literal cases written for this
file (no sentence of the round's pages) and look-alikes. README "Round 21 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, *fields):
    return [tuple(getattr(r, f) for f in fields) for r in find_references(text, lang=lang, published="2023-06-01")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Quyết định này có hiệu lực từ ngày ký và sửa đổi, bổ sung cho Quyết định số 25/QĐ-UBND ngày 3/4/2010.", "vi",
     [("25/QĐ-UBND", "amends")]),
    ("Nghị định này sửa đổi bổ sung cho Nghị định số 15/2020/NĐ-CP.", "vi", [("15/2020/NĐ-CP", "amends")]),
    # look-alikes: 'bổ sung cho' without 'sửa đổi' (funds added), and the same words after the document
    ("Ngân sách tỉnh bổ sung cho Quyết định số 25/QĐ-UBND năm 2010.", "vi", [("25/QĐ-UBND", "cites")]),
    ("Quyết định số 25/QĐ-UBND được sửa đổi, bổ sung cho phù hợp.", "vi", [("25/QĐ-UBND", "cites")]),
    # the other languages' forms, read before this round
    ("This Decision amends and supplements Decision No. 25/QD-UBND dated April 3, 2010.", "en",
     [("25/QĐ-UBND", "amends")]),
])
def test_amending_cue_with_cho(text, lang, expected):
    assert _refs(text, lang, "id", "relation") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On May 2, 2021, the Government issued Decree No. 12/2021/ND-CP guiding the implementation of the new Law on "
     "Investment 2020.", "en", [("12/2021/NĐ-CP", "cites"), ("Luật Đầu tư 2020", "guides")]),
    ("Circular No. 5/2022/TT-BTC guides the new Decree No. 15/2020/ND-CP.", "en",
     [("5/2022/TT-BTC", "cites"), ("15/2020/NĐ-CP", "guides")]),
    ("Le décret n° 31/2021/ND-CP guidant la nouvelle loi sur l'investissement de 2020 est entré en vigueur.", "fr",
     [("31/2021/NĐ-CP", "cites"), ("Luật Đầu tư 2020", "guides")]),
    # look-alikes: 'new' with no cue before it; a cue with other words before the law
    ("The new Law on Investment 2020 took effect in 2021.", "en", [("Luật Đầu tư 2020", "cites")]),
    ("Decree No. 12/2021/ND-CP guiding land prices mentions the Law on Investment 2020.", "en",
     [("12/2021/NĐ-CP", "cites"), ("Luật Đầu tư 2020", "cites")]),
])
def test_new_between_a_guiding_cue_and_the_document(text, lang, expected):
    assert _refs(text, lang, "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le décret d’application de la loi sur l'investissement a été publié.", [("Luật Đầu tư", "guides")]),
    ("Deux décrets d'application de la loi sur les entreprises sont attendus.", [("Luật Doanh nghiệp", "guides")]),
    ("Un arrêté d’application de la loi foncière est en préparation.", [("Luật Đất đai", "guides")]),
    # controls: 'en application de' and 'la date d'application de' keep their relations
    ("Le décret a été pris en application de la loi sur l'investissement.", [("Luật Đầu tư", "implements")]),
    ("Le gouvernement a avancé la date d'application de la loi foncière.", [("Luật Đất đai", "cites")]),
])
def test_french_decree_of_application_of_a_law(text, expected):
    assert _refs(text, "fr", "id", "relation") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Voir la version consolidée de la loi sur la nationalité.", "fr", [("Luật Quốc tịch Việt Nam", "Luật Quốc tịch Việt Nam 2008")]),
    ("La loi sur la nationalité de 2008 a été amendée en 2014.", "fr", [("Luật Quốc tịch Việt Nam 2008", "Luật Quốc tịch Việt Nam 2008")]),
    ("Mise à jour : loi consolidée sur l’investissement.", "fr", [("Luật Đầu tư", "Luật Đầu tư 2020")]),
    ("La loi consolidée sur les entreprises est en ligne.", "fr", [("Luật Doanh nghiệp", "Luật Doanh nghiệp 2020")]),
    # the other languages' short spellings of the same law, read before this round
    ("The Nationality Law was amended in 2014.", "en", [("Luật Quốc tịch Việt Nam", "Luật Quốc tịch Việt Nam 2008")]),
    ("Theo Luật Quốc tịch, công dân có quyền này.", "vi", [("Luật Quốc tịch Việt Nam", "Luật Quốc tịch Việt Nam 2008")]),
    # look-alikes: a nationality that names no law; 'consolidée' of something else
    ("La nationalité vietnamienne est définie par la loi.", "fr", []),
    ("La version consolidée du texte est en ligne.", "fr", []),
])
def test_french_nationality_short_spelling_and_consolidated_law(text, lang, expected):
    assert _refs(text, lang, "id", "resolved") == expected


@pytest.mark.parametrize("text, expected", [
    ("Households will participate in Law on Land relations as groups of people.", []),
    ("Such disputes belong to Land Law relations under the courts.", []),
    # controls: the law named before other words, and 'relations' later in the sentence
    ("The Law on Land regulates relations between land users.", [("Luật Đất đai", "cites")]),
    ("The Law on Land 2013 governs land relations.", [("Luật Đất đai 2013", "cites")]),
])
def test_english_law_name_qualifying_relations_is_the_field(text, expected):
    assert _refs(text, "en", "id", "relation") == expected


@pytest.mark.parametrize("text, expected", [
    # round 20b's open item: the years a law was issued in, after 'qua các năm'
    ("Nhà nước đã ban hành Bộ luật Hình sự qua các năm 1985, Bộ luật Hình sự năm 1999 và năm 2015.",
     ["Bộ luật Hình sự 1985", "Bộ luật Hình sự 1999", "Bộ luật Hình sự 2015"]),
    ("Luật Đất đai qua các năm 1993, 2003 đã thay đổi nhiều.", ["Luật Đất đai 1993", "Luật Đất đai 2003"]),
    # look-alikes: 'qua các năm' with no year after it; the plain joiner
    ("Bộ luật Hình sự qua các năm đã được sửa đổi nhiều lần.", ["Bộ luật Hình sự"]),
    ("Luật Đất đai năm 2013 quy định việc này.", ["Luật Đất đai 2013"]),
])
def test_vietnamese_years_after_qua_cac_nam(text, expected):
    assert [r for (r,) in _refs(text, "vi", "id")] == expected
