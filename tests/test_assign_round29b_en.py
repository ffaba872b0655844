"""Round 29b's error classes of English assignments (docs/quality.md "Round 29b (blind, real public pages):
assignments en"), fixed as general rules, data first: the localities a district-level committee asks are its
communes and wards (extractor._localities_as_districts); a place phrase opening a sentence (`Meanwhile in Lam Dong
Province, the Da Lat City People's Committee …`) places the sentence's bodies named without a province (nlp/lang/*/
agencies.json place_openers_before_province; nlp.agencies.localise), in en, vi and fr; a province's name among the
names a unit word opens a list of (`the communes: Tri Le, Loc Binh, Thai Binh`) is a commune's, not the province
(nlp/lang/*/province_patterns.json unit_list_before; nlp.provinces), in en, vi and fr; `district/township People's
Committees`, `the Information and Communication Department` (nlp/lang/en/agencies.csv); `vice President of the
Provincial People's Committee` as a head's title (en cues.json head_titles); `suggests` as an asking verb and `will play
a key role in implementing` as a lead's cue (en cues.json). New sentences written for these tests, one literal case a
line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from nlp.provinces import find_provinces
from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published=None)


@pytest.mark.parametrize("text, lang, expected", [
    ("Heavy rain flooded Kon Tum. Meanwhile in Quang Nam Province, the Tam Ky City People's Committee has requested "
     "localities to clear the drains.", "en", [("CPC@49", "assignee", "DPC@49")]),
    ("Heavy rain flooded Kon Tum. In Lam Dong Province, the provincial People's Committee has asked the Department of "
     "Health to spray the areas.", "en", [("DOH@68", "assignee", "PPC@68")]),
    ("Mưa lớn gây ngập ở Quảng Nam. Tại tỉnh Lâm Đồng, UBND tỉnh yêu cầu Sở Y tế phun thuốc khử trùng.", "vi",
     [("DOH@68", "assignee", "PPC@68")]),
    ("De fortes pluies ont inondé Quang Nam. Dans la province de Lam Dong, le Comité populaire provincial a demandé au "
     "Service de la santé de désinfecter les zones.", "fr", [("DOH@68", "assignee", "PPC@68")]),
    # look-alikes: a province's own committee asks its districts (undated, before the merger); the Prime Minister
    # asks the provinces
    ("Heavy rain flooded Kon Tum. Meanwhile in Quang Nam Province, the provincial People's Committee has requested "
     "localities to evacuate residents.", "en", [("DPC@49", "assignee", "PPC@49")]),
    ("The Prime Minister has requested localities to evacuate residents.", "en", [("PROVINCES", "assignee", "PM")]),
])
def test_a_place_phrase_opening_the_sentence_and_a_district_committees_localities(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Landslides threaten the communes: Tri Le, Loc Binh, Thai Binh. On October 25, 2025, the Provincial People's "
     "Committee requested the People's Committees of communes and wards to relocate the households.", "en",
     [("CPC", "assignee", "PPC")]),
    ("Sạt lở đe dọa các xã: Tri Lễ, Lộc Bình, Thái Bình. Ngày 25/10/2025, UBND tỉnh yêu cầu UBND các xã, phường di "
     "dời các hộ dân.", "vi", [("CPC", "assignee", "PPC")]),
    # look-alike: the province named as itself places the committees (Thai Binh in Hung Yen after the merger)
    ("Landslides threaten Thai Binh province. On October 25, 2025, the Provincial People's Committee requested the "
     "People's Committees of communes and wards to relocate the households.", "en", [("CPC@33", "assignee", "PPC@33")]),
])
def test_a_province_name_in_a_list_of_communes(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, names", [
    ("Floods hit the communes: Tri Le, Loc Binh and Thai Binh.", "en", []),
    ("Floods hit the wards such as Quang Trung, Ha Nam and Tan Thanh.", "en", []),
    ("Les crues touchent les communes : Tri Le, Loc Binh et Thai Binh.", "fr", []),
    # look-alikes: a province named after the list ended, and provinces listed with no unit word
    ("Floods hit the communes: Tri Le, Loc Binh; the Thai Binh People's Committee sent aid.", "en", ["Thai Binh"]),
    ("Floods hit Thai Binh and Nam Dinh.", "en", ["Thai Binh", "Nam Dinh"]),
])
def test_the_province_finder_skips_names_listed_after_a_unit_word(text, lang, names):
    assert [p.text for p in find_provinces(text, lang)] == names


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee requested district/township People's Committees to clear the sidewalks.",
     [("DPC@01", "assignee", "PPC@01")]),
    ("The Quang Nam Provincial People's Committee asked the Information and Communication Department to report.",
     [("DIC@49", "assignee", "PPC@49")]),
    ("Binh Phuoc reviews its fees\nMrs. Tran Thi Lan - member of the Provincial Party Committee, vice President of the "
     "Provincial People's Committee, chaired the meeting. Mrs. Tran Thi Lan asked the Department of Finance to review "
     "the fees.", [("DOF@70", "assignee", "PPC@70")]),
    ("The Ministry of Construction also suggests localities review the housing projects.",
     [("PROVINCES", "assignee", "MOC")]),
    ("The Quang Nam Provincial People's Committee asked departments, branches and sectors to review the records. The "
     "Department of Justice will play a key role in implementing this task.",
     [("DEPARTMENTS@49", "assignee", "PPC@49"), ("DOJ@49", "lead", "PPC@49")]),
    # look-alikes: a thing's key role, a department's past role
    ("Digital technology will play a key role in implementing the plan.", []),
    ("The Department of Justice played a key role in implementing the plan last year.", []),
])
def test_names_titles_and_cues(text, expected):
    assert _rows(text, "en") == expected
