"""Round 34's Vietnamese open classes (issue #13, helper w2vi34; docs/quality.md `### Round 34's Vietnamese open
classes (assignments, not blind)`): new literal sentences, not the pages' text, with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# 1. The lead's ruling (stop 42): a bare continuation after a list mixing table bodies and bodies outside it is the
# table bodies' task, a row each; a series of verbs opening with `vận động,` / `huy động,` is such a continuation
# (cues.json `bare_continued_task_verbs`, with the comma: `Huy động được 500 người` reports a result).
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh yêu cầu UBND các xã, phường, các cơ quan, đơn vị liên quan tạm dừng việc thu phí chợ. Vận động, "
     "hướng dẫn người dân chấp hành quy định.", "vi",
     [("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu UBND các huyện và các doanh nghiệp liên quan dừng khai thác cát. Huy động, bố trí lực lượng "
     "canh gác bãi cát trước ngày 15/10/2025.", "vi",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", "2025-10-15")]),
    ("UBND tỉnh yêu cầu UBND các xã, phường, các cơ quan, đơn vị liên quan tạm dừng việc thu phí chợ. Rà soát các "
     "hồ sơ tồn đọng.", "vi",
     [("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    ("The Provincial People's Committee asked the commune People's Committees and relevant agencies and units to "
     "suspend evictions. Review the pending cases.", "en",
     [("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
])
def test_continuation_after_a_mixed_list(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # every body the item tasked is outside the table: no row (ruling a's exception)
    ("UBND tỉnh yêu cầu các cơ quan, đơn vị liên quan tạm dừng thu phí. Vận động, hướng dẫn người dân chấp hành.",
     "vi", []),
    # a result reported, not a task
    ("UBND tỉnh yêu cầu UBND các xã tạm dừng việc thu phí chợ. Huy động được 500 người tham gia.", "vi",
     [("CPC", "assignee", "PPC", None)]),
    # a new paragraph
    ("UBND tỉnh yêu cầu UBND các xã tạm dừng việc thu phí chợ.\nVận động, hướng dẫn người dân chấp hành.", "vi",
     [("CPC", "assignee", "PPC", None)]),
])
def test_continuation_after_a_mixed_list_look_alikes(text, lang, expected):
    assert _rows(text, lang) == expected
