"""Issue #13, the Vietnamese assignment classes that round 18c (9 real public pages, blind, a third batch after
rounds 18 and 18b's fixes; README "Round 18c (blind, real public pages): assignments vi") showed. New sentences
written for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a town named like its province is its capital town


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh giao UBND TP Thái Nguyên kiểm tra việc bồi thường.",
     [("DPC@19", "assignee", "PPC@19", None, None)]),
    ("Chủ tịch UBND tỉnh yêu cầu UBND thành phố Thái Nguyên báo cáo kết quả xử lý.",
     [("DPC@19", "assignee", "PPC@19", None, None)]),
    ("UBND tỉnh giao UBND TP Nam Định rà soát các dự án chậm tiến độ.",
     [("DPC@36", "assignee", "PPC@36", None, None)]),
    # look-alikes: a centrally-run city's committee, and a province's committee by 'tỉnh', stay the province's
    ("Thủ tướng yêu cầu UBND thành phố Hà Nội kiểm tra việc bồi thường.", [("PPC@01", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu UBND TP Cần Thơ báo cáo kết quả xử lý.", [("PPC@92", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu UBND tỉnh Thái Nguyên báo cáo kết quả xử lý.", [("PPC@19", "assignee", "PM", None, None)]),
])
def test_a_town_named_like_its_province_is_its_capital_town(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a numbered document's issue is reported, no task


@pytest.mark.parametrize("text, expected", [
    ("Ông Hùng đề nghị cấp đất tái định cư. UBND huyện Vũ Thư ban hành Quyết định số 9589 về việc giải quyết khiếu nại.",
     []),
    ("Bà Lan yêu cầu bồi thường thêm. Chủ tịch UBND huyện Kiến Xương ban hành Quyết định số 1205 giữ nguyên kết quả.",
     []),
    # look-alikes: a document to be issued, with no number, is a task as before
    ("Thủ tướng kết luận như sau:\nBộ Tài chính ban hành thông tư hướng dẫn.", [("MOF", "assignee", "PM", None, None)]),
    ("UBND tỉnh yêu cầu các huyện triển khai. UBND các huyện ban hành kế hoạch thực hiện.",
     [("DPC", "assignee", "PPC", None, None)]),
])
def test_a_numbered_document_issued_is_reported_not_tasked(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a central body cited after a province's sectors


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương hoàn thành các nhiệm vụ theo kết luận của Thủ tướng Chính phủ.",
     [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("UBND tỉnh yêu cầu các ngành chức năng triển khai ngay chỉ đạo của Bộ Y tế về phòng dịch.",
     [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    # look-alikes: a central body asking before the sectors keeps them the country's (no province's departments)
    ("Thủ tướng yêu cầu UBND tỉnh phối hợp với các ngành liên quan xử lý dứt điểm.", [("PPC", "assignee", "PM", None, None)]),
    ("Bộ Y tế đề nghị UBND tỉnh chỉ đạo các ngành chức năng kiểm tra.", [("PPC", "assignee", "MOH", None, None)]),
])
def test_a_central_body_cited_after_a_provinces_sectors_does_not_make_them_the_countrys(text, expected):
    assert rows(text) == expected
