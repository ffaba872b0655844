"""Round 27's references classes (issue #14, blind round on real public pages): French titles written `loi relative
à …` for `loi sur …`, law titles the lists lacked. Literal cases written for this file (no sentence of the round's
pages) and look-alikes. docs/quality.md "Round 27 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references

AMENDING = "Luật sửa đổi, bổ sung một số điều của"


def _ids(text, lang, published=None):
    return [(r.text, r.id) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, expected", [
    # the press's "loi relative à" for the list's "loi sur", the article contracted after "à"
    ("Le président a promulgué la Loi relative à la taxe sur la valeur ajoutée.",
     [("Loi relative à la taxe sur la valeur ajoutée", "Luật Thuế giá trị gia tăng")]),
    ("La loi relative à l'impôt sur le revenu des personnes physiques entre en vigueur.",
     [("loi relative à l'impôt sur le revenu des personnes physiques", "Luật Thuế thu nhập cá nhân")]),
    ("Une réforme de la Loi relative aux prix est prévue.", [("Loi relative aux prix", "Luật Giá")]),
    ("Ils citent la loi modifiant et complétant certains articles de la loi relative à la gestion de la dette "
     "publique.", [("loi modifiant et complétant certains articles de la loi relative à la gestion de la dette publique",
                    f"{AMENDING} Luật Quản lý nợ công")]),
    # look-alikes: a decree "relatif à l'application de la loi sur …" names the law once; a subject no law has
    ("Le décret relatif à l'application de la loi sur l'administration fiscale.",
     [("loi sur l'administration fiscale", "Luật Quản lý thuế")]),
    ("Une loi relative aux salaires des ouvriers.", []),
])
def test_a_french_law_title_written_relative_a(text, expected):
    assert [e for e in _ids(text, "fr") if not e[1][0].isdigit()] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("La Loi sur la gestion fiscale et la Loi sur les réserves nationales.", "fr",
     [("Loi sur la gestion fiscale", "Luật Quản lý thuế"), ("Loi sur les réserves nationales", "Luật Dự trữ quốc gia")]),
    ("Ils citent la Loi modifiant et complétant certains articles de la loi sur les assurances.", "fr",
     [("Loi modifiant et complétant certains articles de la loi sur les assurances",
       f"{AMENDING} Luật Kinh doanh bảo hiểm")]),
    ("The Law on Excise Tax and the Law on Anti-Money Laundering apply.", "en",
     [("Law on Excise Tax", "Luật Thuế tiêu thụ đặc biệt"), ("Law on Anti-Money Laundering", "Luật Phòng, chống rửa tiền")]),
    ("They include the Law on Mutual Judicial Assistance in Civil Matters and the Law on Digital Transformation.", "en",
     [("Law on Mutual Judicial Assistance in Civil Matters", "Luật Tương trợ tư pháp về dân sự"),
      ("Law on Digital Transformation", "Luật Chuyển đổi số")]),
    ("The amended Law on Urban and Rural Planning took effect.", "en",
     [("Law on Urban and Rural Planning", "Luật Quy hoạch đô thị và nông thôn")]),
    ("Luật Dự trữ quốc gia, Luật Phòng, chống rửa tiền và Luật Chuyển đổi số.", "vi",
     [("Luật Dự trữ quốc gia", "Luật Dự trữ quốc gia"), ("Luật Phòng, chống rửa tiền", "Luật Phòng, chống rửa tiền"),
      ("Luật Chuyển đổi số", "Luật Chuyển đổi số")]),
    # look-alikes: the social insurance law keeps its longer name; words of the subject alone name no law
    ("la loi sur les assurances sociales de 2014", "fr", [("loi sur les assurances sociales de 2014", "Luật Bảo hiểm xã hội 2014")]),
    ("Digital transformation and excise tax rates rise.", "en", []),
])
def test_law_titles_the_lists_lacked(text, lang, expected):
    assert _ids(text, lang) == expected
