"""Stop 41's left classes, Vietnamese and English (issue #13; helper left34vien, not blind): the lead's call of stop 42
(a task verb used as a noun in the sentence before is no reason to join a bare continuation to its item), and the
Vietnamese and English forms stop 41 left open. New sentences (none copied from a page), each class with look-alikes
that must not fire (docs/quality.md ``### Stop 41's left classes, Vietnamese and English``)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# --- 1. a bare continuation after an item whose sentence holds a task verb as a noun is the item's body's row --------

@pytest.mark.parametrize("text,lang,expected", [
    # the guidance named as a cited letter's subject (a noun after `về`): nothing handed on, the next sentence is the
    # department's own row with its own date; the item keeps its own (none)
    ("UBND tỉnh Nghệ An giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan căn cứ Công văn số 12 của Bộ Xây "
     "dựng về hướng dẫn lập quy hoạch. Rà soát các đồ án quy hoạch, báo cáo UBND tỉnh trước ngày 30/11/2025.", "vi",
     [("DOC@40", "lead", "PPC@40", None), ("DEPARTMENTS@40", "coordinate", "PPC@40", None),
      ("DOC@40", "assignee", "PPC@40", "2025-11-30")]),
    ("UBND tỉnh Nghệ An yêu cầu Sở Y tế triển khai kế hoạch theo chỉ đạo của Bộ Y tế. Rà soát các cơ sở khám bệnh trước "
     "ngày 15/12/2025.", "vi",
     [("DOH@40", "assignee", "PPC@40", None), ("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
    ("The Nghe An provincial People's Committee assigned the Department of Health to carry out the plan under the "
     "guide of the Ministry of Health. Review the clinics before December 15, 2025.", "en",
     [("DOH@40", "assignee", "PPC@40", None), ("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
    # look-alikes: the verb handing the task on to bodies outside the table still ends the item (stop 41); a bare
    # completion still closes and dates the item, no row of its own
    # (the handed-down item's reach takes the next sentence's day, as on integ: stop 41's reading, unchanged here)
    ("UBND tỉnh Nghệ An yêu cầu Sở Y tế chỉ đạo ngay các bệnh viện tuyến huyện kiểm tra thuốc. Rà soát các kho thuốc "
     "trước ngày 15/12/2025.", "vi", [("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
    ("UBND tỉnh Nghệ An yêu cầu Sở Y tế rà soát các cơ sở khám bệnh theo hướng dẫn của Bộ Y tế. Hoàn thành trước ngày "
     "15/12/2025.", "vi", [("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
])
def test_verb_as_a_noun_is_no_reason_to_join(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 2c. a task verb as the subject of a copula and a task noun gives no continuation row -----------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("UBND tỉnh Nghệ An giao Sở Y tế rà soát các cơ sở khám bệnh. Tăng cường kiểm tra, giám sát là nhiệm vụ trọng tâm "
     "của ngành.", "vi", [("DOH@40", "assignee", "PPC@40", None)]),
    ("UBND tỉnh Nghệ An giao Sở Y tế rà soát các cơ sở khám bệnh. Rà soát thủ tục hành chính là một trong những giải "
     "pháp then chốt.", "vi", [("DOH@40", "assignee", "PPC@40", None)]),
    ("The Nghe An provincial People's Committee assigned the Department of Health to check the clinics. Step up "
     "inspections is a key task of the sector.", "en", [("DOH@40", "assignee", "PPC@40", None)]),
    # look-alikes: `là` inside the task's object after a `;`, a plain bare continuation, still rows
    ("UBND tỉnh Nghệ An giao Sở Y tế rà soát các cơ sở khám bệnh. Tăng cường kiểm tra các cơ sở; đây là nhiệm vụ trọng "
     "tâm, hoàn thành trước ngày 15/12/2025.", "vi",
     [("DOH@40", "assignee", "PPC@40", None), ("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
    ("UBND tỉnh Nghệ An giao Sở Y tế rà soát các cơ sở khám bệnh. Tăng cường kiểm tra các cơ sở là nơi khám chữa bệnh "
     "trước ngày 15/12/2025.", "vi",
     [("DOH@40", "assignee", "PPC@40", None), ("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
])
def test_task_verb_as_noun_subject_gives_no_continuation(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 2a. a quoted directive the document says asks through the issuer the text named before ----------------------------

@pytest.mark.parametrize("text,lang,expected", [
    # (a sentence between naming the Prime Minister as the report's addressee: the one asker before is no longer one)
    ("UBND tỉnh Nghệ An yêu cầu Sở Y tế rà soát các cơ sở khám bệnh. Sở Tài chính có trách nhiệm tổng hợp, tham mưu UBND "
     "tỉnh báo cáo Thủ tướng Chính phủ.\n\n“Yêu cầu các sở, ngành, địa phương nghiêm túc thực hiện”, văn bản nêu rõ.\n\n"
     "Trước đó, Thanh tra Chính phủ đã chỉ ra một số hạn chế.", "vi",
     [("DOH@40", "assignee", "PPC@40", None), ("DOF@40", "assignee", "PPC@40", None),
      ("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("The Nghe An provincial People's Committee asked the Department of Health to review the clinics. The Department of "
     "Finance is responsible for advising the provincial People's Committee to report to the Prime Minister. \n\n\"Request "
     "departments and branches to strictly implement,\" the document stated.\n\nEarlier, the Government Inspectorate "
     "pointed out some shortcomings.", "en",
     [("DOH@40", "assignee", "PPC@40", None), ("DOF@40", "assignee", "PPC@40", None),
      ("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    # look-alikes: the quote said by a person (no document), and no issuer named before the document: no asker
    ("“Yêu cầu các sở, ngành nghiêm túc thực hiện”, văn bản nêu rõ.\n\nTrước đó, Thanh tra Chính phủ đã chỉ ra một "
     "số hạn chế.", "vi",
     [("DEPARTMENTS", "assignee", None, None)]),
])
def test_quoted_directive_of_the_document(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 2b. a body's proposal in its own report sent up is no task of that body ------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("Sở Y tế tỉnh vừa có báo cáo gửi UBND tỉnh Nghệ An về kết quả khảo sát các trạm y tế.\nTheo đó, Sở Y tế tỉnh đề "
     "xuất nâng cấp 12 trạm y tế, hoàn thành trước ngày 30/6/2026.\nChủ tịch UBND tỉnh Nghệ An giao Sở Tài chính chủ "
     "trì bố trí kinh phí.", "vi", [("DOF@40", "lead", "PPC@40", None)]),
    ("The Nghe An Department of Health has sent a report to the provincial People's Committee on the survey of "
     "clinics.\nAccordingly, the Department of Health proposes upgrading 12 clinics before June 30, 2026.\nThe "
     "Chairman of the Nghe An provincial People's Committee assigned the Department of Finance to allocate funds.",
     "en", [("DOF@40", "assignee", "PPC@40", None)]),
    # look-alikes: a proposal as a task in a conclusion's items; another body's report before: its proposal stays read
    ("Chủ tịch UBND tỉnh Nghệ An kết luận như sau:\nSở Y tế đề xuất giải pháp nâng cấp các trạm y tế trước ngày "
     "30/6/2026.", "vi", [("DOH@40", "assignee", "PPC@40", "2026-06-30")]),
])
def test_proposal_in_its_own_report_is_no_task(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 2d. a named district with its province in brackets; a town after the fronted direction's committee ---------------

@pytest.mark.parametrize("text,lang,expected", [
    ("Kế hoạch về phòng chống thiên tai. Huyện Kỳ Sơn (tỉnh Nghệ An) phải hoàn thành việc di dời các hộ dân trước ngày "
     "30/11/2025.", "vi", [("DPC@40", "assignee", None, "2025-11-30")]),
    ("Công văn về cải cách hành chính. Thị xã Hoàng Mai (tỉnh Nghệ An) cần rà soát thủ tục hành chính.", "vi",
     [("DPC@40", "assignee", None, None)]),
    ("Theo chỉ đạo của UBND tỉnh, thị xã Hoàng Mai, tỉnh Nghệ An cần rà soát thủ tục hành chính.", "vi",
     [("DPC@40", "assignee", "PPC@40", None)]),
    ("Plan on disaster prevention. Ky Son district (Nghe An province) must complete the relocation before November "
     "30, 2025.", "en", [("DPC@40", "assignee", None, "2025-11-30")]),
    # look-alikes: the district as a place (its residents), a past report, an unclosed bracket; the province's
    # committee and a town listed as two bodies with no fronted phrase stay two rows
    ("Người dân huyện Kỳ Sơn (tỉnh Nghệ An) phải di dời trước mùa lũ.", "vi", []),
    ("Huyện Kỳ Sơn (tỉnh Nghệ An) đã hoàn thành việc di dời các hộ dân.", "vi", []),
    ("Kế hoạch về biên giới. UBND tỉnh, thị xã Hoàng Mai, tỉnh Nghệ An cần rà soát các hộ dân vùng biên giới.", "vi",
     [("PPC@40", "assignee", None, None), ("DPC@40", "assignee", None, None)]),
])
def test_named_unit_with_province_in_brackets_or_after_fronted_committee(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 2e. bodies after a directing verb and partners outside the table are tasked -------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("Thủ tướng yêu cầu Bộ Công an chỉ đạo lực lượng công an và các địa phương tăng cường tuần tra.", "vi",
     [("MPS", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("UBND tỉnh Nghệ An yêu cầu Sở Y tế chỉ đạo lực lượng công an và UBND các xã tăng cường kiểm soát.", "vi",
     [("DOH@40", "assignee", "PPC@40", None), ("CPC@40", "assignee", "PPC@40", None)]),
    ("Thủ tướng yêu cầu Bộ Tài chính chỉ đạo các cơ quan chuyên môn và UBND các tỉnh rà soát các khoản chi.", "vi",
     [("MOF", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the police and localities as a subject in the past; the partners named after a noun, no verb
    ("Lực lượng công an và các địa phương đã tăng cường tuần tra.", "vi", []),
    ("Thủ tướng yêu cầu Bộ Công an tăng cường sự phối hợp giữa lực lượng công an và các địa phương.", "vi",
     [("MPS", "assignee", "PM", None)]),
])
def test_directed_bodies_after_outside_partners(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 3. a page's glued English "of" inside a body's name ---------------------------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("The Hanoi People's Committee assigned the Department of Health and the Departmentof Education and Training to "
     "review the public assets.", "en",
     [("DOH@01", "assignee", "PPC@01", None), ("DOET@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee assigned the Ministryof Finance to review the public assets.", "en",
     [("MOF", "assignee", "PPC@01", None)]),
    # look-alikes: a word ending in "of" before a name's words is no glued name; the name as written stays one
    ("The Hanoi People's Committee assigned the Department of Health to review the roof of Education and Training "
     "schools.", "en", [("DOH@01", "assignee", "PPC@01", None)]),
])
def test_glued_of_inside_a_name(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)
