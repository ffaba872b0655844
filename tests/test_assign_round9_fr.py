"""Round 9's error classes of French assignments (README "Round 9 (blind, real public pages):
assignments en, fr"): ``a exigé des ministères, secteurs et localités qu'ils …``, coordination in a noun
(``renforcer la coordination avec les ministères et organismes concernés``), and items outside the table at
either end of a list of bodies (``… et les entreprises doivent``, ``aux organismes concernés et au ministère
…``). New sentences written for these tests (no page's sentence), with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("Le Premier ministre a exigé des ministères, secteurs et localités qu’ils achèvent les rapports.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre exige des ministères, agences et localités qu’ils réduisent les procédures.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a exigé de la Banque d’État du Vietnam qu’elle stabilise le marché de l’or.",
     [("SBV", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux présidents des comités populaires provinciaux de renforcer la coordination avec les ministères et organismes concernés.",
     [("PROVINCES", "assignee", "PM"), ("MINISTRIES", "coordinate", "PM")]),
    ("Le ministère de la Santé et les entreprises doivent garantir l'approvisionnement en masques.", [("MOH", "assignee", None)]),
    ("Le Premier ministre a demandé aux organismes concernés et au ministère des Finances de revoir les frais.", [("MOF", "assignee", "PM")]),
    # look-alikes: a requirement reported as past fact, a coordination that is no request, a list with no task
    ("Les ministères et localités ont exigé des fonds supplémentaires.", []),
    ("La coordination avec les ministères et organismes concernés s'est améliorée en 2020.", []),
    ("Le ministère de la Santé et les entreprises ont signé un accord sur les masques.", []),
    # an elliptic list of ministries stays the ministries it names (no collective read in "ministères")
    ("Le Premier ministre a demandé aux ministères des Affaires étrangères et de la Santé de renforcer la prévention.",
     [("MOFA", "assignee", "PM"), ("MOH", "assignee", "PM")]),
])
def test_round_9_french_classes(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le vice-PM a signé une décision chargeant le ministère de la Construction de réparer les digues.", [("MOC", "assignee", "DPM")]),
    ("Le Premier ministre a demandé le 3 mars au gouverneur de la Banque d'État du Vietnam (SBV), au ministre des Finances et au ministre de la Justice de revoir les frais.",
     [("SBV", "assignee", "PM"), ("MOF", "assignee", "PM"), ("MOJ", "assignee", "PM")]),
    # look-alikes: a decision naming a ministry without charging it, a governor's speech
    ("Le vice-PM a signé une décision concernant le ministère de la Construction.", []),
    ("Le gouverneur de la Banque d'État du Vietnam (SBV) a présenté le rapport annuel.", []),
])
def test_round_9b_french_classes(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le vice-Premier ministre a souligné que les comités populaires de toutes les villes et provinces devraient protéger les forêts.",
     [("PROVINCES", "assignee", "DPM")]),
    ("Les comités populaires de toutes les villes et provinces ont protégé les forêts l'an dernier.", []),
])
def test_round_9c_french_classes(text, expected):
    assert found(text, "fr") == expected
