"""Round 18b (blind, real public pages), Vietnamese: a law named with a bracketed "revised" mark before the day
that dates it. Literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 18b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


# "Luật X (sửa đổi) ngày D": the day still dates the revised version the law table has (the 1994 law on People's
# Councils and Committees, not the 1989 one); no day after the mark leaves the name a draft's
@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi) ngày 21 tháng 6 năm 1994;",
     [("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân 1994", "1994-06-21")]),
    ("Căn cứ Luật Đất đai (sửa đổi, bổ sung) ngày 29/11/2013 và các văn bản hướng dẫn;",
     [("Luật Đất đai 2013", "2013-11-29")]),
    # control: the day right after the name
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21/6/1994;",
     [("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân 1994", "1994-06-21")]),
    # look-alikes: a revised law still in draft, dated by a day that is no version's adoption
    ("Dự thảo Luật Đất đai (sửa đổi) ngày 15/3/2023 được đưa ra lấy ý kiến.", [("Luật Đất đai", None)]),
    ("Luật Nhà ở (sửa đổi) đang được lấy ý kiến nhân dân.", [("Luật Nhà ở", None)]),
])
def test_a_revised_mark_before_the_adoption_day(text, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang="vi", published=None)] == expected
