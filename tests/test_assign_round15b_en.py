"""Round 15b's error classes of English assignments (README "Round 15b (blind, real public pages):
assignments en"), fixed as general rules, data first: the abbreviation ``PPC`` names the provincial committee
(an acronym of nlp/data/provincial_bodies.csv); a provincial committee that issues its document carrying out a
national authority's direction (``Executing the direction of the Prime Minister at Official Telegram …, the
Chairman of the Provincial People's Committee (PPC) has just issued a dispatch``) directs the text
(``askers._provincial_issuer_in``, ``has just issued`` in en cues.json; the Swedish verb before its subject,
``utfärdade provinsens folkkommitté``: ``issued_right_before``); the district and commune committees
with ``the`` or in another order (``the People's Committees of the districts, towns and cities``, ``People's
Committees of wards and communes``, en agencies.csv); persons and bodies outside the table that may stand in a
list of addressees before a body of the table (``heads of branches``, ``sectors``, ``the vice chairmen``,
``concerned organisations``, ``relevant departments``: ``list_skips`` in en cues.json). New sentences written
for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Chairman of the PPC requests the Department of Construction to repair the bridge before the rainy season.",
     [("DOC", "assignee", "PPC")]),
    ("Following the Prime Minister's Official Telegram No. 12/CD-TTg on the drought, the Chairman of the Provincial People's Committee (PPC) issued a dispatch. "
     "The Chairman of the PPC requests the Department of Health to check the clinics.",
     [("DOH", "assignee", "PPC")]),
    # look-alike: the letters as a plant's name, nobody asked
    ("The PPC power plant reported a higher output in May.", []),
])
def test_the_abbreviation_ppc_names_the_provincial_committee(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee asked the People's Committees of the districts, towns and cities to clear the drains.",
     [("DPC", "assignee", "PPC")]),
    ("The Provincial People's Committee requires the Chairmen of the People's Committees of the districts to count the damaged houses.",
     [("DPC", "assignee", "PPC")]),
    ("The City People's Committee requests the Chairpersons of People's Committees of wards and communes to spray the markets.",
     [("CPC", "assignee", "PPC")]),
    # look-alike: the same committees reporting, no cue
    ("The People's Committees of the districts, towns and cities reported the damage to the province.", []),
])
def test_district_and_commune_committees_in_other_words(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee requires directors of departments, heads of branches, sectors, units, and the People's Committees of districts to report the losses.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("The Chairman of the Provincial People's Committee asked the vice chairmen and the Department of Finance to inspect the markets.",
     [("DOF", "assignee", "PPC")]),
    ("The Prime Minister asked concerned organisations and localities to monitor the dykes.",
     [("PROVINCES", "assignee", "PM")]),
    # the bare "relevant departments" before the province's communes are its departments (openleft10's departments
    # before the localities, round 30's late bare "departments" after an asking verb: tests/test_assign_late30.py)
    ("The Provincial People's Committee requested relevant departments, communes and wards to clean the canals.",
     [("DEPARTMENTS", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
    # look-alikes: sectors and organisations in a report, no body and no cue
    ("Sectors such as tourism and retail grew fast in May.", []),
    ("Concerned organisations and localities said the floods had receded.", []),
])
def test_persons_and_outside_bodies_in_a_list_of_addressees(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Executing the direction of the Prime Minister at Official Telegram no. 17/CD-TTg dated May 3, 2022, the Chairman of the Provincial People's Committee (PPC) has just issued a dispatch on the drought. "
     "The Department of Health shall check the clinics.", "en", [("DOH", "assignee", "PPC")]),
    ("Implementing the direction of the Prime Minister, the Provincial People's Committee issued a plan on the drought. The Department of Health shall check the clinics.",
     "en", [("DOH", "assignee", "PPC")]),
    ("Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 17/CĐ-TTg, UBND tỉnh đã ban hành công văn về phòng chống hạn hán. Sở Y tế có trách nhiệm kiểm tra các trạm y tế.",
     "vi", [("DOH", "assignee", "PPC")]),
    ("Enligt direktiv från premiärministern utfärdade provinsens folkkommitté ett meddelande om torkan. Hälsovårdsavdelningen ska kontrollera klinikerna.",
     "sv", [("DOH", "assignee", "PPC")]),
    ("Efter direktiv från premiärministern har provinsens folkkommitté utfärdat ett meddelande om torkan. Hälsovårdsavdelningen ska kontrollera klinikerna.",
     "sv", [("DOH", "assignee", "PPC")]),
    # look-alikes: the Government Office issuing carries the Prime Minister's direction; a ministry under it is asked by him
    ("Implementing the direction of the Prime Minister, the Government Office issued a notice on the drought. The Ministry of Health shall check the clinics.",
     "en", [("MOH", "assignee", "PM")]),
    ("Under the direction of the Prime Minister, the Ministry of Health shall check the clinics.", "en", [("MOH", "assignee", "PM")]),
    ("Enligt direktiv från premiärministern ska hälsovårdsministeriet kontrollera klinikerna.", "sv", [("MOH", "assignee", "PM")]),
])
def test_a_provincial_committee_issuing_under_a_national_direction_directs_its_text(text, lang, expected):
    assert found(text, lang) == expected
