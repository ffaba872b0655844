"""Issue #13, the Vietnamese assignment classes left open after rounds 23 and 23b (README "Open classes after round
23b (assignments, not blind)"). New sentences written for these tests (not the pages' sentences), one literal case a
line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a plan's row printed as labelled fields


@pytest.mark.parametrize("text, expected", [
    # the fields as sentences, a body outside the table among the partners, then the time field (fails without the fix)
    ("Ngày 10/11/2025, UBND tỉnh Quảng Ngãi ban hành kế hoạch sắp xếp các ban quản lý dự án. Cơ quan chủ trì: Sở Nội "
     "vụ. Cơ quan phối hợp: Sở Xây dựng, các ban quản lý dự án, Sở Tài chính. Thời gian hoàn thành: trước ngày "
     "15/12/2025.",
     [("DOHA@51", "lead", "PPC@51", "2025-12-15", "before"), ("DOC@51", "coordinate", "PPC@51", "2025-12-15", "before"),
      ("DOF@51", "coordinate", "PPC@51", "2025-12-15", "before")]),
    # the fields after semicolons (fails without the fix)
    ("Ngày 10/11/2025, UBND tỉnh Quảng Ngãi ban hành kế hoạch. Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Tài "
     "chính; thời gian hoàn thành: trước ngày 15/12/2025.",
     [("DOHA@51", "lead", "PPC@51", "2025-12-15", "before"), ("DOF@51", "coordinate", "PPC@51", "2025-12-15", "before")]),
    # look-alikes: the lead named in a report ("cơ quan chủ trì là …"), a partners' label with no lead row before it
    ("Ngày 10/11/2025, Sở Nội vụ tỉnh Quảng Ngãi cho biết cơ quan chủ trì là Sở Nội vụ đã hoàn thành dự án.", []),
    ("Ngày 10/11/2025, UBND tỉnh Quảng Ngãi họp về dự án. Cơ quan phối hợp: Sở Tài chính.", []),
])
def test_plan_rows_as_fields(text, expected):
    assert rows(text, "vi") == expected


# ------------------------------------------------------------------ a fronted source before the subject


@pytest.mark.parametrize("text, expected", [
    # the plan's committee inside the fronted phrase is no list with the subject after the comma, and it asks
    # (grammar.json fronted_phrase_openers; fails without the fix)
    ("Theo kế hoạch của UBND tỉnh Lai Châu, UBND các huyện, thành phố phải hoàn thành việc rà soát trước ngày "
     "20/5/2025.", [("DPC@12", "assignee", "PPC@12", "2025-05-20", "before")]),
    ("Thực hiện chỉ đạo của UBND tỉnh Quảng Bình, Sở Tài chính phải trình dự toán trước ngày 5/6/2025.",
     [("DOF@44", "assignee", "PPC@44", "2025-06-05", "before")]),
    # held before: the plan unnamed
    ("Theo kế hoạch, UBND các huyện, thành phố phải hoàn thành việc rà soát trước ngày 20/5/2025.",
     [("DPC", "assignee", None, "2025-05-20", "before")]),
    # look-alike: a report after the fronted source tasks no one
    ("Theo kế hoạch của Sở Nội vụ tỉnh Lai Châu, Sở Tài chính và Sở Xây dựng đã hoàn thành việc rà soát.", []),
])
def test_fronted_source(text, expected):
    assert rows(text, "vi") == expected


# ------------------------------------------------------------------ the province's departments as a whole


@pytest.mark.parametrize("text, expected", [
    # "các cơ quan chuyên môn cấp tỉnh" and its forms (agencies.csv DEPARTMENTS; fail without the fix)
    ("Ngày 5/6/2025, UBND tỉnh Quảng Trị yêu cầu các cơ quan chuyên môn cấp tỉnh khẩn trương rà soát hồ sơ trước "
     "ngày 10/6/2025.", [("DEPARTMENTS@45", "assignee", "PPC@45", "2025-06-10", "before")]),
    ("Ngày 5/6/2025, Chủ tịch UBND tỉnh Quảng Trị yêu cầu các cơ quan chuyên môn thuộc UBND tỉnh hoàn thành việc bàn "
     "giao.", [("DEPARTMENTS@45", "assignee", "PPC@45", None, None)]),
    # look-alike: the departments attending are not asked
    ("Ngày 5/6/2025, các cơ quan chuyên môn cấp tỉnh đã tham dự hội nghị của UBND tỉnh Quảng Trị.", []),
])
def test_provincial_professional_agencies(text, expected):
    assert rows(text, "vi") == expected
