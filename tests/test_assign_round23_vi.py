"""Issue #13, the Vietnamese assignment classes that round 23 (10 real public pages, blind, after rounds 22 and 22b's
fixes; README "Round 23 (blind, real public pages): assignments vi") showed. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out. The ministers'
collective before the provinces' chairmen and a letter's closing report sentence are Vietnamese data (agencies.csv,
deadlines.json report_openers); the fronted topic with its asker after the comma is read the same way in every
language (cues.json topic_openers: an English case)."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


# ------------------------------------------------------------------ the provinces' chairmen after the ministers


@pytest.mark.parametrize("text, expected", [
    # the ministers' collective opening with "các", the chairmen after a comma (the first two fail without the fix,
    # the third held before by another reading)
    ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy "
     "ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện khẩn trương các nhiệm vụ khắc phục hậu quả "
     "mưa lũ.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, "
     "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch các Tập đoàn kinh tế bảo đảm "
     "cung ứng hàng hóa dịp Tết.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch UBND các tỉnh, thành phố "
     "trực thuộc Trung ương đẩy nhanh giải ngân vốn đầu tư công.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes held before: a semicolon between, one named minister before the chairmen
    ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ; Chủ tịch Ủy "
     "ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương khắc phục hậu quả mưa lũ.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng Chính phủ yêu cầu Bộ trưởng Bộ Tài chính, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
     "Trung ương rà soát các khoản chi.", [("MOF", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # the ministers reporting are not asked
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ đã báo cáo Thủ tướng Chính phủ về tình hình giải ngân.", []),
])
def test_chairmen_after_the_ministers(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a letter's closing report sentence


@pytest.mark.parametrize("text, expected", [
    # the report sentence names the bodies reported to, its date is the lead's (the first three fail without the fix)
    ("Phó Chủ tịch UBND tỉnh Bắc Giang có ý kiến như sau: Sở Tài chính chủ trì, phối hợp với cơ quan liên quan rà "
     "soát các khoản chi. Kết quả báo cáo Bộ Tài chính, Chủ tịch UBND tỉnh trước ngày 15/4/2013.",
     [("DOF@24", "2013-04-15", "before")]),
    ("UBND tỉnh Nghệ An giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể. Kết quả thực hiện báo cáo Bộ Y tế, UBND "
     "tỉnh trước ngày 20/5/2024.", [("DOH@40", "2024-05-20", "before")]),
    ("UBND tỉnh Nghệ An giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể. Kết quả gửi về Bộ Y tế và UBND tỉnh trước "
     "ngày 20/5/2024.", [("DOH@40", "2024-05-20", "before")]),
    # held before: the report sentence naming no body
    ("UBND tỉnh Nghệ An giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể. Kết quả báo cáo UBND tỉnh trước ngày "
     "20/5/2024.", [("DOH@40", "2024-05-20", "before")]),
    # look-alikes: a report's findings, another body's own task with its date
    ("UBND tỉnh Nghệ An giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể. Kết quả báo cáo của Bộ Y tế cho thấy "
     "nhiều bếp ăn chưa đạt.", [("DOH@40", None, None)]),
    ("UBND tỉnh Nghệ An giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể. Sở Tài chính bố trí kinh phí trước ngày "
     "20/5/2024.", [("DOH@40", None, None), ("DOF@40", "2024-05-20", "before")]),
])
def test_closing_report_sentence(text, expected):
    assert dated(text, "vi") == expected


# ------------------------------------------------------------------ a fronted topic with its asker after the comma


@pytest.mark.parametrize("text, lang, expected", [
    # the authority right before the verb asks the topic's bodies (the first four fail without the fix; the Prime
    # Minister, a person, was no list's member before either)
    ("Đối với Sở Xây dựng, UBND TP. Hải Phòng yêu cầu phải kiểm tra việc xử lý vi phạm trật tự xây dựng.", "vi",
     [("DOC@31", "assignee", "PPC@31")]),
    ("Đối với Sở Y tế, UBND tỉnh Nghệ An yêu cầu tăng cường kiểm tra các bếp ăn tập thể.", "vi",
     [("DOH@40", "assignee", "PPC@40")]),
    ("Đối với UBND các huyện, Chủ tịch UBND tỉnh Nghệ An yêu cầu khẩn trương hoàn thành việc bồi thường.", "vi",
     [("DPC@40", "assignee", "PPC@40")]),
    ("Đối với Sở Y tế, Sở Tài chính, UBND tỉnh Nghệ An yêu cầu tăng cường kiểm tra các bếp ăn tập thể.", "vi",
     [("DOH@40", "assignee", "PPC@40"), ("DOF@40", "assignee", "PPC@40")]),
    ("Đối với Bộ Tài chính, Thủ tướng yêu cầu khẩn trương rà soát các khoản chi.", "vi",
     [("MOF", "assignee", "PM")]),
    # look-alikes held before: a body right after the verb is the one asked; no topic opener; two departments
    ("Đối với Sở Y tế, UBND tỉnh Nghệ An yêu cầu Sở Tài chính bố trí kinh phí.", "vi",
     [("DOF@40", "assignee", "PPC@40")]),
    ("Đối với các công trình vi phạm, UBND tỉnh Nghệ An yêu cầu Sở Xây dựng kiểm tra.", "vi",
     [("DOC@40", "assignee", "PPC@40")]),
    ("Riêng Sở Y tế yêu cầu tăng cường kiểm tra các bếp ăn tập thể.", "vi", []),
    ("Đối với Sở Y tế, Sở Tài chính yêu cầu hoàn thiện hồ sơ thanh toán.", "vi",
     [("DOH", "assignee", None), ("DOF", "assignee", None)]),
    # the same in English (failed without the fix: the committee was read as a second topic, asked by nobody)
    ("As for the Department of Health, the Provincial People's Committee requested it to step up inspections.", "en",
     [("DOH", "assignee", "PPC")]),
])
def test_topic_with_its_asker(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the last day stated as "the deadline is the day"


@pytest.mark.parametrize("text, lang, expected", [
    # vi deadlines.json cues (the first four fail without the fix), en and fr the same (the first two of each fail)
    ("Bộ Xây dựng yêu cầu Sở Xây dựng các tỉnh báo cáo tình hình quản lý quy hoạch, hạn cuối là ngày 25-8-2007.", "vi",
     [("DOC", "2007-08-25", "by")]),
    ("Bộ Xây dựng yêu cầu Sở Xây dựng các tỉnh báo cáo tình hình quản lý quy hoạch, hạn cuối cùng là ngày 25/8/2007.",
     "vi", [("DOC", "2007-08-25", "by")]),
    ("Bộ Xây dựng yêu cầu Sở Xây dựng các tỉnh báo cáo tình hình quản lý quy hoạch, thời hạn hoàn thành là ngày "
     "25/8/2007.", "vi", [("DOC", "2007-08-25", "by")]),
    ("UBND tỉnh Nghệ An giao Sở Y tế kiểm tra các bếp ăn tập thể, thời hạn thực hiện là tháng 10/2024.", "vi",
     [("DOH@40", "2024-10", "by")]),
    ("The Ministry of Construction asked the Department of Construction to report on planning management, with a "
     "deadline of August 25, 2007.", "en", [("DOC", "2007-08-25", "by")]),
    ("The Ministry of Construction asked the Department of Construction to report on planning management, the "
     "deadline being August 25, 2007.", "en", [("DOC", "2007-08-25", "by")]),
    ("Le ministère de la Construction a demandé au Service de la construction de faire rapport sur la planification, "
     "la date limite étant le 25 août 2007.", "fr", [("DOC", "2007-08-25", "by")]),
    ("Le ministère de la Construction a demandé au Service de la construction de faire rapport sur la planification, "
     "avec une date limite fixée au 25 août 2007.", "fr", [("DOC", "2007-08-25", "by")]),
    # held before: the same with the cues the data had; look-alikes: another party's deadline in its own sentence, none
    ("Bộ Xây dựng yêu cầu Sở Xây dựng các tỉnh báo cáo tình hình quản lý quy hoạch, hạn chót là ngày 25/8/2007.", "vi",
     [("DOC", "2007-08-25", "by")]),
    ("The Ministry of Construction asked the Department of Construction to report on planning management, the "
     "deadline is August 25, 2007.", "en", [("DOC", "2007-08-25", "by")]),
    ("UBND tỉnh Nghệ An giao Sở Y tế kiểm tra các bếp ăn tập thể. Hạn cuối nộp hồ sơ của doanh nghiệp là ngày "
     "25/8/2024 theo thông báo trước đó.", "vi", [("DOH@40", None, None)]),
    ("Bộ Xây dựng yêu cầu Sở Xây dựng các tỉnh báo cáo tình hình quản lý quy hoạch.", "vi", [("DOC", None, None)]),
])
def test_last_day_stated(text, lang, expected):
    assert dated(text, lang) == expected
