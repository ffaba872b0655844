"""Round 34b's English open classes (issue #13, not blind): new sentences written for each class, with look-alikes
that must give no row, in every language where the class exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2010-11-16")

# 1. Obligations told in the past after a direction: "had to" (en), "devait/devaient" (fr); Vietnamese "phải" tells no
# tense (a strong cue already). With no direction before, the same words report a fact.
PAST_OBLIGATIONS = [
    ("Quang Nam People's Committee issued a dispatch directing flood recovery.\n"
     "The Department of Construction had to repair the dykes before November 30.", "en",
     [("DOC@49", "assignee", "PPC@49", "2010-11-30")]),
    ("The chairman of the Quang Nam provincial People's Committee directed the districts to count the damage.\n"
     "The chair persons of People's Committees of districts, the provincial Department of Finance had to check "
     "the relief funds.", "en",
     [("DPC@49", "assignee", "PPC@49", None), ("DPC@49", "assignee", "PPC@49", None),
      ("DOF@49", "assignee", "PPC@49", None)]),
    ("Le président du comité populaire de la province de Quang Nam a ordonné aux districts de recenser les dégâts. "
     "Le Département des Finances devait vérifier les fonds de secours avant le 20 novembre.", "fr",
     [("DPC@49", "assignee", "PPC@49", None), ("DOF@49", "assignee", "PPC@49", "2010-11-20")]),
]

PAST_OBLIGATION_LOOK_ALIKES = [
    ("After the floods, the Department of Construction of Quang Nam province had to borrow money to repair the dykes.",
     "en"),
    ("Last year the People's Committee of Quang Nam province had to hire more staff.", "en"),
    ("Après les inondations, le Département des Finances de la province de Quang Nam devait emprunter des fonds.", "fr"),
]


@pytest.mark.parametrize("text, lang, expected", PAST_OBLIGATIONS)
def test_an_obligation_told_in_the_past_after_a_direction_is_a_task(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", PAST_OBLIGATION_LOOK_ALIKES)
def test_an_obligation_told_in_the_past_with_no_direction_is_a_fact(text, lang):
    assert _rows(text, lang) == []


# 2. The subject after a fronted basis phrase that ends on the committee, opened by the place's possessive ("…
# approved by the City People's Committee, the city's departments …"); the subject after a long topic, opened by a
# time phrase set off by commas ("…, in the immediate future, departments … will use …").
_HQ = "The Quang Ninh People's Committee has just issued an official dispatch on public offices.\n"

SUBJECT_AFTER_FRONTED = [
    (_HQ + "Based on the overall plan approved by the Provincial People's Committee, the province's departments, "
     "branches, sectors and units are assigned to declare surplus offices. Complete in June 2025.", "en",
     [("DEPARTMENTS@22", "assignee", "PPC@22", "2025-06")]),
    (_HQ + "Based on the plan approved by the Department of Finance, the province's departments and People's "
     "Committees of districts must review the lists before June 30, 2025.", "en",
     [("DEPARTMENTS@22", "assignee", "PPC@22", "2025-06-30"), ("DPC@22", "assignee", "PPC@22", "2025-06-30")]),
    (_HQ + "For the offices of departments, branches and units under the province, specialized offices under the "
     "district level and People's Committees at the commune level after the merger of the administrative units, in "
     "the near future, departments, branches, sectors and units under the province will keep the old offices.", "en",
     [("DEPARTMENTS@22", "assignee", "PPC@22", None)]),
]

SUBJECT_AFTER_FRONTED_LOOK_ALIKES = [
    (_HQ + "Based on the overall plan approved by the Provincial People's Committee, the province's departments "
     "received 20 billion VND last year.", "en", []),
    (_HQ + "For the offices of departments, branches and units under the province, specialized offices under the "
     "district level and People's Committees at the commune level after the merger of the administrative units, in "
     "the near future, the old offices will be kept.", "en", []),
    # a list with a possessive outside any fronted phrase goes on as before
    (_HQ + "The Department of Finance, the province's Department of Construction and the Department of Home Affairs "
     "must review the lists.", "en",
     [("DOF@22", "assignee", "PPC@22", None), ("DOC@22", "assignee", "PPC@22", None),
      ("DOHA@22", "assignee", "PPC@22", None)]),
]


@pytest.mark.parametrize("text, lang, expected", SUBJECT_AFTER_FRONTED + SUBJECT_AFTER_FRONTED_LOOK_ALIKES)
def test_the_subject_after_a_fronted_phrase_or_a_long_topic(text, lang, expected):
    assert _rows(text, lang, "2025-03-05") == expected


# 4. A semicolon list of addressees opening with a command's long name, two names joined by a spaced hyphen, whose
# last words are a bare level ("… - Search and Rescue of districts"): the level completes the name, the list goes on.
_REQUEST = "The Chairman of the Provincial People's Committee of Quang Tri province requests "

ADDRESSEES_AFTER_A_COMMAND = [
    (_REQUEST + "the Command for Natural Disaster Prevention and Control - Search and Rescue of districts; Directors of "
     "departments; Chairmen of People's Committees of districts, cities and towns to closely monitor the floods.", "en",
     [("DEPARTMENTS@45", "assignee", "PPC@45", None), ("DPC@45", "assignee", "PPC@45", None)]),
    (_REQUEST + "the Steering Committee for Disaster Prevention and Control - Civil Defense of districts; Chairmen of "
     "People's Committees of districts to review the dykes.", "en",
     [("DPC@45", "assignee", "PPC@45", None)]),
]

ADDRESSEES_AFTER_A_COMMAND_LOOK_ALIKES = [
    (_REQUEST + "the Command for Natural Disaster Prevention and Control - Search and Rescue of districts to monitor the "
     "floods.", "en", []),
    ("The Steering Committee for Natural Disaster Prevention and Control - Search and Rescue of districts reported no "
     "losses in Quang Tri province.", "en", []),
    (_REQUEST + "the People's Committees of districts to review the dykes.", "en", [("DPC@45", "assignee", "PPC@45", None)]),
]


@pytest.mark.parametrize("text, lang, expected", ADDRESSEES_AFTER_A_COMMAND + ADDRESSEES_AFTER_A_COMMAND_LOOK_ALIKES)
def test_addressees_after_a_command_named_with_a_spaced_hyphen(text, lang, expected):
    assert _rows(text, lang, "2023-10-10") == expected


# 5. A nominal request: "requesting urgent rectification from departments … and localities" (the bodies asked after
# the action's noun and "from"); asking for money or receiving reports from bodies is no task.
NOMINAL_REQUESTS = [
    ("The Chairman of the People's Committee of Hau Giang province issued a plan on the audit, requesting prompt "
     "corrective action from departments, industries and localities.", "en",
     [("DEPARTMENTS@92", "assignee", "PPC@92", None), ("CPC@92", "assignee", "PPC@92", None)]),
]

NOMINAL_REQUEST_LOOK_ALIKES = [
    ("The Chairman of the People's Committee of Hau Giang province issued a plan on the audit, requesting funding from "
     "the Ministry of Finance and support from localities.", "en"),
    ("The People's Committee of Hau Giang province received urgent rectification reports from departments and "
     "localities.", "en"),
]


@pytest.mark.parametrize("text, lang, expected", NOMINAL_REQUESTS)
def test_a_nominal_request_from_bodies_asks_them(text, lang, expected):
    assert _rows(text, lang, "2025-10-01") == expected


@pytest.mark.parametrize("text, lang", NOMINAL_REQUEST_LOOK_ALIKES)
def test_asking_for_money_or_receiving_reports_from_bodies_is_no_task(text, lang):
    assert _rows(text, lang, "2025-10-01") == []
