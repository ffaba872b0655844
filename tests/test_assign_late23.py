"""Round 23's left classes of assignments (README "Round 23's left classes (assignments, not blind)"), fixed in the
language data and ``extract/assign``. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # a province whose French name opens with a vowel, after the elided "d'" or "l'" (both apostrophes)
    ("Le Premier ministre a demandé à la province d'An Giang d'appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province d’An Giang d’appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la ville d'Hanoï de renforcer les contrôles.", "fr",
     [("PPC@01", "assignee", "PM")]),
    ("Le Premier ministre a demandé à l'An Giang d'appliquer les mesures.", "fr", [("PPC@89", "assignee", "PM")]),
    # the second name of a list after "et d'", and the first after "aux provinces d'"
    ("Le Premier ministre a demandé aux provinces de Nghe An et d'An Giang d'appliquer les mesures.", "fr",
     [("PPC@40", "assignee", "PM"), ("PPC@89", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux provinces d'An Giang et de Kien Giang d'appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM"), ("PPC@91", "assignee", "PM")]),
    # after another province named: the name's own committee, not the one named before
    ("Le Premier ministre a demandé à la province de Nghe An d'appliquer les mesures. Il a demandé à la province "
     "d'An Giang d'appliquer les mesures.", "fr", [("PPC@40", "assignee", "PM"), ("PPC@89", "assignee", "PM")]),
    # look-alikes: the names with "de", held before; "la province d'appliquer" names no province; the body's name
    ("Le Premier ministre a demandé aux provinces de Nghe An et de Kien Giang d'appliquer les mesures.", "fr",
     [("PPC@40", "assignee", "PM"), ("PPC@91", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province d'appliquer les mesures.", "fr", []),
    ("Le Premier ministre a demandé au Comité populaire de la province d'An Giang d'appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM")]),
    # English and Vietnamese name the province without an elision
    ("The Prime Minister asked An Giang province to apply the measures.", "en", [("PPC@89", "assignee", "PM")]),
    ("Thủ tướng yêu cầu tỉnh An Giang áp dụng các biện pháp.", "vi", [("PPC@89", "assignee", "PM")]),
])
def test_a_province_after_an_elision(text, lang, expected):
    assert found(text, lang) == expected
