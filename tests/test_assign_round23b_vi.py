"""Issue #13, the Vietnamese assignment classes that round 23b (8 real public pages, blind, after round 23's fixes;
README "Round 23b (blind, real public pages): assignments vi") showed. New sentences written for these tests (not the
pages' sentences), one literal case a line, with the look-alikes that must stay out. The commune-level committees
with the special zones of the 2025 reform, in the orders and with the `và` the press writes, are data of the agency
tables (vi and fr agencies.csv; English had them already)."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ the communes, wards and special zones


@pytest.mark.parametrize("text, lang, expected", [
    # a letter's addressees then asked by "yêu cầu": the list ended with "và đặc khu" broke the frame (fails
    # without the fix)
    ("UBND thành phố Đà Nẵng đã ban hành công văn gửi các sở, ban, ngành, UBND các phường, xã và đặc khu, yêu cầu rà "
     "soát các trụ sở dôi dư.", "vi",
     [("DEPARTMENTS@48", "assignee", "PPC@48"), ("CPC@48", "assignee", "PPC@48")]),
    # the wards before the communes, the full committee's name (fails without the fix)
    ("UBND thành phố Đà Nẵng yêu cầu Ủy ban nhân dân các phường, xã, đặc khu hoàn thành việc kiểm kê đất công.", "vi",
     [("CPC@48", "assignee", "PPC@48")]),
    # held before by a shorter name: right after the verb, and as a partner
    ("Chủ tịch UBND tỉnh Quảng Ninh giao UBND các xã, phường và đặc khu kiểm tra các công trình ven biển.", "vi",
     [("CPC@22", "assignee", "PPC@22")]),
    ("UBND tỉnh Quảng Ninh giao Sở Xây dựng chủ trì, phối hợp với UBND các phường, xã và đặc khu rà soát các dự án "
     "nhà ở.", "vi", [("DOC@22", "lead", "PPC@22"), ("CPC@22", "coordinate", "PPC@22")]),
    # look-alike: the committees reporting are not asked
    ("UBND các phường, xã và đặc khu đã báo cáo UBND thành phố Đà Nẵng về tình hình trụ sở.", "vi", []),
    # French and English: the same committees (held before by other readings; the French names are now the table's)
    ("Le Comité populaire de Da Nang a demandé aux comités populaires des communes, quartiers et zones spéciales de "
     "recenser les sièges excédentaires.", "fr", [("CPC@48", "assignee", "PPC@48")]),
    ("The Da Nang People's Committee asked the People's Committees of wards, communes and special zones to review "
     "surplus offices.", "en", [("CPC@48", "assignee", "PPC@48")]),
])
def test_communes_wards_and_special_zones(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the sectors and units before a partner


@pytest.mark.parametrize("text, lang, expected", [
    # "các ngành và đơn vị liên quan" (no body of the table) before the partners no longer ends the partners' list
    # (cues.json list_skips; the first two fail without the fix)
    ("UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các ngành và đơn vị liên quan, UBND "
     "các huyện, thị xã, thành phố xây dựng kế hoạch trồng cây.", "vi",
     [("DARD", "lead", "PPC"), ("DPC", "coordinate", "PPC")]),
    ("Chủ tịch UBND tỉnh Lai Châu yêu cầu Sở Y tế chủ trì, phối hợp với các ngành, đơn vị có liên quan, UBND các xã, "
     "phường kiểm tra an toàn thực phẩm.", "vi", [("DOH@12", "lead", "PPC@12"), ("CPC@12", "coordinate", "PPC@12")]),
    # held before: the units alone before the partners; the sectors and units asked with a committee after them
    ("UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các đơn vị liên quan, UBND các "
     "huyện, thị xã, thành phố xây dựng kế hoạch trồng cây.", "vi",
     [("DARD", "lead", "PPC"), ("DPC", "coordinate", "PPC")]),
    ("UBND tỉnh yêu cầu các ngành và đơn vị liên quan, UBND các huyện rà soát hộ nghèo.", "vi",
     [("DPC", "assignee", "PPC")]),
    # look-alike: the sectors and units attending are not asked, nor the committees with them
    ("Các ngành và đơn vị liên quan đã tham gia hội nghị cùng UBND các huyện.", "vi", []),
    # English: relevant sectors and units before the partners, the partners after them kept; the sectors themselves
    # are the province's departments, as the English gold reads a province's sectors ("sectors, units, localities":
    # DEPARTMENTS; the open classes after round 22b)
    ("The provincial People's Committee assigned the Department of Agriculture and Rural Development to take the "
     "lead, in coordination with relevant sectors and units, the People's Committees of districts, towns and cities, "
     "in drawing up the plan.", "en",
     [("DARD", "lead", "PPC"), ("DEPARTMENTS", "coordinate", "PPC"), ("DPC", "coordinate", "PPC")]),
])
def test_sectors_and_units_before_a_partner(text, lang, expected):
    assert found(text, lang) == expected
