"""Round 34's error classes of English assignments (docs/quality.md "Round 34 (blind, real public pages): assignments
en"), fixed as general rules, with the same class in Vietnamese and French where it exists: a bare sector in a
province's own direction (`requests the health sector to receive patients`: the province's department); a city's
Department of Culture and Sports (no Tourism in its name); `Directors and Head of city's Departments`; a goal told in
its own sentence after a task (`The goal is that by March 31, …`: no date of the task's); a committee head's bare
title after a cited directive of the Prime Minister (`Accordingly, the Chairman requests …`: the committee, not the
PM); `direct and support localities to …` (a nested direction); a continuation's more task verbs (`At the same time,
replicate …`) and the item's localities named again inside it. New sentences written for these tests, one literal
case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-04-10")


@pytest.mark.parametrize("lang, text, expected", [
    # a bare sector in a province's own direction is the province's department (stop 40's convention)
    ("en", "The Da Nang People's Committee requests the health sector to set up isolation wards.",
     [("DOH@48", "assignee", "PPC@48", None)]),
    ("en", "The Bac Ninh People's Committee assigned the education sector to review the school buses.",
     [("DOET@27", "assignee", "PPC@27", None)]),
    # look-alikes: a national text's sector; a sector after a ministry in the sentence
    ("en", "The Prime Minister asked the health sector to train more doctors.", []),
    ("en", "The Ministry of Health requested the health sector to train more doctors.",
     []),
    # a city's Department of Culture and Sports (Hanoi, Ho Chi Minh City: tourism has its own department)
    ("en", "The Hanoi People's Committee assigned the Department of Culture and Sports to organise the book fair.",
     [("DOCST@01", "assignee", "PPC@01", None)]),
    ("vi", "UBND thành phố Hà Nội giao Sở Văn hóa và Thể thao tổ chức hội sách.",
     [("DOCST@01", "assignee", "PPC@01", None)]),
    ("fr", "Le Comité populaire de Hanoï a chargé le Service de la culture et des sports d'organiser la foire du livre.",
     [("DOCST@01", "assignee", "PPC@01", None)]),
    # directors and the head (singular) of the city's departments
    ("en", "The Hanoi People's Committee requests Directors and Head of city's Departments to inspect the markets.",
     [("DEPARTMENTS@01", "assignee", "PPC@01", None)]),
])
def test_bodies_named_in_a_provinces_direction(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a goal told in its own sentence after a task is no date of the task's
    ("en", "The Hanoi People's Committee assigned the Department of Health to speed up the vaccination.\n"
           "The goal is that by March 31, all children aged 1 to 5 receive two doses.",
     [("DOH@01", "assignee", "PPC@01", None)]),
    ("en", "The Hanoi People's Committee assigned the Department of Health to speed up the vaccination.\n"
           "The target is to vaccinate all children by the end of June.",
     [("DOH@01", "assignee", "PPC@01", None)]),
    ("fr", "Le Comité populaire de Hanoï a chargé le Service de la santé d'accélérer la vaccination.\n"
           "L'objectif est que d'ici le 31 mars, tous les enfants reçoivent deux doses.",
     [("DOH@01", "assignee", "PPC@01", None)]),
    # look-alikes: a due date in the next sentence stays the task's; a goal's 'before' date is a due date
    ("en", "The Hanoi People's Committee assigned the Department of Health to speed up the vaccination.\n"
           "The work must be finished by March 31.",
     [("DOH@01", "assignee", "PPC@01", "2025-03-31")]),
    ("en", "The Hanoi People's Committee assigned the Department of Health to speed up the vaccination.\n"
           "The goal is to report the results before March 31.",
     [("DOH@01", "assignee", "PPC@01", "2025-03-31")]),
])
def test_a_goal_in_its_own_sentence(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a committee head's bare title after the Prime Minister named only as a cited directive's issuer
    ("en", "The Chairman of the Provincial People's Committee has issued an official dispatch to implement Directive "
           "No. 12/CT-TTg of the Prime Minister on fire safety.\nAccordingly, the Chairman requests that "
           "departments and district-level People's Committees inspect the markets.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("en", "The Chairman of the Provincial People's Committee has issued an official dispatch to implement Directive "
           "No. 12/CT-TTg of the Prime Minister on fire safety.\nThe Chairman also requests that departments "
           "inspect the markets.",
     [("DEPARTMENTS", "assignee", "PPC", None)]),
    # look-alikes: a pronoun stays with the person named last; the Prime Minister speaking himself
    ("en", "The Chairman of the Provincial People's Committee has issued an official dispatch to implement Directive "
           "No. 12/CT-TTg of the Prime Minister on fire safety.\nAccordingly, he requests that departments "
           "inspect the markets.",
     [("DEPARTMENTS", "assignee", "PM", None)]),
    ("en", "Prime Minister Pham Minh Chinh chaired the meeting with the provinces.\nThe Prime Minister requested "
           "ministries to review the projects.",
     [("MINISTRIES", "assignee", "PM", None)]),
])
def test_a_committee_heads_bare_title(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the bodies a tasked body directs and supports, a task of theirs after them (the guided-bodies convention)
    ("en", "To contain the outbreak, the Prime Minister requested:\n"
           "The Minister of Health continues to direct and support localities to finish the vaccination campaign.",
     [("MOH", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Pour contenir l'épidémie, le Premier ministre a demandé :\n"
           "Le ministre de la Santé continue de diriger et de soutenir les localités pour achever la campagne.",
     [("MOH", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alike: support alone is no direction
    ("en", "To contain the outbreak, the Prime Minister requested:\n"
           "The Minister of Health shall support localities to finish the vaccination campaign.",
     [("MOH", "assignee", "PM", None)]),
])
def test_direct_and_support(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a continuation opener with more task verbs: the item's body's task (stop 40's convention)
    ("en", "The Chairman of the Thai Binh Provincial People's Committee requested the People's Committees of "
           "districts to stop open burning of straw. At the same time, replicate the composting model.",
     [("DPC@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    ("vi", "Chủ tịch UBND tỉnh Thái Bình yêu cầu UBND các huyện ngăn chặn việc đốt rơm rạ. Đồng thời, nhân rộng mô "
           "hình ủ phân hữu cơ.",
     [("DPC@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    ("fr", "Le président du Comité populaire de la province de Thai Binh a demandé aux comités populaires des "
           "districts d'empêcher le brûlage de la paille. Parallèlement, reproduire le modèle de compostage.",
     [("DPC@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    # the item's localities named again inside the continuation, not as its subject
    ("en", "The Chairman of the Thai Binh Provincial People's Committee requested the People's Committees of "
           "districts to stop open burning of straw. At the same time, replicate the composting model that some "
           "localities have tested.",
     [("DPC@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    # a body named only as the owner of a thing in the continuation does not end it (left34fr's owner links)
    ("en", "The Chairman of the Thai Binh Provincial People's Committee requested the People's Committees of "
           "districts to stop open burning of straw. At the same time, replicate the composting model of the "
           "Department of Agriculture and Environment.",
     [("DPC@34", "assignee", "PPC@34", None), ("DPC@34", "assignee", "PPC@34", None)]),
    # look-alikes: a continuation with a subject of its own
    ("en", "The Chairman of the Thai Binh Provincial People's Committee requested the People's Committees of "
           "districts to stop open burning of straw. At the same time, farmers replicate the composting model.",
     [("DPC@34", "assignee", "PPC@34", None)]),
])
def test_continuations_with_more_task_verbs(lang, text, expected):
    assert _rows(text, lang) == expected
