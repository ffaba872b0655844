"""Round 29's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English or Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

CASES = [
    # "demandant à" before a body with a bare "à" (a dispatch's participle; "demandant au/aux" were cues already)
    ("fr", "Le Comité populaire provincial de Lam Dong a publié une dépêche urgente, demandant à la police provinciale "
           "de renforcer les patrouilles.", None, [("PPS@68", "assignee", "PPC@68", None)]),
    ("fr", "Le Premier ministre a signé un télégramme demandant à la province de Quang Ngai de reloger les habitants.",
     None, [("PPC@51", "assignee", "PM", None)]),
    ("fr", "Le ministre a parlé aux habitants en demandant à la population de rester calme.", None, []),
    # a province's functional services are its departments
    ("fr", "Le Comité populaire de la province de Khanh Hoa a publié un plan. Les services fonctionnels locaux doivent "
           "inspecter les foyers.", None, [("DEPARTMENTS@56", "assignee", "PPC@56", None)]),
    ("fr", "Les services fonctionnels de la province ont été renforcés l'année dernière.", None, []),
    # "de superviser et de coordonner" with the task's object before any partner: the body presides
    ("fr", "Le président du Comité populaire provincial de Gia Lai a chargé le Département des finances de superviser et "
           "de coordonner la révision des plans.", None, [("DOF@52", "lead", "PPC@52", None)]),
    ("fr", "Le président du Comité populaire provincial de Gia Lai a chargé le Département des finances de superviser les "
           "travaux.", None, [("DOF@52", "assignee", "PPC@52", None)]),
    # the chairmen of named provinces' committees as the subject of a task
    ("fr", "Le Premier ministre demande : Les présidents des comités populaires des provinces de Thanh Hoa, Nghe An et "
           "Ha Tinh sont chargés de réparer les écoles.", None,
     [("PPC@38", "assignee", "PM", None), ("PPC@40", "assignee", "PM", None), ("PPC@42", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre demande : Les présidents des comités populaires de Quang Tri et Hue doivent évacuer les "
           "habitants.", None, [("PPC@44", "assignee", "PM", None), ("PPC@46", "assignee", "PM", None)]),
    ("fr", "Les présidents des comités populaires des provinces de Thanh Hoa et Nghe An ont assisté à la réunion.", None, []),
    # an undated text naming a commune's new name after the merger ("aujourd'hui quartier de") is of the two-level
    # government: Gia Lai 52; a district named keeps the old scheme
    ("fr", "Le président du Comité populaire provincial de Gia Lai a chargé le Département des finances de vérifier les "
           "terrains de la commune de Phuoc My (anciennement province de Binh Dinh, aujourd'hui quartier de Quy Nhon Tay).",
     "none", [("DOF@52", "assignee", "PPC@52", None)]),
    ("fr", "Le président du Comité populaire provincial de Gia Lai a chargé le Département des finances de vérifier les "
           "terrains du district de Chu Se.", "none", [("DOF@64", "assignee", "PPC@64", None)]),
    # a People's Council (no body of the table) asking its province's committee, departments and localities: the
    # localities are the province's (districts before July 2025), not the country's provinces
    ("fr", "Le président du Conseil populaire municipal de Hanoï a demandé au Comité populaire municipal, aux départements "
           "et aux autorités locales de mettre en œuvre les directives.", "2025-05-10",
     [("PPC@01", "assignee", None, None), ("DEPARTMENTS@01", "assignee", None, None), ("DPC@01", "assignee", None, None)]),
    ("en", "The Chairman of the Hanoi People's Council asked the municipal People's Committee, municipal departments and "
           "localities to implement the directives.", "2025-05-10",
     [("PPC@01", "assignee", None, None), ("DEPARTMENTS@01", "assignee", None, None), ("DPC@01", "assignee", None, None)]),
    ("fr", "Le télégramme demande au Comité populaire de Hanoï et aux localités de renforcer la prévention.", "2025-05-10",
     [("PPC@01", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    # the year of the targets a task is about is no deadline; a date the task is due stays one
    ("fr", "Le vice-président du Conseil populaire provincial a demandé au Comité populaire du district de Ninh Son de "
           "promouvoir la supervision des objectifs et tâches socio-économiques en 2024.", "2024-02-23",
     [("DPC@58", "assignee", None, None)]),
    ("fr", "Le Comité populaire provincial a demandé au Comité populaire du district de Ninh Son d'achever les objectifs "
           "et tâches avant le 30 juin 2024.", "2024-02-23", [("DPC@58", "assignee", "PPC@58", "2024-06-30")]),
    ("fr", "Le Comité populaire provincial a demandé au Comité populaire du district de Ninh Son d'achever le rapport en "
           "décembre 2024.", "2024-02-23", [("DPC@58", "assignee", "PPC@58", "2024-12")]),
    # bodies a highlight singles out of a collective outside the table are asked
    ("fr", "Le Comité populaire de la ville de Da Lat demande aux agences et unités telles que le Comité populaire du "
           "quartier 10 de ne pas quitter la zone.", None, [("CPC@68", "assignee", "DPC@68", None)]),
    ("fr", "Le Comité populaire provincial demande aux agences et unités, notamment le Département des finances, de revoir "
           "les plans.", None, [("DOF", "assignee", "PPC", None)]),
    ("en", "The provincial People's Committee asked agencies and units such as the Department of Finance to review the "
           "plans.", None, [("DOF", "assignee", "PPC", None)]),
    ("fr", "Le Comité populaire provincial a félicité les agences et unités telles que le Département des finances pour "
           "leurs efforts.", None, []),
    ("fr", "Le Comité populaire provincial demande aux entreprises, notamment celles du Département des finances, de revoir "
           "les plans.", None, []),
    # the partners of a lead after the task's object ("coordonner cette enquête avec …", "coordinate this inspection
    # with …"); an object with no body after "avec", or a past report, gives no partner
    ("fr", "Le président du Comité populaire provincial de Gia Lai a chargé le Département des finances de superviser et "
           "de coordonner cette enquête avec le Département de la construction et les autorités locales afin d'examiner la "
           "situation.", None, [("DOF@52", "lead", "PPC@52", None), ("DOC@52", "coordinate", "PPC@52", None),
                                ("CPC@52", "coordinate", "PPC@52", None)]),
    ("fr", "Le président du Comité populaire provincial de Gia Lai a chargé le Département des finances de superviser et "
           "de coordonner cette enquête avec les organismes compétents et les autorités locales.", None,
     [("DOF@52", "lead", "PPC@52", None), ("CPC@52", "coordinate", "PPC@52", None)]),
    ("en", "The Chairman of Gia Lai Provincial People's Committee assigned the Department of Finance to preside over and "
           "coordinate this inspection with the Department of Construction and local authorities.", None,
     [("DOF@52", "lead", "PPC@52", None), ("DOC@52", "coordinate", "PPC@52", None), ("CPC@52", "coordinate", "PPC@52", None)]),
    ("fr", "Le Département des finances a coordonné les travaux avec le Département de la construction l'année dernière.",
     None, []),
    ("fr", "Le président du Comité populaire provincial de Gia Lai a chargé le Département des finances de coordonner les "
           "dossiers des habitants avec soin.", None, [("DOF@52", "assignee", "PPC@52", None)]),
]


@pytest.mark.parametrize("lang, text, published, expected", CASES)
def test_round29_fr_classes(lang: str, text: str, published: str | None, expected: list[tuple]) -> None:
    rows = _rows(text, lang) if published is None else _rows(text, lang, None if published == "none" else published)
    assert rows == expected
