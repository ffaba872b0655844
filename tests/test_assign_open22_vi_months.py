"""Classes still open after round 21b (issue #13), the Vietnamese side of the deadline classes (README "Open classes
after round 21b"): a window of two months is no due date. No event-start verb in Vietnamese: ``bắt đầu`` is the same
word in a task and in a report. New sentences written for these tests, with the look-alike that must stay dated."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Bình Thuận yêu cầu Sở Nông nghiệp và Phát triển nông thôn xử lý nghiêm tàu cá vi phạm trong tháng 8 "
     "và tháng 9.", [("DARD@60", None, None)]),
    # look-alike: one month
    ("UBND tỉnh Bình Thuận yêu cầu Sở Nông nghiệp và Phát triển nông thôn xử lý nghiêm tàu cá vi phạm trong tháng 9.",
     [("DARD@60", "2024-09", "in")]),
])
def test_a_window_of_two_months_is_no_due_date(text, expected):
    assert dated(text, "vi", "2024-07") == expected
