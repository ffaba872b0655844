"""Round 36b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-06-20")

LISTED = [
    # a name that alone needs a designator (Hoa Binh, also the word for peace) closing a list of provinces a body
    # asks: a province right after another's, read with the list before it (each its committee, with its code)
    ("fr", "Le ministère de la Santé a exhorté les provinces de Lai Chau, Son La et Hoa Binh à renforcer la "
           "surveillance des épidémies.",
     [("PPC@12", "assignee", "MOH", None), ("PPC@14", "assignee", "MOH", None), ("PPC@17", "assignee", "MOH", None)]),
    ("fr", "Le ministère de la Santé a demandé aux provinces de Son La et Hoa Binh de renforcer la surveillance.",
     [("PPC@14", "assignee", "MOH", None), ("PPC@17", "assignee", "MOH", None)]),
    ("en", "The Ministry of Health urged Lai Chau, Son La and Hoa Binh to step up disease surveillance.",
     [("PPC@12", "assignee", "MOH", None), ("PPC@14", "assignee", "MOH", None), ("PPC@17", "assignee", "MOH", None)]),
    ("vi", "Bộ Y tế yêu cầu Lai Châu, Sơn La và Hòa Bình tăng cường giám sát dịch bệnh.",
     [("PPC@12", "assignee", "MOH", None), ("PPC@14", "assignee", "MOH", None), ("PPC@17", "assignee", "MOH", None)]),
    # look-alikes: the word for peace after a province's name with no list's joiner, and the name first in a list
    # (it needs its designator there): no committee of its own
    ("fr", "Le ministère de la Santé a exhorté la province de Son La à garantir la Hoa Binh des villages.",
     [("PPC@14", "assignee", "MOH", None)]),
    ("en", "The Ministry of Health urged Son La to keep Hoa Binh in the villages.",
     [("PPC@14", "assignee", "MOH", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTED)
def test_round36b_fr_designator_name_closing_a_list(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


CONTINUED = [
    # a request's continuation after a full stop keeping the infinitive's own preposition ("Dans le même temps
    # d'élaborer …"): the asked bodies' own row, as "Dans le même temps, élaborer …" is
    ("fr", "Le vice-président du Comité populaire provincial a demandé aux départements concernés de coopérer "
           "étroitement avec la région militaire. Dans le même temps d'élaborer les plans de transport maritime.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé au Service de la Construction de revoir les "
           "projets. Dans le même temps de terminer l'inventaire des terrains.",
     [("DOC", "assignee", "PPC", None), ("DOC", "assignee", "PPC", None)]),
    ("en", "The Vice Chairman of the Provincial People's Committee asked the relevant departments to cooperate "
           "closely with the military region. At the same time, to develop sea transport plans.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    # look-alikes: the opener before a thing's own sentence, or before a preposition not opening a task verb
    ("fr", "Le vice-président du Comité populaire provincial a demandé aux départements concernés de coopérer "
           "étroitement avec la région militaire. Dans le même temps, d'autres plans ont été élaborés.",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
    ("fr", "Le vice-président du Comité populaire provincial a demandé aux départements concernés de coopérer "
           "étroitement avec la région militaire. Dans le même temps de nombreuses routes ont été inondées.",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONTINUED)
def test_round36b_fr_continuation_with_the_infinitives_preposition(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)
