"""Stop 39's left classes, Vietnamese and English (issue #13; helper left32vien, not blind): the lead's conventions of
round 31b and stop 40 the extractor did not read yet, the Vietnamese and English forms rounds 31 and 31b left open, and
three deadline forms. New sentences (none copied from a page), each class with look-alikes that must not fire
(docs/quality.md ``### Stop 39's left classes, Vietnamese, English and dates``)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-05-10")
_bodies = rows_reader("agency_id", "role", "assigned_by", published="2025-05-10")


# --- 1a. a district's own offices, its Front chapter, the partners of a district office ----------------------------

@pytest.mark.parametrize("text,lang,expected", [
    # the district's own sectors after names outside the table the chairman's verb asks first: no row of theirs
    ("Phó Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị, các ngành có liên quan và UBND các xã khẩn trương hoàn "
     "thiện hồ sơ đất đai.", "vi", [("CPC", "assignee", "DPC")]),
    ("Chủ tịch UBND huyện đề nghị các cơ quan, đơn vị, các ngành liên quan và UBND các xã, thị trấn rà soát danh sách hộ "
     "nghèo.", "vi", [("CPC", "assignee", "DPC")]),
    # look-alikes: a province's committee asks the same list (its departments), the sectors joined to the districts
    ("Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, các ngành có liên quan và UBND các huyện khẩn trương hoàn thiện "
     "hồ sơ đất đai.", "vi", [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("UBND tỉnh yêu cầu UBND các huyện, các ngành có liên quan khẩn trương hoàn thiện hồ sơ đất đai.", "vi",
     [("DPC", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC")]),
])
def test_district_own_offices_after_outside_names(text, lang, expected):
    assert sorted(_bodies(text, lang)) == sorted(expected)


@pytest.mark.parametrize("text,lang,expected", [
    # a district's chapter of the Front, named as the district's or asked of by a district's committee: no body
    ("Chủ tịch UBND huyện yêu cầu UBND các xã phối hợp với Ủy ban MTTQ huyện vận động người dân hiến đất.", "vi",
     [("CPC", "assignee", "DPC")]),
    ("Chủ tịch UBND huyện giao UBND các xã chủ trì, phối hợp với các đoàn thể, MTTQ vận động người dân hiến đất.",
     "vi", [("CPC", "lead", "DPC")]),
    ("The Chairman of the district People's Committee asked the People's Committees of communes to work with the "
     "Vietnam Fatherland Front Committee of the district to mobilise residents.", "en", [("CPC", "assignee", "DPC")]),
    ("The Chairman of the district People's Committee asked the People's Committees of communes to work with the "
     "Fatherland Front to mobilise residents.", "en", [("CPC", "assignee", "DPC")]),
    ("Le président du Comité populaire du district a demandé aux Comités populaires des communes de se coordonner avec "
     "le Front de la Patrie du Vietnam du district pour mobiliser les habitants.", "fr", [("CPC", "assignee", "DPC")]),
    # look-alikes: the province's chapter and the central committee stay rows
    ("Chủ tịch UBND tỉnh yêu cầu UBND các huyện phối hợp với Ủy ban MTTQ tỉnh vận động người dân hiến đất.", "vi",
     [("DPC", "assignee", "PPC"), ("VFF", "coordinate", "PPC")]),
    ("Thủ tướng yêu cầu UBND các tỉnh phối hợp với Ủy ban Trung ương MTTQ Việt Nam vận động người dân hiến đất.",
     "vi", [("PROVINCES", "assignee", "PM"), ("VFF", "coordinate", "PM")]),
    ("The Chairman of the provincial People's Committee asked the People's Committees of districts to work with the "
     "provincial Fatherland Front Committee to mobilise residents.", "en",
     [("DPC", "assignee", "PPC"), ("VFF", "coordinate", "PPC")]),
])
def test_district_front_chapter_is_no_body(text, lang, expected):
    assert sorted(_bodies(text, lang)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # the commune committees after a run of the district's own nouns are the district office's partners
    ("Chủ tịch UBND huyện giao Phòng Nông nghiệp phối hợp với các cơ quan, đơn vị, phòng ban ngành của huyện, UBND "
     "các xã kiểm tra tiến độ.", [("CPC", "coordinate", "DPC")]),
    ("Chủ tịch UBND huyện giao Phòng Tư pháp phối hợp với các cơ quan, đơn vị, phòng ban, UBND các xã, thị trấn rà soát "
     "hồ sơ.", [("CPC", "coordinate", "DPC")]),
    # look-alike: a lower-case piece that is no unit's noun ends the outside list: no row, as before
    ("Chủ tịch UBND huyện giao Phòng Tư pháp phối hợp với các cơ quan, đơn vị, nhà hảo tâm, UBND các xã rà soát hồ "
     "sơ.", []),
])
def test_communes_partnering_a_district_office(text, expected):
    assert sorted(_bodies(text, "vi")) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # the Party secretary (no body of the table) asks; the province's direction the district follows is no authority:
    # the communes the district directs have no asker the table holds, and the offices "thuộc UBND huyện" are no body
    ("Đồng chí Bí thư Huyện ủy giao UBND huyện bám sát sự chỉ đạo của UBND tỉnh; chỉ đạo các phòng, cơ quan chuyên môn "
     "thuộc UBND huyện đôn đốc các xã. Chỉ đạo UBND các xã tiếp tục đẩy nhanh tiến độ.",
     [("DPC", "assignee", None), ("CPC", "assignee", None)]),
    # look-alikes: a province's chairman asks (his committee asks the communes too); the chairman asks the district
    # to carry out the Prime Minister's direction (the chairman's committee directs)
    ("Chủ tịch UBND tỉnh giao UBND huyện bám sát sự chỉ đạo của Thủ tướng; chỉ đạo các phòng đôn đốc các xã. Chỉ đạo "
     "UBND các xã tiếp tục đẩy nhanh tiến độ.", [("DPC", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
    ("Thực hiện chỉ đạo của UBND tỉnh, Chủ tịch UBND huyện yêu cầu UBND các xã đẩy nhanh tiến độ.",
     [("CPC", "assignee", "DPC")]),
])
def test_party_secretary_nested_communes_asker(text, expected):
    assert sorted(_bodies(text, "vi"), key=str) == sorted(expected, key=str)


# --- 1b. a subjectless continuation of an item is the item's body's task, with its own date -------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("The provincial People's Committee directed departments to speed up the work. The Department of Construction must "
     "direct the Land Fund Center to review each case. In case households do not agree, they must prepare the files. "
     "At the same time, complete the finished packages for acceptance and hand them over for use in 2026.", "en",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DOC", "assignee", "PPC", None), ("DOC", "assignee", "PPC", "2026")]),
    ("UBND tỉnh giao Sở Xây dựng chỉ đạo Trung tâm Phát triển quỹ đất rà soát từng trường hợp. Đồng thời, hoàn thành "
     "các gói thầu đã thi công xong trước ngày 30/9/2025.", "vi",
     [("DOC", "assignee", "PPC", None), ("DOC", "assignee", "PPC", "2025-09-30")]),
    ("Le Comité populaire provincial a demandé au Département de la construction d'examiner chaque cas. Dans le même "
     "temps, achever les travaux de drainage avant le 30 septembre 2025.", "fr",
     [("DOC", "assignee", "PPC", None), ("DOC", "assignee", "PPC", "2025-09-30")]),
    # look-alikes: a subject after the opener is its own row or none; a report has no item before it; a body between
    ("The Department of Construction must review each case. At the same time, the city will complete the packages "
     "before June 30, 2025.", "en", [("DOC", "assignee", None, None)]),
    ("The Department of Construction reviewed each case last year. At the same time, complete the packages before June "
     "30, 2025.", "en", []),
    ("UBND tỉnh giao Sở Xây dựng rà soát từng trường hợp. Sở Tài chính đã bố trí vốn. Đồng thời, hoàn thành các gói "
     "thầu trước ngày 30/9/2025.", "vi", [("DOC", "assignee", "PPC", None)]),
])
def test_subjectless_continuation_is_the_items_task(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 2. Vietnamese -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the last named unit after "và" with its own level word: asked with the named units before it
    ("UBND tỉnh yêu cầu UBND các phường Tân An, Hòa Bình và xã Mỹ Khánh khẩn trương rà soát hồ sơ.",
     [("CPC", "assignee", "PPC", None)] * 3),
    ("UBND tỉnh yêu cầu UBND phường Tân An và xã Mỹ Khánh khẩn trương rà soát hồ sơ.",
     [("CPC", "assignee", "PPC", None)] * 2),
    # look-alikes: a collective of the level before it (its member, no row of its own); a district town after the
    # districts' collective
    ("UBND tỉnh yêu cầu UBND các xã, phường và xã Mỹ Khánh khẩn trương rà soát hồ sơ.",
     [("CPC", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu UBND các huyện, thị xã Ba Đồn khẩn trương rà soát hồ sơ.", [("DPC@44", "assignee", "PPC@44", None)]),
])
def test_last_unit_with_its_own_level_word(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text,lang,expected", [
    # the provinces' collective in the singular before a town's name: the province's committee and the town's
    ("Bộ Xây dựng đề nghị UBND tỉnh, thành phố Bảo Lộc phối hợp xử lý vi phạm.", "vi",
     [("PPC@68", "assignee", "MOC", None), ("DPC@68", "assignee", "MOC", None)]),
    # look-alikes: a centrally-run city after the designator, no name after it
    ("Bộ Xây dựng đề nghị UBND tỉnh, thành phố Hà Nội phối hợp xử lý vi phạm.", "vi",
     [("PROVINCES", "assignee", "MOC", None)]),
    ("Bộ Xây dựng đề nghị UBND tỉnh, thành phố khẩn trương xử lý vi phạm.", "vi",
     [("PROVINCES", "assignee", "MOC", None)]),
    # a bare city or province asks for its committee where the bodies asked are one province's
    ("Thành phố đã yêu cầu Sở Xây dựng khẩn trương rà soát các công trình. UBND thành phố Hải Phòng cũng giao Sở Tài "
     "chính bố trí vốn.", "vi", [("DOC@31", "assignee", "PPC@31", None), ("DOF@31", "assignee", "PPC@31", None)]),
    ("The city has asked the Department of Construction to review all projects. The Hai Phong People's Committee also "
     "assigned the Department of Finance to arrange funds.", "en",
     [("DOC@31", "assignee", "PPC@31", None), ("DOF@31", "assignee", "PPC@31", None)]),
    # look-alikes: a ministry asked (no province's body), no asker read
    ("Thành phố đã yêu cầu Bộ Xây dựng hỗ trợ kinh phí.", "vi", [("MOC", "assignee", None, None)]),
    ("The city has asked the Ministry of Construction to support the funding.", "en", [("MOC", "assignee", None, None)]),
])
def test_province_and_town_and_bare_city_asker(text, lang, expected):
    assert _rows(text, lang) == expected


# --- 4. deadlines ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    # vi: before the end of a month, with or without its year
    ("UBND tỉnh giao Sở Xây dựng rà soát các công trình, xong trước cuối tháng 11.", "vi",
     [("DOC", "assignee", "PPC", "2025-11")]),
    ("UBND tỉnh giao Sở Tài chính tổng hợp báo cáo, hoàn thành trước cuối tháng 12/2025.", "vi",
     [("DOF", "assignee", "PPC", "2025-12")]),
    # look-alike: the end of a month a body says it will have results (a report, no task date)
    ("Sở Xây dựng cho biết trước cuối tháng 11 sẽ có kết quả. UBND tỉnh giao Sở Xây dựng rà soát các công trình.",
     "vi", [("DOC", "assignee", "PPC", None)]),
    # sv: a fronted time frame, the modal before the subject (verb-second order), as the text's first sentence
    ("Senast den 20 november ska finansavdelningen rapportera resultaten.", "sv", [("DOF", "assignee", None, "2025-11-20")]),
    ("Före den 15 december ska finansavdelningen slutföra inspektionen.", "sv", [("DOF", "assignee", None, "2025-12-15")]),
    # look-alike: a day with no deadline word before the modal
    ("Den 20 november ska finansavdelningen ha rapporterat resultaten.", "sv", [("DOF", "assignee", None, None)]),
])
def test_month_end_and_fronted_time_with_modal(text, lang, expected):
    assert _rows(text, lang) == expected
