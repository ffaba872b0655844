"""Classes still open after round 21 (issue #13), French assignments: deadlines counted from the page's date
(``en ce mois-ci``, ``d'ici la fin du mois``, ``d'ici vendredi``, ``la semaine prochaine``). The extractor passes the
text's whole date to the deadline grammar (``extract/assign/deadlines.py``, forms marked ``relative`` in
``lang/fr/deadlines.json``). New sentences written for these tests, one literal case a line, with the look-alikes
that must stay undated."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, published, expected", [
    # Dispatch 252's form (fr:heldout8)
    ("Le Premier ministre a demandé au ministère des Finances de remplir ces tâches en ce mois-ci.", "2022-03-05",
     [("MOF", "2022-03", "in")]),
    ("Le ministère de la Santé doit soumettre le rapport d'ici la fin du mois.", "2022-03-05",
     [("MOH", "2022-03", "by")]),
    ("Le Premier ministre a demandé au ministère de la Santé de faire rapport d'ici vendredi.", "2022-03-05",
     [("MOH", "2022-03-11", "by")]),
    ("Le Premier ministre a demandé au ministère de la Construction de présenter le projet d'ici la semaine "
     "prochaine.", "2022-03-09", [("MOC", "2022-03-20", "by")]),
    ("Le ministère des Finances doit soumettre le projet au cours du mois prochain.", "2022-12-05",
     [("MOF", "2023-01", "in")]),
    # look-alikes: the past month, a text dated by its year only, a weekday with its own date
    ("Le ministère de la Santé doit publier les résultats obtenus au cours du mois dernier.", "2022-03-05",
     [("MOH", None, None)]),
    ("Le Premier ministre a demandé au ministère des Finances de remplir ces tâches en ce mois-ci.", "2022",
     [("MOF", None, None)]),
])
def test_a_deadline_relative_to_the_page_date(text, published, expected):
    assert dated(text, "fr", published) == expected


@pytest.mark.parametrize("text, expected", [
    # a town inside a province after `de la ville de` (agencies.json town_designators, town_name_prepositions)
    ("Le Comité populaire provincial de Phu Tho a demandé au Comité populaire de la ville de Viet Tri de réviser le "
     "plan.", [("DPC@25", "assignee", "PPC@25")]),
    ("Le Comité populaire provincial de Nghe An a chargé le Comité populaire de la ville de Vinh de remettre le site.",
     [("DPC@40", "assignee", "PPC@40")]),
    # a province's capital town named as the province is: the town's committee
    ("Le Comité populaire provincial de Thai Nguyen a demandé au Comité populaire de la ville de Thai Nguyen de "
     "réviser le plan.", [("DPC@19", "assignee", "PPC@19")]),
    # the police of a province's town is no body of the table
    ("Le Comité populaire provincial de Phu Tho a chargé la police de la ville de Viet Tri de réviser le plan.", []),
    # look-alikes: a centrally-run city's committee, the city's committee without a name
    ("Le Premier ministre a demandé au Comité populaire de la ville de Can Tho de réviser le plan.",
     [("PPC@92", "assignee", "PM")]),
    ("Le Premier ministre a demandé au Comité populaire de la ville d'Hanoi de réviser le plan.",
     [("PPC@01", "assignee", "PM")]),
])
def test_a_provincial_towns_committee_is_a_district_level_one(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a district's leaders stand for its committee (fr DPC: `principaux responsables du district`), here asked by a
    # pronoun after the permanent Deputy PM's name (fr:heldout21's Muong Nhe page; fr DPM: `vice-Premier ministre
    # permanent`)
    ("Le vice-Premier ministre permanent Truong Hoa Binh a travaillé avec les principaux responsables du district de "
     "Muong Nhe, dans la province de Dien Bien. Truong Hoa Binh leur a demandé de concentrer leurs efforts sur la pauvreté.",
     [("DPC@11", "assignee", "DPM")]),
    ("Le Comité populaire provincial de Dien Bien a demandé aux responsables du district de Muong Nhe de réviser le "
     "plan.", [("DPC@11", "assignee", "PPC@11")]),
    # look-alike: the district's leaders who report are asked nothing
    ("Les responsables du district de Muong Nhe ont fait le point sur la situation.", []),
])
def test_a_districts_leaders_stand_for_its_committee(text, expected):
    assert found(text, "fr") == expected
