"""Round 36b's error classes of English assignments (docs/quality.md "Round 36b (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-01-04")
_merged = rows_reader(published="2025-12-18")


@pytest.mark.parametrize("text, expected", [
    # the class: the district level written with `townships` (thị xã) among the committees' levels
    ("The Binh Duong provincial People's Committee has ordered the People's Committees of districts, townships, and "
     "cities to review labour contracts.",
     [("DPC@74", "assignee", "PPC@74", None)]),
    ("The Binh Duong People's Committee has directed the sectors to act. The Department of Labour, Invalids and Social "
     "Affairs, the People’s Committee of districts, townships and cities have been ordered to review wage payments.",
     [("DEPARTMENTS@74", "assignee", "PPC@74", None), ("DOLISA@74", "assignee", "PPC@74", None),
      ("DPC@74", "assignee", "PPC@74", None)]),
    ("The Binh Duong People's Committee asked the People's Committees of districts and townships to report.",
     [("DPC@74", "assignee", "PPC@74", None)]),
    # look-alikes: townships named as places, and the known level list, stay as they were
    ("The Binh Duong People's Committee asked the Department of Construction to inspect projects in districts, "
     "townships and cities.",
     [("DOC@74", "assignee", "PPC@74", None)]),
    ("The Binh Duong People's Committee asked the People's Committees of districts, towns and cities to report.",
     [("DPC@74", "assignee", "PPC@74", None)]),
])
def test_district_committees_with_townships(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the class: the two-level government's commune committees written `ward and commune authorities`
    ("The Hanoi People's Committee instructed departments and ward and commune authorities to carry out Plan No. 350.",
     [("DEPARTMENTS@01", "assignee", "PPC@01", None), ("CPC@01", "assignee", "PPC@01", None)]),
    ("The Hanoi People's Committee asked commune and ward authorities to review the list of poor households.",
     [("CPC@01", "assignee", "PPC@01", None)]),
    # look-alike: the authorities told as places of an event, no body asked
    ("The Hanoi People's Committee said the festival was held in ward and commune halls.", []),
])
def test_ward_and_commune_authorities(text, expected):
    assert _merged(text, "en") == expected
