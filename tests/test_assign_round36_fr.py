"""Round 36's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2020-04-02")

CASES = [
    # the district-level committees named towns first ('comités populaires des villes et districts', 'town and
    # district People's Committees', 'UBND các thành phố, thị xã, huyện')
    ("fr", "Le Comité populaire de la province de Thai Binh demande aux comités populaires des villes et districts "
           "de recenser les écoles.",
     [("DPC@34", "assignee", "PPC@34", None)]),
    ("fr", "Le Comite populaire de la province de Thai Binh a demande aux comites populaires des villes et des "
           "districts de recenser les ecoles.",
     [("DPC@34", "assignee", "PPC@34", None)]),
    ("en", "The Thai Binh provincial People's Committee asked town and district People's Committees to list the "
           "schools.",
     [("DPC@34", "assignee", "PPC@34", None)]),
    ("vi", "UBND tỉnh Thái Bình yêu cầu UBND các thành phố, thị xã, huyện thống kê các trường học.",
     [("DPC@34", "assignee", "PPC@34", None)]),
    # look-alikes: the towns and districts counted, praised
    ("fr", "Les villes et districts de la province de Thai Binh comptent huit unités.", []),
    ("fr", "Le Comité populaire de la province de Thai Binh a salué les villes et districts pour leurs efforts.", []),
    # a direction's item whose bodies direct others, right under the direction's colon (a translation's past or
    # present of 'chỉ đạo'): the item's bodies are asked, the partners of those they direct coordinate
    ("fr", "Pour venir en aide aux sinistrés, le Premier ministre demande :\nLe Ministre de la Santé et le Ministre "
           "des Transports ont ordonné aux unités concernées de se coordonner avec les localités sinistrées pour "
           "acheminer des médicaments.",
     [("MOH", "assignee", "PM", None), ("MOT", "assignee", "PM", None), ("PROVINCES", "coordinate", "PM", None)]),
    ("fr", "Le Premier ministre demande :\nLe ministre de la Santé ordonne aux hôpitaux de recevoir les blessés.",
     [("MOH", "assignee", "PM", None)]),
    ("fr", "Afin d'accelerer le versement des aides le Premier ministre a demande :\nLes presidents des comites "
           "populaires des provinces et des villes relevant directement du gouvernement central ont demande aux "
           "unites de verser les aides.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("en", "The Prime Minister requested:\nThe Ministers of Health and Transport directed the units concerned to "
           "coordinate with localities to deliver medicine.",
     [("MOH", "assignee", "PM", None), ("MOT", "assignee", "PM", None), ("PROVINCES", "coordinate", "PM", None)]),
    ("vi", "Thủ tướng Chính phủ yêu cầu:\nBộ trưởng Bộ Y tế, Bộ trưởng Bộ Giao thông vận tải chỉ đạo các đơn vị "
           "liên quan vận chuyển thuốc men cho người dân.",
     [("MOH", "assignee", "PM", None), ("MOT", "assignee", "PM", None)]),
    # look-alikes: a report's colon, a ministry's order told after a visit, a committee's own request
    ("fr", "Le rapport présente les résultats suivants :\nLe ministère de la Santé a ordonné aux hôpitaux de "
           "recevoir les blessés.", []),
    ("fr", "Le Premier ministre a visité la province de Thai Binh.\nLe ministère de la Santé a ordonné aux "
           "hôpitaux de recevoir les blessés.", []),
    ("vi", "UBND tỉnh Thái Bình yêu cầu:\nUBND tỉnh chỉ đạo các đơn vị khẩn trương khắc phục.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round36_fr_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected


_rows_2022 = rows_reader(published="2022-06-20")

CASES_2022 = [
    # a named district placed elsewhere in the text by another writing of its name right before a province (a roundup
    # of visits naming another province first): that province's district committee
    ("fr", "La vice-présidente a rencontré des électeurs de la province de Ha Nam.\nLe ministre a rencontré des "
           "électeurs de l'île de Con Co, dans la province de Quang Tri. Il a salué leurs efforts.\nLe district de "
           "Con Co doit développer le tourisme.",
     [("DPC@45", "assignee", None, None)]),
    ("vi", "Phó Chủ tịch nước tiếp xúc cử tri tỉnh Hà Nam.\nBộ trưởng tiếp xúc cử tri đảo Cồn Cỏ, tỉnh Quảng Trị.\n"
           "Huyện Cồn Cỏ phải phát triển du lịch.",
     [("DPC@45", "assignee", None, None)]),
    # look-alike: the district's name written nowhere else with a province keeps the text's province
    ("fr", "La vice-présidente a rencontré des électeurs de la province de Ha Nam. Le district de Con Co doit "
           "développer le tourisme.",
     [("DPC@35", "assignee", None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES_2022)
def test_round36_fr_classes_2022(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows_2022(text, lang) == expected
