"""Round 37b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2020-03-14")


# the collectives written with the press's short forms of 'trung ương' (T.Ư, TƯ, TW) and 'thành phố' (TP): the same
# bodies as written in full (MINISTRIES, PROVINCES), and the list going on after them
@pytest.mark.parametrize("text, expected", [
    ("Phó Thủ tướng yêu cầu các bộ, ngành T.Ư và các địa phương tăng cường kiểm tra hàng hóa.",
     [("MINISTRIES", "assignee", "DPM", None), ("PROVINCES", "assignee", "DPM", None)]),
    ("Phó Thủ tướng yêu cầu các bộ, ngành TW và các địa phương tăng cường kiểm tra hàng hóa.",
     [("MINISTRIES", "assignee", "DPM", None), ("PROVINCES", "assignee", "DPM", None)]),
    ("Thủ tướng yêu cầu các bộ tăng cường kiểm tra. Chủ tịch UBND các tỉnh, TP trực thuộc T.Ư phải trực tiếp chỉ "
     "đạo lực lượng chức năng.", [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("Thủ tướng yêu cầu các bộ tăng cường kiểm tra. Chủ tịch UBND các tỉnh, thành phố trực thuộc TƯ phải trực tiếp "
     "chỉ đạo lực lượng chức năng.", [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the short forms naming no collective (a Party body's symbol, a city's own committee)
    ("Thủ tướng yêu cầu Ban Tuyên giáo T.Ư phối hợp tuyên truyền.", []),
    ("Thủ tướng yêu cầu UBND TP Hà Nội chỉ đạo lực lượng chức năng kiểm tra hàng hóa.",
     [("PPC@01", "assignee", "PM", None)]),
])
def test_collectives_written_with_short_forms_of_central_and_city(text, expected):
    assert _rows(text, "vi") == expected
