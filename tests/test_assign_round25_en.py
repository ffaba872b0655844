"""Round 25's error classes of English assignments (docs/quality.md "Round 25 (blind, real public pages): assignments
en"), fixed as general rules, data first: a committee's present-tense request before a colon directs the text (en
cues.json directive_markers `requests`), so the bodies opening the items under it are asked; the committee that asks in
a sentence carrying out a national authority's direction is found past its head's title, or through its directing word
before a colon (`demande :`; askers._asker_in); a report sent back to the committee, or through a channel in brackets, in
the subjectless item after a request keeps that item the request's (en grammar.json recipient_markers); the commune-
and district-level committees named with one head (`People's Committees at the commune and district levels`, en
agencies.csv and cues.json continuations), the Home Affairs department as `Department of Interior Affairs`, and a body
named `along with` a subject of a plain future tasked as that subject is (frames). New sentences written for these
tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

_ITEM_EN = "The People's Committees of communes and wards organize continuous monitoring of the storm."
_ITEM_FR = "Les Comités populaires des communes et des quartiers organisent une surveillance continue de la tempête."


@pytest.mark.parametrize("text, lang, expected", [
    ("To respond to the storm, the Chairman of the Provincial People's Committee requests:\n" + _ITEM_EN, "en",
     [("CPC", "assignee", "PPC")]),
    ("The Provincial People's Committee requests:\nCoastal communes coordinate with the border guards to ban the sea.",
     "en", [("CPC", "assignee", "PPC")]),
    # read before: the same item under a past request, and in French under `demande :`
    ("To respond to the storm, the Chairman of the Provincial People's Committee requested:\n" + _ITEM_EN, "en",
     [("CPC", "assignee", "PPC")]),
    ("Pour faire face à la tempête, le président du Comité populaire provincial demande :\n" + _ITEM_FR, "fr",
     [("CPC", "assignee", "PPC")]),
    # look-alikes: with no request at all, a plain present tasks no one
    ("To respond to the storm, the Provincial People's Committee held a meeting.\n" + _ITEM_EN, "en", []),
    (_ITEM_FR, "fr", []),
])
def test_a_present_request_before_a_colon_directs_the_items_under_it(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Implementing the direction of the Prime Minister, to strengthen fire prevention, the Chairman of the Provincial "
     "People's Committee requests:\nProvincial departments continue to implement the plan on fire prevention.", "en",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("En application de la directive du Premier ministre, le président du Comité populaire provincial demande :\n"
     "Les services provinciaux continuent de mettre en œuvre le plan de prévention des incendies.", "fr",
     [("DEPARTMENTS", "assignee", "PPC")]),
    # read before: the committee's request names its bodies in the same sentence
    ("Implementing the direction of the Prime Minister, the Chairman of the Provincial People's Committee requested "
     "departments and branches to implement the plan.", "en", [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alike: the Prime Minister who asks himself stays the asker
    ("The Prime Minister requested:\nMinistries and agencies continue to implement the plan on fire prevention.", "en",
     [("MINISTRIES", "assignee", "PM")]),
])
def test_the_committee_carrying_out_a_national_direction_asks(text, lang, expected):
    assert found(text, lang) == expected


_REQUEST = ("The Chairman of the Provincial People's Committee requested:\nProvincial departments continue to direct "
            "the implementation of the plan on fire prevention. Strengthen inspection of crowded places; review the "
            "regulations and ")


@pytest.mark.parametrize("text, expected", [
    (_REQUEST + "report to the Provincial People's Committee (through the Provincial Police) before July 20, 2024.",
     [("DEPARTMENTS", "2024-07-20", "before")]),
    (_REQUEST + "report to the Provincial People's Committee before July 20, 2024 for synthesis.",
     [("DEPARTMENTS", "2024-07-20", "before")]),
    # read before: the report submitted to the committee
    (_REQUEST + "the results must be submitted to the Provincial People's Committee before July 20, 2024.",
     [("DEPARTMENTS", "2024-07-20", "before")]),
    # look-alike: another body's own task in the next sentence keeps its date
    ("The Chairman of the Provincial People's Committee requested:\nProvincial departments continue to direct the "
     "implementation of the plan on fire prevention. The Provincial Police will inspect the karaoke bars before July "
     "20, 2024.", [("DEPARTMENTS", None, None), ("PPS", "2024-07-20", "before")]),
])
def test_a_report_back_to_the_committee_keeps_the_item_the_requests(text, expected):
    assert dated(text, "en", "2024-05-27") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("According to the plan, the People's Committees at the commune and district levels, along with the Department of "
     "Interior Affairs, will continue to compile and report the results.", "en",
     [("CPC", "assignee", None), ("DPC", "assignee", None), ("DOHA", "assignee", None)]),
    ("According to the plan, the Department of Interior Affairs will compile the results.", "en",
     [("DOHA", "assignee", None)]),
    ("According to the plan, the Department of Finance, along with the Department of Construction, will review the "
     "prices.", "en", [("DOF", "assignee", None), ("DOC", "assignee", None)]),
    # read before: the other order of the levels, and a partner of a strong modal
    ("According to the plan, the People's Committees at the district and commune levels will compile the results.",
     "en", [("DPC", "assignee", None), ("CPC", "assignee", None)]),
    ("According to the plan, the Department of Finance, along with the Department of Construction, must review the "
     "prices.", "en", [("DOF", "assignee", None), ("DOC", "assignee", None)]),
    ("Selon le plan, les Comités populaires des districts et des communes compileront les résultats.", "fr",
     [("DPC", "assignee", None), ("CPC", "assignee", None)]),
    # look-alikes: a past report of what they did together asks no one
    ("The Department of Finance, along with the Department of Construction, reviewed the prices last year.", "en", []),
    ("The People's Committees at the commune level held a meeting last year.", "en", []),
])
def test_commune_and_district_levels_interior_affairs_and_a_co_subject_of_a_future(text, lang, expected):
    assert found(text, lang) == expected
