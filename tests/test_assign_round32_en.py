"""Round 32's error classes of English assignments (docs/quality.md "Round 32 (blind, real public pages): assignments
en"), fixed as general rules, with the same class in Vietnamese and French where it exists: a day the text tells in the
past after a qualifier (`by September 30, 2025, only 27% … was disbursed`, `investors who disbursed capital by
September 30, 2025`) is no deadline and dates an undated page as a told day; a year after a document cited by its kind
and a bare number (`in Decision 656 in 2023`) is that document's; `district, city and town People's Committees`;
`The Department will also …` naming again a department tasked before; `presiding over coordination with`; `X is the
core unit in …` (vi `là đơn vị nòng cốt`); bodies a tasked chairman mobilizes with a task after them. New sentences
written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")
_undated = rows_reader("agency_id", "role", "assigned_by", "deadline", published=None)
_roles = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


@pytest.mark.parametrize("text, expected", [
    # the class: a day told in the past is no deadline; the task's own date after it is
    ("The Lam Dong Provincial People's Committee requested the Department of Finance to list the investors who "
     "disbursed capital by September 30, 2025 below the average and report before October 5.",
     [("DOF@68", "assignee", "PPC@68", "2025-10-05")]),
    ("The Lam Dong Provincial People's Committee requested the Department of Finance to review the projects (by "
     "September 30, 2025, only 27% of the capital was disbursed).",
     [("DOF@68", "assignee", "PPC@68", None)]),
    # look-alikes: a day set, even with a past verb later in another clause
    ("The Lam Dong Provincial People's Committee requested the Department of Finance to review the projects by "
     "October 20, 2025.", [("DOF@68", "assignee", "PPC@68", "2025-10-20")]),
    ("The Lam Dong Provincial People's Committee requested the Department of Finance to review the projects by "
     "October 20, 2025, which was the date set by the Government.", [("DOF@68", "assignee", "PPC@68", "2025-10-20")]),
    ("The Lam Dong Provincial People's Committee requested the Department of Finance to review the projects by "
     "October 20, 2025, and the earlier reviews were late.",
     [("DOF@68", "assignee", "PPC@68", "2025-10-20")]),
    ("The Lam Dong Provincial People's Committee requested the Department of Finance to list the units that need to "
     "submit reports by October 20, 2025.", [("DOF@68", "assignee", "PPC@68", "2025-10-20")]),
])
def test_a_day_told_in_the_past_is_no_deadline(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: an undated page's only year-dated day is told in the past: the page is after the merger, its
    # localities the communes
    ("By September 30, 2025, only 27% of the capital plan was disbursed. The Lam Dong Provincial People's Committee "
     "requested localities to speed up the disbursement.", [("CPC@68", "assignee", "PPC@68", None)]),
    # look-alike: the same day set as a deadline tells nothing of the page's date: the year alone, the old scheme
    ("The Lam Dong Provincial People's Committee requested localities to speed up the disbursement by September 30, "
     "2025.", [("DPC@68", "assignee", "PPC@68", "2025-09-30")]),
])
def test_a_day_told_in_the_past_dates_an_undated_page(text, expected):
    assert _undated(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: the year after a document cited by its kind and a bare number
    ("The Provincial People's Committee assigned the Department of Construction to complete the tasks assigned in "
     "Decision 656 in 2023.", "en", [("DOC", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a chargé le Service de la construction d'achever les tâches fixées dans la "
     "décision 656 en 2023.", "fr", [("DOC", "assignee", "PPC", None)]),
    ("The Provincial People's Committee assigned the Department of Finance to carry out the contents of Plan 317 in "
     "2024.", "en", [("DOF", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a chargé le Service de la construction d'achever les tâches en 2026.", "fr",
     [("DOC", "assignee", "PPC", "2026")]),
    # look-alikes: a task's own year; a number that counts things
    ("The Provincial People's Committee assigned the Department of Construction to complete the tasks in 2026.", "en",
     [("DOC", "assignee", "PPC", "2026")]),
    ("The Provincial People's Committee assigned the Department of Finance to review the claims of 656 households in "
     "2026.", "en", [("DOF", "assignee", "PPC", "2026")]),
])
def test_a_year_after_a_document_cited_by_kind_and_number(text, lang, expected):
    assert _undated(text, lang) == expected  # an undated page: no year is before the text's own


@pytest.mark.parametrize("text, lang, expected", [
    # the class: the district level's committees named by a list of level words before the committee's words
    ("Directors of departments and chairmen of district, city and town People's Committees shall direct the review "
     "of the projects.", "en", [("DEPARTMENTS", "assignee", None), ("DPC", "assignee", None)]),
    ("The Provincial People's Committee requested district, city, and town People's Committees to review the "
     "projects.", "en", [("DPC", "assignee", "PPC")]),
    # look-alike: the committees as a place of events, no task
    ("Meetings were held at district, city and town People's Committees last week.", "en", []),
    # the class: the department named again by its kind, a plain future going on with its tasks
    ("The Provincial People's Committee assigned the Department of Health to review the plan. The Department will "
     "also study the mechanism for recruiting staff.", "en",
     [("DOH", "assignee", "PPC"), ("DOH", "assignee", "PPC")]),
    ("The Prime Minister asked the Ministry of Finance to review the rules. The ministry will also draft a decree.",
     "en", [("MOF", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    # look-alikes: a plain future without "also"; no body asked before
    ("The Provincial People's Committee assigned the Department of Health to review the plan. The department will "
     "host a fair next week.", "en", [("DOH", "assignee", "PPC")]),
    ("The Ministry of Finance reported the results. The ministry will also hold a press conference.", "en", []),
    # the class: the bodies after "presiding over coordination with" coordinate
    ("The Provincial People's Committee assigned the Department of Agriculture and Environment to act as the standing "
     "agency, presiding over coordination with relevant departments and branches to deploy the campaign.", "en",
     [("DAE", "lead", "PPC"), ("DEPARTMENTS", "coordinate", "PPC")]),
    # the class: a body given a plan's role as its core unit
    ("The Provincial People's Committee assigned the Department of Finance to lead the campaign. The Provincial "
     "Police is the core unit in verifying the information.", "en",
     [("DOF", "lead", "PPC"), ("PPS", "assignee", "PPC")]),
    ("UBND tỉnh giao Sở Tài chính chủ trì chiến dịch. Công an tỉnh là đơn vị nòng cốt xác minh thông tin.", "vi",
     [("DOF", "lead", "PPC"), ("PPS", "assignee", "PPC")]),
    # look-alikes: the role told in the past
    ("The Provincial Police was the core unit in the campaign last year.", "en", []),
    ("Năm ngoái, Công an tỉnh đã là lực lượng nòng cốt trong chiến dịch.", "vi", []),
    # the class: bodies a tasked chairman mobilizes, a task after them (the nested rule)
    ("The Prime Minister requested the Chairmen of People's Committees of provinces to mobilize departments and "
     "branches to participate in the cleaning campaign.", "en",
     [("PROVINCES", "assignee", "PM"), ("DEPARTMENTS", "assignee", "PM")]),
    # look-alike: forces mobilized, no body
    ("The Prime Minister requested the Chairmen of People's Committees of provinces to mobilize all forces to repair "
     "schools.", "en", [("PROVINCES", "assignee", "PM")]),
])
def test_bodies_of_round_32(text, lang, expected):
    assert _roles(text, lang) == expected
