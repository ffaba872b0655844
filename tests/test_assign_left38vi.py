"""Stop 45's left classes of Vietnamese assignments (docs/quality.md "Stop 45's left classes (assignments, not blind,
stop 46)"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2019-02-18")


@pytest.mark.parametrize("text, expected", [
    # the class: a time phrase opening a bare continuation before its report (stop 44's accepted call; cues.json
    # `bare_continued_task_verbs`): the bodies of the item right before it report
    ("Chủ tịch UBND tỉnh Bạc Liêu yêu cầu các Sở, ngành và UBND các huyện tổ chức thực hiện nghiêm túc Kế hoạch. "
     "Định kỳ hàng năm hoặc đột xuất báo cáo kết quả thực hiện về UBND tỉnh.",
     [("DEPARTMENTS@95", "assignee", "PPC@95", None), ("DPC@95", "assignee", "PPC@95", None)] * 2),
    ("UBND tỉnh Bạc Liêu yêu cầu Sở Y tế triển khai kế hoạch tiêm chủng. Định kỳ hằng quý báo cáo kết quả về UBND "
     "tỉnh.",
     [("DOH@95", "assignee", "PPC@95", None)] * 2),
    # look-alikes: the report as a noun; after a report of what was done; on its own line (a paragraph break)
    ("UBND tỉnh Bạc Liêu yêu cầu Sở Y tế triển khai kế hoạch tiêm chủng. Định kỳ báo cáo là 6 tháng một lần.",
     [("DOH@95", "assignee", "PPC@95", None)]),
    ("Sở Y tế tỉnh Bạc Liêu đã triển khai kế hoạch tiêm chủng. Định kỳ hàng năm báo cáo kết quả về UBND tỉnh.", []),
    ("UBND tỉnh Bạc Liêu yêu cầu Sở Y tế triển khai kế hoạch tiêm chủng.\nĐịnh kỳ hàng năm báo cáo kết quả về UBND "
     "tỉnh.",
     [("DOH@95", "assignee", "PPC@95", None)]),
])
def test_a_time_phrase_opening_a_bare_report(text, expected):
    assert _rows(text, "vi") == expected


_2013 = rows_reader(published="2013-10-10")


@pytest.mark.parametrize("text, expected", [
    # the class: a level's bare word opening a clause after a semicolon, the request before it, its own verb after it
    # (stop 45's call of the lead; grammar's `clause_opening_level_bodies`): that level's People's Committees
    ("UBND tỉnh Khánh Hòa yêu cầu Sở Y tế kiểm tra các bệnh viện; huyện báo cáo Sở NN-PTNT trước ngày 15-11.",
     [("DOH@56", "assignee", "PPC@56", None), ("DPC@56", "assignee", "PPC@56", "2013-11-15")]),
    ("UBND tỉnh Khánh Hòa yêu cầu các chủ đầu tư rà soát các công trình; huyện báo cáo kết quả trước ngày 15-11.",
     [("DPC@56", "assignee", "PPC@56", "2013-11-15")]),
    ("UBND tỉnh Khánh Hòa yêu cầu Sở Y tế kiểm tra các bệnh viện; các xã báo cáo kết quả về UBND tỉnh.",
     [("DOH@56", "assignee", "PPC@56", None), ("CPC@56", "assignee", "PPC@56", None)]),
    # look-alikes: no request before the clause; a named district; the district as a place with a report of a fact
    ("UBND tỉnh Khánh Hòa đã kiểm tra các công trình; huyện báo cáo Sở NN-PTNT vào tuần trước.", []),
    ("UBND tỉnh Khánh Hòa yêu cầu Sở Y tế kiểm tra các bệnh viện; huyện Cam Lâm có 12 ca bệnh.",
     [("DOH@56", "assignee", "PPC@56", None)]),
    ("UBND tỉnh Khánh Hòa yêu cầu Sở Y tế kiểm tra các bệnh viện trong huyện; huyện đã có 12 ca bệnh.",
     [("DOH@56", "assignee", "PPC@56", None)]),
])
def test_a_bare_level_opening_a_clause_after_a_semicolon(text, expected):
    assert _2013(text, "vi") == expected
