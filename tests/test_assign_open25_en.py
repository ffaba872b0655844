"""Issue #13, the English assignment classes left open after rounds 24 and 24b (docs/quality.md "Open classes after
round 24b (assignments, not blind)"). New sentences written for these tests (not the pages' sentences), one literal case
a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ an undated text of the two-level local government

@pytest.mark.parametrize("text, expected", [
    # no date, communes and wards the only level: Lao Cai's 2025 code (15, 10 before; fails without the rule)
    ("The Lao Cai Provincial People's Committee requested the People's Committees of communes and wards to review "
     "school sites.", [("CPC@15", "assignee", "PPC@15", None, None)]),
    ("The Lao Cai Provincial People's Committee requested the People's Committees of communes and wards to review "
     "school sites in the former Yen Bai province.", [("CPC@15", "assignee", "PPC@15", None, None)]),
    # look-alikes: districts asked; a province the merger ended named as a province of the time
    ("The Lao Cai Provincial People's Committee requested the People's Committees of districts to review school sites.",
     [("DPC@10", "assignee", "PPC@10", None, None)]),
    ("The Lao Cai Provincial People's Committee requested the People's Committees of communes and wards to review "
     "school sites, as the Yen Bai Provincial People's Committee did.", [("CPC@10", "assignee", "PPC@10", None, None)]),
])
def test_undated_two_level_text(text, expected):
    assert rows(text, "en") == expected
