"""Round 28b's error classes of English assignments (docs/quality.md "Round 28b (blind, real public pages):
assignments en"), fixed as general rules, data first: a province the text writes as a former one in brackets (`the
People's Committee of Quang Nam province (old)`) dates an undated page after the merger, wherever the text names
it again (extractor._named_as_former, _two_level_date; vi `tỉnh Quảng Nam (cũ)`); two communes named with a lower-case
level word (`Hoa Luu commune and Vinh Thuan Dong commune`) are two bodies (mentions.own_unit_name); `join hands with`
as a partner's cue and `asks that` as an asking verb (en cues.json); a passive's agent after a subjectless task (`…,
chaired by the Department of Justice`) leads it (en grammar.json lead_agent_before; frames.classify), not a meeting's
chair; `the People's Committees of all districts`, `state departments and agencies` (nlp/lang/en/agencies.csv); press
and media agencies skipped in a partners' list (en cues.json list_skips); a plan's own year after its noun (`the
approved … plans in 2022`) is no due date (en deadlines.json plan_nouns; deadline_checks._not_a_plans_year). New
sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found, rows


@pytest.mark.parametrize("text, lang, expected", [
    ("Vice Chairman of the City People's Committee Tran Van A signed Official Letter No. 512/UBND-SXD on lighting after "
     "the merger. For communes and wards of the People's Committee of Quang Nam province (old), the People's Committee "
     "of Da Nang city assigned the People's Committees of communes and wards to review the lighting. The City People's "
     "Committee assigned the Department of Construction to report. The Quang Nam Provincial Project Management Board "
     "hands over the contracts.", "en",
     [("CPC@48", "assignee", "PPC@48", None, None), ("DOC@48", "assignee", "PPC@48", None, None)]),
    ("Phó Chủ tịch UBND thành phố ký Công văn số 512/UBND-SXD về chiếu sáng sau sắp xếp. Đối với các xã, phường thuộc "
     "tỉnh Quảng Nam (cũ), UBND thành phố Đà Nẵng giao UBND các xã, phường rà soát hệ thống chiếu sáng. Ban Quản lý dự "
     "án tỉnh Quảng Nam bàn giao hợp đồng.", "vi", [("CPC@48", "assignee", "PPC@48", None, None)]),
    # look-alike: a province the merger ended named as it is, not as a former one, keeps the text before the merger
    ("The People's Committee of Quang Nam province assigned the People's Committees of communes and wards to review "
     "the lighting.", "en", [("CPC@49", "assignee", "PPC@49", None, None)]),
])
def test_a_province_written_as_a_former_one_in_brackets(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("On July 9, 2025, the Vice Chairman of Can Tho City People's Committee requested Thoi Lai commune and Co Do "
     "commune to publish the hotline.", [("CPC@92", "assignee", "PPC@92"), ("CPC@92", "assignee", "PPC@92")]),
    ("On July 9, 2025, the Vice Chairman of Can Tho City People's Committee suggested that Thoi Lai commune and Co Do "
     "commune speed up online records.", [("CPC@92", "assignee", "PPC@92"), ("CPC@92", "assignee", "PPC@92")]),
    # read before: capitalised level words
    ("On July 9, 2025, the Vice Chairman of Can Tho City People's Committee requested Thoi Lai Commune and Co Do "
     "Commune to publish the hotline.", [("CPC@92", "assignee", "PPC@92"), ("CPC@92", "assignee", "PPC@92")]),
    # look-alikes: one commune named twice, and the commune-level committees as a whole, are one body
    ("On July 9, 2025, the Vice Chairman of Can Tho City People's Committee requested Thoi Lai commune and Thoi Lai "
     "commune to publish the hotline.", [("CPC@92", "assignee", "PPC@92")]),
    ("On July 9, 2025, the Chairman of Can Tho City People's Committee requested commune-level People's Committees and "
     "the People's Committees of communes to publish the hotline.", [("CPC@92", "assignee", "PPC@92")]),
])
def test_two_communes_named_with_a_lower_case_level_word(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister asked the Ministry of Home Affairs to join hands with the Ministry of Justice in reviewing the "
     "decrees.", [("MOHA", "assignee", "PM"), ("MOJ", "coordinate", "PM")]),
    ("The Ministry of Planning and Investment is requested to join hands with the MoF and relevant agencies to assess "
     "disbursement.", [("MPI", "assignee", None), ("MOF", "coordinate", None)]),
    ("The directive asks that the Ministry of Construction review the housing standards.", [("MOC", "assignee", None)]),
    ("On March 28, 2023, the Prime Minister asked that the HCMC People's Committee direct the Department of "
     "Construction to review the rules.", [("PPC@79", "assignee", "PM"), ("DOC@79", "assignee", "PM")]),
    # look-alikes: people joining hands with a ministry are no body; a ministry that asks nothing
    ("Farmers join hands with the Ministry of Agriculture and Environment to plant trees.", []),
    ("The Ministry of Construction asks about the housing standards.", []),
])
def test_join_hands_with_and_asks_that(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("On March 2, 2026, the Hue City People's Committee assigned tasks to its bodies. Review the legal documents on "
     "waste, chaired by the Department of Justice.", [("DOJ@46", "lead", "PPC@46")]),
    ("On March 2, 2026, the Hue City People's Committee assigned tasks to its bodies. Draft the plan on waste, "
     "presided over by the Department of Construction.", [("DOC@46", "lead", "PPC@46")]),
    # look-alikes: a meeting's or a workshop's chair, and a body tasked before in the sentence
    ("The meeting, chaired by the Ministry of Finance, discussed the budget.", []),
    ("On March 2, 2026, the conference chaired by the Department of Justice reviewed the legal documents.", []),
    ("On March 2, 2026, the workshop on waste was chaired by the Department of Health.", []),
    ("On March 2, 2026, the Hue City People's Committee assigned the Department of Finance to review the plan, chaired "
     "by the Department of Justice.", [("DOF@46", "assignee", "PPC@46")]),
])
def test_a_passive_agent_after_its_task_leads_it(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("On March 28, 2023, the HCMC People's Committee asked the People's Committees of all districts to clear the "
     "sidewalks.", [("DPC@79", "assignee", "PPC@79")]),
    ("On March 28, 2023, the HCMC People's Committee asked state departments and agencies to clear the sidewalks.",
     [("DEPARTMENTS@79", "assignee", "PPC@79")]),
    ("On October 2, 2025, the Tuyen Quang Provincial People's Committee asked the Provincial Police to coordinate with "
     "press agencies and commune-level People's Committees to deploy propaganda.",
     [("PPS@08", "assignee", "PPC@08"), ("CPC@08", "coordinate", "PPC@08")]),
    # look-alikes: press agencies alone are no body; the districts named as places
    ("On October 2, 2025, the Tuyen Quang Provincial People's Committee asked press agencies to deploy propaganda.", []),
    ("On March 28, 2023, the sidewalks of all districts were cleared.", []),
])
def test_all_districts_state_departments_and_press_agencies(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Industry and Trade requested that the Department of Industry and Trade organize the "
     "implementation of the approved promotion plans in 2022.", [("DOIT", None, None)]),
    ("The Ministry of Industry and Trade requested the Department of Industry and Trade to carry out the programmes "
     "in 2023.", [("DOIT", None, None)]),
    # look-alikes: a due cue, a month, a year after a work that is no plan stay due dates
    ("The Ministry of Industry and Trade requested the Department of Industry and Trade to submit the plans by 2022.",
     [("DOIT", "2022", "by")]),
    ("The Ministry of Industry and Trade requested the Department of Industry and Trade to submit the plan in December "
     "2022.", [("DOIT", "2022-12", "in")]),
    ("The Ministry of Industry and Trade requested the Department of Industry and Trade to complete the review in 2022.",
     [("DOIT", "2022", "in")]),
    ("The Ministry of Industry and Trade requested the Department of Industry and Trade to complete the plans in 2023.",
     [("DOIT", "2023", "in")]),
])
def test_a_plans_own_year_is_no_due_date(text, expected):
    assert dated(text, "en") == expected
