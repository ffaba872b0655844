"""Round 40's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it (Vietnamese not covered: its
dates are written with their year, its reported speech shifts no tense, its lists keep their commas and its
demonstratives, ``Sở này``, were read already)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-08-01")
_spoken = rows_reader("agency_id", "role", "assigned_by", published="2022-03-27")
_undated = rows_reader("agency_id", "role", "assigned_by", "deadline", "deadline_qualifier")

QUARTER_TOLD_AS_PAST = [
    # an undated page that tells a quarter with its year as past ("au cours du premier trimestre de 2022") is written
    # after that quarter: its year dates a quarter written without one ("d'achever au troisième trimestre")
    ("fr", "Le Premier ministre a tenu une séance de travail sur les résultats obtenus au cours du premier trimestre "
           "de 2022. Il a demandé à Quang Nam d'achever au troisième trimestre la planification provinciale.",
     [("PPC@49", "assignee", "PM", "2022-Q3", "in")]),
    ("fr", "Le bilan porte sur la croissance au cours du deuxième trimestre de 2023. Le Premier ministre a demandé au "
           "ministère des Finances de soumettre le projet au quatrième trimestre.",
     [("MOF", "assignee", "PM", "2023-Q4", "in")]),
    ("en", "The Prime Minister reviewed the results achieved during the first quarter of 2022. He asked Quang Nam to "
           "complete the provincial planning in the third quarter.",
     [("PPC@49", "assignee", "PM", "2022-Q3", "in")]),
    # look-alikes: a quarter set as a due date is no period told (the undated page keeps its year-less quarter
    # undated), and a page that tells no period keeps it undated
    ("fr", "Le Premier ministre a demandé à Quang Nam d'achever au premier trimestre 2026 la planification, puis au "
           "troisième trimestre celle des communes.",
     [("PPC@49", "assignee", "PM", "2026-Q1", "in")]),
    ("fr", "Le Premier ministre a tenu une séance de travail sur le plan. Il a demandé à Quang Nam d'achever au "
           "troisième trimestre la planification provinciale.",
     [("PPC@49", "assignee", "PM", None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUARTER_TOLD_AS_PAST)
def test_round40_fr_quarter_told_as_past(lang: str, text: str, expected: list) -> None:
    assert sorted(_undated(text, lang), key=str) == sorted(expected, key=str)


REPORTED_SPEECH_PAST_MODAL = [
    # a speaker's verb of emphasis, then a body and a modal the reported speech shifted to the past ("a souligné que
    # Quang Nam devait …"): the speaker's demand, as "doit" there is (ruling C for a visited province)
    ("fr", "Le Premier ministre a souligné que Quang Nam devait tirer le meilleur parti de ses potentiels.",
     [("PPC@49", "assignee", "PM")]),
    ("fr", "Le Premier ministre a affirmé que les ministères devaient simplifier les procédures administratives.",
     [("MINISTRIES", "assignee", "PM")]),
    ("fr", "Le vice-Premier ministre a insisté sur le fait que Hanoï devait accélérer le décaissement.",
     [("PPC@01", "assignee", "DPM")]),
    ("en", "The Prime Minister stressed that Quang Nam had to make the best use of its potential.",
     [("PPC@49", "assignee", "PM")]),
    # look-alikes: the same past modal after a report's verb, with no verb before it, after an assessment
    ("fr", "Le rapport indique que Quang Nam devait achever le projet en 2021.", []),
    ("fr", "Quang Nam devait achever le projet en 2021, mais les travaux ont pris du retard.", []),
    ("fr", "Le Premier ministre a estimé que Quang Nam devait être fière de ses résultats.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REPORTED_SPEECH_PAST_MODAL)
def test_round40_fr_reported_speech_past_modal(lang: str, text: str, expected: list) -> None:
    assert sorted(_spoken(text, lang)) == sorted(expected)


PARTNERS_WITHOUT_COMMAS = [
    # a list of one province's bodies with its commas dropped, each name after its own article (Lao Dong's French
    # copy: "coordonner avec le Departement de l'Industrie et du Commerce le Departement des Finances la police
    # municipale …"): every one a partner
    ("fr", "Le président du Comité populaire de la ville de Can Tho a chargé le Département de l'agriculture et de "
           "l'environnement de présider et de coordonner avec le Département de l'Industrie et du Commerce le "
           "Département des Finances la police municipale pour contrôler les marchés.",
     [("DAE@92", "lead", "PPC@92"), ("DOIT@92", "coordinate", "PPC@92"), ("DOF@92", "coordinate", "PPC@92"),
      ("PPS@92", "coordinate", "PPC@92")]),
    ("fr", "Le Comité populaire provincial de Nghe An demande au Département de la Santé le Département des Finances "
           "et au Département de la Construction de vérifier les hôpitaux.",
     [("DOH@40", "assignee", "PPC@40"), ("DOF@40", "assignee", "PPC@40"), ("DOC@40", "assignee", "PPC@40")]),
    # a department's name written without its inner comma (the same copy: "Departement de la culture des sports et
    # du tourisme") is the department all the same
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Département de la culture des sports et du tourisme "
           "de suspendre les fêtes.",
     [("DOCST@40", "assignee", "PPC@40")]),
    # look-alikes: more words than an article between two bodies (the first body's task, then another sentence's
    # subject), and the commas kept (read already)
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Département des Finances d'examiner le budget. Le "
           "Département de la Construction a publié son rapport.",
     [("DOF@40", "assignee", "PPC@40")]),
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Département de la Santé de présider et de coordonner "
           "avec le Département des Finances, la police provinciale.",
     [("DOH@40", "lead", "PPC@40"), ("DOF@40", "coordinate", "PPC@40"), ("PPS@40", "coordinate", "PPC@40")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTNERS_WITHOUT_COMMAS)
def test_round40_fr_partners_without_commas(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


DEMONSTRATIVE_SUBJECT = [
    # a demonstrative with its noun opening a sentence with a new duty ("Cette unité coopère également avec …", "This
    # Department must also …") names the body the sentence before asked again: a row of its own (stop 45's call);
    # its partner after "coopère également avec" a coordinate row
    ("fr", "Le Comité populaire provincial de Dong Thap demande au Département de l'agriculture et de l'environnement "
           "de contrôler les marchés. Cette unité coopère également avec les comités populaires des communes pour "
           "examiner les données.",
     [("DAE@82", "assignee", "PPC@82"), ("DAE@82", "assignee", "PPC@82"), ("CPC@82", "coordinate", "PPC@82")]),
    ("fr", "Le Comite populaire provincial de Dong Thap demande au Departement de l'agriculture et de l'environnement "
           "de controler les marches. Cette unite coopere egalement avec les comites populaires des communes pour "
           "examiner les donnees.",
     [("DAE@82", "assignee", "PPC@82"), ("DAE@82", "assignee", "PPC@82"), ("CPC@82", "coordinate", "PPC@82")]),
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Département des Finances d'évaluer les prix. Ce "
           "département doit également publier les résultats avant le 15 septembre 2025.",
     [("DOF@40", "assignee", "PPC@40"), ("DOF@40", "assignee", "PPC@40")]),
    # (a guard, read already: "ministères" is a body word of its own, so the plural demonstrative was read before)
    ("fr", "Le Premier ministre a demandé aux ministères de réviser les normes. Ces ministères devront également "
           "rendre compte au gouvernement.",
     [("MINISTRIES", "assignee", "PM"), ("MINISTRIES", "assignee", "PM")]),
    ("en", "The Dong Thap Provincial People's Committee requested the Department of Agriculture and Environment to "
           "control markets. This Department must also review the data.",
     [("DAE@82", "assignee", "PPC@82"), ("DAE@82", "assignee", "PPC@82")]),
    # look-alikes: a singular demonstrative after two bodies asked (which one is not told), a demonstrative after a
    # sentence that asked no one, a demonstrative that is no subject
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Département des Finances et le Département de la "
           "Santé d'évaluer les prix. Ce département doit également publier les résultats.",
     [("DOF@40", "assignee", "PPC@40"), ("DOH@40", "assignee", "PPC@40")]),
    ("fr", "Le Département des Finances a publié son rapport annuel. Cette unité doit encore recruter du personnel.", []),
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Département des Finances d'évaluer les prix. Dans ce "
           "département, les agents doivent travailler le samedi.",
     [("DOF@40", "assignee", "PPC@40")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEMONSTRATIVE_SUBJECT)
def test_round40_fr_demonstrative_subject(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)
