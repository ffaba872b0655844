"""Round 39b's error classes of English assignments (docs/quality.md "Round 39b (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from nlp.provinces import find_provinces
from tests.assign_cases import rows_reader

_old = rows_reader(published="2019-05-01")


@pytest.mark.parametrize("text, lang, expected", [
    # the class: a province whose bare name is also a word (Hòa Bình, `peace`) named with the adjective `provincial`
    ("The Hoa Binh provincial People's Committee sent a letter.", "en", [("Hoa Binh provincial", "17")]),
    ("The Hoa Binh Provincial Police checked the venues.", "en", [("Hoa Binh Provincial", "17")]),
    ("Le Comité populaire provincial de Hoa Binh a envoyé une lettre.", "fr", [("provincial de Hoa Binh", "17")]),
    # look-alikes: the word alone, and a province that needs no designator, as before
    ("They hope for hoa binh and provincial growth.", "en", []),
    ("The Lang Son provincial People's Committee sent a letter.", "en", [("Lang Son", "20")]),
])
def test_a_province_named_with_provincial(text, lang, expected):
    assert [(p.text, p.code_in("2024")) for p in find_provinces(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: a committee that `sent a dispatch` (`a envoyé une dépêche`) directs the text: the document's later
    # requests (`The document asks …`, a passive) are its own
    ("The Lang Son provincial People's Committee sent Dispatch No. 4 requiring the Department of Health to prepare the "
     "hospitals. The document asks the Department of Finance to allocate funds.", "en",
     [("DOH@20", "assignee", "PPC@20", None), ("DOF@20", "assignee", "PPC@20", None)]),
    ("The Lang Son provincial People's Committee has sent an urgent dispatch requiring the Department of Health to "
     "prepare the hospitals. The Department of Finance is asked to allocate funds.", "en",
     [("DOH@20", "assignee", "PPC@20", None), ("DOF@20", "assignee", "PPC@20", None)]),
    ("Le Comité populaire de la province de Lang Son a envoyé une dépêche demandant au Service de la santé de préparer "
     "les hôpitaux. Le document demande au Service des finances d'allouer des fonds.", "fr",
     [("DOH@20", "assignee", "PPC@20", None), ("DOF@20", "assignee", "PPC@20", None)]),
    # look-alikes: a report sent up directs nothing
    ("The Lang Son provincial People's Committee sent a report to the Prime Minister on the floods. The Department of "
     "Finance is asked to allocate funds.", "en", [("DOF@20", "assignee", None, None)]),
    ("Le Comité populaire de la province de Lang Son a envoyé un rapport au Premier ministre. Le Service des finances "
     "doit allouer des fonds.", "fr", [("DOF@20", "assignee", None, None)]),
])
def test_a_committee_that_sent_a_dispatch(text, lang, expected):
    assert _old(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: after such a province's committee sent a dispatch, the bodies of the next sentences are its own
    ("The Hoa Binh provincial People's Committee sent Dispatch No. 4 requiring the Department of Health to prepare the "
     "hospitals. The document asks the Department of Finance to allocate funds. The dispatch also requires departments "
     "and local People's Committees to coordinate closely.", "en",
     [("DOH@17", "assignee", "PPC@17", None), ("DOF@17", "assignee", "PPC@17", None),
      ("DEPARTMENTS@17", "assignee", "PPC@17", None), ("DPC@17", "assignee", "PPC@17", None)]),
    ("Le Comité populaire provincial de Hoa Binh a demandé au Service de la santé de préparer les hôpitaux. Le Service "
     "des finances doit allouer des fonds.", "fr",
     [("DOH@17", "assignee", "PPC@17", None), ("DOF@17", "assignee", "PPC@17", None)]),
])
def test_the_bodies_of_such_a_province(text, lang, expected):
    assert _old(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the class: a province's `Police Office` (Công an tỉnh), named again as `the office`
    ("The Lang Son provincial People's Committee asked the Department of Health to prepare. The provincial Police "
     "Office is requested to coordinate with the Department of Health in keeping order. The office is also required "
     "to regulate the traffic.",
     [("DOH@20", "assignee", "PPC@20", None), ("PPS@20", "assignee", "PPC@20", None),
      ("DOH@20", "coordinate", "PPC@20", None), ("PPS@20", "assignee", "PPC@20", None)]),
    # look-alikes: an office outside the table named again; a post office
    ("The Lang Son provincial People's Committee asked the Department of Health to prepare. The provincial Party "
     "Committee Office is requested to report. The office is also required to regulate the traffic.",
     [("DOH@20", "assignee", "PPC@20", None)]),
    ("The Lang Son provincial People's Committee asked the Department of Health to prepare. The provincial Post "
     "Office is requested to deliver the papers.",
     [("DOH@20", "assignee", "PPC@20", None)]),
])
def test_a_provincial_police_office(text, expected):
    assert _old(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: the district-level `government` / `authorities` of a province's text, its committees, not the
    # Government; the French `autorités de district` (`commune-level government` is left: the two-level model's
    # description, `the commune-level government will take charge of …`, round 26 en, would become a row)
    ("The Nghe An Provincial People's Committee issued a plan. Accordingly, the Party Committee and the district-level "
     "government shall prepare personnel before January 10, 2020.", "en",
     [("DPC@40", "assignee", "PPC@40", "2020-01-10")]),
    ("The Nghe An Provincial People's Committee asked district-level authorities to prepare personnel.", "en",
     [("DPC@40", "assignee", "PPC@40", None)]),
    ("Le Comité populaire de la province de Nghe An a demandé aux autorités de district de préparer le personnel.",
     "fr", [("DPC@40", "assignee", "PPC@40", None)]),
    # look-alikes: the Government itself, and the Vietnamese form, read so already
    ("The Prime Minister issued a plan. Accordingly, the Government shall prepare personnel.", "en",
     [("GOV", "assignee", "PM", None)]),
    ("UBND tỉnh Nghệ An yêu cầu chính quyền cấp huyện chuẩn bị nhân sự trước ngày 10/1/2020.", "vi",
     [("DPC@40", "assignee", "PPC@40", "2020-01-10")]),
])
def test_district_level_government(text, lang, expected):
    assert _old(text, lang) == expected


_2024 = rows_reader(published="2024-05-16")


@pytest.mark.parametrize("text, lang, expected", [
    # the class: a list item's addressees opening with an honorific and persons outside the table before the body
    ("To hold the exam safely, the Prime Minister requests:\n1. Comrades Secretaries of Provincial and Municipal Party "
     "Committees, Chairmen of People's Committees of provinces and centrally-run cities:\na) Focus on preparing the "
     "best conditions for the Exam.", "en", [("PROVINCES", "assignee", "PM", None)]),
    ("To hold the exam safely, the Prime Minister requests:\n1. Comrades Chairmen of People's Committees of provinces "
     "and centrally-run cities:\na) Focus on preparing the best conditions for the Exam.", "en",
     [("PROVINCES", "assignee", "PM", None)]),
    ("Để tổ chức Kỳ thi an toàn, Thủ tướng Chính phủ yêu cầu:\n1. Đồng chí Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban "
     "nhân dân các tỉnh, thành phố trực thuộc Trung ương:\na) Tập trung chỉ đạo chuẩn bị điều kiện tốt nhất cho Kỳ thi.",
     "vi", [("PROVINCES", "assignee", "PM", None)]),
    ("Afin d'organiser l'examen, le Premier ministre demande :\n1. Camarades secrétaires des comités provinciaux du "
     "Parti, présidents des Comités populaires des provinces et villes relevant du pouvoir central :\na) Se concentrer "
     "sur la préparation de l'examen.", "fr", [("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: a topic, not an addressee, before the body; no colon after the body
    ("To hold the exam safely, the Prime Minister requests:\n1. The exam schedule, Chairmen of People's Committees of "
     "provinces and centrally-run cities:\na) Focus on preparing the best conditions for the Exam.", "en", []),
    ("The Prime Minister met the delegates.\n1. Comrades Secretaries of Provincial Party Committees, Chairmen of "
     "People's Committees of provinces attended the meeting.", "en", []),
])
def test_a_list_item_opening_with_outside_addressees(text, lang, expected):
    assert _2024(text, lang) == expected


_2016 = rows_reader(published="2016-06-16")


@pytest.mark.parametrize("text, lang, expected", [
    # the class: `partner with` / `in partnership with` (`en partenariat avec`) the body's partner, as `coordinate with`
    ("The Prime Minister asked the Ministry of Finance to partner with the Ministry of Health to build a roadmap.", "en",
     [("MOF", "assignee", "PM", None), ("MOH", "coordinate", "PM", None)]),
    ("The Prime Minister asked the Ministry of Finance to build the roadmap in partnership with the Ministry of Health.",
     "en", [("MOF", "assignee", "PM", None), ("MOH", "coordinate", "PM", None)]),
    ("Le Premier ministre a demandé au ministère des Finances d'élaborer la feuille de route en partenariat avec le "
     "ministère de la Santé.", "fr", [("MOF", "assignee", "PM", None), ("MOH", "coordinate", "PM", None)]),
    # look-alikes: a partnership told as a fact gives no row
    ("The Ministry of Health signed a partnership with the Ministry of Finance last year.", "en", []),
    ("The Ministry of Finance has partnered with the Ministry of Health for years.", "en", []),
])
def test_partner_with(text, lang, expected):
    assert _2016(text, lang) == expected
