"""Round 23b's error classes of English assignments (README "Round 23b (blind, real public pages): assignments en"),
fixed as general rules, data first: a directive's collective subjects with the plural of a plain present
(``The Ministry of Construction, agencies and localities promote …``, ``ministries and localities complete …``), as
the singular ``completes`` was read before (en cues.json ``subject_weak``: ``complete``, ``promote``,
``promotes``). New sentences written for these tests, one literal case a line, with the look-alikes that must stay
out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

_RESOLUTION = ("The Government has just issued Resolution No. 5/NQ-CP on key tasks. The Government requires relevant "
               "ministries to speed up the projects. ")


@pytest.mark.parametrize("text, expected", [
    (_RESOLUTION + "The Ministry of Industry and Trade, agencies and localities promote exports of rice.",
     [("MINISTRIES", "assignee", "GOV"), ("MOIT", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    (_RESOLUTION + "The Ministry of Industry and Trade and localities complete the draft decree.",
     [("MINISTRIES", "assignee", "GOV"), ("MOIT", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    (_RESOLUTION + "Ministries, agencies and localities complete the review of public assets.",
     [("MINISTRIES", "assignee", "GOV"), ("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    (_RESOLUTION + "The Ministry of Construction promotes the development of social housing.",
     [("MINISTRIES", "assignee", "GOV"), ("MOC", "assignee", "GOV")]),
    # read before: the singular
    (_RESOLUTION + "The Ministry of Industry and Trade completes the draft decree.",
     [("MINISTRIES", "assignee", "GOV"), ("MOIT", "assignee", "GOV")]),
    # look-alikes: a report's present, no directive
    ("The report said localities promote tourism well and complete their plans on time.", []),
    ("Many ministries and localities complete their reports late, the Government Office said.", []),
])
def test_a_directives_plural_subjects_in_the_plain_present_are_tasked(text, expected):
    assert found(text, "en") == expected


def test_the_plain_presents_year_dates_the_row():
    assert dated(_RESOLUTION + "The Ministry of Construction, agencies and localities promote social housing, complete "
                 "the target of 100,000 units in 2025.", "en", "2025-10") == [
        ("MINISTRIES", None, None), ("MOC", "2025", "in"), ("PROVINCES", "2025", "in")]
