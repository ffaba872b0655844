"""Round 35's Vietnamese classes (issue #13, blind round 35 vi: docs/quality.md, `## Round 35 (blind, real public
pages): assignments vi` and its after-fix section): new literal sentences, not the pages' text, with look-alikes that
must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2018-04-20")


# 1. A unit's name whose second word is typed in lower case (``UBND các huyện Hòa an, Hạ Lang, …: Huy động …``): the
# word is still the name's where a list's comma and another capitalised name, or an item's colon, follow it right away
# (nlp/lang/vi/agencies.json ``lower_case_name_word_before``; nlp.agencies.closes_lower_case_name_word, read by the
# body's name and by the bare units' names).
@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Bảo lâm, Bảo Lạc huy động lực lượng sửa chữa nhà ở.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Hà Quảng, Bảo lâm, Bảo Lạc huy động lực lượng sửa chữa nhà ở.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\nUBND các huyện Thạch an, Hà Quảng: Huy động lực lượng hỗ trợ "
     "nhân dân sửa chữa nhà ở.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
])
def test_name_with_a_lower_case_second_word(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case word after the name with no separator right after it opens the task, as before
    ("Chủ tịch UBND tỉnh chỉ đạo UBND huyện Bảo Lạc tăng cường, kiểm tra việc sửa chữa nhà ở.",
     [("DPC", "assignee", "PPC", None)]),
    # after two capitalised words a lower-case word before a colon is the clause's own (a cue), not the name's
    ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\nUBND huyện Bảo Lạc cần: Huy động lực lượng hỗ trợ nhân dân.",
     [("DPC", "assignee", "PPC", None)]),
    # a lower-case word and a comma with a lower-case word after it: the task's own words
    ("Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Bảo Lạc, Hà Quảng rà soát, báo cáo thiệt hại.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
])
def test_name_with_a_lower_case_second_word_look_alikes(text, expected):
    assert _rows(text, "vi") == expected
