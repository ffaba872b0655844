"""English deadlines given in a sentence of their own after the task (README "Deadlines in the next sentence
(assignments en, not blind)"): deadlines.json's ``deadline_sentence_openers``, task_deadlines._deadline_sentence_deadlines.
New sentences written for these tests, one literal case a line, with the look-alikes that must get no date."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated


@pytest.mark.parametrize("text, published, expected", [
    # a separate deadline sentence right after the task dates the task(s) of the sentence before
    ("The Provincial People's Committee requires the Department of Health to inspect all private clinics. "
     "The deadline for completing this work is before 5 p.m. on July 7, 2025.", None,
     [("DOH", "2025-07-07", "before")]),
    ("The Ministry of Finance asked provinces to review the land rents. The work must be completed by March 31, 2024.",
     None, [("PROVINCES", "2024-03-31", "by")]),
    ("The Ministry of Health requested provinces to check the stocks of vaccines. Results must be reported before "
     "October 20.", "2024-10-02", [("PROVINCES", "2024-10-20", "before")]),
    # the bodies asked again after a fronted topic, then the deadline sentence: both sentences' tasks
    ("The Chairman of the People's Committee of Da Nang City requires departments and branches to handle issues under "
     "their authority. For issues beyond their authority, departments must quickly report to the People's Committee of "
     "Da Nang City. The deadline for completing this work is before 5:00 p.m. on July 7, 2025.", None,
     [("DEPARTMENTS@48", "2025-07-07", "before")]),
    # two tasks in a row without a date of their own, then the deadline sentence
    ("The Ministry of Construction asked provinces to publish material prices. The Ministry of Finance will check them. "
     "Results must be reported before June 30, 2025.", None,
     [("PROVINCES", "2025-06-30", "before"), ("MOF", "2025-06-30", "before")]),
    # the intervening sentences continue the same task (naming other units), the date comes later
    ("The Provincial People's Committee requests the Department of Finance to review the allocation of capital. "
     "On that basis, develop an inspection plan for relevant departments, branches and localities. "
     "Require specific content for each project. The inspection time is no later than April 15, 2024.", None,
     [("DOF", "2024-04-15", "by")]),
    # a pronoun subject continuing the task, its date in the next sentence
    ("The Ministry of Construction asked provinces to publish material prices. In doing so, they must coordinate with "
     "the Ministry of Finance. The work must be completed by June 30, 2025.", None, [("PROVINCES", "2025-06-30", "by")]),
    ("The Ministry of Construction asked provinces to publish material prices. They must also report the results to "
     "the Ministry of Construction. These reports must be sent before June 30, 2025.", None,
     [("PROVINCES", "2025-06-30", "before")]),
])
def test_deadline_sentence_dates_the_task_before(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # look-alikes: a task with its own date keeps it and closes the reach of the later deadline sentence
    ("The Ministry of Finance asked provinces to review the land rents by May 15, 2024. The work must be completed by "
     "March 31, 2024.", None, [("PROVINCES", "2024-05-15", "by")]),
    # a dated task between closes the reach: the earlier task keeps no date
    ("The Ministry of Construction asked provinces to publish material prices. The Ministry of Finance must check them. "
     "The work must be completed by June 30, 2025.", None, [("PROVINCES", None, None), ("MOF", "2025-06-30", "by")]),
    # a deadline sentence four sentences away, after a report of another body, is too far to tell which work it means
    ("The Ministry of Finance asked provinces to review the land rents. The Ministry of Industry and Trade said "
     "exports rose. Sales slowed. Rents fell. The work must be completed by March 31, 2024.", None,
     [("PROVINCES", None, None)]),
    # a sentence about a deadline that is no deadline sentence's opening (a date told in passing)
    ("The Ministry of Finance asked provinces to review the land rents. A survey in the region ended on March 31, 2024.",
     None, [("PROVINCES", None, None)]),
    # a past date is no deadline
    ("The Ministry of Finance asked provinces to review the land rents. The deadline for this work was March 31, 2024.",
     "2024-06-01", [("PROVINCES", None, None)]),
])
def test_no_date_from_a_sentence_that_is_no_deadline_sentence(text, published, expected):
    assert dated(text, "en", published) == expected

