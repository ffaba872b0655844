"""Round 18b's error classes of French assignments (README "Round 18b (blind, real public pages): assignments fr"),
fixed as data (fr ``cues.json``, ``grammar.json``, ``deadlines.json``, ``nlp/lang/fr/agencies.csv`` and
``agencies.json``) and two readings (a province's department named with the adjective of its province's kind; a
wire's dateline is not the province an article is about). New sentences written for these tests, one literal case a
line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # a list item opened by 'à la' / 'à l'' after a first body ('au ministère X et à la Banque d'État')
    ("Le Premier ministre a demandé au ministère des Finances et à la Banque d'État du Vietnam de stabiliser le "
     "marché.", [("MOF", "assignee", "PM"), ("SBV", "assignee", "PM")]),
    ("Le chef du gouvernement demande aux ministères concernés, à la Banque d’État et aux autorités locales de suivre "
     "les marchés.", [("MINISTRIES", "assignee", "PM"), ("SBV", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé au ministère de la Construction et à l'Alliance coopérative du Vietnam de "
     "soutenir les coopératives.", [("MOC", "assignee", "PM"), ("VCA", "assignee", "PM")]),
    # 'ministères, organes et localités' (bộ, ngành, địa phương as VNA's French writes it)
    ("Le Premier ministre a demandé à tous les ministères, organes et localités d'évaluer les résultats.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Il a demandé aux ministères et organes compétents de réaliser des percées.", [("MINISTRIES", "assignee", None)]),
    # look-alikes: a second task after the first body's own (no list), press organs, a place after 'à la'
    ("Le Premier ministre a demandé au ministère des Finances de revoir les frais et à la Banque d'État du Vietnam "
     "de suivre les taux.", [("MOF", "assignee", "PM")]),
    ("Les organes de presse et les localités ont publié les résultats.", []),
    ("Le ministre des Finances a présenté le rapport à la Banque d'État du Vietnam.", []),
])
def test_list_items_after_a_first_body(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a province's department with the adjective of its province's kind ('Service municipal', 'Service provincial')
    # the committee asks since the one-word spelling of a province's name is one of its committee's names
    # (tests/test_assign_swedish.py: `Hanoï`, `Hanoi`, `Danang`)
    ("Le Comité populaire de Hanoï a chargé le Service municipal de la construction d'inspecter les chantiers.",
     [("DOC@01", "assignee", "PPC@01")]),
    ("Le Comité populaire provincial a chargé le Service provincial de la santé de vérifier les hôpitaux.",
     [("DOH", "assignee", "PPC")]),
    ("Le Comité populaire de Hô Chi Minh-Ville a publié un document. Le Service municipal du Plan et de "
     "l'Investissement est chargé d'examiner les procédures.", [("DPI@79", "assignee", "PPC@79")]),
    # look-alikes: the department reporting, a municipal service that is no department
    ("Le Service municipal de la construction a inspecté 15 chantiers l'an dernier.", []),
    ("Le Comité populaire provincial a chargé le Service municipal des pompes funèbres de nettoyer les rues.", []),
])
def test_a_department_named_with_its_provinces_kind(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a committee's request reported in the pluperfect; a province's 'autorités locales' are its district committees
    ("Plus de 6.000 ménages de la province de Dong Thap doivent être relogés. Le responsable a déclaré que le Comité "
     "populaire de la province avait demandé aux autorités locales d'avertir les habitants.",
     [("DPC@87", "assignee", "PPC@87")]),
    ("Le Comité populaire provincial a demandé aux autorités locales de renforcer les contrôles.",
     [("DPC", "assignee", "PPC")]),
    # a wire's dateline names where the story was filed, not the province it is about
    ("Hanoi, 22 mai (VNA) - Plus de 6.000 ménages de la province de Dong Thap doivent être relogés. Le responsable a "
     "déclaré que le Comité populaire de la province avait demandé aux autorités locales d'avertir les habitants.",
     [("DPC@87", "assignee", "PPC@87")]),
    # look-alikes: the PM's 'autorités locales' are the provinces; the dateline's province when it is the only one
    ("Le Premier ministre demande aux autorités locales de renforcer leur direction.", [("PROVINCES", "assignee", "PM")]),
    ("Hanoi, 22 mai (VNA) - Le Comité populaire de la ville a demandé aux autorités locales de nettoyer les rues.",
     [("DPC@01", "assignee", "PPC@01")]),
    ("Le Premier ministre avait rencontré les autorités locales en mai.", []),
])
def test_a_provinces_local_authorities_asked(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # 'a pour tâche de' and the Government Office as 'le bureau gouvernemental'
    ("Le Premier ministre a signé la dépêche. Le bureau gouvernemental a pour tâche de suivre sa mise en œuvre.",
     [("OOG", "assignee", "PM")]),
    # the partners of 'doit collaborer avec'
    ("Le ministère du Plan et de l'Investissement doit collaborer avec les ministères et localités pour promouvoir "
     "l'investissement.", [("MPI", "assignee", None), ("MINISTRIES", "coordinate", None),
                            ("PROVINCES", "coordinate", None)]),
    # look-alikes: a past collaboration, a duty stated of a ministry in a report, the office as a source
    ("Le ministère de la Santé a collaboré avec le ministère des Finances l'an dernier.", []),
    ("Le ministère a pour tâche de coordonner les travaux, a rappelé le ministre.", []),
    ("Selon une communication du Bureau gouvernemental, le Premier ministre a donné des instructions.", []),
])
def test_a_task_by_its_own_words(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, published, expected", [
    # 'ce mois de juillet': the month of the text's own year
    ("Le vice-président du Comité populaire provincial a demandé aux départements de remettre le site ce mois de "
     "juillet.", "2025-07-16", [("DEPARTMENTS", "2025-07", "in")]),
    # look-alike: no month after 'ce mois'
    ("Le vice-président du Comité populaire provincial a demandé aux départements de remettre le site ce mois-ci.",
     "2025-07-16", [("DEPARTMENTS", None, None)]),
])
def test_this_month_of(text, published, expected):
    assert dated(text, "fr", published) == expected
