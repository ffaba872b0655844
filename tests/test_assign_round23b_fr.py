"""Round 23b's error classes of French assignments (README "Round 23b (blind, real public pages): assignments fr"),
fixed in ``extract/assign/lang/fr/cues.json`` (and its English counterpart). New sentences written for these tests,
one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # "préside et coopère avec" (chủ trì, phối hợp với): the partners after "coopère avec" are coordinate rows
    ("Le ministère de la Justice préside et coopère avec le ministère des Finances pour réviser le décret.", "fr",
     [("MOJ", "lead", None), ("MOF", "coordinate", None)]),
    ("Le Premier ministre a demandé au ministère de la Santé de présider et de coopérer avec le ministère des "
     "Finances pour établir le plan.", "fr", [("MOH", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    ("Le ministère de la Construction présidera et coopérera avec le ministère des Finances pour établir le plan.",
     "fr", [("MOC", "lead", None), ("MOF", "coordinate", None)]),
    # printed without accents (Lao Dong's French pages)
    ("Le ministere de la Justice preside et coopere avec les ministeres et agences concernes pour etudier le decret.",
     "fr", [("MOJ", "lead", None), ("MINISTRIES", "coordinate", None)]),
    # the same class in English and Vietnamese (already read)
    ("The Ministry of Justice presides over and cooperates with the Ministry of Finance to revise the decree.", "en",
     [("MOJ", "lead", None), ("MOF", "coordinate", None)]),
    ("Bộ Tư pháp chủ trì, phối hợp với Bộ Tài chính sửa đổi nghị định.", "vi",
     [("MOJ", "lead", None), ("MOF", "coordinate", None)]),
])
def test_cooperating_partners(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "a donné les instructions suivantes :" then the items on their own lines: the speaker asks each item's body
    ("En conséquence, le Premier ministre a donné les instructions suivantes :\nLe ministère de la Justice préside "
     "la révision du décret.", "fr", [("MOJ", "lead", "PM")]),
    ("En consequence le Premier ministre a donne les instructions suivantes :\nLe ministere de la Justice preside la "
     "revision du decret.\nLe ministere des Finances preside la revision du budget de l'Etat.", "fr",
     [("MOJ", "lead", "PM"), ("MOF", "lead", "PM")]),
    ("The Prime Minister gave the following instructions:\nThe Ministry of Justice presides over the revision of the "
     "decree.", "en", [("MOJ", "lead", "PM")]),
    # Vietnamese reads "chỉ đạo như sau:" already
    ("Thủ tướng chỉ đạo như sau:\nBộ Tư pháp chủ trì sửa đổi nghị định.", "vi", [("MOJ", "lead", "PM")]),
])
def test_the_following_instructions(text, lang, expected):
    assert found(text, lang) == expected
