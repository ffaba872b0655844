"""Round 29's error classes of English assignments (docs/quality.md "Round 29 (blind, real public pages): assignments
en"), fixed as general rules, data first: a capitalised name outside the table inside a list of bodies (`the
Provincial Border Guard Command`) no longer ends the list (frames._outside_name_between; fr cues.json list_skips); the
subject tasked before a nested `direct … to` asks the bodies it directs (askers._directing_subject); `requires that`
(en cues.json assign_before); a fronted phrase naming a task's basis (`Based on the list of projects provided by the
Department of Finance, …`) names no asker (en grammar.json fronted_basis_openers); `handle` as a plain present task
(subject_weak); the partners of a lead outside the table (en cues.json outside_subject_cues); a bracketed aside with
commas between a body and its lead cue (cues.py apposition); `units under the city` in a subject's list (list_skips);
a short line ending with an article joined to the next (extract/reflow.py, settings reflow_open_words). New sentences
written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from extract.reflow import reflow
from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of Thanh Hoa Provincial People's Committee asked the Department of Health, the Provincial Border "
     "Guard Command, and the People's Committees of coastal communes to prepare for the storm.", "en",
     [("DOH@38", "assignee", "PPC@38"), ("CPC@38", "assignee", "PPC@38")]),
    ("The Chairman of Thanh Hoa Provincial People's Committee requested departments, branches, the Provincial "
     "Traffic Works Project Management Board, the People's Committees of communes and investors to speed up disbursement.", "en",
     [("DEPARTMENTS@38", "assignee", "PPC@38"), ("CPC@38", "assignee", "PPC@38")]),
    ("Le président du Comité populaire de la province de Thanh Hoa a demandé au Service de la santé, au Commandement "
     "provincial des gardes-frontières et aux comités populaires des communes côtières de se préparer à la tempête.",
     "fr", [("DOH@38", "assignee", "PPC@38"), ("CPC@38", "assignee", "PPC@38")]),
    # read before: the outside name closing the list
    ("The Chairman of Thanh Hoa Provincial People's Committee asked the Department of Health and the Provincial "
     "General Hospital to prepare beds.", "en", [("DOH@38", "assignee", "PPC@38")]),
    # look-alike: no task
    ("The Department of Health, the Provincial General Hospital and the People's Committees of communes attended the "
     "meeting in Thanh Hoa.", "en", []),
])
def test_a_capitalised_name_outside_the_table_inside_a_list(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nghe An Provincial People's Committee issued a plan on poor households. The People's Committees of districts and "
     "towns shall implement and direct the People's Committees of communes to: review the lists of poor households.",
     [("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "DPC@40")]),
    ("Nghe An Provincial People's Committee issued a plan on poor households. The People's Committees of districts "
     "shall direct the People's Committees of communes to review the lists.",
     [("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "DPC@40")]),
    # look-alikes: the directing body asked by the verb before it, not a subject; an overseer asked, the same asker
    ("Nghe An Provincial People's Committee requested the People's Committees of districts to direct the People's "
     "Committees of communes to review the lists.", [("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("The resolution asks the Government Inspectorate to oversee the Ministry of Construction in checking the projects.",
     [("GI", "assignee", None), ("MOC", "assignee", None)]),
])
def test_the_subject_tasked_asks_the_bodies_it_directs(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Chairman of Thanh Hoa Provincial People's Committee requires that the Department of Construction complete "
     "the inspection of the dykes.", [("DOC@38", "assignee", "PPC@38")]),
    ("The Chairman of Thanh Hoa Provincial People's Committee also requires that localities with land disputes take "
     "responsibility for resolving them.", [("CPC@38", "assignee", "PPC@38")]),
    # look-alike: a rule's requirement of a thing
    ("The law requires that each project has an environmental permit.", []),
])
def test_requires_that(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Thanh Hoa Provincial People's Committee issued a directive on stalled projects. Based on the list of projects "
     "provided by the Department of Finance, departments, branches and localities proactively handle the "
     "difficulties.",  # (localities before the merger: the districts)
     [("DEPARTMENTS@38", "assignee", "PPC@38"), ("DPC@38", "assignee", "PPC@38")]),
    ("Based on the proposal of the Department of Finance, the Chairman of Thanh Hoa Provincial People's Committee "
     "assigned the Department of Construction to review the projects.", [("DOC@38", "assignee", "PPC@38")]),
    # read before: a plan's owner in a fronted phrase asks
    ("According to the plan of the People's Committee of Son La province, districts must review the lists.",
     [("DPC@14", "assignee", "PPC@14")]),
])
def test_a_fronted_basis_names_no_asker(text, expected):
    assert _rows(text, "en", "2024-05-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("Thanh Hoa Provincial People's Committee issued a directive on stalled projects. Departments and branches "
     "proactively handle the difficulties within their authority.", [("DEPARTMENTS@38", "assignee", "PPC@38")]),
    # look-alike: no directive, a report of what they do
    ("Departments in Thanh Hoa handle thousands of records each year.", []),
])
def test_handle_as_a_plain_present_task(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Thanh Hoa Provincial People's Committee issued a plan on revenue. The Provincial Tax Department shall preside "
     "over and coordinate with departments, branches and the People's Committees of communes to collect revenue.",
     [("DEPARTMENTS@38", "coordinate", "PPC@38"), ("CPC@38", "coordinate", "PPC@38")]),
    ("Thanh Hoa Provincial People's Committee issued a plan on revenue. The State Treasury shall coordinate with the "
     "Department of Finance to allocate funds.", [("DOF@38", "coordinate", "PPC@38")]),
    # look-alike: a report of what was done, no task
    ("Thanh Hoa Provincial People's Committee issued a plan on revenue. Last year the State Treasury coordinated with "
     "the Department of Finance to allocate funds.", []),
])
def test_the_partners_of_a_lead_outside_the_table(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Chairman of Thanh Hoa Provincial People's Committee assigned the Department of Finance, under the \"5 clear\" "
     "principle (clear people, clear work, clear time), to preside over the review of stalled projects.",
     [("DOF@38", "lead", "PPC@38")]),
    # look-alike: the same aside before a task that is no lead
    ("The Chairman of Thanh Hoa Provincial People's Committee assigned the Department of Finance, under the \"5 clear\" "
     "principle (clear people, clear work, clear time), to review the stalled projects.",
     [("DOF@38", "assignee", "PPC@38")]),
])
def test_a_lead_cue_after_a_bracketed_aside(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Hai Phong City People's Committee issued a decision on the targets. Directors of departments, branches and units "
     "under the City, Chairmen of People's Committees of communes and wards shall deploy the targets.",
     [("DEPARTMENTS@31", "assignee", "PPC@31"), ("CPC@31", "assignee", "PPC@31")]),
])
def test_units_under_the_city_inside_a_subjects_list(text, expected):
    assert _rows(text, "en") == expected


_WRAPPED = ("Accordingly, the Chairman requires the continued review and completion of the\n"
            "information on investment projects facing prolonged difficulties and obstacles\n"
            "with both budget and non-budget investment capital in the province this year.\n"
            "The\n"
            "Department of Finance is assigned to monitor and report the results in May.\n"
            "Accordingly, the Chairman requires the continued review and completion of the\n"
            "information on investment projects facing prolonged difficulties and obstacles.\n")


def test_a_short_line_ending_with_an_article_goes_on():
    assert "The Department of Finance is assigned" in reflow(_WRAPPED, force=True)


def test_a_short_title_ending_with_a_capital_letter_stays_apart():
    text = _WRAPPED.replace("The\nDepartment", "Customs Branch of Region I\nDepartment")
    assert "Region I Department" not in reflow(text, force=True)
