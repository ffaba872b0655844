"""Stop 40's left classes, Vietnamese, English and dates (issue #13; helper left33vien, not blind): the lead's call of
stop 41 on a continuation led by ``chủ trì``, and the Vietnamese, English and date forms stop 39's left classes left
open. New sentences (none copied from a page), each class with look-alikes that must not fire (docs/quality.md
``### Stop 40's left classes, Vietnamese, English and dates``)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")
_bodies = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


# --- 1. a continuation the item's body leads is its row, role lead, with its own date ------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("UBND tỉnh Nghệ An giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh. Đồng thời chủ trì tổ chức hội nghị tổng "
     "kết trong tháng 12/2025.", "vi",
     [("DOH@40", "assignee", "PPC@40", None), ("DOH@40", "lead", "PPC@40", "2025-12")]),
    ("UBND tỉnh Nghệ An yêu cầu Sở Tài chính rà soát các khoản chi. Bên cạnh đó, chủ trì, phối hợp với các đơn vị xây "
     "dựng phương án tiết kiệm trước ngày 30/11/2025.", "vi",
     [("DOF@40", "assignee", "PPC@40", None), ("DOF@40", "lead", "PPC@40", "2025-11-30")]),
    ("The Nghe An provincial People's Committee assigned the Department of Health to review the clinics. At the same "
     "time, preside over a review conference before December 15, 2025.", "en",
     [("DOH@40", "assignee", "PPC@40", None), ("DOH@40", "lead", "PPC@40", "2025-12-15")]),
    ("Le Comité populaire de la province de Nghe An a chargé le Service de la Santé d'examiner les cliniques. "
     "Parallèlement, présider une conférence de bilan en décembre 2025.", "fr",
     [("DOH@40", "assignee", "PPC@40", None), ("DOH@40", "lead", "PPC@40", "2025-12")]),
    # look-alikes: a body named after the opener leads in its own right (its row, not the item's); a body named in a
    # sentence between ends the item; a continuation after a body outside the table gives no row
    ("UBND tỉnh Nghệ An giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh. Đồng thời, Sở Tài chính chủ trì bố trí "
     "kinh phí trong tháng 12/2025.", "vi",
     [("DOH@40", "assignee", "PPC@40", None), ("DOF@40", "lead", "PPC@40", "2025-12")]),
    ("UBND tỉnh Nghệ An giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh. Sở Tài chính đã bố trí kinh phí. Đồng "
     "thời chủ trì tổ chức hội nghị tổng kết trong tháng 12/2025.", "vi", [("DOH@40", "assignee", "PPC@40", None)]),
    ("Các cửa hàng bán lẻ xăng dầu phải niêm yết giá. Đồng thời chủ trì tổ chức kiểm tra trong tháng 12/2025.", "vi",
     []),
])
def test_led_continuation_is_the_items_row(text, lang, expected):
    assert sorted(_rows(text, lang)) == sorted(expected)


# --- 2a. a named district with its province after it, opening a clause with a strong cue, is its committee ----------

@pytest.mark.parametrize("text,lang,expected", [
    ("Chỉ thị về phòng chống thiên tai. Huyện Kỳ Sơn, tỉnh Nghệ An phải hoàn thành việc di dời các hộ dân trước ngày "
     "30/11/2025.", "vi", [("DPC@40", "assignee", None, "2025-11-30")]),
    ("Kế hoạch về cải cách hành chính. Huyện Mường Lát, tỉnh Thanh Hóa cần rà soát thủ tục hành chính.", "vi",
     [("DPC@38", "assignee", None, None)]),
    ("Plan on natural disaster prevention. Ky Son district, Nghe An province must complete the relocation before "
     "November 30, 2025.", "en", [("DPC@40", "assignee", None, "2025-11-30")]),
    # look-alikes: the district as a place, a past report, its residents, the district told with no cue
    ("Người dân huyện Kỳ Sơn, tỉnh Nghệ An phải di dời trước mùa lũ.", "vi", []),
    ("Huyện Kỳ Sơn, tỉnh Nghệ An đã hoàn thành việc di dời các hộ dân.", "vi", []),
    ("Huyện Kỳ Sơn, tỉnh Nghệ An, nơi có nhiều hộ dân phải di dời, đã hoàn thành kế hoạch.", "vi", []),
    ("Huyện Kỳ Sơn, tỉnh Nghệ An là địa phương có nhiều hộ dân phải di dời.", "vi", []),
])
def test_named_district_with_its_province_after(text, lang, expected):
    assert sorted(_rows(text, lang)) == sorted(expected)


# --- 2b. the singular plain present of a commune-level duty in a directive ('UBND xã, phường quyết định …') ---------

_LETTER = ("Phó Chủ tịch UBND tỉnh Phú Thọ đã ký ban hành Công văn gửi UBND các xã, phường yêu cầu thực hiện sắp xếp nhà "
           "văn hóa trên địa bàn. Theo đó, ")


@pytest.mark.parametrize("text,expected", [
    (_LETTER + "UBND xã, phường quyết định thành lập nhà văn hóa, bố trí người phụ trách.",
     [("CPC@25", "assignee", "PPC@25"), ("CPC@25", "assignee", "PPC@25")]),
    ("UBND tỉnh yêu cầu:\n\nUBND xã, phường quyết định thành lập tổ hòa giải ở cơ sở.", [("CPC", "assignee", "PPC")]),
    # look-alikes: a commune's decision told as done, a decision at a meeting, a text that directs no one
    (_LETTER + "UBND xã đã quyết định thành lập nhà văn hóa.", [("CPC@25", "assignee", "PPC@25")]),
    ("Tại buổi làm việc, UBND xã quyết định thành lập tổ công tác.", []),
    ("UBND xã Hùng Sơn quyết định thành lập tổ bảo vệ an ninh trật tự.", []),
])
def test_commune_duty_in_the_plain_present(text, expected):
    assert sorted(_bodies(text, "vi")) == sorted(expected)


# --- 3a. the asker's own urging after "and"; a lead opening the part after a semicolon -----------------------------

_NGHE_AN_EN = "The Chairman of the Nghe An provincial People's Committee "


@pytest.mark.parametrize("text,lang,expected", [
    (_NGHE_AN_EN + "asked the Department of Construction to review the dikes and urged the People's Committees of "
     "communes to relocate residents.", "en", [("DOC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    (_NGHE_AN_EN + "requested the Department of Health to check the clinics and also urged the People's Committees of "
     "wards to clean the drains.", "en", [("DOH@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("Le président du Comité populaire de la province de Nghe An a demandé au Service de la Construction d'examiner les "
     "digues et a exhorté les Comités populaires des communes à reloger les habitants.", "fr",
     [("DOC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("Ordföranden för folkkommittén i provinsen Nghe An bad byggavdelningen att se över vallarna och uppmanade "
     "folkkommittéerna i kommunerna att flytta invånarna.", "sv",
     [("DOC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # look-alikes: the tasked body's own urging (the infinitive), with no task of the urged after them
    (_NGHE_AN_EN + "asked the Department of Construction to review the dikes and urge the People's Committees of "
     "communes.", "en", [("DOC@40", "assignee", "PPC@40")]),
    # the part after a semicolon opening with the tasked body's lead: the urged bodies are its task's object
    ("The provincial People's Committee of Nghe An assigned the Department of Agriculture and Environment to direct the "
     "dike repairs; take charge of monitoring and urging the People's Committees of communes.", "en",
     [("DAE@40", "assignee", "PPC@40")]),
    # look-alike: a part with a subject of its own still asks the urged bodies
    ("The provincial People's Committee of Nghe An assigned the Department of Agriculture and Environment to direct the "
     "dike repairs; the Chairman also urged the People's Committees of communes to relocate residents.", "en",
     [("DAE@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
])
def test_askers_own_urging_and_semicolon_lead(text, lang, expected):
    assert sorted(_bodies(text, lang)) == sorted(expected)


# --- 3b. a province's name before the organisation names its chapter ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Nghe An provincial People's Committee requested the Nghe An Cooperative Alliance to support cooperatives.",
     [("VCA@40", "assignee", "PPC@40")]),
    ("The Nghe An provincial People's Committee requested the Nghe An Fatherland Front Committee to mobilise donations.",
     [("VFF@40", "assignee", "PPC@40")]),
    ("The Nghe An provincial People's Committee asked the Ho Chi Minh City Fatherland Front Committee to share its "
     "experience.", [("VFF@79", "assignee", "PPC@40")]),
    # look-alikes: the central bodies keep their ids
    ("The Nghe An provincial People's Committee requested the Vietnam Fatherland Front Committee to mobilise donations.",
     [("VFF", "assignee", "PPC@40")]),
    ("The Prime Minister asked the Vietnam Cooperative Alliance to support cooperatives.", [("VCA", "assignee", "PM")]),
    ("The Prime Minister asked the Fatherland Front Committee to mobilise donations in Nghe An.",
     [("VFF", "assignee", "PM")]),
])
def test_province_name_before_the_chapter(text, expected):
    assert sorted(_bodies(text, "en")) == sorted(expected)


# --- 3c. named towns after one singular committee; the last named ward before its city ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Hai Duong provincial People's Committee asked the People's Committee of Chi Linh city and Kinh Mon town to "
     "review the land.", [("DPC@31", "assignee", "PPC@31")] * 2),
    ("The Hai Duong provincial People's Committee asked the People's Committee of Chi Linh city, Kinh Mon town and Nam "
     "Sach district to review the land.", [("DPC@31", "assignee", "PPC@31")] * 3),
    ("The Can Tho city People's Committee asked the People's Committees of An Binh, Tan An and Cai Khe wards of Can Tho "
     "city to dredge the canals.", [("CPC@92", "assignee", "PPC@92")] * 3),
    # look-alikes: a town as a place after the task; another body after the join; a bare town after a plural level
    ("The Hai Duong provincial People's Committee asked the People's Committee of Chi Linh city to review the land in "
     "Kinh Mon town.", [("DPC@31", "assignee", "PPC@31")]),
    ("The Hai Duong provincial People's Committee asked the People's Committee of Chi Linh city and the Department of "
     "Construction to review the land.", [("DPC@31", "assignee", "PPC@31"), ("DOC@31", "assignee", "PPC@31")]),
    ("The Hai Duong provincial People's Committee asked the People's Committee of Chi Linh city to review the land of "
     "districts and Kinh Mon town.", [("DPC@31", "assignee", "PPC@31")]),
])
def test_named_towns_share_one_committee(text, expected):
    assert sorted(_bodies(text, "en")) == sorted(expected)


# --- 4. dates: a fronted time frame before the Swedish modal with an accent, with or without the year ---------------

_dated = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2025-10-01")


@pytest.mark.parametrize("text,lang,expected", [
    ("Senast den 20 november 2025 måste folkkommittéerna i kommunerna rapportera resultaten till provinsen.", "sv",
     [("CPC", "2025-11-20", "by")]),
    ("Senast den 15 december måste folkkommittéerna i kommunerna slutföra inventeringen.", "sv",
     [("CPC", "2025-12-15", "by")]),
    ("Senast den 20 november 2025 ska folkkommittéerna i kommunerna rapportera resultaten.", "sv",
     [("CPC", "2025-11-20", "by")]),
    # the English fronted frame after an earlier request of the same bodies: a row of its own with the date
    ("Accordingly, the Chairman of the Hanoi People's Committee requested the People's Committees of the new wards and "
     "communes to arrange offices. No later than November 20, the People's Committees of the new wards and communes "
     "must report the results to the Department of Finance.", "en",
     [("CPC@01", None, None), ("CPC@01", "2025-11-20", "by")]),
    # look-alikes: a day with no deadline word before the modal
    ("Den 20 november 2025 måste folkkommittéerna i kommunerna rapportera resultaten.", "sv", [("CPC", None, None)]),
])
def test_fronted_time_frame(text, lang, expected):
    assert sorted(_dated(text, lang), key=str) == sorted(expected, key=str)


# --- 3d. a subjectless continuation in the passive is the item's body's task, with its own date ---------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("The Thanh Hoa provincial People's Committee assigned the Department of Health to arrange doctors for the commune "
     "clinics. At the same time, training of nurses will be carried out in the province in 2025, to be completed "
     "before December 15, 2025.", "en",
     [("DOH@38", "assignee", "PPC@38", None), ("DOH@38", "assignee", "PPC@38", "2025-12-15")]),
    ("UBND tỉnh Thanh Hóa giao Sở Y tế bố trí bác sĩ cho các trạm y tế xã. Đồng thời, việc đào tạo điều dưỡng phải được "
     "hoàn thành trước ngày 15/12/2025.", "vi",
     [("DOH@38", "assignee", "PPC@38", None), ("DOH@38", "assignee", "PPC@38", "2025-12-15")]),
    ("Le Comité populaire de la province de Thanh Hoa a chargé le Service de la Santé d'affecter des médecins aux "
     "dispensaires. Parallèlement, la formation des infirmiers sera réalisée avant le 15 décembre 2025.", "fr",
     [("DOH@38", "assignee", "PPC@38", None), ("DOH@38", "assignee", "PPC@38", "2025-12-15")]),
    # look-alikes: the weather's passive-looking future, a body named in the continuation, a report before it
    ("The Thanh Hoa provincial People's Committee assigned the Department of Health to arrange doctors for the commune "
     "clinics. At the same time, the weather will be cold until December 15, 2025.", "en",
     [("DOH@38", "assignee", "PPC@38", None)]),
    ("The Thanh Hoa provincial People's Committee assigned the Department of Health to arrange doctors for the commune "
     "clinics. At the same time, training by the Department of Finance will be carried out before December 15, 2025.",
     "en", [("DOH@38", "assignee", "PPC@38", None)]),
])
def test_passive_continuation_is_the_items_task(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)


# --- 3e. the causative 'to have <bodies> <bare verb>' -------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("To speed up site clearance, the Nghe An Provincial People's Committee requires eligible projects to have the "
     "People's Committees of districts, towns and cities sign a commitment on progress.", [("DPC@40", "assignee", "PPC@40")]),
    ("The Nghe An Provincial People's Committee asked the Department of Finance to have the People's Committees of "
     "communes review the budget.", [("DOF@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # look-alikes: a possessive or a body's document after the causative's words, no bare verb
    ("The Nghe An Provincial People's Committee requires investors to have the People's Committee's approval before "
     "building.", []),
    ("The Nghe An Provincial People's Committee requires investors to have the Department of Construction's license.",
     []),
])
def test_causative_bodies_are_tasked(text, expected):
    assert sorted(_bodies(text, "en")) == sorted(expected)
