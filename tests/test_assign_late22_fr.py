"""Round 22's and 22b's left classes of French assignments, a short pass (README "Round 22's left classes
(assignments en and fr, not blind)"): the partners of a task and their series, data in
``extract/assign/lang/fr/cues.json`` (``coordinate``, ``coordinate_series_joiners``) and ``nlp/lang/fr/agencies.csv``.
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # the partners after `collaborer étroitement avec`
    ("Le ministre des Transports a été chargé de collaborer étroitement avec les autorités locales afin d'accélérer "
     "l'indemnisation.", [("MOT", "assignee", None), ("PROVINCES", "coordinate", None)]),
    # the ministry's mixed name (`des Sciences et de la Technologie`) as a partner
    ("Le Premier ministre a demandé au ministère de la Santé de coordonner avec le ministère des Sciences et de la "
     "Technologie la révision des normes.", [("MOH", "assignee", "PM"), ("MOST", "coordinate", "PM")]),
    # a series of partners taken up by `; avec`, `; et avec`, `, ainsi qu'avec` after a partner cue
    ("Le Premier ministre a demandé au ministère des Finances de coordonner avec le ministère de la Justice la "
     "révision du décret ; avec le ministère de la Santé les achats ; et avec les localités le paiement.",
     [("MOF", "assignee", "PM"), ("MOJ", "coordinate", "PM"), ("MOH", "coordinate", "PM"),
      ("PROVINCES", "coordinate", "PM")]),
    ("Le ministère de la Justice est chargé de coordonner avec les ministères de la Défense et de la Sécurité "
     "publique, ainsi qu'avec les autorités locales, pour lutter contre la fraude.",
     [("MOJ", "assignee", None), ("MOD", "coordinate", None), ("MPS", "coordinate", None),
      ("PROVINCES", "coordinate", None)]),
    # look-alikes: a joiner with no partner cue before it names no partner
    ("Le ministère de la Justice est chargé de réviser le décret ; avec le ministère des Finances, il a signé un "
     "accord.", [("MOJ", "assignee", None)]),
    ("Le ministère de la Justice a travaillé avec le ministère des Finances, ainsi qu'avec les provinces.", []),
])
def test_the_partners_of_a_task_and_their_series(text, expected):
    assert found(text, "fr") == expected



def test_a_partner_of_the_series_does_not_take_the_date_of_the_partner_before():
    text = ("Le Premier ministre a demandé au ministère des Finances de coordonner avec le ministère de la Justice la "
            "révision du décret en octobre ; avec le ministère de la Santé les achats ; et avec les localités le "
            "paiement.")
    assert dated(text, "fr", published="2025-09-02") == [
        ("MOF", "2025-10", "in"), ("MOJ", "2025-10", "in"), ("MOH", None, None), ("PROVINCES", None, None)]
