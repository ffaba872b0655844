"""Stop 43's left classes, Vietnamese (issue #13; helper left36, not blind): each class with new sentences (none
copied from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-03-01")

_LAI_CHAU = "Để khắc phục hậu quả mưa đá, Chủ tịch UBND tỉnh Lai Châu có ý kiến chỉ đạo như sau:\n\n"
_DISTRICTS = "UBND các huyện Sìn Hồ, Tam Đường: Huy động lực lượng hỗ trợ nhân dân sửa nhà. "
_TWO_DPC = [("DPC@12", "assignee", "PPC@12"), ("DPC@12", "assignee", "PPC@12")]


@pytest.mark.parametrize("text, expected", [
    # a bare directing opener after the districts' item: its objects are the bodies the districts direct, no subject
    # ending the item; the sentence is the districts' own row, and the communes are asked by them (ruling A)
    (_LAI_CHAU + _DISTRICTS + "Chỉ đạo UBND cấp xã thống kê chính xác thiệt hại.",
     _TWO_DPC + [("DPC@12", "assignee", "PPC@12"), ("CPC@12", "assignee", "DPC@12")]),
    (_LAI_CHAU + _DISTRICTS + "Chỉ đạo UBND các xã rà soát các hộ có nhà bị tốc mái, Sở Tài chính bố trí kinh phí hỗ trợ.",
     _TWO_DPC + [("DPC@12", "assignee", "PPC@12"), ("CPC@12", "assignee", "DPC@12"), ("DOF@12", "assignee", "PPC@12")]),
    # look-alikes: the directing line on its own line (a paragraph break: no row, the province's asking stays); a
    # department's item (its own row again, stop 42, but its directed communes keep the committee that tasked the
    # department); the verb as a noun
    (_LAI_CHAU + _DISTRICTS.rstrip() + "\nChỉ đạo UBND cấp xã thống kê chính xác thiệt hại.",
     _TWO_DPC + [("CPC@12", "assignee", "PPC@12")]),
    (_LAI_CHAU + "Sở Giao thông vận tải: Kiểm tra các tuyến đường bị sạt lở. Chỉ đạo UBND cấp xã thống kê thiệt hại.",
     [("DOT@12", "assignee", "PPC@12"), ("DOT@12", "assignee", "PPC@12"), ("CPC@12", "assignee", "PPC@12")]),
    (_LAI_CHAU + _DISTRICTS + "Chỉ đạo của UBND tỉnh là UBND cấp xã phải thống kê thiệt hại.",
     _TWO_DPC + [("CPC@12", "assignee", "PPC@12")]),
])
def test_a_bare_directing_opener_after_the_districts_item(text, expected):
    assert _rows(text, "vi") == expected
