"""Issue #13, the Vietnamese assignment classes that round 22 (10 real public pages, blind, after round 21b's fixes;
README "Round 22 (blind, real public pages): assignments vi") showed. New sentences written for these tests (not the
pages' sentences), one literal case a line, with the look-alikes that must stay out. A law's effective date read as
the text's date and a relative day with its date in brackets exist in English and French too (deadlines.json of each
language), so they have English and French cases; the elided lead after a continuation opener and a province's own
bare localities are Vietnamese grammar (cues.json, grammar.json)."""
from __future__ import annotations

import pytest

from extract.assign.deadlines import text_date
from tests.assign_cases import dated, found, rows


# ------------------------------------------------------------------ an elided lead after a continuation opener


@pytest.mark.parametrize("text, expected", [
    # the partner list opens with units outside the table, the committees after them still partner the elided lead
    # (the elided lead is a row of its own since stop 41, the lead's call: the body's second "lead" row here)
    ("UBND tỉnh Đồng Tháp giao Sở Xây dựng chủ trì rà soát quy hoạch. Đồng thời chủ trì, phối hợp với các đơn vị có "
     "liên quan và UBND các huyện kiểm tra các công trình.",
     [("DOC@87", "lead", "PPC@87"), ("DOC@87", "lead", "PPC@87"), ("DPC@87", "coordinate", "PPC@87")]),
    ("UBND tỉnh Bến Tre giao Sở Tài chính chủ trì lập dự toán. Ngoài ra, chủ trì phối hợp với các cơ quan liên quan "
     "và UBND huyện, thành phố rà soát tài sản công.",
     [("DOF@83", "lead", "PPC@83"), ("DOF@83", "lead", "PPC@83"), ("DPC@83", "coordinate", "PPC@83")]),
    # look-alikes held before: the partner right after the cue, and the partners in the lead's own sentence
    ("UBND tỉnh Đồng Tháp giao Sở Xây dựng chủ trì rà soát quy hoạch. Đồng thời chủ trì, phối hợp với UBND các huyện "
     "kiểm tra các công trình.",
     [("DOC@87", "lead", "PPC@87"), ("DOC@87", "lead", "PPC@87"), ("DPC@87", "coordinate", "PPC@87")]),
    ("UBND tỉnh Đồng Tháp giao Sở Xây dựng chủ trì, phối hợp với các đơn vị có liên quan và UBND các huyện kiểm tra "
     "các công trình.",
     [("DOC@87", "lead", "PPC@87"), ("DPC@87", "coordinate", "PPC@87")]),
])
def test_partner_of_an_elided_lead_after_an_opener(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a law's effective date is not the text's date


@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Thủ tướng vừa ký quyết định ban hành kế hoạch. Luật có hiệu lực từ ngày 1/7/2026.", "vi", None),
    ("Nghị định có hiệu lực thi hành từ ngày 15/8/2026.", "vi", None),
    ("The Deputy Prime Minister signed the plan. The law takes effect from July 1, 2026.", "en", None),
    ("The decree comes into force on August 15, 2026.", "en", None),
    ("Le vice-Premier ministre a signé le plan. La loi entre en vigueur le 1er juillet 2026.", "fr", None),
    ("Le décret prendra effet à compter du 15 août 2026.", "fr", None),
    # look-alikes: the day of the event stays the text's date
    ("Ngày 2/6/2025, UBND tỉnh họp bàn kế hoạch.", "vi", "2025-06-02"),
    ("On June 2, 2025, the provincial People's Committee met.", "en", "2025-06-02"),
    ("Le 12 mars 2025, le Comité populaire provincial s'est réuni.", "fr", "2025-03-12"),
])
def test_effective_date_is_no_text_date(text, lang, expected):
    assert text_date(text, lang) == expected


def test_undated_text_keeps_the_province_code_before_the_merger():
    # an undated text: the province asked keeps its code before the 2025 merger, the law's effective date after it
    # notwithstanding (Đồng Tháp 87; its 2025 unit is 82)
    text = ("Phó Thủ tướng yêu cầu Đồng Tháp khẩn trương tháo gỡ khó khăn, đẩy mạnh giải ngân đầu tư công.\n"
            "Phó Thủ tướng cũng ký quyết định triển khai Luật Báo chí, có hiệu lực từ ngày 1/7/2026.")
    assert [r[:2] for r in rows(text)] == [("PPC@87", "assignee")]


# ------------------------------------------------------------------ a relative day with its date in brackets


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh Sóc Trăng chỉ đạo Công an tỉnh trong sáng mai (29/9) phải báo cáo UBND tỉnh.", "vi",
     [("PPS@94", "2022-09-29", "in")]),
    ("UBND tỉnh yêu cầu Sở Y tế báo cáo trước chiều nay (28/9).", "vi", [("DOH", "2022-09-28", "before")]),
    ("UBND tỉnh yêu cầu Sở Y tế gửi báo cáo chậm nhất ngày mai (ngày 29/9).", "vi", [("DOH", "2022-09-29", "by")]),
    ("The provincial People's Committee asked the Department of Health to report by tomorrow morning (September 29).",
     "en", [("DOH", "2022-09-29", "by")]),
    ("Le Comité populaire provincial a demandé au Service de la santé de faire rapport avant demain matin "
     "(29 septembre).", "fr", [("DOH", "2022-09-29", "before")]),
    # look-alike: a relative day without its date gives none (no day to count from here)
    ("UBND tỉnh yêu cầu Sở Y tế báo cáo trong ngày mai.", "vi", [("DOH", None, None)]),
])
def test_relative_day_with_its_date_in_brackets(text, lang, expected):
    assert dated(text, lang, published="2022-09-28") == expected


# ------------------------------------------------------------------ a province's own bare localities, no asker


@pytest.mark.parametrize("text, expected", [
    # a caption in a text whose bodies are all one province's: its localities, no body of the table
    ("Sở Nông nghiệp và Môi trường Sơn La đã đề nghị UBND các xã, phường có phương án xử lý vùng sản xuất.\n"
     "Các địa phương tập trung khoanh vùng, dập dịch tả lợn châu Phi.",
     [("CPC@14", "assignee", "DAE@14")]),
    # look-alike: with a national body in the text the bare localities are still the provinces
    ("Bộ Nông nghiệp và Môi trường đề nghị UBND các tỉnh có phương án xử lý vùng sản xuất.\n"
     "Các địa phương tập trung khoanh vùng, dập dịch tả lợn châu Phi.",
     [("PROVINCES", "assignee", "MAE"), ("PROVINCES", "assignee", "MAE")]),
])
def test_bare_localities_of_a_one_province_text(text, expected):
    assert found(text, "vi") == expected
