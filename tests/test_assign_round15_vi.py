"""Issue #13, the Vietnamese assignment classes that round 15 (13 real public pages, blind; README "Round 15 (blind,
real public pages): assignments vi") showed, and open classes of round 13. New sentences written for these tests
(not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found
from tests.assign_cases import rows


# ------------------------------------------------------------------ a day without a year, the text dated in ISO form


@pytest.mark.parametrize("text, expected", [
    (" date 2024-10-02 UBND tỉnh Sơn La yêu cầu Sở Tài chính tổng hợp số liệu, báo cáo trước ngày 20/10.",
     [("DOF@14", "assignee", "PPC@14", "2024-10-20", "before")]),
    ("Cập nhật 2023-03-15. Chủ tịch UBND tỉnh Yên Bái giao Sở Y tế hoàn thành kế hoạch trước ngày 30/4.",
     [("DOH@15", "assignee", "PPC@15", "2023-04-30", "before")]),
    # look-alikes: a range of years is no date; with no date in the text a day without a year gives no deadline
    ("Giai đoạn 2021-2025, UBND tỉnh Sơn La giao Sở Tài chính báo cáo trước ngày 20/10.",
     [("DOF@14", "assignee", "PPC@14", None, None)]),
    ("UBND tỉnh Sơn La yêu cầu Sở Tài chính báo cáo trước ngày 20/10.",
     [("DOF@14", "assignee", "PPC@14", None, None)]),
])
def test_a_day_without_a_year_in_a_text_dated_in_iso_form(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a committee that goes on asking by letter


@pytest.mark.parametrize("text, lang, expected", [
    ("Ngày 3/4, UBND tỉnh Bắc Kạn tiếp tục có công văn yêu cầu Sở Công Thương kiểm tra các cửa hàng xăng dầu.", "vi",
     [("DOIT@06", "assignee", "PPC@06")]),
    ("UBND tỉnh Điện Biên tiếp tục có văn bản đề nghị Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát "
     "bếp ăn trường học.", "vi", [("DOET@11", "lead", "PPC@11"), ("DOH@11", "coordinate", "PPC@11")]),
    # look-alike: a committee that goes on doing its own work is no asker and names no body asked
    ("UBND tỉnh Bắc Kạn tiếp tục rà soát các dự án chậm tiến độ.", "vi", []),
])
def test_a_committee_that_goes_on_asking_by_letter_is_the_asker(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a deadline in the next sentence, the report sent by letter


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Hà Nam yêu cầu Chủ tịch UBND các huyện, thành phố tổng hợp kết quả giải quyết kiến nghị của "
     "cử tri. Báo cáo gửi bằng văn bản về Ủy ban nhân dân tỉnh trước ngày 10/6/2019.",
     [("DPC@35", "assignee", "PPC@35", "2019-06-10", "before")]),
    ("UBND tỉnh Hà Nam đề nghị Sở Nội vụ rà soát biên chế. Kết quả gửi bằng văn bản và file điện tử về Ủy ban nhân "
     "dân tỉnh trước ngày 5/9/2019.", [("DOHA@35", "assignee", "PPC@35", "2019-09-05", "before")]),
    # look-alike: a body that has the next sentence's own task is no recipient; the first task keeps no date
    ("UBND tỉnh Hà Nam đề nghị Sở Nội vụ rà soát biên chế. Sở Tài chính bố trí kinh phí trước ngày 5/9/2019.",
     [("DOHA@35", "assignee", "PPC@35", None, None), ("DOF@35", "assignee", "PPC@35", "2019-09-05", "before")]),
])
def test_a_deadline_in_the_next_sentence_with_the_report_sent_by_letter(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a letter's addressee, the province's own, then the urging


@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Chủ tịch UBND tỉnh Hưng Yên đã ký văn bản gửi Sở Tài chính tỉnh, đôn đốc việc quyết toán các dự án hoàn "
     "thành.", "vi", [("DOF@33", "assignee", "PPC@33")]),
    ("Chủ tịch UBND thành phố Hải Phòng ký công văn gửi Sở Xây dựng thành phố, yêu cầu kiểm tra các công trình.", "vi",
     [("DOC@31", "assignee", "PPC@31")]),
    # look-alikes: a report sent to the department asks nothing of it; a named province is its own name
    ("UBND huyện đã gửi báo cáo tới Sở Tài chính tỉnh, đề nghị hỗ trợ kinh phí.", "vi", []),
])
def test_a_letters_addressee_of_the_province_then_the_request(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a body outside the table inside a list; an honorific


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh Hà Giang yêu cầu các sở, ban, ngành, tổ chức chính trị - xã hội, UBND các huyện, thành phố "
     "tuyên truyền tiết kiệm nước.", "vi", [("DEPARTMENTS@02", "assignee", "PPC@02"), ("DPC@02", "assignee", "PPC@02")]),
    ("UBND tỉnh giao các sở, ngành, Đài Phát thanh và Truyền hình tỉnh, UBND các huyện tăng cường tuyên truyền.", "vi",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("Thủ tướng đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ rà soát các dự án chậm giải ngân.", "vi",
     [("MINISTRIES", "assignee", "PM")]),
    # look-alikes: the organisations alone are no body; the ministers attending are not asked
    ("Chủ tịch UBND tỉnh yêu cầu các tổ chức chính trị - xã hội tuyên truyền tiết kiệm nước.", "vi", []),
    ("Các đồng chí Bộ trưởng đã dự hội nghị trực tuyến.", "vi", []),
])
def test_a_list_goes_on_over_an_organisation_and_an_honorific(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the letter as the asker after a linking phrase


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Phú Thọ ban hành văn bản chỉ đạo Sở Y tế kiểm tra các cơ sở khám bệnh. Ngoài ra, văn bản cũng yêu cầu "
     "UBND các huyện, thành phố tăng cường kiểm tra.", "vi",
     [("DOH@25", "assignee", "PPC@25"), ("DPC@25", "assignee", "PPC@25")]),
    ("UBND tỉnh Phú Thọ ban hành văn bản chỉ đạo Sở Y tế kiểm tra các cơ sở khám bệnh. Bên cạnh đó văn bản đề nghị "
     "Công an tỉnh xử lý vi phạm.", "vi", [("DOH@25", "assignee", "PPC@25"), ("PPS@25", "assignee", "PPC@25")]),
    # look-alike: the linking phrase before a body asking keeps that body as the asker
    ("UBND tỉnh Phú Thọ chỉ đạo Sở Y tế kiểm tra các cơ sở khám bệnh. Bên cạnh đó, Sở Y tế đề nghị UBND các huyện phối "
     "hợp.", "vi", [("DOH@25", "assignee", "PPC@25"), ("DPC@25", "assignee", "DOH@25")]),
])
def test_the_letter_after_a_linking_phrase_asks_for_its_issuer(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the communes asked without their committee's name


@pytest.mark.parametrize("text, expected", [
    ("Ngày 2/8/2025, Chủ tịch UBND tỉnh Gia Lai yêu cầu các xã, phường hoàn thành thống kê đất công trước ngày 30/9.",
     [("CPC@52", "assignee", "PPC@52", "2025-09-30", "before")]),
    ("UBND tỉnh Lào Cai giao các xã, phường, thị trấn rà soát hộ nghèo.", [("CPC@10", "assignee", "PPC@10", None, None)]),
    # look-alikes: the communes as places, as beneficiaries, as praised: no body asked
    ("UBND tỉnh Gia Lai hỗ trợ kinh phí cho các xã, phường khó khăn.", []),
    ("Đoàn công tác đã kiểm tra tại các xã, phường của tỉnh Gia Lai.", []),
    ("Chủ tịch UBND tỉnh Gia Lai ghi nhận sự cố gắng của các xã, phường trong năm qua.", []),
])
def test_the_communes_asked_without_their_committees_name(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ named provinces asked with a count


@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Y tế đề nghị 2 tỉnh Sơn La và Yên Bái khẩn trương báo cáo số ca bệnh.", "vi",
     [("PPC@14", "assignee", "MOH"), ("PPC@15", "assignee", "MOH")]),
    ("Bộ Xây dựng yêu cầu hai tỉnh Cao Bằng và Lạng Sơn rà soát giá vật liệu.", "vi",
     [("PPC@04", "assignee", "MOC"), ("PPC@20", "assignee", "MOC")]),
    # look-alikes: an amount given is no count of bodies; a count of ministries after a colon names no body
    ("UBND tỉnh giao 5 tỷ đồng cho Sở Y tế mua thiết bị.", "vi", []),
    ("Bộ Y tế đã làm việc với 2 tỉnh Sơn La và Yên Bái về số ca bệnh.", "vi", []),
])
def test_named_provinces_asked_with_a_count(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ open since round 13: a request's time frame opening the sentence


@pytest.mark.parametrize("text, lang, expected", [
    ("Trong tháng 10/2023, UBND tỉnh Bắc Ninh đề nghị các sở, ban, ngành rà soát các thủ tục hành chính.", "vi",
     [("DEPARTMENTS@27", "assignee", "PPC@27", "2023-10", "in")]),
    ("Sáng 2/3/2024, UBND tỉnh họp phiên thường kỳ. Trong tháng 4, Chủ tịch UBND tỉnh Hải Dương yêu cầu Sở Tài chính "
     "hoàn thành quyết toán.", "vi", [("DOF@30", "assignee", "PPC@30", "2024-04", "in")]),
    ("In May 2024, the Ministry of Health asked provincial People's Committees to inspect food safety.", "en",
     [("PROVINCES", "assignee", "MOH", "2024-05", "in")]),
    # look-alikes: a goal's date opening the sentence, a time frame that is not the sentence's opening, a report
    ("Để đạt mục tiêu vào năm 2030, UBND tỉnh Bắc Ninh giao Sở Y tế xây dựng kế hoạch.", "vi",
     [("DOH@27", "assignee", "PPC@27", None, None)]),
    ("Theo kế hoạch trong tháng 10/2023, UBND tỉnh Bắc Ninh đề nghị các sở, ban, ngành rà soát thủ tục.", "vi",
     [("DEPARTMENTS@27", "assignee", "PPC@27", None, None)]),
    ("Trong tháng 10/2023, các sở, ban, ngành tỉnh Bắc Ninh đã rà soát 120 thủ tục.", "vi", []),
])
def test_a_requests_time_frame_opening_the_sentence(text, lang, expected):
    assert rows(text, lang) == expected


# ------------------------------------------------------------------ open since round 13: the bare sectors of a provincial speech


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh Quảng Bình yêu cầu các ngành, các địa phương đẩy nhanh tiến độ giải phóng mặt bằng.", "vi",
     [("DEPARTMENTS@44", "assignee", "PPC@44")]),
    ("UBND tỉnh Hà Tĩnh chỉ đạo các ngành, địa phương chủ động phòng chống rét cho đàn gia súc.", "vi",
     [("DEPARTMENTS@42", "assignee", "PPC@42")]),
    # look-alikes: in a central text the localities are the provinces; a board's levels name no body
    ("Thủ tướng yêu cầu các ngành, các địa phương đẩy nhanh tiến độ giải ngân.", "vi", [("PROVINCES", "assignee", "PM")]),
    ("Ban Chỉ huy phòng, chống thiên tai các ngành, các cấp của tỉnh Hà Tĩnh đã họp.", "vi", []),
])
def test_the_bare_sectors_and_localities_of_a_provincial_direction(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ open since round 13: the one locality as a central body's partner


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng đề nghị tỉnh Thái Bình phát triển công nghiệp hỗ trợ; giao các bộ, ngành trung ương chủ trì, phối hợp "
     "với địa phương nghiên cứu các kiến nghị.", "vi",
     [("PPC@34", "assignee", "PM"), ("MINISTRIES", "lead", "PM"), ("PPC@34", "coordinate", "PM")]),
    ("Phó Thủ tướng yêu cầu Hà Giang rà soát quy hoạch. Phó Thủ tướng giao Bộ Xây dựng chủ trì, phối hợp với địa "
     "phương hướng dẫn.", "vi",
     [("PPC@02", "assignee", "DPM"), ("MOC", "lead", "DPM"), ("PPC@02", "coordinate", "DPM")]),
    # look-alikes: no province asked before, two provinces asked, a province's own text (its districts), no cue
    ("Thủ tướng giao các bộ chủ trì, phối hợp với địa phương xem xét các kiến nghị.", "vi", [("MINISTRIES", "lead", "PM")]),
    ("Thủ tướng đề nghị tỉnh Thái Bình và tỉnh Nam Định phát triển công nghiệp; giao các bộ chủ trì, phối hợp với địa "
     "phương nghiên cứu.", "vi",
     [("PPC@34", "assignee", "PM"), ("PPC@36", "assignee", "PM"), ("MINISTRIES", "lead", "PM")]),
    ("UBND tỉnh Thái Bình giao Sở Y tế chủ trì, phối hợp với địa phương kiểm tra các cơ sở.", "vi",
     [("DOH@34", "lead", "PPC@34")]),
    ("Thủ tướng đề nghị tỉnh Thái Bình tăng cường kiểm tra. Cán bộ của địa phương đã vào cuộc.", "vi",
     [("PPC@34", "assignee", "PM")]),
])
def test_the_one_locality_as_a_central_bodys_partner(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ open since round 13: the next minister after "phân công Bộ trưởng …"


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng phân công Bộ trưởng Bộ Tài chính chuẩn bị báo cáo về ngân sách. Bộ trưởng Bộ Nội vụ chuẩn bị báo cáo "
     "về biên chế.", "vi", [("MOF", "assignee", "PM"), ("MOHA", "assignee", "PM")]),
    ("Phó Thủ tướng giao Bộ trưởng Bộ Tư pháp chuẩn bị tờ trình. Bộ trưởng Bộ Công an chuẩn bị báo cáo thẩm tra.",
     "vi", [("MOJ", "assignee", "DPM"), ("MPS", "assignee", "DPM")]),
    # look-alikes: no head assigned by the title before; the next minister only reports
    ("Thủ tướng đã làm việc với các bộ. Bộ trưởng Bộ Nội vụ trình bày dự án luật.", "vi", []),
    ("Thủ tướng phân công Bộ trưởng Bộ Tài chính chuẩn bị báo cáo. Bộ trưởng Bộ Nội vụ cho biết đề án đang chậm.", "vi",
     [("MOF", "assignee", "PM")]),
])
def test_the_next_minister_after_a_ministers_assignment(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ open since round 12: a letter's task told in the future


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh Đồng Nai vừa ký công văn về an toàn giao thông. Công văn chỉ đạo, Sở Giao thông vận tải chủ trì "
     "kiểm tra các bến xe. Trong khi đó, Công an tỉnh Đồng Nai sẽ tập trung xử lý vi phạm nồng độ cồn.", "vi",
     [("DOT@75", "lead", "PPC@75"), ("PPS@75", "assignee", "PPC@75")]),
    ("UBND tỉnh Long An ban hành văn bản. Văn bản yêu cầu Sở Y tế kiểm tra các bếp ăn. Trong khi đó, Sở Giáo dục và Đào "
     "tạo sẽ hướng dẫn các trường.", "vi", [("DOH@80", "assignee", "PPC@80"), ("DOET@80", "assignee", "PPC@80")]),
    # look-alikes: no letter's directing words before; the future without the linking contrast; a past report
    ("Trong khi đó, Công an tỉnh Đồng Nai sẽ tập trung xử lý vi phạm nồng độ cồn.", "vi", []),
    ("Công văn chỉ đạo, Sở Giao thông vận tải chủ trì kiểm tra các bến xe. Công an tỉnh Đồng Nai sẽ tập trung xử lý vi "
     "phạm.", "vi", [("DOT@75", "lead", None)]),
    ("Công văn chỉ đạo, Sở Giao thông vận tải chủ trì kiểm tra các bến xe. Trong khi đó, Công an tỉnh Đồng Nai đã xử lý "
     "120 trường hợp vi phạm.", "vi", [("DOT@75", "lead", None)]),
])
def test_a_letters_task_told_in_the_future(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a body of one of several provinces asked together


@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Y tế đề nghị 2 tỉnh Sơn La và Yên Bái chỉ đạo Sở Y tế báo cáo số ca bệnh.", "vi",
     [("PPC@14", "assignee", "MOH"), ("PPC@15", "assignee", "MOH"), ("DOH", "assignee", "MOH")]),
    ("Bộ Xây dựng đề nghị tỉnh Cao Bằng và tỉnh Lạng Sơn rà soát giá vật liệu, giao Sở Xây dựng tổng hợp.",
     "vi", [("PPC@04", "assignee", "MOC"), ("PPC@20", "assignee", "MOC"), ("DOC", "assignee", "MOC")]),
    # look-alikes: one province asked; a department named with its own province among several
    ("Bộ Y tế đề nghị tỉnh Sơn La chỉ đạo Sở Y tế báo cáo số ca bệnh.", "vi",
     [("PPC@14", "assignee", "MOH"), ("DOH@14", "assignee", "MOH")]),
    ("Bộ Y tế đề nghị tỉnh Sơn La và tỉnh Yên Bái phối hợp, giao Sở Y tế tỉnh Sơn La làm đầu mối.", "vi",
     [("PPC@14", "assignee", "MOH"), ("PPC@15", "assignee", "MOH"), ("DOH@14", "assignee", "MOH")]),
    # the provinces as places after the task, not asked: the committee's province stays
    ("UBND tỉnh Sơn La giao Sở Y tế kiểm tra dự án đường biên giới tỉnh Sơn La, Lai Châu.", "vi",
     [("DOH@14", "assignee", "PPC@14")]),
])
def test_a_body_of_one_of_several_provinces_asked_together_has_no_suffix(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a partner with "phối hợp cùng"; a partner of the lead's next task


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Bình Thuận giao Sở Y tế chủ trì, phối hợp cùng Sở Tài chính kiểm tra các cơ sở, báo cáo trước ngày "
     "15/4/2018.", [("DOH@60", "lead", "PPC@60", "2018-04-15", "before"),
                    ("DOF@60", "coordinate", "PPC@60", "2018-04-15", "before")]),
    # the partner named in a later sentence joins the lead's next task, not the one the date is due for (that next
    # task, led, is a row of the body since stop 41: the lead's call, tests/test_assign_left33vien.py)
    ("UBND tỉnh Bình Thuận giao Sở Y tế kiểm tra các cơ sở, báo cáo trước ngày 15/4/2018. Đồng thời chủ trì, phối hợp "
     "cùng Sở Tài chính tổ chức hội nghị.", [("DOH@60", "assignee", "PPC@60", "2018-04-15", "before"),
                                             ("DOH@60", "lead", "PPC@60", None, None),
                                             ("DOF@60", "coordinate", "PPC@60", None, None)]),
    # look-alikes: "cùng" alone joins no partner to a report; people working together name no body
    ("Sở Y tế tỉnh Bình Thuận đã làm việc cùng Sở Tài chính.", []),
    ("Các đại biểu phối hợp cùng nhau trong suốt hội nghị.", []),
])
def test_a_partner_joined_by_phoi_hop_cung(text, expected):
    assert rows(text) == expected
