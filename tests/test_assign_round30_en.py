"""Round 30's error classes of English assignments (docs/quality.md "Round 30 (blind, real public pages): assignments
en"), fixed as general rules, data first: a participle of an asking verb after a comma (`…, calling on ministries and
local authorities to …`, en cues.json assign_before); the plural passives and duties beside the singular ones (`were
directed to`, `were instructed to`, `are in charge of`, …: subject_strong); `local leaders` as the provinces, and a
province's own districts in its committee's direction (agencies.csv, grammar.json localities_of_a_province); the office
of a committee is not the committee (`Chief of Office of the Provincial People's Committee; Director of …`: cues.json
name_heads), and a decision's closing `shall base on this Decision to implement` (implementation_clauses);
`departments, boards, branches` as the departments (agencies.csv); a province's town named in lower case after the
district committees (`People's Committees of districts and Son La city`: grammar.json town_after_district_collective).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-10-01")


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister has signed a dispatch, calling on ministries and local authorities to prepare for the dry "
     "season.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Deputy Prime Minister sent a letter calling upon the Ministry of Health to stock vaccines.",
     [("MOH", "assignee", "DPM")]),
    # read before: the finite verb
    ("The Prime Minister called on ministries to prepare for the dry season.", [("MINISTRIES", "assignee", "PM")]),
    # look-alike: no body of the table after the participle (a visit, `called on the Ministry … last week`, was read
    # as a request before this round already and still is: left)
    ("The minister spent the morning calling on residents to keep calm.", []),
])
def test_a_participle_of_an_asking_verb(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Finance and the Ministry of Construction were directed to review the prices.",
     [("MOF", "assignee", None), ("MOC", "assignee", None)]),
    ("The Ministry of Industry and Trade and Ministry of Health were instructed to secure supplies.",
     [("MOIT", "assignee", None), ("MOH", "assignee", None)]),
    ("The Ministry of Finance and the Ministry of Construction are in charge of drafting the standards.",
     [("MOF", "assignee", None), ("MOC", "assignee", None)]),
    # read before: the singular
    ("The Ministry of Finance was directed to review the prices.", [("MOF", "assignee", None)]),
    # look-alikes: the bodies' officials, a negation
    ("Officials of the Ministry of Finance and the Ministry of Construction who were instructed to attend arrived late.",
     []),
    ("The Ministry of Finance and the Ministry of Construction were not directed to review the prices.", []),
])
def test_plural_passives_and_duties(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister ordered local leaders to evacuate residents from the riverbanks.",
     [("PROVINCES", "assignee", "PM")]),
    ("The Chairman of Quang Ninh Provincial People's Committee ordered local leaders to evacuate residents.",
     [("DPC@22", "assignee", "PPC@22")]),
    # look-alike: no task
    ("Local leaders said the dykes were safe.", []),
])
def test_local_leaders(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Lao Cai Provincial People's Committee issued the decision. Chief of Office of the Provincial People's "
     "Committee, Director of the Department of Education and Training, Chairmen of People's Committees of districts "
     "are responsible for implementing this Decision.",
     [("DOET@10", "assignee", "PPC@10"), ("DPC@10", "assignee", "PPC@10")]),
    ("The Lao Cai Provincial People's Committee issued the decision. Chief of Office of the Provincial People's "
     "Committee; Director of the Department of Health; Chairmen of People's Committees of districts shall base on this "
     "Decision to implement.", [("DOH@10", "assignee", "PPC@10"), ("DPC@10", "assignee", "PPC@10")]),
    # read before: no office in the list
    ("The Lao Cai Provincial People's Committee issued the decision. The Director of the Department of Health and "
     "Chairmen of People's Committees of districts shall implement this Decision.",
     [("DOH@10", "assignee", "PPC@10"), ("DPC@10", "assignee", "PPC@10")]),
    # look-alikes: the Government Office is a body of the table; a closing clause about a document of another kind
    ("The Prime Minister assigned the Office of the Government to monitor the implementation.",
     [("OOG", "assignee", "PM")]),
    ("The Director of the Department of Health read the report on this Decision to the press.", []),
])
def test_the_office_of_a_committee_and_a_decisions_closing_clause(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee requested departments, boards and branches to review the plan.",
     [("DEPARTMENTS@01", "assignee", "PPC@01")]),
    ("On May 3, the Son La Provincial People's Committee met. Departments, boards, branches, and People's Committees "
     "of districts and Son La city shall continue to prevent natural disasters.",
     [("DEPARTMENTS@14", "assignee", None), ("DPC@14", "assignee", None)]),
    ("On May 3, the Lang Son Provincial People's Committee met. The People's Committees of districts and Lang Son city "
     "must review the plan.", [("DPC@20", "assignee", None)]),
    # look-alike: the town named as a place, no task
    ("The People's Committees of districts and Son La city held a meeting last week.", []),
])
def test_departments_boards_branches_and_a_town_after_the_districts(text, expected):
    assert _rows(text, "en") == expected
