"""The classes left after round 23 in French assignments (README "Open classes after round 22b (assignments fr, not
blind)", its last lines), fixed in ``extract/assign/lang/fr/cues.json`` and ``grammar.json``. New sentences written
for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # a sequence adverb between the auxiliary and the assigning participle (cues.json assign_inserts): the speaker
    # named before asks
    ("Le Premier ministre a demandé à la province de Thanh Hoa de procéder à un examen. Il a ensuite demandé à la "
     "province de Nghe An d'appliquer les mesures.", "fr", [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province de Thanh Hoa de procéder à un examen. Il a ensuite demandé au "
     "ministère des Finances d'appliquer les mesures.", "fr", [("PPC@38", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province de Thanh Hoa de procéder à un examen. Il a enfin chargé le "
     "ministère des Finances de revoir les frais.", "fr", [("PPC@38", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    # look-alike: a body asking for something after the adverb is no task of a body
    ("Le Premier ministre a demandé à la province de Thanh Hoa de procéder à un examen. Le ministère des Finances a "
     "ensuite demandé des précisions.", "fr", [("PPC@38", "assignee", "PM")]),
    # English and Vietnamese read the adverb already (kept as look-alikes)
    ("The Prime Minister asked the province of Thanh Hoa to review the case. He then asked the Ministry of Finance to "
     "apply the measures.", "en", [("PPC@38", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("Thủ tướng yêu cầu tỉnh Thanh Hóa rà soát vụ việc. Sau đó, Thủ tướng yêu cầu Bộ Tài chính áp dụng các biện pháp.",
     "vi", [("PPC@38", "assignee", "PM"), ("MOF", "assignee", "PM")]),
])
def test_a_sequence_adverb_before_the_assigning_verb(text, lang, expected):
    assert found(text, lang) == expected
