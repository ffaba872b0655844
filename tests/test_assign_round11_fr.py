"""Round 11's error classes of French assignments (README "Round 11 (blind, real public pages):
assignments en, fr"), fixed as general rules, data first: lists whose items each repeat their preposition
(``aux ministères, aux secteurs et aux localités``; ``ainsi qu'aux`` as a list separator), the names the
pages used (``ministres, aux responsables des administrations gouvernementales``, the ministry's older name
``ministre des Communications et des Transports``), ``agences compétentes`` as an item outside the table,
and an apposition ``en tant qu'organe permanent de …`` before a modal. New sentences written for these
tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("Le Premier ministre a demandé aux ministères, aux secteurs et aux localités de redoubler d'efforts.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministres, aux responsables des administrations gouvernementales, ainsi qu'aux présidents des comités populaires provinciaux et municipaux, de renforcer les contrôles.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le vice-Premier ministre a demandé aux ministères et secteurs ainsi qu’aux comités populaires provinciaux de dégager les terrains.",
     [("MINISTRIES", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    # look-alikes: the same lists, no request
    ("Le Premier ministre a félicité les ministères, aux secteurs.", []),
    ("Le ministère des Finances ainsi qu'aux comités populaires provinciaux ont salué la réforme.", []),
])
def test_lists_repeating_their_preposition(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Il a chargé le ministre des Communications et des Transports de vérifier les ponts.", [("MOT", "assignee", None)]),
    ("Le Premier ministre a exhorté les localités et les agences compétentes à accélérer la mise en œuvre des projets.", [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux agences compétentes et aux localités de dégager les terrains.", [("PROVINCES", "assignee", "PM")]),
    ("Le ministère de la Construction, en tant qu'organe permanent du comité de pilotage, doit suivre les projets.", [("MOC", "assignee", None)]),
    # look-alikes: the same names, no task
    ("Le Premier ministre a félicité les localités et les agences compétentes.", []),
    ("Le ministère de la Construction, en tant qu'organe permanent du comité de pilotage, a présenté le rapport.", []),
])
def test_names_and_appositions_of_round_11(text, expected):
    assert found(text, "fr") == expected
