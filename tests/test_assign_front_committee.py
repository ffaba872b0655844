"""A province's Fatherland Front committee, named as the provincial press names it, is the Front (VFF, as round 27's
French `Comité provincial du Front de la Patrie`): `Ủy ban MTTQ Việt Nam tỉnh`, `Ủy ban MTTQ tỉnh`, `the provincial
Fatherland Front Committee`, `provinsens fosterländska front` (round 27's late classes: `vi:heldout27`'s Quảng Ngãi
page). Sentences written for these tests, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Quảng Ngãi đề nghị Ủy ban MTTQ Việt Nam tỉnh tuyên truyền cho người dân.", "vi",
     [("VFF", "assignee", "PPC@51")]),
    ("UBND tỉnh Quảng Ngãi đề nghị Ủy ban MTTQ tỉnh, các sở, ngành tuyên truyền cho người dân.", "vi",
     [("VFF", "assignee", "PPC@51"), ("DEPARTMENTS@51", "assignee", "PPC@51")]),
    ("The Quang Ngai Provincial People's Committee asked the provincial Fatherland Front Committee to mobilise "
     "donations.", "en", [("VFF", "assignee", "PPC@51")]),
    ("Le Comité populaire de la province de Quang Ngai a demandé au Comité provincial du Front de la Patrie de "
     "mobiliser les dons.", "fr", [("VFF", "assignee", "PPC@51")]),
    ("Folkkommittén i Quang Ngai uppmanade provinsens fosterländska front att samla in bidrag.", "sv",
     [("VFF", "assignee", "PPC@51")]),
    # look-alikes: the Front reporting, and the Front's central committee asked by the Prime Minister, as before
    ("Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 2 tỷ đồng ủng hộ.", "vi", []),
    ("Thủ tướng đề nghị Ủy ban Trung ương MTTQ Việt Nam tuyên truyền cho người dân.", "vi", [("VFF", "assignee", "PM")]),
])
def test_a_provinces_front_committee_is_the_front(text, lang, expected):
    assert found(text, lang) == expected
