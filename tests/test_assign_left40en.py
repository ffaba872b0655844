"""Stop 48's calls of the lead and round 39's left classes, English assignments (docs/quality.md "Stop 47's left
classes and calls (assignments, not blind, stop 48)"), fixed as general rules, data first. New sentences written for
these tests, one literal case a line, with the look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

rows = rows_reader(published="2020-05-01")


@pytest.mark.parametrize("text, expected", [
    # the lead's call 1 of stop 48: the focal point leads, in every language (as Vietnamese `làm đầu mối`)
    ("The Chairman of the Hanoi People's Committee assigned the Department of Construction to review the roads. "
     "The Department of Health is the focal point for receiving reports on the epidemic.",
     [("DOC@01", "assignee", "PPC@01", None), ("DOH@01", "lead", "PPC@01", None)]),
    ("The Hanoi People's Committee assigned the Department of Health to be the focal point for monitoring the "
     "epidemic, coordinating with the Department of Finance.",
     [("DOH@01", "lead", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None)]),
    ("The Prime Minister assigned the Ministry of Education and Training to review the schools. The Ministry of "
     "Finance will act as the focal point to compile the reports.",
     [("MOET", "assignee", "PM", None), ("MOF", "lead", "PM", None)]),
    # look-alikes: the focal point told of the past, a mention with no duty
    ("The Department of Health was the focal point of the reports last year.", []),
    ("The focal point for the reports was discussed at the meeting of the Department of Health.", []),
])
def test_the_focal_point_leads(text, expected):
    assert rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the lead's call 2 of stop 48: `Advise …` opening a sentence after an item is the item's body's own row, dated by
    # its own date only (as Vietnamese bare `Tham mưu …`)
    ("The Provincial People's Committee assigned the Department of Construction to review the projects. Advise the "
     "Provincial People's Committee on the handling of delays before May 20, 2025.",
     [("DOC", "assignee", "PPC", None), ("DOC", "assignee", "PPC", "2025-05-20")]),
    ("The Provincial People's Committee assigned the Department of Construction to review the projects before May 1, "
     "2020. Advise the Provincial People's Committee on the handling of delays.",
     [("DOC", "assignee", "PPC", "2020-05-01"), ("DOC", "assignee", "PPC", None)]),
    # look-alikes: no item before it, a line break before it (stop 42's rule), `Advise that` (a notice)
    ("The Provincial People's Committee held a meeting on the projects. Advise the Provincial People's Committee on "
     "the handling of delays before May 20, 2025.", []),
    ("The Provincial People's Committee assigned the Department of Construction to review the projects.\nAdvise the "
     "Provincial People's Committee on the handling of delays before May 20, 2025.", [("DOC", "assignee", "PPC", None)]),
    ("The Provincial People's Committee assigned the Department of Construction to review the projects. Advise that "
     "the delays are reported.", [("DOC", "assignee", "PPC", None)]),
])
def test_advise_after_an_item_is_its_own_row(text, expected):
    assert rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the lead's call 3 of stop 48 (rulings B and E meet): the partner of a named lead outside the table that presides
    # is a coordinate row
    ("The Khanh Hoa Provincial People's Committee issued a plan. The Provincial Military Command shall preside and "
     "coordinate with the Department of Health to organize the drill.",
     [("DOH@56", "coordinate", "PPC@56", None)]),
    ("The Khanh Hoa Provincial People's Committee issued a plan. The Provincial Military Command presides, "
     "coordinating with the Department of Health to organize the drill.",
     [("DOH@56", "coordinate", "PPC@56", None)]),
    # look-alike: a lead told in the past
    ("Last year the Provincial Military Command presided and coordinated with the Department of Health to organize "
     "the drill.", []),
])
def test_the_partner_of_a_lead_outside_the_table(text, expected):
    assert rows(text, "en") == expected
