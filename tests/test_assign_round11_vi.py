"""Issue #13, the Vietnamese assignment classes that round 11 (12 real public pages, blind; README "Round 11 (blind,
real public pages): assignments vi") showed. New sentences written for these tests (not the pages' sentences), one
literal case a line, with the look-alikes that must stay out, in English and French where the class exists there."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ "các địa phương" in a province's own direction


@pytest.mark.parametrize("text, lang, expected", [
    # a provincial committee's localities name no level of the province: no row in Vietnamese (the gold's reading
    # since round 7b), its districts in English and French (round 8)
    ("Chủ tịch UBND tỉnh Nghệ An yêu cầu Sở Xây dựng kiểm tra các công trình ven sông. Các địa phương phối hợp cắm "
     "biển cảnh báo tại các điểm sạt lở.", "vi", [("DOC@40", "assignee", "PPC@40")]),
    ("UBND tỉnh Quảng Nam yêu cầu các địa phương khẩn trương di dời người dân khỏi vùng nguy hiểm.", "vi", []),
    ("The Quang Nam People's Committee asked the localities to evacuate residents from dangerous areas.", "en",
     [("DPC@49", "assignee", "PPC@49")]),
    ("Le Comité populaire de Quang Nam a demandé aux localités d'évacuer les habitants des zones dangereuses.", "fr",
     [("DPC@49", "assignee", "PPC@49")]),
    # look-alikes: the country's provinces, where a central body asks
    ("Thủ tướng yêu cầu các địa phương chủ động ứng phó với bão số 3.", "vi", [("PROVINCES", "assignee", "PM")]),
    ("Bộ Y tế đề nghị các địa phương tăng cường giám sát dịch sốt xuất huyết.", "vi",
     [("PROVINCES", "assignee", "MOH")]),
])
def test_localities_in_a_provincial_direction(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a Deputy Prime Minister's opinion assigns the task after it


@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Thủ tướng Lê Minh Khái vừa có ý kiến về việc xử lý kiến nghị của một doanh nghiệp. Cụ thể, Bộ Tài chính "
     "chịu trách nhiệm rà soát hồ sơ, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2023.", "vi",
     [("MOF", "assignee", "DPM")]),
    ("Thủ tướng Chính phủ có ý kiến về việc hỗ trợ giống cây trồng cho tỉnh Yên Bái. Theo đó, Bộ Nông nghiệp và Phát "
     "triển nông thôn chịu trách nhiệm xuất cấp giống từ nguồn dự trữ quốc gia.", "vi", [("MARD", "assignee", "PM")]),
    # look-alike: an opinion given with no body tasked after it
    ("Nhiều đại biểu Quốc hội có ý kiến về việc sửa đổi Luật Đất đai tại phiên thảo luận.", "vi", []),
])
def test_an_opinion_assigns_the_task_after_it(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ one named district's committee


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh yêu cầu Chủ tịch UBND huyện Mường Tè khẩn trương kiểm tra vụ việc, báo cáo UBND tỉnh trước ngày "
     "15/8/2022.", "vi", [("DPC@12", "assignee", "PPC@12")]),
    ("Chủ tịch UBND tỉnh Lai Châu giao Ủy ban nhân dân huyện Phong Thổ chủ trì, phối hợp với Sở Xây dựng sửa chữa cầu "
     "treo.", "vi", [("DPC@12", "lead", "PPC@12"), ("DOC@12", "coordinate", "PPC@12")]),
    # look-alike: a district's chairman found at fault, no task
    ("Thanh tra tỉnh kết luận Chủ tịch UBND huyện Tân Uyên đã vi phạm quy định về đất đai.", "vi", []),
])
def test_one_named_districts_committee(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a direction cited, then a body's own past action


@pytest.mark.parametrize("text, lang, expected", [
    ("Thực hiện chỉ đạo của UBND tỉnh, Sở Y tế vừa chủ trì phối hợp với Công an tỉnh kiểm tra các cơ sở.", "vi", []),
    ("Theo chỉ đạo của UBND tỉnh, Ban An toàn giao thông tỉnh đã chủ trì, phối hợp với Công an tỉnh kiểm tra xe quá "
     "tải.", "vi", []),
    # look-alike: the asking verb itself, whose partners are asked even when its lead is no body of the table
    ("UBND tỉnh chỉ đạo Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an tỉnh kiểm tra xe quá tải.", "vi",
     [("PPS", "coordinate", "PPC")]),
])
def test_a_direction_cited_before_a_past_action(text, lang, expected):
    assert found(text, lang) == expected
