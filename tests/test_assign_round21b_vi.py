"""Issue #13, the Vietnamese assignment classes that round 21b (8 real public pages, blind, after round 21's fixes;
README "Round 21b (blind, real public pages): assignments vi") showed. New sentences written for these tests (not the
pages' sentences), one literal case a line, with the look-alikes that must stay out. A ministry's or a department's
name without its conjunction reads nlp/lang/vi/agencies.json's name_conjunction_variants, which only Vietnamese has
(an English or French name keeps its 'and', 'et'); the head's title naming its body is in the agency tables of the
three languages, so that class has English and French cases too."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


# ------------------------------------------------------------------ a name's conjunction left out or written as a dash


@pytest.mark.parametrize("text, expected", [
    ("Phó Chủ tịch UBND tỉnh Sóc Trăng yêu cầu Sở Nông nghiệp Phát triển nông thôn khẩn trương kiểm tra đê biển.",
     [("DARD@94", "assignee", "PPC@94")]),
    ("Chủ tịch UBND tỉnh Hậu Giang đề nghị Sở Tài nguyên Môi trường, UBND huyện Long Mỹ kiểm tra việc khai thác cát.",
     [("DONRE@93", "assignee", "PPC@93"), ("DPC@93", "assignee", "PPC@93")]),
    ("Thủ tướng yêu cầu Bộ Lao động - Thương binh - Xã hội chủ trì xây dựng đề án.", [("MOLISA", "lead", "PM")]),
    ("Thủ tướng giao Bộ Khoa học Công nghệ chủ trì, phối hợp với Bộ Tài chính xây dựng cơ chế.",
     [("MOST", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    # a dash between the two words of the transport department's and ministry's name (no conjunction there)
    ("UBND tỉnh Gia Lai giao Sở Giao thông - Vận tải kiểm tra các tuyến đường.", [("DOT@64", "assignee", "PPC@64")]),
    ("Thủ tướng giao Bộ Giao thông - Vận tải khẩn trương rà soát dự án.", [("MOT", "assignee", "PM")]),
    # look-alikes: the department's director reporting is asked nothing; two departments joined by 'và' stay two
    ("Giám đốc Sở Nông nghiệp Phát triển nông thôn cho biết đã kiểm tra đê biển.", []),
    ("UBND tỉnh Sóc Trăng giao Sở Tài chính và Sở Xây dựng rà soát giá vật liệu.",
     [("DOF@94", "assignee", "PPC@94"), ("DOC@94", "assignee", "PPC@94")]),
])
def test_name_without_its_conjunction(text, expected):
    assert found(text, "vi") == expected


def test_dashed_department_keeps_its_deadline():
    text = "UBND tỉnh Gia Lai giao Sở Giao thông - Vận tải kiểm tra, báo cáo UBND tỉnh trước ngày 15-3-2020."
    assert dated(text, "vi") == [("DOT@64", "2020-03-15", "before")]


# ------------------------------------------------------------------ the head's title naming its body (Inspector General)


@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Thủ tướng giao Tổng Thanh tra Chính phủ xác minh nội dung tố cáo.", "vi", [("GI", "assignee", "DPM")]),
    ("Thủ tướng yêu cầu Tổng Thanh tra Chính phủ chỉ đạo thanh tra việc quản lý đất đai.", "vi", [("GI", "assignee", "PM")]),
    ("The Deputy Prime Minister assigned the Government Inspector General to verify the complaint.", "en",
     [("GI", "assignee", "DPM")]),
    ("Le vice-Premier ministre a chargé l'Inspecteur général du gouvernement de vérifier la dénonciation.", "fr",
     [("GI", "assignee", "DPM")]),
    # look-alikes: the Inspector General speaking asks nothing, nor does the Government's inspection visiting
    ("Tổng Thanh tra Chính phủ cho biết đoàn thanh tra đã làm việc với tỉnh.", "vi", []),
    ("The Government Inspector General said the team had worked with the province.", "en", []),
])
def test_inspector_general_names_the_inspectorate(text, lang, expected):
    assert found(text, lang) == expected


def test_inspector_general_keeps_the_report_date():
    text = "Phó Thủ tướng giao Tổng Thanh tra Chính phủ xác minh, báo cáo Thủ tướng Chính phủ trước ngày 1-3-2018."
    assert dated(text, "vi") == [("GI", "2018-03-01", "before")]
