"""Issue #13, Vietnamese assignment classes left open after round 20 and earlier rounds (README "Round 20,
assignments vi: open classes (not blind)"). New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a year in a purpose clause is not the deadline


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu Bộ Xây dựng khẩn trương hoàn thành thủ tục để khởi công dự án trong năm 2026.",
     [("MOC", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu Bộ Tài chính rà soát nguồn vốn nhằm giải ngân hết trong năm 2026.",
     [("MOF", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu Bộ Xây dựng chuẩn bị mặt bằng de kip khởi công trong năm 2026.",
     [("MOC", "assignee", "PM", None, None)]),
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu Sở Công Thương phấn đấu ngay trong năm 2026 nâng hạng chỉ số.",
     [("DOIT@40", "assignee", "PPC@40", None, None)]),
    # look-alikes: a due date before the purpose, a date due before (qualifier before) after it, and accent-free
    # "de" of "đề nghị" / "đề xuất" keep their dates
    ("Thủ tướng yêu cầu Bộ Xây dựng hoàn thành thủ tục trong tháng 3/2026 để khởi công dự án.",
     [("MOC", "assignee", "PM", "2026-03", "in")]),
    ("Thủ tướng yêu cầu Bộ Xây dựng đẩy nhanh tiến độ để hoàn thành trước ngày 30/6/2026.",
     [("MOC", "assignee", "PM", "2026-06-30", "before")]),
    ("Thủ tướng yêu cầu Bộ Xây dựng de xuat phuong an trong tháng 3/2026.",
     [("MOC", "assignee", "PM", "2026-03", "in")]),
])
def test_a_year_in_a_purpose_clause(text, expected):
    assert rows(text) == expected
