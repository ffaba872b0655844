"""Round 17b's error classes of English assignments (README "Round 17b (blind, real public pages): assignments
en"), fixed as general rules, data first: a city's collectives of wards, communes and special zones and the
singular committee of "the commune" (en agencies.csv, CPC); ``local People's Committees`` in a provincial
committee's own direction (en ``localities_of_a_province``); the 2025 English name ``Department of Internal
Affairs`` / ``Ministry of Internal Affairs`` (DOHA, MOHA); ``People's Committee of HCMC`` and ``the HCMC Chairman``
(PPC@79); ``Cabinet leader`` (PM); ``are to`` as a subject's cue and ``nationwide`` between a body and its cue (en
cues.json); ``conveyed`` as an authority verb; a later sentence's aim (``They aim to submit … in the fourth quarter``)
is no continued deadline; a time frame opening a subject's sentence, after a continuation opener too; lower-case
names after ``the ministries of``. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City People's Committee issued a document. He directed ward, commune, and special-zone authorities to inspect the buildings.",
     [("CPC@79", "assignee", "PPC@79")]),
    ("The Da Nang People's Committee asked the Department of Finance to act, in coordination with ward, commune and special-zone People’s Committees.",
     [("DOF@48", "assignee", "PPC@48"), ("CPC@48", "coordinate", "PPC@48")]),
    ("The Hanoi People's Committee issued a plan. By May 10, the People's Committee of the commune must collect the opinions.",
     [("CPC@01", "assignee", "PPC@01")]),
    ("The HCMC People's Committee asked the Department of Finance to act. The chairpersons of ward, commune and special-zone People's Committees are to report on the land.",
     [("DOF@79", "assignee", "PPC@79"), ("CPC@79", "assignee", "PPC@79")]),
    # look-alikes: the same bodies with no cue, a report of what they did
    ("Ward, commune and special-zone People's Committees received 300 complaints last year.", []),
    ("The People's Committee of the commune said it had finished the survey.", []),
])
def test_city_collectives_of_wards_communes_and_special_zones(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The Can Tho People's Committee asked the Department of Construction to act. Local People’s Committees must inspect the buildings.",
     "2025-09", [("DOC@92", None, None), ("CPC@92", None, None)]),
    ("The Can Tho People's Committee asked the Department of Construction to act. Local People's Committees must inspect the buildings.",
     "2024-09", [("DOC@92", None, None), ("DPC@92", None, None)]),
    # look-alike: in the Prime Minister's direction, the local committees are the provinces'
    ("The Prime Minister asked the Ministry of Construction to act. Local People's Committees must inspect the buildings.",
     "2024-09", [("MOC", None, None), ("PROVINCES", None, None)]),
])
def test_local_committees_of_a_province(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City People's Committee tasked the Department of Internal Affairs to review the policies.",
     [("DOHA@79", "assignee", "PPC@79")]),
    ("The Prime Minister asked the Ministry of Internal Affairs to draft the decree.",
     [("MOHA", "assignee", "PM")]),
    ("Accordingly, the HCMC Chairman tasked the Department of Home Affairs to lead the review.",
     [("DOHA@79", "lead", "PPC@79")]),
    ("Mr. Phan Van Mai, Chairman of the People's Committee of HCMC, requested the Department of Construction to study the proposals.",
     [("DOC@79", "assignee", "PPC@79")]),
    ("The Cabinet leader also urged the Ministry of Health to keep medicines ready.",
     [("MOH", "assignee", "PM")]),
    # look-alikes: the same names with no cue
    ("The Department of Internal Affairs said 120 officials had moved to the communes.", []),
    ("The HCMC Chairman visited the flooded districts on Monday.", []),
])
def test_names_the_table_lacked(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister asked ministries to act. Additionally, provinces and centrally run cities nationwide were asked to visit poor families.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Hanoi People's Committee issued a plan. The People's Committees of districts are to publish the list of projects.",
     [("DPC@01", "assignee", "PPC@01")]),
    # look-alikes: 'nationwide' or 'are to' with no body before them, and a finding after 'nationwide'
    ("Prices nationwide were asked about in the survey.", []),
    ("Provinces and centrally run cities nationwide reported 200 new cases.", []),
    ("The goals are to cut costs and raise revenue.", []),
])
def test_nationwide_and_are_to_before_a_task(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Vice Chairman of the Hai Phong People's Committee Nguyen Van Tung conveyed the chairman's directions. The Department of Construction will take the lead in reviewing the permits.",
     [("DOC@31", "lead", "PPC@31")]),
    # look-alike: a conveyed message with no task after it
    ("The Hai Phong People's Committee conveyed its condolences to the families.", []),
])
def test_a_committee_that_conveys_directions_is_the_authority(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The Hanoi People's Committee assigned the Department of Home Affairs to review the criteria. They aim to submit the proposal in the fourth quarter of 2025.",
     "2024-08", [("DOHA@01", None, None)]),
    # look-alike: a due date in the next sentence, no aim
    ("The Hanoi People's Committee assigned the Department of Home Affairs to review the criteria. The report is to be submitted in the fourth quarter of 2025.",
     "2024-08", [("DOHA@01", "2025-Q4", "in")]),
])
def test_a_later_sentences_aim_is_no_deadline(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The Hanoi People's Committee issued a plan. By May 10, the People's Committee of the commune must collect the opinions.",
     "2025-04", [("CPC@01", "2025-05-10", "by")]),
    ("The Hanoi People's Committee issued a plan. As planned, by May 10, the Department of Finance must complete the report.",
     "2025-04", [("DOF@01", "2025-05-10", "by")]),
    ("The Prime Minister issued a dispatch. Meanwhile, before June 30, the Ministry of Finance shall submit the decree.",
     "2025-04", [("MOF", "2025-06-30", "before")]),
    # look-alikes: a past year opening a report, and a time frame that is not the sentence's first clause
    ("The Hanoi People's Committee issued a plan. Accordingly, in 2024, the Department of Finance reported 20 cases.",
     "2025-04", []),
    ("The Hanoi People's Committee issued a plan. As planned, by May 10, the Department of Finance had completed the report.",
     "2025-04", []),
])
def test_a_time_frame_opening_a_subjects_sentence(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister asked the ministries of finance and labour, invalids and social affairs to check the statistics.",
     [("MOF", "assignee", "PM"), ("MOLISA", "assignee", "PM")]),
    ("The Deputy Prime Minister urged the ministries of industry and trade and health to inspect the markets.",
     [("MOIT", "assignee", "DPM"), ("MOH", "assignee", "DPM")]),
    # look-alikes: a collective after the plural's first name, and a singular ministry before a lower-case noun
    ("The Prime Minister asked the ministries of finance and other agencies to check the data.",
     [("MOF", "assignee", "PM")]),
    ("The Prime Minister asked the Ministry of Finance and health insurers to check the data.",
     [("MOF", "assignee", "PM")]),
])
def test_lower_case_names_after_the_ministries_plural(text, expected):
    assert found(text, "en") == expected
