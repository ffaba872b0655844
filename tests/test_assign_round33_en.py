"""Round 33's error classes of English assignments (docs/quality.md "Round 33 (blind, real public pages): assignments
en"), fixed as general rules, with the same class in Vietnamese and French where it exists: an unmarked item of a
dispatch's list (`Department of Agriculture and Environment: Direct …`) after an item that ran over a line of its own
(`Synthesize the report … before July 24.`); a tasked body's partners named by the bare plural after a partner cue
(`promptly coordinate with relevant departments`); the commune-level (district-level) People's Committee named in the
singular (`The People's Committee at the commune level …`); a guidance's plain present `decides to`, `synthesizes`.
New sentences written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-07-20")
_roles = rows_reader("agency_id", "role", "assigned_by", published="2025-04-10")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: an item's label line after an item that runs over a line of its own
    ("en", "The Provincial People's Committee requests departments and localities to implement the following contents:\n"
           "People's Committees of communes and wards: Count the damage to houses.\n"
           "Send the count to the Department of Finance every week.\n"
           "Department of Construction: Inspect the damaged schools.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None),
      ("DOC", "assignee", "PPC", None)]),
    ("vi", "UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n"
           "UBND các xã, phường: Thống kê thiệt hại về nhà ở.\n"
           "Gửi số liệu về Sở Tài chính hằng tuần.\n"
           "Sở Xây dựng: Kiểm tra các trường học bị hư hỏng.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None), ("DOC", "assignee", "PPC", None)]),
    ("fr", "Le Comité populaire provincial demande aux services et aux localités de mettre en œuvre les contenus "
           "suivants :\n"
           "Comités populaires des communes et quartiers : Recenser les dégâts aux maisons.\n"
           "Envoyer le bilan au Service des finances chaque semaine.\n"
           "Service de la construction : Inspecter les écoles endommagées.",
     [("CPC", "assignee", "PPC", None), ("DOC", "assignee", "PPC", None)]),
    # look-alikes: lines under a colon line that assigns nothing; a label after lines right under the colon line
    ("en", "Results of the first half of the year:\n"
           "People's Committees of communes and wards: Counted the damage to houses.\n"
           "The count was sent to the Department of Finance.\n"
           "Department of Construction: Inspected the damaged schools.", []),
    ("en", "The Provincial People's Committee requests the following contents:\n"
           "Counting the damage went on for a week.\n"
           "Department of Construction: The number of damaged schools rose to 12.",
     []),
])
def test_an_item_after_an_item_run_over_lines(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the class: the province's departments as a tasked body's partners, the bare plural after a partner cue
    ("The Provincial People's Committee requested the Department of Health to review the plan and promptly "
     "coordinate with relevant departments", [("DOH", "assignee", "PPC"), ("DEPARTMENTS", "coordinate", "PPC")]),
    ("The Provincial People's Committee requested the Department of Health to coordinate with relevant departments "
     "to review the plan.", [("DOH", "assignee", "PPC"), ("DEPARTMENTS", "coordinate", "PPC")]),
    # look-alikes: a ministry's own departments; a company, not a partner; a coordination told as done
    ("The Ministry of Construction will coordinate with relevant departments to review the projects.", []),
    ("The Provincial People's Committee requested the Department of Health to review the plan, along with relevant "
     "departments.", [("DOH", "assignee", "PPC")]),
    ("The Department of Health said it had coordinated with relevant departments to review the plan.", []),
])
def test_bare_departments_as_partners(text, expected):
    assert _roles(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: the commune-level (district-level) People's Committee in the singular
    ("The Hai Phong People's Committee requested the People's Committee at the commune level to report the results.",
     [("CPC@31", "assignee", "PPC@31")]),
    ("The Hai Phong People's Committee requested the People's Committee at the district level to report the results.",
     [("DPC@31", "assignee", "PPC@31")]),
    # look-alike: its chairman speaking
    ("The Chairman of the People's Committee at the commune level said the work was done.", []),
])
def test_a_commune_level_committee_in_the_singular(text, expected):
    assert _roles(text, "en") == expected


_GUIDANCE = "The Hai Phong People's Committee has just issued guidelines on the public consultation.\n"
_AFTER = "\nThe head of each group assigned members to visit households."


@pytest.mark.parametrize("text, expected", [
    # the class: a guidance's plain present for the body it tasks
    (_GUIDANCE + "The People's Committee of the commune decides to set up groups by village." + _AFTER,
     [("CPC@31", "assignee", "PPC@31")]),
    (_GUIDANCE + "The People's Committee at the commune level synthesizes the opinions and sends a report to the city."
     + _AFTER, [("CPC@31", "assignee", "PPC@31")]),
    # look-alike: the decision told in the past
    (_GUIDANCE + "The People's Committee of the commune decided to set up groups last year." + _AFTER, []),
])
def test_a_guidance_plain_present(text, expected):
    assert _roles(text, "en") == expected
