"""Round 11's error classes of English assignments (README "Round 11 (blind, real public pages):
assignments en, fr"), fixed as general rules, data first: an apposition opened by ``as the standing agency
of`` between a body and its modal (longer than a scope phrase: ``parenthetical_max_chars`` in
``grammar.json``), and ``concerned agencies`` as an item outside the table opening a list of bodies. New
sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Construction, as the standing agency of the steering committee for important national transport projects, needs to monitor the works.",
     [("MOC", "assignee", None)]),
    ("The Ministry of Health, as the standing body of the national committee, must report to the Prime Minister.",
     [("MOH", "assignee", None)]),
    ("The Ministry of Construction, as the standing agency of the steering committee, needs to monitor the projects and coordinate with the Government Office to report.",
     [("MOC", "assignee", None), ("OOG", "coordinate", None)]),
    # look-alikes: the same apposition, no task
    ("The Ministry of Construction, as the standing agency of the steering committee, said the projects were on schedule.", []),
    ("The Ministry of Health, as the standing body of the national committee, reported 20 new cases.", []),
])
def test_an_apposition_between_a_body_and_its_modal(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The PM requested concerned agencies and local authorities at all levels to remove obstacles.", [("PROVINCES", "assignee", "PM")]),
    ("The Deputy Prime Minister asked other concerned agencies and localities to speed up site clearance.", [("PROVINCES", "assignee", "DPM")]),
    # look-alike: the same list, praised
    ("The PM praised concerned agencies and local authorities at all levels.", []),
])
def test_concerned_agencies_opening_a_list(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee assigned the Department of Finance to guide investors. The Department also needs to propose solutions.",
     [("DOF", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    # look-alikes: a capitalised name going on after the noun, a department that reports
    ("The Provincial People's Committee assigned the Department of Finance to guide investors. The Department of Market Management also needs to inspect shops.",
     [("DOF", "assignee", "PPC")]),
    ("The Provincial People's Committee assigned the Department of Finance to guide investors. The Department said it would report soon.",
     [("DOF", "assignee", "PPC")]),
])
def test_a_department_named_again_with_a_capital(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # mid-sentence, the capitalised noun stays a name (an assessment, not a task)
    ("The Working Group inspected the Ministry of Construction on its tasks. With many tasks, the Ministry has made efforts, but needs to be more determined.",
     []),
])
def test_a_capitalised_noun_mid_sentence_stays_out(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Long An province requires the Department of Finance to review the projects.", [("DOF@80", "assignee", "PPC@80")]),
    ("Dak Nong province requires departments, branches and sectors to review the projects.", [("DEPARTMENTS@67", "assignee", "PPC@67")]),
    ("Long An province must review the projects.", [("PPC@80", "assignee", None)]),
    # look-alikes: a province as a place or a description, a province's capital city
    ("Long An province has 15 districts.", []),
    ("Visitors to Long An province must carry masks.", []),
    ("Hoa Binh city must repair the roads.", []),
])
def test_a_province_with_its_designator_as_its_committee(text, expected):
    assert found(text, "en") == expected
