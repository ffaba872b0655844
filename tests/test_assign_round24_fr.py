"""Round 24's error classes of French assignments (README "Round 24 (blind, real public pages): assignments fr"),
fixed in ``nlp/lang/fr/agencies.csv`` (the commune level's units named with the special zones) and
``extract/assign/extractor.py`` (the localities one of a province's departments asks). New sentences written for
these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # the units of the commune level since July 2025 named with the special zones (phường, xã, đặc khu): in
    # French "arrondissement" renders phường there, so the list is the commune committees, not the districts
    ("Le Département de l'Intérieur de Hai Phong demande aux comités populaires des arrondissements, des communes et "
     "des zones spéciales d'achever le plan.", "fr", [("CPC@31", "assignee", "DOHA@31")]),
    ("Le Département de l'Intérieur de Hai Phong a demandé que les comités populaires d'arrondissement, de commune et "
     "de zone spéciale nomment les chefs de hameau.", "fr", [("CPC@31", "assignee", "DOHA@31")]),
    ("Le Département de l'Intérieur de Hai Phong demande que le comité populaire de l'arrondissement, de la commune ou "
     "de la zone spéciale établisse la liste des hameaux.", "fr", [("CPC@31", "assignee", "DOHA@31")]),
    # English and Vietnamese read the same list already
    ("The Hai Phong Department of Home Affairs requested the People's Committees of wards, communes and special zones "
     "to complete the plan.", "en", [("CPC@31", "assignee", "DOHA@31")]),
    ("Sở Nội vụ Hải Phòng đề nghị UBND các phường, xã, đặc khu hoàn thành kế hoạch.", "vi",
     [("CPC@31", "assignee", "DOHA@31")]),
    # look-alikes: the arrondissements with the districts stay the district committees
    ("Le Comité populaire de Hai Phong demande aux comités populaires des arrondissements et des districts d'achever le "
     "plan.", "fr", [("DPC@31", "assignee", "PPC@31")]),
    ("Le Comité populaire de Hai Phong demande aux comités populaires des arrondissements d'achever le plan.", "fr",
     [("DPC@31", "assignee", "PPC@31")]),
])
def test_commune_level_units_with_special_zones(text, lang, expected):
    assert found(text, lang) == expected
