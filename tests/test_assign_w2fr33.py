"""Round 33's French open classes (issue #13, not blind), each with new sentences and look-alikes that must not fire,
in every language where the class exists (French, English, Vietnamese)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2026-01-01")

CASES = [
    # 1. targets given with a count between the verb and the bodies (the lead's ruling of stop 41: targets given to
    # bodies are their task, a budget estimate is not)
    ("fr", "Le Comité populaire de la province de Nghe An a attribué 12 objectifs supplémentaires aux départements et "
           "aux secteurs.",
     [("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("fr", "Le Comité populaire de la province de Nghe An a attribué 30 objectifs couvrant tous les domaines pour 130 "
           "communes et quartiers de la province.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("fr", "Le Comite populaire provincial de Ha Tinh a attribue 9 objectifs supplementaires aux departements et aux "
           "branches.",
     [("DEPARTMENTS@42", "assignee", "PPC@42", None)]),
    ("en", "The Nghe An Provincial People's Committee assigned 12 additional targets to the departments and sectors.",
     [("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("en", "The Nghe An Provincial People's Committee assigned 30 targets covering all fields for 130 communes and wards.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("vi", "UBND tỉnh Nghệ An giao 12 chỉ tiêu bổ sung cho các sở, ngành.",
     [("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    # look-alikes: a budget given, a cause attributed
    ("fr", "Le Comité populaire de la province de Nghe An a attribué 500 milliards de dongs aux districts.", []),
    ("fr", "Le Comité populaire de la province de Nghe An a attribué ce retard aux départements.", []),
    ("en", "The Nghe An Provincial People's Committee assigned 500 billion VND to the districts.", []),
    ("vi", "UBND tỉnh Nghệ An giao dự toán 500 tỷ đồng cho các huyện.", []),
    # the targets a body receives, told as its own verb: its task, the giver not named
    ("fr", "En 2026, le Comité populaire de la province de Nghe An a reçu 20 objectifs et tâches de développement.",
     [("PPC@40", "assignee", None, "2026")]),
    ("fr", "Le Comité populaire de la province de Nghe An a reçu 20 cibles.",
     [("PPC@40", "assignee", None, None)]),
    ("en", "In 2026, the Nghe An Provincial People's Committee received 20 socio-economic targets.",
     [("PPC@40", "assignee", None, "2026")]),
    # look-alikes: money or a visit received
    ("fr", "Le Comité populaire de la province de Nghe An a reçu 500 milliards de dongs du budget central.", []),
    ("fr", "Le Comité populaire de la province de Nghe An a reçu une délégation du ministère des Finances.", []),
    ("en", "The Nghe An Provincial People's Committee received 500 billion VND from the central budget.", []),
    ("en", "The Nghe An Provincial People's Committee received a delegation of the Ministry of Finance.", []),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_w2fr33_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected
