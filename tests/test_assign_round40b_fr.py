"""Round 40b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it (Vietnamese covered for the
pronoun's reach only: its grammar reads the same object pronoun data; its lists of bodies after an assigning verb
and its leaders' visits have other forms, not seen failing in this batch)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-08-20")

# a long sentence (a machine translation's) naming a body early, then an object pronoun asking it
_LONG_FR = ("Présentant ses meilleurs vœux à la Police provinciale de Dak Lak à l'occasion du 79e anniversaire de la "
            "Journée traditionnelle de la Police populaire, il l'a félicitée pour son accomplissement des tâches "
            "assignées et ses nombreuses réalisations importantes, contribuant au maintien de la stabilité politique, "
            "de l'ordre et de la sécurité sociaux ainsi qu'au développement socio-économique local.")
_LONG_EN = ("Extending his greetings to the People's Committees of the districts of Dak Lak province on the occasion "
            "of the 79th anniversary of the traditional day of the People's Public Security Force, he praised them for "
            "fulfilling the assigned tasks and for their many important achievements, which have contributed to "
            "maintaining political stability, social order and safety as well as the socio-economic development of the "
            "whole locality.")

PRONOUN_AFTER_A_LONG_SENTENCE = [
    # an object pronoun ("lui", "leur") asking the body a long sentence before names without asking it: the body, as
    # after a short one (the pronoun's reach counted from that sentence's start was 400 characters, shorter than
    # many of the agency's French sentences); the next sentence's pronoun stands for it again (stop 42)
    ("fr", _LONG_FR + "\n\nLe Premier ministre lui a demandé de continuer à suivre de près la situation locale.",
     [("PPS@66", "assignee", "PM")]),
    ("fr", _LONG_FR + "\n\nLe Premier ministre lui a demandé de renforcer les patrouilles.\n\nLe chef du "
                      "gouvernement lui a également demandé de garantir les régimes des policiers.",
     [("PPS@66", "assignee", "PM"), ("PPS@66", "assignee", "PM")]),
    ("fr", _LONG_FR.replace("à la Police provinciale de Dak Lak", "au Comité populaire provincial de Dak Lak")
     + " Le vice-Premier ministre lui a demandé d'accélérer le relogement des sinistrés.",
     [("PPC@66", "assignee", "DPM")]),
    ("en", _LONG_EN + " The Prime Minister asked them to keep a close watch on the local situation.",
     [("DPC@66", "assignee", "PM")]),
    # look-alikes: a pronoun that asks no one (a thing given), a pronoun after a long sentence naming no body
    ("fr", _LONG_FR + "\n\nLe Premier ministre lui a remis des cadeaux.", []),
    ("fr", _LONG_FR.replace("à la Police provinciale de Dak Lak", "aux policiers")
     + "\n\nLe Premier ministre leur a demandé de continuer à suivre de près la situation locale.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PRONOUN_AFTER_A_LONG_SENTENCE)
def test_round40b_fr_pronoun_after_a_long_sentence(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


SPECIALISED_AGENCIES_OPENING_A_LIST = [
    # a ministry's own specialised agencies, central and local (outside the table), opening the list an assigning
    # verb asks: the bodies of the table after them are still asked
    ("fr", "Le ministère de l'Agriculture et du Développement rural a ordonné aux agences spécialisées centrales et "
           "locales et aux autorités locales à tous les niveaux de détruire les porcs malades.",
     [("PROVINCES", "assignee", "MARD")]),
    ("fr", "Le ministère de la Santé a demandé aux services spécialisés centraux et locaux et aux comités populaires "
           "des provinces de renforcer la surveillance.",
     [("PROVINCES", "assignee", "MOH")]),
    ("fr", "Le ministère de la Santé a demandé aux unités spécialisées et aux comités populaires des provinces de "
           "renforcer la surveillance.",
     [("PROVINCES", "assignee", "MOH")]),
    ("en", "The Ministry of Agriculture and Rural Development ordered central and local specialised agencies and local "
           "authorities at all levels to destroy the infected pigs.",
     [("PROVINCES", "assignee", "MARD")]),
    ("en", "The Ministry of Health asked specialised units and the People's Committees of provinces to step up "
           "surveillance.",
     [("PROVINCES", "assignee", "MOH")]),
    # look-alikes: the specialised agencies alone (no body of the table), and as a report's subject
    ("fr", "Le ministère de la Santé a demandé aux agences spécialisées centrales et locales de renforcer la "
           "surveillance.", []),
    ("fr", "Les agences spécialisées centrales et locales et les autorités locales ont détruit 257 porcs.", []),
    ("en", "The Ministry of Health asked central and local specialised agencies to step up surveillance.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPECIALISED_AGENCIES_OPENING_A_LIST)
def test_round40b_fr_specialised_agencies_opening_a_list(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


VISIT_TOLD_AS_LEADING_A_DELEGATION = [
    # a national leader's visit to one province told as leading a delegation there ("a conduit une délégation sur
    # place afin d'inspecter"): the local authorities he asks are that province's committee (round 37's reading of
    # a visit), not the country's provinces
    ("fr", "Compte tenu de la situation dans l'est de la province de Dak Lak, le vice-Premier ministre Ho Quoc Dung a "
           "conduit une délégation sur place afin d'inspecter les zones sinistrées. Le vice-Premier ministre a "
           "exhorté les autorités locales à évacuer immédiatement les habitants.",
     [("PPC@66", "assignee", "DPM")]),
    ("fr", "Le Premier ministre a dirigé une délégation dans la province de Quang Ngai pour inspecter les digues. Il a "
           "demandé aux autorités locales de renforcer les digues.",
     [("PPC@51", "assignee", "PM")]),
    ("en", "Deputy Prime Minister Ho Quoc Dung led a delegation to Dak Lak province to inspect the flooded areas. He "
           "urged the local authorities to evacuate residents immediately.",
     [("PPC@66", "assignee", "DPM")]),
    # look-alikes: a delegation led to two provinces, and a delegation led abroad: the country's provinces
    ("fr", "Le vice-Premier ministre a conduit une délégation dans les provinces de Dak Lak et de Gia Lai. Il a "
           "exhorté les autorités locales à évacuer les habitants.",
     [("PROVINCES", "assignee", "DPM")]),
    ("fr", "Le Premier ministre a conduit une délégation au Japon. Il a demandé aux autorités locales de préparer "
           "la saison des pluies.",
     [("PROVINCES", "assignee", "PM")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VISIT_TOLD_AS_LEADING_A_DELEGATION)
def test_round40b_fr_visit_told_as_leading_a_delegation(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


BODY_WORD_AFTER_A_POSSESSIVE = [
    # a body word after a possessive determiner ("de bien comprendre sa localité") is the subject's own place, no
    # body named: the next sentence's pronoun still stands for the body the pronoun before stood for (stop 42)
    ("fr", "Le Premier ministre a rendu visite à la Police provinciale de Dak Lak. Le Premier ministre lui a demandé "
           "de suivre de près la situation et de bien comprendre sa localité. Le chef du gouvernement lui a "
           "également demandé de garantir les régimes des policiers.",
     [("PPS@66", "assignee", "PM"), ("PPS@66", "assignee", "PM")]),
    ("fr", "Le vice-Premier ministre a reçu les dirigeants du Comité populaire provincial de Gia Lai. Il leur a "
           "demandé de mieux connaître leurs localités. Il leur a également demandé d'accélérer les travaux.",
     [("PPC@64", "assignee", "DPM"), ("PPC@64", "assignee", "DPM")]),
    # look-alike: the previous sentence names only the speaker's own place: the pronoun stands for no body
    ("fr", "Le Premier ministre est revenu dans sa localité natale le 18 août. Il lui a demandé de préserver les "
           "traditions.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BODY_WORD_AFTER_A_POSSESSIVE)
def test_round40b_fr_body_word_after_a_possessive(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)
