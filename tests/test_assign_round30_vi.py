"""Round 30's Vietnamese assignment classes (issue #13), new sentences written for the tests (no page's sentence), with
look-alikes that must not fire:

- a commune, ward or township named with its committee (``UBND xã Con Cuông``, ``Chính quyền xã Châu Khê``) is a
  body of its own wherever it stands, as a district so named is: asked in the passive, and a second unit after it
  (``UBND xã A và xã B``, ``UBND phường A, phường B``) whose committee the first name already said
  (nlp/lang/vi/agencies.csv, agencies.json's ``named_unit_words`` and ``elided_unit_committee``);
- a bare lower-case ``phường``, ``xã``, ``thị trấn`` right after an assigning verb names again the one ward or
  commune named just before (grammar's ``bodies_named_again``, as the bare ``bộ`` a ministry);
- a request opening with a continuation word and no subject (``Đồng thời, chỉ đạo …``) goes on with the asker of the
  last request over sentences naming no body (extract/assign/askers.py ``_last_asker_over_bodiless_sentences``);
- a head written again by his name alone asks for his body where his name was written before his title and body
  (``TS.BS Nguyễn Văn An, Phó Giám đốc Sở Y tế TPHCM …``), as where it was written after them
  (extract/assign/mentions.py ``_person_names_before``).

English and French already read their forms of the first class (named communes listed and asked in the passive; the
cases at the end hold them); a French second committee of the same kind named by another unit (``au Comité
populaire de la commune de Con Cuong et au Comité populaire de la commune de Mau Duc``, ``… et de la commune de Mau
Duc``), left open here, is read since tests/test_assign_late30.py; neither writes a bare level word for a unit just
named, nor the continuation opener without a subject.
"""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")
_bodies = rows_reader("agency_id", "role", published="2025-10-01")

NAMED_COMMUNES = [
    ("UBND tỉnh Nghệ An yêu cầu UBND xã Con Cuông và UBND xã Mậu Đức khắc phục sạt lở.",
     [("CPC@40", "assignee", "PPC@40", None), ("CPC@40", "assignee", "PPC@40", None)]),
    ("UBND tỉnh Nghệ An giao UBND phường Vinh Phú, phường Trường Vinh rà soát các hộ dân ven sông.",
     [("CPC@40", "assignee", "PPC@40", None), ("CPC@40", "assignee", "PPC@40", None)]),
    ("Chủ tịch UBND tỉnh Nghệ An chỉ đạo khắc phục sạt lở. UBND xã Con Cuông được yêu cầu hoàn thành việc di dời.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("Chủ tịch UBND tỉnh Hà Tĩnh chỉ đạo khắc phục hậu quả bão. Chính quyền xã Kỳ Lạc và xã Kỳ Thượng được giao hỗ trợ "
     "người dân dựng nhà.",
     [("CPC@42", "assignee", "PPC@42", None), ("CPC@42", "assignee", "PPC@42", None)]),
    # look-alikes: a commune as a place, a commune that acts of its own, a district written with its town's word
    ("UBND tỉnh Nghệ An yêu cầu UBND xã Con Cuông hỗ trợ người dân xã Mậu Đức khắc phục sạt lở.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("Đoàn công tác của tỉnh Nghệ An làm việc tại UBND xã Con Cuông và xã Mậu Đức.", []),
    ("UBND xã Con Cuông đã tổ chức di dời 20 hộ dân ra khỏi vùng sạt lở.", []),
    ("UBND tỉnh Nghệ An yêu cầu UBND thị xã Hoàng Mai rà soát các hộ dân.",
     [("DPC@40", "assignee", "PPC@40", None)]),
]

UNIT_NAMED_AGAIN = [
    ("Làm việc với UBND phường Trường Vinh, Giám đốc Sở Y tế tỉnh Nghệ An đề nghị phường tăng cường giám sát dịch bệnh.",
     [("CPC@40", "assignee", "DOH@40", None)]),
    ("Làm việc với UBND xã Châu Khê, Phó Chủ tịch UBND tỉnh Nghệ An yêu cầu xã khẩn trương di dời các hộ dân.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    # look-alikes: no ward named before, the ward as a place, a ward with its own name
    ("Giám đốc Sở Y tế tỉnh Nghệ An đề nghị phường tăng cường giám sát dịch bệnh.", []),
    ("Tại UBND phường Trường Vinh, Sở Y tế tỉnh Nghệ An đề nghị người dân trong phường tăng cường vệ sinh môi trường.",
     []),
    ("Làm việc với UBND phường Trường Vinh, Sở Y tế tỉnh Nghệ An đề nghị phường Vinh Phú tăng cường giám sát.",
     [("CPC@40", "assignee", "DOH@40", None)]),
]

ASKER_OVER_BODILESS_SENTENCES = [
    ("Bộ GD&ĐT đề nghị UBND các tỉnh, thành phố rà soát mạng lưới trường.\n\nẢnh minh họa.\n\nTăng cường kiểm tra, "
     "theo dõi. Đồng thời, chỉ đạo sở GD&ĐT và UBND cấp xã đánh giá từng phương án.",
     [("PROVINCES", "assignee", "MOET", None), ("DOET", "assignee", "MOET", None), ("CPC", "assignee", "MOET", None)]),
    ("Bộ Y tế đề nghị UBND các tỉnh, thành phố tăng cường giám sát dịch bệnh. Bảo đảm đủ thuốc và vật tư. Đồng thời, "
     "chỉ đạo sở y tế giám sát chặt các ổ dịch.",
     [("PROVINCES", "assignee", "MOH", None), ("DOH", "assignee", "MOH", None)]),
    # look-alike: a body named between is no request's asker to go on with
    ("Bộ GD&ĐT đề nghị UBND các tỉnh, thành phố rà soát mạng lưới trường. Sở Y tế tỉnh Nghệ An đã kiểm tra các trường. "
     "Đồng thời, chỉ đạo UBND cấp xã đánh giá từng phương án.",
     [("PROVINCES", "assignee", "MOET", None), ("CPC@40", "assignee", None, None)]),
]

HEAD_NAMED_BEFORE_HIS_TITLE = [
    ("Làm việc với UBND phường Tân Phú, TS.BS Nguyễn Văn An, Phó Giám đốc Sở Y tế TPHCM đề nghị phường chủ động phòng "
     "dịch. Ngày 10-12, đoàn đã giám sát tình hình. TS.BS Nguyễn Văn An đề nghị phường tăng cường truyền thông.",
     [("CPC@79", "assignee", "DOH@79", None), ("CPC@79", "assignee", "DOH@79", None)]),
    ("Ông Trần Văn Bình - Giám đốc Sở Xây dựng tỉnh Nghệ An chủ trì cuộc họp. Trần Văn Bình yêu cầu UBND xã Con Cuông "
     "khắc phục sạt lở.",
     [("CPC@40", "assignee", "DOC@40", None)]),
    # look-alike: another person's name is not the head's
    ("Ông Trần Văn Bình, Phó Giám đốc Sở Y tế tỉnh Nghệ An cho biết đã kiểm tra. Bà Lê Thị Hoa đề nghị Sở Y tế tỉnh "
     "Nghệ An tăng cường giám sát.",
     [("DOH@40", "assignee", None, None)]),
]

OTHER_LANGUAGES = [
    ("en", "The People's Committee of Nghe An province asked Con Cuong commune and Mau Duc commune to repair the roads.",
     [("CPC@40", "assignee"), ("CPC@40", "assignee")]),
    ("en", "The Chairman of Nghe An province directed the relief work. Chau Khe commune was asked to relocate the households.",
     [("CPC@40", "assignee")]),
    ("fr", "Le Comité populaire de la province de Nghe An a demandé au Comité populaire de la commune de Con Cuong de "
     "réparer les routes.",
     [("CPC@40", "assignee")]),
    ("fr", "Le président de la province de Nghe An a dirigé les secours. Le Comité populaire de la commune de Chau Khe "
     "a été prié de reloger les ménages.",
     [("CPC@40", "assignee")]),
]


@pytest.mark.parametrize("text, expected", NAMED_COMMUNES)
def test_named_communes_are_bodies_of_their_own(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", UNIT_NAMED_AGAIN)
def test_a_bare_unit_word_names_again_the_unit_just_named(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", ASKER_OVER_BODILESS_SENTENCES)
def test_a_continued_request_keeps_the_asker_over_sentences_naming_no_body(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", HEAD_NAMED_BEFORE_HIS_TITLE)
def test_a_head_named_before_his_title_asks_for_his_body_again(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("lang, text, expected", OTHER_LANGUAGES)
def test_other_languages_read_named_communes_already(lang, text, expected):
    assert _bodies(text, lang) == expected
