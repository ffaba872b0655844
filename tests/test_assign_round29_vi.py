"""Round 29's Vietnamese assignment classes (issue #13), new sentences written for the tests (no page's sentence), with
look-alikes that must not fire:

- a place's name whose first syllable is an assigning verb (``sông Giao Hòa``, ``cầu Giao Thủy``, ``kênh Giao Long``)
  before a body: the capitalised syllable after a word in lower case is the name's, not the verb ``giao``, so the
  committee after it asks and is not asked, and the syllable alone makes no text a directive (frames.cue_inside_a_name,
  grammar's cue_syllables_in_names);
- a named commune or ward heading its tasks after a colon (``1. Giao UBND phường Hạc Thành:`` then the list): the
  unit is the heading's addressee, as a department so named is (mentions._task_opens_after);
- the ministries as partners written without ``các`` (``phối hợp với bộ, cơ quan liên quan``): MINISTRIES, as with
  it (nlp/lang/vi/agencies.csv); English and French already read their forms of it (cases below).
"""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

CUE_INSIDE_A_NAME = [
    ("Do sạt lở bờ sông Giao Hòa, UBND tỉnh Vĩnh Long yêu cầu Sở Xây dựng khảo sát toàn tuyến.",
     [("DOC@86", "assignee", "PPC@86", None)]),
    ("Tại kênh Giao Long, Chủ tịch UBND tỉnh Vĩnh Long đề nghị Công an tỉnh phân luồng phương tiện.",
     [("PPS@86", "assignee", "PPC@86", None)]),
    ("Để bảo vệ cầu Giao Thủy, UBND tỉnh Thanh Hóa giao Sở Xây dựng kiểm tra tải trọng xe.",
     [("DOC@38", "assignee", "PPC@38", None)]),
    # look-alikes: the verb written with a capital opens its sentence or a numbered item, and still asks
    ("Chủ tịch UBND tỉnh Thanh Hóa chỉ đạo:\n1. Giao Sở Y tế, Sở Tài chính triển khai ngay các biện pháp.",
     [("DOH@38", "assignee", "PPC@38", None), ("DOF@38", "assignee", "PPC@38", None)]),
    ("UBND tỉnh Thanh Hóa ban hành kế hoạch. Giao Sở Nội vụ chủ trì tổ chức hội nghị.",
     [("DOHA@38", "lead", "PPC@38", None)]),
]

# the same syllable as the only cue of a text: no directive, so a plain verb after a department tasks no one
DIRECTIVE_ONLY_BY_A_NAME = [
    ("Tại xã Giao Long, Sở Xây dựng kiểm tra hiện trường vụ sạt lở.", []),
    # look-alikes: a text with the verb itself is a directive, its plain verbs task
    ("Giao Sở Xây dựng kiểm tra hiện trường. Sở Y tế kiểm tra vệ sinh môi trường.",
     [("DOC", "assignee", None, None), ("DOH", "assignee", None, None)]),
    ("Tại xã Tân Long, Sở Xây dựng kiểm tra hiện trường vụ sạt lở.", []),
]

COMMUNE_HEADING_WITH_A_COLON = [
    ("Chủ tịch UBND tỉnh Thanh Hóa chỉ đạo các biện pháp khẩn cấp như sau:\n\n1. Giao UBND phường Hạc Thành:\n\n"
     "- Tổ chức cắm biển cảnh báo khu vực nguy hiểm.",
     [("CPC@38", "assignee", "PPC@38", None)]),
    ("UBND tỉnh Vĩnh Long yêu cầu UBND xã Tân Hạnh: rà soát các hộ dân ven sông.",
     [("CPC@86", "assignee", "PPC@86", None)]),
    ("UBND tỉnh Vĩnh Long giao UBND phường Long Châu: Khẩn trương di dời các hộ dân.",
     [("CPC@86", "assignee", "PPC@86", None)]),
    # look-alikes: a commune as a place before a colon, no verb asking it
    ("Đoàn công tác của tỉnh Vĩnh Long đã đến xã Tân Hạnh: nhiều hộ dân vẫn chưa di dời.", []),
    ("Chủ tịch UBND tỉnh Thanh Hóa thăm hỏi người dân xã Linh Sơn: Nhiều gia đình bị thiệt hại.", []),
]

MINISTRIES_WITHOUT_CAC = [
    ("vi", "Thủ tướng giao Bộ Y tế chủ trì, phối hợp với bộ, cơ quan liên quan hoàn thiện đề án.",
     [("MOH", "lead", "PM", None), ("MINISTRIES", "coordinate", "PM", None)]),
    ("vi", "Thủ tướng yêu cầu Bộ Công Thương chủ trì, phối hợp với bộ, ngành có liên quan xây dựng phương án.",
     [("MOIT", "lead", "PM", None), ("MINISTRIES", "coordinate", "PM", None)]),
    ("en", "The Prime Minister asked the Ministry of Health to take the lead and coordinate with relevant ministries "
     "and agencies in completing the scheme.",
     [("MOH", "lead", "PM", None), ("MINISTRIES", "coordinate", "PM", None)]),
    ("fr", "Le Premier ministre a demandé au ministère de la Santé de présider, en coordination avec les ministères "
     "et organismes concernés, l'achèvement du projet.",
     [("MOH", "lead", "PM", None), ("MINISTRIES", "coordinate", "PM", None)]),
]


@pytest.mark.parametrize("text,expected", CUE_INSIDE_A_NAME)
def test_cue_inside_a_place_name(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text,expected", DIRECTIVE_ONLY_BY_A_NAME)
def test_name_syllable_makes_no_directive(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text,expected", COMMUNE_HEADING_WITH_A_COLON)
def test_named_commune_heading_with_a_colon(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("lang,text,expected", MINISTRIES_WITHOUT_CAC)
def test_ministries_as_partners_without_cac(lang, text, expected):
    assert _rows(text, lang) == expected
