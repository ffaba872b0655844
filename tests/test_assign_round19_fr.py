"""Round 19's error classes of French assignments (README "Round 19 (blind, real public pages): assignments fr"),
fixed as data (fr ``cues.json``, ``nlp/lang/fr/agencies.csv``). New sentences written for these tests, one literal
case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    # a telegram's request by the participle 'ordonnant'
    ("Le Premier ministre a publié le télégramme n° 88/CD-TTg ordonnant aux ministères, aux branches et aux "
     "localités de se préparer à la tempête.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a signé une dépêche ordonnant au ministère de la Défense de préparer les secours.",
     [("MOD", "assignee", "PM")]),
    # 'donc' between the verb and its addressee
    ("Le Premier ministre demande donc aux ministères concernés de suivre l’évolution de la crue.",
     [("MINISTRIES", "assignee", "PM")]),
    ("Le vice-Premier ministre a donc demandé au ministère des Finances de revoir les frais.",
     [("MOF", "assignee", "DPM")]),
    # look-alikes: 'ordonnant' aimed at no body of the table; 'donc' in a report
    ("Le Premier ministre a publié un télégramme ordonnant aux navires de rentrer au port.", []),
    ("Les ministères ont donc achevé les rapports.", []),
])
def test_a_telegrams_request_by_a_participle_or_with_donc(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # 'aux services' of the ministries' list is no body, the list goes on to the provinces' committees
    ("Le Premier ministre demande aux ministères, aux services, aux agences et aux comités populaires des "
     "provinces, de Quang Ninh à Binh Thuan : surveiller la tempête.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: services asked alone stay out
    ("Le Premier ministre a demandé aux services de santé de renforcer la surveillance.", []),
])
def test_a_list_past_aux_services(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the Government Inspectorate by its adjective
    ("Le Premier ministre demande au ministère de la Justice, à l’Inspection gouvernementale et aux localités "
     "d’achever la réorganisation.",
     [("MOJ", "assignee", "PM"), ("GI", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("L’Inspection gouvernementale est chargée de contrôler les projets.", [("GI", "assignee", None)]),
    # look-alike: an inspection, no body asked
    ("L’inspection gouvernementale des projets a duré trois mois.", []),
])
def test_the_government_inspectorate(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a deputy prime minister as a woman; 'a proposé au/à' a request
    ("La vice-Première ministre a proposé au ministre de l'Intérieur de suivre de près les préparatifs.",
     [("MOHA", "assignee", "DPM")]),
    ("La vice-Première ministre a demandé au ministère de la Santé de renforcer la prévention.",
     [("MOH", "assignee", "DPM")]),
    ("Le Premier ministre a proposé à la Banque d'État du Vietnam d'étudier un paquet de crédit.",
     [("SBV", "assignee", "PM")]),
    # look-alikes: a proposal made, no body asked; a body named after the thing proposed
    ("La vice-Première ministre a proposé une nouvelle méthode de travail.", []),
    ("La vice-Première ministre a proposé une méthode au séminaire du ministère de la Santé.", []),
])
def test_a_deputy_pm_as_a_woman_and_a_proposal(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # askers in the plural: 'ont demandé aux'; a city's authorities for its committee
    ("Le comité populaire de Hô Chi Minh-Ville s'est réuni lundi. Les autorités municipales ont demandé aux "
     "comités populaires des arrondissements et districts de renforcer les digues.",
     [("DPC@79", "assignee", "PPC@79")]),
    ("Les vice-Premiers ministres ont demandé au ministère des Finances de revoir les frais.",
     [("MOF", "assignee", "DPM")]),
    # the feminine of 'sont appelés à'
    ("Les provinces et les villes sont appelées à garantir la sécurité des populations.",
     [("PROVINCES", "assignee", None)]),
    # look-alikes: a plural report; a call received
    ("Les habitants ont demandé aux autorités de réparer la route.", []),
    ("Les provinces et les villes ont appelé les habitants à rester chez eux.", []),
])
def test_plural_askers_and_feminine_calls(text, expected):
    assert found(text, "fr") == expected
