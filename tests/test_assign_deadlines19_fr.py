"""French deadlines without a preposition or fronted before the subject (README "Deadlines fronted or without a
preposition (assignments fr, vi, not blind)"), fixed as data (fr ``deadlines.json``: the ``les`` cue of a pair of
days, the ``named_day`` fragment). New sentences written for these tests, one literal case a line, with the
look-alikes that must get no date."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated

PUBLISHED = "2025-03-01"


@pytest.mark.parametrize("text, expected", [
    # a pair of due days after 'les', no preposition: due by the first
    ("Les provinces doivent achever les travaux les 5 et 6 juillet.", [("PROVINCES", "2025-07-05", "by")]),
    ("Le ministère de la Santé doit remettre son rapport les 14 et 15 avril 2025.", [("MOH", "2025-04-14", "by")]),
    # look-alikes: a number of things after 'les', a single day without a preposition
    ("Les provinces doivent reconstruire les 2000 logements détruits.", [("PROVINCES", None, None)]),
    ("Les provinces doivent achever les travaux le 5 juillet.", [("PROVINCES", None, None)]),
])
def test_a_pair_of_days_without_a_preposition(text, expected):
    assert dated(text, "fr", PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    # a named day and its date in apposition, fronting the sentence
    ("D'ici le jour des élections, le 23 mai, les provinces doivent achever les listes.",
     [("PROVINCES", "2025-05-23", "by")]),
    ("Avant la date du scrutin, le 23 mai 2025, les provinces doivent afficher les listes.",
     [("PROVINCES", "2025-05-23", "before")]),
    # look-alike: the named day without its date
    ("D'ici le jour des élections, les provinces doivent achever les listes.", [("PROVINCES", None, None)]),
])
def test_a_named_day_fronting_the_sentence(text, expected):
    assert dated(text, "fr", PUBLISHED) == expected
