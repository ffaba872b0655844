"""Round 18's error classes of English assignments (README "Round 18 (blind, real public pages): assignments
en"), fixed as general rules, data first: a list of named provinces after ``the localities of`` (en grammar.json
``committees_of_listed_provinces``), with ``for cooperation among`` between the verb and the list (en cues.json
``assign_inserts``); the passive ``is / are / was / were mandated to`` (en ``subject_strong``); ``cooperate with``,
``cooperates with``, ``cooperating with`` (en ``coordinate``); a list of ministries set off by semicolons after the
plural, its later names bare (``the Ministries of Planning and Investment; Finance; and Industry and Trade``:
``common.LIST_JOINER`` reads ``; and``, ``frames._after_plural_ministries`` the plural before the whole
run of names); a provincial chairman called by the last word of his name after the text named him in full with
his committee (``askers._head_named_by_given_name``); a bare ``departments`` continuing a list of a
province's bodies (``urged districts, departments and …``: en ``continuations``). New sentences written for these tests, one literal case
a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Transport asked for cooperation among the localities of Ha Tinh, Quang Binh and Dong Nai to agree on the designs.",
     [("PPC@42", "assignee", "MOT"), ("PPC@44", "assignee", "MOT"), ("PPC@75", "assignee", "MOT")]),
    ("The Ministry of Construction asked the localities of Nghe An and Thanh Hoa to hand over the sites.",
     [("PPC@40", "assignee", "MOC"), ("PPC@38", "assignee", "MOC")]),
    # look-alikes: the localities report (no cue); cooperation asked of no body of the table
    ("The localities of Ha Tinh and Quang Binh reported 300 households affected.", []),
    ("The Ministry of Construction asked for cooperation from enterprises to stabilise prices.", []),
])
def test_named_provinces_after_the_localities_of(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister issued a directive. The Ministry of Public Security is mandated to strictly enforce laws.",
     [("MPS", "assignee", "PM")]),
    ("The Prime Minister issued a directive. Provincial People's Committees are mandated to report the outbreaks daily.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alike: a standing mandate by law, no task given
    ("The Ministry of Finance is mandated by law to manage the state budget.", []),
])
def test_mandated_to(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee concluded the meeting. Department of Finance will cooperate with Department of Planning and Investment to elaborate a plan.",
     [("DOF@01", "assignee", "PPC@01"), ("DPI@01", "coordinate", "PPC@01")]),
    ("The Hanoi People's Committee asked the Department of Finance to cooperate with the Department of Justice to review the fees.",
     [("DOF@01", "assignee", "PPC@01"), ("DOJ@01", "coordinate", "PPC@01")]),
    # look-alike: a past cooperation, no task
    ("The Department of Finance cooperated with the Department of Justice last year.", []),
])
def test_cooperate_with(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The PM has requested the Ministries of Planning and Investment; Finance; and Industry and Trade, and the Government Inspectorate quickly carry out the instructions.",
     [("MPI", "assignee", "PM"), ("MOF", "assignee", "PM"), ("MOIT", "assignee", "PM"), ("GI", "assignee", "PM")]),
    ("The Prime Minister requested the Ministries of Finance; Justice; and Home Affairs to review the regulations.",
     [("MOF", "assignee", "PM"), ("MOJ", "assignee", "PM"), ("MOHA", "assignee", "PM")]),
    ("The Prime Minister requested the Ministries of Finance, Justice, and Home Affairs to review the regulations.",
     [("MOF", "assignee", "PM"), ("MOJ", "assignee", "PM"), ("MOHA", "assignee", "PM")]),
    # look-alikes: no plural before the names; the plural's list closed before a later capital
    ("The Prime Minister asked the Ministry of Finance and Justice officials to review the fees.",
     [("MOF", "assignee", "PM")]),
    ("The Prime Minister asked the ministries of Health and Finance to review fees, and Construction firms to report.",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
])
def test_ministries_listed_after_the_plural(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Chairman of the Hanoi People's Committee Nguyen Duc Chung praised the city's entities. Chung urged districts to review all projects.",
     [("DPC@01", "assignee", "PPC@01")]),
    ("Chairwoman of the Provincial People's Committee of Quang Ninh Nguyen Thi Hanh chaired the meeting. Hanh asked the Department of Finance to review the budget.",
     [("DOF@22", "assignee", "PPC@22")]),
    # look-alikes: another name; the same name, but not the committee's head
    ("Chairman of the Hanoi People's Committee Nguyen Duc Chung praised the city's entities. Minh urged districts to review all projects.",
     [("DPC@01", "assignee", None)]),
    ("The Hanoi People's Committee met Nguyen Van Chung on Monday. Chung urged districts to review all projects.",
     [("DPC@01", "assignee", None)]),
])
def test_chairman_called_by_his_given_name(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee urged districts, departments and five project management boards to review all projects.",
     [("DPC@01", "assignee", "PPC@01"), ("DEPARTMENTS@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee urged districts and departments to review all projects.",
     [("DPC@01", "assignee", "PPC@01"), ("DEPARTMENTS@01", "assignee", "PPC@01")]),
    # look-alike: the same list with no cue
    ("The Hanoi People's Committee said districts, departments and boards reviewed all projects.", []),
])
def test_bare_departments_after_a_provinces_body(text, expected):
    assert found(text, "en") == expected
