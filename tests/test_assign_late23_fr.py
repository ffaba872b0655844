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


_GIA_LAI = "M. Pham Anh Tuan, président du Comité populaire provincial de Gia Lai, a présidé la réunion. "
_KHANH_HOA = "Le président du Comité populaire provincial de Khanh Hoa, Tran Phong, a visité le site. "


@pytest.mark.parametrize("text, lang, expected", [
    # the committee's president named before, then by a title ending in the province's name (head_titles_named_again)
    # or "Le responsable"; a ministry so charged or urged (orders_to_subordinates) is the province's department
    (_GIA_LAI + "Par conséquent, le président de la province de Gia Lai a chargé le ministère de l'Agriculture et de "
     "l'Environnement de coordonner avec le ministère des Finances pour examiner le dossier.", "fr",
     [("DAE@64", "assignee", "PPC@64"), ("DOF@64", "coordinate", "PPC@64")]),
    (_KHANH_HOA + "Le responsable a exhorté les ministères, les agences et les autorités locales à procéder d'urgence "
     "à une évaluation.", "fr", [("DEPARTMENTS@56", "assignee", "PPC@56"), ("DPC@56", "assignee", "PPC@56")]),
    ("Le Comité populaire provincial de Khanh Hoa a exhorté le ministère de la Construction à accélérer les travaux.",
     "fr", [("DOC@56", "assignee", "PPC@56")]),
    # look-alikes: a province's request to a ministry stays the ministry; the Prime Minister's order too; "Le
    # responsable" with no provincial committee named before asks no one known
    (_GIA_LAI + "Le président de la province de Gia Lai a demandé au ministère des Finances d'examiner le dossier.",
     "fr", [("MOF", "assignee", "PPC@64")]),
    (_KHANH_HOA + "Le responsable a demandé aux ministères de soutenir la province.", "fr",
     [("MINISTRIES", "assignee", "PPC@56")]),
    ("Le Premier ministre a exhorté le ministère de la Construction à accélérer les travaux.", "fr",
     [("MOC", "assignee", "PM")]),
    ("Le Premier ministre a présidé la réunion. Le responsable a exhorté les ministères à procéder d'urgence à une "
     "évaluation.", "fr", [("MINISTRIES", "assignee", None)]),
])
def test_a_provincial_head_ordering_ministries(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a partner ministry beside a department the committee charges stays the ministry (the text names departments
    # as such)
    ("Le Comité populaire provincial de Lam Dong a chargé le Département des finances de se coordonner étroitement "
     "avec les ministères centraux pour livrer les cadeaux.", "fr",
     [("DOF@68", "assignee", "PPC@68"), ("MINISTRIES", "coordinate", "PPC@68")]),
])
def test_a_partner_ministry_beside_a_department(text, lang, expected):
    assert found(text, lang) == expected
