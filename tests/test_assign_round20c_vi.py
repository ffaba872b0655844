"""Issue #13, Vietnamese assignment classes left open after round 20 and earlier rounds (README "Round 20,
assignments vi: open classes (not blind)"). New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a year in a purpose clause is not the deadline


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu Bộ Xây dựng khẩn trương hoàn thành thủ tục để khởi công dự án trong năm 2026.",
     [("MOC", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu Bộ Tài chính rà soát nguồn vốn nhằm giải ngân hết trong năm 2026.",
     [("MOF", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu Bộ Xây dựng chuẩn bị mặt bằng de kip khởi công trong năm 2026.",
     [("MOC", "assignee", "PM", None, None)]),
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu Sở Công Thương phấn đấu ngay trong năm 2026 nâng hạng chỉ số.",
     [("DOIT@40", "assignee", "PPC@40", None, None)]),
    # look-alikes: a due date before the purpose, a date due before (qualifier before) after it, and accent-free
    # "de" of "đề nghị" / "đề xuất" keep their dates
    ("Thủ tướng yêu cầu Bộ Xây dựng hoàn thành thủ tục trong tháng 3/2026 để khởi công dự án.",
     [("MOC", "assignee", "PM", "2026-03", "in")]),
    ("Thủ tướng yêu cầu Bộ Xây dựng đẩy nhanh tiến độ để hoàn thành trước ngày 30/6/2026.",
     [("MOC", "assignee", "PM", "2026-06-30", "before")]),
    ("Thủ tướng yêu cầu Bộ Xây dựng de xuat phuong an trong tháng 3/2026.",
     [("MOC", "assignee", "PM", "2026-03", "in")]),
])
def test_a_year_in_a_purpose_clause(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a sector named for the province's department


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Hà Tĩnh giao ngành Công thương Hà Tĩnh kiểm tra các cửa hàng xăng dầu.",
     [("DOIT@42", "assignee", "PPC@42", None, None)]),
    ("Phó Chủ tịch UBND tỉnh Nam Định yêu cầu UBND các huyện, ngành nông nghiệp Nam Định chỉ đạo thu hoạch lúa.",
     [("DPC@36", "assignee", "PPC@36", None, None), ("DARD@36", "assignee", "PPC@36", None, None)]),
    ("UBND tỉnh Nghệ An yêu cầu ngành y tế tỉnh tăng cường giám sát dịch bệnh.",
     [("DOH@40", "assignee", "PPC@40", None, None)]),
    ("Chủ tịch UBND tỉnh Nghệ An đề nghị ngành giáo dục rà soát đội ngũ giáo viên.",
     [("DOET@40", "assignee", "PPC@40", None, None)]),
    # look-alikes: the sector in a ministry's or the Prime Minister's text is the country's; the sector that a
    # district directs is the district's own; a sector word inside another phrase is none
    ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn yêu cầu ngành nông nghiệp tập trung sản xuất vụ đông.", []),
    ("Thủ tướng yêu cầu ngành y tế chuẩn bị phương án.", []),
    ("Chủ tịch UBND tỉnh Nam Định yêu cầu hai huyện chỉ đạo ngành nông nghiệp hướng dẫn nông dân.",
     [("DPC@36", "assignee", "PPC@36", None, None)]),
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu Sở Y tế đào tạo nhân lực cho chuyên ngành y tế dự phòng.",
     [("DOH@40", "assignee", "PPC@40", None, None)]),
])
def test_a_sector_named_for_the_provinces_department(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a bare "bộ" pointing back to the ministry


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu Bộ Công Thương bảo đảm nguồn cung xăng dầu. Thủ tướng cũng lưu ý bộ tiếp tục rà soát giá.",
     [("MOIT", "assignee", "PM", None, None), ("MOIT", "assignee", "PM", None, None)]),
    ("Phó Thủ tướng giao Bộ Tài chính sửa đổi quy định về phí. Phó Thủ tướng yêu cầu bộ khẩn trương trình Chính phủ.",
     [("MOF", "assignee", "DPM", None, None), ("MOF", "assignee", "DPM", None, None)]),
    ("Chính phủ yêu cầu Bộ Giáo dục và Đào tạo rà soát chương trình. Bộ này cần khẩn trương hoàn thành trong tháng 10/2026.",
     [("MOET", "assignee", "GOV", None, None), ("MOET", "assignee", "GOV", "2026-10", "in")]),
    ("Chính phủ giao Bộ Y tế tăng cường thanh tra. Đồng thời, Bộ này cần khẩn trương hoàn thiện dự án luật.",
     [("MOH", "assignee", "GOV", None, None), ("MOH", "assignee", "GOV", None, None)]),
    # look-alikes: words ending in "bộ" (toàn bộ, cán bộ, bộ phận) after the verb, "bộ" with no ministry before, and
    # "Bộ này" telling what the ministry did
    ("Chính phủ giao Bộ Y tế tăng cường thanh tra. Bộ này đã tổ chức nhiều đoàn kiểm tra.",
     [("MOH", "assignee", "GOV", None, None)]),
    ("Thủ tướng yêu cầu Bộ Công Thương bảo đảm nguồn cung. Thủ tướng yêu cầu toàn bộ cán bộ tiếp tục rèn luyện.",
     [("MOIT", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu Bộ Công Thương bảo đảm nguồn cung. Thủ tướng yêu cầu cán bộ tiếp tục rèn luyện.",
     [("MOIT", "assignee", "PM", None, None)]),
    ("Thủ tướng yêu cầu Bộ Công Thương bảo đảm nguồn cung. Thủ tướng yêu cầu bộ phận một cửa tiếp tục cải cách.",
     [("MOIT", "assignee", "PM", None, None)]),
    ("Thủ tướng lưu ý bộ tiếp tục đẩy mạnh hoàn thiện thể chế.", []),
])
def test_a_bare_bo_pointing_back_to_the_ministry(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a bare "các sở" pointing back to one field's departments


@pytest.mark.parametrize("text, expected", [
    ("Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT về việc báo cáo sĩ số. Để có cơ sở tổng hợp, Bộ GD&ĐT đề nghị "
     "các sở báo cáo nhanh tình hình.",
     [("DOET", "assignee", "MOET", None, None)]),
    ("Bộ Y tế yêu cầu các Sở Y tế tăng cường giám sát dịch. Bộ Y tế cũng đề nghị các sở khẩn trương báo cáo số ca.",
     [("DOH", "assignee", "MOH", None, None), ("DOH", "assignee", "MOH", None, None)]),
    # look-alikes: after one department named (not a plural), "các sở" are all the departments, not that one; the
    # word inside a longer noun ("các sở hữu") is none
    ("Chủ tịch UBND tỉnh Nghệ An giao Sở Tài chính thẩm định. Chủ tịch UBND tỉnh yêu cầu các sở tiếp tục rà soát.",
     [("DOF@40", "assignee", "PPC@40", None, None)]),
    ("Bộ Y tế yêu cầu các Sở Y tế tăng cường giám sát dịch. Bộ Y tế đề nghị các sở hữu trí tuệ cần được bảo vệ.",
     [("DOH", "assignee", "MOH", None, None)]),
])
def test_a_bare_cac_so_pointing_back_to_one_fields_departments(text, expected):
    assert rows(text) == expected
