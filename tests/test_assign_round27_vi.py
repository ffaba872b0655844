"""Issue #13, the Vietnamese assignment classes that round 27 (8 real public pages, blind, after round 26b's fixes and
the late26 classes; docs/quality.md "Round 27 (blind, real public pages): assignments vi") showed. New sentences
written for these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out:
the provinces named after the plural committee words (``chủ tịch UBND các tỉnh: Cao Bằng, Tuyên Quang, Lào Cai …``:
grammar.json ``committees_of_listed_provinces``, vi new, fr gains the colon without ``suivantes``); a minister named
by his ministry's short name (``Bộ trưởng Nông nghiệp và Môi trường chỉ đạo …``: grammar.json
``ministry_plural_heads`` gains ``bộ trưởng``); state groups and corporations after a body in a subject list
(cues.json ``list_skips``, vi, en, fr). English and French cases where the class exists there."""
from __future__ import annotations

import pytest

from tests.assign_cases import found

# ------------------------------------------------------------------ named provinces after the plural committee words


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: read as all the provinces (PROVINCES), or the collective beside its members
    ("Thủ tướng yêu cầu chủ tịch UBND các tỉnh: Hà Giang, Yên Bái, Lạng Sơn khẩn trương khắc phục hậu quả mưa lũ.",
     "vi", [("PPC@02", "assignee", "PM"), ("PPC@15", "assignee", "PM"), ("PPC@20", "assignee", "PM")]),
    ("Thủ tướng yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh Nghệ An, Hà Tĩnh tổ chức sơ tán dân.",
     "vi", [("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM")]),
    ("Phó Thủ tướng giao UBND các tỉnh: Sơn La, Điện Biên và Lai Châu rà soát các điểm sạt lở.",
     "vi", [("PPC@14", "assignee", "DPM"), ("PPC@11", "assignee", "DPM"), ("PPC@12", "assignee", "DPM")]),
    ("Le Premier ministre a demandé aux présidents des Comités populaires des provinces : Son La, Dien Bien et "
     "Lai Chau d'examiner les glissements de terrain.",
     "fr", [("PPC@14", "assignee", "PM"), ("PPC@11", "assignee", "PM"), ("PPC@12", "assignee", "PM")]),
    # held: English read them so already
    ("The Prime Minister asked the chairpersons of the People's Committees of the provinces: Son La, Dien Bien and "
     "Lai Chau to review the landslide sites.",
     "en", [("PPC@14", "assignee", "PM"), ("PPC@11", "assignee", "PM"), ("PPC@12", "assignee", "PM")]),
    # look-alikes: the provinces as a place, and the collective's members after gồm, stay as they were
    ("Thủ tướng ký công điện về khắc phục hậu quả mưa lũ tại các tỉnh Hà Giang, Yên Bái, Lạng Sơn.", "vi", []),
    ("Thủ tướng giao UBND các tỉnh, thành phố gồm: Hà Nội, Cần Thơ khẩn trương rà soát quỹ đất.",
     "vi", [("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng yêu cầu UBND các tỉnh khẩn trương rà soát quỹ đất.", "vi", [("PROVINCES", "assignee", "PM")]),
])
def test_named_provinces_after_plural_committee_words(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a minister named by his ministry's short name


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the minister named without `Bộ` gave no row
    ("Thủ tướng yêu cầu các bộ, ngành tập trung khắc phục. Bộ trưởng Nông nghiệp và Môi trường chỉ đạo rà soát "
     "các hồ đập.", "vi", [("MINISTRIES", "assignee", "PM"), ("MAE", "assignee", "PM")]),
    ("Thủ tướng giao Bộ trưởng Y tế chỉ đạo các bệnh viện chuẩn bị giường bệnh.", "vi", [("MOH", "assignee", "PM")]),
    ("Thủ tướng yêu cầu Bộ trưởng Công Thương, Tài chính khẩn trương báo cáo.",
     "vi", [("MOIT", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    # held: the full name, the plural list, English and French
    ("Thủ tướng yêu cầu Bộ trưởng Bộ Tài chính khẩn trương trình Chính phủ.", "vi", [("MOF", "assignee", "PM")]),
    ("Thủ tướng yêu cầu Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng cứu hộ.",
     "vi", [("MOD", "assignee", "PM"), ("MPS", "assignee", "PM")]),
    ("The Prime Minister asked the Minister of Health to prepare hospital beds.", "en", [("MOH", "assignee", "PM")]),
    ("Le Premier ministre a demandé au ministre de la Santé de préparer des lits.", "fr", [("MOH", "assignee", "PM")]),
    # look-alikes: the title before a person's name, a minister who speaks
    ("Bộ trưởng Trần Đức Thắng cho biết ngành đã vượt chỉ tiêu.", "vi", []),
    ("Bộ trưởng Nông nghiệp và Môi trường cho biết ngành đã vượt chỉ tiêu.", "vi", []),
])
def test_minister_named_by_his_ministrys_short_name(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ state groups and corporations in a subject list


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: the groups and corporations after the first body hid the verb from it
    ("Thủ tướng yêu cầu hai việc. Thứ hai, UBND các tỉnh, thành phố trực thuộc Trung ương, các tập đoàn, tổng công ty, "
     "doanh nghiệp nhà nước khẩn trương rà soát đất đai.", "vi", [("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng yêu cầu hai việc. Bộ Tài chính, các tập đoàn khẩn trương rà soát vốn nhà nước.",
     "vi", [("MOF", "assignee", "PM")]),
    ("The Prime Minister asked two things. Second, the People's Committees of provinces and centrally-run cities, "
     "state groups and corporations shall urgently review the land.", "en", [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé deux choses. Deuxièmement, les Comités populaires des provinces et villes relevant "
     "du pouvoir central, les groupes et sociétés d'État doivent examiner d'urgence les terres.",
     "fr", [("PROVINCES", "assignee", "PM")]),
    # held: the list's other outside names, and the groups alone name no body
    ("Thủ tướng yêu cầu hai việc. Bộ Công Thương, các tập đoàn, tổng công ty nhà nước khẩn trương rà soát.",
     "vi", [("MOIT", "assignee", "PM")]),
    ("Thủ tướng yêu cầu hai việc. Các tập đoàn, tổng công ty khẩn trương rà soát vốn nhà nước.", "vi", []),
])
def test_state_groups_and_corporations_in_a_subject_list(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ counted units named as a clause's subject


@pytest.mark.parametrize("text, lang, expected", [
    # fail without the fix: units named bare were read only after an assigning verb, and not past a description
    ("Ba huyện Sơn Tây, Minh Long và Sơn Hà phải hoàn thành việc sơ tán dân.", "vi",
     [("DPC", "assignee", None), ("DPC", "assignee", None), ("DPC", "assignee", None)]),
    ("Đến 17 giờ ngày 3/11, hai xã Hải Hòa, Hải Tiến cần khẩn trương di dời dân.", "vi",
     [("CPC", "assignee", None), ("CPC", "assignee", None)]),
    ("UBND tỉnh Quảng Ngãi yêu cầu ba huyện miền núi là Sơn Tây, Minh Long và Sơn Hà hoàn thành việc sơ tán.", "vi",
     [("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
    ("Ba huyện miền núi là Sơn Tây, Minh Long và Sơn Hà phải hoàn thành việc sơ tán dân.", "vi",
     [("DPC", "assignee", None), ("DPC", "assignee", None), ("DPC", "assignee", None)]),
    # held: after an assigning verb, as round 20 read them
    ("UBND tỉnh Thái Bình chỉ đạo hai huyện Kiến Xương và Tiền Hải đẩy nhanh thu hoạch lúa.", "vi",
     [("DPC@34", "assignee", "PPC@34"), ("DPC@34", "assignee", "PPC@34")]),
    # look-alikes: the units as a topic with no duty after their names, a capitalised word after the link
    ("Ba huyện Sơn Tây, Minh Long và Sơn Hà có nhiều điểm sạt lở.", "vi", []),
    ("Ba huyện miền núi là Sơn Tây, Minh Long và Sơn Hà có nhiều điểm sạt lở.", "vi", []),
    ("Tại hai xã Hải Hòa, Hải Tiến, người dân phải di dời khỏi vùng sạt lở.", "vi", []),
])
def test_counted_units_named_as_a_clauses_subject(text, lang, expected):
    assert found(text, lang) == expected
