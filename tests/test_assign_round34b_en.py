"""Round 34b's error classes of English assignments (docs/quality.md "Round 34b (blind, real public pages):
assignments en"), fixed as general rules, with the same class in Vietnamese and French where it exists: the
provincial departments written `departments, industries` (sở, ngành); the district committees written `People's
Committees of the city's districts and counties`; the bare departments at a sentence's start after a short opener and
its comma (`Accordingly, the city's departments are assigned to …`); a basis phrase naming the approved plan (`Based
on the overall plan approved by the City People's Committee, …`); a year followed by `and the following years` (a
period, no deadline); a city's Department of Planning and Architecture inside a list of partners (no body of the
table, skipped, the list going on). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-05-10")
_dated = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2022-04-20")


@pytest.mark.parametrize("text, expected", [
    # the class: sở, ngành translated "departments, industries"
    ("The Chairman of the People's Committee of Hue City signed a plan. According to the plan, departments, industries "
     "and localities must review the violations.",
     [("DEPARTMENTS@46", "assignee", "PPC@46", None), ("DPC@46", "assignee", "PPC@46", None)]),
    ("The Dong Nai Provincial People's Committee requested departments and industries to report on the damage.",
     [("DEPARTMENTS@75", "assignee", "PPC@75", None)]),
    # the class: the committees of a city's districts and counties
    ("The Chairman of the People's Committee of Hue City signed a plan. People's Committees of the city's districts "
     "and counties are required to check the dikes.",
     [("DPC@46", "assignee", "PPC@46", None)]),
    ("The Dong Nai Provincial People's Committee asked the People’s Committees of the province’s districts to count "
     "the damaged houses.",
     [("DPC@75", "assignee", "PPC@75", None)]),
    # look-alikes: industries as an economy's sectors; districts and counties as places
    ("The Dong Nai Provincial People's Committee said that industries and services grew by 7 percent.", []),
    ("The Dong Nai Provincial People's Committee said that the province's districts and counties had heavy rain.", []),
])
def test_departments_industries_and_district_committees_of_a_city(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: an opener and its comma before the bare departments opening the sentence
    ("The Hai Phong People's Committee has issued an official dispatch on public assets. Accordingly, the city's "
     "departments are assigned to declare the surplus offices.",
     [("DEPARTMENTS@31", "assignee", "PPC@31", None)]),
    ("The Hai Phong People's Committee has issued an official dispatch on public assets. In addition, departments "
     "and People's Committees of districts must report the surplus offices.",
     [("DEPARTMENTS@31", "assignee", "PPC@31", None), ("DPC@31", "assignee", "PPC@31", None)]),
    # the class: a basis phrase naming the plan the committee approved
    ("The Hai Phong People's Committee has issued an official dispatch. Based on the overall plan approved by the City "
     "People's Committee, departments, branches and sectors are assigned to hand over the surplus offices.",
     [("DEPARTMENTS@31", "assignee", "PPC@31", None)]),
    # look-alikes: a ministry's own departments (no provincial body before); departments of named fields
    ("The Ministry of Health has issued a plan. Accordingly, departments must review their budgets.", []),
    ("The Hai Phong People's Committee has issued a dispatch. Accordingly, departments of the ministry said the "
     "offices were repaired.", []),
])
def test_bare_departments_after_an_opener_and_a_basis_phrase(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a year and the years after it are a period, not the task's deadline
    ("en", "The Provincial People's Committee asked the Department of Finance to regard the disbursement as its key "
           "task in 2022 and the following years.",
     [("DOF", None, None)]),
    ("vi", "UBND tỉnh yêu cầu Sở Tài chính xác định giải ngân là nhiệm vụ trọng tâm trong năm 2022 và những năm "
           "tiếp theo.",
     [("DOF", None, None)]),
    ("fr", "Le Comité populaire provincial a demandé au Service des finances de faire du décaissement une tâche clé "
           "en 2022 et les années suivantes.",
     [("DOF", None, None)]),
    # look-alikes: the year alone is the task's deadline
    ("en", "The Provincial People's Committee asked the Department of Finance to complete the disbursement in 2022.",
     [("DOF", "2022", "in")]),
    ("vi", "UBND tỉnh yêu cầu Sở Tài chính hoàn thành giải ngân trong năm 2022.",
     [("DOF", "2022", "in")]),
    ("fr", "Le Comité populaire provincial a demandé au Service des finances d'achever le décaissement en 2022.",
     [("DOF", "2022", "in")]),
])
def test_year_and_the_following_years_is_no_deadline(lang, text, expected):
    assert _dated(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the class: the Department of Planning and Architecture (no body of the table) inside a list of partners
    ("The Ho Chi Minh City People's Committee has issued a plan. The Department of Construction shall preside over "
     "and coordinate with the Department of Planning and Architecture and the People's Committees of districts to "
     "review the projects.",
     [("DOC@79", "lead", "PPC@79", None), ("DPC@79", "coordinate", "PPC@79", None)]),
    ("The Hanoi People's Committee has issued a plan. The institute presides over and coordinates with the Department "
     "of Finance, the Department of Planning and Architecture and other departments, branches, and sectors of the city "
     "to make the planning.",
     [("DOF@01", "coordinate", "PPC@01", None), ("DEPARTMENTS@01", "coordinate", "PPC@01", None)]),
    # look-alike: the Department of Planning and Architecture alone is no body of the table
    ("The Hanoi People's Committee has issued a plan. The Department of Planning and Architecture shall review the "
     "projects.", []),
])
def test_planning_and_architecture_department_skipped_in_a_list(text, expected):
    assert _rows(text, "en") == expected
