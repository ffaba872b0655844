"""Issue #13, the Vietnamese assignment classes that round 19 (9 real public pages, blind, a fifth batch after
rounds 18 to 18d's fixes; README "Round 19 (blind, real public pages): assignments vi") showed. New sentences
written for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from nlp.agencies import find_mentions, unit_name
from tests.assign_cases import rows


# ------------------------------------------------------------------ a directive's bodies with the bare verb "nâng cao"


@pytest.mark.parametrize("text, expected", [
    ("Theo đó, các sở, ban, ngành, UBND các huyện nâng cao chất lượng phục vụ người dân.",
     [("DEPARTMENTS", "assignee", None, None, None), ("DPC", "assignee", None, None, None)]),
    ("Theo đó, các sở, ban, ngành thuộc UBND tỉnh; UBND các xã, phường nâng cao trách nhiệm người đứng đầu.",
     [("DEPARTMENTS", "assignee", None, None, None), ("CPC", "assignee", None, None, None)]),
    ("Thủ tướng kết luận như sau:\nBộ Nội vụ nâng cao chất lượng đội ngũ công chức.",
     [("MOHA", "assignee", "PM", None, None)]),
    # look-alikes: a report of what was done, and a body's own statement outside a directive, task nobody
    ("Năm qua, các sở, ngành đã nâng cao chất lượng phục vụ người dân.", []),
    ("Sở Y tế nâng cao chất lượng khám chữa bệnh tại tuyến huyện.", []),
])
def test_bodies_with_the_bare_verb_nang_cao(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a second unit whose committee the first one's name said


@pytest.mark.parametrize("text, expected", [
    ("UBND huyện Châu Thành, TP Bến Tre triển khai", [("UBND huyện Châu Thành", "DPC"), ("TP Bến Tre", "DPC")]),
    ("UBND huyện Tân Phú và thị xã Long Khánh", [("UBND huyện Tân Phú", "DPC"), ("thị xã Long Khánh", "DPC")]),
    ("UBND thị xã Ngã Bảy, huyện Phụng Hiệp, huyện Châu Thành A",
     [("UBND thị xã Ngã Bảy", "DPC"), ("huyện Phụng Hiệp", "DPC"), ("huyện Châu Thành A", "DPC")]),
    # look-alikes: a centrally-run city after the district is the city itself; collective committees name no unit;
    # a province after a district is its address; a department after a district is itself
    ("UBND huyện Phong Điền và thành phố Cần Thơ", [("UBND huyện Phong Điền", "DPC")]),
    ("UBND các huyện, thị xã, thành phố triển khai", [("UBND các huyện, thị xã, thành phố", "DPC")]),
    ("UBND huyện Bù Đăng, tỉnh Bình Phước", [("UBND huyện Bù Đăng", "DPC")]),
    ("UBND huyện Long Mỹ, Sở Tài chính", [("UBND huyện Long Mỹ", "DPC"), ("Sở Tài chính", "DOF")]),
])
def test_second_unit_after_a_named_committee(text, expected):
    assert [(m.text, m.agency_id) for m in find_mentions(text) if m.agency_id in ("DPC", "DOF")] == expected


@pytest.mark.parametrize("body, name", [
    ("UBND huyện Long Mỹ", "Long Mỹ"),
    ("TP Vị Thanh", "Vị Thanh"),
    ("UBND thị xã Ngã Bảy", "Ngã Bảy"),
    ("UBND các huyện, thị xã, thành phố", None),
    ("UBND tỉnh", None),
])
def test_unit_name(body, name):
    assert unit_name(body) == name


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với UBND huyện Châu Thành, TP Bến Tre rà soát kinh phí.",
     # the capital town named like its province places every body there (round 18c)
     [("DOF@83", "lead", "PPC@83", None, None), ("DPC@83", "coordinate", "PPC@83", None, None),
      ("DPC@83", "coordinate", "PPC@83", None, None)]),
    ("UBND tỉnh giao UBND huyện Tân Phú, UBND huyện Định Quán kiểm tra các bến cát.",
     [("DPC@75", "assignee", "PPC@75", None, None), ("DPC@75", "assignee", "PPC@75", None, None)]),
    ("Giao Chủ tịch UBND huyện Tân Phú và thị xã Long Khánh chịu trách nhiệm thi hành Quyết định này.",
     [("DPC@75", "assignee", None, None, None), ("DPC@75", "assignee", None, None, None)]),
    # an execution clause whose list opens with a board outside the contract: two named units, two facts
    ("Giao Giám đốc Sở Tài chính; thành viên Ban Chỉ đạo tỉnh, Chủ tịch UBND huyện Tân Phú và thị xã Long Khánh; "
     "Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này.",
     [("DOF@75", "assignee", None, None, None), ("DPC@75", "assignee", None, None, None),
      ("DPC@75", "assignee", None, None, None)]),
    # look-alikes: one body named twice in one list stays one row; the committees as a whole, one row
    ("UBND tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh triển khai kế hoạch.",
     [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("UBND tỉnh giao UBND các huyện, Chủ tịch UBND các huyện kiểm tra các bến cát.",
     [("DPC", "assignee", "PPC", None, None)]),
    ("Giao Giám đốc Sở Tài chính; thành viên Ban Chỉ đạo tỉnh, Chủ tịch UBND các huyện; Thủ trưởng các cơ quan có "
     "liên quan chịu trách nhiệm thi hành Quyết định này.",
     [("DOF", "assignee", None, None, None), ("DPC", "assignee", None, None, None)]),
])
def test_two_district_committees_of_one_list_are_two_rows(text, expected):
    assert rows(text) == expected
