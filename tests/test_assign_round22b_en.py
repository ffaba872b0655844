"""Round 22b's error classes of English assignments (README "Round 22b (blind, real public pages): assignments en"),
fixed as general rules, data first: a date written day.month.year with dots, as the translated press writes
Vietnamese dates (en and fr deadlines.json ``dates``: ``before 4.6.2025``); the People's Committees of communes named
by a kind of commune (en agencies.csv, CPC: ``the People's Committees of coastal communes``, of border or mountainous
communes); ``to be the agency in charge of``, the presiding agency of an order, is the lead (en cues.json
``lead_after``); a province asked with a possessive mark (``requested Quảng Trị Province's authorities to …``) is
its committee (en grammar.json ``province_possessives``, mentions._bare_province_at). New sentences written for these tests, one literal case a line, with the look-alikes that must stay
out and the Vietnamese and French forms of each class."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the Bac Ninh Provincial People's Committee assigns the Department of Finance to summarize and "
     "report before 4.6.2025.", "en",
     [("DOF@27", "2025-06-04", "before")]),
    ("The Chairman of the Bac Ninh Provincial People's Committee assigns the Department of Finance to summarize and "
     "report to the Provincial People's Committee (before 20.11.2025).", "en",
     [("DOF@27", "2025-11-20", "before")]),
    ("Le président du Comité populaire provincial de Bac Ninh a chargé le Service des finances de faire rapport avant "
     "le 4.6.2025.", "fr",
     [("DOF@27", "2025-06-04", "before")]),
    # the Vietnamese form was read before
    ("Chủ tịch UBND tỉnh Bắc Ninh giao Sở Tài chính báo cáo trước ngày 4.6.2025.", "vi",
     [("DOF@27", "2025-06-04", "before")]),
    # look-alike: a cited document's date with dots is no deadline
    ("The Chairman of the Bac Ninh Provincial People's Committee assigns the Department of Finance to implement "
     "Official Dispatch No. 1724 dated 4.6.2025.", "en",
     [("DOF@27", None, None)]),
])
def test_a_day_month_year_date_with_dots_is_a_deadline(text, lang, expected):
    assert dated(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Quang Tri Provincial People's Committee requested the People's Committees of coastal communes and Con Co "
     "special zone to count ships.", "en",
     [("CPC@44", "assignee", "PPC@44")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    ("The Nghe An Provincial People's Committee requested the People’s Committees of border communes to step up "
     "patrols.", "en",
     [("CPC@40", "assignee", "PPC@40")]),
    ("The Lao Cai Provincial People's Committee requested the People's Committees of the mountainous communes to "
     "review landslide risks.", "en",
     [("CPC@15", "assignee", "PPC@15")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    # look-alike: the committees reporting, no task
    ("The People's Committees of coastal communes reported 120 boats at sea.", "en", []),
    # the Vietnamese and French forms were read before
    ("UBND tỉnh Quảng Trị yêu cầu UBND các xã ven biển và đặc khu Cồn Cỏ kiểm đếm tàu thuyền.", "vi",
     [("CPC@44", "assignee", "PPC@44")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    ("Le Comité populaire provincial de Quang Tri a demandé aux comités populaires des communes côtières de recenser "
     "les bateaux.", "fr",
     [("CPC@44", "assignee", "PPC@44")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
])
def test_committees_of_a_kind_of_commune_are_the_commune_level(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Lang Son Provincial People's Committee issued an order. The Department of Construction was assigned to be "
     "the agency in charge of and directly implementing the construction of emergency items.", "en",
     [("DOC@20", "lead", "PPC@20")]),
    ("The Provincial People's Committee assigned the Department of Health to be the agency in charge, coordinating "
     "with localities to respond to the outbreak.", "en",
     [("DOH", "lead", "PPC"), ("DPC", "coordinate", "PPC")]),
    # the Vietnamese form was read before
    ("UBND tỉnh Lạng Sơn giao Sở Xây dựng là cơ quan chủ trì quản lý, trực tiếp thực hiện thi công công trình khẩn "
     "cấp.", "vi",
     [("DOC@20", "lead", "PPC@20")]),
    # look-alikes: an apposition in a report, and 'is in charge of' (a standing charge, as before: assignee)
    ("The Department of Construction, the agency in charge of the roads, reported 12 landslides.", "en", []),
    ("The Department of Construction is in charge of repairing the provincial roads.", "en",
     [("DOC", "assignee", None)]),
])
def test_the_agency_in_charge_of_an_order_is_the_lead(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister requested Quang Tri Province's authorities to submit weekly progress updates.", "en",
     [("PPC@45", "assignee", "PM")]),
    ("The Prime Minister asked Dak Lak's leaders to complete the repairs of damaged houses.", "en",
     [("PPC@66", "assignee", "PM")]),
    # as before: the province's authorities without the possessive
    ("The Prime Minister requested Quang Tri authorities to submit weekly progress updates.", "en",
     [("PPC@45", "assignee", "PM")]),
    # look-alikes: a province's places visited, its authorities praised
    ("The Prime Minister visited Quang Tri's flood-hit communes on Saturday.", "en", []),
    ("The Prime Minister praised Quang Tri's authorities for their rapid response.", "en", []),
    # the Vietnamese form was read before
    ("Thủ tướng yêu cầu chính quyền tỉnh Quảng Trị báo cáo tiến độ hằng tuần.", "vi",
     [("PPC@45", "assignee", "PM")]),
])
def test_a_province_asked_with_a_possessive_is_its_committee(text, lang, expected):
    assert found(text, lang) == expected
