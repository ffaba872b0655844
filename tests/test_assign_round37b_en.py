"""Round 37b's error classes of English assignments (docs/quality.md "Round 37b (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_old = rows_reader(published="2017-03-01")
_merged = rows_reader(published="2025-08-01")


@pytest.mark.parametrize("text, expected", [
    # the class: Ho Chi Minh City written `HCM City`, its committee and its administration asking
    ("The HCM City People's Committee has asked the Department of Health to stock medicines.",
     [("DOH@79", "assignee", "PPC@79", None)]),
    ("The People's Committee of HCM City asked the Department of Transport to repair the roads.",
     [("DOT@79", "assignee", "PPC@79", None)]),
    ("The HCM City administration has asked local authorities to clean the markets.",
     [("DPC@79", "assignee", "PPC@79", None)]),
    # a city's (or province's) committee called its administration, bare, in a text that names the city
    ("The municipal administration has asked local authorities to inspect poultry trading in Ho Chi Minh City.",
     [("DPC@79", "assignee", "PPC@79", None)]),
    ("The provincial administration asked the Department of Health of Dong Nai to test the water.",
     [("DOH@75", "assignee", "PPC@75", None)]),
    # look-alikes: the full name as before; the administration praising a body asks nothing
    ("The Ho Chi Minh City People's Committee has asked the Department of Health to stock medicines.",
     [("DOH@79", "assignee", "PPC@79", None)]),
    ("The HCM City administration praised the Department of Health for its results.", []),
])
def test_hcm_city_and_the_administration_asking(text, expected):
    assert _old(text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: the provincial police written as the province's Department of Public Security (its name since 2025)
    ("en", "The Ninh Binh People's Committee issued a directive. The provincial Department of Public Security was "
           "assigned to seal the fishing vessels.",
     [("PPS@37", "assignee", "PPC@37", None)]),
    ("en", "The Ninh Binh People's Committee asked the provincial Department of Public Security to seal the fishing "
           "vessels.",
     [("PPS@37", "assignee", "PPC@37", None)]),
    ("fr", "Le Comité populaire de la province de Ninh Binh a demandé à la Direction provinciale de la Sécurité "
           "publique de sceller les navires de pêche.",
     [("PPS@37", "assignee", "PPC@37", None)]),
    # look-alikes: the ministry stays the ministry; the police's usual name stays the police
    ("en", "The Ninh Binh People's Committee asked the Ministry of Public Security to seal the fishing vessels.",
     [("MPS", "assignee", "PPC@37", None)]),
    ("en", "The Ninh Binh People's Committee asked the provincial police to seal the fishing vessels.",
     [("PPS@37", "assignee", "PPC@37", None)]),
])
def test_the_provincial_department_of_public_security(lang, text, expected):
    assert _merged(text, lang) == expected


_dengue = rows_reader(published="2022-11-07")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a body's name qualified as the city's or the province's own before its subject's cue
    ("en", "The Hanoi People's Committee issued a directive. People's Committees of districts and towns of the City are "
           "requested to clean the canals.",
     [("DPC@01", "assignee", "PPC@01", None)]),
    ("en", "The Hanoi People's Committee issued a directive. The Department of Health of the city is required to test "
           "the water.",
     [("DOH@01", "assignee", "PPC@01", None)]),
    # look-alikes: the body of the city praised or told of, no task; the unqualified body as before
    ("en", "The Hanoi People's Committee issued a directive. The Department of Health of the city was praised for its "
           "work.", []),
    ("en", "The Hanoi People's Committee issued a directive. People's Committees of districts and towns are requested "
           "to clean the canals.",
     [("DPC@01", "assignee", "PPC@01", None)]),
])
def test_a_qualified_body_before_its_subjects_cue(lang, text, expected):
    assert _dengue(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the class: a body `fully responsible for` a work (the Vietnamese `chịu trách nhiệm toàn diện`, a duty)
    ("The Hanoi People's Committee issued a directive. The People's Committees of districts are fully responsible for "
     "the prevention of dengue fever.",
     [("DPC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee issued a directive. The Department of Health is fully responsible for testing the "
     "water.",
     [("DOH@01", "assignee", "PPC@01", None)]),
    # look-alikes: answerable to an authority, a sanction's condition (no task), as `responsible to` reads
    ("The Hanoi People's Committee issued a directive. The People's Committees of districts are fully responsible to "
     "the Chairman if dengue spreads.", []),
])
def test_fully_responsible_for_a_work(text, expected):
    assert _dengue(text, "en") == expected


_houses = rows_reader(published="2024-12-01")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: the members of a steering committee (no body of the table) opening the addressees of a request
    ("en", "The Ministry of Finance requested members of the Steering Committee, the Ministry of Health and the "
           "Ministry of Construction to direct the review.",
     [("MOH", "assignee", "MOF", None), ("MOC", "assignee", "MOF", None)]),
    ("fr", "Le ministère des Finances a demandé aux membres du Comité de pilotage, au ministère de la Santé de diriger "
           "l'examen.",
     [("MOH", "assignee", "MOF", None)]),
    # look-alikes: the members praised (no task); the Vietnamese form as it was
    ("en", "The Ministry of Finance praised members of the Steering Committee for their work.", []),
    ("vi", "Bộ Tài chính yêu cầu các thành viên Ban Chỉ đạo, Bộ Y tế chỉ đạo thực hiện các nhiệm vụ.",
     [("MOH", "assignee", "MOF", None)]),
])
def test_the_steering_committees_members_opening_the_addressees(lang, text, expected):
    assert _houses(text, lang) == expected


_smuggling = rows_reader(published="2025-05-05")


@pytest.mark.parametrize("text, expected", [
    # the class: bodies of a directive that `(proactively) have (appropriate) plans` (the Vietnamese `chủ động có kế
    # hoạch`), a duty of theirs as `develop plans` is
    ("The Ben Tre People's Committee issued a directive. The Provincial Police, the Department of Industry and Trade "
     "and the Department of Health proactively have appropriate plans to fight smuggling.",
     [("PPS@83", "assignee", "PPC@83", None), ("DOIT@83", "assignee", "PPC@83", None),
      ("DOH@83", "assignee", "PPC@83", None)]),
    ("The Ben Tre People's Committee issued a directive. The Department of Health proactively has appropriate plans "
     "to respond to the epidemic.",
     [("DOH@83", "assignee", "PPC@83", None)]),
    # look-alikes: a body telling of its plans in the news, no directive; a plan a body had (past)
    ("The Ben Tre Department of Health said it has plans to build a hospital next year.", []),
    ("The Ben Tre People's Committee issued a directive. The Department of Health had plans for the flood last "
     "year.", []),
])
def test_bodies_that_have_plans_under_a_directive(text, expected):
    assert _smuggling(text, "en") == expected


_exam = rows_reader(published="2019-05-05")


@pytest.mark.parametrize("text, expected", [
    # the class: `committees` (the Vietnamese `ban` of `sở, ban, ngành`) among the units outside the table in a list of
    # bodies: the list goes on past it
    ("The Binh Duong People's Committee asked departments, committees, branches and the People's Committees of "
     "districts to review the plans.",
     [("DEPARTMENTS@74", "assignee", "PPC@74", None), ("DPC@74", "assignee", "PPC@74", None)]),
    ("The Department of Education and Training of Binh Duong presides over and coordinates with departments, "
     "committees, unions and the People's Committees of districts to organise the exam.",
     [("DOET@74", "lead", None, None), ("DEPARTMENTS@74", "coordinate", None, None),
      ("DPC@74", "coordinate", None, None)]),
    # look-alikes: the committees of the National Assembly (no body of the table) as before; committees alone asked
    ("The Binh Duong People's Committee asked the committees of the National Assembly to review the plans.", []),
    ("The Binh Duong People's Committee asked committees to review the plans.", []),
])
def test_committees_among_the_units_of_a_list(text, expected):
    assert _exam(text, "en") == expected


_cited = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2024-12-01")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a year after a cited document whose symbol holds a ministry's seven or eight letters is the
    # document's, no deadline
    ("en", "The Ministry of Finance requested the Ministry of Health to carry out the tasks in Official Dispatch "
           "5935/BLDTBXH-VPQGGN in 2024.",
     [("MOH", None, None)]),
    ("fr", "Le ministère des Finances a demandé au ministère de la Santé de mettre en œuvre la dépêche officielle "
           "5935/BLDTBXH-VPQGGN en 2024.",
     [("MOH", None, None)]),
    # look-alikes: the task's own year stays its deadline; a short symbol as before; the Vietnamese form as it was
    ("en", "The Ministry of Finance requested the Ministry of Health to finish the review in 2025.",
     [("MOH", "2025", "in")]),
    ("en", "The Ministry of Finance requested the Ministry of Health to implement Official Dispatch No. 117/CD-TTg in "
           "2024.",
     [("MOH", None, None)]),
    ("vi", "Bộ Tài chính yêu cầu Bộ Y tế thực hiện các nhiệm vụ tại Công văn số 5935/BLĐTBXH-VPQGGN năm 2024.",
     [("MOH", None, None)]),
])
def test_a_year_after_a_long_document_symbol(lang, text, expected):
    assert _cited(text, lang) == expected
