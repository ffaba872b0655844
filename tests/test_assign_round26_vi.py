"""Issue #13, the Vietnamese assignment classes that round 26 (10 real public pages, blind, after round 25b's fixes and
the late classes; docs/quality.md "Round 26 (blind, real public pages): assignments vi") showed. New sentences written
for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out: the lead
cue after ``tiếp tục`` (``giao Sở Tài chính tiếp tục chủ trì, phối hợp với …``: cues.json ``lead_after``); the
departments with the agencies of their rank (``các sở, cơ quan ngang sở``: agencies.csv); a department followed by the
provinces as a whole it belongs to (``Sở Tài chính các địa phương phải chủ trì …``: grammar.json
``department_province_links``, ``mentions.departments_of_every_province``); the investors inside a list of addressees
(``các sở, ban, ngành, chủ đầu tư và UBND các huyện …``: cues.json ``list_skips``); a day and month without ``ngày``
after a cue of before or by (``Yêu cầu báo cáo trước 10/3.``: deadlines.json); the Prime Minister in a plan's
relative clause (``Để đạt 100% kế hoạch Thủ tướng Chính phủ giao, UBND tỉnh yêu cầu …``: cues.json
``not_subject_before``), who does not direct the text. English and French cases where the class exists there."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

# ------------------------------------------------------------------ `tiếp tục chủ trì`: the body still leads


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the body read as an assignee (the adverb hid the lead cue)
    ("Chủ tịch UBND tỉnh Nghệ An giao Sở Tài chính tiếp tục chủ trì, phối hợp với các sở, ngành rà soát hồ sơ nhà "
     "đất.", "vi", [("DOF@40", "lead", "PPC@40"), ("DEPARTMENTS@40", "coordinate", "PPC@40")]),
    ("Thủ tướng giao Bộ Xây dựng tiếp tục chủ trì, phối hợp với Bộ Tài chính hoàn thiện đề án.", "vi",
     [("MOC", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    ("The Chairman of the Nghe An Provincial People's Committee assigned the Department of Finance to continue to "
     "preside over and coordinate with communes and wards to review the records.", "en",
     [("DOF@40", "lead", "PPC@40"), ("CPC@40", "coordinate", "PPC@40")]),
    ("The Chairman of the Nghe An Provincial People's Committee assigned the Department of Finance to continue "
     "presiding over and coordinating with communes and wards to review the records.", "en",
     [("DOF@40", "lead", "PPC@40"), ("CPC@40", "coordinate", "PPC@40")]),
    ("Le président du Comité populaire de la province de Nghe An a chargé le Service des finances de continuer à "
     "présider, en coordination avec les communes et quartiers, l'examen des dossiers.", "fr",
     [("DOF@40", "lead", "PPC@40"), ("CPC@40", "coordinate", "PPC@40")]),
    # held: the same body asked to go on with a plain task stays an assignee
    ("Chủ tịch UBND tỉnh Nghệ An giao Sở Tài chính tiếp tục rà soát hồ sơ nhà đất.", "vi",
     [("DOF@40", "assignee", "PPC@40")]),
    # look-alike: a department going on chairing a meeting is told, not tasked
    ("Sở Tài chính tiếp tục chủ trì hội nghị tổng kết năm 2025.", "vi", []),
])
def test_lead_cue_after_tiep_tuc(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the departments and the agencies of their rank


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the departments lost (the list's words unknown)
    ("Chủ tịch UBND tỉnh Đồng Tháp đã giao các sở, cơ quan ngang sở và UBND các xã, phường chủ động xác định các thủ "
     "tục.", "vi", [("DEPARTMENTS@82", "assignee", "PPC@82"), ("CPC@82", "assignee", "PPC@82")]),
    ("UBND tỉnh Hà Tĩnh yêu cầu các sở, cơ quan tương đương sở rà soát thủ tục hành chính.", "vi",
     [("DEPARTMENTS@42", "assignee", "PPC@42")]),
    ("Le président du Comité populaire de la province de Dong Thap a chargé les services, les organismes de rang "
     "équivalent et les comités populaires des communes et quartiers d'identifier les procédures.", "fr",
     [("DEPARTMENTS@82", "assignee", "PPC@82"), ("CPC@82", "assignee", "PPC@82")]),
    # look-alike: what the bodies do from a day, no assigning verb
    ("Từ ngày 5/7, các sở, cơ quan ngang sở và UBND các xã, phường trên địa bàn tỉnh Đồng Tháp tiến hành làm việc vào "
     "ngày thứ Bảy.", "vi", []),
])
def test_departments_with_agencies_of_their_rank(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a department of every province


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the provinces took the lead cue for themselves (and the department its own row)
    ("Bộ Tài chính yêu cầu Sở Tài chính các địa phương chủ trì cập nhật báo cáo tiến độ hằng tuần.", "vi",
     [("DOF", "lead", "MOF")]),
    ("Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố chủ trì giám sát dịch bệnh.", "vi", [("DOH", "lead", "MOH")]),
    ("Bộ Tài chính đề nghị Sở Tài chính của các địa phương chủ trì rà soát tài sản công.", "vi",
     [("DOF", "lead", "MOF")]),
    ("The Ministry of Finance requested the Departments of Finance of localities to preside over updating progress "
     "reports weekly.", "en", [("DOF", "lead", "MOF")]),
    # held: without a lead cue the department alone was asked already
    ("Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố tăng cường giám sát dịch bệnh.", "vi", [("DOH", "assignee", "MOH")]),
    ("The Ministry of Health asked the Departments of Health of provinces and cities to strengthen disease "
     "surveillance.", "en", [("DOH", "assignee", "MOH")]),
    # look-alike: the department and the localities joined, two bodies asked
    ("The Ministry of Health asked the Department of Health and localities to strengthen disease surveillance.", "en",
     [("DOH", "assignee", "MOH"), ("PROVINCES", "assignee", "MOH")]),
])
def test_department_of_every_province(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ investors inside a list of addressees


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the district committees after the investors lost
    ("UBND tỉnh Quảng Nam yêu cầu các sở, ban, ngành, chủ đầu tư và UBND các huyện, thị xã, thành phố xác định rõ "
     "nhiệm vụ trọng tâm.", "vi", [("DEPARTMENTS@49", "assignee", "PPC@49"), ("DPC@49", "assignee", "PPC@49")]),
    ("UBND tỉnh Quảng Nam yêu cầu các sở, ngành, các chủ đầu tư và UBND các huyện đẩy nhanh giải ngân vốn đầu tư "
     "công.", "vi", [("DEPARTMENTS@49", "assignee", "PPC@49"), ("DPC@49", "assignee", "PPC@49")]),
    # held in English
    ("The Quang Nam Provincial People's Committee requested departments, branches, investors and People's Committees "
     "of districts, towns and cities to identify the key task.", "en",
     [("DEPARTMENTS@49", "assignee", "PPC@49"), ("DPC@49", "assignee", "PPC@49")]),
    # look-alike: the investors alone are no body of the table
    ("UBND tỉnh Quảng Nam yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán.", "vi", []),
])
def test_investors_inside_a_list_of_addressees(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a day and month without `ngày` after before/by


@pytest.mark.parametrize("text, lang, published, expected", [
    # fail without the fix: no date (the short form unread)
    ("Bộ Nội vụ đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương rà soát số lượng cán bộ, công chức cấp xã. "
     "Yêu cầu báo cáo trước 10/3.", "vi", "2025-03-03", [("PROVINCES", "2025-03-10", "before")]),
    ("Bộ Nội vụ đề nghị UBND các tỉnh, thành phố gửi số liệu về Bộ chậm nhất 30/8.", "vi", "2025-08-10",
     [("PROVINCES", "2025-08-30", "by")]),
    # held: with `ngày`, and in English
    ("Bộ Nội vụ đề nghị UBND các tỉnh, thành phố gửi số liệu về Bộ trước ngày 30/8.", "vi", "2025-08-10",
     [("PROVINCES", "2025-08-30", "before")]),
    ("The Ministry of Home Affairs asked provincial People's Committees to review commune officials and report before "
     "March 10.", "en", "2025-03-03", [("PROVINCES", "2025-03-10", "before")]),
    # look-alikes: a fraction of the work or of the time is no date
    ("UBND tỉnh yêu cầu các sở, ngành hoàn thành trước 2/3 khối lượng công việc.", "vi", "2025-03-03",
     [("DEPARTMENTS", None, None)]),
    ("UBND tỉnh yêu cầu các sở, ngành giải ngân trong 2/3 thời gian còn lại.", "vi", "2025-03-03",
     [("DEPARTMENTS", None, None)]),
])
def test_day_and_month_without_ngay_after_before_or_by(text, lang, published, expected):
    assert dated(text, lang, published) == expected


# ------------------------------------------------------------------ the Prime Minister in a plan's relative clause


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the Prime Minister who allotted the plan taken as the text's authority, asking the
    # districts' task told without an asker
    ("Ngày 12/5, Phó Chủ tịch UBND tỉnh ký ban hành công văn về giải ngân vốn đầu tư công năm 2025. Để đạt 100% kế "
     "hoạch Thủ tướng Chính phủ giao, UBND tỉnh yêu cầu các sở, ban, ngành xác định rõ nhiệm vụ trọng tâm. UBND các "
     "huyện, thị xã, thành phố khẩn trương phân bổ chi tiết kế hoạch vốn.", "vi",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("Ngày 12/5, Phó Chủ tịch UBND tỉnh ký ban hành công văn về giải ngân vốn. Để đạt 100% dự toán Thủ tướng Chính phủ "
     "giao, UBND tỉnh yêu cầu các sở, ban, ngành đẩy nhanh tiến độ. UBND các huyện, thị xã, thành phố khẩn trương phân "
     "bổ vốn.", "vi", [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    # held: the Prime Minister directing the text asks the task told after, and in English
    ("Thủ tướng Chính phủ giao Bộ Tài chính chủ trì xây dựng kế hoạch. UBND các tỉnh, thành phố khẩn trương phân bổ "
     "vốn.", "vi", [("MOF", "lead", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("On May 12, the Vice Chairman of the provincial People's Committee signed a document on public investment. To "
     "reach 100% of the plan assigned by the Prime Minister, the provincial People's Committee requested departments "
     "and branches to identify the key task. District People's Committees must urgently allocate the capital plan in "
     "detail.", "en", [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
])
def test_prime_minister_in_a_plans_relative_clause(text, lang, expected):
    assert found(text, lang) == expected
