"""Round 10's error classes of French assignments (README "Round 10 (blind, real public pages):
assignments en, fr"), fixed as general rules, data first: passive cues with an adverb (composed from
``passive_cues`` in ``grammar.json``: ``sont instamment priées``, ``a également été chargé``), the names
the pages used, a request with a weekday and date between the verb and its object. New sentences
written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("Les villes et provinces sont instamment priées d'accélérer le dégagement des terrains.", [("PROVINCES", "assignee", None)]),
    ("Le ministère de la Santé est également invité à former des infirmiers.", [("MOH", "assignee", None)]),
    ("Le ministère de la Construction a également été invité à vérifier les ponts.", [("MOC", "assignee", None)]),
    # look-alikes: the same auxiliaries with no task
    ("Le ministère des Finances est appelé par les entreprises.", []),
    ("Le ministère de la Santé a été félicité pour ses efforts.", []),
])
def test_passive_cues_with_an_adverb(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Premier ministre a demandé jeudi 9 mai aux ministères, agences et administrations locales de renforcer les contrôles.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a déclaré, demandant aux ministères et aux agences de compléter les normes.", [("MINISTRIES", "assignee", "PM")]),
    ("Le chef du gouvernement a demandé aux agences et localités concernées d'informer la population.", [("PROVINCES", "assignee", "PM")]),
    ("Les ministères, les branches et les localités devraient accélérer le décaissement.",
     [("MINISTRIES", "assignee", None), ("PROVINCES", "assignee", None)]),
    # look-alikes: the same names, no request
    ("Le Premier ministre a salué jeudi 9 mai les ministères, agences et administrations locales.", []),
    ("Les ministères, les branches et les localités ont accéléré le décaissement.", []),
])
def test_names_and_a_date_between_the_verb_and_its_object(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le directeur du Service de la santé de Hanoi a en conséquence ordonné aux arrondissements et districts de vacciner les enfants.",
     [("DPC@01", "assignee", "DOH@01")]),
    ("Le Premier ministre a ordonné aux ministères, secteurs et localités de renforcer les contrôles.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: the districts named, no order
    ("Le directeur du Service de la santé de Hanoi a visité les arrondissements et districts.", []),
])
def test_round_10b_french_classes(text, expected):
    assert found(text, "fr") == expected
