"""Round 28's error classes of English assignments (docs/quality.md "Round 28 (blind, real public pages):
assignments en"), fixed as general rules, data first: a task handed over `to` its bodies (`assigned the task of … to
the Department of Construction and the commune-level People's Committee`: en cues.json assign_inserts; vi `giao nhiệm
vụ … cho`); `Communal and ward-level People's Committees`, the singular `commune-level People's Committee`, `People's
Committee of districts, towns and cities` and `heads of departments and agencies` (nlp/lang/en/agencies.csv); a
directive `urging` its bodies, while the bodies a tasked body urges or guides stay its task's object (en cues.json
assign_before and peer_urging_cues; frames: the nested `guiding` checked as the urging verbs are); a fronted topic with
a describing filler (`For mountainous localities, closely monitor …`: frames._topic_frame); a subject-less `Direct …`
item under a heading line naming one body (`1. Chairman of People's Committee of districts, towns and cities:`: the
heading's body directs, askers._item_heading_body). New sentences written for these tests, one literal case a line,
with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    ("On June 30, 2025, the Lang Son Provincial People's Committee temporarily assigned the task of urban construction "
     "managed by the district-level People's Committee to the Department of Construction and the commune-level People's "
     "Committee.", "en", [("DOC@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("On June 30, 2025, the Lang Son Provincial People's Committee assigned the management of the provincial roads to the "
     "Department of Construction.", "en", [("DOC@20", "assignee", "PPC@20")]),
    ("UBND tỉnh Lạng Sơn tạm thời giao nhiệm vụ quản lý đô thị do UBND cấp huyện quản lý cho Sở Xây dựng và UBND cấp xã.",
     "vi", [("DOC@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    # read before: the bodies right after the verb
    ("On June 30, 2025, the Lang Son Provincial People's Committee assigned the Department of Construction and the "
     "commune-level People's Committees to manage the roads.", "en",
     [("DOC@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("UBND tỉnh Lạng Sơn giao Sở Tài chính báo cáo kết quả cho Bộ Tài chính.", "vi", [("DOF@20", "assignee", "PPC@20")]),
    # look-alikes: a body the one asked reports to, after a `to` past the body asked
    ("The Prime Minister assigned the task of drafting the decree to the Ministry of Justice, which will submit it to "
     "the Government.", "en", [("MOJ", "assignee", "PM")]),
    ("Thủ tướng giao nhiệm vụ soạn thảo nghị định cho Bộ Tư pháp, sau đó trình cho Chính phủ.", "vi",
     [("MOJ", "assignee", "PM")]),
])
def test_a_task_handed_over_to_its_bodies(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On September 3, 2025, the Chairman of the Lang Son Provincial People's Committee requested the Department of "
     "Finance to review the plan. Communal and ward-level People’s Committees, especially those in border areas, must "
     "promptly inform residents.", "en", [("DOF@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("On September 3, 2025, the Chairman of the Lang Son Provincial People's Committee requested commune and ward-level "
     "People's Committees to inform residents.", "en", [("CPC@20", "assignee", "PPC@20")]),
    ("On September 14, 2025, the Chairman of the Nam Dinh provincial People’s Committee issued an urgent notice, "
     "requesting chairmen of district People’s Committees and heads of departments and agencies to swiftly implement "
     "countermeasures.", "en", [("DPC@37", "assignee", "PPC@37"), ("DEPARTMENTS@37", "assignee", "PPC@37")]),
    # read before: the plural commune-level committees, the ministries' collective
    ("On September 3, 2025, the Chairman of the Lang Son Provincial People's Committee requested commune-level People's "
     "Committees to inform residents.", "en", [("CPC@20", "assignee", "PPC@20")]),
    ("On September 14, 2025, the Ministry of Finance asked ministries, departments and agencies to report.", "en",
     [("MINISTRIES", "assignee", "MOF")]),
    # look-alike: the committees named with no task
    ("The communal and ward-level People's Committees' offices were open on Sunday.", "en", []),
])
def test_communal_committees_and_heads_of_departments_and_agencies(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On August 2, 2025, the Lang Son Provincial People's Committee issued Directive No. 12, urging the Department of "
     "Health and the commune-level People's Committees to inspect the hospitals.", "en",
     [("DOH@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("The Prime Minister has issued a dispatch, urging the Ministry of Construction to speed up the expressway.", "en",
     [("MOC", "assignee", "PM")]),
    # look-alike: the bodies a tasked body urges are its own task's object
    ("On August 2, 2025, the Lang Son Provincial People's Committee assigned the Department of Finance to take the lead "
     "in urging the Department of Construction to speed up disbursement.", "en", [("DOF@20", "lead", "PPC@20")]),
    # the bodies a tasked body guides, a task of theirs after them, are tasked (the lead's convention of round 29,
    # tests/test_assign_conv29.py; round 28 read them as the task's object)
    ("On August 2, 2025, the Lang Son Provincial People's Committee assigned the Department of Construction to be "
     "responsible for urging and guiding the People's Committees of communes to inspect the works.", "en",
     [("DOC@20", "assignee", "PPC@20"), ("CPC@20", "assignee", "PPC@20")]),
    ("The Department of Home Affairs is responsible for guiding the People's Committees of communes in arranging staff.",
     # asked by the department that guides them (round 29 en: a province's tasked body directing others asks them)
     "en", [("DOHA", "assignee", None), ("CPC", "assignee", "DOHA")]),
    # read before: an authority guiding passes the task on
    ("Deputy Prime Minister Tran Hong Ha is responsible for guiding the Ministry of Construction in reviewing the land "
     "issues.", "en", [("MOC", "assignee", "DPM")]),
])
def test_a_directive_urging_and_the_objects_of_a_tasked_bodys_urging(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On September 27, 2025, the Quang Ninh Provincial People's Committee requested departments, branches and localities "
     "to be vigilant. For mountainous localities, closely monitor the heavy rains and warn people.", "en",
     [("DEPARTMENTS@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22")]),
    ("On September 27, 2025, the Quang Ninh Provincial People's Committee requested departments, branches and localities "
     "to be vigilant. For coastal localities, urgently call on ships to take shelter.", "en",
     [("DEPARTMENTS@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22")]),
    # read before: the topic with no filler
    ("On September 27, 2025, the Quang Ninh Provincial People's Committee requested departments, branches and localities "
     "to be vigilant. For localities, closely monitor the heavy rains.", "en",
     [("DEPARTMENTS@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22"), ("CPC@22", "assignee", "PPC@22")]),
    # look-alike: a topic with no task
    ("On September 27, 2025, the Quang Ninh Provincial People's Committee requested departments, branches to be "
     "vigilant. For mountainous localities, the rain was heavy last week.", "en", [("DEPARTMENTS@22", "assignee", "PPC@22")]),
])
def test_a_fronted_topic_with_a_describing_filler(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On May 21, the Chairman of Nghe An Provincial People's Committee requests the Chairmen of People's Committees of "
     "districts, towns, and cities to immediately implement the following measures:\n"
     "1. Chairman of People's Committee of districts, towns and cities:\n"
     "- Direct the People's Committees of communes, wards and towns to strictly implement fire prevention.\n"
     "- Re-examine forces.", "en",
     [("DPC@40", "assignee", "PPC@40"), ("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "DPC@40")]),
    ("On May 21, the Chairman of Nghe An Provincial People's Committee requests the Chairmen of People's Committees of "
     "districts to implement the following measures:\n"
     "1. People's Committees of districts:\n"
     "- Direct the People's Committees of communes to strictly implement fire prevention.", "en",
     [("DPC@40", "assignee", "PPC@40"), ("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "DPC@40")]),
    # look-alike: a heading that names no body leaves the direction to the text's asker
    ("On May 21, the Chairman of Nghe An Provincial People's Committee requests districts to implement the following "
     "measures:\n"
     "1. Forest protection in the districts:\n"
     "- Direct the People's Committees of communes to strictly implement fire prevention.", "en",
     [("DPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
])
def test_a_nested_direction_under_a_heading_naming_its_body(text, lang, expected):
    assert found(text, lang) == expected
