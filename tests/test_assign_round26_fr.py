"""Round 26's error classes of French assignments (docs/quality.md "Round 26 (blind, real public pages): assignments
fr"), fixed in the data and code named in each test. New sentences written for these tests, one literal case a line,
with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader("agency_id", "role", "assigned_by")


@pytest.mark.parametrize("text, lang, expected", [
    # addressees outside the table opening the list (investors, project owners, the Party committees at all levels)
    # no longer end it before the bodies (fr cues.json list_skips)
    ("Le Comité populaire de la province de Lang Son demande aux promoteurs et aux communes et quartiers de se "
     "concentrer sur le décaissement.", "fr", [("CPC@20", "assignee", "PPC@20")]),
    ("Le Comité populaire de la province de Lang Son a publié un document demandant aux investisseurs et aux comités "
     "populaires des communes et des quartiers d'accélérer le décaissement.", "fr", [("CPC@20", "assignee", "PPC@20")]),
    ("Le président du Comité populaire de la ville de Hai Phong a demandé aux comités du Parti à tous les niveaux, aux "
     "directeurs des départements de se concentrer sur le décaissement.", "fr",
     [("DEPARTMENTS@31", "assignee", "PPC@31")]),
    # the same lists in English were read already (en list_skips "investors", "party committees at all levels")
    ("The Lang Son Provincial People's Committee asked investors and the People's Committees of communes and wards "
     "to speed up disbursement.", "en", [("CPC@20", "assignee", "PPC@20")]),
    ("The Chairman of the Hai Phong City People's Committee asked Party committees at all levels, directors of "
     "departments to focus on disbursement.", "en", [("DEPARTMENTS@31", "assignee", "PPC@31")]),
    # look-alike: the investors alone are no body of the table
    ("Le Comité populaire de la province de Lang Son demande aux investisseurs de se concentrer sur le décaissement.",
     "fr", []),
])
def test_addressees_outside_the_table_before_the_bodies(text, lang, expected):
    assert _rows(text, lang, "2026-01-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a city's services are its departments (fr agencies.csv DEPARTMENTS: services municipaux, services et
    # administrations: các sở, ngành)
    ("Le Comité populaire de la ville de Hanoï demande aux communes de renforcer la prévention. Les services "
     "municipaux, les comités populaires des communes et des quartiers doivent traiter les infractions.",
     [("CPC@01", "assignee", "PPC@01"), ("DEPARTMENTS@01", "assignee", "PPC@01"), ("CPC@01", "assignee", "PPC@01")]),
    ("Le Comité populaire de la ville de Hanoï demande aux communes de renforcer la prévention. Les services et "
     "administrations doivent élaborer des plans de prévention.",
     [("CPC@01", "assignee", "PPC@01"), ("DEPARTMENTS@01", "assignee", "PPC@01")]),
    # the heads of the departments with the services and sectors elliptic after them (fr list_skips "de services",
    # "de secteurs", "de branches") no longer end the list before the communes' committees
    ("Le Comité populaire de la ville de Hanoï demande aux chefs de départements, de services et de secteurs, ainsi "
     "qu'aux présidents des comités populaires des communes et des quartiers, de renforcer la prévention des "
     "incendies.", [("DEPARTMENTS@01", "assignee", "PPC@01"), ("CPC@01", "assignee", "PPC@01")]),
    # look-alikes: a foreign city's services reporting; a department named with its field
    ("Les services municipaux de Paris ont ramassé les ordures.", []),
    ("Le Comité populaire de la ville de Hanoï a demandé au Département de la construction de services publics de "
     "renforcer les inspections.", [("DOC@01", "assignee", "PPC@01")]),
])
def test_services_as_the_departments(text, expected):
    assert _rows(text, "fr", "2025-09-26") == expected


_TWELVE = ("La province de Yen Bai bénéficiera de 397 tonnes de riz, Cao Bang 625 tonnes, Ha Nam 418 tonnes, Tuyen "
           "Quang 310 tonnes, Lao Cai 247 tonnes, Thanh Hoa 650 tonnes, Nghe An 1.766,265 tonnes, Quang Tri 1.485,990 "
           "tonnes, Ninh Thuan 1.134,465 tonnes, Dak Nong 400 tonnes, et Kon Tum 577 tonnes. La province de Quang Ngai, "
           "pour sa part, va recevoir 2.419 tonnes de riz. ")
_TWELVE_CODES = ["15", "04", "35", "08", "10", "38", "40", "45", "58", "67", "62", "51"]


@pytest.mark.parametrize("text, lang, expected", [
    # a count written in figures names again as many provinces named before it (grammar.json
    # committees_of_provinces_named_before counts_in_figures), with quantities in figures after the names
    (_TWELVE + "Le Premier ministre a également demandé aux Comités populaires de ces 12 provinces de gérer ce stock.",
     "fr", [(f"PPC@{code}", "assignee", "PM") for code in _TWELVE_CODES]),
    ("Les provinces de Nghe An, Ha Tinh, Quang Binh, Quang Tri, Hue et Da Nang ont reçu du riz. Le Premier ministre a "
     "demandé aux comités populaires de ces 6 provinces de distribuer le riz.", "fr",
     [(f"PPC@{code}", "assignee", "PM") for code in ["40", "42", "44", "45", "46", "48"]]),
    ("Nghe An, Ha Tinh, Quang Binh, Quang Tri, Hue and Da Nang received rice. The Prime Minister asked the People's "
     "Committees of these 6 provinces to distribute the rice.", "en",
     [(f"PPC@{code}", "assignee", "PM") for code in ["40", "42", "44", "45", "46", "48"]]),
    # look-alikes: fewer provinces named than the count; a count the provinces' names follow (those names are the
    # bodies, as before)
    ("Les provinces de Nghe An, Ha Tinh et Quang Binh ont reçu du riz. Le Premier ministre a demandé aux comités "
     "populaires de ces 12 provinces de distribuer le riz.", "fr", []),
    ("Le Premier ministre a demandé aux présidents des trois provinces de Nghe An, Son La et Dien Bien de recenser les "
     "ménages.", "fr", [("PPC@40", "assignee", "PM"), ("PPC@14", "assignee", "PM"), ("PPC@11", "assignee", "PM")]),
])
def test_provinces_counted_in_figures_named_before(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, names", [
    # a figure with digit groups after a province's name is a quantity, not a numbered plant's digit
    # (nlp/provinces.py _word_after)
    ("Thanh Hoa 650 tonnes, Nghe An 1.766,265 tonnes, Quang Tri 1.485,990 tonnes", "fr",
     ["Thanh Hoa", "Nghe An", "Quang Tri"]),
    ("Nghe An 1,766 tonnes and Quang Tri 1,485 tonnes", "en", ["Nghe An", "Quang Tri"]),
    ("Nghệ An 1.766 tấn gạo", "vi", ["Nghệ An"]),
    # look-alikes: the numbered plants named after a province stay no province
    ("Dong Nai 3 and Dong Nai 4 hydropower reservoirs", "en", []),
    ("Dong Nai 3, Dong Nai 4 reservoirs", "en", []),
])
def test_province_before_a_quantity(text, lang, names):
    from nlp.provinces import find_provinces

    assert [p.text for p in find_provinces(text, lang)] == names


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence a photo's credit follows is a caption: its plain verb tasks no one, as on a headline line
    # (grammar.json caption_words; frames._caption)
    ("Le Comité populaire de la province de Lang Son met en place une sanction disciplinaire pour le décaissement. "
     "Photo : Khanh Linh La direction doit assumer la responsabilité.\nLe Comité populaire provincial demande aux "
     "communes et quartiers de se concentrer sur le décaissement.", "fr", [("CPC@20", "assignee", "PPC@20")]),
    ("The Lang Son Provincial People's Committee sets up a disciplinary sanction for slow disbursement. Photo: Khanh "
     "Linh The leaders are responsible.\nThe provincial People's Committee asked communes and wards to focus on "
     "disbursement.", "en", [("CPC@20", "assignee", "PPC@20")]),
    # look-alikes: a request before a credit stays a task; a plain verb with no credit after it is still read
    ("Le Comité populaire de la province de Lang Son demande aux communes de se concentrer sur le décaissement. "
     "Photo : Khanh Linh", "fr", [("CPC@20", "assignee", "PPC@20")]),
    ("Le Comité populaire provincial demande aux communes de se concentrer sur le décaissement. Selon la conclusion, "
     "le Département des finances de Lang Son élabore un programme de soutien.", "fr",
     [("CPC@20", "assignee", "PPC@20"), ("DOF@20", "assignee", "PPC@20")]),
])
def test_caption_before_a_photo_credit(text, lang, expected):
    assert _rows(text, lang, "2026-01-11") == expected
