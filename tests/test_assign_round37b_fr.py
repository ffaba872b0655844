"""Round 37b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-06-20")

MINISTRY_NAMES = [
    # the Ministry of Labour named with its war invalids ("des Invalides de guerre"), the French press's other
    # rendering: a list of ministries naming it is read, each ministry its row (the whole list was lost)
    ("fr", "Les ministères de l'Intérieur ; de la Culture, des Sports et du Tourisme ; du Travail, des Invalides de "
           "guerre et des Affaires sociales doivent informer les travailleurs migrants.",
     [("MOHA", "assignee", None, None), ("MOCST", "assignee", None, None), ("MOLISA", "assignee", None, None)]),
    ("fr", "Le Premier ministre a demandé au ministère du Travail, des Invalides de guerre et des Affaires sociales "
           "de verser les aides avant le Têt.",
     [("MOLISA", "assignee", "PM", None)]),
    ("sv", "Premiärministern bad ministeriet för arbete, krigsinvalider och sociala frågor att betala ut stödet.",
     [("MOLISA", "assignee", "PM", None)]),
    # look-alike: the war invalids as the people helped, no ministry named
    ("fr", "Le Premier ministre a demandé aux localités de soutenir les invalides de guerre et les familles.",
     [("PROVINCES", "assignee", "PM", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MINISTRY_NAMES)
def test_round37b_fr_ministry_of_labour_with_war_invalids(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


STILL_TASKED = [
    # a passive duty with "toujours" (still) between its auxiliary and its participle, as "également" is
    ("fr", "Le Premier ministre a demandé aux ministères de suivre la situation. Le ministère des Transports est "
           "toujours chargé de garantir la sécurité du trafic sur les routes.",
     [("MINISTRIES", "assignee", "PM", None), ("MOT", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked ministries to follow the situation. The Ministry of Transport is still tasked "
           "with ensuring traffic safety on the roads.",
     [("MINISTRIES", "assignee", "PM", None), ("MOT", "assignee", "PM", None)]),
    # look-alikes: "toujours" as the habit of a plain verb, a report of what is done
    ("fr", "Le Premier ministre a demandé aux ministères de suivre la situation. Le ministère des Transports "
           "publie toujours ses rapports en retard.",
     [("MINISTRIES", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked ministries to follow the situation. The Ministry of Transport still publishes "
           "its reports late.",
     [("MINISTRIES", "assignee", "PM", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STILL_TASKED)
def test_round37b_fr_passive_duty_with_still(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


IMPERSONAL_GIVEN = [
    # "il est donné au Département de … de …" (an impersonal passive handing a task, as "il est demandé au …")
    ("fr", "Le président du Comité populaire provincial a chargé le Département de la Construction de proposer un "
           "plan. Dans le même temps, il est donné au Département de l'Agriculture et de l'Environnement de faire "
           "rapport.",
     [("DOC", "assignee", "PPC", None), ("DAE", "assignee", "PPC", None)]),
    ("fr", "Le Comité populaire provincial a publié une décision. Dans le même temps, il est donné aux comités "
           "populaires des communes de recenser les maisons endommagées.",
     [("CPC", "assignee", "PPC", None)]),
    # look-alikes: a thing given to a body, no task after it, no impersonal "il"
    ("fr", "Le Comité populaire provincial a publié une décision. Un budget de 2 milliards est donné au Département "
           "de la Construction pour la digue.",
     []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IMPERSONAL_GIVEN)
def test_round37b_fr_impersonal_given_to(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


COMMUNE_AUTHORITIES = [
    # the commune authorities of a province's text: its commune committees (as "autorités de base")
    ("fr", "Le Comité populaire provincial de Lam Dong demande aux autorités communales d'installer des panneaux "
           "d'avertissement.",
     [("CPC@68", "assignee", "PPC@68", None)]),
    ("fr", "Le Comité populaire provincial de Lam Dong demande aux forces fonctionnelles et aux autorités "
           "communales d'installer des panneaux d'avertissement.",
     [("CPC@68", "assignee", "PPC@68", None)]),
    ("en", "The Lam Dong Provincial People's Committee asked the functional forces and the commune authorities to "
           "install warning signs.",
     [("CPC@68", "assignee", "PPC@68", None)]),
    ("en", "The Lam Dong Provincial People's Committee asked the commune authorities to install warning signs.",
     [("CPC@68", "assignee", "PPC@68", None)]),
    # look-alike: the commune authorities as a report's subject, no task
    ("fr", "Selon le Comité populaire provincial de Lam Dong, les autorités communales ont installé des panneaux.",
     []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMMUNE_AUTHORITIES)
def test_round37b_fr_commune_authorities(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


OFFICIALS_MET = [
    # a pronoun after the officials ("responsables") of a province a leader works with: that province's committee
    ("fr", "Le vice-Premier ministre a travaillé avec les responsables de la province de Binh Duong. Il leur a "
           "demandé de renforcer la réception des informations.",
     [("PPC@74", "assignee", "DPM", None)]),
    ("fr", "Le vice-Premier ministre lors de la séance de travail en ligne avec les responsables de la province de "
           "Binh Duong |\nIl leur a demandé de renforcer la réception des informations.",
     [("PPC@74", "assignee", "DPM", None)]),
    ("en", "The Deputy Prime Minister worked with the officials of Binh Duong province. He asked them to improve "
           "the handling of information.",
     [("PPC@74", "assignee", "DPM", None)]),
    # look-alike: officials of a company, no province
    ("fr", "Le vice-Premier ministre a travaillé avec les responsables de la société Becamex. Il leur a demandé "
           "de renforcer la réception des informations.",
     []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OFFICIALS_MET)
def test_round37b_fr_officials_met_then_pronoun(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


HONORIFIC_FULL_NAME = [
    # a courtesy title before a head's full name opening the asking sentence, his post given with his name before
    ("fr", "Le matin du 31 octobre, le président du Comité populaire provincial de Lam Dong Ho Van Muoi a inspecté "
           "la zone. M. Ho Van Muoi a chargé le Département de la Construction de proposer un plan.",
     [("DOC@68", "assignee", "PPC@68", None)]),
    ("fr", "Le matin du 31 octobre, le président du Comité populaire provincial de Lam Dong, Ho Van Muoi, a "
           "inspecté la zone. Après l'inspection, M. Ho Van Muoi a chargé le Département de la Construction de "
           "proposer un plan.",
     [("DOC@68", "assignee", "PPC@68", None)]),
    ("en", "Chairman of the Lam Dong Provincial People's Committee Ho Van Muoi inspected the landslide. Mr. Ho Van "
           "Muoi assigned the Department of Construction to propose a survey plan.",
     [("DOC@68", "assignee", "PPC@68", None)]),
    # look-alike: another person, never posted, with the courtesy title: no asker
    ("fr", "Le matin du 31 octobre, le président du Comité populaire provincial de Lam Dong Ho Van Muoi a inspecté "
           "la zone. M. Tran Van Binh a chargé le Département de la Construction de proposer un plan.",
     [("DOC@68", "assignee", None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HONORIFIC_FULL_NAME)
def test_round37b_fr_courtesy_title_before_a_full_name(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


SINGLED_OUT_PROVINCES = [
    # a word singling provinces out ("notamment", "en particulier") between the committees and their names: each
    # named province's committee
    ("fr", "Le Premier ministre a demandé aux comités populaires notamment des provinces de Yên Bai et Son La de "
           "continuer de rechercher les disparus.",
     [("PPC@15", "assignee", "PM", None), ("PPC@14", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé aux comités populaires en particulier des provinces de Lai Chau et Son La "
           "d'évacuer les habitants.",
     [("PPC@12", "assignee", "PM", None), ("PPC@14", "assignee", "PM", None)]),
    # look-alike: the committees praised, not asked
    ("fr", "Le Premier ministre a salué les comités populaires notamment des provinces de Yên Bai et Son La pour "
           "leurs efforts.",
     []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SINGLED_OUT_PROVINCES)
def test_round37b_fr_provinces_singled_out_after_the_committees(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)
