"""Round 30's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

CASES = [
    # a list goes on after an item outside the table with its qualifier ("organisations de la province",
    # "de sections au niveau provincial"): the bodies after it are asked too
    ("fr", "Le président du Comité populaire provincial de Thai Binh a demandé aux départements, branches et "
           "organisations de la province, aux comités populaires des districts et des villes d'appliquer le plan.",
     "2025-03-01", [("DEPARTMENTS@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    ("fr", "Le président du Comité populaire provincial de Quang Tri demande aux directeurs de départements ; aux chefs "
           "de sections au niveau provincial ; aux présidents des comités populaires des communes et des quartiers de "
           "réparer les écoles.", None,
     [("DEPARTMENTS@44", "assignee", "PPC@44", None), ("CPC@44", "assignee", "PPC@44", None)]),
    ("fr", "Le président du Comité populaire provincial de Quang Tri a remercié les organisations de la province et les "
           "entreprises.", None, []),
    ("en", "The Chairman of Thai Binh Provincial People's Committee requested departments, branches and organizations of "
           "the province, the People's Committees of districts and cities to apply the plan.",
     "2025-03-01", [("DEPARTMENTS@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    ("en", "The Chairman of Quang Tri Provincial People's Committee requested directors of departments; heads of sections "
           "at the provincial level; chairpersons of the People's Committees of communes and wards to repair the schools.",
     None, [("DEPARTMENTS@44", "assignee", "PPC@44", None), ("CPC@44", "assignee", "PPC@44", None)]),
    ("vi", "Chủ tịch UBND tỉnh Thái Bình yêu cầu các sở, ban, ngành, đoàn thể của tỉnh, UBND các huyện, thành phố tiếp "
           "tục thực hiện kế hoạch.", "2025-03-01",
     [("DEPARTMENTS@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    # bodies a tasked body supports with a task of theirs after them ("de soutenir … pour"), named bare ("les districts
    # et les villes"): tasked, as guided bodies are (stop 37's convention)
    ("fr", "Le président du Comité populaire provincial de Thai Binh a demandé au Département de la santé de soutenir les "
           "districts et les villes pour accélérer la vaccination.", "2025-03-01",
     [("DOH@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    ("fr", "Le président du Comité populaire provincial de Thai Binh a demandé au Département de la santé de soutenir les "
           "districts.", "2025-03-01", [("DOH@34", "assignee", "PPC@34", None)]),
    # a directing body's verbs joined by "et" before the bodies it directs: it shares their task's deadline
    ("fr", "Le président du Comité populaire provincial de Thai Binh a demandé aux départements de continuer. Le "
           "directeur du département de la santé continue de diriger et de soutenir les districts pour accélérer la "
           "campagne ; en terminant la campagne au plus tard le 31 mars 2025.", "2025-03-01",
     [("DEPARTMENTS@34", "assignee", "PPC@34", None), ("DOH@34", "assignee", "PPC@34", "2025-03-31"),
      ("DPC@34", "assignee", "DOH@34", "2025-03-31")]),
    # two present verbs after the subject ("ordonnent et organisent") in a directive text
    ("fr", "Le président du Comité populaire provincial de Quang Tri demande aux départements de réparer les écoles. Les "
           "présidents des comités populaires des communes et des quartiers ordonnent et organisent directement "
           "l'évaluation des écoles.", None,
     [("DEPARTMENTS@44", "assignee", "PPC@44", None), ("CPC@44", "assignee", "PPC@44", None)]),
    ("fr", "Les habitants ordonnent et organisent leurs affaires.", None, []),
    # a province's coastal authorities are its localities (districts before July 2025); the PM's are the provinces
    ("fr", "Le président du Comité populaire provincial de Quang Ninh a demandé aux départements de suivre les "
           "directives. Les autorités côtières doivent évacuer toutes les personnes avant 20h00 le 18 juillet 2024.",
     "2024-07-17", [("DEPARTMENTS@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", "2024-07-18")]),
    ("fr", "Le Premier ministre a demandé aux ministères de suivre les directives. Les autorités côtières doivent évacuer "
           "les habitants.", "2024-07-17", [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Les autorités côtières ont évacué 2 000 personnes la semaine dernière.", "2024-07-17", []),
    ("en", "The Chairman of Quang Ninh Provincial People's Committee asked the local People's Committees to follow the "
           "directions. Coastal authorities must evacuate all people before 20:00 on July 18, 2024.", "2024-07-17",
     [("DPC@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", "2024-07-18")]),
    # a partner ministry in an item under a department's tasks stays the ministry (a department's partner); beside a
    # lead the text calls a ministry it is the province's department (round 23's Gia Lai)
    ("fr", "Le président du Comité populaire provincial de Thai Binh a demandé : le Département de la santé doit organiser "
           "la vaccination. Coordonner avec le ministère des Finances pour assurer le financement.", "2025-03-01",
     [("DOH@34", "assignee", "PPC@34", None), ("MOF", "coordinate", "PPC@34", None)]),
    ("fr", "Le président du Comité populaire provincial de Thai Binh a chargé le ministère de la Santé de coordonner avec "
           "le ministère des Finances pour assurer le financement.", "2025-03-01",
     [("DOH@34", "assignee", "PPC@34", None), ("DOF@34", "coordinate", "PPC@34", None)]),
]


@pytest.mark.parametrize("lang,text,published,expected", CASES)
def test_round30_fr_classes(lang, text, published, expected):
    assert _rows(text, lang, published or "2025-10-01") == expected
