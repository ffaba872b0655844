"""Round 35's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-08-01")

CASES = [
    # the departments as a whole written with the heads' sector words after them ('chefs de département, de branche
    # et de secteur', Lao Dong's doubled 'departements de departements et de secteurs'), 'de la ville' after them and
    # the bare 'directeurs' before them: the commune committees listed next are asked too
    ("fr", "Le président du Comité populaire de Da Nang a demandé aux directeurs, aux chefs de département, de "
           "branche et de secteur, aux présidents des comités populaires des communes de renforcer les digues.",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", None)]),
    ("fr", "Le president du Comite populaire de Da Nang demande aux directeurs chefs de departements de "
           "departements et de secteurs de la ville aux presidents des comites populaires des communes de "
           "renforcer les digues.",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", None)]),
    ("fr", "Le président du Comité populaire de Da Nang a demandé aux départements et secteurs de la ville, aux "
           "comités populaires des communes de renforcer les digues.",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", None)]),
    ("en", "The Chairman of the Da Nang People's Committee asked the departments and sectors of the city, the "
           "People's Committees of communes to strengthen the dykes.",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", None)]),
    # the wards ('arrondissements') named before the communes in one committee name: the commune-level committees
    ("fr", "Le président du Comité populaire de Da Nang a demandé aux présidents des comités populaires des "
           "arrondissements et des communes de renforcer les digues.",
     [("CPC@48", "assignee", "PPC@48", None)]),
    # look-alikes: the directors alone, the directors of firms, a department named as a place, the district
    # committees before 2025
    ("fr", "Le président du Comité populaire de Da Nang a demandé aux directeurs de renforcer les digues.", []),
    ("fr", "Les directeurs des entreprises de la ville ont salué les efforts du département, de branche et de "
           "secteur.", []),
    # a direction's unlabelled item: collective bodies opening their own line with a verb of the present plural,
    # right under the direction's colon, or under bare-infinitive items below the paragraph that directs
    ("fr", "Le président du Comité populaire de Da Nang demande aux comités populaires des communes de mettre en "
           "œuvre les tâches suivantes :\nLes directeurs les chefs des départements des départements et des "
           "secteurs de la ville continuent d'appliquer les directives.",
     [("CPC@48", "assignee", "PPC@48", None), ("DEPARTMENTS@48", "assignee", "PPC@48", None)]),
    ("fr", "Le président du Comité populaire de Da Nang a demandé aux présidents des comités populaires des "
           "communes de renforcer les digues.\n\nDiriger l'inspection des installations ; organiser une "
           "permanence.\nLes présidents des comités populaires des communes surveillent de près les bulletins.",
     [("CPC@48", "assignee", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", None)]),
    # look-alikes: a report's list, an opinion right under the request, the communes after a visit
    ("fr", "Le rapport indique les résultats suivants :\nLes comités populaires des communes continuent "
           "d'appliquer les directives.", []),
    ("fr", "Le président du Comité populaire de Da Nang a demandé aux présidents des comités populaires des "
           "communes de renforcer les digues.\nLes présidents des comités populaires des communes estiment que "
           "la situation est grave.",
     [("CPC@48", "assignee", "PPC@48", None)]),
    ("fr", "Le président du Comité populaire de Da Nang a visité les communes.\nLes présidents des comités "
           "populaires des communes surveillent de près les bulletins.", []),
    # a weekday with its part of the day (and a date) between the asking verb and the body asked
    ("fr", "Le Premier ministre a exhorté vendredi après-midi 30 juillet la province de Thanh Hoa (Centre) à "
           "prendre des mesures efficaces.",
     [("PPC@38", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé samedi matin au ministère des Finances de revoir les frais.",
     [("MOF", "assignee", "PM", None)]),
    # look-alike: a visit on a weekday morning asks no one
    ("fr", "Le Premier ministre a visité samedi matin la province de Thanh Hoa pour prendre des nouvelles.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round35_fr_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected


_rows_2021 = rows_reader(published="2021-07-30")

CASES_2021 = [
    # 'la province' asked after a province named only as a place: 'de' before the task's verb is no name link, and a
    # province of the old scheme that became part of a city (Binh Duong) is still a province in a 2021 text
    ("fr", "Le Premier ministre a visité la province de Thanh Hoa. Il a demandé à la province de faire respecter "
           "strictement la distanciation sociale.",
     [("PPC@38", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a visité la province de Binh Duong. Il a demandé à la province d'appliquer "
           "strictement la distanciation sociale.",
     [("PPC@74", "assignee", "PM", None)]),
    ("en", "The Prime Minister visited Binh Duong province on Friday. He asked the province to enforce social "
           "distancing strictly.",
     [("PPC@74", "assignee", "PM", None)]),
    # look-alikes: the province talked about, another province named after 'de'
    ("fr", "Le Premier ministre a visité la province de Thanh Hoa. Il a parlé de la province de façon positive.", []),
    ("fr", "Le Premier ministre a visité la province de Thanh Hoa. Il a demandé à la province de Nghe An de "
           "renforcer les digues.",
     [("PPC@40", "assignee", "PM", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES_2021)
def test_round35_fr_classes_2021(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows_2021(text, lang) == expected
