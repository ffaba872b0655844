"""Issue #13, the Vietnamese assignment classes that round 18b (9 real public pages, blind, a second batch after
round 18's fixes; README "Round 18b (blind, real public pages): assignments vi") showed. New sentences written for
these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a qualifier after a listed body does not end the list


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh chỉ đạo các sở, ban, ngành thuộc UBND tỉnh và UBND các huyện, thành phố rà soát hộ nghèo.",
     [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành thuộc Ủy ban nhân dân tỉnh, UBND các huyện triển khai kế hoạch.",
     [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND thành phố giao các sở, ngành thuộc UBND thành phố và UBND các quận, huyện kiểm tra an toàn thực phẩm.",
     [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    # look-alikes: the committee after 'thuộc' is no body of the list, and a list without it as before
    ("UBND tỉnh yêu cầu các sở, ban, ngành thuộc UBND tỉnh rà soát thủ tục hành chính.",
     [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("UBND tỉnh chỉ đạo các sở, ban, ngành và UBND các huyện, thành phố rà soát hộ nghèo.",
     [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
])
def test_a_qualifier_after_a_listed_body_does_not_end_the_list(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a head's title inside a list of bodies


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố "
     "triển khai kế hoạch đầu tư công.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các huyện tổ chức "
     "trực Tết.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện "
     "triển khai kế hoạch.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    # look-alikes: the heads of the sectors alone are the departments, as 'Thủ trưởng các ban, ngành' was, and the plain
    # list as before
    ("Chủ tịch UBND tỉnh yêu cầu Trưởng các ban, ngành triển khai kế hoạch.", [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện, thị xã, thành phố triển khai kế hoạch.",
     [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
])
def test_a_heads_title_inside_a_list_does_not_end_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a central body cited in the sentence: 'các ban, ngành' are then no departments of their own (round 12), yet the
    # district chairmen after them are still asked
    ("Thực hiện Chỉ thị của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành, "
     "Chủ tịch UBND các huyện, thị xã lập kế hoạch đầu tư công.",
     [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Thực hiện hướng dẫn của Bộ Tài chính, UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh và "
     "Chủ tịch UBND các huyện lập dự toán ngân sách.",
     [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
])
def test_the_boards_inside_a_list_after_a_cited_central_body(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ others beside a letter's addressees before its request


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh vừa có văn bản gửi các sở, ngành và đơn vị liên quan yêu cầu khẩn trương rà soát kiến nghị của cử tri.",
     [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("UBND tỉnh có công văn gửi Sở Xây dựng, Sở Tài chính và các cơ quan liên quan đề nghị tạm dừng cấp phép xây dựng.",
     [("DOC", "assignee", "PPC", None, None), ("DOF", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh có văn bản gửi UBND các huyện, các đơn vị có liên quan yêu cầu kiểm tra các công trình thủy lợi.",
     [("DPC", "assignee", "PPC", None, None)]),
    # look-alikes: a letter about a matter asks nobody, and a request that names its own body tasks that body
    ("UBND tỉnh có công văn gửi Sở Xây dựng và các cơ quan liên quan về việc tạm dừng cấp phép xây dựng.", []),
    ("UBND tỉnh có văn bản gửi các sở, ngành và đơn vị liên quan, yêu cầu Sở Tài chính rà soát dự toán.",
     [("DOF", "assignee", "PPC", None, None)]),
])
def test_others_beside_a_letters_addressees_before_its_request(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ the asker restating its task to 'các đơn vị, địa phương'


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh ban hành công văn chỉ đạo các sở, ban, ngành và UBND các huyện tổ chức tổng kết công tác dân vận.\n\n"
     "Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/10/2022.",
     [("DEPARTMENTS", "assignee", "PPC", "2022-10-15", "before"), ("DPC", "assignee", "PPC", "2022-10-15", "before")]),
    ("Chủ tịch UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính. UBND tỉnh yêu cầu các cơ quan, đơn vị, địa "
     "phương gửi báo cáo trước ngày 30/6/2023.", [("DEPARTMENTS", "assignee", "PPC", "2023-06-30", "before")]),
    # look-alikes: other parties asked with a date of their own, and another body asking the units
    ("UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính.\n\nUBND tỉnh cũng yêu cầu các doanh nghiệp báo cáo "
     "kết quả trước ngày 01/11/2022.", [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính.\n\nSở Tài chính yêu cầu các đơn vị, địa phương báo "
     "cáo kết quả trước ngày 01/11/2022.", [("DEPARTMENTS", "assignee", "PPC", None, None)]),
])
def test_the_asker_restating_its_task_gives_its_date(text, expected):
    assert rows(text) == expected
