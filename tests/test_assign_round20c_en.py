"""Open classes of English assignments after round 20 (README "Round 20, assignments en: open classes (not blind)"),
fixed as general rules, data first: a goal's date after ``strive to`` (en deadlines.json ``goal_markers``), and a
number's thousands comma is no clause boundary between a goal marker and its date (``deadline_checks._goal_clause_start``).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay dated."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated


@pytest.mark.parametrize("text, published, expected", [
    # a goal's date after `strive to`, with a grouped number between marker and date: no deadline of the task
    ("The Deputy Prime Minister requested relevant ministries and localities to deploy key tasks to strive to complete "
     "3,000 km of expressway by the end of 2025.", "2024-09-20", [("MINISTRIES", None, None), ("PROVINCES", None, None)]),
    ("The Prime Minister asked the Ministry of Construction to speed up the projects, striving to put 1,200 km of roads "
     "into operation in 2026.", "2025-03-10", [("MOC", None, None)]),
    ("The Ministry of Health asked provinces to improve care, aiming to reach 95,000 beds by the end of 2026.",
     "2025-03-10", [("PROVINCES", None, None)]),
    # look-alikes: a `before` date stays a deadline after a goal marker; a comma that ends a clause (no digits on both
    # sides) still separates the goal from the task's own date; a grouped number without a goal marker keeps the date
    ("The Prime Minister asked the Ministry of Construction to strive to finish 1,200 km of roads before June 30, 2026.",
     "2025-03-10", [("MOC", "2026-06-30", "before")]),
    ("The Prime Minister asked the Ministry of Construction, which aims to finish 1,200 km of roads, to report by "
     "June 30, 2026.", "2025-03-10", [("MOC", "2026-06-30", "by")]),
    ("The Provincial People's Committee asked the Department of Finance to disburse 2,500 billion VND by the end of "
     "2025.", "2025-03-10", [("DOF", "2025", "by")]),
])
def test_a_goal_across_a_grouped_number(text, published, expected):
    assert dated(text, "en", published) == expected
