"""Round 21's error classes of English assignments (README "Round 21 (blind, real public pages): assignments en"),
fixed as general rules, data first: a day slipped between the assigning verb and the bodies asked (en cues.json
``assign_inserts``; ``from now until <day>`` as a window opening in en deadlines.json, never before a bare year);
``delegated … to`` and ``reminded … to`` as assigning verbs (en cues.json ``assign_before``).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


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


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister delegated the Ministry of Construction to review the housing development programme.",
     [("MOC", "assignee", "PM")]),
    ("The Chairman of the Vinh Phuc Provincial People's Committee delegated the Department of Construction to clarify "
     "the urban housing contents.",
     [("DOC@26", "assignee", "PPC@26")]),
    ("The Prime Minister reminded the Ministry of Finance to review the fees.",
     [("MOF", "assignee", "PM")]),
    ("The Prime Minister chaired the meeting. The PM reminded the localities to concentrate on commercial production.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alikes: a reminder of a fact, people reminded, powers delegated to no named body
    ("The Ministry of Finance reminded that the deadline had passed.", []),
    ("The Ministry of Health reminded people to wear masks.", []),
    ("The Government delegated more powers to the provinces.", []),
])
def test_delegated_and_reminded_ask_the_body_after_them(text, expected):
    assert found(text, "en") == expected
