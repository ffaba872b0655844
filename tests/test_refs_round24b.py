"""Round 24b (blind, real public pages), Vietnamese, English and French: a law's title with a comma for `và`
(`Luật Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân`), the abbreviation `Luật DN`, a participle between a short
reference's number and its year (`L’arrêté N°42 datant de 2014`), the French name `Loi commune sur les
investissements`, `the new Decree` as a repeat, and a hyphened Assembly symbol with its last hyphen lost
(`Resolution 51-2001QH10`). Literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 24b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _found(text, lang, published="2012-05-01"):
    return [(r.text, r.id) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân, Ủy ban nhân dân ngày 26 tháng 11 năm 2003;", "vi",
     [("Luật Tổ chức Hội đồng nhân dân, Ủy ban nhân dân ngày 26 tháng 11 năm 2003",
       "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân 2003")]),
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân năm 2003;", "vi",
     [("Luật Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân năm 2003",
       "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân 2003")]),
    ("Pursuant to the Law on Organization of People's Councils, People's Committees dated November 26, 2003;", "en",
     [("Law on Organization of People's Councils, People's Committees dated November 26, 2003",
       "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân 2003")]),
    # look-alike: the councils and committees named without the law's word stay none
    ("Hội đồng nhân dân, Ủy ban nhân dân các cấp thực hiện.", "vi", []),
])
def test_a_law_title_with_a_comma_for_and(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tục thành lập công ty theo luật DN 2020.", "vi", [("luật DN 2020", "Luật Doanh nghiệp 2020")]),
    ("Theo Luật DN 2014, công ty phải đăng ký.", "vi", [("Luật DN 2014", "Luật Doanh nghiệp 2014")]),
    # look-alikes: the state enterprise law's abbreviation and DN alone are not the Enterprise Law
    ("Theo Luật DNNN 2003, công ty phải đăng ký.", "vi", []),
    ("Các DN 2020 tăng mạnh.", "vi", []),
])
def test_the_enterprise_law_abbreviated(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("L’arrêté N°42 datant de 2014 fixe de nouvelles règles.", "fr",
     [("arrêté N°42 datant de 2014", "42/2014/NĐ-CP")]),
    ("Le décret n°15 datant de 2018 est modifié.", "fr", [("décret n°15 datant de 2018", "15/2018/NĐ-CP")]),
    ("Decree No. 42 dating from 2014 sets new rules.", "en", [("Decree No. 42 dating from 2014", "42/2014/NĐ-CP")]),
    # look-alike: a number without its type word before the participle stays none
    ("Les 42 entreprises datant de 2014 ferment.", "fr", []),
])
def test_a_participle_between_the_number_and_its_year(text, lang, expected):
    assert _found(text, lang) == expected


def test_the_common_investment_law_in_french():
    refs = find_references("Il s'agissait de la Loi Commune sur les Investissements, en vigueur depuis 2006.",
                           lang="fr", published="2007-01-01")
    assert [(r.text, r.id, r.resolved) for r in refs] == [
        ("Loi Commune sur les Investissements", "Luật Đầu tư", "Luật Đầu tư 2005")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Government issued Decree No. 25/2018/ND-CP on printing. In addition, the new Decree abolishes a rule.",
     "en", [("Decree No. 25/2018/ND-CP", "25/2018/NĐ-CP"), ("the new Decree", "25/2018/NĐ-CP")]),
    ("The Ministry issued Circular No. 16/2018/TT-NHNN. According to the new Circular, banks report.", "en",
     [("Circular No. 16/2018/TT-NHNN", "16/2018/TT-NHNN"), ("the new Circular", "16/2018/TT-NHNN")]),
    # look-alikes: an indefinite new decree, and the new decree with no numbered decree before it
    ("The Government issued Decree No. 25/2018/ND-CP. The Ministry is drafting a new Decree.", "en",
     [("Decree No. 25/2018/ND-CP", "25/2018/NĐ-CP")]),
    ("The Ministry said the new Decree would come soon.", "en", []),
])
def test_the_new_decree_repeats_the_one_named(text, lang, expected):
    assert _found(text, lang, "2018-03-01") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("the articles amended by Resolution 51-2001QH10 of the National Assembly", "en",
     [("Resolution 51-2001QH10", "51/2001/QH10")]),
    ("les articles amendés par la résolution n° 51-2001QH10 de l'Assemblée nationale", "fr",
     [("résolution n° 51-2001QH10", "51/2001/QH10")]),
    ("các điều được sửa đổi theo Nghị quyết số 51-2001QH10 của Quốc hội", "vi",
     [("Nghị quyết số 51-2001QH10", "51/2001/QH10")]),
    # look-alike: the same characters without a type word before them stay none
    ("the file 51-2001QH10.pdf was sent", "en", []),
])
def test_a_hyphened_assembly_symbol_with_its_code_glued(text, lang, expected):
    assert _found(text, lang) == expected
