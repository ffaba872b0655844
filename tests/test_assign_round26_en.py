"""Round 26's error classes of English assignments (docs/quality.md "Round 26 (blind, real public pages):
assignments en"), fixed as general rules, data first: a text with no date that names the two-level local government
and no district is of after the merger (en and fr grammar.json two_level_government_words,
extractor._two_level_date); the ministries named bare after their plural closed by a colon are each tasked (en
grammar.json elliptic_after_plural, frames._listed_after_colon); the district committees named `District and City
People's Committees`, the departments named `directors (heads) of …` or `functional departments, branches` (en
agencies.csv). New sentences written for these tests, one literal case a line, with the look-alikes that must stay
out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Deputy Prime Minister asked Dong Thap province to train the officials of the two-level local government.",
     "en", [("PPC@82", "assignee", "DPM")]),
    ("To meet the requirements of the two-tier local government, the Deputy Prime Minister asked Dong Thap province "
     "to review its staff.", "en", [("PPC@82", "assignee", "DPM")]),
    ("Le vice-Premier ministre a demandé à la province de Dong Thap de former les cadres du gouvernement local à deux "
     "niveaux.", "fr", [("PPC@82", "assignee", "DPM")]),
    # look-alikes: a text that names the districts the two-level government ends was written before it; a text with
    # no such word keeps the scheme of before the merger; the Vietnamese press names that government in texts that
    # prepare it without naming a district (round 26's vi:heldout25 Bac Ninh page), so Vietnamese has no such words
    ("Before the districts end, the Deputy Prime Minister asked Dong Thap province to prepare the two-level local "
     "government.", "en", [("PPC@87", "assignee", "DPM")]),
    ("The Deputy Prime Minister asked Dong Thap province to train its officials.", "en",
     [("PPC@87", "assignee", "DPM")]),
    ("Phó Thủ tướng đề nghị tỉnh Đồng Tháp chuẩn bị mô hình chính quyền hai cấp.", "vi",
     [("PPC@87", "assignee", "DPM")]),
])
def test_a_text_naming_the_two_level_government_and_no_district_is_of_after_the_merger(text, lang, expected):
    assert found(text, lang) == expected


_FOUR = [("MOET", "assignee", "DPM"), ("MAE", "assignee", "DPM"), ("MOC", "assignee", "DPM"),
         ("MOH", "assignee", "DPM")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Deputy Prime Minister assigned ministries: Education and Training, Agriculture and Environment, "
     "Construction, Health to issue a written response.", "en", _FOUR),
    ("The Deputy Prime Minister assigned ministries: Education and Training, Agriculture and Environment, "
     "Construction and Health to issue a written response.", "en", _FOUR),
    # read before: the plural with `of`, and the Vietnamese colon list
    ("The Deputy Prime Minister assigned the ministries of Education and Training, Agriculture and Environment, "
     "Construction and Health to issue a written response.", "en", _FOUR),
    ("Phó Thủ tướng giao các Bộ: Giáo dục và Đào tạo, Nông nghiệp và Môi trường, Xây dựng, Y tế trả lời bằng văn bản.",
     "vi", _FOUR),
    # look-alikes: the plural with no name after its colon, or with other bodies, stays the ministries as a whole; a
    # meeting tasks no one
    ("The Deputy Prime Minister assigned ministries: to issue a written response.", "en",
     [("MINISTRIES", "assignee", "DPM")]),
    ("The Deputy Prime Minister assigned ministries and localities to issue a written response.", "en",
     [("MINISTRIES", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    ("The Deputy Prime Minister met ministries: Education and Training, Health.", "en", []),
])
def test_ministries_named_bare_after_their_plural_and_a_colon(text, lang, expected):
    assert found(text, lang) == expected


def test_the_list_after_the_colon_takes_the_closing_date():
    text = ("The Deputy Prime Minister assigned ministries: Education and Training, Health to urgently issue a written "
            "response to the proposals of the People's Committee of Quang Ninh Province; completed before April 15, "
            "2025.")
    assert dated(text, "en") == [("MOET", "2025-04-15", "before"), ("MOH", "2025-04-15", "before")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the Provincial People's Committee has directed the Chairmen of District and City People's "
     "Committees to strengthen land management.", "en", [("DPC", "assignee", "PPC")]),
    ("The Chairman of the Provincial People's Committee requested chairmen of district and city-level People's "
     "Committees to enhance urban management.", "en", [("DPC", "assignee", "PPC")]),
    ("The Chairman of An Giang Provincial People's Committee requested directors (heads) of provincial departments, "
     "branches and sectors; Chairmen of People's Committees of communes, wards and special zones to carry out the "
     "work.", "en", [("DEPARTMENTS@91", "assignee", "PPC@91"), ("CPC@91", "assignee", "PPC@91")]),
    ("The Da Nang City People's Committee issued a letter assigning functional departments, branches, sectors, "
     "People's Committees of communes and wards to carry out tasks.", "en",
     [("DEPARTMENTS@48", "assignee", "PPC@48"), ("CPC@48", "assignee", "PPC@48")]),
    # read before: the same bodies under their usual names
    ("The Chairman of Hung Yen Provincial People's Committee requested directors of provincial departments, branches "
     "and sectors to carry out the work.", "en", [("DEPARTMENTS@33", "assignee", "PPC@33")]),
    # look-alike: a ministry's own functional departments are no province's
    ("The Ministry of Industry and Trade asked its functional departments to review the rules.", "en", []),
])
def test_the_district_committees_and_departments_under_other_names(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of Binh Dinh Provincial People's Committee requested that new communes and wards pay special "
     "attention to selecting cadres.", "en", [("CPC@52", "assignee", "PPC@52")]),
    ("The Chairman of Binh Dinh Provincial People's Committee asked the newly established communes and wards to "
     "arrange their headquarters.", "en", [("CPC@52", "assignee", "PPC@52")]),
    # read before: the bodies with no adjective
    ("The Chairman of Binh Dinh Provincial People's Committee requested that communes and wards pay special attention "
     "to selecting cadres.", "en", [("CPC@52", "assignee", "PPC@52")]),
    # look-alike: new investors are no body
    ("The Chairman of Binh Dinh Provincial People's Committee requested new investors to register their projects.",
     "en", []),
])
def test_new_before_the_bodies_asked(text, lang, expected):
    assert found(text, lang) == expected
