"""Issue #13, the Vietnamese assignment classes that round 9 (18 real public pages, blind; README "Round 9 (blind,
real public pages): assignments vi") showed, and the leftover of round 8's partners rule (the ``giao`` of ``giao
thông`` read as an asking verb). New sentences written for these tests (not the pages' sentences), one literal case
a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ partners of a lead outside the table


@pytest.mark.parametrize("text, lang, expected", [
    # the lead asked is a board the table does not hold, its name holding "giao": the partners are asked by "yêu cầu"
    ("Chủ tịch UBND tỉnh yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Sở Y tế, Công an tỉnh kiểm tra "
     "các bến xe khách.", "vi",
     [("DOH", "coordinate", "PPC"), ("PPS", "coordinate", "PPC")]),
    ("UBND tỉnh đề nghị Hội Nông dân tỉnh phối hợp với Sở Tài chính hướng dẫn các hợp tác xã.", "vi",
     [("DOF", "coordinate", "PPC")]),
    # look-alikes: "giao thông" (traffic) asks nobody
    ("Tình hình giao thông trên các tuyến quốc lộ ổn định, lực lượng chức năng phối hợp với Công an tỉnh tuần tra "
     "kiểm soát.", "vi", []),
    ("Hoạt động giao thương qua cửa khẩu tăng mạnh, các doanh nghiệp phối hợp với Sở Công Thương xúc tiến xuất khẩu.",
     "vi", []),
    # look-alike: a new clause whose own bodies were acknowledged, not asked
    ("Cử tri ghi nhận Chính phủ đã quyết liệt chỉ đạo khắc phục sự cố; ghi nhận việc Bộ Y tế, các bộ, ngành tăng "
     "cường kiểm tra, phối hợp với MTTQ Việt Nam giám sát.", "vi", []),
])
def test_partners_of_a_lead_outside_the_table(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ partners opening with names outside the table


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Hội Nông dân tỉnh, Sở Xây dựng, UBND các huyện rà soát các dự "
     "án chậm giải ngân.", "vi",
     [("DOF", "lead", "PPC"), ("DOC", "coordinate", "PPC"), ("DPC", "coordinate", "PPC")]),
    # look-alikes: a task's words, not short names, before a body that reports or has its own task
    ("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các cơ sở khám chữa bệnh tư nhân trên địa bàn tổ chức tiêm chủng, "
     "Sở Tài chính cho biết sẽ bố trí kinh phí.", "vi", [("DOH", "lead", "PPC")]),
    ("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với bệnh viện tuyến huyện, trạm y tế xã tổ chức tiêm chủng, Sở Tài "
     "chính bố trí kinh phí.", "vi", [("DOH", "lead", "PPC")]),
])
def test_partners_opening_with_names_outside_the_table(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the chairman named with his person and post


@pytest.mark.parametrize("text, lang, expected", [
    # a person's name after "tỉnh" (a designator of provinces only) keeps the committee
    ("Chủ tịch UBND tỉnh Lê Văn Hùng yêu cầu Sở Y tế kiểm tra các cơ sở kinh doanh thực phẩm.", "vi",
     [("DOH", "assignee", "PPC")]),
    # the person's name and another post between the committee and its verb
    ("Đồng chí Chủ tịch UBND tỉnh Trần Văn Nam, Trưởng Ban chỉ đạo phòng chống thiên tai tỉnh có ý kiến như sau:\n"
     "1. Giao Sở Nông nghiệp và Môi trường chủ trì kiểm tra các hồ đập.", "vi", [("DAE", "lead", "PPC")]),
    # look-alikes: a town after "TP" is no province; a chairman described, no verb of his, assigns nothing
    ("UBND TP Rạch Giá yêu cầu các phường rà soát hộ nghèo.", "vi", []),
    ("Chủ tịch UBND tỉnh Trần Văn Nam, nguyên Giám đốc Sở Tài chính, đã nghỉ hưu. Giao Sở Y tế kiểm tra các cơ sở.",
     "vi", [("DOH", "assignee", None)]),
])
def test_the_chairman_named_with_his_person_and_post(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ forms a provincial text writes


@pytest.mark.parametrize("text, lang, expected", [
    # the committee's abbreviation in brackets inside its name
    ("Chủ tịch Ủy ban nhân dân (UBND) tỉnh vừa ký công văn yêu cầu Giám đốc Sở Xây dựng kiểm tra các công trình.",
     "vi", [("DOC", "assignee", "PPC")]),
    # a scope of a few words between a body and its cue
    ("Ủy ban nhân dân các huyện, thị xã, thành phố trên địa bàn tỉnh chịu trách nhiệm hướng dẫn các hộ chăn nuôi kê "
     "khai.", "vi", [("DPC", "assignee", None)]),
    # a delegated signature ("thừa ủy quyền") tasks no one it names
    ("Văn phòng Chính phủ đề nghị Bộ trưởng Bộ Nội vụ ký thừa ủy quyền Thủ tướng Chính phủ văn bản gửi các địa "
     "phương.", "vi", [("MOHA", "assignee", "OOG")]),
    ("Văn bản do Thứ trưởng Bộ Tài chính ký thừa uỷ quyền Bộ trưởng, gửi các tỉnh.", "vi", []),
    # look-alike: the Prime Minister who delegates still tasks
    ("Thủ tướng ủy quyền Bộ trưởng Bộ Ngoại giao ký hiệp định.", "vi", [("MOFA", "assignee", "PM")]),
])
def test_forms_a_provincial_text_writes(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a sentence a site broke over lines


@pytest.mark.parametrize("text, lang, expected", [
    ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
     "Điều 2. Giám đốc Sở Nội vụ; Giám đốc các sở, ban,\nngành; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm\n"
     "thi hành Quyết định này./.", "vi",
     [("DOHA@12", "assignee", "PPC@12"), ("DEPARTMENTS@12", "assignee", "PPC@12"), ("DPC@12", "assignee", "PPC@12")]),
    # look-alike: a line closed by a full stop keeps its bodies apart from the next line's clause
    ("Sở Y tế đã hoàn thành kế hoạch năm.\nchịu trách nhiệm thi hành là các cơ sở.", "vi", []),
])
def test_a_sentence_broken_over_lines(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the provincial committee that issues a decision


@pytest.mark.parametrize("text, lang, expected", [
    # the committee that issues the decision assigns the duties the text reports; the commune committees a district
    # committee directs in its own clause are asked by that district committee, and so are their partners (the lead,
    # stop 43, ruling A; this case wanted PPC@12 before)
    ("Ngày 5/3/2021, UBND tỉnh Lai Châu ban hành Quyết định số 10/2021/QĐ-UBND về quản lý chợ. Ủy ban nhân dân các "
     "huyện chịu trách nhiệm chỉ đạo Ủy ban nhân dân các xã rà soát các chợ, phối hợp với Sở Công Thương kiểm tra.",
     "vi",
     [("DPC@12", "assignee", "PPC@12"), ("CPC@12", "assignee", "DPC@12"), ("DOIT@12", "coordinate", "DPC@12")]),
    # look-alike: a national authority's text keeps a province's body without an assigner it does not name
    ("Thủ tướng Chính phủ yêu cầu các bộ rà soát thủ tục. Công an tỉnh Lai Châu được giao chủ trì kiểm tra.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("PPS@12", "lead", None)]),
])
def test_the_provincial_committee_that_issues_a_decision(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a deadline in the next sentence, a report's recipient named


def _deadlines(text: str, lang: str) -> list[tuple]:
    import extract
    from extract.assign import stage
    doc = extract.document_from_text(text, lang=lang, stages=[stage])
    return [(a.agency_id, a.deadline, a.deadline_qualifier) for a in doc.assignments]


@pytest.mark.parametrize("text, lang, expected", [
    # the next sentence names the body the report goes to: it still tells when the task is due
    ("UBND tỉnh giao Sở Tài chính rà soát các khoản chi thường xuyên (gửi kèm danh mục). Yêu cầu gửi báo cáo về Sở "
     "Nội vụ trước ngày 15/6/2024.", "vi", [("DOF", "2024-06-15", "before")]),
    # look-alike: a next sentence about another body's own work
    ("UBND tỉnh giao Sở Tài chính rà soát các khoản chi thường xuyên. Sở Nội vụ đã hoàn thành việc sắp xếp trước ngày "
     "15/6/2024.", "vi", [("DOF", None, None)]),
])
def test_a_deadline_after_a_reports_recipient(text, lang, expected):
    assert [d for d in _deadlines(text, lang) if d[0] == "DOF"] == expected


# ------------------------------------------------------------------ a co-subject outside the table, a duty's adverb


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence going on with a directive opens with a name outside the table joined to the body by "và"
    ("UBND tỉnh chỉ đạo các cơ quan, đơn vị nghiêm túc thực hiện. Các thành viên Ban Chỉ đạo tỉnh và UBND các huyện, "
     "thị xã, thành phố tổng hợp kết quả gửi Sở Y tế.", "vi", [("DPC", "assignee", "PPC")]),
    # a duty's adverb before "báo cáo" makes it a task ("hàng ngày báo cáo"), not a report
    ("UBND tỉnh chỉ đạo các cơ quan, đơn vị nghiêm túc thực hiện. UBND các huyện, thị xã, thành phố định kỳ báo cáo "
     "kết quả về Sở Y tế.", "vi", [("DPC", "assignee", "PPC")]),
    # look-alikes: the body that reports ("báo cáo" right after it), people before "và", a report's subject
    ("UBND tỉnh chỉ đạo các cơ quan, đơn vị nghiêm túc thực hiện. UBND các huyện, thị xã, thành phố báo cáo kết quả "
     "về Sở Y tế.", "vi", []),
    ("UBND tỉnh chỉ đạo các cơ quan, đơn vị nghiêm túc thực hiện. Người dân đi từ vùng dịch về và UBND các xã đã báo "
     "cáo kết quả.", "vi", []),
    ("UBND tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện. Báo cáo cho biết lực lượng chức năng và UBND các "
     "huyện tổng hợp kết quả.", "vi", []),
])
def test_a_co_subject_outside_the_table_and_a_dutys_adverb(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ round 9b: provincial decisions, older forms


@pytest.mark.parametrize("text, lang, expected", [
    # an article's number opens the sentence of its assigning verb: the heading's issuer assigns
    ("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\nĐiều 2.Giao Sở "
     "Tư pháp chủ trì, phối hợp với các sở, ban, ngành hướng dẫn thực hiện.", "vi",
     [("DOJ@11", "lead", "PPC@11"), ("DEPARTMENTS@11", "coordinate", "PPC@11")]),
    ("UBND TỈNH ĐIỆN BIÊN\nQUYẾT ĐỊNH\nĐiều 1: Phê duyệt chương trình.\nĐiều 2: Giao cho Sở Nội vụ tổ chức triển khai "
     "chương trình.", "vi", [("DOHA@11", "assignee", "PPC@11")]),
    # an implementation clause in an older form, after the office of the council and the committee
    ("UBND TỈNH ĐIỆN BIÊN\nQUYẾT ĐỊNH\nĐiều 1: Phê duyệt chương trình.\nĐiều 2: Các ông (bà): Chánh văn phòng HĐND và "
     "UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND các huyện căn cứ quyết định thi "
     "hành.", "vi",
     [("DOHA@11", "assignee", "PPC@11"), ("DEPARTMENTS@11", "assignee", "PPC@11"), ("DPC@11", "assignee", "PPC@11")]),
    # the departments without a comma, the province's localities after them are no provinces
    ("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các sở ngành có liên quan, các địa phương tổ chức tiêm chủng.", "vi",
     [("DOH", "lead", "PPC"), ("DEPARTMENTS", "coordinate", "PPC")]),
    # the main responsibility is the lead
    ("Thủ tướng giao Bộ Công Thương chịu trách nhiệm chính, phối hợp với Bộ Tài chính xây dựng đề án.", "vi",
     [("MOIT", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    # the partner of a body outside the table that directs its own units, in the committee's letter
    ("UBND tỉnh yêu cầu Sở Y tế chủ trì kiểm tra an toàn thực phẩm. Bộ Chỉ huy quân sự tỉnh chỉ đạo đơn vị chức năng "
     "phối hợp với Công an tỉnh bảo vệ các mục tiêu.", "vi", [("DOH", "lead", "PPC"), ("PPS", "coordinate", "PPC")]),
    # look-alike: a report of past work asks no partner
    ("Báo cáo cho biết Bộ Chỉ huy quân sự tỉnh đã phối hợp với Công an tỉnh bảo vệ các mục tiêu.", "vi", []),
])
def test_round_9b_provincial_decisions_and_older_forms(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ round 9c: an elided lead, "&" in a name, "hướng dẫn"


@pytest.mark.parametrize("text, lang, expected", [
    # a lead whose subject is elided, then its partners: the last task's body leads
    ("Thủ tướng yêu cầu Bộ Y tế tăng cường kiểm tra an toàn thực phẩm. Kiểm soát các cơ sở sản xuất; chủ trì, phối "
     "hợp với các bộ, ngành liên quan xử lý vi phạm.", "vi",
     [("MOH", "assignee", "PM"), ("MINISTRIES", "coordinate", "PM")]),
    ("Thủ tướng giao Bộ Công Thương:\n- Nghiên cứu đề xuất của doanh nghiệp, chủ trì, phối hợp với các địa phương báo "
     "cáo tình hình.", "vi", [("MOIT", "assignee", "PM"), ("PROVINCES", "coordinate", "PM")]),
    # "&" between spaces in a ministry's short name
    ("Thủ tướng yêu cầu Bộ Nông nghiệp & PTNT chủ trì rà soát quy hoạch.", "vi", [("MARD", "lead", "PM")]),
    # a nested directive through "hướng dẫn": the bodies guided are tasked
    ("Thủ tướng giao Bộ Tài chính chủ trì, hướng dẫn UBND các tỉnh, thành phố triển khai thực hiện.", "vi",
     [("MOF", "lead", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: a report that a body led with partners; guidance given, no task after the body guided
    ("Năm qua, Bộ Y tế đã chủ trì, phối hợp với các bộ, ngành tổ chức nhiều đoàn kiểm tra.", "vi", []),
    ("Thủ tướng giao Bộ Tài chính chủ trì rà soát thủ tục. Bộ đã hướng dẫn UBND các tỉnh, thành phố về thủ tục mới.",
     "vi", [("MOF", "lead", "PM")]),
])
def test_round_9c_elided_lead_names_and_guidance(text, lang, expected):
    assert found(text, lang) == expected
