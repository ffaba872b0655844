"""Round 18d's error classes of English assignments (README "Round 18d (blind, real public pages): assignments
en"), fixed as general rules, data first: ``commune-level authorities`` for the commune-level People's Committees
(en agencies.csv, CPC). New sentences written for these tests, one literal case a line, with the look-alikes that
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
