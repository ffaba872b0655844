"""Vietnamese classes of assignments left open after rounds 26/26b (issue #13; docs/quality.md "Open classes after
round 26b (assignments, not blind)"). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were; English and French cases where the class exists there."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader()


_DISPATCH_VI = "UBND TP Đà Nẵng có Công điện về mưa lớn. Các xã, phường chủ trì lập danh sách hộ dân có nhà bị thiệt hại. "
_DISPATCH_FR = ("Le Comité populaire de la ville de Da Nang a publié une dépêche. Le Service de la construction préside "
                "l'inspection des maisons endommagées. ")
_DISPATCH_EN = ("Da Nang City People's Committee issued a dispatch on heavy rain. The Department of Construction presides "
                "over inspecting damaged houses. ")


@pytest.mark.parametrize("text, lang, expected", [
    # the same bodies' second task after a linking opener with two sentences that task no one between
    # (frames.SAME_BODY_REACH): its own row with its own date, the earlier row keeping none
    (_DISPATCH_VI + "Các hộ nghèo được ưu tiên hỗ trợ. Nhiều nhà bị tốc mái. Cùng với đó, xã, phường huy động thêm "
     "nguồn lực, hoàn thành trước ngày 31-1-2026.", "vi",
     [("CPC@48", "lead", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", "2026-01-31")]),
    (_DISPATCH_FR + "Les ménages pauvres sont prioritaires. De nombreux toits ont été arrachés. En même temps, le "
     "Service de la construction guide les communes, avant le 31 janvier 2026.", "fr",
     [("DOC@48", "lead", "PPC@48", None), ("DOC@48", "assignee", "PPC@48", "2026-01-31")]),
    # read already: one sentence between; English (the department named in full again)
    (_DISPATCH_VI + "Các hộ nghèo được ưu tiên hỗ trợ. Cùng với đó, xã, phường huy động thêm nguồn lực, hoàn thành "
     "trước ngày 31-1-2026.", "vi",
     [("CPC@48", "lead", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", "2026-01-31")]),
    (_DISPATCH_EN + "Poor households are given priority. Many roofs were blown off. At the same time, the Department of "
     "Construction guides communes to repair houses, before January 31, 2026.", "en",
     # the communes the department guides, their task after them, are tasked too (round 29's convention), asked by
     # the department that guides them in its own sentence (round 29 en: a province's tasked body directing others)
     [("DOC@48", "lead", "PPC@48", None), ("DOC@48", "assignee", "PPC@48", "2026-01-31"),
      ("CPC@48", "assignee", "DOC@48", "2026-01-31")]),
    # look-alikes: what the communes did; a paragraph between (a report, then what the department does)
    (_DISPATCH_VI + "Các hộ nghèo được ưu tiên hỗ trợ. Nhiều nhà bị tốc mái. Cùng với đó, xã, phường đã huy động thêm "
     "nguồn lực.", "vi", [("CPC@48", "lead", "PPC@48", None)]),
    ("UBND TP Đà Nẵng giao Sở Xây dựng chủ trì rà soát nhà ở.\n\nUBND TP đã ban hành nhiều văn bản chỉ đạo. Nhiều nhà "
     "bị tốc mái.\n\nNgoài ra, Sở Xây dựng đang hướng dẫn các xã.", "vi", [("DOC@48", "lead", "PPC@48", None)]),
])
def test_second_task_of_the_same_bodies_two_sentences_later(text, lang, expected):
    assert _rows(text, lang, "2025-11-15") == expected
