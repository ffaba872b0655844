"""Issue #13, Vietnamese assignments: collective spellings among the most frequent remaining misses of rounds 9 to 20
(README "Assignments vi: collective spellings and the remaining misses (not blind)"). New sentences written for these
tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ 'các ban ngành' of a central text: the ministries


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng ký ban hành Công điện đôn đốc các ban ngành, địa phương triển khai nhiệm vụ phục vụ nhân dân đón Tết.",
     [("MINISTRIES", "assignee", "PM", None, None), ("PROVINCES", "assignee", "PM", None, None)]),
    ("Thủ tướng Chính phủ yêu cầu các ban, ngành, địa phương rà soát danh mục dự án.",
     [("MINISTRIES", "assignee", "PM", None, None), ("PROVINCES", "assignee", "PM", None, None)]),
    ("Phó Thủ tướng yêu cầu các ban ngành khẩn trương hoàn thiện hồ sơ.",
     [("MINISTRIES", "assignee", "DPM", None, None)]),
    # 'các lãnh đạo' before the bodies asks them, as 'lãnh đạo' does
    ("Thủ tướng Chính phủ yêu cầu các lãnh đạo các ban ngành, địa phương tập trung chỉ đạo thực hiện Chỉ thị.",
     [("MINISTRIES", "assignee", "PM", None, None), ("PROVINCES", "assignee", "PM", None, None)]),
    ("Thủ tướng Chính phủ yêu cầu các lãnh đạo các bộ, ngành tập trung chỉ đạo.",
     [("MINISTRIES", "assignee", "PM", None, None)]),
    # look-alikes: in a province's text the same words are its departments; the country's other sector names of a
    # central text stay unread; a central body's visit to a province's sectors asks nothing
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các ban ngành, địa phương rà soát danh mục dự án.",
     [("DEPARTMENTS@40", "assignee", "PPC@40", None, None)]),
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các lãnh đạo các sở, ngành rà soát danh mục dự án.",
     [("DEPARTMENTS@40", "assignee", "PPC@40", None, None)]),
    ("Thủ tướng yêu cầu các ngành liên quan rà soát danh mục dự án.", []),
    ("Bộ trưởng Bộ Y tế làm việc với các ban, ngành của tỉnh Nghệ An.", []),
    ("Thủ tướng ghi nhận các lãnh đạo các ban ngành đã nỗ lực.", []),
    ("Thủ tướng yêu cầu các ban, ngành Trung ương phối hợp rà soát danh mục dự án.", []),
])
def test_sectors_of_a_central_text_are_the_ministries(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ the district committees, then towns by name


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Lâm Đồng yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố Đà Lạt "
     "và Bảo Lộc tập trung chỉ đạo.",
     [("DEPARTMENTS@68", "assignee", "PPC@68", None, None), ("DPC@68", "assignee", "PPC@68", None, None)]),
    ("Chủ tịch UBND tỉnh Quảng Bình yêu cầu UBND các huyện, thị xã Ba Đồn rà soát các hồ chứa.",
     [("DPC@44", "assignee", "PPC@44", None, None)]),
    # look-alikes: one town's committee stays the town's; a town's police is no committee
    ("Chủ tịch UBND tỉnh Lâm Đồng yêu cầu UBND thành phố Đà Lạt rà soát các công trình.",
     [("DPC@68", "assignee", "PPC@68", None, None)]),
    ("UBND TP Hồ Chí Minh yêu cầu Công an thành phố Thủ Đức tăng cường tuần tra.", []),
])
def test_district_committees_then_towns_by_name(text, expected):
    assert rows(text) == expected
