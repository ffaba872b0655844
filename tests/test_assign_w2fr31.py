"""Round 31 and 31b's open French classes (issue #13, not blind; helper w2fr31): literal sentences written for the
classes, not the pages' own, with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")

LAM_DONG = "Le Comité populaire de la province de Lam Dong a publié un plan de rentrée. "

# 1. Several named wards / communes after one plural level word: one committee each (round 19's rule).
UNITS_LISTED = [
    (LAM_DONG + "Les comités populaires des quartiers de Xuan Huong, Cam Ly et de la commune de Nam Ban doivent "
     "accueillir les élèves.", [("CPC@68", "assignee", "PPC@68")] * 3),
    # a page written without its accents (Lao Dong's French pages)
    ("Le Comite populaire de la province de Lam Dong a publie un plan. Les comites populaires des quartiers de Xuan "
     "Huong, Cam Ly et la commune de Nam Ban ont egalement ete charges de diriger les ecoles.", [("CPC@68", "assignee", "PPC@68")] * 3),
    (LAM_DONG + "Il a demandé aux comités populaires des communes de Ta Nung, Lat et Da Sar de préparer les salles.",
     [("CPC@68", "assignee", "PPC@68")] * 3),
    (LAM_DONG + "Les comités populaires des districts de Lac Duong, Don Duong et de la commune de Nam Ban sont chargés "
     "de recenser les élèves.", [("DPC@68", "assignee", "PPC@68")] * 2 + [("CPC@68", "assignee", "PPC@68")]),
    # English already reads its own order (the level word after the names)
    ("The Lam Dong Provincial People's Committee issued a plan. The People's Committees of Xuan Huong ward, Cam Ly "
     "ward and Nam Ban commune must receive the pupils.", [("CPC@68", "assignee", "PPC@68")] * 3),
]
UNITS_LISTED_LOOKALIKES = [
    # one unit is the table's reading, one row
    (LAM_DONG + "Les comités populaires des quartiers de Da Lat doivent accueillir les élèves.",
     [("CPC@68", "assignee", "PPC@68")]),
    # places, not committees
    (LAM_DONG + "Les élèves des quartiers de Xuan Huong, Cam Ly et de la commune de Nam Ban doivent rentrer.", []),
    # done, not asked
    (LAM_DONG + "Les comités populaires des quartiers de Xuan Huong, Cam Ly et de la commune de Nam Ban ont accueilli "
     "les élèves l'an dernier.", []),
]


@pytest.mark.parametrize("text, expected", UNITS_LISTED + UNITS_LISTED_LOOKALIKES)
def test_units_listed_after_a_plural_level_word(text, expected):
    lang = "en" if text.startswith("The ") else "fr"
    assert _rows(text, lang) == expected


# 2. The city or the province itself, unnamed, opening the clause before an asking verb asks through its committee
# (the Vietnamese "Tỉnh chỉ đạo …" of round 25); English's auxiliary before its bare cue is read there too.
HCMC = "Le Comité populaire de Hô Chi Minh-Ville a tenu une conférence de presse. "
HCMC_EN = "The Ho Chi Minh City People's Committee held a press conference. "
CITY_ASKING = [
    ("fr", HCMC + "Pour assurer le service, la ville a précédemment demandé aux départements de préparer des scénarios.",
     [("DEPARTMENTS@79", "assignee", "PPC@79")]),
    ("fr", HCMC + "La ville a demandé aux départements et aux comités populaires des districts de tester le logiciel.",
     [("DEPARTMENTS@79", "assignee", "PPC@79"), ("DPC@79", "assignee", "PPC@79")]),
    ("fr", "Le Comité populaire de la province de Nghe An s'est réuni. La province a chargé le Service de la Santé de "
     "contrôler les hôpitaux.", [("DOH@40", "assignee", "PPC@40")]),
    ("en", "The Da Nang City People's Committee met. The city leaders have asked the Department of Construction to "
     "guide the communes.", [("DOC@48", "assignee", "PPC@48")]),
    ("vi", "UBND TP.HCM tổ chức họp báo. Thành phố yêu cầu các sở, ngành chuẩn bị kịch bản.",
     [("DEPARTMENTS@79", "assignee", "PPC@79")]),
]
CITY_ASKING_LOOKALIKES = [
    # the city asked: no body of the table
    ("fr", "Le Premier ministre a demandé à la ville de préparer des scénarios.", []),
    # a national text: the bare province is no province's committee (round 18c's English look-alike)
    ("fr", "Le Premier ministre a publié une dépêche. La province a demandé au Département des finances d'examiner le "
     "plan.", [("DOF", "assignee", None)]),
    # its residents ask: a petition, no asker
    ("fr", HCMC + "Les habitants de la ville ont demandé aux départements de réduire les délais.",
     [("DEPARTMENTS@79", "assignee", None)]),
    ("en", HCMC_EN + "Residents of the city have asked the departments to cut delays.",
     [("DEPARTMENTS@79", "assignee", None)]),
]


@pytest.mark.parametrize("lang, text, expected", CITY_ASKING + CITY_ASKING_LOOKALIKES)
def test_the_city_or_province_asking_is_its_committee(lang, text, expected):
    assert _rows(text, lang) == expected


# 3. A second subject after a semicolon: the first clause, with its own verb, is no list of names outside the table.
DIRECTIVE = "Le Président de la République a publié la directive sur les élections. "
DIRECTIVE_EN = "The President issued the directive on the elections. "
SECOND_SUBJECT = [
    ("fr", DIRECTIVE + "Le ministère de la Santé élaborera un plan de prévention des épidémies ; le ministère de la "
     "Construction élaborera un plan de transport.", [("MOH", "assignee", None), ("MOC", "assignee", None)]),
    ("fr", DIRECTIVE + "Le ministère de la Santé fournira des médecins ; le ministère de la Construction doit assurer le "
     "transport.", [("MOH", "assignee", None), ("MOC", "assignee", None)]),
    ("en", DIRECTIVE_EN + "The Ministry of Health will develop an epidemic prevention plan; the Ministry of Construction "
     "will develop a transport plan.", [("MOH", "assignee", None), ("MOC", "assignee", None)]),
]
SECOND_SUBJECT_LOOKALIKES = [
    # names outside the table parted by semicolons still lead to the body asked after them (round 12)
    ("fr", "Le Premier ministre a demandé au Conseil de gestion du parc ; au Bureau du tourisme ; au ministère de la "
     "Construction de vérifier les travaux.", [("MOC", "assignee", "PM")]),
    ("en", "The Prime Minister asked the Management Board of the park; the Tourism Office; the Ministry of Construction "
     "to check the works.", [("MOC", "assignee", "PM")]),
    # done, not asked
    ("fr", DIRECTIVE + "Le ministère de la Santé a élaboré un plan l'an dernier ; le ministère de la Construction a "
     "achevé le transport.", []),
]


@pytest.mark.parametrize("lang, text, expected", SECOND_SUBJECT + SECOND_SUBJECT_LOOKALIKES)
def test_a_second_subject_after_a_semicolon(lang, text, expected):
    assert _rows(text, lang) == expected
