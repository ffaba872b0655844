"""Round 27's error classes of French assignments (docs/quality.md "Round 27 (blind, real public pages): assignments
fr"), fixed in the data named in each test. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were and the same class in the other languages where it exists."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader()


@pytest.mark.parametrize("text, lang, expected", [
    # a telegram's request in the infinitive, the machine translation of "Yêu cầu …" (fr cues.json assign_before
    # "demander au", "demander aux", "demander à"), after a semicolon or opening its sentence
    ("Le Premier ministre a adressé ses condoléances aux familles ; Demander au président du Comité populaire "
     "provincial de Lai Chau de diriger les secours.", "fr", [("PPC@12", "assignee", "PM", None)]),
    ("Le Premier ministre a signé la dépêche. Demander à la Banque d'État du Vietnam d'orienter les banques.", "fr",
     [("SBV", "assignee", "PM", None)]),
    ("La dépêche fixe les tâches. Demander aux ministères et aux localités de renforcer la prévention.", "fr",
     [("MINISTRIES", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    # the same class in English and Vietnamese was read already
    ("The Prime Minister sent condolences. Request the Chairman of Lai Chau Provincial People's Committee to direct "
     "the rescue.", "en", [("PPC@12", "assignee", None, None)]),
    ("Thủ tướng gửi lời chia buồn. Yêu cầu Chủ tịch UBND tỉnh Lai Châu tiếp tục chỉ đạo công tác cứu nạn.", "vi",
     [("PPC@12", "assignee", None, None)]),
    # look-alike: the public asked is no body of the table
    ("Le Premier ministre a adressé ses condoléances ; Demander au public de rester prudent.", "fr", []),
])
def test_a_telegrams_request_in_the_infinitive(text, lang, expected):
    assert _rows(text, lang, "2025-05-17") == expected


@pytest.mark.parametrize("text, expected", [
    # the provincial Front committee (fr agencies.csv VFF "Comité provincial du Front de la Patrie …", round 20b's
    # reading) and its member organisations (fr cues.json list_skips) no longer end the list before the bodies
    ("Le président du Comité populaire provincial demande au Comité provincial du Front de la patrie du Vietnam et à "
     "ses organisations membres, ainsi qu'aux départements, agences et comités populaires des communes, "
     "arrondissements et zones spéciales d'étudier la résolution.",
     [("VFF", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    ("Le président du Comité populaire provincial demande au Comité provincial du Front de la Patrie du Vietnam de "
     "mobiliser la population.", [("VFF", "assignee", "PPC", None)]),
    # look-alike: the Front receiving gifts is tasked with nothing
    ("Le Comité provincial du Front de la Patrie du Vietnam a reçu les dons.", []),
])
def test_the_provincial_front_and_its_member_organisations(text, expected):
    assert _rows(text, "fr", "2025-12-10") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a city's services and sectors (các sở, ngành) with the preposition repeated (fr agencies.csv DEPARTMENTS
    # "services et aux secteurs")
    ("Le président du Comité populaire de Cân Tho a demandé aux services et aux secteurs de tout mettre en œuvre.",
     "fr", [("DEPARTMENTS@92", "assignee", "PPC@92", None)]),
    ("The Chairman of Can Tho City People's Committee asked departments and sectors to do their utmost.", "en",
     [("DEPARTMENTS@92", "assignee", "PPC@92", None)]),
    # look-alike: the services alone stay no row
    ("Le président du Comité populaire de Cân Tho a demandé aux services de tout mettre en œuvre.", "fr", []),
])
def test_services_and_sectors_with_the_preposition_repeated(text, lang, expected):
    assert _rows(text, lang, "2022-02") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the plural and feminine of "est tenu de" (fr cues.json subject_strong "sont tenus de", "sont tenues de",
    # "est tenue de"), an elliptic list of ministries before it
    ("Les ministères de la Défense et de la Sécurité publique sont tenus de soumettre leurs rapports avant le 16 avril "
     "2020.", "fr", [("MOD", "assignee", None, "2020-04-16"), ("MPS", "assignee", None, "2020-04-16")]),
    ("La Banque d'État du Vietnam est tenue de publier les données.", "fr", [("SBV", "assignee", None, None)]),
    ("Les comités populaires des provinces sont tenues de soumettre leurs rapports.", "fr",
     [("PROVINCES", "assignee", None, None)]),
    ("The Ministries of National Defence and Public Security are required to submit their reports before April 16, "
     "2020.", "en", [("MOD", "assignee", None, "2020-04-16"), ("MPS", "assignee", None, "2020-04-16")]),
    ("Bộ Quốc phòng và Bộ Công an có trách nhiệm gửi báo cáo trước ngày 16/4/2020.", "vi",
     [("MOD", "assignee", None, "2020-04-16"), ("MPS", "assignee", None, "2020-04-16")]),
    # look-alike: pupils bound to wear a uniform are no body of the table
    ("Les élèves sont tenus de porter l'uniforme.", "fr", []),
])
def test_bound_to_in_the_plural(text, lang, expected):
    assert _rows(text, lang, "2019-07-20") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the wards' committees alone (phường, commune level: fr, en and vi agencies.csv CPC), asked or partners
    ("Le Comité populaire de la province de Lang Son a demandé aux comités populaires des quartiers d'examiner la "
     "situation.", "fr", [("CPC@20", "assignee", "PPC@20", None)]),
    ("Le Comité populaire de la province de Lang Son a chargé le Département de la construction de présider et de "
     "coordonner avec les Comités populaires des quartiers clés d'examiner la situation.", "fr",
     [("DOC@20", "lead", "PPC@20", None), ("CPC@20", "coordinate", "PPC@20", None)]),
    ("The Lang Son Provincial People's Committee asked the People's Committees of wards to review the situation.",
     "en", [("CPC@20", "assignee", "PPC@20", None)]),
    ("UBND tỉnh Lạng Sơn yêu cầu UBND các phường rà soát tình hình.", "vi", [("CPC@20", "assignee", "PPC@20", None)]),
    # look-alike: a ward's committee receiving visitors
    ("Les comités populaires des quartiers ont accueilli la délégation.", "fr", []),
])
def test_the_wards_committees(text, lang, expected):
    assert _rows(text, lang, "2025-08-25") == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # the localities of a sentence with no asker, after one of a province's departments alone asked, are the
    # province's communes (or districts before July 2025), asked by that department (askers._the_one_asker_before,
    # as after the province's committee, round 21b)
    ("Le Département de l'Agriculture et de l'Environnement de la province de Tay Ninh a demandé aux Comités "
     "populaires des communes et des quartiers de déployer des solutions. Plus précisément, les localités doivent "
     "surveiller de près le niveau des eaux.", "fr", "2025-10-10",
     [("CPC@80", "assignee", "DAE@80", None), ("CPC@80", "assignee", "DAE@80", None)]),
    ("Le Département des finances de la province de Cao Bang a demandé aux districts d'examiner les dépenses. Les "
     "localités doivent rendre compte avant le 15 mars.", "fr", "2024-03-01",
     [("DPC@04", "assignee", "DOF@04", None), ("DPC@04", "assignee", "DOF@04", "2024-03-15")]),
    ("The Department of Agriculture and Environment of Tay Ninh province asked the People's Committees of communes "
     "and wards to deploy solutions. Specifically, localities must closely monitor water levels.", "en", "2025-10-10",
     [("CPC@80", "assignee", "DAE@80", None), ("CPC@80", "assignee", "DAE@80", None)]),
    # look-alike: after a ministry's request the localities stay the provinces
    ("Le ministère de l'Agriculture et de l'Environnement a demandé aux provinces de déployer des solutions. Les "
     "localités doivent surveiller le niveau des eaux.", "fr", "2025-10-10",
     [("PROVINCES", "assignee", "MAE", None), ("PROVINCES", "assignee", "MAE", None)]),
])
def test_localities_after_a_provinces_department_asked(text, lang, published, expected):
    assert _rows(text, lang, published) == expected
