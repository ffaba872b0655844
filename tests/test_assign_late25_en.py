"""What rounds 25 and 25b left in English assignments (issue #13; docs/quality.md "Round 25, assignments en after the
fixes", "Left"), fixed as a class, not blind: the days an event is held right after its noun (``… for consideration
and voting from April 21 to April 24, 2025``) are not the task's deadline (en deadlines.json ``event_nouns``,
``event_held_words``, ``event_due_cues``; deadline_checks.not_an_events_days). New sentences written for these tests,
one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated


@pytest.mark.parametrize("text, lang, published, expected", [
    ("The Department of Home Affairs must compile and report the results for submission to the People's Councils for "
     "consideration and voting from April 21 to April 24, 2025.", "en", "2025-04-01", [("DOHA", None, None)]),
    ("The People's Committees at the commune and district levels, along with the Department of Interior Affairs, will "
     "continue to compile the results for the councils' vote from April 21 to April 24, 2025.", "en", "2025-04-01",
     [("CPC", None, None), ("DPC", None, None), ("DOHA", None, None)]),
    ("The Department of Home Affairs must compile the results for the provincial People's Council's session in July "
     "2025.", "en", "2025-04-01", [("DOHA", None, None)]),
    ("The Department of Home Affairs must prepare the polling stations for the elections to be held in May 2025.", "en",
     "2025-04-01", [("DOHA", None, None)]),
    # look-alikes: a due date's cue after the event's noun, a window with no event before it
    ("The Department of Home Affairs must submit the results to the session before July 10, 2025.", "en", "2025-04-01",
     [("DOHA", "2025-07-10", "before")]),
    ("The Department of Home Affairs must submit the results to the meeting by July 10, 2025.", "en", "2025-04-01",
     [("DOHA", "2025-07-10", "by")]),
    ("The Department of Home Affairs must compile the results from April 21 to April 24, 2025.", "en", "2025-04-01",
     [("DOHA", "2025-04-24", "by")]),
])
def test_the_days_an_event_is_held_are_no_deadline(text, lang, published, expected):
    assert dated(text, lang, published) == expected
