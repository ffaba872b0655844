"""Issue #13, the French assignment classes left open after rounds 24 and 24b (docs/quality.md "Open classes after
round 24b (assignments, not blind)"). New sentences written for these tests (not the pages' sentences), one literal case
a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ an undated text of the two-level local government

@pytest.mark.parametrize("text, expected", [
    # no date, communes and wards the only level: Gia Lai's 2025 code (52, 64 before; fails without the rule)
    ("Le Comité populaire de la province de Gia Lai a demandé aux comités populaires des communes et des quartiers de "
     "revoir les écoles.", [("CPC@52", "assignee", "PPC@52", None, None)]),
    # look-alikes: districts asked, a district named
    ("Le Comité populaire de la province de Gia Lai a demandé aux comités populaires des districts de revoir les écoles.",
     [("DPC@64", "assignee", "PPC@64", None, None)]),
    ("Le Comité populaire de la province de Gia Lai a demandé aux comités populaires des communes et des quartiers de "
     "revoir les écoles du district de Chu Prong.", [("CPC@64", "assignee", "PPC@64", None, None)]),
])
def test_undated_two_level_text(text, expected):
    assert rows(text, "fr") == expected


# ------------------------------------------------------------------ an impersonal request: the text's authority asks


@pytest.mark.parametrize("text, expected", [
    # fr cues.json "est demandé au/à/aux" with grammar impersonal_subjects "il" (fail without the fix: no row)
    ("Le 5 mars 2025, le Comité populaire de la province de Quang Ninh a publié une directive. Il est demandé au "
     "Département des Finances de soumettre le budget avant le 10 mars 2025.",
     [("DOF@22", "assignee", "PPC@22", "2025-03-10", "before")]),
    ("Le 5 mars 2025, le Comité populaire de la province de Quang Ninh a publié une directive. Il est également demandé "
     "aux comités populaires des communes de recenser les maisons.", [("CPC@22", "assignee", "PPC@22", None, None)]),
    # an adjunct without a comma before the impersonal subject, as Lao Dong's pages write it (fails without the fix:
    # no asker)
    ("Le 5 mars 2025, le Comité populaire de la province de Quang Ninh a publié une directive. Dans le domaine urbain il "
     "est demande au Departement de la construction d'examiner les solutions.",
     [("DOC@22", "assignee", "PPC@22", None, None)]),
    # look-alike: the participle of a noun ("le rapport demandé au …") asks no one
    ("Le 5 mars 2025, le Comité populaire de la province de Quang Ninh a publié une directive. Le rapport demandé au "
     "Département des Finances est arrivé.", []),
])
def test_impersonal_request(text, expected):
    assert rows(text, "fr") == expected


# ------------------------------------------------------------------ a list of addressees without commas


@pytest.mark.parametrize("text, expected", [
    # cues.json list_separators "aux": the list goes on over each "aux" (fails without the fix: the communes lost)
    ("Le 5 mars 2025, le Comité populaire de la province de Quang Ninh a demandé aux départements aux secteurs aux "
     "comités populaires des communes de terminer avant le 10 mars 2025.",
     [("DEPARTMENTS@22", "assignee", "PPC@22", "2025-03-10", "before"),
      ("CPC@22", "assignee", "PPC@22", "2025-03-10", "before")]),
    # look-alike: bodies receiving funds, no one asked
    ("Le 5 mars 2025, le ministère des Finances a alloué 100 milliards aux provinces de Quang Ninh et Nghe An.", []),
])
def test_list_without_commas(text, expected):
    assert rows(text, "fr") == expected
