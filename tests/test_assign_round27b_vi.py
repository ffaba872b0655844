"""Issue #13, the Vietnamese assignment classes that round 27b (8 real public pages, blind, after round 27's fixes;
docs/quality.md "Round 27b (blind, real public pages): assignments vi") showed. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out: the heads of the
ministries and ministerial-level agencies written with ``các`` (``Bộ trưởng, Thủ trưởng các cơ quan ngang bộ``:
agencies.csv MINISTRIES gains the forms); a central body inside a fronted source phrase before a province's sectors
(``Thực hiện chỉ đạo của Thủ tướng Chính phủ …, Chủ tịch UBND tỉnh yêu cầu các cấp, ngành …``:
``frames.inside_fronted_phrase`` read by ``mentions.provincial_sectors``, every language). English cases where the
class exists (French reads no such fronted source before its sectors: not measured, left)."""
from __future__ import annotations

import pytest

from tests.assign_cases import found, rows

# ------------------------------------------------------------------ the heads of the ministries written with các


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: no row
    ("Thủ tướng yêu cầu Bộ trưởng, Thủ trưởng các cơ quan ngang bộ tiếp tục rà soát các quy định về xây dựng.",
     "vi", [("MINISTRIES", "assignee", "PM")]),
    ("Thủ tướng yêu cầu Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ khẩn trương báo cáo.",
     "vi", [("MINISTRIES", "assignee", "PM")]),
    ("Phó Thủ tướng đề nghị Thủ trưởng các cơ quan thuộc Chính phủ chỉ đạo rà soát thủ tục hành chính.",
     "vi", [("MINISTRIES", "assignee", "DPM")]),
    # held: the form without các, English
    ("Thủ tướng yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ khẩn trương báo cáo.",
     "vi", [("MINISTRIES", "assignee", "PM")]),
    ("The Prime Minister asked ministers and heads of ministerial-level agencies to review the regulations.",
     "en", [("MINISTRIES", "assignee", "PM")]),
    # look-alike: the heads attending, no task
    ("Bộ trưởng, Thủ trưởng các cơ quan ngang bộ đã dự hội nghị trực tuyến.", "vi", []),
])
def test_heads_of_ministries_with_cac(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a fronted central source before a province's sectors


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the Prime Minister in the fronted phrase made the sectors the country's (no row)
    ("Thực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh Phú Thọ yêu cầu các cấp, ngành huy động lực lượng.",
     "vi", [("DEPARTMENTS@25", "assignee", "PPC@25")]),
    ("Theo chỉ đạo của Thủ tướng, UBND tỉnh Lạng Sơn yêu cầu các ngành chức năng kiểm tra các cửa khẩu.",
     "vi", [("DEPARTMENTS@20", "assignee", "PPC@20")]),
    ("Thực hiện chỉ đạo của Bộ Y tế tại Công văn số 12/BYT-DP, UBND tỉnh Cao Bằng giao các ngành liên quan giám sát "
     "dịch bệnh.", "vi", [("DEPARTMENTS@04", "assignee", "PPC@04")]),
    # English too: the Prime Minister inside 'Following the direction of …,' blocked the sectors the same way
    ("Following the direction of the Prime Minister, the Chairman of the Phu Tho Provincial People's Committee "
     "requested relevant sectors to mobilise all forces.", "en", [("DEPARTMENTS@25", "assignee", "PPC@25")]),
    # look-alikes: a central body asking in the clause itself keeps the sectors the country's; a report, no task
    ("Thủ tướng yêu cầu các cấp, các ngành huy động tối đa lực lượng.", "vi", []),
    ("Thực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh Phú Thọ báo cáo các cấp, ngành đã huy động lực "
     "lượng.", "vi", []),
])
def test_fronted_central_source_before_provincial_sectors(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the work going back to the asker in the next sentence


@pytest.mark.parametrize("text, expected", [
    # fail without the fix: the asker named in the subjectless next sentence ended the task before its date
    ("UBND tỉnh Lạng Sơn giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan rà soát các công trình. Kiểm "
     "tra hiện trạng; tham mưu cho UBND tỉnh phương án xử lý trước ngày 30/6/2024.",
     [("DOC@20", "lead", "PPC@20", "2024-06-30", "before"),
      ("DEPARTMENTS@20", "coordinate", "PPC@20", "2024-06-30", "before")]),
    ("UBND tỉnh Cao Bằng chỉ đạo Sở Y tế rà soát các trạm y tế. Tổng hợp số liệu; báo cáo, đề xuất UBND tỉnh trước "
     "ngày 15/3/2019.", [("DOH@04", "assignee", "PPC@04", "2019-03-15", "before")]),
    # held: the sentence opening with the report
    ("UBND tỉnh Cao Bằng giao Sở Xây dựng rà soát các công trình. Báo cáo UBND tỉnh trước ngày 18/5/2018.",
     [("DOC@04", "assignee", "PPC@04", "2018-05-18", "before")]),
    # look-alike: the asker opening a new request of its own in the next sentence keeps its date for itself
    ("UBND tỉnh Cao Bằng giao Sở Xây dựng rà soát các công trình. UBND tỉnh sẽ tổ chức hội nghị tổng kết trước ngày "
     "18/5/2018.", [("DOC@04", "assignee", "PPC@04", None, None)]),
])
def test_work_going_back_to_the_asker(text, expected):
    assert rows(text, "vi") == expected
