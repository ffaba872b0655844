"""Round 35b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-08-20")

CASES = [
    # a head's title joined by a slash to the filler's own title before the bodies ("Giám đốc/Thủ trưởng các sở,
    # ban, ngành" as the French and English pages translate it), and the departments' singular list
    ("fr", "Le président du Comité populaire provincial a demandé aux directeurs/chefs des services, secteurs et "
           "branches, ainsi qu'aux présidents des comités populaires des communes, de renforcer les patrouilles.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé aux chefs de département, de branche et de "
           "secteur de revoir les plans d'évacuation.",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
    ("en", "The Chairman of the Provincial People's Committee requested the directors/heads of departments, "
           "branches and sectors to review the evacuation plans.",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
    ("vi", "Chủ tịch UBND tỉnh yêu cầu Giám đốc/Thủ trưởng các sở, ban, ngành rà soát phương án sơ tán dân.",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
    # look-alikes: the heads named as present or as the subject of a report, no task
    ("fr", "Les directeurs/chefs de département, de branche et de secteur ont assisté à la réunion.", []),
    ("en", "The directors/heads of departments, branches and sectors attended the meeting.", []),
    ("vi", "Giám đốc/Thủ trưởng các sở, ban, ngành đã dự hội nghị.", []),
    # the grassroots authorities (chính quyền cơ sở) are the commune-level committees, tasked by a nested directive
    ("fr", "Le Premier ministre a demandé aux présidents des comités populaires des provinces d'ordonner aux "
           "autorités de base de contrôler strictement les zones inondées.",
     [("PROVINCES", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked the chairmen of the provincial People's Committees to direct grassroots "
           "authorities to strictly control the flooded areas.",
     [("PROVINCES", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    ("vi", "Thủ tướng yêu cầu Chủ tịch UBND các tỉnh chỉ đạo chính quyền cơ sở kiểm soát chặt chẽ vùng ngập lụt.",
     [("PROVINCES", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    # ... every province's communes, with no code, though the text names one province where the storm struck; a
    # named commune keeps the code
    ("fr", "La tempête a frappé Hué. Le Premier ministre a demandé aux présidents des comités populaires des "
           "provinces d'ordonner aux autorités de base de contrôler strictement les zones inondées de Hué.",
     [("PROVINCES", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    ("vi", "Bão số 10 gây thiệt hại nặng tại Huế. Thủ tướng yêu cầu Chủ tịch UBND các tỉnh chỉ đạo chính quyền cơ "
           "sở kiểm soát chặt chẽ vùng ngập lụt tại Huế.",
     [("PROVINCES", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    ("vi", "Bão số 10 gây thiệt hại nặng tại Huế. Thủ tướng yêu cầu Chủ tịch UBND các tỉnh chỉ đạo UBND xã Phong "
           "Điền kiểm soát chặt chẽ vùng ngập lụt tại Huế.",
     [("PROVINCES", "assignee", "PM", None), ("CPC@46", "assignee", "PM", None)]),
    # look-alikes: the grassroots authorities as a thing strengthened or praised, no task of theirs
    ("fr", "Le Premier ministre a demandé de consolider les autorités de base dans les zones frontalières.", []),
    ("en", "The Prime Minister praised the grassroots authorities for their efforts.", []),
    ("vi", "Thủ tướng yêu cầu củng cố chính quyền cơ sở vững mạnh.", []),
    # a district after a province in the heads' list, with the contracted article ("responsables de la province
    # de A et du district de B", "leaders of A province and of B district"): both committees are asked
    ("fr", "Le Premier ministre a demandé aux responsables de la province de Lao Cai et du district de Bat Xat "
           "de reloger les habitants.",
     [("PPC@15", "assignee", "PM", None), ("DPC@15", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé aux dirigeants de la province de Lao Cai et de la commune de Y Ty de "
           "reloger les habitants.",
     [("PPC@15", "assignee", "PM", None), ("CPC@15", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked the leaders of Lao Cai province and of Bat Xat district to relocate the "
           "households.",
     [("PPC@15", "assignee", "PM", None), ("DPC@15", "assignee", "PM", None)]),
    # look-alikes: the province and the district as places of people or of things
    ("fr", "Les habitants de la province de Lao Cai et du district de Bat Xat ont reçu une aide.", []),
    ("fr", "Le Premier ministre a demandé au ministère des Finances de soutenir les écoles de la province de Lao "
           "Cai et du district de Bat Xat.",
     [("MOF", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked the Ministry of Finance to support the schools of Lao Cai province and of Bat "
           "Xat district.",
     [("MOF", "assignee", "PM", None)]),
    # a dispatch's content after its colon, a region's provinces as the subject of a plain verb with "d'urgence"
    # (French had neither the dispatch's words among its directive markers nor a region's provinces among its names,
    # as English has: "official dispatch", "south-central provinces")
    ("fr", "La lettre officielle adressée aux comités populaires des provinces précise : Les provinces du centre-sud "
           "se concentrent d'urgence sur la réparation des digues.",
     [("PROVINCES", "assignee", None, None)]),
    ("fr", "Le télégramme officiel adressé aux provinces précise : Les provinces côtières se concentrent d'urgence sur "
           "le renforcement des digues.",
     [("PROVINCES", "assignee", None, None)]),
    ("en", "The official dispatch states: The south-central provinces urgently focus on repairing the dikes.",
     [("PROVINCES", "assignee", None, None)]),
    # look-alikes: the same verb telling what the provinces do, in a text that directs no one; the provinces as a
    # place hit or helped
    ("fr", "Les provinces du centre se concentrent sur le tourisme culturel depuis dix ans.", []),
    ("fr", "Les fortes pluies ont frappé les provinces du Centre la semaine dernière.", []),
    ("fr", "Le Premier ministre a demandé aux ministères de soutenir les provinces du Centre.",
     [("MINISTRIES", "assignee", "PM", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round35b_fr_classes(lang: str, text: str, expected: list) -> None:
    assert _rows(text, lang) == expected


_dated = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2023-08-09")

DATED = [
    # the text's own month after a submission for approval with no preposition ("pour approbation ce mois-ci"), and
    # Vietnamese "trong tháng này" (no relative month form before)
    ("fr", "Le Premier ministre a demandé au ministère des Finances de finaliser le projet afin de le soumettre au "
           "gouvernement pour approbation ce mois-ci.",
     [("MOF", "2023-08", "in")]),
    ("en", "The Prime Minister asked the Ministry of Finance to finalise the draft and submit it to the Government "
           "for approval this month.",
     [("MOF", "2023-08", "in")]),
    ("vi", "Thủ tướng yêu cầu Bộ Tài chính hoàn thiện dự thảo, trình Chính phủ trong tháng này.",
     [("MOF", "2023-08", "in")]),
    # look-alikes: the month as the time of a fact reported, or of a thing
    ("fr", "Le Premier ministre a demandé au ministère des Finances de finaliser le projet. Ce mois-ci, les "
           "exportations ont augmenté.",
     [("MOF", None, None)]),
    ("en", "The Prime Minister asked the Ministry of Finance to finalise the draft. This month, exports rose sharply.",
     [("MOF", None, None)]),
    ("vi", "Thủ tướng yêu cầu Bộ Tài chính hoàn thiện dự thảo, báo cáo kết quả của tháng này.",
     [("MOF", None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATED)
def test_round35b_fr_dated(lang: str, text: str, expected: list) -> None:
    assert _dated(text, lang) == expected
