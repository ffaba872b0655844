"""Stop 43's left classes, French (issue #13; helper left36, not blind): each class with new sentences (none copied
from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2020-04-20")

_MOH = ("Le 18 avril, à Lao Cai, le ministre de la Santé Nguyên Thanh Long a discuté avec les responsables provinciaux de "
        "la prévention épidémique. ")


@pytest.mark.parametrize("text, expected", [
    # the title and the head's name after it: the body the text named right before that name asks
    (_MOH + "Le ministre Nguyên Thanh Long a demandé à Lao Cai de renforcer le contrôle des entrées.",
     [("PPC@10", "assignee", "MOH")]),
    (_MOH + "Selon lui, la frontière est longue. Le ministre Nguyên Thanh Long a exhorté Lao Cai à rester vigilante.",
     [("PPC@10", "assignee", "MOH")]),
    # look-alikes: another name after the title (not the person named before); a bare name the text never gave a post
    (_MOH + "Le ministre Dào Hông Lan a demandé à Lao Cai de renforcer le contrôle des entrées.",
     [("PPC@10", "assignee", None)]),
    ("Le ministre Nguyên Thanh Long a demandé à Lao Cai de renforcer le contrôle des entrées.",
     [("PPC@10", "assignee", None)]),
])
def test_the_minister_named_by_title_and_name(text, expected):
    assert _rows(text, "fr") == expected
