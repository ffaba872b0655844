"""Stop 44's left classes, French (issue #13; helper left37, not blind): each class with new sentences (none copied
from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-05-01")

_ASKED = ("Le ministère de la Santé a exhorté les provinces de Nghe An et de Ha Tinh à renforcer la lutte contre la "
          "dengue. Les cas ont augmenté de 20 % en une semaine. ")
_TWO = [("PPC@40", "assignee", "MOH"), ("PPC@42", "assignee", "MOH")]


@pytest.mark.parametrize("text, expected", [
    # the provinces' committees with no demonstrative and no count after the provinces an authority's verb named:
    # each of those provinces' committees, asked again; a plural pronoun with a modal after it takes them up
    (_ASKED + "Le ministère a demandé aux comités provinciaux de mobiliser les équipes médicales.", _TWO + _TWO),
    (_ASKED + "Le ministère a également demandé aux comités populaires provinciaux de publier les chiffres chaque "
              "jour.", _TWO + _TWO),
    (_ASKED + "Le ministère a demandé aux comités provinciaux de mobiliser les équipes médicales. Ils doivent aussi "
              "informer la population.", _TWO + _TWO + _TWO),
    # look-alikes: provinces named in a report, no authority's verb before them; one province named after such a
    # verb since; the committees named right after the words
    ("Les cas ont augmenté à Nghe An et à Ha Tinh. Le ministère de la Santé a demandé aux comités provinciaux de "
     "mobiliser les équipes médicales.", []),
    (_ASKED + "Le ministère a exhorté la province de Quang Binh à se préparer. Le ministère a demandé aux comités "
              "provinciaux de mobiliser les équipes.", _TWO + [("PPC@44", "assignee", "MOH")]),
])
def test_provincial_committees_after_the_provinces_asked(text, expected):
    assert _rows(text, "fr") == expected
