"""Round 22b's left classes (issue #13), English assignments, a short pass: the heads of a province's relevant
agencies are its departments (en grammar.json ``provincial_sector_names``), and an official dispatch issued or sent
to a province's bodies asks them where an infinitive follows (en cues.json ``assign_before``, grammar.json
``noun_cue_frames``, cues.json ``authority_verbs`` for the letter sent up). New sentences, one literal case a line,
with the look-alikes that must stay as they are."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Soc Trang provincial People's Committee requested heads of relevant agencies to review the plan.",
     [("DEPARTMENTS@94", "assignee", "PPC@94")]),
    ("The Nghe An provincial People's Committee asked the Department of Finance and the heads of relevant agencies "
     "to check the prices.", [("DOF@40", "assignee", "PPC@40"), ("DEPARTMENTS@40", "assignee", "PPC@40")]),
    # look-alikes: in a central text the heads are no province's departments; the ministers' own name stays
    ("The Prime Minister requested heads of relevant agencies to review the plan.", []),
    ("The Prime Minister demanded ministers, and heads of relevant agencies keep a close watch on prices.",
     [("MINISTRIES", "assignee", "PM")]),
    ("The Soc Trang provincial People's Committee held a meeting. Heads of relevant agencies attended the meeting.", []),
])
def test_heads_of_relevant_agencies_of_a_province(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The People's Committee of Soc Trang has issued an official dispatch to departments, sectors and localities to "
     "concentrate all resources on the campaign.",
     [("DEPARTMENTS@94", "assignee", "PPC@94"), ("DPC@94", "assignee", "PPC@94")]),
    ("The People's Committee of Soc Trang sent an official dispatch to departments, sectors and localities to review "
     "the dykes.", [("DEPARTMENTS@94", "assignee", "PPC@94"), ("DPC@94", "assignee", "PPC@94")]),
    # look-alikes: the same dispatch sent up to a ministry asks it nothing (the province's own purpose follows)
    ("The People's Committee of Soc Trang issued an official dispatch to the Ministry of Finance to propose support.", []),
    ("The People's Committee of Soc Trang issued an official dispatch to the Ministry of Finance proposing support.", []),
])
def test_an_official_dispatch_to_a_provinces_bodies(text, expected):
    assert found(text, "en") == expected
