"""Issue #13, the Vietnamese assignment classes that round 28b (8 real public pages, blind, after round 28's fixes;
docs/quality.md "Round 28b (blind, real public pages): assignments vi") showed. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out or stay as they were:
a department's or a ministry's abbreviation written with ``và`` (``Sở NN và PTNT``, ``Sở GD và ĐT``: agencies.csv's
aliases), every province's department named with ``địa phương`` or ``các tỉnh`` after it in a subject
(``Sở Công Thương các tỉnh được yêu cầu …``: grammar's ``department_every_province_words``), the bare localities
closing a subject of departments (``Các sở, ngành, địa phương chủ động …``: cues.json's ``list_skips``), and an
addressee list opening with units outside the table whose second noun drops its determiner (``đề nghị các cơ quan,
đơn vị, UBND các huyện …``: cues.json's ``outside_addressee_continuations``)."""
from __future__ import annotations

import pytest

from tests.assign_cases import found

# ------------------------------------------------------------------ abbreviations written with "và"


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: no row
    ("UBND tỉnh giao Sở NN và PTNT hướng dẫn nông dân phòng trừ sâu bệnh.", [("DARD", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh yêu cầu Sở GD và ĐT rà soát đội ngũ giáo viên.", [("DOET", "assignee", "PPC")]),
    ("UBND tỉnh Nghệ An giao Sở TN và MT kiểm tra các mỏ cát.", [("DONRE@40", "assignee", "PPC@40")]),
    ("UBND tỉnh giao Sở KH và CN thẩm định công nghệ của dự án.", [("DOST", "assignee", "PPC")]),
    ("Thủ tướng giao Bộ NN và PTNT chủ trì xây dựng đề án.", [("MARD", "lead", "PM")]),
    # look-alikes (held): the forms with '&' and the full name
    ("UBND tỉnh giao Sở NN&PTNT hướng dẫn nông dân phòng trừ sâu bệnh.", [("DARD", "assignee", "PPC")]),
    ("UBND tỉnh giao Sở Giáo dục và Đào tạo rà soát đội ngũ giáo viên.", [("DOET", "assignee", "PPC")]),
])
def test_abbreviations_with_va(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ every province's department in a subject


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: no row
    ("Bộ Y tế đề nghị UBND các tỉnh chỉ đạo phòng, chống dịch. Sở Y tế các tỉnh được yêu cầu rà soát cơ số thuốc.",
     [("PROVINCES", "assignee", "MOH"), ("DOH", "assignee", "MOH")]),
    ("Giám đốc Sở Công Thương địa phương được yêu cầu kiểm tra thị trường xăng dầu.", [("DOIT", "assignee", None)]),
    # look-alikes (held): the collective after a department already read, the department asked in an object, a
    # province's own department, the localities beside a department in a province's text
    ("Sở Tài chính các tỉnh, thành phố được đề nghị tổng hợp nhu cầu kinh phí.", [("DOF", "assignee", None)]),
    ("Sở Tài chính các địa phương phải chủ trì thẩm định giá.", [("DOF", "lead", None)]),
    ("Bộ Công Thương yêu cầu Sở Công Thương địa phương kiểm tra thị trường.", [("DOIT", "assignee", "MOIT")]),
    ("UBND tỉnh Nghệ An giao Sở Tài chính tỉnh rà soát dự toán.", [("DOF@40", "assignee", "PPC@40")]),
    ("UBND tỉnh yêu cầu Sở Y tế và các địa phương tăng cường kiểm tra.", [("DOH", "assignee", "PPC")]),
])
def test_every_provinces_department_in_a_subject(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ the bare localities closing a subject


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: the second sentence gives no row
    ("Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương quyết liệt vào cuộc. Các sở, ngành, địa phương chủ động "
     "thực hiện các giải pháp về mặt bằng.", [("DEPARTMENTS", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình. Các sở, ngành và các địa phương tăng cường phối hợp "
     "xử lý vi phạm.", [("DOC", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC")]),
    # look-alikes: a report of what was done stays out; the provinces beside a ministry stay a row of the PM's
    ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình. Các sở, ngành, địa phương đã xử lý 20 vụ vi phạm.",
     [("DOC", "assignee", "PPC")]),
    ("Thủ tướng yêu cầu Bộ Y tế, các địa phương khẩn trương thực hiện các giải pháp.",
     [("MOH", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
])
def test_localities_closing_a_subject(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ units outside the table, the second without "các"


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: no row
    ("Chủ tịch UBND tỉnh đề nghị các cơ quan, đơn vị, UBND các huyện, thị xã rà soát các dự án chậm tiến độ.",
     [("DPC", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu các cơ quan, tổ chức, Sở Nội vụ báo cáo số lượng biên chế.", [("DOHA", "assignee", "PPC")]),
    # look-alikes (held): the determiner repeated, one piece only; a task's words before a body stay no addressee
    ("UBND tỉnh yêu cầu các đơn vị, UBND các huyện rà soát các dự án.", [("DPC", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu đẩy mạnh giải ngân, đơn vị, Sở Y tế rà soát.", []),
])
def test_units_outside_the_table_before_a_body(text, expected):
    assert found(text, "vi") == expected
