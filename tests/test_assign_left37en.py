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
