"""Issue #13, provincial bodies found with the right id (province code) and role, as classes (not blind;
docs/quality.md "Provincial bodies' ids as classes (not blind)"). New sentences written for these tests (not the
pages' sentences), one literal case a line, in each language where the class exists, with the look-alikes that must
stay out:

- a province's body that nothing placed, tasked by a province's committee placed by its name, is of that committee's
  province (``extractor._in_askers_province``: ``… urging all localities, departments and units …``);
- the article's province where two provinces are each named as often: the one named inside a body's name, not the
  one named as a place (``nlp.agencies.article_province``'s ``in_bodies``);
- a province's sectors named without a department's word (grammar's ``provincial_sector_names``: fr ``les secteurs
  fonctionnels``, sv ``de funktionella sektorerna``, as vi ``các ngành chức năng``) are its departments, but not where
  a district's committee is told to direct them (``mentions._directed_by_a_lower_committee``);
- a province's name that alone needs a designator (``Hoa Binh``, also the word for peace) inside a list of provinces
  (``nlp.provinces._listed_after_a_province``, province_patterns.json's ``list_joiners``)."""
from __future__ import annotations

import pytest

from nlp.provinces import find_provinces
from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-06-01")

# ------------------------------------------------------------------ the asker's province for an unplaced body


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the departments (en) or communes (sv) continuing the bare localities keep no province
    ("The Nghe An Provincial People's Committee issued a dispatch urging all localities, departments and units to "
     "prepare for the storm.", "en", [("DPC@40", "assignee", "PPC@40"), ("DEPARTMENTS@40", "assignee", "PPC@40")]),
    ("Folkkommittén i provinsen Nghe An uppmanade orterna, kommunerna att förbereda sig för stormen.", "sv",
     [("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # look-alikes (held): the same list in French and Vietnamese (placed before), a ministry asking the departments,
    # another province named with the department
    ("Le Comité populaire de la province de Nghe An a exhorté les localités, les communes à se préparer à la "
     "tempête.", "fr", [("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("UBND tỉnh Nghệ An yêu cầu các địa phương, xã, phường chuẩn bị ứng phó bão.", "vi",
     [("CPC@40", "assignee", "PPC@40")]),
    ("The Ministry of Finance requested provincial departments to review the projects.", "en",
     [("DEPARTMENTS", "assignee", "MOF")]),
    ("The Nghe An Provincial People's Committee requested the Ha Tinh Department of Finance to review the projects.",
     "en", [("DOF@42", "assignee", "PPC@40")]),
])
def test_unplaced_body_in_askers_province(text, lang, expected):
    assert _rows(text, lang) == expected


# ------------------------------------------------------------------ the province named in a body's name


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: two provinces named once each (a place, a committee's name in a later sentence) and a
    # first line naming none, so no article province
    ("On May 27, the Chairman sent an urgent dispatch.\nAfter a fire broke out in Hanoi, the Chairman of the "
     "provincial People's Committee requested: provincial departments and branches strengthen inspections. Units "
     "follow the plan of the People's Committee of Yen Bai province.", "en", [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    ("Ngày 27/5, Chủ tịch gửi công điện khẩn.\nSau vụ cháy tại Hà Nội, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành "
     "tăng cường kiểm tra. Các đơn vị thực hiện theo kế hoạch của UBND tỉnh Yên Bái.", "vi",
     [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    ("Le 27 mai, le président a envoyé une dépêche urgente.\nAprès un incendie à Hanoï, le président du Comité "
     "populaire provincial a demandé aux services provinciaux de renforcer les contrôles. Les unités suivent le plan "
     "du Comité populaire de la province de Yen Bai.", "fr", [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    # look-alikes (held): two places and no body's name, two provinces each in a body's name
    ("On May 27, the Chairman sent an urgent dispatch.\nAfter storms in Hanoi and Yen Bai, the Chairman of the "
     "provincial People's Committee requested provincial departments to strengthen inspections.", "en",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("On May 27, the Chairman sent an urgent dispatch.\nThe Hanoi People's Committee and the People's Committee of "
     "Yen Bai province met. The Chairman of the provincial People's Committee requested provincial departments to "
     "strengthen inspections.", "en", [("DEPARTMENTS", "assignee", "PPC")]),
])
def test_province_named_in_a_body_breaks_the_tie(text, lang, expected):
    assert _rows(text, lang) == expected


# ------------------------------------------------------------------ a province's sectors without a department's word


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: no row
    ("Le Comité populaire de la province de Yen Bai a publié une directive. Les secteurs fonctionnels sont chargés "
     "d'examiner les règlements.", "fr", [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    ("Folkkommittén i provinsen Yen Bai utfärdade ett direktiv. De funktionella sektorerna ska granska reglerna.",
     "sv", [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    # fail without the fix: the sectors a district's committee is told to direct read as the province's departments
    ("UBND tỉnh Quảng Nam yêu cầu UBND thị xã Điện Bàn khẩn trương chỉ đạo các ngành liên quan, địa phương phối hợp "
     "với chủ đầu tư.", "vi", [("DPC@49", "assignee", "PPC@49")]),
    # look-alikes (held): a central body before the sectors; the districts' committees and the sectors joined
    ("Le Premier ministre a publié une directive. Les secteurs fonctionnels sont chargés d'examiner les règlements.",
     "fr", []),
    ("UBND tỉnh Quảng Nam yêu cầu UBND các huyện và các ngành liên quan phối hợp với chủ đầu tư.", "vi",
     [("DPC@49", "assignee", "PPC@49"), ("DEPARTMENTS@49", "assignee", "PPC@49")]),
])
def test_provincial_sectors_as_departments(text, lang, expected):
    assert _rows(text, lang) == expected


# ------------------------------------------------------------------ a name needing a designator inside a list


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: Hoa Binh left out of the list
    ("Phu Tho, Hoa Binh, Son La", "en", ["25", "17", "14"]),
    ("Phú Thọ, Hòa Bình và Sơn La", "vi", ["25", "17", "14"]),
    ("Vinh Phuc, Hanoï, Hoa Binh, Son La", "fr", ["26", "01", "17", "14"]),
    ("Phu Tho, Hoa Binh och Son La", "sv", ["25", "17", "14"]),
    ("Thanh Hoa and Hoa Binh", "en", ["38", "17"]),
    # look-alikes (held): the word for peace alone, a person after a place and a comma, a lower-case word
    ("Hoa Binh", "en", []),
    ("In Hanoi, Ho Chi Minh read the declaration.", "en", ["01"]),
    ("Hà Nội và hòa bình", "vi", ["01"]),
])
def test_designator_name_inside_a_list(text, lang, expected):
    assert [p.code for p in find_provinces(text, lang)] == expected
