"""Stop 46's left classes, Vietnamese (issue #13; helper left39, stop 47, not blind): new sentences (none copied from
the pages) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2023-05-01")


@pytest.mark.parametrize("text, expected", [
    # a district committee's duty after a semicolon, told with `phát huy vai trò` (cues.json subject_weak), where the
    # clause before it names the province's committee as the one advised: the district committees' own row
    ("Chủ tịch UBND tỉnh Sóc Trăng chỉ đạo Sở Kế hoạch và Đầu tư rà soát, tham mưu UBND tỉnh phân bổ vốn; UBND cấp "
     "huyện phát huy vai trò trong vận động người dân.",
     [("DPI@94", "assignee", "PPC@94"), ("DPC@94", "assignee", "PPC@94")]),
    ("UBND tỉnh Sóc Trăng yêu cầu:\nUBND các huyện phát huy vai trò chủ động trong phòng chống dịch.",
     [("DPC@94", "assignee", "PPC@94")]),
    # look-alikes: the role told as done (`đã`), a body outside the table, no directive in the text
    ("Năm qua, UBND huyện Châu Thành đã phát huy vai trò trong phong trào thi đua của tỉnh Sóc Trăng.", []),
    ("UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết. Hội Nông dân tỉnh phát huy vai trò trong phong trào thi đua.", []),
])
def test_duty_told_with_phat_huy_vai_tro(text, expected):
    assert _rows(text, "vi") == expected
