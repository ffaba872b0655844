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
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round35_fr_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected
