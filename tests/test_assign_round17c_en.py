"""Round 17c's error classes of English assignments (README "Round 17c (blind, real public pages): assignments
en"), fixed as general rules, data first: the singular ``the head of the specialized agency under the City People's
Committee`` (en agencies.csv, DEPARTMENTS) and ``directors and heads of city's departments``; a province's police
named ``City Police Department`` (PPS), so that the list of addressees goes on after it, and the military command
of the city skipped in such a list (en cues.json ``list_skips``: not a body of the table); ``involved`` between a body
and its cue (en ``adverbs``; ``concerned`` was read already); ``overseeing``, ``supervising`` and ``guiding`` a
ministry ``in`` doing (en ``nested_before``); the year of a law cited by one of its provisions
(``Article 21 of the Law on Legal Documents in 2025``) is no deadline (en deadlines.json ``cited_provision_words``,
``deadline_checks.not_in_cited_title``). New sentences written for these tests, one literal case a line, with
the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    ("The Can Tho People's Committee assigned the head of the specialized agency under the City People's Committee to review the documents.",
     [("DEPARTMENTS@92", "assignee", "PPC@92")]),
    ("The Nghe An People’s Committee requested the head of the specialized agency under the Provincial People’s Committee to report on the land.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    ("The Hanoi People's Committee requests directors and heads of city’s departments, agencies and sectors to urge their units.",
     [("DEPARTMENTS@01", "assignee", "PPC@01")]),
    # look-alikes: the same names with no cue
    ("The specialized agency under the City People's Committee received 40 dossiers last month.", []),
    ("Directors and heads of city's departments attended the meeting on Monday.", []),
])
def test_city_departments_in_translated_names(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Can Tho People's Committee assigned the Director of the City Police Department, the Chairman of the People's Committee of the district to review the documents.",
     [("PPS@92", "assignee", "PPC@92"), ("DPC@92", "assignee", "PPC@92")]),
    ("The Can Tho People's Committee assigned the Director of the City Police Department, the Head of the Military Command of the City, the Chairman of the People's Committee of the district to review the documents.",
     [("PPS@92", "assignee", "PPC@92"), ("DPC@92", "assignee", "PPC@92")]),
    ("The Quang Ninh People's Committee asked the Provincial Police Department to patrol the border gates.",
     [("PPS@22", "assignee", "PPC@22")]),
    # look-alike: the police reported, no cue
    ("The City Police Department arrested 12 suspects last week.", []),
])
def test_police_department_in_a_list_of_addressees(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee issued a letter. The People's Committees of communes and wards involved are required to provide information.",
     [("CPC@01", "assignee", "PPC@01")]),
    ("The Hanoi People's Committee issued a letter. The People's Committees of communes and wards concerned must report by Friday.",
     [("CPC@01", "assignee", "PPC@01")]),
    # look-alike: the committees involved did something, no cue
    ("The Hanoi People's Committee issued a letter. The People's Committees of communes and wards involved received the funds.", []),
])
def test_involved_between_a_body_and_its_cue(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Deputy Prime Minister Le Thanh Long is also tasked with overseeing the Ministry of Education and Training in finalizing a proposal.",
     [("MOET", "assignee", "DPM")]),
    ("Deputy Prime Minister Tran Hong Ha is responsible for guiding the Ministry of Construction in reviewing the land issues.",
     [("MOC", "assignee", "DPM")]),
    ("Deputy Prime Minister Ho Duc Phoc is tasked with supervising the Ministry of Transport in completing the expressway.",
     [("MOT", "assignee", "DPM")]),
    # look-alike: a ministry overseeing something, no body nested
    ("The Ministry of Construction has been guiding investors in reviewing the projects for years.", []),
])
def test_a_deputy_prime_minister_overseeing_a_ministry_in_doing(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The Can Tho People's Committee assigned the Department of Home Affairs to advise in accordance with Point c, Clause 1, Article 21 of the Law on Legal Documents in 2025.",
     "2025-05", [("DOHA@92", None, None)]),
    ("The Prime Minister asked the Ministry of Justice to guide localities under Article 5 of the Law on Inspection in 2022.",
     "2022-03", [("MOJ", None, None)]),
    # look-alikes: a task's own year, with no provision cited before it, stays its deadline
    ("The Can Tho People's Committee assigned the Department of Home Affairs to review the regulations in 2025.",
     "2025-05", [("DOHA@92", "2025", "in")]),
    ("The Prime Minister asked the Ministry of Justice to finish 21 inspections in 2022.",
     "2022-03", [("MOJ", "2022", "in")]),
])
def test_the_year_of_a_law_cited_by_its_provision_is_no_deadline(text, published, expected):
    assert dated(text, "en", published) == expected
