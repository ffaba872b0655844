"""Round 33's Vietnamese classes (issue #13, blind round 33 vi: docs/quality.md, `## Round 33 (blind, real public
pages): assignments vi` and its after-fix section): new literal sentences, not the pages' text, with look-alikes that
must not fire. English cases where the class exists there (a goal's completion date)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# 1. Units named after a plural word on a list of bodies the verb asks: the separator stands before ``các`` (or a
# count), not before the unit's word (mentions.bare_units).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh ban hành văn bản số 512/UBND-KT yêu cầu Sở Xây dựng, các huyện Kỳ Sơn, Tương Dương và Con Cuông "
     "khẩn trương sửa chữa các tuyến đường.",
     [("DOC@40", "assignee", "PPC@40", None), ("DPC@40", "assignee", "PPC@40", None), ("DPC@40", "assignee", "PPC@40", None),
      ("DPC@40", "assignee", "PPC@40", None)]),
    ("UBND thành phố có công văn số 77/UBND-NNMT yêu cầu Sở Tài chính, hai huyện Ba Vì và Mỹ Đức hoàn thành hồ sơ.",
     [("DOF@01", "assignee", "PPC@01", None), ("DPC@01", "assignee", "PPC@01", None), ("DPC@01", "assignee", "PPC@01", None)]),
])
def test_units_after_a_plural_word_on_an_asked_list(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text", [
    # the units as places or partners of a talk, no verb asks them
    "Sở Y tế đã làm việc với Sở Tài chính, các huyện Kỳ Sơn, Tương Dương về kinh phí.",
    "Tỉnh có nhiều dự án tại Sở Xây dựng, các huyện Kỳ Sơn, Tương Dương đang chậm tiến độ.",
])
def test_units_after_a_plural_word_look_alikes(text):
    assert [r for r in _rows(text, "vi") if r[0] == "DPC"] == []


# 2. The province's mass organisations with their level (``đoàn thể cấp tỉnh``) and an economic zone's board are
# skipped on a list of asked bodies, which goes on to the next body (cues.json ``list_skips``).
@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu: Giám đốc các sở; Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh; Bí thư, Chủ tịch "
     "UBND các xã, phường theo thẩm quyền phải tập trung khắc phục hậu quả mưa lũ.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu Sở Công Thương; Cục Thuế tỉnh; Ban Quản lý Khu kinh tế, UBND các huyện, thị xã phối hợp "
     "xử lý các sai phạm.",
     [("DOIT", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
])
def test_lists_going_on_past_skipped_names(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text", [
    # the mass organisations and the board alone: no body of the table
    "UBND tỉnh yêu cầu các đoàn thể cấp tỉnh tăng cường tuyên truyền.",
    "UBND tỉnh giao Ban Quản lý Khu kinh tế rà soát các dự án chậm tiến độ.",
])
def test_skipped_names_alone_give_no_row(text):
    assert _rows(text, "vi") == []


# 3. A goal marker opening the task's own completion dates the task (deadlines.json ``goal_completions``).
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao Sở Xây dựng chủ trì lập quy hoạch chung, phấn đấu hoàn thành trong năm 2026.", "vi",
     [("DOC", "lead", "PPC", "2026")]),
    ("Sở Nội vụ chủ trì rà soát vị trí việc làm, phấn đấu hoàn tất trong quý I/2026.", "vi",
     [("DOHA", "lead", None, "2026-Q1")]),
    ("The provincial People's Committee assigned the Department of Construction to take charge of the plan, "
     "striving to complete it in 2026.", "en", [("DOC", "lead", "PPC", "2026")]),
])
def test_goal_completion_dates_the_task(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a target to reach, not the task's completion: a goal's year, no deadline (round 20c)
    ("UBND tỉnh giao Sở Xây dựng chủ trì cải thiện chỉ số, phấn đấu ngay trong năm 2026 nâng 10 bậc.", "vi",
     [("DOC", "lead", "PPC", None)]),
    ("The provincial People's Committee assigned the Department of Construction to take charge of the index, "
     "striving to raise it by ten places in 2026.", "en", [("DOC", "lead", "PPC", None)]),
    # a quantity completed is a target too (round 20c's `strive to complete 3,000 km of expressway by …`)
    ("UBND tỉnh giao Sở Tài chính chủ trì giải ngân, phấn đấu hoàn thành 100% kế hoạch vốn trong năm 2026.", "vi",
     [("DOF", "lead", "PPC", None)]),
])
def test_goal_completion_look_alikes(text, lang, expected):
    assert _rows(text, lang) == expected


# 4. A subjectless continuation shares the date of the sentence right after it that the item's rows took
# (extractor._subjectless_continuations).
def test_continuation_dated_by_the_closing_sentence():
    text = ("UBND tỉnh yêu cầu Sở Tài chính, UBND các huyện rà soát các dự án đầu tư. Đồng thời, tổ chức kiểm điểm "
            "các cá nhân vi phạm. Thời hạn báo cáo kết quả về UBND tỉnh trước ngày 15/12/2025.")
    assert _rows(text, "vi") == [("DOF", "assignee", "PPC", "2025-12-15"), ("DPC", "assignee", "PPC", "2025-12-15"),
                                 ("DOF", "assignee", "PPC", "2025-12-15"), ("DPC", "assignee", "PPC", "2025-12-15")]


@pytest.mark.parametrize("text, expected", [
    # the next sentence asks a body of its own: its date is that body's
    ("UBND tỉnh yêu cầu Sở Tài chính rà soát các dự án. Đồng thời, tổ chức kiểm điểm các cá nhân vi phạm. Sở Xây "
     "dựng báo cáo UBND tỉnh trước ngày 15/12/2025.",
     ("DOF", "assignee", "PPC", None)),
    # the item dated in its own sentence, the next sentence's date is an event's
    ("UBND tỉnh yêu cầu Sở Tài chính rà soát các dự án trước ngày 1/12/2025. Đồng thời, tổ chức kiểm điểm các cá "
     "nhân vi phạm. Hội nghị tổng kết sẽ diễn ra trước ngày 15/12/2025.",
     ("DOF", "assignee", "PPC", None)),
])
def test_continuation_closing_look_alikes(text, expected):
    assert _rows(text, "vi")[1] == expected
