"""Round 38's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-06-20")

DEMANDING_THAT = [
    # a telegram's participle "exigeant que" with the bodies as the subject of the clause after it (as "exige
    # que", "exigeant des"); a list item outside the table ("les autres organes concernés") before the localities
    ("fr", "Le Premier ministre a signé un télégramme officiel, exigeant que les ministères et les localités "
           "renforcent la surveillance des digues.",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a signé une dépêche exigeant que les ministères, les autres organes concernés et les "
           "localités continuent de prendre des mesures contre les incendies.",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre demande aux ministères, aux autres organes concernés et aux localités de préparer "
           "les secours.",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("en", "The Prime Minister signed an official telegram, requiring that ministries and localities strengthen the "
           "inspection of dykes.",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked ministries, other relevant bodies and localities to prepare the rescue.",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the participle with a thing as the clause's subject, the competent organs alone (no body of
    # the table)
    ("fr", "Le Premier ministre a rappelé les règles, exigeant que les travaux soient achevés cette année.", []),
    ("fr", "Le Premier ministre a demandé aux organes compétents de renforcer le contrôle.", []),
    ("en", "The Prime Minister recalled the rules, requiring that the works be finished this year.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEMANDING_THAT)
def test_round38_fr_demanding_that_and_other_organs_in_a_list(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


CITIES_AND_PROVINCES = [
    # the provinces' committees written cities first with the article repeated ("des villes et des provinces"),
    # as "des provinces et des villes" was read; "du Centre" (the French press's "trực thuộc Trung ương") after it
    ("fr", "Le Premier ministre demande aux présidents des Comités populaires des villes et des provinces du Centre "
           "de prendre des mesures urgentes.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé aux comités populaires des villes et des provinces de revoir les projets.",
     [("PROVINCES", "assignee", "PM", None)]),
    # look-alike: towns and provinces as places people live in
    ("fr", "Les habitants des villes et des provinces voisines doivent rester prudents.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CITIES_AND_PROVINCES)
def test_round38_fr_committees_of_cities_and_provinces(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


HEADS_OF_DEPARTMENTS_ADDRESSED = [
    # the heads of a province's departments named without the article's contraction ("les chefs de
    # départements", "Chefs de départements et d'agences") as the subject, and an addressee line closed by a colon
    # with the imperative of politeness after it ("… : veuillez constituer …")
    ("fr", "Le Comité populaire de la province de Tuyen Quang a publié un document. Les chefs de départements et "
           "d'agences, les présidents des comités populaires des communes et des quartiers doivent constituer des "
           "équipes de garde.",
     [("DEPARTMENTS@08", "assignee", "PPC@08", None), ("CPC@08", "assignee", "PPC@08", None)]),
    ("fr", "Le président du Comité populaire de la province de Lang Son demande :\n\nChefs de départements et "
           "d'agences, présidents des comités populaires des communes et des quartiers : veuillez recenser les "
           "ménages exposés aux glissements.",
     [("DEPARTMENTS@20", "assignee", "PPC@20", None), ("CPC@20", "assignee", "PPC@20", None)]),
    ("fr", "Le Comité populaire de la province de Lang Son a publié un avis. Les comités populaires des communes : "
           "veuillez recenser les ménages.",
     [("CPC@20", "assignee", "PPC@20", None)]),
    # look-alikes: the polite imperative addressed to the reader, no body before it; a department as a contact
    ("fr", "Le Comité populaire de la province de Lang Son a publié un avis. Pour toute question, veuillez "
           "contacter le Département de la santé.", []),
    ("fr", "Le Comité populaire de la province de Lang Son a publié un avis. Les chefs de famille : les ménages "
           "ont reçu les aides.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEADS_OF_DEPARTMENTS_ADDRESSED)
def test_round38_fr_heads_of_departments_addressed_before_a_colon(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


PROJECT_BOARDS_OPENING = [
    # the province's project management boards (no body of the table) opening the list an asking verb names: the
    # district committees after them are asked (as "les comités de gestion de projets" was skipped)
    ("fr", "Le Comité populaire de la province de Quang Nam a également demandé aux comités provinciaux de gestion "
           "des projets d'investissement dans la construction et aux comités populaires des districts d'examiner la "
           "demande de matériaux.",
     [("DPC@49", "assignee", "PPC@49", None)]),
    # look-alike: the boards asked alone
    ("fr", "Le Comité populaire de la province de Quang Nam a demandé aux comités provinciaux de gestion des projets "
           "d'examiner la demande de matériaux.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROJECT_BOARDS_OPENING)
def test_round38_fr_project_boards_opening_an_addressee_list(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)
