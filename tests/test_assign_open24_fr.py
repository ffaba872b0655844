"""Issue #13, the French assignment classes left open after rounds 23 and 23b (README "Open classes after round 23b
(assignments, not blind)"). New sentences written for these tests (not the pages' sentences), one literal case a line,
with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ a plan's row printed as labelled fields


@pytest.mark.parametrize("text, expected", [
    # the fields as sentences, then the time field (fails without the fix)
    ("Le 10 novembre 2025, le Comité populaire de la province de Quang Ngai a publié un plan. Organisme chef de file : "
     "Département de l'Intérieur. Organismes de coordination : Département de la Construction, Département des "
     "Finances. Délai d'achèvement : avant le 15 décembre 2025.",
     [("DOHA@51", "lead", "PPC@51", "2025-12-15", "before"), ("DOC@51", "coordinate", "PPC@51", "2025-12-15", "before"),
      ("DOF@51", "coordinate", "PPC@51", "2025-12-15", "before")]),
    # look-alike: the partners' label with no lead row before it
    ("Le 10 novembre 2025, le Comité populaire de la province de Quang Ngai s'est réuni. Organismes de coordination : "
     "Département des Finances.", []),
])
def test_plan_rows_as_fields(text, expected):
    assert rows(text, "fr") == expected


# ------------------------------------------------------------------ a fronted source before the subject


@pytest.mark.parametrize("text, expected", [
    # the plan's committee inside the fronted phrase is no list with the subject after the comma, and it asks
    # (grammar.json fronted_phrase_openers; fails without the fix)
    ("Selon le plan du Comité populaire de la province de Lai Chau, les comités populaires des districts doivent "
     "achever l'examen avant le 20 mai 2025.", [("DPC@12", "assignee", "PPC@12", "2025-05-20", "before")]),
    # held before: the plan unnamed
    ("Selon le plan, les comités populaires des districts doivent achever l'examen avant le 20 mai 2025.",
     [("DPC", "assignee", None, "2025-05-20", "before")]),
    # look-alike: a report after the fronted source tasks no one
    ("Selon le plan du Comité populaire de la province de Lai Chau, les comités populaires des districts ont achevé "
     "l'examen.", []),
])
def test_fronted_source(text, expected):
    assert rows(text, "fr") == expected


# ------------------------------------------------------------------ the province's departments as a whole


@pytest.mark.parametrize("text, expected", [
    # the French of "các cơ quan chuyên môn cấp tỉnh" (agencies.csv DEPARTMENTS; fails without the fix)
    ("Le 5 juin 2025, le Comité populaire de la province de Quang Tri a demandé aux organismes spécialisés provinciaux "
     "d'achever la remise des dossiers avant le 10 juin 2025.",
     [("DEPARTMENTS@45", "assignee", "PPC@45", "2025-06-10", "before")]),
    # look-alike: the agencies attending are not asked
    ("Le 5 juin 2025, les organismes spécialisés provinciaux ont assisté à la réunion du Comité populaire de la "
     "province de Quang Tri.", []),
])
def test_provincial_professional_agencies(text, expected):
    assert rows(text, "fr") == expected
