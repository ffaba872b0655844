"""Round 24b's error classes of French assignments (README "Round 24b (blind, real public pages): assignments fr"),
fixed in ``nlp/agencies.py`` with ``extract/assign/extractor.py`` (a page published in the merger's month, at month
precision) and the French data named in each test. New sentences written for these tests, one literal case a line,
with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader("agency_id", "role", "assigned_by")


@pytest.mark.parametrize("text, lang, published, expected", [
    # a page dated by its content to July 2025 (month precision, the month the 34-province scheme began on its
    # first day) names the merged province: Gia Lai 52 (with Binh Dinh), Bac Ninh 24 (with Bac Giang)
    ("Le président du Comité populaire provincial de Gia Lai a demandé au Département des finances d'examiner les "
     "besoins.", "fr", "2025-07", [("DOF@52", "assignee", "PPC@52")]),
    ("The chairman of the Gia Lai Provincial People's Committee asked the Department of Finance to review the needs.",
     "en", "2025-07", [("DOF@52", "assignee", "PPC@52")]),
    ("Chủ tịch UBND tỉnh Gia Lai giao Sở Tài chính rà soát nhu cầu.", "vi", "2025-07",
     [("DOF@52", "assignee", "PPC@52")]),
    ("Le Comité populaire de la province de Bac Ninh a demandé au Département de la construction de vérifier les "
     "sièges.", "fr", "2025-07", [("DOC@24", "assignee", "PPC@24")]),
    # look-alikes: a page of June 2025, or of a bare 2025, keeps the 63-province codes (Gia Lai 64, Bac Ninh 27)
    ("Le président du Comité populaire provincial de Gia Lai a demandé au Département des finances d'examiner les "
     "besoins.", "fr", "2025-06", [("DOF@64", "assignee", "PPC@64")]),
    ("Le président du Comité populaire provincial de Gia Lai a demandé au Département des finances d'examiner les "
     "besoins.", "fr", "2025", [("DOF@64", "assignee", "PPC@64")]),
    ("Le Comité populaire de la province de Bac Ninh a demandé au Département de la construction de vérifier les "
     "sièges.", "fr", "2025-06-30", [("DOC@27", "assignee", "PPC@27")]),
])
def test_page_published_in_the_mergers_month(text, lang, published, expected):
    assert _rows(text, lang, published) == expected


def test_a_month_the_text_mentions_is_not_the_page_date():
    # an undated text's month (``tháng 7/2025`` of the salaries paid in June) does not move it to the 2025 scheme
    text = ("UBND tỉnh Gia Lai giao các sở, ban, ngành rà soát danh sách để chi trả tiền lương tháng 7/2025 trong "
            "tháng 6/2025.")
    assert _rows(text, "vi", None) == [("DEPARTMENTS@64", "assignee", "PPC@64")]


@pytest.mark.parametrize("text, lang, expected", [
    # a head named in full after his committee and its head's title, then by a courtesy title and his given name
    # ("M. Thieu", "Mme Hau"), after an opening phrase and its comma too: his committee asks
    ("Le président du Comité populaire provincial de Lang Son, Ho Tien Thieu, a présidé la réunion. M. Thieu a demandé "
     "au Département des finances d'examiner les besoins.", "fr", [("DOF@20", "assignee", "PPC@20")]),
    ("Le president du Comite populaire provincial de Lang Son Ho Tien Thieu a preside la reunion. M. Thieu a demande "
     "au Departement des finances d'examiner les besoins.", "fr", [("DOF@20", "assignee", "PPC@20")]),
    ("La présidente du Comité populaire provincial de Lang Son, Doan Thi Hau, a présidé la réunion. Mme Hau a demandé "
     "au Département des finances d'examiner les besoins.", "fr", [("DOF@20", "assignee", "PPC@20")]),
    ("Le président du Comité populaire provincial de Lang Son, Ho Tien Thieu, a présidé la réunion. Pour une mise en "
     "œuvre efficace, M. Thieu a demandé au Département des finances d'examiner les besoins.", "fr",
     [("DOF@20", "assignee", "PPC@20")]),
    # English reads "Mr." as a pronoun already
    ("Chairman of the Lang Son Provincial People's Committee Ho Tien Thieu chaired the meeting. Mr. Thieu asked the "
     "Department of Finance to review the needs.", "en", [("DOF@20", "assignee", "PPC@20")]),
    # look-alike: another person's given name is no head's: no asker
    ("Le président du Comité populaire provincial de Lang Son, Ho Tien Thieu, a présidé la réunion. M. Dung a demandé "
     "au Département des finances d'examiner les besoins.", "fr", [("DOF@20", "assignee", None)]),
])
def test_head_by_courtesy_title_and_given_name(text, lang, expected):
    assert _rows(text, lang, "2025-08-05") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "superviser et coordonner avec" renders chủ trì, phối hợp: the body leads, its partners coordinate
    ("Le Comité populaire de la province de Lang Son a demandé au Département de la Construction de superviser et de "
     "coordonner avec le Département des finances la révision du programme.", "fr",
     [("DOC@20", "lead", "PPC@20"), ("DOF@20", "coordinate", "PPC@20")]),
    ("Le Comité populaire de la province de Lang Son a chargé le Département de la Santé de superviser et coordonner "
     "avec le Département des finances l'achat des vaccins.", "fr",
     [("DOH@20", "lead", "PPC@20"), ("DOF@20", "coordinate", "PPC@20")]),
    ("The Lang Son Provincial People's Committee asked the Department of Construction to supervise and coordinate with "
     "the Department of Finance in revising the programme.", "en",
     [("DOC@20", "lead", "PPC@20"), ("DOF@20", "coordinate", "PPC@20")]),
    ("UBND tỉnh Lạng Sơn giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát chương trình.", "vi",
     [("DOC@20", "lead", "PPC@20"), ("DOF@20", "coordinate", "PPC@20")]),
    # look-alike: a Deputy Prime Minister asked to supervise a ministry passes the task on (nested), no lead
    ("Le Premier ministre a chargé le vice-Premier ministre Tran Hong Ha de superviser le ministère de la Justice dans "
     "la révision du décret.", "fr", [("MOJ", "assignee", "PM")]),
])
def test_supervise_and_coordinate_with_leads(text, lang, expected):
    assert _rows(text, lang, "2025-08-05") == expected
