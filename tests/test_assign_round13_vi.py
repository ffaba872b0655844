"""Issue #13, the Vietnamese assignment classes that round 13 (14 real public pages, blind; README "Round 13 (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

import extract
from tests.assign_cases import found


# ------------------------------------------------------------------ a unit outside the table inside a list of bodies


@pytest.mark.parametrize("text, lang, expected", [
    # the provincial inspectorate, the tax department (no bodies of the table) between the partners: the list goes on
    ("Chủ tịch UBND tỉnh Thái Bình yêu cầu Sở Xây dựng chủ trì, phối hợp với Thanh tra tỉnh, Sở Tài chính, Cục Thuế "
     "tỉnh, UBND các huyện, thành phố rà soát các dự án chậm tiến độ.", "vi",
     [("DOC@34", "lead", "PPC@34"), ("DOF@34", "coordinate", "PPC@34"), ("DPC@34", "coordinate", "PPC@34")]),
    ("UBND tỉnh yêu cầu Sở Công Thương chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh kiểm tra các kho xăng "
     "dầu.", "vi", [("DOIT", "lead", "PPC"), ("PPS", "coordinate", "PPC")]),
    # "đơn vị thuộc UBND tỉnh": units of the committee, its name no mention; the district committees after them asked
    ("UBND tỉnh yêu cầu các Sở, ban ngành, đơn vị thuộc UBND tỉnh, UBND các huyện, thành phố: Rà soát các khoản nợ "
     "đọng.", "vi", [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh đề nghị các cơ quan thuộc UBND tỉnh và UBND các huyện rà soát số liệu trước ngày 15/12/2024.",
     "vi", [("DPC", "assignee", "PPC")]),
    # units outside the table opening the list an assigning verb names: the bodies after them are asked
    ("Chủ tịch UBND tỉnh giao thủ trưởng các cơ quan, đơn vị liên quan, UBND các huyện, thị xã có trách nhiệm phối hợp "
     "với Sở Giáo dục và Đào tạo.", "vi", [("DPC", "assignee", "PPC"), ("DOET", "coordinate", "PPC")]),
    # look-alikes: the committee's own units report; a unit of the inspectorate is no body
    ("Các đơn vị thuộc UBND tỉnh đã hoàn thành việc rà soát trong tháng 10.", "vi", []),
    ("Thanh tra tỉnh, Cục Thuế tỉnh đã kiểm tra 12 doanh nghiệp.", "vi", []),
])
def test_a_unit_outside_the_table_inside_a_list(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a body holding an event, a chair with no task


@pytest.mark.parametrize("text, lang, expected", [
    # a body that holds a conference or a ceremony reports an event; the director who chairs it has no task
    ("UBND tỉnh chỉ đạo các sở, ngành rà soát dự án.\n\nSở Tư pháp tổ chức hội nghị tổng kết công tác năm 2024.", "vi",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát dự án.\n\nCông an tỉnh Hà Nam tổ chức lễ ra quân bảo đảm trật tự "
     "giao thông.", "vi", [("DEPARTMENTS@35", "assignee", "PPC@35")]),
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát dự án. Hội nghị do ông Trần Văn A - Giám đốc Sở Nội vụ, chủ trì.",
     "vi", [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alikes: holding a conference or a ceremony as the task given; a lead with its task
    ("UBND tỉnh giao Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ cấp xã.", "vi", [("DOHA", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế tổ chức lễ phát động tiêm chủng mở rộng.", "vi", [("DOH", "assignee", "PPC")]),
    ("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án.", "vi",
     [("DOH", "lead", "PPC"), ("DOF", "coordinate", "PPC")]),
])
def test_a_body_holding_an_event_or_chairing_is_not_tasked(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a body asked to direct another shares its deadline


@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Y tế đề nghị UBND các tỉnh, thành phố chỉ đạo Sở Y tế hoàn thành báo cáo trước ngày 30/6/2024.", "vi",
     [("PROVINCES", "assignee", "MOH", "2024-06-30"), ("DOH", "assignee", "MOH", "2024-06-30")]),
    ("Thủ tướng yêu cầu UBND các tỉnh chỉ đạo Sở Tài chính rà soát, báo cáo trước ngày 15/3/2024.", "vi",
     [("PROVINCES", "assignee", "PM", "2024-03-15"), ("DOF", "assignee", "PM", "2024-03-15")]),
    ("The Ministry of Health asked provincial People's Committees to direct their Departments of Health to submit "
     "reports before June 30, 2024.", "en", [("PROVINCES", "assignee", "MOH", "2024-06-30")]),
    # look-alikes: the first body has its own task; the second body's task is in another clause
    ("Bộ Y tế đề nghị UBND các tỉnh, thành phố tăng cường kiểm tra, giao Sở Y tế hoàn thành báo cáo trước ngày "
     "30/6/2024.", "vi", [("PROVINCES", "assignee", "MOH", None), ("DOH", "assignee", "MOH", "2024-06-30")]),
    ("Bộ Y tế đề nghị UBND các tỉnh, thành phố rà soát; Sở Y tế hoàn thành báo cáo trước ngày 30/6/2024.", "vi",
     [("PROVINCES", "assignee", "MOH", None), ("DOH", "assignee", "MOH", "2024-06-30")]),
])
def test_a_body_asked_to_direct_another_shares_its_deadline(text, lang, expected):
    doc = extract.document(text, lang=lang)
    assert [(a.agency_id, a.role, a.assigned_by, a.deadline) for a in doc.assignments] == expected


# ------------------------------------------------------------------ a province's sectors asked: "các ban ngành"


@pytest.mark.parametrize("text, lang, expected", [
    ("Để hoàn thành kế hoạch năm, UBND tỉnh Hà Nam chỉ đạo các ban ngành, địa phương xử lý dứt điểm các kiến nghị.",
     "vi", [("DEPARTMENTS@35", "assignee", "PPC@35")]),
    ("Chủ tịch UBND tỉnh yêu cầu các ban, ngành rà soát các thủ tục hành chính.", "vi",
     [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alikes: the country's ministries and sectors in a central text; the sectors of a working group's name
    ("Thủ tướng yêu cầu các bộ, ban, ngành rà soát các thủ tục hành chính.", "vi", [("MINISTRIES", "assignee", "PM")]),
    ("Thủ tướng yêu cầu các ban ngành trung ương rà soát các thủ tục hành chính.", "vi", []),
])
def test_a_provinces_sectors_asked(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a head's title before a body that opens a sentence


@pytest.mark.parametrize("text, lang, expected", [
    # the next sentence of a direction names a department through its director (head_titles: the department is meant;
    # "Bộ trưởng" is not listed: it made a legal text's "Bộ trưởng Bộ Y tế, phối hợp với …, chịu trách nhiệm thi hành"
    # and a minister presenting a bill ("trình bày Tờ trình") read wrongly, so the next minister stays open)
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng rà soát các dự án. Giám đốc Sở Tài chính tổng hợp nhu cầu vốn.", "vi",
     [("DOC", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    # look-alikes: a minister's or a director's statement or past action
    ("Bộ trưởng Bộ Y tế cho biết sẽ kiểm tra các bệnh viện.", "vi", []),
    ("Giám đốc Sở Y tế đã kiểm tra các bệnh viện trong tháng 5.", "vi", []),
])
def test_a_heads_title_before_a_body_opening_a_sentence(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a department's task in the report of a decision


@pytest.mark.parametrize("text, lang, expected", [
    # "Theo Quyết định này, …": the decision's content is reported, its plain verbs task (the ministry's decision names
    # no assigner the extractor trusts for a province's department: none)
    ("Bộ trưởng Bộ Xây dựng đã ban hành Quyết định thành lập Tổ công tác tại tỉnh Hà Nam. Theo Quyết định này, Tổ công "
     "tác có 5 thành viên. Sở Xây dựng tỉnh Hà Nam bố trí nơi làm việc cho tổ công tác.", "vi",
     [("DOC@35", "assignee", None)]),
    # look-alikes: the decision's department reports what it did; a decision cited with no content after it
    ("Theo quyết định này, Sở Xây dựng đã bố trí nơi làm việc cho tổ công tác.", "vi", []),
    ("Sở Xây dựng bố trí nơi làm việc cho tổ công tác từ tháng trước.", "vi", []),
])
def test_a_departments_task_in_the_report_of_a_decision(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a person named by his name alone, his post earlier


@pytest.mark.parametrize("text, lang, expected", [
    # "đồng chí <name>" after a longer opening: the body of the post given with his name earlier asks
    ("Tham dự có đồng chí Lê Văn Hòa - Phó Chủ tịch UBND tỉnh Hà Nam.\n\nPhát biểu chỉ đạo, đồng chí Lê Văn Hòa đề "
     "nghị Công an tỉnh tăng cường tuần tra.", "vi", [("PPS@35", "assignee", "PPC@35")]),
    ("Tham dự có ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Hà Nam.\n\nTại buổi làm việc, ông Trần Văn Bình yêu cầu UBND "
     "các huyện tăng cường kiểm tra.", "vi", [("DPC@35", "assignee", "DOH@35")]),
    # "đồng chí" stands for the chairman of the sentence before, and the province's own localities are no row
    ("Chủ tịch UBND tỉnh Hà Nam yêu cầu các sở, ngành rà soát dự án. Về công tác quy hoạch, đồng chí yêu cầu các ban, "
     "ngành, các địa phương đẩy nhanh tiến độ.", "vi",
     [("DEPARTMENTS@35", "assignee", "PPC@35"), ("DEPARTMENTS@35", "assignee", "PPC@35")]),
    # look-alikes: his own body is not his asker; a name never given a post gives no asker
    ("Tham dự có ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Hà Nam.\n\nTại buổi làm việc, ông Trần Văn Bình yêu cầu Sở Y "
     "tế tăng cường kiểm tra.", "vi", [("DOH@35", "assignee", None)]),
    ("Phát biểu tại hội nghị, ông Nguyễn Văn Tám yêu cầu Sở Y tế tỉnh Hà Nam tăng cường kiểm tra.", "vi",
     [("DOH@35", "assignee", None)]),
])
def test_a_person_named_alone_asks_for_the_body_of_his_post(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the city's or province's leaders as the asker (round 9)


@pytest.mark.parametrize("text, lang, expected", [
    ("Lãnh đạo TP yêu cầu Sở Giao thông vận tải khẩn trương hoàn thiện hồ sơ dự án.", "vi", [("DOT", "assignee", "PPC")]),
    ("Theo đó, lãnh đạo tỉnh yêu cầu Sở Y tế tỉnh Hà Nam kiểm tra các bệnh viện.", "vi",
     [("DOH@35", "assignee", "PPC@35")]),
    # look-alikes: a request to the leaders tasks nobody; the leaders' visit asks nothing
    ("Doanh nghiệp đề nghị lãnh đạo tỉnh quan tâm tháo gỡ khó khăn về mặt bằng.", "vi", []),
    ("Lãnh đạo TP đã đến thăm Sở Xây dựng nhân dịp đầu năm.", "vi", []),
])
def test_the_leaders_of_a_city_as_the_asker(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the assigner named only after the tasks (round 11)


@pytest.mark.parametrize("text, lang, expected", [
    # "Chủ tịch UBND tỉnh … cũng quyết định …" after an elided "Giao …": the chairman decided the tasks before too
    ("Giao Sở Giáo dục và Đào tạo phối hợp với các trường rà soát phòng học. Chủ tịch UBND tỉnh Trần Văn Nam cũng quyết "
     "định hỗ trợ 2 triệu đồng cho mỗi giáo viên.", "vi", [("DOET", "assignee", "PPC")]),
    # look-alike: no one named as deciding, no assigner
    ("Giao Sở Giáo dục và Đào tạo phối hợp với các trường rà soát phòng học. Mức hỗ trợ là 2 triệu đồng cho mỗi giáo "
     "viên.", "vi", [("DOET", "assignee", None)]),
])
def test_the_assigner_named_only_after_the_tasks(text, lang, expected):
    assert found(text, lang) == expected
