"""Round 18d's error classes of English assignments (README "Round 18d (blind, real public pages): assignments
en"), fixed as general rules, data first: ``commune-level authorities`` for the commune-level People's Committees
(en agencies.csv, CPC); the given name of a head named earlier as the subject after a fronted clause
(``Under Document No 6166 …, issued to implement the Government's Resolution …, Trung requested …``: ``askers.assigner``).
New sentences written for these tests, one literal case a line, with the look-alikes that
must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee requested municipal departments and commune-level authorities to review progress.",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("CPC@01", "assignee", "PPC@01")]),
    ("The Hue City People's Committee asked commune-level authorities to check the dykes before the rainy season.",
     [("CPC@46", "assignee", "PPC@46")]),
    # look-alikes: the authorities described, no cue; a national body called commune-level, no request
    ("Commune-level authorities have handled 12,000 dossiers since July.", []),
    ("The two-level model gives commune-level authorities more power over land.", []),
])
def test_commune_level_authorities(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Chairman of the Hanoi People's Committee Nguyen Duc Trung has signed a document on growth. Under Document No 6166/UBND-TH, issued to implement the Government's Resolution No 86, Trung requested municipal departments to review progress.",
     [("DEPARTMENTS@01", "assignee", "PPC@01")]),
    # look-alike: a surname that names no head introduced before keeps the body of the sentence
    ("Chairman of the Hanoi People's Committee Nguyen Duc Trung has signed a document on growth. Under the Government's Resolution No 86, Minh requested the Ministry of Finance to review the fees.",
     [("MOF", "assignee", "GOV")]),
])
def test_given_name_after_a_fronted_clause(text, expected):
    assert found(text, "en") == expected
