"""Stop 46's left classes, French (issue #13; helper left39, stop 47, not blind): the classes stop 46 left open in
the French buckets, each with new sentences (none copied from the pages) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2023-05-01")

_PPC = "Le Comité populaire de la province de Quang Ngai a demandé au Département de la Santé de contrôler les hôpitaux. "


@pytest.mark.parametrize("text, expected", [
    # named district-level units as the subject of a plain present, no committee word before the plural level word
    # (grammar.json units_listed_after_plural_level's subject_openers): a committee each, the last unit of its own
    # level ('la ville de …' is district level)
    (_PPC + "Les districts de Son Tinh, Tu Nghia et la ville de Duc Pho organisent d'urgence la vente des terrains.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"),
      ("DPC@51", "assignee", "PPC@51")]),
    (_PPC + "Les districts de Son Tinh et Tu Nghia doivent recenser les ménages touchés.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
    # look-alikes: the same list as places inside a sentence, a report of what happened there, one name alone
    (_PPC + "La tempête a touché les districts de Son Tinh et Tu Nghia la semaine dernière.",
     [("DOH@51", "assignee", "PPC@51")]),
    ("Le Comité populaire de la province de Quang Ngai a demandé au Département de la Santé de contrôler les hôpitaux "
     "dans les districts de Son Tinh et Tu Nghia.", [("DOH@51", "assignee", "PPC@51")]),
    (_PPC + "Les districts de Son Tinh et Tu Nghia ont été durement touchés par les inondations.",
     [("DOH@51", "assignee", "PPC@51")]),
])
def test_named_districts_listed_as_subject(text, expected):
    assert _rows(text, "fr") == expected
