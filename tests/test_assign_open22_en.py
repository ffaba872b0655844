"""Classes still open after round 21b (issue #13), English assignments (README "Open classes after round 21b"). New
sentences written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from extract.assign import deadlines
from nlp.agencies import fold_for_matching
from tests.assign_cases import dated


@pytest.mark.parametrize("text, published, expected", [
    # a month joined to another month is a window of both, no due date (deadlines.json month_pair_joiners)
    ("The Binh Thuan Provincial People's Committee asked the Department of Agriculture and Rural Development to take "
     "strict measures against IUU fishing in August and September.", "2024-08", [("DARD@60", None, None)]),
    # the time a season begins is no due date (deadlines.json event_start_verbs)
    ("The Ca Mau Provincial People's Committee assigned the Department of Construction to strengthen the dykes. The "
     "rainy season usually begins in June.", "2020-04", [("DOC@96", None, None)]),
    # look-alikes: one month, the task's own month in the next sentence
    ("The Binh Thuan Provincial People's Committee asked the Department of Agriculture and Rural Development to take "
     "strict measures against IUU fishing in September.", "2024-08", [("DARD@60", "2024-09", "in")]),
    ("The Ca Mau Provincial People's Committee assigned the Department of Construction to strengthen the dykes. The "
     "dykes must be strengthened in June.", "2020-04", [("DOC@96", "2020-06", "in")]),
])
def test_a_window_or_a_seasons_start_is_no_due_date(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("in July-August", []),
    ("the school year starts in September", []),
    # look-alikes: the modal's verb may be the task's own time; "may" after a month is the modal
    ("must start in August", [("2024-08", "in")]),
    ("by June and may ask for help", [("2024-06", "by")]),
])
def test_the_deadline_grammar_on_windows_and_event_starts(phrase, expected):
    found = deadlines.find_deadlines(fold_for_matching(phrase), "en", own_date="2024-03")
    assert [(d.value, d.qualifier) for d in found] == expected
