"""Issue #13, the French assignment classes left open after rounds 24 and 24b (docs/quality.md "Open classes after
round 24b (assignments, not blind)"). New sentences written for these tests (not the pages' sentences), one literal case
a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ an undated text of the two-level local government

@pytest.mark.parametrize("text, expected", [
    # no date, communes and wards the only level: Gia Lai's 2025 code (52, 64 before; fails without the rule)
    ("Le Comité populaire de la province de Gia Lai a demandé aux comités populaires des communes et des quartiers de "
     "revoir les écoles.", [("CPC@52", "assignee", "PPC@52", None, None)]),
    # look-alikes: districts asked, a district named
    ("Le Comité populaire de la province de Gia Lai a demandé aux comités populaires des districts de revoir les écoles.",
     [("DPC@64", "assignee", "PPC@64", None, None)]),
    ("Le Comité populaire de la province de Gia Lai a demandé aux comités populaires des communes et des quartiers de "
     "revoir les écoles du district de Chu Prong.", [("CPC@64", "assignee", "PPC@64", None, None)]),
])
def test_undated_two_level_text(text, expected):
    assert rows(text, "fr") == expected
