"""Round 13's error class of French assignments (README "Round 13 (blind, real public pages):
assignments fr"): a request whose addressees open with a body outside the table (``a demandé au Comité de
pilotage national …, au ministère de la Santé …``): ``outside_addressee_words`` in fr cues.json, with the
contracted articles ``au``, ``aux`` among the determiners that may open such a name. New sentences written
for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("Le Premier ministre a demandé au Comité national de la sécurité routière, au ministère des Transports et aux localités de renforcer les contrôles.",
     [("MOT", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé au Comité de pilotage national de la prévention des catastrophes, au ministère de la Santé et au ministère des Finances de préparer les secours.",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la Croix-Rouge du Vietnam, au ministère de la Santé de préparer les secours.",
     [("MOH", "assignee", "PM")]),
    # look-alikes: the body right after the verb, and a task's words before a body that only speaks
    ("Le Premier ministre a demandé au ministère de la Santé de renforcer les contrôles.",
     [("MOH", "assignee", "PM")]),
    ("Le Premier ministre a demandé à renforcer les contrôles, a indiqué le ministère de la Santé.", []),
])
def test_addressees_opening_with_a_body_outside_the_table(text, expected):
    assert found(text, "fr") == expected
