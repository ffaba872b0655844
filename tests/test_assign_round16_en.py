"""Round 16's error classes of English assignments (README "Round 16 (blind, real public pages): assignments
en"), fixed as general rules, data first: the serial comma in a directive's duty formula (``according to their
assigned functions, tasks, and powers``: ``duty_formulas`` in en grammar.json) and in the ministries' collective
names (``Ministries, ministerial-level agencies, and Government agencies``, ``heads of government agencies``: en
agencies.csv); ``along with`` as a co-subject and coordination cue, as ``together with`` (en cues.json); the
district committees written ``people's committees in districts``; a province's head title before its bare name
(``The Chairman of Hanoi also assigned …``: ``province_head_titles`` in en grammar.json, read by
``mentions.bare_provinces``) names the committee that directs. New sentences written for these tests, one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("The Government issued a resolution. The Ministry of Health and the Ministry of Finance, according to their assigned functions, tasks, and powers, coordinate with the provinces to check drug prices.",
     [("MOH", "assignee", "GOV"), ("MOF", "assignee", "GOV"), ("PROVINCES", "coordinate", "GOV")]),
    ("The Prime Minister requested the Ministry of Construction, according to their functions, tasks, and powers, to speed up the housing projects.",
     [("MOC", "assignee", "PM")]),
    # look-alike: the formula in a report of past work, no cue
    ("The Ministry of Health, according to its functions, tasks, and powers, reported on the vaccination campaign.", []),
])
def test_duty_formula_with_the_serial_comma(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Government issued a resolution. Ministries, ministerial-level agencies, and Government agencies shall review their payrolls.",
     [("MINISTRIES", "assignee", "GOV")]),
    ("The Prime Minister issued a directive. Ministers, heads of government agencies, and chairpersons of provincial People's Committees are required to report the results.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: the same collective reporting, no cue
    ("Ministries, ministerial-level agencies, and Government agencies reported their payrolls last year.", []),
])
def test_ministries_collective_with_the_serial_comma(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister issued a directive. The Ministry of Health, along with the Ministry of Finance, is tasked with checking the hospitals.",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("The Prime Minister assigned the Ministry of Health, along with the Ministry of Finance, to inspect the hospitals.",
     [("MOH", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
    # look-alikes: 'along with' in a report, no body tasked
    ("The Ministry of Finance, along with 20 other agencies, said revenue rose.", []),
    ("Along with the Ministry of Finance, the bank reported higher profits.", []),
])
def test_along_with_as_together_with(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The City People's Committee has directed people's committees in districts to clear the canals.",
     [("DPC", "assignee", "PPC")]),
    ("The Provincial People's Committee asked the People’s Committees in the districts to count the damaged houses.",
     [("DPC", "assignee", "PPC")]),
    # look-alike: the committees as a place of work, no cue
    ("Officials of people's committees in districts attended the training course.", []),
])
def test_district_committees_in_districts(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Chairman of Hanoi assigned the Department of Construction to inspect the sidewalks.",
     [("DOC@01", "assignee", "PPC@01")]),
    ("The Chairman of Hanoi requested units to repair the roads. The Chairman of Hanoi also assigned the Department of Transport to review the bus routes.",
     [("DOT@01", "assignee", "PPC@01")]),
    ("The Vice Chairman of Da Nang asked the Department of Health to check the markets.",
     [("DOH@48", "assignee", "PPC@48")]),
    # look-alikes: the head visiting, no cue; a province's name as a place after the title's words
    ("The Chairman of Hanoi visited the flooded districts on Monday.", []),
])
def test_a_provinces_head_before_its_bare_name(text, expected):
    assert found(text, "en") == expected


_deadlines = dated


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister assigned the Ministry of Health and the Ministry of Finance to finish the review before May 15, 2026, and June 30, 2026, respectively.",
     "en", [("MOH", "2026-05-15", "before"), ("MOF", "2026-06-30", "before")]),
    ("The Ministry of Health and the Ministry of Finance must submit the drafts by 30 June 2026 and 31 July 2026 respectively.",
     "en", [("MOH", "2026-06-30", "by"), ("MOF", "2026-07-31", "by")]),
    ("Finansministeriet och byggministeriet ska slutföra förfarandena senast den 30 juni 2025 respektive den 31 juli 2025.",
     "sv", [("MOF", "2025-06-30", "by"), ("MOC", "2025-07-31", "by")]),
    # look-alikes: one date for both; two periods, respectively, before one deadline; one body for two dates
    ("The Ministry of Health and the Ministry of Finance must submit the drafts by 30 June 2026.",
     "en", [("MOH", "2026-06-30", "by"), ("MOF", "2026-06-30", "by")]),
    ("The Prime Minister asked the Ministry of Health and the Ministry of Finance to report on 2024 and 2025 respectively before March 31, 2026.",
     "en", [("MOH", "2026-03-31", "before"), ("MOF", "2026-03-31", "before")]),
    ("The Ministry of Construction was tasked with urging localities to finish the houses ahead of July 27, 2025, and August 31, 2025, respectively.",
     "en", [("MOC", "2025-07-27", "before")]),
])
def test_respectively_gives_each_body_its_date(text, lang, expected):
    assert _deadlines(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee has issued many documents directing the Department of Construction to repair the roads.", []),
    ("Hanoi has issued numerous documents urging the Department of Transport to fix the sidewalks.", []),
    # look-alikes: one document just issued directs now
    ("The Provincial People's Committee has just issued a document directing the Department of Construction to repair the roads.",
     [("DOC", "assignee", "PPC")]),
    ("The Provincial People's Committee has just signed a document directing the Department of Transport to fix the sidewalks.",
     [("DOT", "assignee", "PPC")]),
])
def test_many_documents_directing_are_past_directions(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Under the plan, the Departments: Health; Education and Training; Home Affairs must submit their lists to the Provincial People's Committee.",
     [("DOH", "assignee", None), ("DOET", "assignee", None), ("DOHA", "assignee", None)]),  # the receiver is no asker
    ("The Provincial People's Committee requested the Departments: Finance; Construction to review the prices.",
     [("DOF", "assignee", "PPC"), ("DOC", "assignee", "PPC")]),
    # look-alikes: the same list reporting, no cue; fields that name no department of the table
    ("The Departments: Finance; Construction reported good results.", []),
    ("Departments: Sales; Marketing must report every week.", []),
])
def test_departments_listed_after_a_colon(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Government set June 30 as the deadline for the Ministry of Finance to submit the draft decree.",
     [("MOF", "assignee", "GOV")]),
    ("The Prime Minister said Friday is the deadline for ministries and localities to send their reports.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: a deadline moved, no infinitive; a deadline for bodies outside the table
    ("The deadline for the Ministry of Finance was extended last year.", []),
    ("The deadline for businesses to file taxes is July 1.", []),
])
def test_the_deadline_for_bodies_to_act(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister requested ministries, especially Party committees and local authorities, to closely monitor the dykes.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Provincial People's Committee requested the district Party committees and the People's Committees of districts to clean the canals.",
     [("DPC", "assignee", "PPC")]),
    # look-alikes: Party committees alone are no body of the table; a meeting, no cue
    ("The Provincial People's Committee requested the district Party committees to clean the canals.", []),
    ("The district Party committees held meetings with the People's Committees of districts.", []),
])
def test_party_committees_skipped_in_a_list_of_addressees(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee requested the Department of Finance to focus on the new markets in 12 communes expected to open in 2027.",
     [("DOF", None, None)]),
    ("The Prime Minister asked the Ministry of Construction to speed up the expressway, which is scheduled to open in December 2026.",
     [("MOC", None, None)]),
    # look-alikes: a due date stays one; 'before' after the marker is still a due date
    ("The Provincial People's Committee requested the Department of Finance to open the new markets in June 2027.",
     [("DOF", "2027-06", "in")]),
    ("The Prime Minister asked the Ministry of Construction to finish the bridge, which is expected to open, before June 30, 2026.",
     [("MOC", "2026-06-30", "before")]),
])
def test_an_expected_date_is_no_deadline(text, expected):
    assert _deadlines(text, "en") == expected
