"""Vietnamese assignments missed by the earlier rounds, read as classes (issue #13, not blind; docs/quality.md
"Vietnamese assignments: the earlier rounds' misses as classes (not blind)"). New sentences written for these tests,
one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader("text", "agency_id", "role", "assigned_by", "deadline")


@pytest.mark.parametrize("text, expected", [
    # a commune or ward named by its unit's word, singled out of the asked bodies after "trong đó", "nhất là" (cues.json
    # list_highlights) in a sentence an assigning verb opened: asked with them (mentions._singled_out_after_assigning)
    ("Chủ tịch UBND tỉnh Bình Thuận yêu cầu các sở, ngành, địa phương khẩn trương thực hiện, trong đó Sở Xây dựng, "
     "phường Phú Thủy chuẩn bị mặt bằng sạch.",
     [("các sở, ngành", "DEPARTMENTS@60", "assignee", "PPC@60", None), ("Sở Xây dựng", "DOC@60", "assignee", "PPC@60", None),
      ("phường Phú Thủy", "CPC@60", "assignee", "PPC@60", None)]),
    ("Chủ tịch UBND tỉnh Nghệ An chỉ đạo các sở, ngành ứng phó với bão, trong đó Sở Nông nghiệp và Phát triển nông "
     "thôn, UBND xã Diễn Kim kiểm tra đê biển.",
     [("các sở, ngành", "DEPARTMENTS@40", "assignee", "PPC@40", None),
      ("Sở Nông nghiệp và Phát triển nông thôn", "DARD@40", "assignee", "PPC@40", None),
      ("UBND xã Diễn Kim", "CPC@40", "assignee", "PPC@40", None)]),
    ("UBND tỉnh Phú Thọ yêu cầu các sở, ngành thực hiện, nhất là xã Tân Sơn phải chuẩn bị mặt bằng.",
     [("các sở, ngành", "DEPARTMENTS@25", "assignee", "PPC@25", None), ("xã Tân Sơn", "CPC@25", "assignee", "PPC@25", None)]),
    # look-alikes: no verb assigns before "trong đó" (a count, a report), the unit a place after "tại", the unit's own
    # clause no task
    ("Tỉnh có 20 dự án chậm, trong đó huyện Tân Sơn chuẩn bị nhiều nhất.", []),
    ("Chủ tịch UBND tỉnh Nghệ An cho biết nhiều địa phương bị ngập, trong đó xã Diễn Kim ngập sâu nhất.", []),
    ("Chủ tịch UBND tỉnh Nghệ An chỉ đạo các sở, ngành ứng phó với bão, trong đó tại xã Diễn Kim phải sơ tán 200 hộ.",
     [("các sở, ngành", "DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("Chủ tịch UBND tỉnh Nghệ An chỉ đạo các sở, ngành ứng phó với bão, trong đó xã Diễn Kim có nhiều hộ dân ở vùng trũng.",
     [("các sở, ngành", "DEPARTMENTS@40", "assignee", "PPC@40", None)]),
])
def test_a_unit_singled_out_of_the_asked_bodies_is_asked(text, expected):
    assert _rows(text, "vi") == expected


_ISSUED = "Ngày 29/9, Chủ tịch UBND tỉnh Trần Duy Đông đã ban hành Công điện số 06/CĐ-UBND về ứng phó bão. "
_BETWEEN = ("Theo dự báo của Trung tâm Khí tượng Thủy văn quốc gia, hoàn lưu bão tiếp tục gây mưa lớn tại tỉnh Phú "
            "Thọ. Lực lượng chức năng bố trí chốt chặn tại các điểm ngập sâu. ")


@pytest.mark.parametrize("text, expected", [
    # a province's sectors asked by its document as the subject ("Công điện cũng yêu cầu các ngành, địa phương …"), the
    # document issued by a body of the province sentences before, a national body named between (grammar
    # provincial_sector_names; mentions._document_of_a_province_asks)
    (_ISSUED + _BETWEEN + "Công điện cũng yêu cầu các ngành, địa phương tập trung phòng ngừa lũ quét.",
     [("các ngành, địa phương", "DEPARTMENTS@25", "assignee", "PPC@25", None)]),
    (_ISSUED + _BETWEEN + "Công điện cũng yêu cầu các ngành liên quan tập trung phòng ngừa lũ quét.",
     [("các ngành liên quan", "DEPARTMENTS@25", "assignee", "PPC@25", None)]),
    # look-alikes: the Prime Minister's dispatch (the country's sectors, unread as before), a report that tells
    (_ISSUED.replace("Chủ tịch UBND tỉnh Trần Duy Đông", "Thủ tướng Chính phủ").replace("06/CĐ-UBND", "175/CĐ-TTg")
     + _BETWEEN + "Công điện cũng yêu cầu các ngành, địa phương tập trung phòng ngừa lũ quét.", []),
    (_ISSUED + _BETWEEN + "Báo cáo cũng cho biết các ngành, địa phương đã sơ tán 200 hộ.", []),
])
def test_the_sectors_a_provinces_document_asks_are_its_departments(text, expected):
    assert _rows(text, "vi") == expected


_PM = "Thủ tướng yêu cầu tinh giản biên chế. "


@pytest.mark.parametrize("text, expected", [
    # the heads' words (cues.json fillers) opening the collectives' clause, a second subject joined by "và" before the
    # modal (frames: clause_modal read past the heads' words, as it is past none)
    (_PM + "Người đứng đầu các Bộ, ngành, địa phương và người đứng đầu đơn vị trực thuộc phải chịu trách nhiệm về việc "
     "thực hiện.",
     [("các Bộ, ngành", "MINISTRIES", "assignee", "PM", None), ("địa phương", "PROVINCES", "assignee", "PM", None)]),
    (_PM + "Thủ trưởng các Bộ, ngành và thủ trưởng đơn vị trực thuộc cần nêu gương.",
     [("các Bộ, ngành", "MINISTRIES", "assignee", "PM", None)]),
    # look-alikes: no modal (a view), a report, one body's head (not a collective)
    (_PM + "Người đứng đầu các Bộ, ngành, địa phương và người dân đã đồng tình với chủ trương.", []),
    (_PM + "Lãnh đạo các Bộ, ngành cho biết sẽ hoàn thành.", []),
    (_PM + "Người đứng đầu UBND tỉnh Hà Nam và người đứng đầu đơn vị trực thuộc phải chịu trách nhiệm.", []),
])
def test_the_heads_of_collectives_and_another_subject_before_a_modal(text, expected):
    assert _rows(text, "vi") == expected
