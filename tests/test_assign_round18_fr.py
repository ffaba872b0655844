"""Round 18's error classes of French assignments (README "Round 18 (blind, real public pages): assignments fr"),
fixed as data (fr ``grammar.json``'s ``pronoun_requests``) and one reading (an object pronoun standing for the bodies
the sentence before names without asking them). New sentences written for these tests, one literal case a line, with
the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    # an object pronoun before an assigning verb: the bodies the sentence before names, not asked there
    ("La dépêche est adressée aux ministres et aux présidents des Comités populaires des provinces. Selon la "
     "dépêche, le Premier ministre leur demande d'élaborer les plans.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le vice-Premier ministre a travaillé avec le ministère de la Santé. Il leur a ordonné de publier un rapport.",
     [("MOH", "assignee", "DPM")]),
    ("Le Premier ministre a rencontré le ministère des Finances et le ministère de la Construction. Il leur a "
     "également demandé d'achever le projet.", [("MOF", "assignee", "PM"), ("MOC", "assignee", "PM")]),
    # look-alikes: bodies already asked in the sentence before (no second row, rounds 8 and 12), 'leur demande'
    # as a noun, a pronoun for persons, a body named far before
    ("Le Premier ministre a demandé aux ministères de préparer les plans. Il leur a également ordonné de rester "
     "vigilants.", [("MINISTRIES", "assignee", "PM")]),
    ("Le ministère de la Santé a examiné leur demande de financement.", []),
    ("Les autorités ont rejeté leur demande d'aide.", []),
    ("Le Premier ministre a rencontré les agriculteurs. Il leur a demandé de partager leurs expériences.", []),
    ("Le Premier ministre a travaillé avec le ministère de la Santé. Il a visité trois hôpitaux. Il leur a demandé de "
     "renforcer les soins.", []),
])
def test_a_pronoun_for_the_bodies_named_before(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a provincial committee's departments by the words of the province's own texts, its planning department
    ("Le Comité populaire provincial demande aux départements, directions, secteurs de revoir le plan.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("Le Comité populaire provincial a chargé le Département de la planification et de l'investissement de "
     "présenter un rapport.", [("DPI", "assignee", "PPC")]),
    ("Le Comité populaire provincial a chargé le Département de la planification et de l'investissement de présider "
     "l'élaboration du plan.", [("DPI", "lead", "PPC")]),
    # look-alikes: the departments met, not asked; the department reporting
    ("Le Comité populaire provincial a rencontré les départements, directions, secteurs de la province.", []),
    ("Le Département de la planification et de l'investissement a présenté un rapport.", []),
])
def test_a_provinces_departments_by_its_own_words(text, expected):
    assert found(text, "fr") == expected
