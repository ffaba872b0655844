"""Issue #13, Vietnamese assignment classes left open after round 20 (README "Open classes after round 20
(assignments)", `#### vi`), read from the misses of rounds 19 to 20b. New sentences written for these tests (not the
pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


# ------------------------------------------------------------------ "Đồng thời, Sở này" + a bare verb


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì rà soát lực lượng. Đồng thời, Sở này xây dựng quy chế phối hợp.",
     [("DOC@79", "lead", "PPC@79"), ("DOC@79", "assignee", "PPC@79")]),
    ("Thủ tướng yêu cầu Bộ Giao thông vận tải rà soát các dự án. Đồng thời, Bộ này chỉ đạo các chủ đầu tư đẩy nhanh "
     "tiến độ.", [("MOT", "assignee", "PM"), ("MOT", "assignee", "PM")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì kiểm tra các cơ sở. Bên cạnh đó, sở nói trên tổ chức tập huấn cho cán "
     "bộ.", [("DOH", "lead", "PPC"), ("DOH", "assignee", "PPC")]),
    # the body asked, not its partner named after it, goes on
    ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra các cơ sở. Đồng thời, Sở này tổ chức "
     "tập huấn cho cán bộ.", [("DOH", "lead", "PPC"), ("DOF", "coordinate", "PPC"), ("DOH", "assignee", "PPC")]),
    # look-alikes: what the department did, what it said, and a department asked by nobody before stay out
    ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì kiểm tra các cơ sở. Đồng thời, Sở này đã kiểm tra 20 cơ sở.",
     [("DOH", "lead", "PPC")]),
    ("Thủ tướng yêu cầu Bộ Giao thông vận tải rà soát các dự án. Đồng thời, Bộ này cho biết đã hoàn thành.",
     [("MOT", "assignee", "PM")]),
    ("Sở Y tế đã kiểm tra 20 cơ sở. Đồng thời, Sở này tổ chức tập huấn cho cán bộ.", []),
])
def test_named_again_department_with_a_bare_verb_after_a_continuation_opener(text, expected):
    assert found(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # the time limit after the continued sentence closes both directions
    ("Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì rà soát lực lượng. Đồng thời, Sở này xây dựng quy chế phối hợp. "
     "Thời hạn hoàn thành nội dung chỉ đạo này trước ngày 25-10-2025.",
     [("DOC@79", "2025-10-25", "before"), ("DOC@79", "2025-10-25", "before")]),
    # look-alike: another department's task between keeps the first one undated
    ("Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì rà soát lực lượng. Đồng thời, Sở Nội vụ cần xây dựng quy chế. "
     "Thời hạn hoàn thành trước ngày 25-10-2025.",
     [("DOC@79", None, None), ("DOHA@79", "2025-10-25", "before")]),
])
def test_time_limit_after_the_same_body_going_on(text, expected):
    assert dated(text, "vi") == expected


# ------------------------------------------------------------------ "Giám đốc Sở" with no name: the department named before


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở. Đồng thời yêu cầu Giám đốc Sở báo cáo kết quả.",
     [("DOH", "assignee", "PPC"), ("DOH", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở. Giám đốc Sở chịu trách nhiệm trước UBND tỉnh về kết quả "
     "kiểm tra.", [("DOH", "assignee", "PPC"), ("DOH", "assignee", "PPC")]),
    # look-alikes: a director with his department's name is that department; one reporting is asked nothing; no
    # department named before, no row
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở. Đồng thời yêu cầu Giám đốc Sở Tài chính báo cáo kết quả.",
     [("DOH", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở. Giám đốc Sở cho biết đã kiểm tra 20 cơ sở.",
     [("DOH", "assignee", "PPC")]),
    ("Giám đốc Sở chịu trách nhiệm trước UBND tỉnh về kết quả kiểm tra.", []),
])
def test_director_of_the_department_named_before(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a body as topic, then its tasks as bare verbs


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì rà soát lực lượng. Đối với Sở Nội vụ, rà soát, đề xuất chế độ "
     "chính sách.", [("DOC@79", "lead", "PPC@79"), ("DOHA@79", "assignee", "PPC@79")]),
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì rà soát lực lượng. Đối với UBND các huyện: chỉ đạo các xã kiểm tra "
     "nhà tạm.", [("DOC", "lead", "PPC"), ("DPC", "assignee", "PPC")]),
    ("Thủ tướng giao Bộ Xây dựng hướng dẫn các địa phương. Đối với Bộ Tài chính, chủ trì, phối hợp với Bộ Nội vụ bố "
     "trí kinh phí.", [("MOC", "assignee", "PM"), ("MOF", "lead", "PM"), ("MOHA", "coordinate", "PM")]),
    ("Chủ tịch UBND tỉnh Nghệ An có ý kiến chỉ đạo như sau:\nĐối với Sở Tài chính: bố trí kinh phí thực hiện.",
     [("DOF@40", "assignee", "PPC@40")]),
    # look-alikes: a topic of a report, a topic with no direction under way, a topic whose words are no task
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì rà soát lực lượng. Đối với Sở Nội vụ, năm qua đã hoàn thành rà "
     "soát.", [("DOC", "lead", "PPC")]),
    ("Sở Y tế cho biết đã kiểm tra 20 cơ sở. Đối với Sở Tài chính, bố trí kinh phí là khó khăn lớn.", []),
    ("Đối với Sở Nội vụ, rà soát, đề xuất chế độ chính sách là nhiệm vụ trọng tâm năm qua.", []),
])
def test_topic_body_then_bare_task_verbs(text, expected):
    assert found(text, "vi") == expected


# ------------------------------------------------------------------ a day without a year on a page without a date


@pytest.mark.parametrize("text, published, expected", [
    # the text's own date is a cited notice's: the day due after it is in the next year
    ("Thực hiện Thông báo số 432/TB-VPCP ngày 25.12.2016, Phó Thủ tướng yêu cầu Bộ NN-PTNT báo cáo Thủ tướng kết quả "
     "thực hiện trước ngày 25.1.", None, [("MARD", "2017-01-25", "before")]),
    ("Bộ Y tế vừa có Công văn số 12/BYT-DP ngày 20/12/2024 yêu cầu các địa phương báo cáo trước ngày 10/1.", None,
     [("PROVINCES", "2025-01-10", "before")]),
    # look-alikes: a day after the text's date keeps its year; a known publication date keeps the publication year
    # (the convention since round 2); a page with no date at all gives no deadline
    ("Bộ Y tế vừa có Công văn số 12/BYT-DP ngày 5/3/2024 yêu cầu các địa phương báo cáo trước ngày 10/4.", None,
     [("PROVINCES", "2024-04-10", "before")]),
    ("Bộ Y tế vừa có Công văn số 12/BYT-DP ngày 20/12/2024 yêu cầu các địa phương báo cáo trước ngày 10/1.",
     "2024-12-22", [("PROVINCES", "2024-01-10", "before")]),
    ("Bộ Y tế yêu cầu các địa phương báo cáo trước ngày 10/4.", None, [("PROVINCES", None, None)]),
    # the text's own event date (no cited document's) keeps its year, as a date line does
    ("Ngày 20/12/2024, Bộ Y tế yêu cầu các địa phương báo cáo trước ngày 10/1.", None,
     [("PROVINCES", "2024-01-10", "before")]),
])
def test_day_without_a_year_after_the_date_read_from_the_text(text, published, expected):
    assert dated(text, "vi", published) == expected


# ------------------------------------------------------------------ a province as the partner of a subject outside the table


ASKED = "Chủ tịch UBND tỉnh Bắc Ninh yêu cầu các sở, ngành rà soát văn bản. "


@pytest.mark.parametrize("text, expected", [
    (ASKED + "Văn phòng UBND tỉnh Bắc Ninh được giao phối hợp với tỉnh Bắc Giang chuẩn bị cơ sở vật chất.",
     [("DEPARTMENTS@27", "assignee", "PPC@27"), ("PPC@24", "coordinate", "PPC@27")]),
    (ASKED + "Ban quản lý dự án có trách nhiệm phối hợp với Sở Tài chính quyết toán vốn.",
     [("DEPARTMENTS@27", "assignee", "PPC@27"), ("DOF@27", "coordinate", "PPC@27")]),
    # look-alikes: what was done (a past or recent marker before the cue) gives no partner's row
    (ASKED + "Năm qua, Văn phòng UBND tỉnh đã được giao phối hợp với tỉnh Bắc Giang tổ chức lễ hội.",
     [("DEPARTMENTS@27", "assignee", "PPC@27")]),
    (ASKED + "Ban quản lý dự án vừa được giao phối hợp với Sở Tài chính quyết toán vốn.",
     [("DEPARTMENTS@27", "assignee", "PPC@27")]),
])
def test_partner_of_a_subject_outside_the_table(text, expected):
    assert found(text, "vi") == expected
