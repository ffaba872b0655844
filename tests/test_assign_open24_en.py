"""Issue #13, the English assignment classes left open after rounds 23 and 23b (README "Open classes after round 23b
(assignments, not blind)"). New sentences written for these tests (not the pages' sentences), one literal case a line,
with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a plan's row printed as labelled fields


@pytest.mark.parametrize("text, expected", [
    # the lead's label, the partners' label, then the row's time field (fails without the fix)
    ("On November 10, 2025, the Quang Ngai Provincial People's Committee issued a plan on its project boards. "
     "Presiding agency: Department of Home Affairs; coordinating agencies: Department of Construction, Department of "
     "Finance; completion time: before December 15, 2025.",
     [("DOHA@51", "lead", "PPC@51", "2025-12-15", "before"), ("DOC@51", "coordinate", "PPC@51", "2025-12-15", "before"),
      ("DOF@51", "coordinate", "PPC@51", "2025-12-15", "before")]),
    # the time printed first, the fields as sentences, a body outside the table among the partners (fails without
    # the fix)
    ("On November 10, 2025, the Quang Ngai Provincial People's Committee issued a plan on its project boards.\n"
     "The time to complete the projects and report to the Provincial People's Committee before December 15, 2025.\n"
     "Lead agency: Department of Home Affairs. Coordinating agencies: Department of Construction, Provincial Project "
     "Management Boards, Department of Finance.",
     [("DOHA@51", "lead", "PPC@51", "2025-12-15", "before"), ("DOC@51", "coordinate", "PPC@51", "2025-12-15", "before"),
      ("DOF@51", "coordinate", "PPC@51", "2025-12-15", "before")]),
    # Lao Dong's rendering of "cơ quan chủ trì", read with the partners' row after it (fails without the fix)
    ("On November 10, 2025, the Quang Ngai Provincial People's Committee issued a plan on its project boards. "
     "Former agency: Department of Home Affairs. Coordinating agencies: Department of Finance.",
     [("DOHA@51", "lead", "PPC@51", None, None), ("DOF@51", "coordinate", "PPC@51", None, None)]),
    # look-alikes: a merger's table naming a former agency, no partners' row; a label inside a sentence
    ("On November 10, 2025, the Quang Ngai Provincial People's Committee merged two departments. Former agency: "
     "Department of Planning and Investment. New agency: Department of Finance.", []),
    ("On November 10, 2025, the Department of Home Affairs of Quang Ngai said the lead agency: the department had "
     "finished the project.", []),
])
def test_plan_rows_as_fields(text, expected):
    assert rows(text, "en") == expected


# ------------------------------------------------------------------ a fronted source before the subject


@pytest.mark.parametrize("text, expected", [
    # the plan's committee inside the fronted phrase is no list with the subject after the comma, and it asks
    # (grammar.json fronted_phrase_openers; fails without the fix)
    ("According to the plan of the People's Committee of Lai Chau province, districts and towns must complete the "
     "review by May 20, 2025 at the latest.", [("DPC@12", "assignee", "PPC@12", "2025-05-20", "by")]),
    ("Under the plan of the Quang Binh Provincial People's Committee, the Department of Finance must submit the "
     "estimates before June 5, 2025.", [("DOF@44", "assignee", "PPC@44", "2025-06-05", "before")]),
    # held before: the plan unnamed
    ("According to the plan, districts and towns must complete the review by May 20, 2025.",
     [("DPC", "assignee", None, "2025-05-20", "by")]),
    # look-alike: a report after the fronted source tasks no one
    ("According to the plan of the People's Committee of Lai Chau province, districts and towns have completed the "
     "review.", []),
])
def test_fronted_source(text, expected):
    assert rows(text, "en") == expected


# ------------------------------------------------------------------ the province's departments as a whole


@pytest.mark.parametrize("text, expected", [
    # held before (round 23): the English of "các cơ quan chuyên môn cấp tỉnh", guarding the same reading
    ("On June 5, 2025, the Quang Tri Provincial People's Committee requested provincial-level professional agencies "
     "to complete the handover before June 10, 2025.",
     [("DEPARTMENTS@45", "assignee", "PPC@45", "2025-06-10", "before")]),
])
def test_provincial_professional_agencies(text, expected):
    assert rows(text, "en") == expected


# ------------------------------------------------------------------ a province's possessive before its body


@pytest.mark.parametrize("text, expected", [
    # the province's possessive before a body of the table, or before a committee's plain name (grammar.json
    # province_possessives, possessive_committee_names; fail without the fix)
    ("On May 5, 2025, the Prime Minister asked An Giang's People's Committee to review the projects before June 1, "
     "2025.", [("PPC@89", "assignee", "PM", "2025-06-01", "before")]),
    ("On May 5, 2025, the Prime Minister asked An Giang's Department of Construction to review the projects.",
     [("DOC@89", "assignee", "PM", None, None)]),
    ("On May 5, 2025, the Prime Minister asked An Giang's Provincial People's Committee to review the projects.",
     [("PPC@89", "assignee", "PM", None, None)]),
    # look-alikes: the committee praised; a pronoun's possessive names no province
    ("On May 5, 2025, the Prime Minister praised An Giang's People's Committee for its work.", []),
    ("On May 5, 2025, the Prime Minister asked the province's People's Committee to review the projects.", []),
])
def test_province_possessive(text, expected):
    assert rows(text, "en") == expected
