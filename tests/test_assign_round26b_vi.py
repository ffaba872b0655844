"""Issue #13, the Vietnamese assignment classes that round 26b (8 real public pages, blind, after round 26's fixes;
docs/quality.md "Round 26b (blind, real public pages): assignments vi") showed. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out: a time limit that names
the contents it closes before its copula (``Mốc hoàn thành các nội dung này là quý IV/2025.``: deadlines.json
``time_limit_openers``, ``time_limit_copulas``, the qualifiers ``mốc hoàn thành là`` and their kin); the commune level
named without ``các`` or ``UBND`` (``Đồng thời, xã, phường, đặc khu bố trí …``: agencies.csv CPC). English cases where
the class exists there (French opens the limit with an article, which the openers do not read: not this class)."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ a time limit naming its contents before `là`

_TASK_VI = "UBND tỉnh Hà Tĩnh ban hành kế hoạch. Theo đó, Sở Tài chính được giao chủ trì rà soát các tiêu chí đô thị. "
_TASK_EN = ("The Ha Tinh Provincial People's Committee assigned the Department of Finance to review the urban criteria. ")


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the date after the named contents lost
    (_TASK_VI + "Mốc hoàn thành các nội dung này là quý IV/2025.", "vi", [("DOF@42", "2025-Q4", "by")]),
    (_TASK_VI + "Thời hạn hoàn thành các nhiệm vụ trên là ngày 15/12/2025.", "vi", [("DOF@42", "2025-12-15", "by")]),
    (_TASK_VI + "Mốc thời gian hoàn thành các nội dung trên là tháng 12/2025.", "vi", [("DOF@42", "2025-12", "by")]),
    (_TASK_EN + "The deadline for completing these contents is the fourth quarter of 2025.", "en",
     [("DOF@42", "2025-Q4", "by")]),
    (_TASK_VI + "Mốc hoàn thành là tháng 12/2025.", "vi", [("DOF@42", "2025-12", "by")]),
    # held: the limit with its cue right after the opener
    (_TASK_VI + "Thời hạn hoàn thành trước ngày 15/12/2025.", "vi", [("DOF@42", "2025-12-15", "before")]),
    (_TASK_EN + "The deadline is December 15, 2025.", "en", [("DOF@42", "2025-12-15", "by")]),
    # look-alikes: the copula before no date, and a date with its own cue after the copula keeps its cue
    (_TASK_VI + "Mốc hoàn thành các nội dung này là một bước quan trọng.", "vi", [("DOF@42", None, None)]),
    (_TASK_VI + "Thời hạn hoàn thành các nội dung này là rất gấp, trước ngày 15/12/2025.", "vi",
     [("DOF@42", "2025-12-15", "before")]),
    (_TASK_EN + "The deadline for these tasks is very tight.", "en", [("DOF@42", None, None)]),
])
def test_time_limit_naming_its_contents_before_the_copula(text, lang, expected):
    assert dated(text, lang) == expected


# ------------------------------------------------------------------ bare communes and wards as a body


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the commune level named without `các` or `UBND` lost
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các sở, ngành rà soát hồ sơ. Đồng thời, xã, phường, đặc khu bố trí lực lượng "
     "hỗ trợ người dân.", "vi", [("DEPARTMENTS@42", "assignee", "PPC@42"), ("CPC@42", "assignee", "PPC@42")]),
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu xã, phường khẩn trương hỗ trợ người dân sửa chữa nhà.", "vi",
     [("CPC@42", "assignee", "PPC@42")]),
    # held: the commune level after another body, and English's bare communes
    ("UBND tỉnh Hà Tĩnh giao Sở Xây dựng và xã, phường rà soát nhà ở bị hư hại.", "vi",
     [("DOC@42", "assignee", "PPC@42"), ("CPC@42", "assignee", "PPC@42")]),
    ("The Ha Tinh Provincial People's Committee requested communes and wards to urgently help people repair their "
     "houses.", "en", [("CPC@42", "assignee", "PPC@42")]),
    # look-alikes: the communes' officials, a place, a count
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các sở, ngành rà soát hồ sơ. Cán bộ xã, phường tham gia tập huấn.", "vi",
     [("DEPARTMENTS@42", "assignee", "PPC@42")]),
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các sở, ngành hỗ trợ người dân tại xã, phường bị ngập.", "vi",
     [("DEPARTMENTS@42", "assignee", "PPC@42")]),
    ("Sau sắp xếp, tỉnh Hà Tĩnh có 69 xã, phường hoạt động ổn định.", "vi", []),
])
def test_bare_communes_and_wards(text, lang, expected):
    assert found(text, lang) == expected
