"""Open classes of English assignments left by rounds 17 to 18d (README "Open classes of rounds 17 to 18d fixed
(assignments en, not blind)"), fixed as general rules, data first. New sentences written for these tests, one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # a bare "The ministry" opening the text asks; the ministry is named only in a later sentence, as an asker
    ("The ministry asked the People's Committees of Nghe An to finish the survey. Provinces were also told to report. "
     "The Ministry of Construction has asked localities to publish material prices.",
     [("PPC@40", "assignee", "MOC"), ("PROVINCES", "assignee", "MOC"), ("PROVINCES", "assignee", "MOC")]),
    ("The ministry also requested Thanh Hoa to hand over the site. The Ministry of Health has urged provinces to stock drugs.",
     [("PPC@38", "assignee", "MOH"), ("PROVINCES", "assignee", "MOH")]),
    # look-alikes: two ministries ask later (which one is unknown); the ministry named later only as a receiver
    ("The ministry asked Thanh Hoa to hand over the site. The Ministry of Health has urged provinces to stock drugs. "
     "The Ministry of Finance has asked provinces to save.",
     [("PPC@38", "assignee", None), ("PROVINCES", "assignee", "MOH"), ("PROVINCES", "assignee", "MOF")]),
    ("The ministry asked Thanh Hoa to send a report to the Ministry of Finance.",
     [("PPC@38", "assignee", None)]),
])
def test_bare_ministry_named_as_asker_later(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    # a window's close is the deadline, due by that day
    ("Provinces must send the land dossiers from April 1 to May 31.", "2023-03-02", [("PROVINCES", "2023-05-31", "by")]),
    ("The Ministry of Finance is asked to review the fees from 10 August until 30 September 2025.", None,
     [("MOF", "2025-09-30", "by")]),
    # look-alikes: a period of years is no deadline; a window without the publication year has no year
    ("Provinces must carry out the programme from 2021 to 2025.", None, [("PROVINCES", None, None)]),
    ("Provinces must send the land dossiers from April 1 to May 31.", None, [("PROVINCES", None, None)]),
])
def test_window_closes_on_its_last_day(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    # a district named by its own name: its committee, in the province of the text
    ("The Chairman of the Binh Dinh People's Committee assigned Phu Cat district to draw up a resettlement plan.",
     [("DPC@52", "assignee", "PPC@52")]),
    ("The Hanoi People's Committee asked Long Bien District People's Committee to clear the sidewalks.",
     [("DPC@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee asked the People's Committee of Cau Giay district to inspect the building.",
     [("DPC@01", "assignee", "PPC@01")]),
    ("The Chairman of the Binh Dinh People's Committee said the Chairman of Phu Cat district must be responsible for any delay.",
     [("DPC@52", "assignee", None)]),
    # look-alikes: the district's police, an unnamed district, no cue
    ("The Hanoi People's Committee asked Long Bien District Police to clear the sidewalks.", []),
    ("The Hanoi People's Committee asked Long Bien district police to clear the sidewalks.", []),
    ("Phu Cat district has 20,000 households living near the road.", []),
])
def test_named_district(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a department a district's committees direct is their own division, no body of the province
    ("The Nghe An People's Committee assigned the People's Committees of districts, towns and cities to direct the "
     "Department of Natural Resources and Environment to inspect the mines.",
     [("DPC@40", "assignee", "PPC@40")]),
    # look-alikes: a provincial department or the provinces' committees direct a department
    ("The Nghe An People's Committee assigned the Department of Construction to direct the Department of Natural "
     "Resources and Environment to inspect the mines.",
     [("DOC@40", "assignee", "PPC@40"), ("DONRE@40", "assignee", "PPC@40")]),
    ("The Prime Minister asked the People's Committees of provinces to direct the Department of Health to inspect the hospitals.",
     [("PROVINCES", "assignee", "PM"), ("DOH", "assignee", "PM")]),
])
def test_department_directed_by_district_committees(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the departments named bare at a sentence's start, after a province's body: the province's departments
    ("The Thai Binh People's Committee asked the Department of Finance to check the budget. Departments also continue to "
     "review the staffing plans.",
     [("DOF@34", "assignee", "PPC@34"), ("DEPARTMENTS@34", "assignee", "PPC@34")]),
    ("The Hue City People's Committee asked the Department of Health to stock drugs. The departments must report weekly.",
     [("DOH@46", "assignee", "PPC@46"), ("DEPARTMENTS@46", "assignee", "PPC@46")]),
    # look-alikes: a ministry's departments; departments that report; the plural before the names
    ("The Ministry of Health asked hospitals to stock drugs. The departments must report weekly.", []),
    ("The Thai Binh People's Committee met on Monday. Departments said the plan was on track.", []),
])
def test_bare_departments_opening_a_sentence(text, expected):
    assert found(text, "en") == expected


def test_due_at_the_end_of_a_quarter():
    assert dated("The Thai Binh People's Committee asked the Department of Finance to draw up a roadmap, due at the end of "
                 "the fourth quarter of 2030.", "en") == [("DOF@34", "2030-Q4", "by")]


@pytest.mark.parametrize("text, expected", [
    # the asker lost after the first paragraph: one body alone asked before, a province's committee for its own
    # bodies, or any asker for a passive
    ("Chairman of the Hanoi People's Committee Tran Sy Thanh has signed a plan on flood control. Thanh requested "
     "municipal departments to check the dykes. The city will also upgrade its pumps. The Department of Construction "
     "must advise the city on new drains.",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("DOC@01", "assignee", "PPC@01")]),
    ("Chairman of the Hanoi People's Committee Tran Sy Thanh has signed a document on flood control. Under Document No "
     "512/UBND-TH, issued to implement the Government's Resolution No 12, Thanh requested municipal departments to check "
     "the dykes. The Department of Construction is tasked with advising the city on new drains.",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("DOC@01", "assignee", "PPC@01")]),
    ("Deputy Prime Minister Tran Luu Quang called on ministries to speed up the plan. The plan covers twelve sectors. "
     "The Ministry of Finance was assigned to review the costs.",
     [("MINISTRIES", "assignee", "DPM"), ("MOF", "assignee", "DPM")]),
    # look-alikes: two askers before; a ministry's future told after a Deputy PM's call (no passive)
    ("Deputy Prime Minister Tran Luu Quang called on ministries to speed up the plan. The Ministry of Health asked "
     "provinces to stock drugs. The Ministry of Finance was assigned to review the costs.",
     [("MINISTRIES", "assignee", "DPM"), ("PROVINCES", "assignee", "MOH"), ("MOF", "assignee", None)]),
])
def test_the_one_asker_before(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a title and a bare name: the one provincial committee the text names
    ("The provincial People's Committee of Lai Chau met on Monday. Chairman Giang instructed district People's "
     "Committees to review the land projects.",
     [("DPC@12", "assignee", "PPC@12")]),
    # look-alike: two provinces' committees named, no asker
    ("The Lai Chau People's Committee and the Son La People's Committee met on Monday. Chairman Giang instructed "
     "district People's Committees to review the land projects.",
     [("DPC@12", "assignee", None)]),
])
def test_committee_head_named_by_title_and_surname(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the date in the next sentence, which names a body only as where the work goes
    ("The Hanoi People's Council urged the municipal People's Committee to finalize the plan on ward mergers. This plan "
     "must be submitted to the Ministry of Home Affairs before May 1, 2025.",
     [("PPC@01", "2025-05-01", "before")]),
    ("The Hanoi People's Council urged the municipal People's Committee to finalize the plan on ward mergers. The plan "
     "must be sent to the Government Office by June 15, 2025.",
     [("PPC@01", "2025-06-15", "by")]),
    # look-alike: the next sentence is about another body, its own date
    ("The Hanoi People's Council urged the municipal People's Committee to finalize the plan on ward mergers. The "
     "Ministry of Home Affairs approved another plan before May 1, 2025.",
     [("PPC@01", None, None)]),
])
def test_date_in_the_next_sentence_after_a_recipient(text, expected):
    assert dated(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the work going back to the task's own asker in the next paragraph does not stop its date
    ("Vice Chairman of the Hanoi People's Committee Duong Duc Tuan assigned the Department of Construction to review the "
     "park projects.\n\nIn addition, they have been required to propose solutions to the Hanoi People's Committee "
     "before June 15, 2024.",
     [("DOC@01", "2024-06-15", "before")]),
    # look-alike: another body is what the next sentence is about
    ("Vice Chairman of the Hanoi People's Committee Duong Duc Tuan assigned the Department of Construction to review the "
     "park projects.\n\nIn addition, the Department of Finance has paid the contractors before June 15, 2024.",
     [("DOC@01", None, None)]),
])
def test_date_after_the_work_goes_back_to_the_asker(text, expected):
    assert dated(text, "en") == expected
