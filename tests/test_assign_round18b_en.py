"""Round 18b's error classes of English assignments (README "Round 18b (blind, real public pages): assignments
en"), fixed as general rules, data first: a count in figures between an assigning verb and the bodies asked (en
grammar.json ``count_before_bodies``: ``requested leaders of the 36 communes and wards``); the plural ``the
Departments of`` before the departments' field names joined by commas and ``and`` (en grammar.json
``department_plural_heads``, ``mentions.departments_after_plural``); a name outside the table closing the subject
before a plain future (``the Department of Construction and the City … Board will urgently prepare``, as round 15's
rule before a modal or a passive); ``called upon`` / ``calls upon`` (en cues.json ``assign_before``); a committee that
``granted`` an official letter as the authority of the tasks after it (en cues.json ``authority_verbs``, so a city's
``localities`` are its districts); ``sent (written) instructions to`` (en ``assign_before``); the
committees of ``districts and towns`` and of ``districts and cities`` (en agencies.csv, DPC); a topic phrase with commas
inside opening the sentence (``Regarding the conversion of items A2, A3, A4 …, the Department …``: cues.json
``topic_openers``, ``frames._topic_intro``), a body that ``will be advised`` not tasked (en ``negations``); a month of the
text's year written ``this June`` or ``April of this year`` (en deadlines.json). New sentences written for these
tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City People's Committee has requested leaders of the 36 communes and wards to bear direct responsibility.",
     [("CPC@79", "assignee", "PPC@79")]),
    ("The Quang Ninh People's Committee asked 3 localities to complete the compensation plans.",
     [("DPC@22", "assignee", "PPC@22")]),
    ("The Prime Minister asked 12 ministries to report on the disbursement.",
     [("MINISTRIES", "assignee", "PM")]),
    # look-alikes: a count of what is not a body of the table; a sum of money, no assigning verb
    ("The Ho Chi Minh City People's Committee has requested the 36 households to move.", []),
    ("The Ministry of Finance allocated 36 billion dong to the provinces.", []),
])
def test_a_count_before_the_bodies_asked(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee requested the Departments of Construction and Finance to review the fees.",
     [("DOC@01", "assignee", "PPC@01"), ("DOF@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee requested the Departments of Agriculture and Rural Development, Natural Resources and Environment and Finance to review the fees.",
     [("DARD@01", "assignee", "PPC@01"), ("DONRE@01", "assignee", "PPC@01"), ("DOF@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee concluded the meeting. The Departments of Construction, Finance and the City Civil Construction Investment Project Management Board will coordinate and make final payments.",
     [("DOC@01", "assignee", "PPC@01"), ("DOF@01", "assignee", "PPC@01")]),
    # look-alikes: the city's departments as a possession, not a list of fields; no cue
    ("The Hanoi People's Committee praised the departments of the city for their work.", []),
    ("The Departments of Construction and Finance reported 12 projects last year.", []),
])
def test_the_departments_of_a_list_of_fields(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee concluded the meeting. The Department of Construction and the City Civil Works Construction Investment Project Management Board will urgently prepare a report.",
     [("DOC@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee concluded the meeting. The Department of Finance and the Hanoi Tax Department will review the land prices.",
     [("DOF@01", "assignee", "PPC@01")]),
    # look-alike: a past event with an outside co-subject, no task
    ("The Department of Construction and the Hanoi Youth Union organized a festival last week.", []),
])
def test_an_outside_name_before_a_plain_future(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Deputy Prime Minister Hoang Trung Hai called upon relevant ministries and agencies to rapidly implement the action plan.",
     [("MINISTRIES", "assignee", "DPM")]),
    ("The Prime Minister calls upon the Ministry of Finance to speed up disbursement.",
     [("MOF", "assignee", "PM")]),
    # look-alike: a call, not a request
    ("The Deputy Prime Minister called relevant ministries yesterday.", []),
])
def test_called_upon(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The Quang Ninh People's Committee asked localities to complete the review of resettlement plans in this June.", "2018-06-12",
     [("DPC@22", "2018-06", "in")]),
    ("The Deputy Prime Minister asked the Ministry of Finance to submit its report by April of this year.", "2015-02-01",
     [("MOF", "2015-04", "by")]),
    # look-alike: 'this' before a word that is no month
    ("The Quang Ninh People's Committee asked localities to complete the review in this way.", "2018-06-12",
     [("DPC@22", None, None)]),
])
def test_a_month_of_this_year(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People’s Committee has just granted the Official Letter No. 1284/TB-UBND on the tasks. In addition, departments and sectors are tasked to cooperate with localities to remove difficulties.",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("DPC@01", "coordinate", "PPC@01")]),
    # look-alike: land granted, no task
    ("The Hanoi People's Committee granted land to 30 households last year.", []),
])
def test_a_letter_granted_by_the_committee_frames_its_tasks(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City People's Committee has just issued an urgent document. The People's Committees of districts and towns are responsible for reviewing the plans.",
     [("DPC@79", "assignee", "PPC@79")]),
    ("The Ho Chi Minh City People's Committee has just issued an urgent document. The People's Committee of Thu Duc City and the People's Committees of districts and towns are responsible for submitting to the People's Councils at the same level.",
     [("DPC@79", "assignee", "PPC@79")]),
    ("The Nghe An People's Committee has just issued a document. The People's Committees of districts and cities shall review the plans.",
     [("DPC@40", "assignee", "PPC@40")]),
    # look-alike: the provinces' committees, not the districts'
    ("The Prime Minister asked the People's Committees of provinces and cities to review the plans.",
     [("PROVINCES", "assignee", "PM")]),
])
def test_the_committees_of_districts_and_towns(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Dong Nai People's Committee sent instructions to the Department of Health on the outbreak.",
     [("DOH@75", "assignee", "PPC@75")]),
    ("The Chairman of the Dong Nai People's Committee sent written instructions to the Director of the Department of Agriculture and Rural Development.",
     [("DARD@75", "assignee", "PPC@75")]),
    # look-alike: a report sent, no instruction
    ("The Dong Nai People's Committee sent a report to the Department of Health on the outbreak.", []),
])
def test_sent_instructions_to(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee concluded the meeting. Regarding the conversion of items A2, A3, A4 to social housing for rent, the Department of Construction and the City Civil Works Construction Investment Project Management Board will urgently prepare a report.",
     [("DOC@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee concluded the meeting. As for the projects in Dong Anh, Gia Lam and Soc Son, the Department of Finance will review the land prices.",
     [("DOF@01", "assignee", "PPC@01")]),
    # look-alikes: the committee is the one advised, not tasked; an opening that is no topic phrase
    ("The Hanoi People's Committee concluded the meeting. For emergency projects, works and equipment, the City People's Committee will be advised to decide immediately.", []),
    ("The Hanoi People's Committee concluded the meeting. Last year, in Dong Anh, Gia Lam and Soc Son, the Department of Finance will review the land prices.", []),
])
def test_a_topic_phrase_with_commas_opens_the_clause(text, expected):
    assert found(text, "en") == expected
