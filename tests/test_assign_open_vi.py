"""Issue #13, Vietnamese assignment classes left open by rounds 7, 7b, 8 and 8b (README "Open classes fixed after
round 8 (assignments, vi)"): words glued by a site (``Ủyban``), the district committees as a bare ``các quận,
huyện`` in a subject-less sentence going on with partners, a bare ``sở, ngành`` after other addressees (``các đoàn
thể`` between them), a department urging the localities (``Sở … đôn đốc, kiểm tra …``) as its own task, and the
partners of a lead the table does not hold, two Deputy Prime Ministers joined by ``và`` before the verb that asks them
to direct. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ forms of the committees


@pytest.mark.parametrize("text, lang, expected", [
    # a site glues "Ủy" to "ban"
    ("Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với Ủyban nhân dân các huyện, thị xã, thành phố rà soát "
     "biên chế.", "vi",
     [("DOHA", "lead", "PPC"), ("DPC", "coordinate", "PPC")]),
    ("Ủyban nhân dân tỉnh yêu cầu Sở Y tế báo cáo tình hình dịch bệnh.", "vi",
     [("DOH", "assignee", "PPC")]),
    # a subject-less sentence goes on with the last task, its partners the bare "các quận, huyện"
    ("UBND thành phố yêu cầu Sở Y tế tăng cường kiểm tra an toàn thực phẩm. Đồng thời, phối hợp với các quận, huyện "
     "xử lý cơ sở vi phạm.", "vi",
     [("DOH", "assignee", "PPC"), ("DPC", "coordinate", "PPC")]),
    # look-alike: the districts that report are not tasked
    ("Các quận, huyện đã hoàn thành việc rà soát hộ nghèo.", "vi", []),
])
def test_forms_of_the_committees(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ bare departments after other addressees


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh chỉ đạo UBND các huyện, các đoàn thể, sở, ngành xây dựng kế hoạch phòng chống thiên tai.", "vi",
     [("DPC", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu UBND các huyện, các hội, đoàn thể, sở, ngành, cơ quan, đơn vị ra quân dọn vệ sinh môi trường.", "vi",
     [("DPC", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC")]),
    # look-alike: the departments' leaders attend, no task
    ("Lãnh đạo sở, ngành tham dự hội nghị tổng kết.", "vi", []),
])
def test_bare_departments_after_other_addressees(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a department urging the localities


@pytest.mark.parametrize("text, lang, expected", [
    # in a directive, the department that urges and checks the localities is tasked with it, its partners too
    ("UBND tỉnh yêu cầu các huyện rà soát nhà ở. Sở Xây dựng đôn đốc, kiểm tra việc thực hiện của các địa phương; "
     "phối hợp với các sở, ngành liên quan tổng hợp, báo cáo UBND tỉnh.", "vi",
     [("DOC", "assignee", "PPC"), ("DEPARTMENTS", "coordinate", "PPC")]),
    # look-alike: a body urged right after the verb is the one tasked, not the one urging
    ("Văn phòng Chính phủ đôn đốc Bộ Công Thương trình đề án.", "vi",
     [("MOIT", "assignee", "OOG")]),
    # look-alike: outside a directive, urging is a report
    ("Sở Xây dựng đôn đốc, kiểm tra việc thực hiện của các địa phương.", "vi", []),
])
def test_a_department_urging_the_localities(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ partners of a lead outside the table


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu Ban Quản lý dự án chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng rà soát hồ sơ.", "vi",
     [("DOF", "coordinate", "PPC"), ("DOC", "coordinate", "PPC")]),
    ("Công an tỉnh Bình Dương yêu cầu các đội tuần tra phối hợp với Công an tỉnh Đồng Nai kiểm soát tuyến đường giáp "
     "ranh.", "vi",
     [("PPS@75", "coordinate", "PPS@74")]),
    ("The Prime Minister asked the Vietnam Electricity Group to coordinate with the Ministry of Industry and Trade to "
     "ensure power supply.", "en",
     [("MOIT", "coordinate", "PM")]),
    # look-alikes: a report comes between the asking noun and the partners; no one asks
    ("Trả lời kiến nghị này, Bộ Y tế cho biết đã phối hợp với các địa phương kiểm tra.", "vi", []),
    ("Bộ Công Thương đã phối hợp với Bộ Tài chính điều hành giá xăng dầu.", "vi", []),
    ("The Ministry of Health said it had coordinated with the Ministry of Finance on drug prices.", "en", []),
])
def test_partners_of_a_lead_outside_the_table(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ two Deputy Prime Ministers joined by "và"


@pytest.mark.parametrize("text, lang, expected", [
    # persons asked to direct are no bodies tasked, two of them as one
    ("Thủ tướng phân công Phó Thủ tướng Trịnh Đình Dũng và Phó Thủ tướng Vũ Đức Đam trực tiếp chỉ đạo xây dựng đề án.", "vi", []),
    # the body they are asked to direct is tasked, as after one Deputy Prime Minister
    ("Thủ tướng giao Phó Thủ tướng Lê Minh Khái và Phó Thủ tướng Trần Hồng Hà chỉ đạo Bộ Tài chính rà soát thuế.", "vi",
     [("MOF", "assignee", "DPM")]),
    ("The Prime Minister assigned Deputy Prime Minister Le Minh Khai and Deputy Prime Minister Tran Hong Ha to direct "
     "the Ministry of Finance to review taxes.", "en",
     [("MOF", "assignee", "DPM")]),
    # look-alike: a person and a body joined by "và" are not one list of persons
    ("Thủ tướng phân công Phó Thủ tướng Trịnh Đình Dũng và Bộ Tài chính xây dựng đề án.", "vi",
     [("DPM", "assignee", "PM")]),
])
def test_two_deputy_prime_ministers(text, lang, expected):
    assert found(text, lang) == expected
