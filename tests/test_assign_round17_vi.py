"""Issue #13, the Vietnamese assignment classes that round 17 (12 real public pages, blind; README "Round 17 (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from extract.assign import deadlines
from tests.assign_cases import rows


# ------------------------------------------------------------------ an hour between the qualifier and the date


@pytest.mark.parametrize("phrase, expected", [
    ("chậm nhất 9h00' ngày 15/5/2021", ("2021-05-15", "by")),
    ("trước 16h00 ngày 3/11/2022", ("2022-11-03", "before")),
    ("trước 8h ngày 1/7/2023", ("2023-07-01", "before")),
    ("chậm nhất 17 giờ ngày 20 tháng 9 năm 2024", ("2024-09-20", "by")),
    ("trước 10 giờ 30 phút ngày 5/6/2025", ("2025-06-05", "before")),
    # look-alikes: an hour with no date, a date with no qualifier, a count of households
    ("trước 16h00", None),
    ("lúc 9h00 ngày 15/5/2021", None),
    ("trước 3 hộ ngày 15/5/2021", None),
])
def test_an_hour_before_the_date_keeps_the_due_day(phrase, expected):
    assert deadlines.parse(phrase, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Tài chính tổng hợp báo cáo gửi về UBND tỉnh trước 15h00 ngày 12/6/2021.",
     [("DOF", "assignee", "PPC", "2021-06-12", "before")]),
    ("UBND tỉnh yêu cầu UBND các huyện, thành phố rà soát số hộ nghèo. Báo cáo gửi về UBND tỉnh (qua Sở Lao động - "
     "Thương binh và Xã hội) chậm nhất 9h00 ngày 20/6/2021.", [("DPC", "assignee", "PPC", "2021-06-20", "by")]),
    # look-alike: a sentence opening with the report's content, not its sending, about another body
    ("UBND tỉnh yêu cầu UBND các huyện, thành phố rà soát số hộ nghèo. Báo cáo của Sở Y tế cho thấy số ca bệnh giảm "
     "trước ngày 20/6/2021.", [("DPC", "assignee", "PPC", None, None)]),
])
def test_the_report_sent_names_the_body_reported_to_and_keeps_the_task_date(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a list over mass organisations and armed units


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh yêu cầu các sở, ngành, đơn vị lực lượng vũ trang cấp tỉnh, Ủy ban nhân dân các huyện, thành phố "
     "tiến hành rà soát.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("UBND tỉnh yêu cầu các sở, ban, ngành, các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh, UBND các huyện tiến "
     "hành rà soát.", [("DEPARTMENTS", "assignee", "PPC", None, None), ("DPC", "assignee", "PPC", None, None)]),
    ("Chủ tịch UBND tỉnh Hà Nam yêu cầu các sở, ngành, các lực lượng vũ trang, UBND các huyện tăng cường tuần tra.",
     [("DEPARTMENTS@35", "assignee", "PPC@35", None, None), ("DPC@35", "assignee", "PPC@35", None, None)]),
    # look-alike: the armed units alone are no body of the table
    ("UBND tỉnh yêu cầu các đơn vị lực lượng vũ trang tăng cường tuần tra.", []),
])
def test_a_list_goes_on_over_associations_and_armed_units(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a bare "ngành chức năng" in a province's direction


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Hà Nam yêu cầu ngành chức năng tăng cường kiểm tra các cơ sở kinh doanh.",
     [("DEPARTMENTS@35", "assignee", "PPC@35", None, None)]),
    ("UBND tỉnh Hà Nam giao ngành chức năng và các địa phương rà soát các công trình.",
     [("DEPARTMENTS@35", "assignee", "PPC@35", None, None)]),
    # look-alikes: the words told as a source, or asked by the Prime Minister (no province's departments)
    ("Theo ngành chức năng tỉnh Hà Nam, giá nhà tăng mạnh.", []),
    ("Thủ tướng yêu cầu ngành chức năng tăng cường kiểm tra.", []),
])
def test_a_bare_functional_sector_in_a_provinces_direction_is_its_departments(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ another party's duty keeps its own date


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh yêu cầu UBND các huyện lập kế hoạch di dời các cơ sở giết mổ. Các tổ chức, cá nhân có cơ sở giết mổ "
     "có trách nhiệm di dời chậm nhất trước ngày 1-1-2026.", [("DPC", "assignee", "PPC", None, None)]),
    ("UBND tỉnh giao Sở Xây dựng hướng dẫn thủ tục cấp phép. Người dân phải nộp hồ sơ trước ngày 30/9/2025.",
     [("DOC", "assignee", "PPC", None, None)]),
    # look-alike: the task's own next sentence, its subject elided, still gives the task its date
    ("UBND tỉnh yêu cầu UBND các huyện lập kế hoạch di dời các cơ sở giết mổ. Hoàn thành trước ngày 1-1-2026.",
     [("DPC", "assignee", "PPC", "2026-01-01", "before")]),
])
def test_a_date_of_parties_outside_the_table_is_not_the_task_before(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ the owner of a dated, numbered dispatch asks


@pytest.mark.parametrize("text, expected", [
    ("Phó Thủ tướng Lê Thành Long vừa ký Công điện số 25/CĐ-TTg ngày 12/3/2024 của Thủ tướng Chính phủ, gửi Bộ trưởng "
     "Bộ Y tế, yêu cầu tăng cường phòng chống dịch.", [("MOH", "assignee", "PM", None, None)]),
    ("Phó Thủ tướng Trần Hồng Hà đã ký Công điện số 7/CĐ-TTg ngày 2/2/2025 của Thủ tướng Chính phủ yêu cầu Bộ Công "
     "Thương bảo đảm cung ứng xăng dầu.", [("MOIT", "assignee", "PM", None, None)]),
    # look-alike: a dispatch signed with no owner named is the signer's
    ("Phó Thủ tướng Trần Hồng Hà đã ký Công điện số 7/CĐ-TTg ngày 2/2/2025 yêu cầu Bộ Công Thương bảo đảm cung ứng "
     "xăng dầu.", [("MOIT", "assignee", "DPM", None, None)]),
])
def test_the_owner_of_a_dated_dispatch_another_signs_asks(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a town's or an urban district's committee by its name


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Quảng Trị giao UBND thị xã Đông Hà rà soát các dự án.", [("DPC@45", "assignee", "PPC@45", None, None)]),
    ("UBND thành phố Hà Nội yêu cầu UBND quận Hoàn Kiếm kiểm tra các công trình.",
     [("DPC@01", "assignee", "PPC@01", None, None)]),
    ("UBND tỉnh Quảng Trị giao Ủy ban nhân dân thị xã Quảng Trị tổ chức thực hiện.",
     [("DPC@45", "assignee", "PPC@45", None, None)]),
    # look-alike: the town's chairman reporting asks nobody
    ("Chủ tịch UBND thị xã Sơn Tây cho biết sẽ kiểm tra các công trình.", []),
])
def test_a_named_town_or_urban_district_committee_is_a_district_level_committee(text, expected):
    assert rows(text) == expected
