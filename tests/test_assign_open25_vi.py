"""Issue #13, the Vietnamese assignment classes left open after rounds 24 and 24b (docs/quality.md "Open classes after
round 24b (assignments, not blind)"). New sentences written for these tests (not the pages' sentences), one literal case
a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ an undated text of the two-level local government


@pytest.mark.parametrize("text, expected", [
    # no date, the communes and wards the only level under the province: after the merger, Gia Lai's 2025 code (52,
    # 64 before; fails without the rule)
    ("UBND tỉnh Gia Lai yêu cầu UBND các xã, phường khẩn trương rà soát các điểm trường.",
     [("CPC@52", "assignee", "PPC@52", None, None)]),
    # a province the merger ended named as a former one still reads after it (fails without the rule)
    ("UBND tỉnh Lào Cai yêu cầu UBND các xã, phường khẩn trương rà soát nhà máy thủy điện của tỉnh Yên Bái cũ.",
     [("CPC@15", "assignee", "PPC@15", None, None)]),
    # look-alikes, the code before the merger kept: districts asked, a district named, a province the merger ended
    ("UBND tỉnh Gia Lai yêu cầu UBND các huyện khẩn trương rà soát các điểm trường.",
     [("DPC@64", "assignee", "PPC@64", None, None)]),
    ("UBND tỉnh Gia Lai yêu cầu UBND các xã, phường khẩn trương rà soát các điểm trường tại huyện Chư Prông.",
     [("CPC@64", "assignee", "PPC@64", None, None)]),
    ("UBND tỉnh Bình Dương yêu cầu UBND các xã, phường khẩn trương rà soát hồ sơ.",
     [("CPC@74", "assignee", "PPC@74", None, None)]),
    # a date line decides, as before
    ("Ngày 10/3/2025, UBND tỉnh Gia Lai yêu cầu UBND các xã, phường khẩn trương rà soát các điểm trường.",
     [("CPC@64", "assignee", "PPC@64", None, None)]),
])
def test_undated_two_level_text(text, expected):
    assert rows(text, "vi") == expected


# ------------------------------------------------------------------ a level named by its level word after the verb


@pytest.mark.parametrize("text, expected", [
    # grammar bare_level_bodies, right after an assigning verb, the task in lower case after it (fail without the fix)
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa ban hành công điện. Tỉnh Khánh Hòa cũng yêu cầu cấp xã khẩn trương thông báo "
     "cho người dân.", [("CPC@56", "assignee", "PPC@56", None, None)]),
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa yêu cầu chính quyền cấp xã khẩn trương thông báo cho người dân.",
     [("CPC@56", "assignee", "PPC@56", None, None)]),
    # look-alikes: the level as the object of a task, as a meeting's partner
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa yêu cầu Sở Nội vụ kiện toàn chính quyền cấp xã trước ngày 10/11/2025.",
     [("DOHA@56", "assignee", "PPC@56", "2025-11-10", "before")]),
    ("Ngày 5/11/2025, UBND tỉnh Khánh Hòa tổ chức hội nghị với lãnh đạo cấp xã.", []),
])
def test_level_word_after_the_verb(text, expected):
    assert rows(text, "vi") == expected
