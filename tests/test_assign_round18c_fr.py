"""Round 18c's error classes of French assignments (README "Round 18c (blind, real public pages): assignments fr"),
fixed as data (fr ``cues.json``, ``nlp/lang/fr/agencies.csv``) and one reading (an item outside the table may carry
the fillers of the list's items). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # an item outside the table inside a list, with the list's own fillers ('aux', 'des') before it
    ("Le Premier ministre a demandé aux ministères, aux organismes concernés et aux localités de mobiliser les "
     "entreprises.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le chef du gouvernement exige des ministères, des organismes concernés et des autorités locales qu’ils "
     "mobilisent les entreprises.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: the items after the task are its objects; a report of the same words
    ("Le Premier ministre a demandé aux ministères de mobiliser les entreprises, les organismes concernés et les "
     "localités.", [("MINISTRIES", "assignee", "PM")]),
    ("Les organismes concernés et les localités ont publié les résultats.", []),
])
def test_a_list_past_an_item_outside_the_table(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the leaders of the ministries asked; ministers and the leaders of bodies as the subject of a duty
    ("Le chef du gouvernement exige des leaders des ministères ainsi que des autorités locales qu’ils "
     "mobilisent les entreprises.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux dirigeants des ministères de réviser les procédures.",
     [("MINISTRIES", "assignee", "PM")]),
    ("Le Premier ministre vient d'approuver le règlement. Les ministres et les leaders des organes sont chargés de "
     "préparer les projets.", [("MINISTRIES", "assignee", "PM")]),
    # the deputy prime ministers are persons, not the ministers
    ("Le Premier ministre a approuvé le règlement. Les vice-Premiers ministres doivent présider les réunions "
     "thématiques.", []),
    ("Le Premier ministre a approuvé le règlement. Les vice-Premiers ministres présideront les autres "
     "réunions.", []),
    # look-alikes: leaders and ministers reported, no duty
    ("Les leaders des ministères ont assisté à la conférence.", []),
    ("Les ministres et les leaders des organes ont assisté à la réunion.", []),
    ("Le ministère des Finances est chargé de préparer les projets.", [("MOF", "assignee", None)]),
])
def test_ministers_and_leaders_of_bodies(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the partners of 'travailler avec', 'travailler rapidement avec'
    ("Le Premier ministre a demandé au ministère des Finances de travailler avec le ministère de la Justice pour "
     "affiner les projets de loi.", [("MOF", "assignee", "PM"), ("MOJ", "coordinate", "PM")]),
    ("Le ministère de la Justice a été chargé de travailler rapidement avec les ministères et organismes "
     "concernés pour finaliser la proposition.", [("MOJ", "assignee", None), ("MINISTRIES", "coordinate", None)]),
    # look-alikes: a past working session, the PM's own visit
    ("Le Premier ministre a travaillé avec les dirigeants du ministère de la Santé.", []),
    ("Le Premier ministre va travailler avec les autorités de la province de Quang Binh.", []),
    ("Le ministère de la Santé a travaillé avec le ministère des Finances l'an dernier.", []),
])
def test_the_partners_of_travailler_avec(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a city's 'services, secteurs' and the committees of its urban and rural districts
    ("Le Comité populaire de la ville de Hanoï a demandé aux services, secteurs et comités populaires des "
     "arrondissements et des districts d’accélérer le décaissement.",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("DPC@01", "assignee", "PPC@01")]),
    ("Le Comité populaire de la ville de Hanoï a demandé aux comités populaires des arrondissements de nettoyer "
     "les rues.",
     [("DPC@01", "assignee", "PPC@01")]),
    # look-alikes: the same words in a report
    ("Les services et secteurs de la ville ont décaissé 78% du plan.", []),
    ("Les comités populaires des arrondissements ont nettoyé les rues.", []),
])
def test_a_citys_services_and_district_committees(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, published, expected", [
    # the date before the committee that asks
    ("D’ici le 31 janvier, le Comité populaire de Hanoï demande aux services et secteurs d’accélérer le "
     "décaissement.", "2021-01-10", [("DEPARTMENTS@01", "2021-01-31", "by")]),
])
def test_a_citys_request_dated_before_it(text, published, expected):
    assert dated(text, "fr", published) == expected
