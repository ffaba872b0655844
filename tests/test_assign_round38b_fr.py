"""Round 38b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it (Vietnamese not covered: its
grammar has no provinces named before, `nêu trên`)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-12-01")
_dated = rows_reader("agency_id", "role", "assigned_by", "deadline", "deadline_qualifier", published="2025-12-01")

HEADED_BY_PROVINCES_NAMED_BEFORE = [
    # an unmarked item under a direction's colon, its label the presidents of the committees of the provinces the
    # addressee line named before ("susmentionnées"): each province's committee is asked, with the item's date
    ("fr", "Destinataires : Présidents des Comités populaires des provinces : Nghe An, Thanh Hoa, Ha Tinh.\n"
           "Le Premier ministre a demandé :\n"
           "Présidents des Comités populaires des provinces susmentionnées : établissez la liste des ménages et "
           "faites rapport avant le 20 décembre 2025.",
     [("PPC@40", "assignee", "PM", "2025-12-20", "before"), ("PPC@38", "assignee", "PM", "2025-12-20", "before"),
      ("PPC@42", "assignee", "PM", "2025-12-20", "before")]),
    ("fr", "Le document est adressé aux présidents des Comités populaires des provinces de Nghe An et Thanh Hoa.\n"
           "Le Premier ministre a demandé :\n"
           "Comités populaires des provinces précitées : renforcez les digues.",
     [("PPC@40", "assignee", "PM", None, None), ("PPC@38", "assignee", "PM", None, None)]),
    ("en", "Sent to: Chairpersons of the People's Committees of the provinces: Nghe An, Thanh Hoa, Ha Tinh.\n"
           "The Prime Minister requested:\n"
           "Chairpersons of the People's Committees of the above-mentioned provinces: list the households and "
           "report before December 20, 2025.",
     [("PPC@40", "assignee", "PM", "2025-12-20", "before"), ("PPC@38", "assignee", "PM", "2025-12-20", "before"),
      ("PPC@42", "assignee", "PM", "2025-12-20", "before")]),
    # the same pointing words asked by a verb in English (read in French since round 22b)
    ("en", "The document was sent to the provinces of Nghe An and Thanh Hoa. The Prime Minister asked the People's "
           "Committees of the above-mentioned provinces to reinforce the dykes.",
     [("PPC@40", "assignee", "PM", None, None), ("PPC@38", "assignee", "PM", None, None)]),
    # look-alikes: the same label under a colon line that directs nothing (a report's results), and with no
    # provinces named before it
    ("fr", "Destinataires : Présidents des Comités populaires des provinces : Nghe An, Thanh Hoa, Ha Tinh.\n"
           "Bilan de l'année :\n"
           "Présidents des Comités populaires des provinces susmentionnées : 12 plans adoptés.",
     []),
    ("en", "Sent to: Chairpersons of the People's Committees of the provinces: Nghe An, Thanh Hoa, Ha Tinh.\n"
           "Results of the year:\n"
           "Chairpersons of the People's Committees of the above-mentioned provinces: 12 plans adopted.",
     []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEADED_BY_PROVINCES_NAMED_BEFORE)
def test_round38b_fr_item_headed_by_provinces_named_before(lang: str, text: str, expected: list) -> None:
    assert sorted(_dated(text, lang)) == sorted(expected)


_asked = rows_reader("agency_id", "role", "assigned_by", published="2021-04-28")

PLURAL_PRONOUN_AFTER_PRAISED_AUTHORITIES = [
    # an opening phrase praising a province's authorities, then a plural object pronoun after its comma asked by the
    # speaker: the pronoun stands for that province's committee (the singular "lui" after "saluant les efforts de
    # Quang Ninh" was read since round 34)
    ("fr", "Tout en saluant les efforts des autorités de Quang Binh dans la lutte contre la sécheresse, le Premier "
           "ministre leur a demandé de renforcer la surveillance des réservoirs.",
     [("PPC@44", "assignee", "PM")]),
    ("fr", "En saluant les efforts des autorités de Kiên Giang, le vice-Premier ministre leur a recommandé de mieux "
           "contrôler la frontière.",
     [("PPC@91", "assignee", "DPM")]),
    # look-alikes: the pronoun given a thing (no task), the province praised alone (no authorities named) with a
    # plural pronoun, two provinces praised
    ("fr", "Tout en saluant les efforts des autorités de Quang Binh, le Premier ministre leur a remis des cadeaux.", []),
    ("fr", "Tout en saluant les efforts de Quang Binh, le Premier ministre leur a demandé de renforcer la surveillance.", []),
    ("fr", "Tout en saluant les efforts des autorités de Quang Binh et de Quang Tri, le Premier ministre leur a demandé "
           "de renforcer la surveillance.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PLURAL_PRONOUN_AFTER_PRAISED_AUTHORITIES)
def test_round38b_fr_plural_pronoun_after_praised_authorities(lang: str, text: str, expected: list) -> None:
    assert sorted(_asked(text, lang)) == sorted(expected)
