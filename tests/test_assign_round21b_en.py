"""Round 21b's error classes of English assignments (README "Round 21b (blind, real public pages): assignments en"),
fixed as general rules, data first: a plan retold or instructions issued make a text directive, so that a plain
future after a body is its task (en cues.json ``directive_markers``: ``according to the plan``, ``it is required
that``, ``issued instructions``); ``districts, towns and cities`` without the committees' words are the district
level (en agencies.csv, DPC); the ``Provincial Chairman`` speaks for his committee (en agencies.csv, PPC; a province
named after him completes his name, ``nlp.agencies.province_completes_body``, and is not read a second time as a bare
province); ``associations`` and ``the media`` close a list of bodies before its verb as other bodies outside the
table do (en cues.json ``list_skips``); the committees ``at the district`` level with the article (en agencies.csv, DPC).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("According to the plan, the People's Committees of districts will summarize the results and send them to the "
     "provincial People's Committee.",
     [("DPC", "assignee", None)]),
    ("Mr. Hoang Nam, Acting Chairman of the People's Committee of Quang Tri province, has issued instructions on the "
     "two-level government. The District People's Committee will hand over unfinished records to the new agency.",
     [("DPC@45", "assignee", "PPC@45")]),
    # look-alikes: a plain future in a report, instructions issued in the past with no body after them
    ("The Department of Home Affairs will complete the general report next week, the director said.", []),
    ("The Ministry of Finance issued instructions on tax refunds last year.", []),
])
def test_a_plan_retold_or_instructions_issued_task_the_plain_future(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # (the opening sentence's bare 'requested departments to act' is a row since round 30's late classes)
    ("The Chairman of the Tra Vinh Provincial People's Committee requested departments to act. Districts, towns and "
     "cities will synthesize the results before April 20.",
     [("DEPARTMENTS@84", None, None), ("DPC@84", "2025-04-20", "before")]),
    ("The Chairman of the Tra Vinh Provincial People's Committee requested departments to act. Districts, cities, and "
     "towns will report by April 20.",
     [("DEPARTMENTS@84", None, None), ("DPC@84", "2025-04-20", "by")]),
])
def test_districts_towns_and_cities_are_the_district_level(text, expected):
    assert dated(text, "en", "2025") == expected


@pytest.mark.parametrize("text, expected", [
    # look-alike: the province's units counted, no task
    ("The Chairman of the Tra Vinh Provincial People's Committee said the province has 9 districts, towns and cities.", []),
])
def test_districts_towns_and_cities_counted_give_no_row(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("In Ninh Thuan, the Provincial Chairman assigned the Department of Industry and Trade to notify the situation.",
     [("DOIT@58", "assignee", "PPC@58")]),
    ("The Provincial Chairman of Ninh Thuan assigned the Department of Natural Resources and Environment to review the "
     "land.",
     [("DONRE@58", "assignee", "PPC@58")]),
    # look-alikes: the chairman asked (his committee, once), the chairman meeting people
    ("The Prime Minister asked the provincial chairman of Ninh Thuan to inspect the project.",
     [("PPC@58", "assignee", "PM")]),
    ("Provincial Chairman Tran Quoc Nam met businesses in Ninh Thuan on Monday.", []),
])
def test_the_provincial_chairman_speaks_for_his_committee(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # (the opening sentence's bare 'requested departments to act' is a row since round 30's late classes)
    ("The Chairman of the Provincial People's Committee requested departments to act. Provincial departments, "
     "branches, associations and unions; People's Committees of districts implement savings.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("The Chairman of the Provincial People's Committee requested departments to act. All levels, sectors, and the "
     "media need to thoroughly grasp the document.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC")]),
    # look-alike: only bodies outside the table before the verb
    ("The Vietnam Journalists' Association and the media need to report accurately.", []),
])
def test_associations_and_the_media_close_a_list_of_bodies(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Chairman of the Provincial People's Committee requested all levels to prepare. Chairmen of People's "
     "Committees at the district and commune levels need to reduce the expenses.",
     [("DPC", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
    ("The Chairman of the Provincial People's Committee requested all levels to prepare. The Chairman of the People's "
     "Committee at the district and commune levels must reduce the expenses.",
     [("DPC", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
    # look-alike: the district committee's chairman visiting
    ("The Chairman of the People's Committee at the district level visited the flooded area.", []),
])
def test_committees_at_the_district_level_with_the_article(text, expected):
    assert found(text, "en") == expected
