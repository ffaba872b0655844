"""Stop 43's rulings and round 34's left classes, Vietnamese (issue #13; helper left35, not blind): each class with new
sentences (none copied from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

_LAI_CHAU = "UBND tỉnh Lai Châu ban hành Quyết định số 15/2025/QĐ-UBND về quản lý bến xe. "


@pytest.mark.parametrize("text, expected", [
    # ruling A: a district committee directing the commune committees in its own clause asks them
    (_LAI_CHAU + "UBND các huyện có trách nhiệm chỉ đạo UBND các xã kiểm tra các bến xe.",
     [("DPC@12", "assignee", "PPC@12", None), ("CPC@12", "assignee", "DPC@12", None)]),
    (_LAI_CHAU + "UBND các huyện chỉ đạo UBND các xã thống kê các bến xe tự phát.",
     [("DPC@12", "assignee", "PPC@12", None), ("CPC@12", "assignee", "DPC@12", None)]),
    # look-alikes: the districts the object of the province's asking verb (the province asks the communes too); a
    # department directing the communes in its own clause keeps the committee that tasked it
    (_LAI_CHAU + "UBND tỉnh yêu cầu UBND các huyện chỉ đạo UBND các xã kiểm tra các bến xe.",
     [("DPC@12", "assignee", "PPC@12", None), ("CPC@12", "assignee", "PPC@12", None)]),
    (_LAI_CHAU + "Sở Giao thông vận tải chịu trách nhiệm chỉ đạo UBND các xã kiểm tra các bến xe.",
     [("DOT@12", "assignee", "PPC@12", None), ("CPC@12", "assignee", "PPC@12", None)]),
])
def test_a_district_directing_its_communes(text, expected):
    assert _rows(text, "vi") == expected


_HA_NOI = "UBND thành phố Hà Nội ban hành Kế hoạch số 30/KH-UBND về quy hoạch giao thông. "


@pytest.mark.parametrize("text, expected", [
    # ruling B: a body working with the task's named lead, in the table or outside it, is its partner
    (_HA_NOI + "Sở Xây dựng chủ trì lập quy hoạch. Sở Tài chính phối hợp với Sở Xây dựng thẩm định kinh phí.",
     [("DOC@01", "lead", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None),
      ("DOC@01", "coordinate", "PPC@01", None)]),
    (_HA_NOI + "Viện Quy hoạch đô thị và nông thôn Hà Nội (cơ quan lập quy hoạch) chủ trì lập quy hoạch. Sở Tài chính "
     "phối hợp với Viện Quy hoạch đô thị và nông thôn Hà Nội thẩm định kinh phí.",
     [("DOF@01", "coordinate", "PPC@01", None)]),
    # look-alikes: no lead named (the Hai Phong reading of round 23: an assignee); the institute named with no lead's
    # word after it
    (_HA_NOI + "Sở Tài chính phối hợp với các cơ quan liên quan thẩm định kinh phí.",
     [("DOF@01", "assignee", "PPC@01", None)]),
    (_HA_NOI + "Viện Quy hoạch đô thị và nông thôn Hà Nội đã hoàn thành đồ án năm trước. Sở Tài chính phối hợp với Viện "
     "Quy hoạch đô thị và nông thôn Hà Nội thẩm định kinh phí.",
     [("DOF@01", "assignee", "PPC@01", None)]),
])
def test_coordinating_with_the_named_lead(text, expected):
    assert _rows(text, "vi") == expected


_VISIT = "Thủ tướng Phạm Minh Chính đã thăm và làm việc tại tỉnh Yên Bái. "


@pytest.mark.parametrize("text, expected", [
    # ruling C: the visited province's duties in the leader's reported speech are asked by him
    (_VISIT + "Theo Thủ tướng, tỉnh Yên Bái cần đẩy nhanh công tác quy hoạch.", [("PPC@15", "assignee", "PM", None)]),
    (_VISIT + "Thủ tướng nhấn mạnh, tỉnh Yên Bái phải phát triển du lịch bền vững.", [("PPC@15", "assignee", "PM", None)]),
    # look-alikes: no visit (the province's own need); a visit without anything said
    ("Yên Bái có nhiều tiềm năng du lịch. Yên Bái cần đẩy nhanh công tác quy hoạch.",
     [("PPC@15", "assignee", None, None)]),
    (_VISIT + "Yên Bái cần đẩy nhanh công tác quy hoạch.", [("PPC@15", "assignee", None, None)]),
])
def test_a_visited_provinces_duty(text, expected):
    assert _rows(text, "vi") == expected


_HAI_DUONG = "UBND tỉnh Hải Dương ban hành kế hoạch về rác thải. "


@pytest.mark.parametrize("text, expected", [
    # a two-year window is no deadline (deadlines.json's year form refuses a year joined to another by 'và')
    (_HAI_DUONG + "UBND các huyện phải mở rộng mô hình thu gom nước thải, triển khai trong năm 2025 và 2026.",
     [("DPC@30", "assignee", "PPC@30", None)]),
    (_HAI_DUONG + "UBND các huyện phải mở rộng mô hình thu gom nước thải trong năm 2025 và năm 2026.",
     [("DPC@30", "assignee", "PPC@30", None)]),
    # look-alikes: one year is the task's year; a purpose's year is none (read so already)
    (_HAI_DUONG + "UBND các huyện phải mở rộng mô hình thu gom nước thải trong năm 2025.",
     [("DPC@30", "assignee", "PPC@30", "2025")]),
    (_HAI_DUONG + "UBND các huyện phải đẩy nhanh thu gom để đạt tỷ lệ 95% trong năm 2025.",
     [("DPC@30", "assignee", "PPC@30", None)]),
])
def test_a_two_year_window_is_no_deadline(text, expected):
    assert _rows(text, "vi") == expected
