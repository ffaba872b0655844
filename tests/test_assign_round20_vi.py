"""Issue #13, the Vietnamese assignment classes that round 20 (9 real public pages, blind, a batch after rounds 19
and 19b and all their fixes; README "Round 20 (blind, real public pages): assignments vi") showed. New sentences
written for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay
out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found, rows


# ------------------------------------------------------------------ departments after "Giám đốc các Sở:" with a colon


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Lâm Đồng giao Giám đốc các Sở: Tài chính, Xây dựng, Y tế theo chức năng hướng dẫn các đơn vị.",
     [("DOF@68", "assignee", "PPC@68"), ("DOC@68", "assignee", "PPC@68"), ("DOH@68", "assignee", "PPC@68")]),
    ("Chủ tịch UBND tỉnh Lâm Đồng yêu cầu các sở: Nội vụ, Tư pháp rà soát văn bản.",
     [("DOHA@68", "assignee", "PPC@68"), ("DOJ@68", "assignee", "PPC@68")]),
    # look-alikes: the collective before a colon and a task stays the departments as a whole; a colon after the
    # plural with no department's name lists no department
    ("Chủ tịch UBND tỉnh Lâm Đồng giao các sở, ngành: kiểm tra, báo cáo kết quả.",
     [("DEPARTMENTS@68", "assignee", "PPC@68")]),
    ("Chủ tịch UBND tỉnh Lâm Đồng giao Giám đốc các sở: rà soát, báo cáo kết quả.",
     [("DEPARTMENTS@68", "assignee", "PPC@68")]),
])
def test_departments_named_after_a_plural_and_a_colon(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a count in place of "các"


@pytest.mark.parametrize("text, expected", [
    ("Chính phủ yêu cầu 7 Bộ, cơ quan khẩn trương hoàn thiện đề án trong tháng 12/2025.",
     [("MINISTRIES", "assignee", "GOV", "2025-12", "in")]),
    ("Bộ Nội vụ đề nghị 5 tỉnh, thành phố hoàn thành đề án sắp xếp.",
     [("PROVINCES", "assignee", "MOHA", None, None)]),
    ("Chủ tịch UBND tỉnh Yên Bái yêu cầu hai huyện rà soát các điểm sạt lở.",
     [("DPC@15", "assignee", "PPC@15", None, None)]),
    # look-alikes: one word after a count is no collective (three ministries a text lists); a count of officials is
    # no body; a visit asks nothing
    ("Thủ tướng giao ba bộ làm rõ nguyên nhân.", []),
    ("Bộ Y tế có 11 Bộ trưởng qua các thời kỳ.", []),
    ("Chủ tịch UBND tỉnh Yên Bái đi thăm hai huyện vùng cao.", []),
])
def test_a_count_in_place_of_cac(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ the names after a count share its unit's word


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Yên Bái chỉ đạo hai huyện Lục Yên và Văn Chấn khẩn trương di dời dân.",
     [("DPC@15", "assignee", "PPC@15"), ("DPC@15", "assignee", "PPC@15")]),
    ("Chủ tịch UBND tỉnh Quảng Ninh yêu cầu 3 xã Hải Hòa, Hải Tiến và Quảng Nghĩa hoàn thành kê khai.",
     [("CPC@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22")]),
    ("Chủ tịch UBND tỉnh Quảng Ninh chỉ đạo hai huyện Tiên Yên và Ba Chẽ, Sở Y tế phối hợp kiểm tra.",
     [("DPC@22", "assignee", "PPC@22"), ("DPC@22", "assignee", "PPC@22"), ("DOH@22", "assignee", "PPC@22")]),
    # look-alikes: a visit to the two districts asks nothing; one named district without a count is one body; the
    # plural word with a compound (``xã hội``) is no commune
    ("Chủ tịch UBND tỉnh Yên Bái đi thăm hai huyện Lục Yên và Văn Chấn sáng nay.", []),
    ("Chủ tịch UBND tỉnh Yên Bái chỉ đạo huyện Lục Yên và Sở Y tế phối hợp kiểm tra.",
     [("DPC@15", "assignee", "PPC@15"), ("DOH@15", "assignee", "PPC@15")]),
    ("Chủ tịch UBND tỉnh yêu cầu các xã hội nghề nghiệp tham gia.", []),
])
def test_names_after_a_count_share_the_unit(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a town named bare after the verb


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Bình Dương đề nghị TP Dĩ An cần đẩy nhanh tiến độ tái định cư.",
     [("DPC@74", "assignee", "PPC@74")]),
    ("Chủ tịch UBND tỉnh Quảng Ninh chỉ đạo thành phố Hạ Long rà soát các dự án.",
     [("DPC@22", "assignee", "PPC@22")]),
    # look-alikes: a centrally-run city's name after the town's word is the city (a province), not a town; a town
    # visited asks nothing
    ("Thủ tướng yêu cầu thành phố Cần Thơ khẩn trương hoàn thành.", [("PPC@92", "assignee", "PM")]),
    ("Chủ tịch UBND tỉnh Quảng Ninh đến thăm thành phố Hạ Long sáng nay.", []),
])
def test_a_town_named_bare(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ collective spellings of the table


@pytest.mark.parametrize("text, expected", [
    ("Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân "
     "các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo.",
     [("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    ("Thủ tướng yêu cầu lãnh đạo các địa phương tập trung chỉ đạo phòng dịch.", [("PROVINCES", "assignee", "PM")]),
    ("Phó Chủ tịch UBND tỉnh Yên Bái yêu cầu lãnh đạo các địa phương chỉ đạo nông dân thu hoạch lúa.",
     [("DPC@15", "assignee", "PPC@15")]),
    # look-alike: the local leaders attending a conference are asked nothing
    ("Dự hội nghị có lãnh đạo các địa phương trong tỉnh Yên Bái.", []),
])
def test_collective_spellings(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ answerable if something goes wrong: no task


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND huyện Lục Yên chịu trách nhiệm toàn diện trước UBND tỉnh Yên Bái nếu để xảy ra vi phạm.", []),
    ("Giám đốc Sở Xây dựng chịu trách nhiệm trước Chủ tịch UBND tỉnh Yên Bái nếu để chậm tiến độ.", []),
    # look-alikes: answerable for doing the tasks is a task; responsible for a task named after the cue is one
    ("Giám đốc Sở Xây dựng tỉnh Yên Bái chịu trách nhiệm trước pháp luật về việc thực hiện các nhiệm vụ được giao.",
     [("DOC@15", "assignee", None)]),
    ("Sở Y tế tỉnh Yên Bái chịu trách nhiệm hướng dẫn thực hiện.", [("DOH@15", "assignee", None)]),
])
def test_accountability_if_something_goes_wrong(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ two months sharing one year


@pytest.mark.parametrize("text, expected", [
    ("Chính phủ yêu cầu các bộ, cơ quan hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025.",
     [("MINISTRIES", "assignee", "GOV", "2025-12", "in")]),
    ("UBND tỉnh Yên Bái yêu cầu Sở Y tế hoàn thành trong tháng 5 và tháng 6 năm 2024.",
     [("DOH@15", "assignee", "PPC@15", "2024-06", "in")]),
    # look-alike: one month with its year stays that month
    ("UBND tỉnh Yên Bái yêu cầu Sở Y tế hoàn thành trong tháng 5 năm 2024.",
     [("DOH@15", "assignee", "PPC@15", "2024-05", "in")]),
])
def test_two_months_sharing_a_year(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ "tất cả" before the bodies, a date before the task


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu tất cả các bộ, ngành trước ngày 20/4/2024 phải báo cáo tình hình.",
     [("MINISTRIES", "assignee", "PM", "2024-04-20", "before")]),
    ("Chủ tịch UBND tỉnh Yên Bái yêu cầu toàn bộ các sở, ngành trước ngày 15/5/2024 phải hoàn thành rà soát.",
     [("DEPARTMENTS@15", "assignee", "PPC@15", "2024-05-15", "before")]),
    # look-alikes: without the date as before; all the officials are no body; a day without a year in an undated
    # text gives the bodies no date
    ("Thủ tướng yêu cầu tất cả các bộ, ngành khẩn trương báo cáo.", [("MINISTRIES", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu toàn bộ cán bộ, công chức chấp hành nghiêm.", []),
    ("Thủ tướng yêu cầu tất cả các bộ ngành, địa phương trước ngày 20.4 phải báo cáo.",
     [("MINISTRIES", "assignee", "PM", None, None), ("PROVINCES", "assignee", "PM", None, None)]),
])
def test_tat_ca_before_the_bodies_and_a_date_before_the_task(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a body outside the table first, "và" before the next


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Yên Bái yêu cầu Ban Quản lý dự án đầu tư xây dựng tỉnh và UBND huyện Lục Yên kiểm điểm trách "
     "nhiệm.", [("DPC@15", "assignee", "PPC@15")]),
    # look-alikes: a task's words before "và" are no addressee; a comma as before
    ("Chủ tịch UBND tỉnh Yên Bái yêu cầu đẩy mạnh sản xuất và UBND huyện Lục Yên kiểm tra.", []),
    ("Chủ tịch UBND tỉnh Yên Bái yêu cầu Ban Quản lý dự án tỉnh, UBND huyện Lục Yên kiểm điểm.",
     [("DPC@15", "assignee", "PPC@15")]),
])
def test_a_body_outside_the_table_then_va(text, expected):
    assert found(text, "vi") == expected
