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


# ------------------------------------------------------------------ an impersonal request: the text's authority asks


@pytest.mark.parametrize("text, expected", [
    # an adjunct without a comma before the impersonal subject
    ("On March 5, 2025, the Quang Ninh Provincial People's Committee issued a directive. In the urban field it is "
     "required that the Department of Construction review flood solutions.",
     [("DOC@22", "assignee", "PPC@22", None, None)]),
    # look-alike: the body as the subject, no impersonal
    ("On March 5, 2025, the Quang Ninh Provincial People's Committee issued a directive. The report required from the "
     "Department of Construction has arrived.", []),
])
def test_impersonal_request(text, expected):
    assert rows(text, "en") == expected
