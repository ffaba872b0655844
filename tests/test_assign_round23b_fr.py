"""Round 23b's error classes of French assignments (README "Round 23b (blind, real public pages): assignments fr"),
fixed in ``extract/assign/lang/fr/cues.json`` (and its English counterpart) and ``extract/assign/extractor.py``
(grammar word lists matched with their accents folded in a text printed without accents). New sentences written for these tests,
one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

import extract
from extract.assign import stage
from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # "préside et coopère avec" (chủ trì, phối hợp với): the partners after "coopère avec" are coordinate rows
    ("Le ministère de la Justice préside et coopère avec le ministère des Finances pour réviser le décret.", "fr",
     [("MOJ", "lead", None), ("MOF", "coordinate", None)]),
    ("Le Premier ministre a demandé au ministère de la Santé de présider et de coopérer avec le ministère des "
     "Finances pour établir le plan.", "fr", [("MOH", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    ("Le ministère de la Construction présidera et coopérera avec le ministère des Finances pour établir le plan.",
     "fr", [("MOC", "lead", None), ("MOF", "coordinate", None)]),
    # printed without accents (Lao Dong's French pages)
    ("Le ministere de la Justice preside et coopere avec les ministeres et agences concernes pour etudier le decret.",
     "fr", [("MOJ", "lead", None), ("MINISTRIES", "coordinate", None)]),
    # the same class in English and Vietnamese (already read)
    ("The Ministry of Justice presides over and cooperates with the Ministry of Finance to revise the decree.", "en",
     [("MOJ", "lead", None), ("MOF", "coordinate", None)]),
    ("Bộ Tư pháp chủ trì, phối hợp với Bộ Tài chính sửa đổi nghị định.", "vi",
     [("MOJ", "lead", None), ("MOF", "coordinate", None)]),
])
def test_cooperating_partners(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "a donné les instructions suivantes :" then the items on their own lines: the speaker asks each item's body
    ("En conséquence, le Premier ministre a donné les instructions suivantes :\nLe ministère de la Justice préside "
     "la révision du décret.", "fr", [("MOJ", "lead", "PM")]),
    ("En consequence le Premier ministre a donne les instructions suivantes :\nLe ministere de la Justice preside la "
     "revision du decret.\nLe ministere des Finances preside la revision du budget de l'Etat.", "fr",
     [("MOJ", "lead", "PM"), ("MOF", "lead", "PM")]),
    ("The Prime Minister gave the following instructions:\nThe Ministry of Justice presides over the revision of the "
     "decree.", "en", [("MOJ", "lead", "PM")]),
    # Vietnamese reads "chỉ đạo như sau:" already
    ("Thủ tướng chỉ đạo như sau:\nBộ Tư pháp chủ trì sửa đổi nghị định.", "vi", [("MOJ", "lead", "PM")]),
])
def test_the_following_instructions(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a provincial committee's "localites" in a text printed without accents are its communes after July 2025, as
    # its "localités" are (localities_of_a_province matched with their accents folded)
    ("Le 5 octobre M. Tran Van Nam - vice-president du Comite populaire de la province de Ninh Binh - a inspecte les "
     "digues de la province.\nLe vice-president du Comite populaire provincial a demande aux localites et aux unites "
     "de renforcer les digues et de surveiller les ouvrages.\nLes localites doivent lancer un mouvement pour proteger "
     "les digues.", "2025-10-05", [("CPC@37", "assignee", "PPC@37"), ("CPC@37", "assignee", "PPC@37")]),
    # before July 2025: the districts
    ("Le 5 octobre M. Tran Van Nam - vice-president du Comite populaire de la province de Ninh Binh - a inspecte les "
     "digues de la province.\nLe vice-president du Comite populaire provincial a demande aux localites et aux unites "
     "de renforcer les digues et de surveiller les ouvrages.", "2024-10-05", [("DPC@37", "assignee", "PPC@37")]),
    # "autorites locales" likewise
    ("Le president du Comite populaire de la province de Ninh Binh a demande aux autorites locales de renforcer les "
     "digues et de surveiller les ouvrages de la province.", "2025-10-05", [("CPC@37", "assignee", "PPC@37")]),
    # look-alikes: the same text with its accents, and the Prime Minister's localities (the provinces)
    ("Le vice-président du Comité populaire de la province de Ninh Binh a demandé aux localités et aux unités de "
     "renforcer les digues.", "2025-10-05", [("CPC@37", "assignee", "PPC@37")]),
    ("Le Premier ministre a demande aux ministeres et aux localites de renforcer les digues et de surveiller les "
     "ouvrages dans toutes les provinces du pays.", "2025-10-05", [("MINISTRIES", "assignee", "PM"),
                                                                   ("PROVINCES", "assignee", "PM")]),
])
def test_unaccented_localities_of_a_province(text, published, expected):
    doc = extract.document_from_text(text, lang="fr", stages=[stage], published=published)
    assert [(a.agency_id, a.role, a.assigned_by) for a in doc.assignments] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "les Comités populaires des provinces et grandes villes" (the centrally-run cities): the provinces' committees
    ("Le vice-Premier ministre a signé la décision approuvant le projet. D'ici 2025, tous les ministères et les "
     "Comités populaires des provinces et grandes villes devront finaliser leurs unités.", "fr",
     [("MINISTRIES", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    ("Le Premier ministre a demandé aux Comités populaires des provinces et des grandes villes de finaliser leurs "
     "plans.", "fr", [("PROVINCES", "assignee", "PM")]),
    # the same in English (already read)
    ("The Prime Minister asked the People's Committees of provinces and major cities to finalise their plans.", "en",
     [("PROVINCES", "assignee", "PM")]),
])
def test_provinces_and_major_cities(text, lang, expected):
    assert found(text, lang) == expected
