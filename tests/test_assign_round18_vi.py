"""Issue #13, the Vietnamese assignment classes that round 18 (9 real public pages, blind; README "Round 18 (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ parties outside the contract inside a list of bodies


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, cơ quan đơn vị đoàn thể và UBND các huyện, thành phố triển khai "
     "ngay các biện pháp phòng bệnh.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("UBND tỉnh yêu cầu các sở, ngành, các cơ quan Trung ương đóng chân trên địa bàn tỉnh và UBND các huyện rà soát "
     "danh sách hộ nghèo.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn và UBND các xã, thị trấn kiểm tra các công trình xây dựng.",
     [("CPC", "assignee", "DPC", None, None)]),
    ("Chủ tịch UBND huyện yêu cầu các phòng, ban, ngành huyện, UBND các xã tổ chức tổng vệ sinh môi trường.",
     [("CPC", "assignee", "DPC", None, None)]),
    # look-alikes: the offices alone ask no body, and 'các cơ quan, đơn vị, địa phương' names no body either
    ("Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn kiểm tra các công trình xây dựng.", []),
    ("Phó Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương liên quan vào cuộc quyết liệt.", []),
])
def test_parties_outside_the_contract_do_not_end_a_list(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a time frame slipped in after the assigning verb


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND huyện yêu cầu trong tháng 10/2022, UBND các xã, thị trấn hoàn thành việc rà soát hộ nghèo.",
     [("CPC", "assignee", "DPC", "2022-10", "in")]),
    ("UBND tỉnh yêu cầu trong quý IV/2023, các sở, ngành hoàn thành giải ngân vốn đầu tư công.",
     [("DEPARTMENTS", "assignee", "PPC", "2023-Q4", "in")]),
    ("Chủ tịch UBND huyện đề nghị trong tháng 3 năm 2021, các phòng, ban và UBND các xã báo cáo kết quả kiểm tra.",
     [("CPC", "assignee", "DPC", "2021-03", "in")]),
    # look-alikes: the date after the task as before, and a date that tells what was done, not when it is due
    ("Chủ tịch UBND huyện yêu cầu UBND các xã, thị trấn hoàn thành việc rà soát hộ nghèo trong tháng 10/2022.",
     [("CPC", "assignee", "DPC", "2022-10", "in")]),
    ("Trong tháng 9/2022, Chủ tịch UBND huyện đã kiểm tra việc rà soát hộ nghèo của UBND các xã.", []),
])
def test_a_time_frame_after_the_verb_dates_the_task(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a target's year is not the task's deadline


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh chỉ đạo Sở Xây dựng triển khai các giải pháp để hoàn thành chỉ tiêu 5.000 căn nhà ở xã hội vào năm "
     "2030.", [("DOC", "assignee", "PPC", None, None)]),
    ("UBND tỉnh giao Sở Nông nghiệp và Môi trường thực hiện các giải pháp để đạt chỉ tiêu tỷ lệ che phủ rừng 45% trong "
     "năm 2030.", [("DAE", "assignee", "PPC", None, None)]),
    # look-alikes: a target's report due before a date, and a plain task's month
    ("UBND tỉnh giao Sở Xây dựng báo cáo kết quả thực hiện chỉ tiêu nhà ở xã hội trước ngày 30/6/2026.",
     [("DOC", "assignee", "PPC", "2026-06-30", "before")]),
    ("UBND tỉnh giao Sở Xây dựng rà soát quỹ đất nhà ở xã hội, báo cáo UBND tỉnh trong tháng 9/2026.",
     [("DOC", "assignee", "PPC", "2026-09", "in")]),
])
def test_a_targets_year_is_no_deadline(text, expected):
    assert rows(text) == expected
