"""Round 21's error classes of French assignments (README "Round 21 (blind, real public pages): assignments fr"),
fixed as data (``extract/assign/lang/fr/grammar.json``, ``extract/assign/lang/fr/cues.json``, and the English
``cues.json`` where the class exists there). New sentences written for these tests, one literal case a line, with
the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # the province named again, bare, as the subject of a modal: the province named before
    ("Le Premier ministre a demandé à la province de Quang Nam de recenser les ménages. La province doit achever "
     "le recensement avant la saison des pluies.", "fr", [("PPC@49", "assignee", "PM"), ("PPC@49", "assignee", "PM")]),
    ("Le Comité populaire de la province de Khanh Hoà est chargé de gérer les fonds. La province doit également "
     "rendre compte des résultats au ministère des Finances.", "fr", [("PPC@56", "assignee", None), ("PPC@56", "assignee", None)]),
    ("Le vice-Premier ministre a demandé à Ha Giang de renforcer la défense. La province doit aussi protéger les "
     "forêts.", "fr", [("PPC@02", "assignee", "DPM"), ("PPC@02", "assignee", "DPM")]),
    # as English reads it already
    ("The Prime Minister asked Long An to count households. The province must also repair dikes.", "en",
     [("PPC@80", "assignee", "PM"), ("PPC@80", "assignee", "PM")]),
    # look-alikes: the province that reports, the people of the province, no province named before
    ("Le Premier ministre a demandé à la province de Quang Nam de recenser les ménages. La province a déclaré "
     "qu'elle doit encore recenser les ménages.", "fr", [("PPC@49", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province de Quang Nam de recenser les ménages. Les habitants de la "
     "province doivent rester vigilants.", "fr", [("PPC@49", "assignee", "PM")]),
    ("La province doit recenser les ménages.", "fr", []),
    ("Le ministère des Finances a demandé aux ministères de revoir le plan. La province doit recenser les ménages.",
     "fr", [("MINISTRIES", "assignee", "MOF")]),
])
def test_the_province_named_again_as_the_subject_of_a_modal(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "engager X à": asking a body to do something
    ("Le vice-Premier ministre a engagé Kon Tum à renforcer ses relations extérieures.", "fr",
     [("PPC@62", "assignee", "DPM")]),
    ("Le Premier ministre a engagé le ministère des Transports à accélérer les travaux.", "fr",
     [("MOT", "assignee", "PM")]),
    ("Le vice-Premier ministre a recommandé à Kon Tum de revoir son plan. Il a également engagé Kon Tum à "
     "renforcer ses relations extérieures.", "fr", [("PPC@62", "assignee", "DPM"), ("PPC@62", "assignee", "DPM")]),
    # look-alikes: spending, hiring, a body committing itself, a procedure opened
    ("Le ministère des Finances a engagé des dépenses pour le projet.", "fr", []),
    ("La province a engagé des travailleurs pour réparer les digues.", "fr", []),
    ("Le ministère de la Santé s'est engagé à renforcer la prévention.", "fr", []),
    ("Le ministère a engagé la procédure de révision du décret.", "fr", []),
])
def test_engager_a_body_to_do_something(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the provinces' authorities as the subject of a modal (asked after a verb, they were read already)
    ("Les autorités des provinces bénéficiaires doivent distribuer le riz aux ménages.", "fr",
     [("PROVINCES", "assignee", None)]),
    ("Le vice-Premier ministre a chargé le ministère des Finances d'accorder du riz. Les autorités des provinces "
     "concernées doivent assumer la responsabilité.", "fr", [("MOF", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    ("The authorities of the provinces concerned must strengthen prevention.", "en", [("PROVINCES", "assignee", None)]),
    ("The Prime Minister asked the authorities of the provinces concerned to strengthen prevention.", "en",
     [("PROVINCES", "assignee", "PM")]),
    # look-alikes: the authorities that report, the provinces' residents
    ("Les autorités des provinces concernées ont déclaré que la situation est stable.", "fr", []),
    ("Les habitants des provinces concernées doivent rester vigilants.", "fr", []),
    ("The authorities of the provinces concerned said the situation was stable.", "en", []),
    ("Residents of the provinces concerned must stay vigilant.", "en", []),
])
def test_the_provinces_authorities_as_a_subject(text, lang, expected):
    assert found(text, lang) == expected
