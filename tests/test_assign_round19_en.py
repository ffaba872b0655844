"""Round 19's error classes of English assignments (README "Round 19 (blind, real public pages): assignments en"),
fixed as general rules, data first: ``take prime responsibility`` as a lead cue (en cues.json ``lead_after``); quarters
written without a year (``in the third quarter of this year``, ``in the fourth quarter``: en deadlines.json, the
publication year) and a time frame opening the sentence of a plain future's subject (``task_deadlines.scope_tasks``);
district committees written ``People's Committees at the district level`` (en agencies.csv, DPC) and a negative duty
``are (also) required not to`` (en cues.json ``subject_strong``); ``ought to`` as a modal; ``while working with`` as
coordination; a head's title before the committee that asks after a fronted clause (``askers.assigner``).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee assigned the Department of Transport to take prime responsibility and coordinate with relevant agencies to review the rules.",
     [("DOT@01", "lead", "PPC@01")]),
    ("The Hanoi People's Committee assigned the Department of Finance to take prime responsibility for the review of land prices.",
     [("DOF@01", "lead", "PPC@01")]),
    # look-alike: taking responsibility for a delay is a task, not the lead of one
    ("The Hanoi People's Committee assigned the Department of Transport to take responsibility for the delays.",
     [("DOT@01", "assignee", "PPC@01")]),
])
def test_take_prime_responsibility(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("In the third quarter of this year, the Department of Home Affairs of Ho Chi Minh City will preside over the project.",
     "2021-04-14", [("DOHA@79", "2021-Q3", "in")]),
    ("The Ho Chi Minh City People's Committee assigned the Department of Home Affairs to prepare the project. In the fourth quarter, the Department of Home Affairs will coordinate with the Department of Construction to finish the project.",
     "2021-04-14", [("DOHA@79", None, None), ("DOHA@79", "2021-Q4", "in"), ("DOC@79", "2021-Q4", "in")]),
    ("The Ho Chi Minh City People's Committee assigned the Department of Finance to review the land prices in the fourth quarter.",
     "2024-02-01", [("DOF@79", "2024-Q4", "in")]),
    # look-alikes: a report of the first quarter after the request; a quarter without a year in an undated text
    ("The Ho Chi Minh City People's Committee assigned the Department of Home Affairs to prepare the project. In the first quarter, the Department of Home Affairs reported 12 cases.",
     "2021-04-14", [("DOHA@79", None, None)]),
    ("The Ho Chi Minh City People's Committee assigned the Department of Finance to review the land prices in the fourth quarter.",
     None, [("DOF@79", None, None)]),
])
def test_quarters_without_a_written_year(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The People's Committees at the district level in Hue are responsible for determining technical stops.",
     [("DPC@46", "assignee", None)]),
    ("The People's Committees of districts and towns in Hue are also required not to interrupt administrative procedures.",
     [("DPC@46", "assignee", None)]),
    ("The Department of Finance of Hue is required not to delay the payments.",
     [("DOF@46", "assignee", None)]),
    ("The Department of Health in Hai Duong ought to prepare a prevention plan.",
     [("DOH@30", "assignee", None)]),
    # look-alikes: no duty, a report, no body
    ("The People's Committees of districts and towns in Hue are not required to interrupt administrative procedures.", []),
    ("The People's Committees at the district level in Hue reported 12 stalled projects.", []),
    ("Residents in Hai Duong ought to wear masks in crowded places.", []),
])
def test_district_committees_and_duties(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee assigned the Department of Transport to inspect bus firms while working with the Department of Health to elaborate a plan.",
     [("DOT@01", "assignee", "PPC@01"), ("DOH@01", "coordinate", "PPC@01")]),
    # look-alikes: working with localities is the task led (no partner), a report of cooperation
    ("The Prime Minister assigns Government members and the Ministry of Finance to preside over working with localities to urge the implementation.",
     [("MOF", "lead", "PM")]),
    ("The Department of Transport of Hanoi said it has been working with the Department of Health since May.", []),
])
def test_while_working_with(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Accordingly, in order to remove obstacles in operating local government at 2 levels, the Chairman of the People's Committee of Da Nang City requested the People's Committees of communes and wards to maximize proactiveness.",
     [("CPC@48", "assignee", "PPC@48")]),
    # look-alikes: a body after "of" that heads nothing stays a complement; the subject of the sentence asks
    ("Following the report of the Ministry of Finance, the Government requested provinces to review fees.",
     [("PROVINCES", "assignee", "GOV")]),
    ("Under the Government's Resolution 86, the Ministry of Finance requested provinces to review fees.",
     [("PROVINCES", "assignee", "MOF")]),
])
def test_head_title_asker_after_a_fronted_clause(text, expected):
    assert found(text, "en") == expected


_DA_NANG = ("Accordingly, in operating local government at 2 levels, the Chairman of the People's Committee of Da Nang City "
            "requested the People's Committees of communes and wards to review the dossiers. Localities need to study the "
            "handbook of local government at the commune level issued by the Ministry of Home Affairs.")


@pytest.mark.parametrize("text, expected", [
    # "local government" is the localities, as "local governments" already was, not the Government: the committee
    # asks, and the localities of its own direction are its communes (undated, but of the two-level government: the
    # rule of the open classes after round 24b; its districts before it) …
    (_DA_NANG, [("CPC@48", "assignee", "PPC@48"), ("CPC@48", "assignee", "PPC@48")]),
    ("The Prime Minister asked ministries and local government to cut procedures.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: the two-level local government named, no task; a task about local government, not to it
    ("The two-level local government came into operation in Da Nang on July 1.", []),
    ("The Government requested the Ministry of Home Affairs to guide local government at the commune level.",
     [("MOHA", "assignee", "GOV")]),
])
def test_local_government_singular(text, expected):
    assert found(text, "en") == expected


def test_local_government_localities_after_the_merger():
    # … and its communes in a text of July 2025
    assert dated(_DA_NANG, "en", "2025-07-05") == [("CPC@48", None, None), ("CPC@48", None, None)]
