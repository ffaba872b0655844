"""Round 25's error classes of French assignments (docs/quality.md "Round 25 (blind, real public pages): assignments
fr"), fixed in the French (and English) data named in each test: ``extract/assign/lang/fr/cues.json``. New sentences
written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader("agency_id", "role", "assigned_by")


@pytest.mark.parametrize("text, lang, expected", [
    # a dispatch "enjoignant" its addressees asks them, as "exhortant" and "chargeant" do (fr assign_before)
    ("Le Premier ministre a signé une dépêche officielle enjoignant les ministères, les secteurs et les collectivités "
     "locales à redoubler d'efforts pour le Têt.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le vice-Premier ministre a publié une décision enjoignant le ministère des Finances à distribuer le riz.", "fr",
     [("MOF", "assignee", "DPM")]),
    ("The Prime Minister signed an official dispatch enjoining ministries, sectors and localities to step up efforts.",
     "en", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # a ministry "conseille aux" localities (hướng dẫn): the present tense of "a conseillé aux"
    ("Le ministère de l'Intérieur conseille aux localités d'organiser le paiement des cadeaux du Têt.", "fr",
     [("PROVINCES", "assignee", "MOHA")]),
    # look-alikes: a department advising its committee (tham mưu) asks no one; a ministry's plain "conseille" of a
    # fact asks no one
    ("Le Département des finances conseille au Comité populaire provincial de publier le plan.", "fr", []),
    ("Le ministère de la Santé conseille la prudence aux voyageurs.", "fr", []),
])
def test_enjoining_and_advising_cues(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the heads of ministries and of government agencies inside a list of addressees no longer end the list before
    # the provinces' committees (fr fillers "responsables de/des", list_skips "agences gouvernementales")
    ("Le Premier ministre a demandé aux ministres, aux responsables de ministères et d'agences gouvernementales, ainsi "
     "qu'aux présidents des Comités populaires provinciaux et municipaux, de se concentrer sur les mesures clés.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux responsables des ministères et des agences gouvernementales ainsi qu'aux "
     "comités populaires des provinces de revoir les plans.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: officials of a province visiting ask no one; the agencies alone are no body of the table
    ("Les responsables de la province de Lang Son ont visité le village.", "fr", []),
    ("Le Premier ministre a demandé aux agences gouvernementales de réduire les procédures.", "fr", []),
])
def test_heads_of_ministries_and_government_agencies_in_a_list(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # Lao Dong's French pages drop commas: a list's items then follow one another each after its own "aux"
    # ("aux ministeres aux secteurs et aux localites"), read as the same list (fr list_separators "aux")
    ("Le Premier ministre a signe la lettre officielle demandant aux ministeres aux secteurs et aux localites de se "
     "concentrer sur la prevention.", "fr", None, [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le president du Comite populaire provincial de Ca Mau a publie une lettre demandant aux departements aux "
     "secteurs et aux localites de la province de surveiller la tempete.", "fr", "2025-10-21",
     [("DEPARTMENTS@96", "assignee", "PPC@96"), ("CPC@96", "assignee", "PPC@96")]),
    ("Le Premier ministre a demande aux ministeres aux agences et aux localites de rendre compte.", "fr", None,
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: a task that hands something "aux localités" keeps its one addressee; a gift handed over asks no one
    ("Le Premier ministre a demandé au ministère des Finances de transférer les fonds aux localités.", "fr", None,
     [("MOF", "assignee", "PM")]),
    ("Le ministère de la Santé a remis des équipements aux localités du Centre.", "fr", None, []),
])
def test_list_without_commas(text, lang, published, expected):
    assert _rows(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the heads of the bodies asked (thủ trưởng các sở): "aux chefs des départements" asks the departments, as
    # "aux dirigeants des" does (fr fillers "chefs des", "chefs de", "chefs d'"); English and Vietnamese read it already
    ("Le président du Comité populaire provincial de Lao Cai demande aux chefs des départements et secteurs "
     "provinciaux de se concentrer sur la direction.", "fr", [("DEPARTMENTS@10", "assignee", "PPC@10")]),
    ("Le Premier ministre a demandé aux chefs des ministères, des secteurs et des localités de revoir les plans.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The chairman of the Lao Cai Provincial People's Committee asked heads of departments and sectors to focus on the "
     "direction.", "en", [("DEPARTMENTS@10", "assignee", "PPC@10")]),
    ("Chủ tịch UBND tỉnh Lào Cai yêu cầu thủ trưởng các sở, ngành tập trung chỉ đạo.", "vi",
     [("DEPARTMENTS@10", "assignee", "PPC@10")]),
    # look-alikes: village heads are no body of the table; the heads of agencies and units alone neither
    ("Le président du Comité populaire provincial de Lao Cai a demandé aux chefs de village de surveiller les pentes.",
     "fr", []),
    ("Le Comité populaire provincial demande aux chefs d'agences et d'unités de déterminer les priorités.", "fr", []),
])
def test_heads_of_the_bodies_asked(text, lang, expected):
    assert _rows(text, lang) == expected
