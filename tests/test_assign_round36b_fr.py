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
