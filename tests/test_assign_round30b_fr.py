"""Round 30b's error classes of French assignments (docs/quality.md "Round 30b (blind, real public pages): assignments
fr"), fixed in the data or code named in each test. New sentences written for these tests, one literal case a line,
with the look-alikes that must stay as they were and the same class in the other languages where it exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


@pytest.mark.parametrize(("text", "expected"), [
    # a duty cue whose "de" is elided before a vowel (fr cues.json subject_strong "est tenu d'", "est tenue d'",
    # "sont tenus d'", "sont tenues d'"; extract/assign/cues.py _CUE_END lets a cue ending with the apostrophe run
    # into its verb); curly and straight apostrophes alike
    ("Les comités populaires des communes sont tenus d’installer des caméras aux carrefours.",
     [("CPC", "assignee", None, None)]),
    ("Le Service de la santé est tenu d'informer la population chaque semaine.", [("DOH", "assignee", None, None)]),
    ("La police provinciale est tenue d’intensifier les patrouilles.", [("PPS", "assignee", None, None)]),
    ("Les localités sont tenues d'achever l'inventaire avant le 30 juin 2025.",
     [("PROVINCES", "assignee", None, "2025-06-30")]),
    ("Le Comité populaire de la province de Lang Son a publié le plan n° 12. En conséquence, les comités populaires "
     "des communes sont tenus d'afficher les procédures.", [("CPC@20", "assignee", "PPC@20", None)]),
    # the form with "de" before a consonant stays as it was
    ("Les comités populaires des communes sont tenus de moderniser les équipements.", [("CPC", "assignee", None, None)]),
    # look-alikes: kept informed, meetings held, bodies keeping away: no duty
    ("Les comités populaires des communes sont tenus informés de la situation.", []),
    ("Les conférences des comités populaires des communes se sont tenues d'abord à Lang Son.", []),
    ("Les ministères se sont tenus à l'écart du projet.", []),
])
def test_a_duty_cue_with_an_elided_de_tasks_its_subject(text, expected):
    assert _rows(text, "fr") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a province's or a city's leaders as a whole asking, before the assigning verb, ask for its committee (fr and en
    # grammar.json leader_askers, as the Vietnamese "Lãnh đạo TP yêu cầu …" of round 13); the committee takes the
    # province of the bodies it asks
    ("Les dirigeants provinciaux ont chargé le Service de la construction de Quang Ninh de guider les communes.", "fr",
     [("DOC@22", "assignee", "PPC@22", None)]),
    ("Les dirigeants de la province ont également demandé aux comités populaires des communes de Lai Chau d'évacuer "
     "les habitants.", "fr", [("CPC@12", "assignee", "PPC@12", None)]),
    ("Les dirigeants de la ville ont chargé le Service de la santé de Hanoï de vérifier les hôpitaux.", "fr",
     [("DOH@01", "assignee", "PPC@01", None)]),
    ("The city leaders asked the Department of Construction to guide the works.", "en",
     [("DOC", "assignee", "PPC", None)]),
    ("The municipal leaders assigned the Department of Finance of Hanoi to review the projects.", "en",
     [("DOF@01", "assignee", "PPC@01", None)]),
    # look-alikes: the leaders asked are the committee tasked, with no asker; leaders meeting voters task no one
    ("La délégation a demandé aux dirigeants de la ville de Hanoi de renforcer la surveillance.", "fr",
     [("PPC@01", "assignee", None, None)]),
    ("Les dirigeants de la ville ont rencontré les électeurs du quartier de Ba Dinh.", "fr", []),
    ("The city leaders met voters of Ba Dinh ward.", "en", []),
    # Vietnamese had the class already (round 13): unchanged
    ("Lãnh đạo thành phố yêu cầu Sở Xây dựng Hà Nội kiểm tra các công trình.", "vi",
     [("DOC@01", "assignee", "PPC@01", None)]),
])
def test_a_province_s_leaders_ask_for_its_committee(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a singular locality with a modal under a province's request: its localities (nlp/lang/fr/agencies.csv PROVINCES
    # "la localité", "chaque localité"; fr grammar.json localities_of_a_province "localité", "la localité", "chaque
    # localité"; en "each locality", "every locality"): after the merger the province's communes
    ("Le président du Comité populaire de la province de Quang Tri a demandé de reconstruire les maisons. Dans les "
     "zones dangereuses, la localité doit établir un plan de relogement.", "fr", [("CPC@44", "assignee", "PPC@44", None)]),
    ("Le président du Comité populaire de la province de Quang Tri a demandé de reconstruire les maisons. Chaque "
     "localité doit établir un plan précis.", "fr", [("CPC@44", "assignee", "PPC@44", None)]),
    ("Le Premier ministre a demandé de reconstruire les maisons. Chaque localité doit établir un plan précis.", "fr",
     [("PROVINCES", "assignee", "PM", None)]),
    ("The chairman of the Quang Tri Provincial People's Committee asked to rebuild the houses. Each locality must draw "
     "up a precise plan.", "en", [("CPC@44", "assignee", "PPC@44", None)]),
    ("The Prime Minister asked to rebuild the houses. Every locality must draw up a precise plan.", "en",
     [("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the locality as a place, its residents, a report: no task
    ("Les habitants de chaque localité doivent quitter les zones dangereuses.", "fr", []),
    ("La localité a enregistré dix cas de dengue.", "fr", []),
    ("Dans la localité, les habitants doivent rester prudents.", "fr", []),
    ("Residents of each locality must leave the dangerous areas.", "en", []),
])
def test_a_singular_locality_with_a_modal_is_the_province_s_localities(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a provincial committee's plain verb that no one asks, in a text where that committee asks others: it reports
    # what it does, no row (extract/assign/extractor.py, the rows of unasked plain verbs of an asking committee)
    ("Le Comité populaire de la ville de Hue organise la campagne de nettoyage. Le président du Comité populaire de la "
     "ville de Hue a demandé aux comités populaires des communes de mobiliser les habitants.", "fr",
     [("CPC@46", "assignee", "PPC@46", None)]),
    ("The Hue City People's Committee organises the cleaning campaign. The chairman of the Hue City People's Committee "
     "asked the People's Committees of communes to mobilise residents.", "en", [("CPC@46", "assignee", "PPC@46", None)]),
    ("UBND tỉnh Quảng Nam tổ chức chiến dịch vệ sinh môi trường. Chủ tịch UBND tỉnh Quảng Nam yêu cầu UBND các xã huy "
     "động người dân tham gia.", "vi", [("CPC@48", "assignee", "PPC@48", None)]),
    # look-alike: the same plain verb under the Prime Minister's request stays the committee's task
    ("Thủ tướng yêu cầu tăng cường phòng chống dịch. UBND tỉnh Quảng Nam tổ chức chiến dịch vệ sinh môi trường.", "vi",
     [("PPC@48", "assignee", "PM", None)]),
])
def test_an_asking_committee_s_own_plain_verb_is_no_task(text, lang, expected):
    assert _rows(text, lang) == expected
