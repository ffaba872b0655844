"""Round 20's error classes of English assignments (README "Round 20 (blind, real public pages): assignments en"),
fixed as general rules, data first: the asker as what its units advise in the sentence that dates their task (en
grammar.json ``asker_recipient_markers``); a condition on another thing is no deadline (en deadlines.json
``condition_markers``, ``deadline_checks.not_a_goal``); ``ministers and ministerial-level leaders`` (en agencies.csv); a duty
formula ``basing on functions and assigned missions`` (en grammar.json ``duty_formulas``); partners inside a subject
without commas (en cues.json ``subject_partner_cues``, ``frames._past_subject_partners``); partners or bodies after
``coastal``, ``border``, ``mountainous`` (en cues.json ``fillers``); ``leaders of`` before the bodies they head (en
cues.json ``head_titles``) and a ``where`` clause between commas after a subject (en cues.json
``parenthetical_openers``); a province's own Ethnic Minorities Committee among its departments is no CEMA
(en grammar.json ``provincial_namesakes``, ``extractor._provincial_namesake``); bodies restated after their request
(en grammar.json ``restated_bodies_give_no_row``); bodies named one a line under ``They are:`` (en grammar.json
``pointing_list_intros``). New sentences written for these tests, one literal case a line, with the look-alikes that
must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, published, expected", [
    # the units advise the asker in the next sentence, which dates their task
    ("The Chairman of the Hai Phong City People's Committee assigned the Director of the Department of Finance to "
     "implement the Prime Minister's dispatch. Focus on advising the City People's Committee to issue the regulations; "
     "the regulations must be completed before November 30, 2024.", None, [("DOF@31", "2024-11-30", "before")]),
    # `Advise …` opening the next sentence is the item's body's own row with its own date, the item undated (the lead's
    # call 2 of stop 48, as Vietnamese bare `Tham mưu …`; round 20 read it as the sentence dating the item)
    ("The Provincial People's Committee assigned the Department of Construction to review the projects. Advise the "
     "Provincial People's Committee on the handling of delays before May 20, 2025.", None,
     [("DOC", None, None), ("DOC", "2025-05-20", "before")]),
    # look-alike: another body named in the next sentence (not the asker advised) keeps the date its own
    ("The Provincial People's Committee assigned the Department of Construction to review the projects. The Department "
     "of Finance shall advise on the budget before May 20, 2025.", None,
     [("DOC", None, None), ("DOF", "2025-05-20", "before")]),
])
def test_the_asker_advised_in_the_dating_sentence(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a condition on another thing, with its own subject: no deadline of the task
    ("The Provincial People's Committee requests departments, branches and sectors to urgently issue internal "
     "procedures. There needs to be a plan to handle procedures if the document number has not been signed by July 1.",
     "2025-06-15", [("DEPARTMENTS", None, None)]),
    ("The Ministry of Finance asked provinces to prepare a backup plan in case the bridge is not finished by March "
     "2026.", None, [("PROVINCES", None, None)]),
    ("The Ministry of Health asked provinces to report the cases unless the outbreak ends before June 30, 2025.", None,
     [("PROVINCES", None, None)]),
    # look-alikes: the body's own failure and `if any` keep the date; a condition closed by a comma leaves it
    ("The Chairman of Tay Son district must be responsible if he fails to ensure the progress (before November 15, "
     "2024).", None, [("DPC@52", "2024-11-15", "before")]),
    ("The Ministry of Health asked provinces to propose solutions to difficulties if any before June 15, 2025.", None,
     [("PROVINCES", "2025-06-15", "before")]),
    ("The Ministry of Health asked provinces, if necessary, to report before June 30, 2025.", None,
     [("PROVINCES", "2025-06-30", "before")]),
])
def test_a_condition_is_no_deadline(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Deputy Prime Minister issued an official request for ministers and ministerial-level leaders to complete the "
     "restructuring plans.", [("MINISTRIES", "assignee", "DPM")]),
    # look-alike: the ministers praised, not asked
    ("The Deputy Prime Minister praised ministers and ministerial-level leaders for the plans.", []),
])
def test_ministers_and_ministerial_level_leaders(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Departments, sectors, and agencies, basing on functions and assigned missions, will coordinate with the "
     "Department of Education and Training to deploy the plan.",
     [("DEPARTMENTS", "assignee", None), ("DOET", "coordinate", None)]),
    ("The Ministry of Finance, based on its functions and assigned missions, reported the figures.", []),
])
def test_a_duty_formula_between_commas(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("People’s Committees of districts and towns in collaboration with the Department of Education and Training will "
     "ask the schools to carry out the plan.", [("DPC", "assignee", None), ("DOET", "coordinate", None)]),
    ("The Hanoi People's Committee issued a plan. Accordingly, the Department of Transport in collaboration with the "
     "Municipal Police and relevant agencies will establish inspection teams.",
     [("DOT@01", "assignee", "PPC@01"), ("PPS@01", "coordinate", "PPC@01")]),
    ("The Ministry of Health in coordination with the Ministry of Finance must submit the plan.",
     [("MOH", "assignee", None), ("MOF", "coordinate", None)]),
    # look-alikes: partners told of a past work; a comma closing the clause before the verb
    ("The Ministry of Health in collaboration with the Ministry of Finance reported the figures last year.", []),
    ("The Ministry of Health worked in collaboration with the Ministry of Finance, which will publish the figures.", []),
])
def test_partners_inside_a_subject(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Deputy Prime Minister required the Ministry of Agriculture and Rural Development to coordinate with coastal "
     "localities to protect aquatic resources.",
     [("MARD", "assignee", "DPM"), ("PROVINCES", "coordinate", "DPM")]),
    ("The Prime Minister asked border localities to tighten the control of goods.", [("PROVINCES", "assignee", "PM")]),
    # look-alike: coastal localities as places of a report
    ("Storms hit coastal localities last year.", []),
])
def test_coastal_and_border_localities(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Leaders of districts and communes must take responsibility for the illegal vessels.",
     [("DPC", "assignee", None), ("CPC", "assignee", None)]),
    ("Leaders of districts and communes, where unregistered fishing vessels are detected, will have to take "
     "responsibility.", [("DPC", "assignee", None), ("CPC", "assignee", None)]),
    ("The Department of Health, where the cases were found, must report to the Ministry of Health.",
     [("DOH", "assignee", None)]),
    # look-alikes: a place in a `where` clause is no subject; leaders who report
    ("In the districts where violations are detected, the inspection was finished.", []),
    ("Leaders of districts and communes said the vessels were registered.", []),
])
def test_leaders_of_bodies_and_a_where_clause(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee requests Directors of the Departments of Agriculture and Rural Development, "
     "Labor, Invalids and Social Affairs, Heads of the Ethnic Minorities Committee to review the allocation.",
     [("DARD", "assignee", "PPC"), ("DOLISA", "assignee", "PPC")]),
    # look-alike: the national committee asked by the Prime Minister beside a ministry
    ("The Prime Minister asked the Ministry of Finance and the Ethnic Minorities Committee to review the allocation.",
     [("MOF", "assignee", "PM"), ("CEMA", "assignee", "PM")]),
])
def test_a_provincial_board_named_as_the_national_committee(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The City People's Committee requests the People's Committees of districts and towns to urgently implement the "
     "Prime Minister's instructions. Accordingly, districts and towns continue to focus on the remaining land, to be "
     "completed before April 15, 2025.", [("DPC", "2025-04-15", "before")]),
    # look-alikes: the request's own date stays; another body after the opener keeps its row and date
    ("The City People's Committee requests the People's Committees of districts and towns to finish the work before "
     "March 31, 2025. Accordingly, districts and towns continue to focus on the remaining land, to be completed before "
     "April 15, 2025.", [("DPC", "2025-03-31", "before")]),
    ("The City People's Committee requests the People's Committees of districts and towns to urgently implement the "
     "Prime Minister's instructions. Accordingly, the Department of Finance shall advise on the funds before April 15, "
     "2025.", [("DPC", None, None), ("DOF", "2025-04-15", "before")]),
])
def test_bodies_restated_after_their_request(text, expected):
    assert dated(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Deputy Prime Minister issued an official request on the restructuring.\n\nThe remaining ministries and units "
     "are required to proactively complete these drafts.\n\nThey are:\n\nMinistry of Finance (merging with the Ministry "
     "of Planning and Investment)\n\nMinistry of Culture, Sports, and Tourism (taking over the press)",
     [("MOF", "assignee", "DPM"), ("MOCST", "assignee", "DPM")]),
    # look-alikes: a colon line that does not point back to the bodies asked; names after a request of named bodies
    ("The Deputy Prime Minister issued an official request on the restructuring.\n\nThe remaining ministries and units "
     "are required to proactively complete these drafts.\n\nResults of the year:\n\nMinistry of Finance (merging with "
     "the Ministry of Planning and Investment)", [("MINISTRIES", "assignee", "DPM")]),
    ("The Deputy Prime Minister issued an official request on the restructuring.\n\nThe Ministry of Justice is required "
     "to complete the drafts.\n\nThey are:\n\nMinistry of Finance (merging with the Ministry of Planning and Investment)",
     [("MOJ", "assignee", "DPM")]),
])
def test_bodies_named_one_a_line_under_they_are(text, expected):
    assert found(text, "en") == expected
