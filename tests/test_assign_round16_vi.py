"""Issue #13, the Vietnamese assignment classes that round 16 (10 real public pages, blind; README "Round 16 (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a direction named after its task


@pytest.mark.parametrize("text, expected", [
    ("Rà soát ngay các công trình xây dựng trái phép. Đó là chỉ đạo của UBND tỉnh đối với các sở, ban, ngành và UBND "
     "các huyện tại Công văn số 12/UBND-KT.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Tăng cường kiểm tra an toàn thực phẩm. Đó là chỉ đạo của Chủ tịch UBND tỉnh Hà Nam đối với Sở Y tế, các cơ quan "
     "liên quan, UBND các huyện, thành phố.", [("DOH@35", "assignee", "PPC@35", None, None), ("DPC@35", "assignee", "PPC@35", None, None)]),
    ("Không tổ chức lễ hội đông người. Đây là ý kiến chỉ đạo của UBND tỉnh Hà Nam đối với Sở Văn hóa, Thể thao và Du "
     "lịch.", [("DOCST@35", "assignee", "PPC@35", None, None)]),
    # look-alikes: a direction carried out, a direction praised or described, another noun: nobody asked by it
    ("Thực hiện chỉ đạo của UBND tỉnh, Sở Y tế đã kiểm tra 20 cơ sở.", []),
    ("Sự quan tâm, chỉ đạo của UBND tỉnh đối với Sở Y tế đã giúp ngành hoàn thành kế hoạch.", []),
    ("Bộ Y tế cho biết, chỉ đạo của Thủ tướng đối với các bộ, ngành là rất rõ ràng.", []),
    ("Đó là ý kiến của UBND tỉnh đối với Sở Y tế.", []),
])
def test_a_direction_named_after_its_task_asks_the_bodies_it_is_for(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ lists over the province's mass organisations and central agencies


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Bắc Ninh yêu cầu Ban An toàn giao thông tỉnh, Giám đốc, Thủ trưởng các sở, ban, ngành, đoàn "
     "thể thuộc tỉnh và Chủ tịch UBND các huyện khẩn trương triển khai.",
     [("DEPARTMENTS@27", "assignee", "PPC@27", None, None), ("DPC@27", "assignee", "PPC@27", None, None)]),
    ("UBND tỉnh Bắc Ninh yêu cầu các Sở, ban, ngành, đoàn thể cấp tỉnh, UBND các huyện triển khai ngay.",
     [("DEPARTMENTS@27", "assignee", "PPC@27", None, None), ("DPC@27", "assignee", "PPC@27", None, None)]),
    ("UBND tỉnh yêu cầu các sở, ban, ngành, các cơ quan Trung ương đóng trên địa bàn tỉnh, UBND các huyện tạm dừng các "
     "lễ hội.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    # look-alike: the central agencies alone are no body of the table
    ("UBND tỉnh yêu cầu các cơ quan Trung ương đóng trên địa bàn tỉnh tạm dừng các lễ hội.", []),
])
def test_a_list_goes_on_over_mass_organisations_and_central_agencies(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ the city's committee by its short name


@pytest.mark.parametrize("text, expected", [
    ("Ngoài ra, UBND TPHCM cũng giao Sở Y tế rà soát các cơ sở khám bệnh.", [("DOH@79", "assignee", "PPC@79", None, None)]),
    ("Ủy ban nhân dân TPHCM yêu cầu Sở Giao thông vận tải hoàn thành phương án trước ngày 15/3/2024.",
     [("DOT@79", "assignee", "PPC@79", "2024-03-15", "before")]),
    # look-alike: the city's department reporting its own work is no task of the committee
    ("Sở Y tế TPHCM cho biết đã kiểm tra 20 cơ sở khám bệnh.", []),
])
def test_the_city_committee_by_its_short_name_asks(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ the body's next task, which it leads, keeps its own date


@pytest.mark.parametrize("text, expected", [
    # (the continuation the body leads is a row of its own, role lead, with its date: the lead's call of stop 41,
    # tests/test_assign_left33vien.py; the item's row still keeps none)
    ("UBND tỉnh Hà Nam giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh. Đồng thời chủ trì tổ chức hội nghị tổng kết "
     "trong tháng 12/2024.", [("DOH@35", "assignee", "PPC@35", None, None), ("DOH@35", "lead", "PPC@35", "2024-12", "in")]),
    ("UBND tỉnh Hà Nam yêu cầu Sở Tài chính rà soát các khoản chi. Bên cạnh đó, chủ trì xây dựng phương án tiết kiệm "
     "trước ngày 30/9/2024.", [("DOF@35", "assignee", "PPC@35", None, None),
                                ("DOF@35", "lead", "PPC@35", "2024-09-30", "before")]),
    # look-alikes: the same task's date in the next sentence, with or without the linking word, is still read (with
    # the linking word and a verb of its own, the continuation is the body's task, a row of its own with that date:
    # the lead's convention of stop 40, tests/test_assign_left32vien.py; the item's row keeps none)
    ("UBND tỉnh Hà Nam giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh. Đồng thời hoàn thành báo cáo trong tháng "
     "12/2024.", [("DOH@35", "assignee", "PPC@35", None, None), ("DOH@35", "assignee", "PPC@35", "2024-12", "in")]),
    ("UBND tỉnh Hà Nam giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh. Hoàn thành trong tháng 12/2024.",
     [("DOH@35", "assignee", "PPC@35", "2024-12", "in")]),
])
def test_the_bodys_next_led_task_keeps_its_own_date(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a quoted direction, its asker named after it


@pytest.mark.parametrize("text, expected", [
    ("“Sở Y tế phối hợp với UBND cấp huyện và các ngành có liên quan tăng cường kiểm tra an toàn thực phẩm”. Đó là chỉ "
     "đạo của UBND tỉnh đối với Sở Y tế.", [("DOH", "assignee", "PPC", None, None), ("DPC", "coordinate", "PPC", None, None),
                                           ("DEPARTMENTS", "coordinate", "PPC", None, None)]),
    # the direction naming the body of the task just told adds no second row for it
    ("Sở Y tế phối hợp với UBND cấp huyện tăng cường kiểm tra an toàn thực phẩm. Đó là chỉ đạo của UBND tỉnh đối với Sở "
     "Y tế.", [("DOH", "assignee", "PPC", None, None), ("DPC", "coordinate", "PPC", None, None)]),
    # look-alike: a quoted report is no task
    ("Ông Nam nói: “Sở Y tế đã kiểm tra 20 cơ sở”.", []),
])
def test_a_quoted_direction_is_read_with_its_asker_after_it(text, expected):
    assert rows(text) == expected
