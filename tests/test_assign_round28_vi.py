"""Issue #13, the Vietnamese assignment classes that round 28 (8 real public pages, blind, after round 27b's fixes
and the late27 classes; docs/quality.md "Round 28 (blind, real public pages): assignments vi") showed. New sentences
written for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out:
a province's city and its districts named as one level (``UBND thành phố và các huyện``: agencies.csv's DPC gains
the forms), a department told to urge others that reports to the authority in its next item (``Sở … đôn đốc các sở,
ngành; tổng hợp, báo cáo UBND tỉnh …``: ``frames._urging_reported_up``), and an office conveying a leader's
direction, the leader named by person and title (``truyền đạt ý kiến của đồng chí …, Phó Chủ tịch UBND tỉnh``:
cues.json ``authority_of`` gains ``truyền đạt ý kiến của``, ``authority_of_named_head``; in English a head's title
before the committee, ``conveyed the direction of Vice Chairman of the Provincial People's Committee …``: en
cues.json ``head_titles`` gains the vice-chairs, read off before ``authority_of``)."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ a province's city and its districts as one level


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: no row, or the city's committee read as the province's
    ("UBND tỉnh giao Sở Tài chính hướng dẫn các địa phương. UBND thành phố và các huyện rà soát danh mục dự án, "
     "báo cáo trước ngày 15/6/2024.", [("DOF", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm tra. Ủy ban nhân dân thị xã và các huyện chủ động bố trí kinh phí.",
     [("DOH", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu UBND thành phố và các huyện, thị xã tăng cường kiểm tra an toàn thực phẩm.",
     [("DPC", "assignee", "PPC")]),
    ("UBND tỉnh Hà Tĩnh yêu cầu Uỷ ban nhân dân thành phố và các huyện hoàn thành kê khai trước ngày 20/7/2024.",
     [("DPC@42", "assignee", "PPC@42")]),
    # look-alikes (held): a centrally-run city's districts, one named city, the city's committee alone
    ("UBND thành phố Hà Nội yêu cầu UBND các quận, huyện rà soát.", [("DPC@01", "assignee", "PPC@01")]),
    ("UBND tỉnh yêu cầu UBND thành phố Vinh rà soát các dự án.", [("DPC@40", "assignee", "PPC@40")]),
    ("UBND thành phố yêu cầu Sở Xây dựng rà soát các dự án.", [("DOC", "assignee", "PPC")]),
])
def test_city_and_districts_as_one_level(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a department urging others that reports up


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: the urging department read as the asker of the bodies it urges, and given no row
    ("UBND tỉnh giao UBND các huyện rà soát hộ nghèo. Sở Lao động - Thương binh và Xã hội đôn đốc UBND các huyện; "
     "tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2024.",
     [("DPC", "assignee", "PPC"), ("DOLISA", "assignee", "PPC")]),
    ("Thủ tướng yêu cầu các bộ rà soát thủ tục. Bộ Tư pháp đôn đốc các bộ, ngành; tổng hợp, báo cáo Thủ tướng Chính "
     "phủ trước ngày 15/8/2024.", [("MINISTRIES", "assignee", "PM"), ("MOJ", "assignee", "PM")]),
    # look-alikes (held): a body urged right after, with no item reporting up, is the one tasked; a report to a
    # department is no report to the asker
    ("Văn phòng UBND tỉnh đôn đốc Sở Y tế báo cáo kết quả tiêm chủng.", [("DOH", "assignee", None)]),
    ("Sở Nội vụ đôn đốc Sở Y tế; tổng hợp, gửi Sở Tài chính trước ngày 10/5/2024.", [("DOH", "assignee", "DOHA")]),
])
def test_urging_department_reporting_up(text, expected):
    assert found(text, "vi") == expected


def test_urging_department_keeps_its_report_date():
    text = ("UBND tỉnh giao UBND các huyện rà soát hộ nghèo. Sở Lao động - Thương binh và Xã hội đôn đốc UBND các "
            "huyện; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2024.")
    assert ("DOLISA", "2024-06-30", "before") in dated(text, "vi")


# ------------------------------------------------------------------ an office conveying a leader's direction


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: the request with no subject after the conveyed direction had no asker
    ("Văn phòng UBND tỉnh vừa có văn bản truyền đạt ý kiến của đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh về công "
     "tác phòng cháy. Yêu cầu UBND các huyện tăng cường kiểm tra.", [("DPC", "assignee", "PPC")]),
    ("Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của đồng chí Lê Văn Cường - Chủ tịch UBND tỉnh Hòa Bình về việc "
     "sửa chữa trường học. Giao Sở Xây dựng kiểm tra hiện trường.", [("DOC@17", "assignee", "PPC@17")]),
    ("Văn phòng UBND tỉnh có văn bản truyền đạt ý kiến của Phó Chủ tịch UBND tỉnh về việc lập kế hoạch. Yêu cầu UBND "
     "các huyện xác định nhiệm vụ trọng tâm.", [("DPC", "assignee", "PPC")]),
    # look-alikes: an opinion asked for is no direction; the national form held already
    ("Sở Tài chính đã lấy ý kiến của đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh về dự thảo. Yêu cầu UBND các "
     "huyện báo cáo.", [("DPC", "assignee", None)]),
    ("Văn phòng Chính phủ có văn bản truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Trần Hồng Hà về việc lập kế hoạch. "
     "Yêu cầu UBND các tỉnh xác định nhiệm vụ trọng tâm.", [("PROVINCES", "assignee", "DPM")]),
])
def test_conveyed_direction_of_a_named_head(text, expected):
    assert found(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: the vice-chairman's title between ``direction of`` and the committee hid the committee
    ("The Office of the Provincial People's Committee conveyed the direction of Vice Chairman of the Provincial "
     "People's Committee Tran Van Binh on fire prevention. Request the district People's Committees to step up "
     "inspections.", [("DPC", "assignee", "PPC")]),
    ("The Office of the Provincial People's Committee conveyed the direction of the Vice Chairwoman of the Provincial "
     "People's Committee on school repairs. Assign the Department of Construction to inspect the site.",
     [("DOC", "assignee", "PPC")]),
    # look-alikes: an opinion sought directs nothing; the vice-chairman asking held already
    ("The Department of Finance sought the opinion of Vice Chairman of the Provincial People's Committee Tran Van Binh "
     "on the draft. Request the district People's Committees to report.", [("DPC", "assignee", None)]),
    ("The Vice Chairman of the Provincial People's Committee asked the Department of Health to prepare hospital beds.",
     [("DOH", "assignee", "PPC")]),
    ("Vice Chairman of the Hanoi People's Committee Nguyen Manh Quyen asked the Department of Transport to review the "
     "routes.", [("DOT@01", "assignee", "PPC@01")]),
])
def test_conveyed_direction_of_a_vice_chairman_en(text, expected):
    assert found(text, "en") == expected
