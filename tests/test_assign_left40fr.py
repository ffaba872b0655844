"""Stop 48's calls of the lead and round 39's left classes, French assignments (docs/quality.md "Stop 47's left
classes and calls (assignments, not blind, stop 48)"), fixed as general rules, data first. New sentences written for
these tests, one literal case a line, with the look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

rows = rows_reader(published="2020-05-01")


@pytest.mark.parametrize("text, expected", [
    # the lead's call 1 of stop 48: `point focal` / `organe focal` lead, as Vietnamese `làm đầu mối`
    ("Le Premier ministre a chargé le ministère de l'Industrie et du Commerce de servir de point focal pour les "
     "négociations.", [("MOIT", "lead", "PM", None)]),
    ("Le Comité populaire de la ville de Can Tho a chargé le Service de la construction d'examiner les routes. Le "
     "Service de la santé est le point focal pour recevoir les rapports.",
     [("DOC@92", "assignee", "PPC@92", None), ("DOH@92", "lead", "PPC@92", None)]),
    ("Le Comité populaire de la ville de Can Tho a chargé le Service de la construction d'examiner les routes. Le "
     "Service de la santé est l'organe focal pour recevoir les rapports.",
     [("DOC@92", "assignee", "PPC@92", None), ("DOH@92", "lead", "PPC@92", None)]),
    ("Le Comité populaire provincial a désigné le Service de la santé comme point focal pour surveiller l'épidémie.",
     [("DOH", "lead", None, None)]),
    # look-alikes: the focal point told of the past, a mention with no duty
    ("Le Service de la santé était le point focal des rapports l'an dernier.", []),
    ("Le point focal des rapports a été discuté par le Service de la santé.", []),
])
def test_the_focal_point_leads(text, expected):
    assert rows(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the lead's call 3 of stop 48 (rulings B and E meet): the partner of a named lead outside the table that presides
    # is a coordinate row
    ("Le Comité populaire de la province de Khanh Hoa a publié un plan. Le Commandement militaire provincial préside, "
     "en coordination avec le Service de la santé, l'organisation de l'exercice.",
     [("DOH@56", "coordinate", "PPC@56", None)]),
    # look-alike: a lead told in the past
    ("L'an dernier, le Commandement militaire provincial a présidé, en coordination avec le Service de la santé, "
     "l'exercice.", []),
])
def test_the_partner_of_a_lead_outside_the_table(text, expected):
    assert rows(text, "fr") == expected
