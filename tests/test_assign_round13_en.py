"""Round 13's error classes of English assignments (README "Round 13 (blind, real public pages):
assignments en"), fixed as general rules, data first: a request whose addressees open with a body outside
the table (``the National Steering Committee for …, the Ministry of Health …``: ``outside_addressee_words``
in en cues.json, as Vietnamese has had since round 7); ``the People's Committees of provinces`` without ``and
cities`` (en agencies.csv); the passive ``were called to``; the nested ``will instruct localities to``. New
sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister requested the National Steering Committee for Natural Disaster Prevention and Control, the Ministry of Health and the Ministry of Finance to prepare for the cold spell.",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("The Prime Minister asked the Vietnam Red Cross, the Ministry of Labour, Invalids and Social Affairs and localities to help the flooded households.",
     [("MOLISA", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: a task's own words before the bodies are no addressee (lower case, no determiner)
    ("The Prime Minister requested boosting production, the Ministry of Health said in its report.", []),
])
def test_addressees_opening_with_a_body_outside_the_table(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister requests the Chairmen of the People's Committees of provinces to review the dykes.",
     [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister asked the People’s Committees of provinces to report on the harvest.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alike: the committees of named provinces stay those provinces
    ("The Prime Minister asked the People's Committees of Quang Ngai and Binh Dinh to report on the harvest.",
     [("PPC@51", "assignee", "PM"), ("PPC@52", "assignee", "PM")]),
])
def test_the_peoples_committees_of_provinces(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Health was called to tighten food safety checks at festivals.",
     [("MOH", "assignee", None)]),
    ("The Ministry of Education and Training and localities were called to keep schools open.",
     [("MOET", "assignee", None), ("PROVINCES", "assignee", None)]),
    # look-alike: a body called something is no task
    ("The Ministry of Health was called a pioneer of reform by the delegates.", []),
])
def test_the_passive_called_to(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Agriculture and Environment will instruct localities to protect the dykes.",
     [("MAE", "assignee", None), ("PROVINCES", "assignee", None)]),
    ("The Ministry of Health will instruct localities to speed up vaccination.",
     [("MOH", "assignee", None), ("PROVINCES", "assignee", None)]),
    # look-alike: a tasked body urging others keeps the task its own (the precision audit's rule)
    ("The Prime Minister asked the Ministry of Health to urge localities to speed up vaccination.",
     [("MOH", "assignee", "PM")]),
])
def test_a_body_instructing_localities(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Chairman of the Provincial People's Committee requested communes and wards to clear the drains before the rain.",
     [("CPC", "assignee", "PPC")]),
    ("The Chairman of the Provincial People's Committee assigned the People's Committees of the communes to warn people downstream.",
     [("CPC", "assignee", "PPC")]),
    # look-alike: communes only spoken of, no request
    ("The Provincial People's Committee said communes and wards had cleared the drains before the rain.", []),
])
def test_a_provinces_communes_and_wards(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister issued a document demanding ministries and localities to carry out their tasks right after Tet.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: a demanding task is no request
    ("The Ministry of Health said the work was demanding for its staff.", []),
])
def test_the_deverbal_demanding(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Premiärministern uppmanade Nationella styrkommittén för katastrofförebyggande, hälsoministeriet och finansministeriet att förbereda insatser.",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("Premiärministern uppmanade Vietnams Röda Kors, hälsoministeriet och orterna att hjälpa de drabbade hushållen.",
     [("MOH", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: a task's words before a body that only speaks
    ("Premiärministern uppmanade till ökad produktion, sade hälsoministeriet i sin rapport.", []),
])
def test_swedish_addressees_opening_with_a_body_outside_the_table(text, expected):
    """The same class in Swedish (``outside_addressee_words`` in sv cues.json)."""
    assert found(text, "sv") == expected
