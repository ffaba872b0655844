"""Vietnamese deadlines stated in the sentence after the task (README "Deadlines fronted or without a preposition
(assignments fr, vi, not blind)"), fixed as data (vi ``deadlines.json``'s ``time_limit_openers``). New sentences
written for these tests, one literal case a line, with the look-alikes that must get no date."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated

PUBLISHED = "2025-03-01"


@pytest.mark.parametrize("text, expected", [
    # the next sentence opens by stating the task's time limit
    ("UBND các huyện phải rà soát các dự án. Thời hạn hoàn thành trước ngày 18/10/2025.",
     [("DPC", "2025-10-18", "before")]),
    ("Sở Xây dựng có trách nhiệm kiểm tra các công trình. Thời gian hoàn thành trong tháng 11/2025.",
     [("DOC", "2025-11", "in")]),
    # look-alikes: a next sentence that tells a fact with a date, a time limit named inside a fact
    ("UBND các huyện phải rà soát các dự án. Dự án được khởi công trước ngày 18/10/2025.",
     [("DPC", None, None)]),
    ("UBND các huyện phải rà soát các dự án. Nhiều dự án chậm thời hạn hoàn thành trước ngày 18/10/2025.",
     [("DPC", None, None)]),
])
def test_a_time_limit_in_the_next_sentence(text, expected):
    assert dated(text, "vi", PUBLISHED) == expected
