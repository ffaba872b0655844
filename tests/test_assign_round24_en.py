"""Round 24's error classes of English assignments (README "Round 24 (blind, real public pages): assignments en"),
fixed as general rules, data first: the provinces a collective counts in figures and names in parentheses right
after it are each asked, their committees (grammar.json ``counted_collectives_before_names``, en and fr; the
parenthesis's close between the last name and the cue, cues.py's apposition). New sentences written for these
tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found

_DISPATCH = "The Prime Minister has just issued an official dispatch on the two-level local government. "
_DEPECHE = "Le Premier ministre a publié une dépêche sur l'administration locale à deux niveaux. "


@pytest.mark.parametrize("text, lang, expected", [
    (_DISPATCH + "The Chairpersons of the People's Committees of 4 provinces and centrally-run cities (Can Tho, Da "
     "Nang, Hanoi, and Dong Thap) are required to announce the list of procedures.", "en",
     [("PPC@92", "assignee", "PM"), ("PPC@48", "assignee", "PM"), ("PPC@01", "assignee", "PM"),
      ("PPC@82", "assignee", "PM")]),  # undated, naming the two-level government: Dong Thap's 2025 code (round 26)
    (_DISPATCH + "The People's Committees of 3 provinces (Lai Chau, Dien Bien and Son La) must review the staff of "
     "communes.", "en",
     [("PPC@12", "assignee", "PM"), ("PPC@11", "assignee", "PM"), ("PPC@14", "assignee", "PM")]),
    ("The Prime Minister requested the People's Committees of 3 provinces (Cao Bang, Ha Tinh and Lang Son) to report "
     "on the border gates.", "en", [("PPC@04", "assignee", "PM"), ("PPC@42", "assignee", "PM"), ("PPC@20", "assignee", "PM")]),
    (_DEPECHE + "Les présidents des comités populaires de 3 provinces et villes (Can Tho, Hanoi et Hue) doivent "
     "annoncer la liste des procédures.", "fr",
     [("PPC@92", "assignee", "PM"), ("PPC@01", "assignee", "PM"), ("PPC@46", "assignee", "PM")]),
    # read before: the provinces named after the collective's own words, no count, no parenthesis
    (_DISPATCH + "The People's Committees of the provinces of Can Tho and Hanoi are required to announce the list.",
     "en", [("PPC@92", "assignee", "PM"), ("PPC@01", "assignee", "PM")]),
    # look-alikes: counted provinces that attend or report, no cue; a body's acronym in parentheses
    ("Leaders of 25 provinces and cities (Can Tho, Da Nang and Hanoi) attended the conference.", "en", []),
    ("The People's Committees of 3 provinces (Can Tho, Da Nang and Hanoi) have completed the review.", "en", []),
    ("The Government asked the Ministry of Finance (MOF) to report on the budget.", "en", [("MOF", "assignee", "GOV")]),
])
def test_the_provinces_a_counted_collective_names_in_parentheses_are_each_asked(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister has requested ministers, heads of ministerial agencies, and provincial and municipal leaders "
     "to speed up the review of procedures.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Deputy Prime Minister asked provincial and municipal leaders to review the backlogged projects.",
     [("PROVINCES", "assignee", "DPM")]),
    # read before: the provinces' leaders named by the provinces' own words, the ministers alone; look-alikes: the
    # leaders attend, no cue
    ("The Prime Minister asked leaders of provinces and cities to report on the disbursement.",
     [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister has requested ministers to speed up the review of procedures.",
     [("MINISTRIES", "assignee", "PM")]),
    ("Provincial and municipal leaders and heads of ministerial agencies attended the conference.", []),
])
def test_the_provinces_leaders_asked_together_are_the_provinces(text, expected):
    # en agencies.csv: PROVINCES' aliases 'provincial and municipal leaders', 'provincial and city leaders';
    # cues.json list_skips: 'heads of ministerial agencies' goes on a list the ministers open
    assert found(text, "en") == expected
