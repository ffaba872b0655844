"""Issue #13, the Vietnamese assignment classes that round 17c (6 real public pages, blind; README "Round 17c (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a joint office of a council and a committee


@pytest.mark.parametrize("text, expected", [
    ("Văn phòng HĐND&UBND huyện có trách nhiệm tổng hợp danh sách gửi Sở Tư pháp.", []),
    ("Văn phòng HĐND & UBND huyện có trách nhiệm theo dõi, đôn đốc việc thực hiện.", []),
    ("Văn phòng HĐND-UBND huyện có trách nhiệm hướng dẫn các đơn vị triển khai.", []),
    # look-alikes: the committee itself, and the committee asked next to its office
    ("UBND huyện có trách nhiệm tổng hợp danh sách gửi Sở Tư pháp.", [("DPC", "assignee", None, None, None)]),
])
def test_a_joint_office_is_not_its_committee(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a request for comments, its date where they are sent


@pytest.mark.parametrize("text, expected", [
    ("Sở Tư pháp tỉnh Long An đề nghị UBND các huyện cho ý kiến góp ý dự thảo quyết định. Ý kiến góp ý gửi về Sở "
     "Tư pháp (số 5, phường 1, tỉnh Long An) trước ngày 20/10/2021.", [("DPC@80", "assignee", "DOJ@80", "2021-10-20", "before")]),
    ("Sở Y tế đề nghị các sở, ngành góp ý dự thảo kế hoạch. Văn bản góp ý gửi về Sở Y tế chậm nhất ngày 5/3/2022 để "
     "Sở Y tế tổng hợp, tham mưu UBND tỉnh ban hành.", [("DEPARTMENTS", "assignee", "DOH", "2022-03-05", "by")]),
    # look-alikes: a sentence about comments already sent, and a request with no date after it
    ("Sở Y tế đề nghị các sở, ngành góp ý dự thảo kế hoạch. Ý kiến góp ý đã gửi về Sở Y tế ngày 5/3/2022.",
     [("DEPARTMENTS", "assignee", "DOH", None, None)]),
    ("Sở Y tế đề nghị các sở, ngành góp ý dự thảo kế hoạch. Ý kiến của các sở được tổng hợp ngày 5/3/2022.",
     [("DEPARTMENTS", "assignee", "DOH", None, None)]),
])
def test_the_date_where_comments_are_sent_is_the_requests(text, expected):
    assert rows(text) == expected
