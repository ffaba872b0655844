"""Round 28's error classes of French assignments (docs/quality.md "Round 28 (blind, real public pages): assignments
fr"), fixed in the data or code named in each test. New sentences written for these tests, one literal case a line,
with the look-alikes that must stay as they were and the same class in the other languages where it exists."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader(published="2025-05-10")


@pytest.mark.parametrize("text, lang, expected", [
    # the provincial-level committees "of these localities" after a list of provinces: each province's committee (fr
    # grammar.json committees_of_provinces_named_before.words "comités populaires de niveau provincial de ces", ...)
    ("Le télégramme est adressé aux Comités populaires de Son La, Lai Châu et Diên Biên. Les présidents des Comités "
     "populaires de niveau provincial de ces localités doivent surveiller la situation.", "fr",
     [("PPC@14", "assignee", None, None), ("PPC@12", "assignee", None, None), ("PPC@11", "assignee", None, None)]),
    ("Le vice-Premier ministre a visité Son La et Lai Châu. Il a demandé aux comités populaires provinciaux de ces "
     "localités de reloger les habitants.", "fr",
     [("PPC@14", "assignee", "DPM", None), ("PPC@12", "assignee", "DPM", None)]),
    # English: the same words, and "these" with no count (en grammar.json without_count, words)
    ("The dispatch was sent to the People's Committees of Son La, Lai Chau and Dien Bien. The chairpersons of the "
     "provincial-level People's Committees of these localities must monitor the situation.", "en",
     [("PPC@14", "assignee", None, None), ("PPC@12", "assignee", None, None), ("PPC@11", "assignee", None, None)]),
    ("The Deputy Prime Minister visited Son La and Lai Chau. He asked the People's Committees of these provinces to "
     "relocate households.", "en", [("PPC@14", "assignee", "DPM", None), ("PPC@12", "assignee", "DPM", None)]),
    # look-alikes: the provinces praised, no task; a demonstrative with one province before it gives none
    ("Le télégramme est adressé aux Comités populaires de Son La et Lai Châu. Les comités populaires de niveau "
     "provincial de ces localités ont reçu des félicitations.", "fr", []),
    ("The Deputy Prime Minister visited Son La and Lai Chau on Monday. These provinces have been hit by floods.",
     "en", []),
])
def test_committees_of_these_localities(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a date line glued to the outlet's name (Vietnam.vn's copies): the text's date, which gives a year-less
    # deadline its year (extract/assign/deadlines.py _GLUED_DATELINE)
    ("Le président remercie les électeurs.\n\nViệt NamViệt Nam13/11/2023\n\nLe président du Comité populaire "
     "provincial de Ha Tinh a demandé aux départements de communiquer les résultats avant le 30 novembre.", "fr",
     [("DEPARTMENTS@42", "assignee", "PPC@42", "2023-11-30")]),
    ("The chairman thanks voters.\n\nBáo Hà TĩnhBáo Hà Tĩnh13/11/2023\n\nThe Chairman of Ha Tinh Provincial "
     "People's Committee asked the Department of Finance to report the results before November 30.", "en",
     [("DOF@42", "assignee", "PPC@42", "2023-11-30")]),
    # look-alike: a document's number glued to a word is no date; the deadline stays without a year
    ("Le président remercie les électeurs.\n\nSelon le décret n°15/11/2023/ND-CP, le président du Comité populaire "
     "provincial de Ha Tinh a demandé aux départements de communiquer les résultats avant le 30 novembre.", "fr",
     [("DEPARTMENTS@42", "assignee", "PPC@42", None)]),
])
def test_a_date_line_glued_to_the_outlets_name(text, lang, expected):
    assert _rows(text, lang, published=None) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the departments' plural opening a list of their field names (nlp/lang/fr/agencies.json department_word_variants
    # "départements"; fr grammar.json department_name_prefix "Département" for the later bare names), and the
    # assigning noun phrase (fr cues.json "a assigné des tâches spécifiques aux", ...; list_highlights "plus
    # particulièrement")
    ("Le Comité populaire de la province de Binh Thuan a assigné des tâches spécifiques aux départements des "
     "Transports, des Finances, de la Planification et de l'Investissement, et plus particulièrement aux localités "
     "concernées.", "fr",
     [("DOT@60", "assignee", "PPC@60", None), ("DOF@60", "assignee", "PPC@60", None),
      ("DPI@60", "assignee", "PPC@60", None), ("DPC@60", "assignee", "PPC@60", None)]),
    ("Le Comité populaire de la province de Binh Thuan a demandé aux départements de la Construction et des Finances "
     "de revoir le dossier.", "fr", [("DOC@60", "assignee", "PPC@60", None), ("DOF@60", "assignee", "PPC@60", None)]),
    # the same class in English and Vietnamese was read already (with the task after the bodies), or is now
    ("The People's Committee of Binh Thuan province assigned specific tasks to the Departments of Transport and "
     "Finance to clear the site.", "en", [("DOT@60", "assignee", "PPC@60", None), ("DOF@60", "assignee", "PPC@60", None)]),
    ("UBND tỉnh Bình Thuận đã giao nhiệm vụ cụ thể cho các Sở Giao thông vận tải, Tài chính.", "vi",
     [("DOT@60", "assignee", "PPC@60", None), ("DOF@60", "assignee", "PPC@60", None)]),
    # look-alikes: the departments as a whole stay one row; a company after a department is no department
    ("Le Comité populaire de la province de Binh Thuan a demandé aux départements et aux localités de revoir le "
     "dossier.", "fr", [("DEPARTMENTS@60", "assignee", "PPC@60", None), ("DPC@60", "assignee", "PPC@60", None)]),
    ("Le Comité populaire de la province de Binh Thuan a demandé au Département des Finances, de l'entreprise Alpha "
     "de revoir le dossier.", "fr", [("DOF@60", "assignee", "PPC@60", None)]),
])
def test_departments_listed_after_their_plural(text, lang, expected):
    assert _rows(text, lang, published="2024-06-20") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # one named district or commune asked in a list, the preposition before its level word (fr agencies.csv DPC
    # "au district", CPC "à la commune", "a la commune", "au quartier"): the district-level or commune-level committee
    ("Le président du Comité populaire provincial de Ha Tinh a demandé aux départements, aux branches et au district "
     "de Duc Tho de résoudre les problèmes.", "fr",
     [("DEPARTMENTS@42", "assignee", "PPC@42", None), ("DPC@42", "assignee", "PPC@42", None)]),
    ("Le président du Comité populaire provincial de Ha Tinh a demandé aux départements et à la commune de Lam "
     "Trung Thuy de résoudre les problèmes.", "fr",
     [("DEPARTMENTS@42", "assignee", "PPC@42", None), ("CPC@42", "assignee", "PPC@42", None)]),
    # the same class in Vietnamese and English was read already
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các sở, ngành và huyện Đức Thọ xem xét, giải quyết các kiến nghị.", "vi",
     [("DEPARTMENTS@42", "assignee", "PPC@42", None), ("DPC@42", "assignee", "PPC@42", None)]),
    ("The Chairman of Ha Tinh Provincial People's Committee requested departments, branches and Duc Tho district to "
     "resolve the issues.", "en",
     [("DEPARTMENTS@42", "assignee", "PPC@42", None), ("DPC@42", "assignee", "PPC@42", None)]),
    # look-alikes: the district as the place of the task, or of a gift, is no body asked
    ("Le président du Comité populaire provincial de Ha Tinh a demandé aux départements de réparer les routes menant "
     "au district de Duc Tho.", "fr", [("DEPARTMENTS@42", "assignee", "PPC@42", None)]),
    ("Le Comité populaire provincial de Ha Tinh a remis des cadeaux au district de Duc Tho.", "fr", []),
])
def test_one_named_district_asked_in_a_list(text, lang, expected):
    assert _rows(text, lang, published="2023-11-13") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a pronoun after a sentence whose subject is a provincial committee and that gave no row: the committee asks
    # (extract/assign/askers.py _authority_subject_of)
    ("Le Comité populaire de la province de Binh Thuan a donné des instructions aux agences spécialisées. Plus "
     "précisément, le 17 mai, il a demandé aux départements des Transports et des Finances de revoir le dossier.",
     "fr", [("DOT@60", "assignee", "PPC@60", None), ("DOF@60", "assignee", "PPC@60", None)]),
    ("Le Comité populaire de la province de Binh Thuan a donné des instructions fermes. Il a demandé aux comités "
     "populaires des districts de revoir le dossier.", "fr", [("DPC@60", "assignee", "PPC@60", None)]),
    # look-alikes: a body in a complement ("Selon …", "par …") is no subject the pronoun stands for
    ("Selon le Département des Finances, les travaux sont en retard. Il a demandé aux comités populaires des "
     "districts de revoir le dossier.", "fr", [("DPC", "assignee", None, None)]),
    ("Le projet a été financé par le ministère des Finances. Il a demandé aux comités populaires des districts de "
     "revoir le dossier.", "fr", [("DPC", "assignee", None, None)]),
])
def test_a_pronoun_after_a_committees_sentence(text, lang, expected):
    assert _rows(text, lang, published=None) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an undated text saying it is after the administrative merger, and naming no district: the two-level local
    # government's (fr grammar.json two_level_government_words "après la fusion administrative", "apres la fusion
    # administrative"), its provinces in the 2025 scheme, its localities the communes
    ("Le 22 juillet, le Comité populaire de la province de Quang Tri a tenu une réunion sur les prix des terres après "
     "la fusion administrative. Le vice-président du Comité populaire provincial a demandé aux localités d'accélérer "
     "le déblaiement.", "fr", [("CPC@44", "assignee", "PPC@44", None)]),
    # look-alikes: the merger of a district, or no merger named, keep the old scheme and the districts
    ("Le 22 juillet, le Comité populaire de la province de Quang Tri a tenu une réunion sur les prix des terres après "
     "la fusion administrative du district de Gio Linh. Le vice-président du Comité populaire provincial a demandé "
     "aux localités d'accélérer le déblaiement.", "fr", [("DPC@45", "assignee", "PPC@45", None)]),
    ("Le 22 juillet, le Comité populaire de la province de Quang Tri a tenu une réunion sur les prix des terres. Le "
     "vice-président du Comité populaire provincial a demandé aux localités d'accélérer le déblaiement.", "fr",
     [("DPC@45", "assignee", "PPC@45", None)]),
])
def test_an_undated_text_after_the_administrative_merger(text, lang, expected):
    assert _rows(text, lang, published=None) == expected
