"""Issue #13, the Vietnamese assignment classes that round 17b (10 real public pages, blind; README "Round 17b (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from extract.assign import deadlines
from tests.assign_cases import rows


# ------------------------------------------------------------------ an hour of the day with its part of the day


@pytest.mark.parametrize("phrase, expected", [
    ("trước 8h00 sáng ngày 15/7/2025", ("2025-07-15", "before")),
    ("chậm nhất 16h30 chiều ngày 2/9/2024", ("2024-09-02", "by")),
    ("trước 20 giờ tối ngày 31/12/2023", ("2023-12-31", "before")),
    ("chậm nhất 11 giờ trưa ngày 5 tháng 6 năm 2022", ("2022-06-05", "by")),
    # look-alikes: the part of the day with no date, a time with no qualifier, a count of initiatives
    ("trước 8h00 sáng", None),
    ("lúc 8h00 sáng ngày 15/7/2025", None),
    ("trước 2 sáng kiến ngày 15/7/2025", None),
])
def test_the_part_of_the_day_after_the_hour_keeps_the_due_day(phrase, expected):
    assert deadlines.parse(phrase, "vi") == expected


# ------------------------------------------------------------------ a request's colon, its bodies after a blank line


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu:\n\nUBND các xã, phường thành lập tổ công tác hỗ trợ người dân.",
     [("CPC", "assignee", "PPC", None, None)]),
    ("UBND tỉnh Bắc Ninh đề nghị:\n\nSở Y tế thành lập đoàn kiểm tra an toàn thực phẩm, hoàn thành trước 9h00 sáng "
     "ngày 10/2/2024.", [("DOH@27", "assignee", "PPC@27", "2024-02-10", "before")]),
    # look-alikes: a body that has set a team up (a report), a committee's own act outside any request
    ("Chủ tịch UBND tỉnh yêu cầu:\n\nSở Y tế đã thành lập đoàn kiểm tra.", []),
    ("Sở Y tế thành lập đoàn kiểm tra an toàn thực phẩm.", []),
    # look-alike: a headline reporting what a ministry set up, above an article that asks elsewhere
    ("Bộ Y tế thành lập Tổ công tác hỗ trợ tỉnh Long An\n\nBộ trưởng Bộ Y tế yêu cầu Sở Y tế tỉnh Long An bố trí "
     "nơi làm việc cho Tổ công tác.", [("DOH@80", "assignee", "MOH", None, None)]),
])
def test_establishing_is_a_task_under_a_request(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ the same body's next task in its own sentence


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Xây dựng rà soát hồ sơ dự án. Đồng thời, Sở Xây dựng công khai kết quả rà soát.",
     [("DOC", "assignee", "PPC", None, None), ("DOC", "assignee", "PPC", None, None)]),
    ("UBND TP Hải Phòng giao Sở Tài chính, UBND quận Lê Chân kiểm tra dự án. Đồng thời, UBND quận Lê Chân công "
     "khai thông tin cho người dân.", [("DOF@31", "assignee", "PPC@31", None, None), ("DPC@31", "assignee", "PPC@31", None, None),
                            ("DPC@31", "assignee", "PPC@31", None, None)]),
    # look-alikes: the body reports what it did or says what it will do; another body than the one asked; a body
    # that was not asked before
    ("UBND tỉnh giao Sở Xây dựng rà soát hồ sơ dự án. Đồng thời, Sở Xây dựng đã công khai kết quả.",
     [("DOC", "assignee", "PPC", None, None)]),
    ("UBND tỉnh giao Sở Xây dựng rà soát hồ sơ dự án. Đồng thời, Sở Xây dựng cho biết sẽ công khai kết quả.",
     [("DOC", "assignee", "PPC", None, None)]),
    ("UBND tỉnh giao Sở Xây dựng rà soát hồ sơ dự án. Đồng thời, Sở Tài chính công khai kết quả.",
     [("DOC", "assignee", "PPC", None, None)]),
    ("Sở Xây dựng công khai kết quả rà soát. Đồng thời, Sở Xây dựng công khai giá vật liệu.", []),
    # look-alike: the body just asked asks others in turn (they are tasked, by it)
    ("UBND tỉnh giao Sở Xây dựng rà soát hồ sơ dự án. Đồng thời, Sở Xây dựng đề nghị UBND các huyện phối hợp.",
     [("DOC", "assignee", "PPC", None, None), ("DPC", "assignee", "DOC", None, None)]),
])
def test_the_body_just_asked_goes_on_with_its_next_task(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a committee's chairman under a higher direction


@pytest.mark.parametrize("text, expected", [
    ("Phó Thủ tướng Lê Minh Khái có ý kiến chỉ đạo như sau:\nChủ tịch Ủy ban nhân dân tỉnh Thái Bình chỉ đạo các sở, "
     "ngành kiểm tra việc cấp phép khai thác cát.",
     [("PPC@34", "assignee", "DPM", None, None), ("DEPARTMENTS@34", "assignee", "DPM", None, None)]),
    ("Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:\nỦy ban nhân dân tỉnh Hà Giang chỉ đạo các cơ quan chức năng xử lý "
     "dứt điểm vụ việc.", [("PPC@02", "assignee", "PM", None, None)]),
    # look-alikes: the committee's own text goes on after its own colon ('UBND tỉnh' with no province named); the
    # chairman directs in a plain report with no colon line above
    ("Ủy ban nhân dân tỉnh vừa ban hành Công văn chỉ đạo báo cáo kết quả; cụ thể:\nUBND tỉnh yêu cầu các sở, ngành "
     "rà soát, báo cáo.", [("DEPARTMENTS", "assignee", "PPC", None, None)]),
    ("Phó Thủ tướng Lê Minh Khái đã làm việc với tỉnh. Chủ tịch Ủy ban nhân dân tỉnh Thái Bình chỉ đạo các sở, ngành "
     "kiểm tra việc cấp phép.", [("DEPARTMENTS@34", "assignee", "PPC@34", None, None)]),
])
def test_a_committee_asked_to_direct_under_a_higher_direction(text, expected):
    assert rows(text) == expected


def test_an_english_committee_under_its_own_colon_line_still_asks():
    """The reading is Vietnamese data (``committee_head_titles``): in English every word of the committee's name is
    capitalised, so its own request under its own "as follows:" line stays its request (round 17's English batch)."""
    text = ("Specifically, based on Official Dispatch No. 1376/CD-TTg dated December 17, 2023 of the Prime Minister, "
            "the Provincial People's Committee of Nghe An has a document assigning to departments, branches and "
            "district-level People's Committees as follows:\n+ General tasks: The Provincial People's Committee "
            "requests provincial departments, branches and district People's Committees to implement the tasks in "
            "Official Dispatch No. 2855.")
    assert rows(text, "en") == [("DEPARTMENTS@40", "assignee", "PPC@40", None, None),
                                ("DPC@40", "assignee", "PPC@40", None, None)]


# ------------------------------------------------------------------ authority handed over as a task


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Long An tạm giao quyền cho UBND các xã, phường quản lý các tuyến đường giao thông nông thôn.",
     [("CPC@80", "assignee", "PPC@80", None, None)]),
    ("UBND tỉnh giao quyền cho Sở Xây dựng cấp giấy phép xây dựng các công trình cấp II.",
     [("DOC", "assignee", "PPC", None, None)]),
    # look-alikes: the right handed to people (no body of the table); a body's rights told, not handed over
    ("Luật mới giao quyền cho người dân lựa chọn nơi khám bệnh.", []),
    ("Quyền cho Sở Xây dựng cấp giấy phép đã được quy định tại Nghị định.", []),
])
def test_authority_handed_to_a_body_is_its_task(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ one report date closing two joined directions


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh chỉ đạo Sở Y tế kiểm tra các cơ sở khám bệnh; đồng thời chỉ đạo Công an tỉnh xử lý vi phạm, báo cáo "
     "UBND tỉnh trước ngày 30/6/2025.",
     [("DOH", "assignee", "PPC", "2025-06-30", "before"), ("PPS", "assignee", "PPC", "2025-06-30", "before")]),
    ("Thủ tướng yêu cầu Bộ Công Thương rà soát giá điện; đồng thời yêu cầu Bộ Tài chính kiểm tra chi phí, báo cáo "
     "trong tháng 9/2024.",
     [("MOIT", "assignee", "PM", "2024-09", "in"), ("MOF", "assignee", "PM", "2024-09", "in")]),
    # look-alikes: two different verbs (the second request's own date); two sentences
    ("UBND tỉnh giao Sở Y tế kiểm tra các cơ sở; đồng thời yêu cầu Công an tỉnh xử lý vi phạm, báo cáo trước ngày "
     "30/6/2025.", [("DOH", "assignee", "PPC", None, None), ("PPS", "assignee", "PPC", "2025-06-30", "before")]),
    ("Thủ tướng yêu cầu Bộ Công Thương rà soát giá điện. Thủ tướng cũng yêu cầu Bộ Tài chính kiểm tra chi phí, báo "
     "cáo trong tháng 9/2024.", [("MOIT", "assignee", "PM", None, None), ("MOF", "assignee", "PM", "2024-09", "in")]),
])
def test_one_report_date_closes_two_joined_directions(text, expected):
    assert rows(text) == expected
