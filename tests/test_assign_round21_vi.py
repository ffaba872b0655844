"""Issue #13, the Vietnamese assignment classes that round 21 (9 real public pages, blind, after round 20b and its
fixes; README "Round 21 (blind, real public pages): assignments vi") showed. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out. The grammar keys these
classes read (bare_unit_bodies, bare_unit_plurals) exist for Vietnamese only, so the cases are Vietnamese."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


# ------------------------------------------------------------------ named units after a plural word ("các huyện X, Y, Z")


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Cà Mau chỉ đạo các huyện Phú Tân, Cái Nước rà soát việc nuôi trồng thủy sản.",
     [("DPC@96", "assignee", "PPC@96"), ("DPC@96", "assignee", "PPC@96")]),
    ("Chủ tịch UBND tỉnh Cà Mau chỉ đạo các huyện Năm Căn và Ngọc Hiển kiểm tra các công trình trái phép.",
     [("DPC@96", "assignee", "PPC@96"), ("DPC@96", "assignee", "PPC@96")]),
    ("UBND tỉnh Quảng Trị yêu cầu các xã Hải Hòa, Hải Tiến hoàn thành việc di dời các hộ dân.",
     [("CPC@44", "assignee", "PPC@44"), ("CPC@44", "assignee", "PPC@44")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    # three names: the middle one is followed by another name, not by the task
    ("Chủ tịch UBND tỉnh Cà Mau ban hành văn bản chỉ đạo các huyện Đầm Dơi, Cái Nước, Phú Tân chấn chỉnh việc nuôi.",
     [("DPC@96", "assignee", "PPC@96")] * 3),
    ("UBND tỉnh Quảng Trị yêu cầu 3 xã Hải Hòa, Hải Tiến, Quảng Nghĩa hoàn thành việc di dời.",
     [("CPC@44", "assignee", "PPC@44")] * 3),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    # look-alikes: a visit asks nothing; "các xã hội …" is no commune; a count still reads as before
    ("Chủ tịch UBND tỉnh Cà Mau đến thăm các huyện Phú Tân, Cái Nước.", []),
    ("Chủ tịch UBND tỉnh yêu cầu các xã hội nghề nghiệp tham gia.", []),
    ("Chủ tịch UBND tỉnh Thái Bình chỉ đạo hai huyện Kiến Xương và Tiền Hải đẩy nhanh tiến độ.",
     [("DPC@34", "assignee", "PPC@34"), ("DPC@34", "assignee", "PPC@34")]),
])
def test_named_units_after_a_plural_word(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ "chính quyền", "loạt" before the bodies


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu chính quyền huyện Sơn Tịnh khẩn trương bàn giao mặt bằng.",
     [("DPC@51", "assignee", "PPC@51")]),
    ("UBND tỉnh Bà Rịa - Vũng Tàu yêu cầu loạt sở, ngành triển khai lập báo cáo đề xuất.",
     [("DEPARTMENTS@77", "assignee", "PPC@77")]),
    ("UBND tỉnh Bà Rịa - Vũng Tàu yêu cầu hàng loạt sở, ngành rà soát các dự án chậm tiến độ.",
     [("DEPARTMENTS@77", "assignee", "PPC@77")]),
    # look-alikes: the authorities of all levels are no body of the table; a district as a place asks nothing
    ("UBND tỉnh Bà Rịa - Vũng Tàu yêu cầu chính quyền các cấp tăng cường kiểm tra.", []),
    ("Chính quyền huyện Lý Sơn cho biết đã bàn giao mặt bằng cho chủ đầu tư.", []),
])
def test_authority_and_series_words_before_the_bodies(text, expected):
    assert found(text, "vi") == expected


def test_authority_word_keeps_the_next_sentence_time_limit():
    text = ("Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu chính quyền huyện Sơn Tịnh khẩn trương xử lý. "
            "Chậm nhất đến ngày 20/9/2022 phải bàn giao mặt bằng cho chủ đầu tư.")
    assert dated(text, "vi") == [("DPC@51", "2022-09-20", "by")]
