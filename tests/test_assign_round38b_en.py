"""Round 38b's error classes of English assignments (docs/quality.md "Round 38b (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_old = rows_reader(published="2024-05-01")
_merged = rows_reader(published="2025-08-01")


@pytest.mark.parametrize("text, expected", [
    # the class: a plain present `advise(s)` after a province's bodies in a direction (the Vietnamese `tham mưu`)
    ("The Quang Ninh People's Committee issued a directive on social housing. Departments, branches and localities "
     "urgently advise the Provincial People's Committee on the policy of each project.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("The Quang Ninh People's Committee issued a directive on school meals. The Department of Finance advises the "
     "Provincial People's Committee on the funds.",
     [("DOF@22", "assignee", "PPC@22", None)]),
    # look-alikes: advice told in the past; people outside the table advising
    ("The Quang Ninh People's Committee issued a directive on social housing. Departments and branches advised the "
     "Provincial People's Committee on the policy last year.", []),
    ("The Quang Ninh People's Committee issued a directive on social housing. Experts advise the Provincial People's "
     "Committee on the policy.", []),
])
def test_a_plain_present_advise(text, expected):
    assert _old(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: a province's `functional branches` (the Vietnamese `các ngành chức năng`) asked
    ("The Chairman of the Quang Ninh People's Committee requested functional branches, units and localities to step "
     "up inspections of school kitchens.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("CPC@22", "assignee", "PPC@22", None)]),
    ("The Chairman of the Quang Ninh People's Committee asked the functional branches to check the markets.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None)]),
    # look-alikes: a central text's functional branches stay unread; `functional agencies` stay outside the table
    ("The Prime Minister also requested functional branches to step up inspections.", []),
    ("The Chairman of the Quang Ninh People's Committee asked functional agencies to check the markets.", []),
])
def test_functional_branches(text, expected):
    assert _merged(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: a body's name with a stray plural (`Planning and Investments`) or a serial comma before `and`
    ("The Hanoi People's Committee asked the Department of Planning and Investments to review the projects.",
     [("DPI@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee issued a letter. The Department of Planning and Investments will take prime "
     "responsibility and coordinate with the Department of Construction to remove difficulties.",
     [("DPI@01", "lead", "PPC@01", None), ("DOC@01", "coordinate", "PPC@01", None)]),
    ("The Prime Minister asked the Ministry of Planning and Investments to review the projects.",
     [("MPI", "assignee", "PM", None)]),
    ("The Ministry of Labor, Invalids, and Social Affairs has asked the Departments of Labor, Invalids, and Social "
     "Affairs of cities and provinces to monitor the wages.",
     [("DOLISA", "assignee", "MOLISA", None)]),
    ("The Hanoi People's Committee asked the Department of Culture, Sports, and Tourism to inspect the relics.",
     [("DOCST@01", "assignee", "PPC@01", None)]),
    # look-alikes: the usual names as before; a body praised asks nothing
    ("The Ministry of Labour, Invalids and Social Affairs has asked the Departments of Labour, Invalids and Social "
     "Affairs of provinces to monitor the wages.",
     [("DOLISA", "assignee", "MOLISA", None)]),
    ("The Hanoi People's Committee praised the Department of Culture, Sports, and Tourism for the festival.", []),
])
def test_a_name_with_a_stray_plural_or_a_serial_comma(text, expected):
    assert _old(text, "en") == expected


_directive = rows_reader(published="2014-10-14")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: a semicolon and the list's conjunction together joining the addressees (`…; and chairmen of …`)
    ("en", "The Quang Ninh People's Committee assigned directors of departments, heads of sectors; and chairmen of "
           "People's Committees of districts, cities and towns to perform the following tasks:",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("en", "The Quang Ninh People's Committee assigned directors of departments, relevant provincial-level "
           "organizations; and chairmen of People's Committees of districts to perform the following tasks:",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("fr", "Le Comité populaire de Quang Ninh a chargé le Service des finances; et les Comités populaires des districts "
           "d'appliquer les mesures suivantes.",
     [("DOF@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("vi", "UBND tỉnh Quảng Ninh giao Giám đốc các sở; và Chủ tịch UBND các huyện thực hiện các nhiệm vụ sau.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    # look-alikes: the semicolon alone as before; a second clause after `; and` tasks none
    ("en", "The Quang Ninh People's Committee assigned directors of departments; chairmen of People's Committees of "
           "districts to perform the following tasks:",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("en", "The Quang Ninh People's Committee assigned the Department of Finance to review the budget; and the "
           "Department of Construction was praised for its work.",
     [("DOF@22", "assignee", "PPC@22", None)]),
])
def test_a_semicolon_and_the_conjunction_joining_addressees(lang, text, expected):
    assert _directive(text, lang) == expected


_ministry = rows_reader(published="2024-11-01")


@pytest.mark.parametrize("text, expected", [
    # the class: a bare `the ministry` / `the minister` asking, an auxiliary or an adverb before its verb
    ("The Ministry of Health has issued a dispatch on dengue. The ministry has asked the Departments of Health of "
     "provinces to monitor the cases.",
     [("DOH", "assignee", "MOH", None)]),
    ("The Ministry of Health has issued a dispatch on dengue. The minister has asked the Departments of Health of "
     "provinces to monitor the cases.",
     [("DOH", "assignee", "MOH", None)]),
    ("The Ministry of Health has issued a dispatch on dengue. The ministry also asked the Ministry of Finance to fund "
     "the vaccines.",
     [("MOF", "assignee", "MOH", None)]),
    # look-alikes: no ministry named before, no asker; the plain verb as before
    ("The Hanoi People's Committee has issued a dispatch on dengue. The ministry has asked the Department of Health to "
     "monitor the cases.",
     [("DOH@01", "assignee", None, None)]),
    ("The Ministry of Health has issued a dispatch on dengue. The ministry asked the Ministry of Finance to fund the "
     "vaccines.",
     [("MOF", "assignee", "MOH", None)]),
])
def test_the_ministry_named_again_asking(text, expected):
    assert _ministry(text, "en") == expected
