"""Round 23's error classes of French assignments (README "Round 23 (blind, real public pages): assignments fr"),
fixed in ``extract/assign/lang/fr/grammar.json`` and ``extract/assign/extractor.py``. New sentences written for these
tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # "la province de <name>" after another province named: the name's own committee, not the province named before
    # again (bodies_named_again's name_links)
    ("Le Premier ministre a demandé à la province de Thanh Hoa de procéder à un examen. Puis le Premier ministre a "
     "demandé à la province de Nghe An d'appliquer les mesures.", "fr",
     [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    # the same province asked twice by its name: one row each time, not a second one on "province"
    ("Le Premier ministre a demandé à la province de Nghe An de procéder à un examen rigoureux. Concluant la "
     "réunion, le Premier ministre a ordonné à la province de Nghe An d'appliquer les mesures.", "fr",
     [("PPC@40", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    # look-alikes: "la province" alone, then a task ("d'appliquer"), still names again the province named before
    ("Le Premier ministre a demandé à la province de Nghe An de procéder à un examen. Il a aussi demandé à la "
     "province d'appliquer les mesures.", "fr",
     [("PPC@40", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    # English and Vietnamese read "the province of <name>", "tỉnh <name>" as the name already
    ("The Prime Minister asked the province of Thanh Hoa to review the case. He then asked the province of Nghe An "
     "to apply the measures.", "en", [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    ("Thủ tướng yêu cầu tỉnh Thanh Hóa rà soát vụ việc. Thủ tướng cũng yêu cầu tỉnh Nghệ An áp dụng các biện pháp.",
     "vi", [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
])
def test_the_province_heading_its_own_name(text, lang, expected):
    assert found(text, lang) == expected
