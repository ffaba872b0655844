"""The Vietnamese cases of open26 class 1 (openleft7): an undated page dated by the days it writes, the rule as
tests/test_assign_open26_en.py states it (issue #13; docs/quality.md "Open classes after round 25b (assignments,
not blind)", class 1). New sentences written for these tests, one literal case a line, with their look-alikes."""
from __future__ import annotations

import pytest

import extract
from extract.assign import stage
from tests.assign_cases import dated


@pytest.mark.parametrize("text, lang, published, expected", [
    # the year of a date the page sets, for its year-less deadline (was the later sentence's December 31)
    ("Thủ tướng yêu cầu Bộ Xây dựng báo cáo trước ngày 24/12. Dự kiến hoàn thành trước ngày 31/12/2025.", "vi", None,
     [("MOC", "2025-12-24", "before")]),
    # a day told without a year after the merger: the 2025 scheme (Quang Tri PPC@44, was PPC@45)
    ("Thủ tướng yêu cầu UBND tỉnh Quảng Trị báo cáo trước ngày 24/12. Đến ngày 21/12, đã sửa chữa xong 33.200 nhà, dự "
     "kiến hoàn thành trước ngày 31/12/2025.", "vi", None, [("PPC@44", "2025-12-24", "before")]),
    # a year-less deadline before the latest day told is in the next year
    ("Thủ tướng yêu cầu Bộ Xây dựng báo cáo trước ngày 15/1. Đến ngày 21/12, đã sửa chữa xong 33.200 nhà, dự kiến hoàn "
     "thành trước ngày 31/12/2025.", "vi", None, [("MOC", "2026-01-15", "before")]),
    # look-alikes: a publication year alone stands (older scheme), a publication date keeps its year, no year written
    ("Thủ tướng yêu cầu Bộ Xây dựng báo cáo trước ngày 24/12.", "vi", None, [("MOC", None, None)]),
    # look-alike: a period's first day (an effective date) is neither told nor set: no year
    ("Thủ tướng yêu cầu Bộ Xây dựng báo cáo trước ngày 24/12. Luật có hiệu lực từ ngày 1/7/2026.", "vi", None,
     [("MOC", None, None)]),
])
def test_an_undated_page_is_dated_by_the_days_it_writes(text, lang, published, expected):
    assert dated(text, lang, published) == expected


_ASKER = "PPC@91"


@pytest.mark.parametrize("text, lang, expected", [
    # open26 class 2: a bare named ward or commune as an item of the list of bodies a verb asks (was left out)
    ("Chủ tịch UBND tỉnh An Giang yêu cầu Sở Nông nghiệp và Môi trường, phường Rạch Giá chuẩn bị sẵn sàng công tác "
     "thu hồi đất.", "vi", [("DAE@91", "assignee", _ASKER), ("CPC@91", "assignee", _ASKER)]),
    ("Chủ tịch UBND tỉnh An Giang yêu cầu Sở Xây dựng, Sở Tài chính, xã Tân Hội rà soát các dự án.", "vi",
     [("DOC@91", "assignee", _ASKER), ("DOF@91", "assignee", _ASKER), ("CPC@91", "assignee", _ASKER)]),
    ("Chủ tịch UBND tỉnh An Giang yêu cầu Sở Xây dựng và phường Rạch Giá rà soát các dự án.", "vi",
     [("DOC@91", "assignee", _ASKER), ("CPC@91", "assignee", _ASKER)]),
    # read before: the unit right after the verb
    ("Chủ tịch UBND tỉnh An Giang yêu cầu phường Rạch Giá chuẩn bị sẵn sàng công tác thu hồi đất.", "vi",
     [("CPC@91", "assignee", _ASKER)]),
    # look-alikes: the unit as a place, after a verb that asks no one, its people
    ("Chủ tịch UBND tỉnh An Giang yêu cầu Sở Xây dựng, Sở Tài chính kiểm tra công trình tại phường Rạch Giá.", "vi",
     [("DOC@91", "assignee", _ASKER), ("DOF@91", "assignee", _ASKER)]),
    ("Chủ tịch UBND tỉnh An Giang đã gặp Sở Xây dựng, phường Rạch Giá để nghe báo cáo.", "vi", []),
    ("Chủ tịch UBND tỉnh An Giang yêu cầu Sở Xây dựng, người dân phường Rạch Giá chuẩn bị sẵn sàng.", "vi",
     [("DOC@91", "assignee", _ASKER)]),
])
def test_a_named_unit_as_an_item_of_the_asked_bodies(text, lang, expected):
    assert rows_of(text, lang) == expected


def rows_of(text: str, lang: str) -> list[tuple]:
    """(agency id, role, assigned by) of each row of a text published after the merger (the 2025 scheme)."""
    doc = extract.document_from_text(text, lang=lang, stages=[stage], published="2025-12-01")
    return [(a.agency_id, a.role, a.assigned_by) for a in doc.assignments]
