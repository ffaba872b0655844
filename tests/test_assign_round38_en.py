"""Round 38's error classes of English assignments (docs/quality.md "Round 38 (blind, real public pages): assignments
en"), fixed as general rules, with the same forms in French and Vietnamese where they were missed too. New sentences
written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2023-12-20")

_HCM = "The Chairman of the Ho Chi Minh City People's Committee signed a document on public investment. "


@pytest.mark.parametrize("text, expected", [
    # the class: an urban district named by its number ("District 12"), alone or in a list of named districts
    (_HCM + "Leaders of the People's Committees of Thu Duc City, District 7, Binh Tan, Cu Chi and Hoc Mon districts "
     "need to speed up the compensation dossiers.",
     [("DPC@79", "assignee", "PPC@79", None)] * 5),
    (_HCM + "It asked the People's Committees of District 4, District 8 and Binh Chanh district to clear the canals.",
     [("DPC@79", "assignee", "PPC@79", None)] * 3),
    (_HCM + "It asked the People's Committee of District 3 to repair the pavements.",
     [("DPC@79", "assignee", "PPC@79", None)]),
    (_HCM + "It asked the District 10 People's Committee to repair the pavements.",
     [("DPC@79", "assignee", "PPC@79", None)]),
    (_HCM + "It requested the People's Committee of Ward 5 to report the damage.",
     [("CPC@79", "assignee", "PPC@79", None)]),
    # look-alikes: a numbered district as a place, its police, a number that is no unit's
    (_HCM + "Many projects in District 12 are behind schedule.", []),
    (_HCM + "It asked the District 12 Police to guard the site.", []),
    (_HCM + "The report on Decree 12 was sent to the departments.", []),
    (_HCM + "It asked the People's Committees of Tan Binh and Nha Be districts to clear the canals.",
     [("DPC@79", "assignee", "PPC@79", None)] * 2),
])
def test_numbered_districts(text, expected):
    assert _rows(text, "en") == expected
