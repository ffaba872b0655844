"""Round 10's error classes of English assignments (README "Round 10 (blind, real public pages):
assignments en, fr"), fixed as general rules, data first: passive cues in any tense or with an adverb
(composed from ``passive_cues`` in ``grammar.json``: ``has been tasked with``, ``were also required to``),
the names the pages used, a body named again by its kind (``the inspectorate``), a noun of request
(``request for the Ministry of … to``). New sentences written for these tests (no page's sentence), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ passive cues composed from the grammar


@pytest.mark.parametrize("text, expected", [
    ("The Department of Finance has been tasked with reviewing the fees.", [("DOF", "assignee", None)]),
    ("Provinces and cities have been required to ensure food for residents.", [("PROVINCES", "assignee", None)]),
    ("The Ministry of Health will be asked to train more nurses.", [("MOH", "assignee", None)]),
    ("The Ministry of Construction was further instructed to inspect the bridges.", [("MOC", "assignee", None)]),
    ("The State Bank of Vietnam has been ordered to keep lending rates stable.", [("SBV", "assignee", None)]),
    # look-alikes: the same auxiliaries with no task
    ("The Department of Finance has been praised for its reviews.", []),
    ("The Ministry of Health has been renamed twice.", []),
])
def test_passive_cues_in_any_tense(text, expected):
    assert found(text, "en") == expected
