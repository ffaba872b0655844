"""Laws listed under one head word (references, not blind; README "Laws listed under one head word (not blind)"): each
item of a list that writes the head word once (`Luật Đất đai, Nhà ở, Kinh doanh bất động sản`, `ba luật gồm …`, `the
Laws on Land, Housing and Real Estate Business`, `The passed laws were on …; …`, `les projets de lois sur
l'investissement et sur les entreprises`) that names a law of the law table is that law, with the year the list gives
it; a bare subject that names no law of the table is none, and the list stops there. Literal cases written for this
file (no sentence of the rounds' pages) and look-alikes: `Luật sư, công chứng viên`, `the laws and regulations`, lists
of subjects that are no laws, common nouns after a law's name, a single subject under a plural head."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _laws(text, lang, published="2024-06-10"):
    return [(r.text, r.id, r.resolved) for r in find_references(text, lang=lang, published=published)
            if r.type in ("law", "code")]


@pytest.mark.parametrize("text, lang, expected", [
    # after a law's name: the items share its head word (vi: its capital covers the items, lower case or not)
    ("Cán bộ xã được phổ biến Luật Đất đai, Nhà ở, Kinh doanh bất động sản.", "vi",
     [("Luật Đất đai", "Luật Đất đai", "Luật Đất đai 2013"), ("Nhà ở", "Luật Nhà ở", "Luật Nhà ở 2014"),
      ("Kinh doanh bất động sản", "Luật Kinh doanh bất động sản", "Luật Kinh doanh bất động sản 2014")]),
    ("Hội nghị rà soát các Luật cán bộ, công chức, viên chức và Luật Bảo hiểm xã hội.", "vi",
     [("Luật cán bộ, công chức", "Luật Cán bộ, công chức", "Luật Cán bộ, công chức 2008"),
      ("viên chức", "Luật Viên chức", "Luật Viên chức 2010"),
      ("Luật Bảo hiểm xã hội", "Luật Bảo hiểm xã hội", "Luật Bảo hiểm xã hội 2014")]),
    # a year after each item is its version's; the item before the last conjunction takes the year after the next
    ("Tỉnh tập huấn luật Đất đai 2024, Nhà ở 2023 cho người dân.", "vi",
     [("luật Đất đai 2024", "Luật Đất đai 2024", "Luật Đất đai 2024"),
      ("Nhà ở 2023", "Luật Nhà ở 2023", "Luật Nhà ở 2023")]),
    ("Bộ đề xuất hai luật gồm Nhà ở và Kinh doanh bất động sản 2023 có hiệu lực sớm.", "vi",
     [("Nhà ở", "Luật Nhà ở 2023", "Luật Nhà ở 2023"),
      ("Kinh doanh bất động sản 2023", "Luật Kinh doanh bất động sản 2023", "Luật Kinh doanh bất động sản 2023")]),
    # an unbracketed "sửa đổi" after an item ends it
    ("Người dân quan tâm Luật Đất đai, Kinh doanh bất động sản sửa đổi và các nghị định.", "vi",
     [("Luật Đất đai", "Luật Đất đai", "Luật Đất đai 2013"),
      ("Kinh doanh bất động sản sửa đổi", "Luật Kinh doanh bất động sản", "Luật Kinh doanh bất động sản 2023")]),
    ("The seminar covered the Laws on Land, Housing and Real Estate Business.", "en",
     [("Land", "Luật Đất đai", "Luật Đất đai 2013"), ("Housing", "Luật Nhà ở", "Luật Nhà ở 2014"),
      ("Real Estate Business", "Luật Kinh doanh bất động sản", "Luật Kinh doanh bất động sản 2014")]),
    ("Firms must follow the Law on Investment, Enterprises and Bankruptcy.", "en",
     [("Law on Investment", "Luật Đầu tư", "Luật Đầu tư 2020"), ("Enterprises", "Luật Doanh nghiệp", "Luật Doanh nghiệp 2020"),
      ("Bankruptcy", "Luật Phá sản", "Luật Phá sản 2014")]),
    ("Les juristes ont comparé la loi sur le foncier, le logement et la faillite.", "fr",
     [("loi sur le foncier", "Luật Đất đai", "Luật Đất đai 2013"), ("le logement", "Luật Nhà ở", "Luật Nhà ở 2014"),
      ("la faillite", "Luật Phá sản", "Luật Phá sản 2014")]),
])
def test_items_after_a_laws_name_are_laws(text, lang, expected):
    assert _laws(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a plural head word: two items at least, each a law of the table
    ("The laws adopted were on Biodiversity; Health Insurance (amended); and Road Traffic.", "en",
     [("Biodiversity", "Luật Đa dạng sinh học"), ("Health Insurance (amended)", "Luật Bảo hiểm y tế"),
      ("Road Traffic", "Luật Giao thông đường bộ")]),
    ("Deputies debated the laws on Health Insurance; Biodiversity (amended); and Road Traffic.", "en",
     [("Health Insurance", "Luật Bảo hiểm y tế"), ("Biodiversity (amended)", "Luật Đa dạng sinh học"),
      ("Road Traffic", "Luật Giao thông đường bộ")]),
    ("Ba luật gồm Đất đai 2024, Nhà ở 2023 và Kinh doanh bất động sản 2023 sẽ có hiệu lực.", "vi",
     [("Đất đai 2024", "Luật Đất đai 2024"), ("Nhà ở 2023", "Luật Nhà ở 2023"),
      ("Kinh doanh bất động sản 2023", "Luật Kinh doanh bất động sản 2023")]),
    ("Les députés ont examiné les projets de lois sur le logement et sur la faillite (amendées) ce matin.", "fr",
     [("le logement", "Luật Nhà ở"), ("la faillite (amendées)", "Luật Phá sản")]),
    # look-alikes: a single subject under a plural head (several laws, round 13), a plural head before no law
    ("Les lois sur la faillite sont nombreuses.", "fr", []),
    ("Luật sư, công chứng viên và các luật về đất đai, nhà ở được bàn thảo.", "vi", []),
    ("The laws and regulations on land, housing and construction apply.", "en", []),
    ("The government reviewed three laws on land, housing, and real estate.", "en", []),
    ("Hai luật gồm thuế, phí được sửa.", "vi", []),
])
def test_items_under_a_plural_head_word_are_laws(text, lang, expected):
    assert [(t, i) for t, i, _ in _laws(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a subject that names no law of the table ends the list; a common noun after a law's name is none
    ("Theo Luật Đất đai, nhà ở xã hội được ưu tiên.", "vi", [("Luật Đất đai", "Luật Đất đai")]),
    ("Theo Luật Đất đai, Nông thôn mới, Nhà ở đã có quy định.", "vi", [("Luật Đất đai", "Luật Đất đai")]),
    ("Article 3. Application of the Law on Enterprises, treaties and relevant laws.", "en",
     [("Law on Enterprises", "Luật Doanh nghiệp")]),
    ("Conflicts between the Law on Investment and laws.", "en", [("Law on Investment", "Luật Đầu tư")]),
    ("Luật sư, công chứng viên tham dự hội nghị.", "vi", []),
    ("Theo Luật Đất đai, luật sư và công chứng viên phải có mặt.", "vi", [("Luật Đất đai", "Luật Đất đai")]),
    ("Under the Law on Investment, Laws and decrees apply.", "en", [("Law on Investment", "Luật Đầu tư")]),
])
def test_subjects_that_name_no_law_are_no_items(text, lang, expected):
    assert [(t, i) for t, i, _ in _laws(text, lang)] == expected
