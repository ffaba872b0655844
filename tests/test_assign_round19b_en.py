"""Round 19b's error classes of English assignments (README "Round 19b (blind, real public pages): assignments en"),
fixed as general rules, data first: ``to serve as the lead agency`` as a lead cue (en cues.json ``lead_after``); the
commune-level committees of a city with special zones and the People's Committees of ``all`` cities and provinces (en
agencies.csv), and the district-level committees of a province with one city (``the People's Committees of districts,
and the city``, en agencies.csv); a list closed by ``media agencies`` before a passive (en cues.json ``list_skips``); a body name written
as the place of the body before it (``in many districts of Hanoi``: en cues.json ``place_complements``, en grammar.json
``scope_phrases`` with an example list in parentheses, ``frames.without_places``).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Chairman of the Ho Chi Minh City People's Committee assigned the Department of Justice to serve as the lead agency, working in coordination with the Department of Home Affairs, to advise the city.",
     [("DOJ@79", "lead", "PPC@79"), ("DOHA@79", "coordinate", "PPC@79")]),
    ("The Prime Minister assigned the Ministry of Finance to act as the lead agency in drafting the decree.",
     [("MOF", "lead", "PM")]),
    ("The Ministry of Finance will serve as the lead agency in drafting the decree.",
     [("MOF", "lead", None)]),
    # look-alikes: serving as a member is a plain task; a past role is no task
    ("The Prime Minister assigned the Ministry of Finance to serve as a member of the council.",
     [("MOF", "assignee", "PM")]),
    ("The Ministry of Finance served as the lead agency last year.", []),
])
def test_serve_as_the_lead_agency(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Heads of departments, agencies, and the People's Committees of wards, communes, and special zones in Ho Chi Minh City are responsible for reviewing legal documents.",
     [("DEPARTMENTS@79", "assignee", None), ("CPC@79", "assignee", None)]),
    # already read before this round (a guard): the curly apostrophe, no comma before `and`
    ("The Ho Chi Minh City People's Committee requested the People’s Committees of wards, communes and special zones to review the documents.",
     [("CPC@79", "assignee", "PPC@79")]),
    ("In his notice, the Prime Minister asked the People’s Committees of all cities and provinces to assign tasks to lower-level governments.",
     [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister asked the People's Committees of all provinces and cities to inspect the construction sites.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alikes: special zones as places; the committees thanked, not asked
    ("Tourists visited the special zones of Phu Quoc and Con Dao last year.", []),
    ("The Prime Minister thanked the People's Committees of all cities and provinces for their efforts.", []),
])
def test_committees_written_another_way(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister issued a notice. The Ministry of Information and Communications and media agencies were asked to coordinate with the Ministry of Health to update the public.",
     [("MIC", "assignee", "PM"), ("MOH", "coordinate", "PM")]),
    ("The Prime Minister issued a notice. The Ministry of Finance and press agencies were asked to review the fees.",
     [("MOF", "assignee", "PM")]),
    # look-alikes: media agencies alone, and a body's report of them
    ("The Prime Minister issued a notice. Media agencies were asked to update the public.", []),
    ("The Prime Minister issued a notice. The Ministry of Finance said media agencies were asked to update the public.", []),
])
def test_a_list_closed_by_media_agencies(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The People's Committees of communes and wards in many districts of Hanoi are required to complete all site clearance work.",
     [("CPC@01", "assignee", None)]),
    ("The People's Committees of communes and wards in many districts of Hanoi (such as Tay Ho, Long Bien) are required to complete all site clearance work.",
     [("CPC@01", "assignee", None)]),
    # already read before this round (a guard): the place after the object of an assigning verb
    ("The Hanoi People's Committee requested the People's Committees of communes in all districts of the city to review the land prices.",
     [("CPC@01", "assignee", "PPC@01")]),
    # look-alikes: the district committees listed with `and` are bodies; districts as places alone
    ("The Hanoi People's Committee requested the Department of Finance and the People's Committees of districts to review the prices.",
     [("DOF@01", "assignee", "PPC@01"), ("DPC@01", "assignee", "PPC@01")]),
    ("Heavy rains flooded roads in many districts of Hanoi last week.", []),
])
def test_a_body_name_as_the_place_of_the_body_before_it(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Son La Provincial People's Committee concluded as follows:\nDepartments, boards, branches, the People's Committees of districts, and the city organize and strictly implement the instructions.",
     [("DEPARTMENTS@14", "assignee", "PPC@14"), ("DPC@14", "assignee", "PPC@14")]),
    # already read before this round (a guard): no comma before `and the city`
    ("The Son La Provincial People's Committee requested the People's Committees of districts and the city to review the land prices.",
     [("DPC@14", "assignee", "PPC@14")]),
    # look-alikes: the district-level committees as receivers, and reporting
    ("The Son La Provincial People's Committee requested the Department of Finance to send the report to the People's Committees of districts and the city.",
     [("DOF@14", "assignee", "PPC@14")]),
    ("The People's Committees of districts and the city in Son La reported 12 stalled projects.", []),
])
def test_district_committees_with_the_provincial_city(text, expected):
    assert found(text, "en") == expected
