"""Two assignment conventions the lead settled in round 29 (issue #13, not blind).

1. Bodies guided by a tasked body, a task of theirs after them, are tasked (a nested directive: ``X will guide the
   Ministry of Y in doing Z`` → Y is tasked with Z), their asker the nested rule's; bodies only guided, inspected or
   urged with no task after them, and guidance reported as done (``đã hướng dẫn``), are not.
2. A province's chapter of the Fatherland Front is ``VFF@NN``; the central committee ``VFF``.

Sentences written for these tests, none copied from a page.
"""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


# ------------------------------------------------------------------ 1. guided bodies with a task after them


@pytest.mark.parametrize("text, lang, expected", [
    # vi: guidance in a chain of verbs ending in an urging one, a task after the localities
    ("Thủ tướng giao Bộ Y tế chủ trì, hướng dẫn, kiểm tra và đôn đốc các địa phương triển khai tiêm chủng.", "vi",
     [("MOH", "lead", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng giao Bộ Tài chính chủ trì, hướng dẫn, đôn đốc UBND các tỉnh, thành phố thực hiện quyết toán.", "vi",
     [("MOF", "lead", "PM"), ("PROVINCES", "assignee", "PM")]),
    # vi: the plain nested form holds
    ("Thủ tướng yêu cầu Bộ Xây dựng chủ trì, hướng dẫn các địa phương thực hiện rà soát nhà ở.", "vi",
     [("MOC", "lead", "PM"), ("PROVINCES", "assignee", "PM")]),
    # en
    ("The Prime Minister asked the Ministry of Health to guide localities to implement the vaccination campaign.", "en",
     [("MOH", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister requested the Ministry of Construction to urge and guide localities to review housing projects.",
     "en", [("MOC", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister asked the Ministry of Finance to guide the People's Committees of provinces in settling the "
     "accounts.", "en", [("MOF", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # fr
    ("Le Premier ministre a demandé au ministère de la Santé de guider les localités pour mettre en œuvre la campagne.",
     "fr", [("MOH", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le ministère de la Construction guidera les localités à réviser les projets de logement.", "fr",
     [("MOC", "assignee", None), ("PROVINCES", "assignee", None)]),
    # sv
    ("Premiärministern gav hälsoministeriet i uppdrag att vägleda orterna att genomföra vaccinationskampanjen.", "sv",
     [("MOH", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
])
def test_bodies_guided_with_a_task_after_them_are_tasked(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # guided, inspected and urged, no task of theirs after them
    ("Thủ tướng giao Bộ Y tế chủ trì, hướng dẫn, kiểm tra và đôn đốc các địa phương.", "vi", [("MOH", "lead", "PM")]),
    ("The Prime Minister asked the Ministry of Construction to urge and guide localities.", "en",
     [("MOC", "assignee", "PM")]),
    # urged alone, no guidance (the precision audit's reading holds)
    ("Thủ tướng giao Bộ Tài chính chủ trì, đôn đốc các bộ, ngành giải ngân vốn đầu tư công.", "vi",
     [("MOF", "lead", "PM")]),
    # the guidance's topic after the bodies, no task of theirs
    ("The Prime Minister requires the Ministry of Construction to coordinate and guide localities on land issues.", "en",
     [("MOC", "assignee", "PM")]),
    # guidance reported as done, news
    ("Bộ Y tế đã hướng dẫn các địa phương thực hiện tiêm chủng.", "vi", []),
    ("The Ministry of Health guided localities to implement the campaign last year.", "en", []),
    ("Le ministère de la Santé a guidé les localités pour mettre en œuvre la campagne l'an dernier.", "fr", []),
])
def test_bodies_only_guided_or_guided_in_the_past_are_not_tasked(text, lang, expected):
    assert _rows(text, lang) == expected
