"""Issue #13, the Vietnamese assignment classes that round 20b (6 real public pages, blind, a second batch after
round 20 and its fixes; README "Round 20b (blind, real public pages): assignments vi") showed. New sentences written
for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


# ------------------------------------------------------------------ "Sở/Bộ Kế hoạch Đầu tư" written without "và"


@pytest.mark.parametrize("text, expected", [
    ("Phó Chủ tịch UBND tỉnh Bình Thuận yêu cầu Sở Kế hoạch Đầu tư soạn dự thảo kế hoạch.",
     [("DPI@60", "assignee", "PPC@60")]),
    ("Chủ tịch UBND tỉnh giao Sở Kế hoạch Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát danh mục dự án.",
     [("DPI", "lead", "PPC"), ("DOF", "coordinate", "PPC")]),
    ("Thủ tướng giao Bộ Kế hoạch Đầu tư chủ trì, phối hợp với Bộ Tài chính tổng hợp báo cáo.",
     [("MPI", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    # look-alike: the department's director reporting is asked nothing
    ("Giám đốc Sở Kế hoạch Đầu tư cho biết tỉnh đã giải ngân 60% kế hoạch vốn.", []),
])
def test_planning_and_investment_written_without_va(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ the committees of a set of provinces with their count


@pytest.mark.parametrize("text, expected", [
    ("Phó Thủ tướng yêu cầu Bộ Công Thương, UBND 4 tỉnh khẩn trương thực hiện các nhiệm vụ được giao.",
     [("MOIT", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    ("Thủ tướng yêu cầu Chủ tịch UBND 14 tỉnh, thành phố khẩn trương hoàn thành giải phóng mặt bằng.",
     [("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng giao Ủy ban nhân dân 5 tỉnh chủ trì rà soát diện tích rừng bị thiệt hại.",
     [("PROVINCES", "lead", "PM")]),
    # look-alikes: a meeting with the provinces asks nothing; a count of provinces without their committee is no body
    ("Đoàn công tác đã làm việc với UBND 4 tỉnh về tiến độ chi trả.", []),
    ("Thủ tướng yêu cầu Bộ Y tế hỗ trợ 4 tỉnh khẩn trương dập dịch.", [("MOH", "assignee", "PM")]),
])
def test_provincial_committees_written_with_their_count(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ "sở này": the department named before, as "bộ này"


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì rà soát lực lượng. Đồng thời, Sở này cần xây dựng quy chế phối hợp.",
     [("DOC@79", "lead", "PPC@79"), ("DOC@79", "assignee", "PPC@79")]),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở. Đồng thời yêu cầu sở này báo cáo kết quả.",
     [("DOH", "assignee", "PPC"), ("DOH", "assignee", "PPC")]),
    # look-alike: the department reporting about itself is asked nothing
    ("Sở Y tế cho biết sở này đã hoàn thành kiểm tra các cơ sở.", []),
])
def test_so_nay_names_again_the_department_named_before(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a time limit after the direction's continued sentence


@pytest.mark.parametrize("text, expected", [
    ("Theo đó, Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì, phối hợp với Sở Nội vụ và UBND các phường, xã, đặc khu "
     "khẩn trương xác định phương án bố trí lực lượng. Đồng thời, Sở này xây dựng quy chế phối hợp bảo đảm nguyên tắc: "
     "Sở Xây dựng là cơ quan chủ quản.\n\nThời hạn hoàn thành nội dung chỉ đạo này trước ngày 25-10-2025.",
     [("DOC@79", "2025-10-25", "before"), ("DOHA@79", "2025-10-25", "before"), ("CPC@79", "2025-10-25", "before"),
      # "Sở này" with a bare verb: the lead's second task (round 21's open classes; the round's gold has it)
      ("DOC@79", "2025-10-25", "before")]),
    # look-alike: a report between the task and the time limit (no continuation opener) keeps the task undated
    ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì kiểm tra các cơ sở. Sở Y tế cho biết đã kiểm tra 20 cơ sở. Thời hạn hoàn "
     "thành trước ngày 25-10-2025.", [("DOH", None, None)]),
])
def test_a_time_limit_after_the_directions_continued_sentence(text, expected):
    assert dated(text, "vi") == expected
