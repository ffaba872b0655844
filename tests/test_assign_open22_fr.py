"""Classes still open after round 21b (issue #13), French assignments (README "Open classes after round 21b"). New
sentences written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from extract.assign import deadlines
from nlp.agencies import fold_for_matching
from tests.assign_cases import dated


@pytest.mark.parametrize("text, published, expected", [
    # a month joined to another month is a window of both, no due date (deadlines.json month_pair_joiners; Binh
    # Thuan's `en août et septembre`, fr:heldout21b)
    ("Le Comité populaire provincial de Binh Thuan a demandé au Département de l'Agriculture et du Développement "
     "rural de prendre des mesures rigoureuses contre la pêche INN en août et septembre.", "2024-08",
     [("DARD@60", None, None)]),
    ("Le ministère des Finances doit contrôler les dépenses en juillet-août.", "2024-06", [("MOF", None, None)]),
    # the time a season begins is no due date (deadlines.json event_start_verbs; Ca Mau's rainy season)
    ("Le Comité populaire provincial de Ca Mau a chargé le Département de la Construction de renforcer les digues. "
     "La saison des pluies commence normalement en mai.", "2020-04", [("DOC@96", None, None)]),
    # look-alikes: one month, the task's own month in the next sentence
    ("Le Comité populaire provincial de Binh Thuan a demandé au Département de l'Agriculture et du Développement "
     "rural de prendre des mesures rigoureuses contre la pêche INN en septembre.", "2024-08",
     [("DARD@60", "2024-09", "in")]),
    ("Le Comité populaire provincial de Ca Mau a chargé le Département de la Construction de renforcer les digues. "
     "Les digues doivent être renforcées en mai.", "2020-04", [("DOC@96", "2020-05", "in")]),
])
def test_a_window_or_a_seasons_start_is_no_due_date(text, published, expected):
    assert dated(text, "fr", published) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("en avril et mai", []),
    ("la saison sèche débute généralement en décembre", []),
    # look-alikes: the infinitive may be the task's own time; a day before another day is still a date
    ("commencer les travaux en mai", [("2024-05", "in")]),
    ("avant le 30 juin et le 15 juillet", [("2024-06-30", "before")]),
])
def test_the_deadline_grammar_on_windows_and_event_starts(phrase, expected):
    found = deadlines.find_deadlines(fold_for_matching(phrase), "fr", own_date="2024-03")
    assert [(d.value, d.qualifier) for d in found] == expected
