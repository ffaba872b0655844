"""English left classes of stop 46 (docs/quality.md "English left classes (assignments, not blind, stop 46)"), fixed
as general rules. New sentences written for these tests, one literal case a line, with the look-alikes that must stay
as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-05-10")

_QNG = "The Chairman of the Quang Ngai Provincial People's Committee signed a plan on flood prevention. "


@pytest.mark.parametrize("text, expected", [
    # the class: an addressee list running past a relative clause naming the body its items are members of
    (_QNG + "Accordingly, the Steering Committee requested that the departments and branches that are members of the "
     "Steering Committee, the People's Committees at district and commune levels, based on their assigned tasks, "
     "continue to direct the forces to stop smuggling.",
     [("DEPARTMENTS@51", "assignee", None, None), ("DPC@51", "assignee", None, None),
      ("CPC@51", "assignee", None, None)]),
    (_QNG + "The committee requested the departments which are members of the council, the People's Committees of "
     "districts to inspect the dykes.",
     [("DEPARTMENTS@51", "assignee", None, None), ("DPC@51", "assignee", None, None)]),
    # look-alikes: the same list with no request, and a relative clause naming no membership
    (_QNG + "The departments and branches that are members of the Steering Committee, the People's Committees of "
     "districts attended the meeting yesterday.", []),
])
def test_list_past_membership_clause(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: 'basing on …' between commas after a subject list, as 'based on …' is
    (_QNG + "Departments, sectors, People's Committees of districts, basing on directions of the Ministry of "
     "Transport, will proactively take measures to reduce accidents.",
     [("DEPARTMENTS@51", "assignee", "PPC@51", None), ("DPC@51", "assignee", "PPC@51", None)]),
    (_QNG + "The Department of Health basing on the number of cases shall draw up a vaccination plan.",
     [("DOH@51", "assignee", "PPC@51", None)]),
    # look-alike: a basis opening a sentence that tasks no body
    (_QNG + "Basing on the report of the Ministry of Transport, the forum discussed the accidents.", []),
])
def test_basing_on_aside(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: the State Bank's branches are the State Bank's row
    ("The Ministry of Industry and Trade issued a directive on Tet goods. The provincial departments of industry and "
     "trade should join hands with branches of the State Bank of Vietnam to help businesses access loans.",
     [("DEPARTMENTS", "assignee", None, None), ("SBV", "coordinate", None, None)]),
    ("The Prime Minister asked State Bank branches in the provinces to speed up lending.",
     [("SBV", "assignee", "PM", None)]),
    # look-alike: the branches' figures, no task
    ("Loans from branches of the State Bank of Vietnam rose by 5 percent last year.", []),
])
def test_state_bank_branches(text, expected):
    assert _rows(text, "en") == expected


_DPM = "Deputy Prime Minister Tran Hong Ha chaired a meeting on ethnic policies. "


@pytest.mark.parametrize("text, expected", [
    # the class: 'the committee' opening a modal's clause names again the ethnic affairs committee named before
    (_DPM + "He urged the Committee for Ethnic Minority Affairs to review the policies. The committee, in "
     "collaboration with ministries, should also make a list of priorities.",
     [("CEMA", "assignee", "DPM", None), ("CEMA", "assignee", "DPM", None), ("MINISTRIES", "coordinate", "DPM", None)]),
    # look-alikes: the committee as an object, another committee named with its own name
    (_DPM + "He urged the Committee for Ethnic Minority Affairs to review the policies. Ministries should provide the "
     "committee with updated information.",
     [("CEMA", "assignee", "DPM", None), ("MINISTRIES", "assignee", "DPM", None)]),
    (_DPM + "He urged the Committee for Ethnic Minority Affairs to review the policies. The People's Committee of Hanoi "
     "should also make a list of priorities.",
     [("CEMA", "assignee", "DPM", None), ("PPC@01", "assignee", "DPM", None)]),
])
def test_committee_named_again(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: field adjectives before the plural 'departments', one department each
    (_QNG + "The provincial Department of Planning and Investment in cooperation with provincial financial and "
     "agricultural departments is to advise the People's Committee on the budget.",
     [("DPI@51", "assignee", "PPC@51", None), ("DOF@51", "coordinate", "PPC@51", None),
      ("DARD@51", "coordinate", "PPC@51", None)]),
    (_QNG + "The Department of Health shall coordinate with the financial, judicial and educational departments to "
     "review the fees.",
     [("DOH@51", "assignee", "PPC@51", None), ("DOF@51", "coordinate", "PPC@51", None),
      ("DOJ@51", "coordinate", "PPC@51", None), ("DOET@51", "coordinate", "PPC@51", None)]),
    # look-alikes: the departments reporting, one adjective that is no list
    (_QNG + "Financial and agricultural departments reported good results last year.", []),
    (_QNG + "The Department of Health shall coordinate with the financial departments of banks to review the fees.",
     [("DOH@51", "assignee", "PPC@51", None)]),
])
def test_departments_by_adjective(text, expected):
    assert _rows(text, "en") == expected
