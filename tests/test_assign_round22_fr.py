"""Round 22's error classes of French assignments (README "Round 22 (blind, real public pages): assignments fr"),
fixed in ``nlp/lang/fr/agencies.csv``, ``extract/assign/lang/fr/cues.json``, ``extract/assign/lang/fr/deadlines.json``
and ``extract/assign/extractor.py``. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, lang, expected", [
    # the commune-level committees named in the singular, or by their level
    ("Le Comité populaire de la province de Tuyen Quang a demandé au Comité populaire des communes et des quartiers "
     "de recenser les hameaux.", "fr", [("CPC@08", "assignee", "PPC@08")]),
    ("Le Comité populaire de la province de Lai Chau a chargé le Comité populaire au niveau de la commune "
     "d'afficher les listes.", "fr", [("CPC@12", "assignee", "PPC@12")]),
    ("Le Comité populaire de la province de Son La a demandé au comité populaire communal de réparer la route.", "fr",
     [("CPC@14", "assignee", "PPC@14")]),
    # as English reads it already
    ("The Tuyen Quang Provincial People's Committee asked the People's Committees of communes and wards to count "
     "the hamlets.", "en", [("CPC@08", "assignee", "PPC@08")]),
    # look-alike: the committee as a place, no task given
    ("La réunion s'est tenue au siège du Comité populaire des communes et des quartiers.", "fr", []),
])
def test_commune_committees_in_the_singular_or_by_their_level(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province's list of bodies with items outside the table between them: the localities at its end are asked too
    ("Le Comité populaire de la province de Dak Lak demande aux départements, secteurs et localités de mettre en "
     "œuvre les règlements.", "fr", [("DEPARTMENTS@66", "assignee", "PPC@66"), ("DPC@66", "assignee", "PPC@66")]),
    ("Le Comité populaire de la province de Dak Lak demande aux départements, secteurs, unités et localités de "
     "mettre en œuvre les règlements.", "fr",
     [("DEPARTMENTS@66", "assignee", "PPC@66"), ("DPC@66", "assignee", "PPC@66")]),
    ("Le Comité populaire de la province de Gia Lai a demandé aux départements, branches, organisations et "
     "localités de renforcer les contrôles.", "fr",
     [("DEPARTMENTS@64", "assignee", "PPC@64"), ("DPC@64", "assignee", "PPC@64")]),
    # as English reads it already
    ("The Dak Lak Provincial People's Committee asked departments, branches, sectors, units and localities to "
     "strictly implement the rules.", "en",
     [("DEPARTMENTS@66", "assignee", "PPC@66"), ("DPC@66", "assignee", "PPC@66")]),
    # a province's bare sectors are its departments (round 31 fr, as English reads `asked the sectors and units`)
    ("Le Comité populaire de la province de Dak Lak a demandé aux secteurs et aux unités de renforcer les contrôles.",
     "fr", [("DEPARTMENTS@66", "assignee", "PPC@66")]),
    # look-alike: items outside the table alone, with no province, are no body
    ("Les secteurs et les unités doivent renforcer les contrôles.", "fr", []),
])
def test_a_list_whose_items_outside_the_table_sit_between_bodies(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the district committees named with the towns, in a list whose last item is the communes'
    ("Le Comité populaire de la province de Binh Thuan demande aux comités populaires des districts, des villes et "
     "des communes de se coordonner d'urgence.", "fr",
     [("DPC@60", "assignee", "PPC@60"), ("CPC@60", "assignee", "PPC@60")]),
    ("Le président du Comité populaire de la province de Quang Ngai demande aux départements, ainsi qu'aux comités "
     "populaires des districts et des villes, d'appliquer strictement le décret.", "fr",
     [("DEPARTMENTS@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
    # as English reads it already
    ("The Binh Thuan Provincial People's Committee asked the People's Committees of districts and communes to "
     "coordinate.", "en", [("DPC@60", "assignee", "PPC@60"), ("CPC@60", "assignee", "PPC@60")]),
    # look-alike: the towns alone, no committee named
    ("Le Comité populaire de la province de Binh Thuan a visité des villes et des communes.", "fr", []),
])
def test_district_committees_named_with_the_towns(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a ministry that asks a province's district or commune committees is that province's department
    ("Le ministère de l'Intérieur demande aux comités populaires des districts et des communes de la province de "
     "Binh Thuan de recenser les cadres.", "fr",
     [("DPC@60", "assignee", "DOHA@60"), ("CPC@60", "assignee", "DOHA@60")]),
    ("The Ministry of Home Affairs asked the People's Committees of districts in Binh Thuan province to review the "
     "staff.", "en", [("DPC@60", "assignee", "DOHA@60")]),
    # look-alike: a ministry asking the provinces' committees stays the ministry
    ("Le ministère de l'Intérieur demande aux comités populaires des provinces et des villes de faire rapport.", "fr",
     [("PROVINCES", "assignee", "MOHA")]),
])
def test_a_ministry_asking_district_committees_is_the_province_department(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # two months joined by "et": a window, not the month the task is due in
    ("Le Comité populaire de la province de Binh Thuan a demandé aux départements de prendre des mesures en août et "
     "septembre, avant l'arrivée d'une délégation.", "fr", "2024-08-20", [("DEPARTMENTS@60", None, None)]),
    ("Le Comité populaire de la province de Ca Mau a demandé aux localités de patrouiller en mai et juin.",
     "fr", "2024-05-20", [("DPC@96", None, None)]),
    # look-alikes: one month is still the month it is due in; a month then another date form keeps its date
    ("Le Comité populaire de la province de Binh Thuan a demandé aux départements d'achever le recensement en "
     "septembre.", "fr", "2024-08-20", [("DEPARTMENTS@60", "2024-09", "in")]),
    ("Le Comité populaire de la province de Binh Thuan a demandé aux départements d'achever le recensement en "
     "septembre et de faire rapport.", "fr", "2024-08-20", [("DEPARTMENTS@60", "2024-09", "in")]),
])
def test_two_months_joined_are_a_window(text, lang, published, expected):
    assert dated(text, lang, published) == expected
