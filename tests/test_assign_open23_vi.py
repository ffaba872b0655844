"""The Vietnamese assignments classes still open after round 22b and the month window convention of round 23 (README
"Open classes after round 22b (assignments en and vi, not blind)"), with the English and French forms of the same
class. New sentences written for these tests, one literal case a line, with the look-alikes that must not change."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


@pytest.mark.parametrize("text, lang, expected", [
    # two months sharing one year after a verb of completing the work: due at the end of the later month
    # (deadlines.json window_completion_verbs and the month_window date forms)
    ("Ngày 1/10/2025, UBND tỉnh Hưng Yên yêu cầu Sở Tài chính hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm "
     "2025.", "vi", [("DOF@33", "assignee", "PPC@33", "2025-12", "in")]),
    ("On October 1, 2025, the Hung Yen Provincial People's Committee requested the Department of Finance to complete the "
     "tasks in November and December 2025.", "en", [("DOF@33", "assignee", "PPC@33", "2025-12", "in")]),
    ("On October 1, 2025, the Hung Yen Provincial People's Committee requested the Department of Finance to complete the "
     "tasks in November, December 2025.", "en", [("DOF@33", "assignee", "PPC@33", "2025-12", "in")]),
    ("Le 1er octobre 2025, le Comité populaire provincial de Hung Yen a demandé au Service des finances d'achever les "
     "tâches en novembre et décembre 2025.", "fr", [("DOF@33", "assignee", "PPC@33", "2025-12", "in")]),
    # an event held during both months: no due date, whatever the joiner
    ("Ngày 1/10/2025, UBND tỉnh Hưng Yên yêu cầu Sở Tài chính tổ chức hội chợ trong tháng 11, tháng 12 năm 2025.", "vi",
     [("DOF@33", "assignee", "PPC@33", None, None)]),
    ("On October 1, 2025, the Hung Yen Provincial People's Committee requested the Department of Finance to hold the "
     "fair in November and December 2025.", "en", [("DOF@33", "assignee", "PPC@33", None, None)]),
    ("Le 1er octobre 2025, le Comité populaire provincial de Hung Yen a demandé au Service des finances d'organiser la "
     "foire en novembre et décembre 2025.", "fr", [("DOF@33", "assignee", "PPC@33", None, None)]),
    # look-alike: one month after a completing verb stays that month
    ("On October 1, 2025, the Hung Yen Provincial People's Committee requested the Department of Finance to complete the "
     "tasks in November 2025.", "en", [("DOF@33", "assignee", "PPC@33", "2025-11", "in")]),
])
def test_a_pair_of_months_is_due_in_the_later_only_after_a_completing_verb(text, lang, expected):
    assert rows(text, lang) == expected
