"""Round 21's error classes of English assignments (README "Round 21 (blind, real public pages): assignments en"),
fixed as general rules, data first: a day slipped between the assigning verb and the bodies asked (en cues.json
``assign_inserts``; ``from now until <day>`` as a window opening in en deadlines.json, never before a bare year).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the Bac Ninh Provincial People's Committee requested that from now until June 15, departments, "
     "branches and localities must focus all efforts on the remaining tasks.", "en",
     [("DEPARTMENTS@27", "2025-06-15", "by"), ("DPC@27", "2025-06-15", "by")]),
    ("The Chairman of the Provincial People's Committee requested that by June 15, departments and branches must "
     "complete the reports.", "en",
     [("DEPARTMENTS", "2025-06-15", "by")]),
    ("The Chairman of the Bac Ninh Provincial People's Committee requested departments and branches to complete the "
     "reports from now until June 15.", "en",
     [("DEPARTMENTS@27", "2025-06-15", "by")]),
    # the same frame in Vietnamese, read since round 18 (a check that the class stays read)
    ("Chủ tịch UBND tỉnh Bắc Ninh yêu cầu trước ngày 15/6, các sở, ngành phải hoàn thành các nhiệm vụ còn lại.", "vi",
     [("DEPARTMENTS@27", "2025-06-15", "before")]),
    # look-alike: a plan's horizon is no deadline
    ("The Chairman of the Bac Ninh Provincial People's Committee requested departments and branches to implement the "
     "plan from now until 2030.", "en",
     [("DEPARTMENTS@27", None, None)]),
])
def test_a_day_slipped_after_the_assigning_verb_is_the_deadline(text, lang, expected):
    assert dated(text, lang, "2025") == expected
