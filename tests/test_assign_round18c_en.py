"""Round 18c's error classes of English assignments (README "Round 18c (blind, real public pages): assignments
en"), fixed as general rules, data first: ``requests that`` / ``request that`` with the bodies and a bare verb (en
cues.json ``assign_before``, beside ``requested that``); the partners after ``is responsible for coordination with``
(en ``coordinate``); ``the municipal departments`` of a city (en agencies.csv, DEPARTMENTS); the end of the work
``from now until the end of 2025`` (en deadlines.json; a period a task covers, ``the crops until the end of 2021``,
stays no deadline); the province or the city as the subject of an assigning verb in a provincial committee's text
(en cues.json ``place_subjects``, ``askers.assigner``: ``The province requires the Department of Finance …``).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee requests that departments, branches, sectors and People's Committees of communes and wards effectively implement the plan.",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("CPC@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee requests that the Department of Finance review the fees.",
     [("DOF@01", "assignee", "PPC@01")]),
    ("The ministries request that the Ministry of Finance review the fees.",
     [("MOF", "assignee", "MINISTRIES")]),
    # look-alikes: a finite verb after the body tells a finding, no request; no cue at all
    ("The report requests that the Department of Finance had failed to review the fees.", []),
    ("The Hanoi People's Committee hopes that the Department of Finance will review the fees.", []),
])
def test_requests_that_with_a_bare_verb(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City People's Committee concluded the meeting. The Department of Planning and Investment is responsible for coordination with the Department of Construction and the Department of Finance to allocate capital.",
     [("DPI@79", "assignee", "PPC@79"), ("DOC@79", "coordinate", "PPC@79"), ("DOF@79", "coordinate", "PPC@79")]),
    # look-alike: coordination praised, no task
    ("The Department of Finance was praised for its coordination with the Department of Construction last year.", []),
])
def test_responsible_for_coordination_with(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City People's Committee assigned the municipal departments to review the plan.",
     [("DEPARTMENTS@79", "assignee", "PPC@79")]),
    ("Deputy Chairman of the Ho Chi Minh City People’s Committee Bui Xuan Cuong assigned the municipal departments to promptly give guidance to the districts.",
     [("DEPARTMENTS@79", "assignee", "PPC@79")]),
    # look-alike: a report of the departments, no cue
    ("The municipal departments reported 12 projects last year.", []),
])
def test_the_municipal_departments(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee requests that the Department of Finance complete key tasks from now until the end of 2025.",
     [("DOF@01", "2025", "by")]),
    ("The Hanoi People's Committee asked the Department of Finance to finish the review from now until the end of 2024.",
     [("DOF@01", "2024", "by")]),
    # look-alike: the period the task covers, no deadline
    ("The Ministry asked the Department of Finance to evaluate the estimated crops until the end of 2021.",
     [("DOF", None, None)]),
])
def test_from_now_until_the_end_of(text, expected):
    assert dated(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("On August 31, the People's Committee of Quang Ngai province issued document No. 61/QD-UBND. The province requires the Department of Finance to review the plan.",
     [("DOF@51", "assignee", "PPC@51")]),
    ("The Hanoi People's Committee issued a plan. The city also requests the Department of Finance to review the fees.",
     [("DOF@01", "assignee", "PPC@01")]),
    # look-alikes: a national text's authority is no province's committee; the province's farmers are no subject place
    ("The Prime Minister issued a dispatch. The province requires the Department of Finance to review the plan.",
     [("DOF", "assignee", None)]),
    ("The People's Committee of Quang Ngai province issued a plan. The province's farmers asked the Department of Finance to review the plan.",
     [("DOF@51", "assignee", None)]),
])
def test_the_province_as_the_asker(text, expected):
    assert found(text, "en") == expected
