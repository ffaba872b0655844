"""Round 27's error classes of English assignments (docs/quality.md "Round 27 (blind, real public pages): assignments
en"), fixed as general rules, data first: a list of provinces opening its clause and ending with their plural
designator (`the heads of the People's Committees of Khanh Hoa, Ninh Thuan and Binh Thuan provinces should direct
…`: en grammar.json plural_province_designators, committees_of_listed_provinces; mentions.without_list_designators);
a district's committee named with its possessive (`has asked Quan Hoa District's People's Committee to …`: en
grammar.json named_district.possessives; `the district's committee`, `the district's authorities`, `the commune's
authorities`: en agencies.csv DPC, CPC; the singular `authority` is a power as often, left out); a commune named by
its name and number (`the People's Committee of Dam Rong 4 commune`, the communes the 2025 merger numbered:
mentions.named_districts).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Minister of Construction asked localities to speed up the handover. Additionally, the heads of the People's "
     "Committees of Khanh Hoa, Ninh Thuan and Binh Thuan provinces should direct relevant agencies to hand over the "
     "land.", "en", [("PROVINCES", "assignee", "MOC"), ("PPC@56", "assignee", "MOC"), ("PPC@58", "assignee", "MOC"),
                     ("PPC@60", "assignee", "MOC")]),
    ("Nghe An and Ha Tinh provinces should review the evacuation plans.", "en",
     [("PPC@40", "assignee", None), ("PPC@42", "assignee", None)]),
    ("The People's Committees of Quang Tri, Quang Ngai and Binh Dinh provinces must report to the Prime Minister.", "en",
     [("PPC@45", "assignee", None), ("PPC@51", "assignee", None), ("PPC@52", "assignee", None)]),
    # read before: after an assigning verb
    ("The Ministry of Construction has instructed the heads of the People's Committees of Nghe An and Dong Nai "
     "provinces to direct relevant agencies to hand over the land.", "en",
     [("PPC@40", "assignee", "MOC"), ("PPC@75", "assignee", "MOC")]),
    ("The Prime Minister asked Tuyen Quang and Phu Tho provinces to review the plans.", "en",
     [("PPC@08", "assignee", "PM"), ("PPC@25", "assignee", "PM")]),
    # the French designator stands before the names: read before
    ("Les provinces de Nghe An et de Ha Tinh doivent examiner les plans d'évacuation.", "fr",
     [("PPC@40", "assignee", None), ("PPC@42", "assignee", None)]),
    # look-alikes: the provinces with no cue after them, the plural alone
    ("Nghe An and Ha Tinh provinces have many rest stops.", "en", []),
    ("The provinces should review the evacuation plans.", "en", [("PROVINCES", "assignee", None)]),
])
def test_a_list_of_provinces_ending_with_their_plural_designator_opens_the_clause(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Thanh Hoa Provincial People's Committee has asked Quan Hoa District's People's Committee to ensure "
     "sufficient food.", "en", [("DPC@38", "assignee", "PPC@38")]),
    ("The People’s Committee of Thanh Hóa Province has asked Quan Hóa District’s People’s Committee to ensure "
     "sufficient food.", "en", [("DPC@38", "assignee", "PPC@38")]),
    ("The Thanh Hoa Provincial People's Committee asked the district’s committee to build new houses.", "en",
     [("DPC@38", "assignee", "PPC@38")]),
    ("The Thanh Hoa Provincial People's Committee asked the district's authorities to allocate land funds.", "en",
     [("DPC@38", "assignee", "PPC@38")]),
    ("The Thanh Hoa Provincial People's Committee asked the commune's authorities to clear the roads.", "en",
     [("CPC@38", "assignee", "PPC@38")]),
    # read before: the committee before the district's name, in English, French and Vietnamese
    ("The Thanh Hoa Provincial People's Committee has asked the People's Committee of Quan Hoa District to ensure "
     "sufficient food.", "en", [("DPC@38", "assignee", "PPC@38")]),
    ("Le Comité populaire de la province de Thanh Hoa a demandé au Comité populaire du district de Quan Hoa de "
     "garantir la nourriture.", "fr", [("DPC@38", "assignee", "PPC@38")]),
    ("UBND tỉnh Thanh Hóa yêu cầu UBND huyện Quan Hóa bảo đảm đủ lương thực.", "vi", [("DPC@38", "assignee", "PPC@38")]),
    # look-alikes: the district's possessive before a place; a commune's authority is its power (`en:heldout23`)
    ("Floods cut Quan Hoa District's roads and the provincial chairman asked residents to move.", "en", []),
    ("The Tay Ninh Provincial People's Committee requested the Department of Home Affairs to act. Cases exceeding the "
     "commune's authority must be reported to the competent authority.", "en", [("DOHA@72", "assignee", "PPC@72")]),
])
def test_a_districts_committee_named_with_its_possessive(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Lam Dong Provincial People's Committee assigned the Department of Construction to coordinate with the People's "
     "Committee of Dam Rong 4 commune to inspect the site.", "en",
     [("DOC@68", "assignee", "PPC@68"), ("CPC@68", "coordinate", "PPC@68")]),
    ("The Lam Dong Provincial People's Committee requested the People's Committee of Dam Rong 4 commune to monitor the "
     "scene.", "en", [("CPC@68", "assignee", "PPC@68")]),
    ("The Lam Dong Provincial People's Committee requested Dam Rong 4 commune to evacuate the residents.", "en",
     [("CPC@68", "assignee", "PPC@68")]),
    # read before: the name without its number, and the French committee before the name
    ("The Lam Dong Provincial People's Committee requested the People's Committee of Dam Rong commune to monitor the "
     "scene.", "en", [("CPC@68", "assignee", "PPC@68")]),
    ("Le Comité populaire de la province de Lam Dong a demandé au Comité populaire de la commune de Dam Rong 4 de "
     "surveiller les lieux.", "fr", [("CPC@68", "assignee", "PPC@68")]),
    # look-alikes: a number with no capitalised name before it
    ("The Lam Dong Provincial People's Committee asked the Department of Construction to repair 4 commune roads.", "en",
     [("DOC@68", "assignee", "PPC@68")]),
])
def test_a_numbered_commune_named_by_its_name_and_number(text, lang, expected):
    assert found(text, lang) == expected
