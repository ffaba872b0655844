"""Round 20's error classes of French assignments (README "Round 20 (blind, real public pages): assignments fr"),
fixed as data (``nlp/lang/fr/agencies.csv``, fr ``deadlines.json``, fr ``grammar.json``) and one condition of
``extract.assign.extractor._ministry_as_department``. New sentences written for these tests, one literal case a
line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # a ministry a provincial committee tasks, its province never named: the province's department, no suffix
    ("Le président du Comité populaire provincial a demandé au Service des finances de vérifier les données. "
     "Le ministère de la Construction est chargé d'examiner les maisons effondrées.",
     [("DOF", "assignee", "PPC"), ("DOC", "assignee", "PPC")]),
    ("Le président du Comité populaire provincial a demandé au Service de la construction d'examiner les maisons. "
     "Le ministère des Finances doit proposer le niveau de soutien.",
     [("DOC", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    # look-alikes: a ministry the Prime Minister tasks stays the ministry; a ministry a committee asks by a verb too
    ("Le Premier ministre a demandé au ministère de la Santé de vérifier les données. "
     "Le ministère des Finances doit proposer le niveau de soutien.",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("Le Comité populaire provincial a demandé au ministère des Transports d'accélérer le projet.",
     [("MOT", "assignee", "PPC")]),
])
def test_a_ministry_in_an_unnamed_provinces_instructions(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the communes' and wards' committees by their two-level names
    ("Le président du Comité populaire de la province de Lao Cai a demandé aux présidents des comités populaires "
     "des communes et quartiers de donner des instructions.", [("CPC@15", "assignee", "PPC@15")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    ("Le Comité populaire des quartiers et des communes est chargé de diriger les travaux.",
     [("CPC", "assignee", None)]),
    # a city's or a province's police named with its place
    ("Le Premier ministre a demandé à la police de la ville de Hanoï de renforcer les contrôles.",
     [("PPS@01", "assignee", "PM")]),
    ("Le Comité populaire de la province de Nghe An a demandé à la police de la province de Nghe An de "
     "renforcer les patrouilles.", [("PPS@40", "assignee", "PPC@40")]),
    # one district's committee named in the singular
    ("Le président du Comité populaire de la province de Nghe An a chargé le président du Comité populaire du "
     "district de Thanh Chuong d'enquêter.", [("DPC@40", "assignee", "PPC@40")]),
    # a province's competent organs: its departments
    ("Le vice-Premier ministre a demandé aux organes compétents de la province de Yen Bai d'assurer l'ordre.",
     [("DEPARTMENTS@15", "assignee", "DPM")]),
    ("Le Premier ministre a travaillé avec les autorités de la province de Quang Ninh. Il a demandé aux services "
     "compétents de la province de développer le tourisme.", [("DEPARTMENTS@22", "assignee", "PM")]),
    # look-alikes: competent organs alone, the police of a report, the commune of a place, a district's market
    ("Le vice-Premier ministre a demandé aux organes compétents d'assurer l'ordre.", []),
    ("La police de la ville de Hanoï a arrêté trois suspects.", []),
    ("Le Comité populaire des quartiers et des communes a présenté son rapport.", []),
    ("Le Comité populaire du district de Thanh Chuong a inauguré la route.", []),
])
def test_provincial_bodies_by_their_french_names(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, published, expected", [
    # an hour between the qualifier and the due day: the day's date
    ("Le Comité populaire provincial a demandé au Département de la construction d'examiner les données avant "
     "10 h le 29 novembre.", "2025-11", [("DOC", "2025-11-29", "before")]),
    ("Le Comité populaire provincial a demandé au Département de la construction d'examiner les données avant "
     "10h00 le 29 novembre et d'achever les travaux avant le 15 janvier 2026.", "2025-11",
     [("DOC", "2025-11-29", "before")]),
    ("Le ministère de la Santé doit remettre son rapport au plus tard 17h30 le 5 décembre 2025.", "2025-11",
     [("MOH", "2025-12-05", "by")]),
    # look-alike: a meeting at an hour of a day, no qualifier
    ("Le Comité populaire provincial a demandé au Département de la construction de se réunir à 10 h le "
     "29 novembre.", "2025-11", [("DOC", None, None)]),
])
def test_an_hour_before_the_due_day(text, published, expected):
    assert dated(text, "fr", published) == expected


def test_an_unaccented_page_keeping_the_circumflex_of_aout():
    # Lao Dong's unaccented French keeps 'août' and 'maître': still read with the accents folded
    text = ("Le Departement de la construction de Hanoï vient de promulguer le document adresse aux investisseurs "
            "et au maître d'ouvrage pour les travaux du 11 août 2025 au 5 septembre 2025. Le Departement a egalement "
            "demande a la police de la ville de Hanoï de renforcer la coordination pour les travaux du 10 août 2025 "
            "et du 15 août 2025.")
    # the bare 'Le Departement' naming the department again is read with its accents folded too (stop 41's left
    # classes, French): it asks the police, as the accented text and round 20's gold (assigned_by DOC@01) read it
    assert found(text, "fr") == [("PPS@01", "assignee", "DOC@01")]


@pytest.mark.parametrize("text, expected", [
    # a demonstrative with no count: the provinces of the nearest list before, each its committee
    ("Le Premier ministre a visité les provinces de Quang Binh et de Quang Tri. Il a demandé à ces provinces de "
     "reloger les sinistrés.", [("PPC@44", "assignee", "PM"), ("PPC@45", "assignee", "PM")]),
    ("Le ministre s'est rendu dans les provinces de Hau Giang, Tra Vinh et Long An. Le ministère de la Santé a "
     "demandé à ces provinces de proposer des solutions.",
     [("PPC@93", "assignee", "MOH"), ("PPC@84", "assignee", "MOH"), ("PPC@80", "assignee", "MOH")]),
    # look-alikes: one province named before, the provinces not asked, a count still needs its names
    ("Le Premier ministre a visité la province de Quang Binh. Il a demandé à ces provinces de reloger les sinistrés.",
     []),
    ("Le Premier ministre a visité les provinces de Quang Binh et de Quang Tri. Ces provinces ont relogé les "
     "sinistrés.", []),
])
def test_provinces_named_again_without_a_count(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the report of the task in the future passive, its results as the subject: its date is the task's
    ("Le président du Comité populaire de la province de Nghe An a chargé le président du Comité populaire du "
     "district de Thanh Chuong d'enquêter sur l'incident. Les résultats de cette enquête seront communiqués au "
     "Comité populaire provincial et au Département de l'Information et de la Communication avant le 6 mars 2012.",
     [("DPC@40", "2012-03-06", "before")]),
    # look-alike: the results handed over, a past fact with its day
    ("Le président du Comité populaire de la province de Nghe An a chargé le président du Comité populaire du "
     "district de Thanh Chuong d'enquêter sur l'incident. Les résultats de l'enquête ont été remis au Comité "
     "populaire provincial le 6 mars 2012.", [("DPC@40", None, None)]),
])
def test_the_report_of_the_task_in_the_future_passive(text, expected):
    assert dated(text, "fr") == expected
