"""Round 31's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

CASES = [
    # a province's sectors named bare ("Les secteurs et les localités doivent …") after its committee: its departments
    ("fr", "Le président du Comité populaire provincial de Nghe An a publié une dépêche urgente. Les secteurs et les "
           "localités doivent aider les habitants à réparer les écoles avant le 10 octobre.", None,
     [("DEPARTMENTS@40", "assignee", "PPC@40", "2025-10-10"), ("CPC@40", "assignee", "PPC@40", "2025-10-10")]),
    ("fr", "Le président du Comité populaire provincial de Ha Tinh a demandé aux secteurs et aux localités de "
           "rétablir l'électricité.", None,
     [("DEPARTMENTS@42", "assignee", "PPC@42", None), ("CPC@42", "assignee", "PPC@42", None)]),
    ("fr", "Le président du Comité populaire provincial de Ha Tinh a salué les secteurs économiques de la province.",
     None, []),
    ("en", "The Chairman of Nghe An Provincial People's Committee issued an urgent dispatch. Sectors and localities must "
           "help residents repair the schools.", None,
     [("DEPARTMENTS@40", "assignee", "PPC@40", None), ("CPC@40", "assignee", "PPC@40", None)]),
    # a passive task with an adverb inside ("ont également été chargés de")
    ("fr", "Le Département de l'éducation et de la formation de la province de Lam Dong a ouvert trois classes. Les "
           "comités populaires des communes ont également été chargés d'accueillir les élèves.", None,
     [("CPC@68", "assignee", None, None)]),
    ("fr", "Le Département de la santé de la province de Lam Dong a également été chargé de suivre les écoles.", None,
     [("DOH@68", "assignee", None, None)]),
    ("fr", "Les élèves ont également été chargés de ranger la classe.", None, []),
    ("fr", "Les comités populaires des communes ont également été chargés du dossier.", None, []),
    ("fr", "Les comités populaires des communes ont été chargés d'accueillir les élèves.", None,
     [("CPC", "assignee", None, None)]),
    ("fr", "Les élèves ont été chargés d'arroser les plantes.", None, []),
    # a basis phrase set off by commas between the subject and its present verb ("…, sur la base des postes confiés,
    # élabore …"), as the English "based on" and the Vietnamese "căn cứ" already read
    ("fr", "Le vice-président du Comité populaire provincial de Gia Lai a chargé le Département des finances de présider. "
           "Le Comité populaire communal, sur la base des postes vacants, élabore les besoins de recrutement.", None,
     [("DOF@52", "assignee", "PPC@52", None), ("CPC@52", "assignee", "PPC@52", None)]),
    ("fr", "Le Comité populaire communal, sur la base des postes vacants, a élaboré les besoins l'an dernier.", None, []),
    ("en", "The Chairman of Gia Lai Provincial People's Committee assigned the Department of Finance to preside. The "
           "commune People's Committee, based on the vacant positions, develops the recruitment needs.", None,
     [("DOF@52", "assignee", "PPC@52", None), ("CPC@52", "assignee", "PPC@52", None)]),
    # a clause after a semicolon opened by "en particulier," / "par ailleurs,": its subject is asked
    ("fr", "Le vice-Premier ministre a demandé aux localités de poursuivre l'évacuation ; en particulier, Ha Tinh et "
           "Quang Tri doivent envoyer des équipes dans les zones côtières.", None,
     [("PROVINCES", "assignee", "DPM", None), ("PPC@42", "assignee", "DPM", None),
      ("PPC@44", "assignee", "DPM", None)]),
    ("fr", "Le Premier ministre a demandé aux ministères de revoir les projets ; par ailleurs, la province de Lao Cai "
           "doit achever le rapport avant le 20 octobre.", None,
     [("MINISTRIES", "assignee", "PM", None), ("PPC@15", "assignee", "PM", "2025-10-20")]),
    ("fr", "Le vice-Premier ministre a demandé aux localités de poursuivre l'évacuation ; en particulier, Ha Tinh et "
           "Quang Tri ont déjà évacué 20 000 personnes.", None, [("PROVINCES", "assignee", "DPM", None)]),
    ("en", "The Deputy Prime Minister asked localities to keep evacuating residents; in particular, Ha Tinh and Quang "
           "Tri must send teams to the coastal areas.", None,
     [("PROVINCES", "assignee", "DPM", None), ("PPC@42", "assignee", "DPM", None),
      ("PPC@44", "assignee", "DPM", None)]),
    ("en", "The Deputy Prime Minister asked localities to keep evacuating residents; in particular, Ha Tinh and Quang "
           "Tri have evacuated 20,000 people.", None, [("PROVINCES", "assignee", "DPM", None)]),
    ("vi", "Phó Thủ tướng yêu cầu các địa phương tiếp tục sơ tán người dân; đặc biệt, Hà Tĩnh và Quảng Trị phải cử "
           "cán bộ xuống vùng ven biển.", None,
     [("PROVINCES", "assignee", "DPM", None), ("PPC@42", "assignee", "DPM", None),
      ("PPC@44", "assignee", "DPM", None)]),
]


@pytest.mark.parametrize("lang, text, published, expected", CASES)
def test_round31_fr_classes(lang: str, text: str, published: str | None, expected: list[tuple]) -> None:
    if published:
        assert _rows(text, lang, published) == expected
    else:
        assert _rows(text, lang) == expected
