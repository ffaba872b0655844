"""Issue #13, the Vietnamese assignment classes left open by rounds 18 to 18d (README "Open classes of rounds 18 to
18d fixed (assignments vi, not blind)"). New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------ departments named by field after one plural `các sở`


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các sở Tài chính, Xây dựng rà soát các cơ sở khám bệnh.",
     [("DOH", "lead", "PPC", None, None), ("DOF", "coordinate", "PPC", None, None),
      ("DOC", "coordinate", "PPC", None, None)]),
    ("UBND tỉnh yêu cầu các sở Tài chính và Kế hoạch và Đầu tư rà soát các khoản vốn chưa giải ngân.",
     [("DOF", "assignee", "PPC", None, None), ("DPI", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở Y tế, Giáo dục và Đào tạo kiểm tra bếp ăn trường học.",
     [("DOH", "assignee", "PPC", None, None), ("DOET", "assignee", "PPC", None, None)]),
    # a department outside the table, by its abbreviation, does not end the list
    ("UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở GTVT, QHKT, Xây dựng lập phương án sắp xếp trụ sở.",
     [("DOHA", "lead", "PPC", None, None), ("DOT", "coordinate", "PPC", None, None),
      ("DOC", "coordinate", "PPC", None, None)]),
    # look-alikes: the departments as a whole stay one row; a reported act tasks nobody; no name after the plural
    ("UBND tỉnh yêu cầu các sở, ngành rà soát các khoản vốn chưa giải ngân.",
     [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("Các sở Tài chính, Xây dựng đã rà soát các khoản vốn chưa giải ngân.", []),
    ("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các sở QHKT, ABC rà soát các cơ sở khám bệnh.",
     [("DOH", "lead", "PPC", None, None)]),
])
def test_departments_sharing_one_plural_head(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------ a place ending a company's name places no body


@pytest.mark.parametrize("text, expected", [
    ("UBND TP giao Sở Xây dựng chủ trì, phối hợp với Tổng Công ty Cấp nước Đà Nẵng kiểm tra đường ống.",
     [("DOC", "lead", "PPC", None, None)]),
    ("UBND TP yêu cầu Sở Y tế làm việc với Công ty Môi trường đô thị Hải Phòng về rác thải y tế.",
     [("DOH", "assignee", "PPC", None, None)]),
    # look-alikes: the city named for itself places the bodies, the company's name beside it or not
    ("Tại Đà Nẵng, UBND TP giao Sở Xây dựng chủ trì, phối hợp với Tổng Công ty Cấp nước Đà Nẵng kiểm tra đường ống.",
     [("DOC@48", "lead", "PPC@48", None, None)]),
    ("UBND TP giao Sở Xây dựng chủ trì, phối hợp với Công an thành phố Đà Nẵng kiểm tra đường ống.",
     [("DOC@48", "lead", "PPC@48", None, None), ("PPS@48", "coordinate", "PPC@48", None, None)]),
])
def test_a_place_ending_a_company_name_is_not_the_text_province(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------ ministries named after one plural `các bộ`


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu các bộ Y tế, Tài chính, Xây dựng gửi báo cáo nhanh về Văn phòng Chính phủ.",
     [("MOH", "assignee", "PM", None, None), ("MOF", "assignee", "PM", None, None),
      ("MOC", "assignee", "PM", None, None)]),
    ("Phó Thủ tướng giao Bộ trưởng các bộ Công an, Quốc phòng kiểm tra công tác trực sẵn sàng.",
     [("MPS", "assignee", "DPM", None, None), ("MOD", "assignee", "DPM", None, None)]),
    # look-alike: the ministries as a whole stay one row
    ("Thủ tướng yêu cầu các bộ, ngành gửi báo cáo nhanh về Văn phòng Chính phủ.",
     [("MINISTRIES", "assignee", "PM", None, None)]),
])
def test_ministries_sharing_one_plural_head(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------ bodies fronted by `Riêng`, before the asker and the verb


@pytest.mark.parametrize("text, expected", [
    ("Riêng các bộ Y tế, Tài chính; UBND TP Hà Nội, UBND TP Đà Nẵng, Thủ tướng yêu cầu gửi báo cáo nhanh về Văn "
     "phòng Chính phủ.",
     [("MOH", "assignee", "PM", None, None), ("MOF", "assignee", "PM", None, None),
      ("PPC@01", "assignee", "PM", None, None), ("PPC@48", "assignee", "PM", None, None)]),
    ("Riêng Bộ Xây dựng, Phó Thủ tướng yêu cầu khẩn trương hoàn thiện hồ sơ dự án.",
     [("MOC", "assignee", "DPM", None, None)]),
    # look-alikes: without a comma the body is the verb's subject; a report of an act tasks nobody
    ("Riêng Sở Y tế yêu cầu tăng cường kiểm tra an toàn thực phẩm.", []),
    ("Riêng Bộ Xây dựng đã hoàn thiện hồ sơ dự án.", []),
])
def test_bodies_fronted_before_the_asker(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------ a Tết day of a named lunar year


@pytest.mark.parametrize("text, expected", [
    # the stored page's year-month dateline gives the text's year; the lunar year's name, the cycle before it
    (" date 2015-03 Thủ tướng yêu cầu Bộ Công Thương báo cáo tình hình thị trường vào mùng 3 Tết Giáp Ngọ (2-2).",
     [("MOIT", "assignee", "PM", "2014-02-02", "in")]),
    (" date 2024-05 Thủ tướng yêu cầu Bộ Y tế báo cáo trước ngày 14-2 (mùng 5 Tết Giáp Thìn).",
     [("MOH", "assignee", "PM", "2024-02-14", "before")]),
    # look-alikes: no year in the text, no deadline; a day without the lunar year takes the dateline's year
    ("Thủ tướng yêu cầu Bộ Công Thương báo cáo tình hình thị trường vào mùng 3 Tết Giáp Ngọ (2-2).",
     [("MOIT", "assignee", "PM", None, None)]),
    (" date 2015-03 Thủ tướng yêu cầu Bộ Công Thương báo cáo tình hình thị trường trước ngày 2-2.",
     [("MOIT", "assignee", "PM", "2015-02-02", "before")]),
])
def test_a_tet_day_of_a_named_lunar_year(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------ a second request without a subject


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở. Đồng thời yêu cầu Sở Tài chính bố trí kinh phí.",
     [("DOH", "assignee", "PPC", None, None), ("DOF", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng rà soát hồ sơ. Bên cạnh đó yêu cầu UBND các huyện báo cáo tiến độ.",
     [("DOC", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    # look-alikes: a subject of its own asks; no request before, no asker to carry over
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở. Đồng thời, Sở Y tế yêu cầu các bệnh viện báo cáo.",
     [("DOH", "assignee", "PPC", None, None)]),
    # the sentence before's subject goes on asking, with or without the opener's comma (stop 39, left31)
    ("Sở Y tế cho biết đã kiểm tra các cơ sở. Đồng thời yêu cầu Sở Tài chính bố trí kinh phí.",
     [("DOF", "assignee", "DOH", None, None)]),
    ("Các cơ sở đã được kiểm tra trong tháng qua. Đồng thời yêu cầu Sở Tài chính bố trí kinh phí.",
     [("DOF", "assignee", None, None, None)]),
])
def test_a_second_request_without_a_subject(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------ a report's hour closed by a comma before its day


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh giao các sở, ngành rà soát dự thảo. Báo cáo gửi về Văn phòng UBND tỉnh trước 16 giờ, ngày "
     "20/11/2023.", [("DEPARTMENTS", "assignee", "PPC", "2023-11-20", "before")]),
    # look-alike: the hour without its comma, as before
    ("Chủ tịch UBND tỉnh giao các sở, ngành rà soát dự thảo. Báo cáo gửi về Văn phòng UBND tỉnh trước 16 giờ ngày "
     "20/11/2023.", [("DEPARTMENTS", "assignee", "PPC", "2023-11-20", "before")]),
])
def test_a_report_hour_closed_by_a_comma(text, expected):
    assert rows(text) == expected
