"""Round 31 and 31b's open French classes (issue #13, not blind; helper w2fr31): literal sentences written for the
classes, not the pages' own, with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")

LAM_DONG = "Le Comité populaire de la province de Lam Dong a publié un plan de rentrée. "

# 1. Several named wards / communes after one plural level word: one committee each (round 19's rule).
UNITS_LISTED = [
    (LAM_DONG + "Les comités populaires des quartiers de Xuan Huong, Cam Ly et de la commune de Nam Ban doivent "
     "accueillir les élèves.", [("CPC@68", "assignee", "PPC@68")] * 3),
    # a page written without its accents (Lao Dong's French pages)
    ("Le Comite populaire de la province de Lam Dong a publie un plan. Les comites populaires des quartiers de Xuan "
     "Huong, Cam Ly et la commune de Nam Ban ont egalement ete charges de diriger les ecoles.", [("CPC@68", "assignee", "PPC@68")] * 3),
    (LAM_DONG + "Il a demandé aux comités populaires des communes de Ta Nung, Lat et Da Sar de préparer les salles.",
     [("CPC@68", "assignee", "PPC@68")] * 3),
    (LAM_DONG + "Les comités populaires des districts de Lac Duong, Don Duong et de la commune de Nam Ban sont chargés "
     "de recenser les élèves.", [("DPC@68", "assignee", "PPC@68")] * 2 + [("CPC@68", "assignee", "PPC@68")]),
    # English already reads its own order (the level word after the names)
    ("The Lam Dong Provincial People's Committee issued a plan. The People's Committees of Xuan Huong ward, Cam Ly "
     "ward and Nam Ban commune must receive the pupils.", [("CPC@68", "assignee", "PPC@68")] * 3),
]
UNITS_LISTED_LOOKALIKES = [
    # one unit is the table's reading, one row
    (LAM_DONG + "Les comités populaires des quartiers de Da Lat doivent accueillir les élèves.",
     [("CPC@68", "assignee", "PPC@68")]),
    # places, not committees
    (LAM_DONG + "Les élèves des quartiers de Xuan Huong, Cam Ly et de la commune de Nam Ban doivent rentrer.", []),
    # done, not asked
    (LAM_DONG + "Les comités populaires des quartiers de Xuan Huong, Cam Ly et de la commune de Nam Ban ont accueilli "
     "les élèves l'an dernier.", []),
]


@pytest.mark.parametrize("text, expected", UNITS_LISTED + UNITS_LISTED_LOOKALIKES)
def test_units_listed_after_a_plural_level_word(text, expected):
    lang = "en" if text.startswith("The ") else "fr"
    assert _rows(text, lang) == expected
