"""Round 17's error classes of English assignments (README "Round 17 (blind, real public pages): assignments
en"), fixed as general rules, data first: named provinces after their committees' plural with the provinces' own
plural (``The Chairmen of the People's Committees of the provinces and cities of Ha Tinh, Quang Tri, …``:
``committees_of_listed_provinces`` in en grammar.json), also when they open a clause after an assigning verb's
colon (``mentions.bare_provinces``); an aside between commas holding a date's comma or ``No.`` (``…, based on
the direction … in Official Dispatch No. 234/CD-TTg dated November 30, 2025, shall``: ``apposition_inner_marks``
in en grammar.json, read by ``cues.py``); collective names the table lacked (en agencies.csv); ``directed that``
and ``instructed that`` with a bare verb after the bodies (en cues.json). New sentences written for these tests,
one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister issued a document. The Chairmen of the People's Committees of the provinces and cities of Nghe An, Ha Tinh and Quang Binh shall count the damaged houses.",
     [("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM"), ("PPC@44", "assignee", "PM")]),
    ("The Prime Minister asked the People's Committees of the provinces of Son La and Dien Bien to repair the roads.",
     [("PPC@14", "assignee", "PM"), ("PPC@11", "assignee", "PM")]),
    ("The Prime Minister requested: The Chairpersons of the People's Committees of the provinces and cities of Hue and Da Nang shall report on the floods.",
     [("PPC@46", "assignee", "PM"), ("PPC@48", "assignee", "PM")]),
    # look-alikes: the same words with no names after them, or the named committees with no cue
    ("The People's Committees of the provinces and cities attended the conference.", []),
    ("The Chairmen of the People's Committees of the provinces of Son La and Dien Bien attended the conference.", []),
    ("The Prime Minister visited: Hue and Da Nang, where the floods hit.", []),
])
def test_named_provinces_after_the_provinces_plural(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The Prime Minister requested: The Chairmen of the People's Committees of the provinces and cities of Quang Tri, Hue, and Da Nang, based on the direction of the Prime Minister in Official Dispatch No. 230/CD-TTg dated November 20, 2025, shall approve a plan and report before December 8, 2025.",
     "2025-12", [("PPC@44", "2025-12-08", "before"), ("PPC@46", "2025-12-08", "before"), ("PPC@48", "2025-12-08", "before")]),
    ("The Prime Minister asked it. The Ministry of Finance, based on Resolution No. 12/NQ-CP dated March 3, 2025, shall submit the draft before May 10, 2025.",
     "2025-04", [("MOF", "2025-05-10", "before")]),
    # look-alike: the aside in a report, no cue
    ("The Ministry of Finance, based on the data of March 3, 2025, said revenue rose.", "2025-04", []),
])
def test_aside_with_a_dates_comma_or_a_number(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Public Health has requested People’s Committees in provinces and cities to vaccinate children.",
     [("PROVINCES", "assignee", "MOH")]),
    ("The Ministry of Health asked local health departments to monitor the outbreak.",
     [("DOH", "assignee", "MOH")]),
    ("The Ministry of Health ordered the departments of agriculture and rural development to destroy infected poultry.",
     [("DARD", "assignee", "MOH")]),
    ("The Provincial People's Committee issued a plan. The People's Committees at city and district levels were assigned to build the houses.",
     [("DPC", "assignee", "PPC")]),
    ("The Chairman of Hanoi People’s Committee assigns heads of city’s departments and Chairpeople of People’s Committees of districts and towns to prepare for Tet.",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("DPC@01", "assignee", "PPC@01")]),
    ("The Prime Minister issued a dispatch. The Chairman of the People's Committee of each province or city shall assign an agency to report daily.",
     [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister asked provincial People's Committees of provinces and centrally-administered cities to stabilise prices.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alikes: the same bodies with no cue
    ("Local health departments reported 20 new cases last week.", []),
    ("The Chairman of the People's Committee of each province or city attended the meeting.", []),
])
def test_collective_names(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister directed that ministries and provincial People's Committees concentrate on exports.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Deputy Prime Minister instructed that the Ministry of Health check the hospitals.",
     [("MOH", "assignee", "DPM")]),
    # look-alikes: a finite verb after 'that' tells a finding, no request
    ("The report directed that the Ministry of Finance had failed to act.", []),
    ("The inspection instructed that the Ministry of Finance was responsible for the losses.", []),
])
def test_directed_that_with_a_bare_verb(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Provincial People's Committee assigned the Department of Health to preside over and coordinate with relevant departments, branches and sectors and People's Committees of communes and wards to vaccinate children.",
     [("DOH", "lead", "PPC"), ("DEPARTMENTS", "coordinate", "PPC"), ("CPC", "coordinate", "PPC")]),
    ("The Provincial People's Committee assigned the Department of Finance to preside over and coordinate with relevant departments, branches, sectors, People's Committees of communes and wards to settle the debts.",
     [("DOF", "lead", "PPC"), ("DEPARTMENTS", "coordinate", "PPC"), ("CPC", "coordinate", "PPC")]),
    ("The Provincial People's Committee issued a plan. At the same time, assign the leader of the provincial Department of Health to be the focal point.",
     [("DOH", "assignee", "PPC")]),
    # look-alikes: the same bodies in a report, no cue
    ("Relevant departments, branches and sectors attended the conference.", []),
    ("The leader of the provincial Department of Health spoke at the conference.", []),
])
def test_relevant_and_a_leader_before_the_bodies(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ho Chi Minh City People's Committee has assigned districts and Thu Duc City to clear the canals.",
     [("DPC@79", "assignee", "PPC@79")]),
    ("The Ho Chi Minh City People's Committee issued a directive. The authorities of districts need to review the polluted spots.",
     [("DPC@79", "assignee", "PPC@79")]),
    ("The Ho Chi Minh City People's Committee issued a directive. Thu Duc City and districts must inspect the canals.",
     [("DPC@79", "assignee", "PPC@79")]),
    # look-alikes: districts as places, no cue
    ("Violations occur in districts 9 and Thu Duc. The districts reported 300 cases.", []),
    ("The Prime Minister visited three districts of Hanoi to inspect the dykes.", []),
])
def test_a_citys_districts(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Binh Dinh People’s Committee has promulgated a document on housing. The People’s Committees at city and district levels were assigned to build houses. The local authorities were also asked to arrange land.",
     [("DPC@52", "assignee", "PPC@52"), ("DPC@52", "assignee", "PPC@52")]),
    ("Binh Dinh People’s Committee has promulgated the plan. The Tuy Phuoc district’s People’s Committee was assigned to steer the commune.",
     [("DPC@52", "assignee", "PPC@52")]),
    ("The Prime Minister signed a dispatch. Chairs of provincial and municipal people's committees should consider expressways important works.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alikes: a promulgated text with no task, a district's committee reporting, the chairs attending
    ("The Ministry of Finance promulgated a circular on fees last year.", []),
    ("The Tuy Phuoc district’s People’s Committee reported 20 damaged houses.", []),
    ("Chairs of provincial and municipal people's committees attended the meeting.", []),
])
def test_promulgated_documents_and_heads_named_otherwise(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the districts the department guides, their task after them, are tasked too (round 29's convention), asked by
    # the guiding department: a province's own tasked body that directs or guides others asks them (round 29 en,
    # the English gold of rounds 25, 28 and 29)
    ("The Provincial People's Committee assigns departments and branches:\nDepartment of Construction: Guide the districts to approve plans.\nDepartment of Finance: Review the land funds.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DOC", "assignee", "PPC"), ("DPC", "assignee", "DOC"), ("DOF", "assignee", "PPC")]),
    ("The Provincial People's Committee has a document assigning to departments, branches and district-level People's Committees as follows:", []),
    ("The Provincial People's Committee has a plan assigning to the Department of Finance to review the debts.",
     [("DOF", "assignee", "PPC")]),
    ("The province has a plan. + General tasks: The Provincial People's Committee requests provincial departments to implement the plan.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alikes: a colon line that assigns nothing, and a body's label in a report
    ("Results of the year:\nMinistry of Finance: revenue rose 10 percent.", []),
    ("The report said:\nDepartment of Construction: 20 projects finished.", []),
])
def test_unmarked_items_and_list_lead_ins(text, expected):
    assert found(text, "en") == expected
