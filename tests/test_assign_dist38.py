"""Ruling G (the lead, stop 46; issue #13, dist38, not blind): the province read from a district-level town is the
text's province, and the older readings keyed on a known province meet it. Sentences written for these tests, with
look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2023-06-01")


# a ministry asking a province's committee and a district's in one list is the ministry for both: a department asks
# no province (the round-22 reading of a ministry asking districts as the province's department stays where the list
# names no province's committee)
@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Xây dựng đề nghị UBND tỉnh Phú Yên, UBND thị xã Đông Hòa phối hợp xử lý vi phạm.", "vi",
     [("PPC@54", "assignee", "MOC"), ("DPC@54", "assignee", "MOC")]),
    ("Bộ Y tế đề nghị UBND tỉnh, thị xã Đông Hòa khẩn trương rà soát các trạm y tế.", "vi",
     [("PPC@54", "assignee", "MOH"), ("DPC@54", "assignee", "MOH")]),
    ("The Ministry of Construction requested the Phu Yen Provincial People's Committee and the Dong Hoa town People's "
     "Committee to coordinate in handling the violations.", "en",
     [("PPC@54", "assignee", "MOC"), ("DPC@54", "assignee", "MOC")]),
])
def test_a_ministry_asking_a_province_and_its_town_stays_the_ministry(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # look-alikes: the ministry's word asking a district alone on a province's text is the province's department
    ("Bộ Xây dựng đề nghị UBND thị xã Đông Hòa phối hợp xử lý vi phạm.", "vi", [("DPC@54", "assignee", "DOC@54")]),
    ("Bộ Xây dựng đề nghị UBND huyện Tuy An, tỉnh Phú Yên phối hợp xử lý vi phạm.", "vi",
     [("DPC@54", "assignee", "DOC@54")]),
])
def test_a_ministry_asking_a_district_alone_keeps_the_department_reading(text, lang, expected):
    assert _rows(text, lang) == expected
