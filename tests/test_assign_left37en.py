"""Stop 44's left classes, English (issue #13; helper left37, not blind): each class with new sentences (none copied
from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-05-01")

_ASKED = "Accordingly, the Hanoi People's Committee asked units to tighten the checks on karaoke bars. "


@pytest.mark.parametrize("text, expected", [
    # a city committee that asked units (no body named) makes the text a direction: the plain futures of the bodies
    # after it are the request's content ("Similarly, …" too), the partner of a plain future a partner
    (_ASKED + "The Department of Police will inspect the bars in the old quarter.",
     [("PPS@01", "assignee", "PPC@01")]),
    (_ASKED + "The Department of Police will inspect the bars. Similarly, People's Committees of districts will "
              "draw up plans and cooperate with the Department of Construction to check the exits.",
     [("PPS@01", "assignee", "PPC@01"), ("DPC@01", "assignee", "PPC@01"), ("DOC@01", "coordinate", "PPC@01")]),
    # look-alikes: a question asked, no direction; no one asked at all
    ("When asked about the fire, the Hanoi People's Committee's chairman said the Department of Police will "
     "inspect the bars.", []),
    ("The Hanoi People's Committee was asked by reporters about the fire. The Department of Police will inspect "
     "the bars.", []),
    ("Karaoke bars in Hanoi drew crowds last week. The Department of Police will inspect the bars.", []),
])
def test_plain_futures_after_a_committee_asked(text, expected):
    assert _rows(text, "en") == expected


_dated = rows_reader("agency_id", "deadline", published="2022-10-05")
_ORDERED = ("The Prime Minister ordered the Ministry of Construction to review the rules on fire safety. The Ministry of "
            "Health was told to add rules on first aid for burns. ")


@pytest.mark.parametrize("text, expected", [
    # a month before the text's date that a later sentence tells (a past event) dates no task
    (_ORDERED + "\n\nThe country saw several deadly fires. In early August, a fire at a bar killed three people.",
     [("MOC", None), ("MOH", None)]),
    (_ORDERED + "\n\nDeadly fires went on. On September 12, a blaze at a market killed two people.",
     [("MOC", None), ("MOH", None)]),
    # look-alike: a month after the text's date in the sentence after the task still dates it
    (_ORDERED + "The work must be completed in December.", [("MOC", None), ("MOH", "2022-12")]),
])
def test_a_past_event_dates_no_task(text, expected):
    assert _dated(text, "en") == expected
