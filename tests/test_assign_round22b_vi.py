"""Issue #13, the Vietnamese assignment classes that round 22b (7 real public pages, blind, after round 22's fixes;
README "Round 22b (blind, real public pages): assignments vi") showed. New sentences written for these tests (not the
pages' sentences), one literal case a line, with the look-alikes that must stay out. The passive request exists in
English and French too (their cues.json held it before: guards); a department with a paper or a radio closing the
subject exists in English (read there by round 18b's outside name: a guard); the province's own local authorities
opening the addressees and its bare sectors in a later sentence are Vietnamese grammar (cues.json list_skips,
grammar.json provincial_sector_names)."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ the province's own local authorities first


@pytest.mark.parametrize("text, expected", [
    # the local authorities (the province's own localities: no row) open the addressees, the sectors after them asked
    # (the first three fail without the fix; the two after them held before: a comma, a plural opening the name)
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu chính quyền địa phương và các ngành chức năng kiểm tra các hồ đập.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu chính quyền địa phương và Sở Y tế sẵn sàng lực lượng, thuốc men.",
     [("DOH@42", "assignee", "PPC@42")]),
    ("UBND tỉnh Quảng Bình đề nghị chính quyền địa phương các cấp và UBND các huyện rà soát các điểm sạt lở.",
     [("DPC@44", "assignee", "PPC@44")]),
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu chính quyền các địa phương, các sở, ngành liên quan sẵn sàng sơ tán dân.",
     [("DEPARTMENTS@42", "assignee", "PPC@42")]),
    ("UBND tỉnh Quảng Bình đề nghị các cấp chính quyền địa phương và UBND các huyện rà soát các điểm sạt lở.",
     [("DPC@44", "assignee", "PPC@44")]),
    # look-alikes held before: the sectors first, the localities after them; the bare localities first
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các sở, ban, ngành và chính quyền địa phương kiểm tra các hồ đập.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các địa phương và các ngành chức năng kiểm tra các hồ đập.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    # the local authorities alone give no row
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu chính quyền địa phương kiểm tra các hồ đập.", []),
])
def test_local_authorities_opening_the_addressees(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a body asked in the passive


@pytest.mark.parametrize("text, lang, expected", [
    # the asker of the sentence before asks the body of the passive
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các sở tăng cường kiểm tra. Chính quyền các xã, phường cũng được yêu cầu "
     "sẵn sàng phương án sơ tán.", "vi", [("CPC@40", "assignee", "PPC@40")]),
    ("UBND tỉnh Lạng Sơn yêu cầu Sở Y tế kiểm tra các bếp ăn. UBND các xã, phường được yêu cầu tuyên truyền cho "
     "người dân.", "vi", [("DOH@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("Sở Tài chính được đề nghị rà soát dự toán năm 2026.", "vi", [("DOF", "assignee", None)]),
    # look-alikes: the active request, and the body after a passive of another thing (the document asked for)
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu chính quyền các xã, phường sẵn sàng phương án sơ tán.", "vi",
     [("CPC@40", "assignee", "PPC@40")]),
    ("Báo cáo được yêu cầu gửi Sở Tài chính trước ngày 15/12.", "vi", []),
    # the same passive in English and French (held before)
    ("The Department of Finance was asked to review the 2026 estimates.", "en", [("DOF", "assignee", None)]),
    ("Le Service des finances est invité à examiner les prévisions de 2026.", "fr", [("DOF", "assignee", None)]),
])
def test_body_asked_in_the_passive(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a paper or a radio closing the subject's list


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Lạng Sơn yêu cầu Sở Y tế kiểm tra các bếp ăn. Sở Văn hóa, Thể thao và Du lịch, Báo Lạng Sơn phối hợp "
     "tuyên truyền về an toàn thực phẩm.", "vi",
     [("DOH@20", "assignee", "PPC@20"), ("DOCST@20", "assignee", "PPC@20")]),
    ("UBND tỉnh Lạng Sơn yêu cầu Sở Y tế kiểm tra các bếp ăn. Sở Thông tin và Truyền thông, Đài Phát thanh và "
     "Truyền hình tỉnh đẩy mạnh tuyên truyền.", "vi",
     [("DOH@20", "assignee", "PPC@20"), ("DIC@20", "assignee", "PPC@20")]),
    ("UBND tỉnh Lạng Sơn yêu cầu Sở Y tế kiểm tra các bếp ăn. Sở Thông tin và Truyền thông và Báo Lạng Sơn tăng cường "
     "tuyên truyền.", "vi",
     [("DOH@20", "assignee", "PPC@20"), ("DIC@20", "assignee", "PPC@20")]),
    # look-alikes held before: the department alone, two departments
    ("UBND tỉnh Lạng Sơn yêu cầu Sở Y tế kiểm tra các bếp ăn. Sở Thông tin và Truyền thông phối hợp tuyên truyền.",
     "vi", [("DOH@20", "assignee", "PPC@20"), ("DIC@20", "assignee", "PPC@20")]),
    # a paper named first opens no subject of the table
    ("UBND tỉnh Lạng Sơn yêu cầu Sở Y tế kiểm tra các bếp ăn. Báo Lạng Sơn đưa tin về vụ việc.", "vi",
     [("DOH@20", "assignee", "PPC@20")]),
    # English: the paper after the department before a passive, read by round 15's outside name (held before)
    ("The Department of Information and Communications and the Youth Newspaper were asked to step up communication.",
     "en", [("DIC", "assignee", None)]),
])
def test_paper_or_radio_closing_the_subject(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a province's bare sectors, no body in their sentence


@pytest.mark.parametrize("text, expected", [
    # two sentences after the province's direction, a sentence of bare localities between
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu các ngành chức năng tăng cường tuyên truyền. Đồng thời, các địa phương "
     "di dời dân khỏi vùng nguy hiểm. Chính quyền và ngành chức năng cần chuẩn bị đủ lương thực.",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("DEPARTMENTS@40", "assignee", "PPC@40")]),
    ("UBND tỉnh Hà Tĩnh yêu cầu Sở Y tế chuẩn bị thuốc. Các địa phương sơ tán dân trước 17h. Các ngành liên quan "
     "phải bố trí lực lượng ứng trực.",
     [("DOH@42", "assignee", "PPC@42"), ("DEPARTMENTS@42", "assignee", "PPC@42")]),
    # look-alikes: a central body in the text, the sectors are not one province's; no province named at all
    ("Thủ tướng yêu cầu Bộ Y tế chuẩn bị thuốc. Các địa phương sơ tán dân trước 17h. Các ngành liên quan phải bố "
     "trí lực lượng ứng trực.",
     [("MOH", "assignee", "PM")]),
    ("Sở Y tế cần chuẩn bị thuốc. Các địa phương sơ tán dân trước 17h. Các ngành liên quan phải bố trí lực lượng "
     "ứng trực.",
     [("DOH", "assignee", None)]),
])
def test_bare_sectors_of_a_one_province_text(text, expected):
    assert found(text, "vi") == expected
