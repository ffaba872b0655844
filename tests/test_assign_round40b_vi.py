"""Round 40b (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2021-12-10")


# a steering committee's member agencies named with the committee's number or level ('các cơ quan thành viên Ban Chỉ
# đạo 389 tỉnh, UBND các huyện …', 'aux membres du Comité de pilotage 389 provincial et aux comités populaires …'): the
# whole phrase is the list's skip, so the bodies after it are still asked (the skip stopped before '389 tỉnh' and the
# list broke there); cues.json's list_skip_patterns, vi and fr (en read it already)
@pytest.mark.parametrize("text, lang, expected", [
    ("Ban Chỉ đạo 389 tỉnh yêu cầu các cơ quan thành viên Ban Chỉ đạo 389 tỉnh, UBND các huyện, thị xã tăng cường "
     "kiểm tra hàng hóa dịp Tết.", "vi", [("DPC", "assignee", None, None)]),
    ("Ban Chỉ đạo tỉnh yêu cầu các thành viên Ban Chỉ đạo tỉnh và Công an tỉnh tăng cường kiểm soát biên giới.", "vi",
     [("PPS", "assignee", None, None)]),
    ("Ban Chỉ đạo 389 quốc gia yêu cầu các cơ quan thành viên Ban Chỉ đạo 389 quốc gia, Bộ Công Thương tăng cường "
     "kiểm tra thị trường.", "vi", [("MOIT", "assignee", None, None)]),
    ("Le Comité de pilotage 389 provincial a demandé aux membres du Comité de pilotage 389 provincial et aux comités "
     "populaires des districts de renforcer les contrôles du marché.", "fr", [("DPC", "assignee", None, None)]),
    ("The provincial Steering Committee 389 requested the member agencies of the provincial Steering Committee 389 and "
     "the district People's Committees to step up market inspections.", "en", [("DPC", "assignee", None, None)]),
    # look-alikes: the members as a subject telling what they did, the members praised
    ("Các cơ quan thành viên Ban Chỉ đạo 389 tỉnh đã kiểm tra 120 cơ sở kinh doanh.", "vi", []),
    ("UBND tỉnh khen thưởng các cơ quan thành viên Ban Chỉ đạo 389 tỉnh vì thành tích xuất sắc.", "vi", []),
])
def test_steering_committee_members_named_with_its_number(text, lang, expected):
    assert _rows(text, lang) == expected


# the urban districts' committees alone ('UBND các quận', 'the People's Committees of urban districts') and a city's
# departments written 'các sở, ban ngành thành phố': the district committees (DPC) and the departments of the city, as
# 'UBND các quận, huyện' and 'các sở, ban, ngành thành phố' already were (nlp/lang/vi and en agencies.csv)
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND thành phố Hà Nội chỉ đạo UBND các quận triển khai các biện pháp giảm bụi.", "vi",
     [("DPC@01", "assignee", "PPC@01", None)]),
    ("UBND thành phố Hà Nội chỉ đạo các sở, ban ngành thành phố, UBND các quận, huyện, thị xã triển khai các biện pháp "
     "cải thiện chất lượng không khí.", "vi",
     [("DEPARTMENTS@01", "assignee", "PPC@01", None), ("DPC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee directed the People's Committees of urban districts to implement dust control "
     "measures.", "en", [("DPC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee directed the urban district People's Committees to implement dust control "
     "measures.", "en", [("DPC@01", "assignee", "PPC@01", None)]),
    # look-alikes: the urban districts as a place, and their committees reporting what they did
    ("Các quận nội thành của Hà Nội có chỉ số bụi mịn cao nhất.", "vi", []),
    ("Theo báo cáo, UBND các quận đã trồng thêm 5.000 cây xanh trong năm 2020.", "vi", []),
])
def test_urban_district_committees_and_city_departments(text, lang, expected):
    assert _rows(text, lang) == expected


# the committees of two levels named once ('UBND cấp huyện, cấp xã', 'UBND cấp huyện và cấp xã', 'district- and
# commune-level People's Committees'): one row a level on the one span, as 'UBND các cấp' (grammar's new
# committees_of_levels, vi and en; fr 'comités populaires des districts et des communes' read it already)
@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Nông nghiệp và Phát triển nông thôn đề nghị Sở Nông nghiệp và Phát triển nông thôn, UBND cấp huyện, cấp xã "
     "tổ chức tiêm phòng cho đàn lợn.", "vi",
     [("DARD", "assignee", "MARD", None), ("DPC", "assignee", "MARD", None), ("CPC", "assignee", "MARD", None)]),
    ("Bộ Nông nghiệp và Phát triển nông thôn đề nghị UBND cấp huyện và cấp xã tổ chức tiêm phòng cho đàn lợn.", "vi",
     [("DPC", "assignee", "MARD", None), ("CPC", "assignee", "MARD", None)]),
    ("The Ministry of Agriculture and Rural Development requested district- and commune-level People's Committees to "
     "organise vaccination for pigs.", "en",
     [("DPC", "assignee", "MARD", None), ("CPC", "assignee", "MARD", None)]),
    ("Le ministère de l'Agriculture et du Développement rural a demandé aux comités populaires des districts et des "
     "communes d'organiser la vaccination des porcs.", "fr",
     [("DPC", "assignee", "MARD", None), ("CPC", "assignee", "MARD", None)]),
    # look-alikes: the officials of the two levels trained, the two levels' committees telling what they did
    ("Sở Nông nghiệp tổ chức tập huấn cho cán bộ thú y cấp huyện, cấp xã.", "vi", []),
    ("Năm 2019, UBND cấp huyện, cấp xã đã tiêu hủy 2.000 con lợn mắc bệnh.", "vi", []),
])
def test_committees_of_two_levels_named_once(text, lang, expected):
    assert _rows(text, lang) == expected


# a province's own bare localities with no asker in a text that never names its province, every body it names a
# province's with no code ('Ban Chỉ đạo 389 tỉnh yêu cầu UBND các huyện … . …, các cơ quan thành viên và các địa
# phương chủ động …'): no row, as where the province is named (round 22's Sơn La caption; extractor
# _one_unnamed_provinces_bodies); with a national body in the text they stay the provinces (vi only: English and
# French read a province's localities as its districts, round 8)
@pytest.mark.parametrize("text, lang, expected", [
    ("Ban Chỉ đạo 389 tỉnh yêu cầu UBND các huyện, thị xã tăng cường kiểm tra hàng hóa dịp Tết. Căn cứ chức năng được "
     "giao, các cơ quan thành viên và các địa phương chủ động xây dựng phương án. Tăng cường trao đổi, chia sẻ thông "
     "tin.", "vi", [("DPC", "assignee", None, None)]),
    ("Tổ công tác yêu cầu Sở Y tế tăng cường kiểm tra các cơ sở. Các địa phương chủ động xây dựng phương án phòng "
     "dịch.", "vi", [("DOH", "assignee", None, None)]),
    # look-alikes: a national body in the text (the localities are the provinces), a province's own committee asking
    ("Ban Chỉ đạo 389 quốc gia yêu cầu Bộ Công Thương tăng cường kiểm tra hàng hóa. Các địa phương chủ động xây dựng "
     "phương án.", "vi", [("MOIT", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    ("Tổ công tác yêu cầu tăng cường kiểm tra. Các địa phương chủ động xây dựng phương án phòng dịch.", "vi",
     [("PROVINCES", "assignee", None, None)]),
])
def test_unnamed_provinces_own_localities_with_no_asker(text, lang, expected):
    assert _rows(text, lang) == expected
