"""Round 17b (blind, real public pages), Vietnamese: an implementing cue over a semicolon list, with literal
cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 17b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


# "Thực hiện A …; B …": each item the cue opens implements, even after the first item's long title
@pytest.mark.parametrize("text, relations", [
    ("Thực hiện Quyết định số 12/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án phát triển rừng; "
     "Kế hoạch số 26/KH-BNN ngày 07/5/2021 của Bộ Nông nghiệp, UBND tỉnh ban hành Kế hoạch.",
     [("12/QĐ-TTg", "implements"), ("26/KH-BNN", "implements")]),
    ("Thực hiện Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương; Kết luận số 80-KL/TW của Ban Bí thư; "
     "Luật Hòa giải ở cơ sở, Bộ Tư pháp ban hành Kế hoạch.",
     [("27-NQ/TW", "implements"), ("80-KL/TW", "implements"), ("Luật Hòa giải ở cơ sở", "implements")]),
    # look-alikes: an item with a cue of its own, a document after a sentence end, and a cue inside the clause
    # (not opening it: the semicolon may end the clause there)
    ("Thực hiện Quyết định số 12/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ; căn cứ Nghị định số 27/2022/NĐ-CP "
     "của Chính phủ.", [("12/QĐ-TTg", "implements"), ("27/2022/NĐ-CP", "cites")]),
    ("Thực hiện Quyết định số 12/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ. Kế hoạch số 26/KH-BNN ngày "
     "07/5/2021 của Bộ Nông nghiệp nêu rõ.", [("12/QĐ-TTg", "implements"), ("26/KH-BNN", "cites")]),
    ("Các sở sẽ thực hiện Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ; Kế hoạch số 26/KH-BNN của Bộ Nông "
     "nghiệp quy định thời hạn.", [("12/QĐ-TTg", "implements"), ("26/KH-BNN", "cites")]),
])
def test_an_implementing_cue_over_a_semicolon_list(text, relations):
    assert [(r.id, r.relation) for r in find_references(text, lang="vi", published="2021-06-01")] == relations


# data: the 2024 weapons law (voted on 29/6/2024): the day of the sentence that reports its vote dates it, the
# second law voted after that day too; a debate before the vote keeps the version in force
@pytest.mark.parametrize("text, published, expected", [
    ("Chiều 29/6/2024, Quốc hội đã thông qua Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ (sửa đổi) "
     "với đa số phiếu tán thành.", "2024-06-29",
     [("2024-06-29", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ 2024")]),
    ("Ngày 29/6/2024, Quốc hội thông qua Luật Bảo hiểm xã hội (sửa đổi) và thông qua Luật Quản lý, sử dụng vũ khí, "
     "vật liệu nổ và công cụ hỗ trợ (sửa đổi).", "2024-06-29",
     [("2024-06-29", "Luật Bảo hiểm xã hội 2024"),
      ("2024-06-29", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ 2024")]),
    ("Ngày 15/3/2024, Quốc hội thảo luận về Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ.", "2024-03-15",
     [(None, "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ 2017")]),
])
def test_the_2024_weapons_law(text, published, expected):
    assert [(r.issued, r.resolved) for r in find_references(text, lang="vi", published=published)] == expected
