"""Round 32 fr (blind, real public pages; the fixes are not blind): several towns named after one plural level word,
each its own district-level committee (docs/quality.md, `### Round 32, assignments fr after the fixes (not blind)`).
New sentences, not the pages' text, with look-alikes that must not give a town's committee."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-04-10")


@pytest.mark.parametrize("text, lang, expected", [
    # towns after 'villes', the second one after 'et de' (French units_listed_after_plural_level)
    ("Le président du Comité populaire provincial de Quang Ninh a demandé aux Comités populaires des villes de Cam Pha "
     "et de Uong Bi de renforcer le contrôle des mines.", "fr",
     [("DPC@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
    ("Les comités populaires des villes de Cam Pha, Uong Bi et de Dong Trieu doivent achever l'inspection des digues.",
     "fr", [("DPC", "assignee", None, None)] * 3),
    # the join 'et de' between districts, a level the list knew already
    ("Le Comité populaire provincial de Nghe An a demandé aux comités populaires des districts de Tuong Duong et de "
     "Ky Son d'évacuer les habitants des zones de glissement.", "fr",
     [("DPC@40", "assignee", "PPC@40", None), ("DPC@40", "assignee", "PPC@40", None)]),
    # English: towns before a plural 'cities' / 'towns'
    ("The Chairman of the Quang Ninh Provincial People's Committee asked the People's Committees of Cam Pha and Uong Bi "
     "cities to tighten mine inspections.", "en",
     [("DPC@22", "assignee", "PPC@22", None), ("DPC@22", "assignee", "PPC@22", None)]),
])
def test_towns_listed_after_a_plural_level_word_are_a_committee_each(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # centrally-run cities after the plural: provinces, not towns of one
    ("Le Premier ministre a demandé aux Comités populaires des villes de Hanoï et de Hô Chi Minh-Ville de renforcer la "
     "prévention.", "fr"),
    ("The Prime Minister asked the People's Committees of Hanoi and Ho Chi Minh cities to strengthen prevention.", "en"),
    # towns named as places, no committee's words before them
    ("Le président du Comité populaire provincial de Quang Ninh a visité les villes de Cam Pha et de Uong Bi hier.", "fr"),
    ("The Chairman of the Quang Ninh Provincial People's Committee visited Cam Pha and Uong Bi cities yesterday.", "en"),
])
def test_no_town_committee_where_the_names_are_provinces_or_places(text, lang):
    assert not [r for r in _rows(text, lang) if r[0].startswith("DPC")]
