"""Stop 45's left classes of English assignments (docs/quality.md "Stop 45's left classes (assignments, not blind,
stop 46)"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_old = rows_reader(published="2025-03-01")


@pytest.mark.parametrize("text, expected", [
    # the class: a central agency's regional branch or a province's customs (outside the table, named with a number
    # or a place: cues.json `list_skip_patterns`) closing or splitting a subject list: the table's bodies are tasked
    ("The Department of Finance, the Tax Department of Region XVIII and Ben Tre Customs shall inspect the markets.",
     [("DOF@83", "assignee", None, None)]),
    ("The Department of Finance, the Tax Department of Region XVIII and the Department of Health of Ben Tre shall "
     "review the fees.",
     [("DOF@83", "assignee", None, None), ("DOH@83", "assignee", None, None)]),
    ("The Department of Finance, the Regional Customs Department II and the Department of Industry and Trade of Hai "
     "Phong shall check the imports.",
     [("DOF@31", "assignee", None, None), ("DOIT@31", "assignee", None, None)]),
    # look-alikes: the branch or the customs alone is no body of the table
    ("Ben Tre Customs shall inspect the markets.", []),
    ("The Tax Department of Region XVIII will collect the fees in Ben Tre.", []),
])
def test_outside_names_with_a_place_or_a_number_in_a_subject_list(text, expected):
    assert _old(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: a duty formula going on with more owners and the situation before its closing comma
    # (grammar's `duty_formula_tails`): the subject still meets its verb
    ("The Department of Health and the Department of Construction of Ben Tre, based on the functions and tasks of "
     "each agency, unit and the actual situation, shall inspect the markets.",
     [("DOH@83", "assignee", None, None), ("DOC@83", "assignee", None, None)]),
    ("The Department of Finance of Long An, based on the functions and tasks of each agency, unit and locality, will "
     "review the fees.",
     [("DOF@80", "assignee", None, None)]),
    # look-alikes: the formula alone as before; a report of what was done is still no task
    ("The Department of Health and the Department of Construction of Ben Tre, based on the functions and tasks of "
     "each agency, shall inspect the markets.",
     [("DOH@83", "assignee", None, None), ("DOC@83", "assignee", None, None)]),
    ("The Department of Health of Ben Tre, based on the functions and tasks of each agency, unit and the actual "
     "situation, has inspected the markets.", []),
])
def test_a_duty_formula_with_its_tail(text, expected):
    assert _old(text, "en") == expected


_2022 = rows_reader(published="2022-08-01")


@pytest.mark.parametrize("text, expected", [
    # the class: communes written `villages` after the districts in the People's Committees' list (nlp/lang/en
    # agencies.csv: `villages and wards`): the district and the commune committees
    ("The Hanoi People's Committee issued a directive. The chairpersons of the People's Committees of districts, "
     "villages and wards are fully responsible for the prevention of dengue fever.",
     [("DPC@01", "assignee", "PPC@01", None), ("CPC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee requested the People's Committees of districts, villages and wards to kill larvae.",
     [("DPC@01", "assignee", "PPC@01", None), ("CPC@01", "assignee", "PPC@01", None)]),
    # look-alikes: communes as before; villages and wards as the places a department visits
    ("The Hanoi People's Committee requested the People's Committees of districts, communes and wards to kill larvae.",
     [("DPC@01", "assignee", "PPC@01", None), ("CPC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee requested the Department of Health to visit villages and wards with outbreaks.",
     [("DOH@01", "assignee", "PPC@01", None)]),
])
def test_villages_and_wards_after_districts(text, expected):
    assert _2022(text, "en") == expected
