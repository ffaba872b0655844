"""Stop 37's left assignment classes (issue #13, not blind): new sentences for each class the round-29 and 29b
helpers left open, with look-alikes that must not fire, in every language where the class exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")
_rows_2019 = rows_reader(published="2019-08-30")

CASES = [
    # 1. a numbered list's plain present under a direction ending with a colon: the bodies opening each item are
    # tasked whatever their verb; a report's list, or a past tense, is no task
    ("fr", "Le président du Comité populaire provincial a demandé :\n\n1. Les départements, les branches et les "
           "localités désignent des agents de permanence pendant la fête du Têt.\n\n2. Les comités populaires des "
           "districts surveillent étroitement la situation des crues.", None,
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé :\n1. Le Département de la santé et le Département des "
           "finances préparent les médicaments et les fonds.\n2. Les services concernés inspectent les marchés.", None,
     [("DOH", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("fr", "Les résultats de l'année :\n\n1. Les départements, les branches et les localités ont désigné des agents de "
           "permanence.\n\n2. Les comités populaires des districts surveillaient la situation.", None, []),
    ("fr", "Le rapport du Comité populaire provincial indique :\n\n1. Les départements, les branches et les localités "
           "comptent 120 agents.", None, []),
    ("en", "The Chairman of the Provincial People's Committee requested:\n\n1. Departments, branches and localities "
           "assign officials to be on duty during the Tet holiday.\n\n2. District People's Committees closely "
           "monitor the flood situation.", None,
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("vi", "Chủ tịch UBND tỉnh yêu cầu:\n\n1. Các sở, ban, ngành và địa phương bố trí cán bộ trực trong dịp nghỉ "
           "Tết.\n\n2. UBND các huyện theo dõi chặt chẽ tình hình mưa lũ.", None,
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),  # a province's bare localities: no row (round 11)
    # ... the holiday's days after the duty are the days of the duty, no deadline; a due cue keeps its date, and a
    # window with no holiday before it is read as before
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé d'affecter des médecins "
           "de garde pendant les vacances (du 30 avril 2019 au 1er mai 2019).", "2019-04-20",
     [("DOH", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé d'affecter des médecins "
           "de garde pendant la fête nationale du 1er septembre 2019 au 2 septembre 2019.", "2019-08-20",
     [("DOH", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé de rendre compte de la "
           "situation pendant les vacances avant le 2 septembre 2019.", "2019-08-20",
     [("DOH", "assignee", "PPC", "2019-09-02")]),
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé de vacciner les enfants "
           "du 1er août 2019 au 2 septembre 2019.", "2019-07-20",
     [("DOH", "assignee", "PPC", "2019-09-02")]),
]


@pytest.mark.parametrize("lang, text, published, expected", CASES)
def test_stop37_left_class(lang, text, published, expected):
    assert (_rows(text, lang, published) if published else _rows(text, lang)) == expected
