"""Issue #13, the Vietnamese assignment classes that round 19b (9 real public pages, blind, a second batch after
round 19 and the open classes of rounds 18 to 18d fixed; README "Round 19b (blind, real public pages): assignments
vi") showed. New sentences written for these tests (not the pages' sentences), one literal case a line, with the
look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, rows


# ------------------------------------------------------------------ "chậm nhất đến ngày …", and a date after the verb


@pytest.mark.parametrize("text, published, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ hoàn thành rà soát chậm nhất đến ngày 7/8/2025.", None,
     [("DOHA", "2025-08-07", "by")]),
    ("Chủ tịch UBND tỉnh yêu cầu chậm nhất đến ngày 7/8, Sở Nội vụ phải hoàn thành rà soát đội ngũ cán bộ.",
     "2025-08-05", [("DOHA", "2025-08-07", "by")]),
    ("UBND tỉnh đề nghị trước ngày 20/9/2024, UBND các huyện báo cáo kết quả kiểm tra.", None,
     [("DPC", "2024-09-20", "before")]),
    # look-alikes: a period's end stays no due date; after the verb, a day without a year in an undated text gives
    # the body no date; no body after the date, no row
    ("Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ tiếp tục rà soát đến hết ngày 7/8/2025.", None, [("DOHA", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu trước ngày 15/8, UBND các xã báo cáo kết quả.", None, [("CPC", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu trước ngày 7/8/2025 phải hoàn thành việc rà soát.", None, []),
])
def test_a_due_day_by_cham_nhat_den_or_after_the_verb(text, published, expected):
    assert dated(text, "vi", published) == expected


# ------------------------------------------------------------------ the provinces spelled out after "gồm"


@pytest.mark.parametrize("text, expected", [
    ("Do đó, UBND các tỉnh, thành phố được giao là cơ quan chủ quản các dự án gồm: Hà Nội, Cần Thơ và Hưng Yên cần "
     "xây dựng kế hoạch, gửi về Bộ Xây dựng trước ngày 5/6/2024.",
     [("PROVINCES", "assignee", None, "2024-06-05", "before")]),
    ("UBND các tỉnh, thành phố được giao làm chủ đầu tư bao gồm: Bắc Ninh, Lạng Sơn phải hoàn thành giải phóng mặt "
     "bằng trong tháng 12/2024.",
     [("PROVINCES", "assignee", None, "2024-12", "in")]),
    # look-alikes: provinces listed after a colon without "gồm" are each asked, the collective's words no body of
    # their own there (round 27: vi grammar.json committees_of_listed_provinces, as en and fr); a province of another
    # sentence opens its own clause
    ("Phó Thủ tướng giao UBND các tỉnh, thành phố: Ninh Bình, Thanh Hóa khẩn trương xem xét.",
     [("PPC@37", "assignee", "DPM", None, None), ("PPC@38", "assignee", "DPM", None, None)]),
    ("Dự án đi qua các tỉnh gồm Hà Nội, Hưng Yên. Hà Nội cần khẩn trương bàn giao mặt bằng.",
     [("PPC@01", "assignee", None, None, None)]),
])
def test_provinces_spelled_out_after_gom(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a province's letter sent up directs nothing


@pytest.mark.parametrize("text, expected", [
    ("Do đó, UBND các tỉnh, thành phố cần xây dựng kế hoạch khởi công.\n\nRiêng UBND tỉnh Sóc Trăng đã có văn bản "
     "gửi Thủ tướng Chính phủ xin chủ trương tổ chức lễ khởi công.",
     [("PROVINCES", "assignee", None, None, None)]),
    ("Các địa phương cần rà soát danh mục dự án. UBND tỉnh Nghệ An đã có công văn gửi Bộ Xây dựng về tiến độ các dự án.",
     [("PROVINCES", "assignee", None, None, None)]),
    # look-alike: a letter sent down to the province's departments still makes the committee the text's authority
    ("UBND tỉnh Quảng Nam đã có văn bản gửi các sở, ngành. Các sở, ngành cần khẩn trương triển khai.",
     [("DEPARTMENTS@49", "assignee", "PPC@49", None, None)]),
])
def test_a_provinces_letter_sent_up_directs_nothing(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ "(các) lãnh đạo bộ, ngành"


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu các lãnh đạo bộ, ngành, địa phương tập trung thực hiện quyết liệt các giải pháp.",
     [("MINISTRIES", "assignee", "PM", None, None), ("PROVINCES", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu lãnh đạo bộ, ngành khẩn trương hoàn thiện thể chế.",
     [("MINISTRIES", "assignee", "PM", None, None)]),
    # look-alike: leaders attending a meeting are asked nothing
    ("Hội nghị có sự tham dự của lãnh đạo bộ, ngành, địa phương.", []),
])
def test_leaders_of_the_ministries(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ "Trong đó, …" details the task just told


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu các địa phương xây dựng kế hoạch, gửi về Bộ Giao thông vận tải trước ngày 5/6/2023. "
     "Trong đó, các địa phương cần nêu rõ dự kiến thời gian khởi công.",
     [("PROVINCES", "assignee", "PM", "2023-06-05", "before"), ("PROVINCES", "assignee", "PM", "2023-06-05", "before")]),
    # look-alike: another body's detail does not take the date
    ("Thủ tướng yêu cầu các bộ báo cáo trước ngày 5/6/2023. Trong đó, Bộ Y tế cần nêu rõ số ca bệnh.",
     [("MINISTRIES", "assignee", "PM", "2023-06-05", "before"), ("MOH", "assignee", "PM", None, None)]),
])
def test_trong_do_details_the_task_told_before(text, expected):
    assert rows(text) == expected
