"""Round 17c's error classes of French assignments (README "Round 17c (blind, real public pages): assignments fr"),
fixed as data (fr ``cues.json``, ``grammar.json``) and two small readings (a person named again without his title,
a full stop glued to the next sentence). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # an item outside the table with a qualifier inside the list the verb names
    ("Le Premier ministre a appelé les ministères, les agences centrales et les autorités locales à prendre des "
     "mesures urgentes.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le vice-Premier ministre a demandé aux ministères, aux agences centrales et aux localités de publier les listes.",
     [("MINISTRIES", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    ("Le Premier ministre a exhorté les ministères, les agences compétentes et les collectivités locales à accélérer "
     "les travaux.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: the same list met, or reporting
    ("Le Premier ministre a rencontré les ministères, les agences centrales et les autorités locales.", []),
    ("Les ministères, les agences centrales et les autorités locales ont achevé les travaux en mai.", []),
])
def test_a_qualified_item_outside_the_table_inside_a_list(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the PM named again by his name alone, after his title and name earlier in the text
    ("Le Premier ministre Pham Minh Chinh a présidé la réunion. Pham Minh Chinh a demandé aux ministères de proposer "
     "des solutions.", [("MINISTRIES", "assignee", "PM")]),
    ("Le vice-Premier ministre Tran Hong Ha a visité le chantier. Tran Hong Ha a demandé au ministère de la "
     "Construction de réviser le calendrier.", [("MOC", "assignee", "DPM")]),
    ("Le Premier ministre, Nguyen Xuan Phuc, a reçu les électeurs. Nguyen Xuan Phuc a exhorté les localités à "
     "protéger les digues.", [("PROVINCES", "assignee", "PM")]),
    # look-alikes: another person, or the name met elsewhere than after the title
    ("Le Premier ministre Pham Minh Chinh a présidé la réunion. Nguyen Van Nam a demandé aux ministères de proposer "
     "des solutions.", [("MINISTRIES", "assignee", None)]),
    ("Le Premier ministre a présidé la réunion avec Nguyen Van Nam. Nguyen Van Nam a demandé aux ministères de "
     "proposer des solutions.", [("MINISTRIES", "assignee", None)]),
])
def test_a_person_named_again_without_his_title(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a full stop glued to the next sentence's capitalised first word: the pronoun opens a sentence
    ("Le Premier ministre a présidé la réunion. Les membres du gouvernement ont examiné la résolution de l'Assemblée "
     "nationale sur le Covid-19.Il a chargé le ministère des Finances de réviser le décret.",
     [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a ouvert la séance. Le texte de l'Assemblée nationale a été lu.Il a aussi demandé au "
     "ministère de la Santé de préparer un plan.", [("MOH", "assignee", "PM")]),
    # look-alikes: an address or a number with a full stop, and the body that asks named after the glued stop
    ("Selon vietnamplus.vn, le Premier ministre a demandé au ministère des Finances de réviser le décret.",
     [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a lu la résolution de l'Assemblée nationale.Le ministère de la Santé a demandé aux "
     "localités de réviser le plan.", [("PROVINCES", "assignee", "MOH")]),
])
def test_a_full_stop_glued_to_the_next_sentence(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a list of tasks after the verb and a colon, its items opening with the body
    ("Le Premier ministre a ordonné : Au ministère des Finances de réviser les frais.",
     [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a ordonné : aux ministères de publier les listes ; aux localités de réviser les plans.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le vice-Premier ministre a demandé : aux localités de réviser les plans de construction.",
     [("PROVINCES", "assignee", "DPM")]),
    # an item whose body goes on with a task in the present, and the bodies it urges
    ("Le Premier ministre a ordonné : Au ministère des Finances de réviser les frais.\nLe ministère de la Construction "
     "continue d'exhorter les localités à publier les prix.",
     [("MOF", "assignee", "PM"), ("MOC", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Selon la conclusion, les provinces et les villes continuent de réviser les plans.",
     [("PROVINCES", "assignee", None)]),
    # look-alikes: the colon before a statement, a body that goes on in a report, urging in the past
    ("Le Premier ministre a ordonné : la sécurité avant tout.", []),
    ("Le ministère de la Construction continue de publier les prix chaque mois.", []),
    ("Le ministère de la Construction a déjà exhorté les localités l'an dernier.", []),
])
def test_a_list_of_tasks_after_a_colon(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a body urged by the body tasked: its date
    ("Le Premier ministre a ordonné : Au ministère des Finances de réviser les frais.\nLe ministère de la Construction "
     "continue d'exhorter les localités à publier les prix (avant le 27 juillet 2025).",
     [("MOF", None, None), ("MOC", "2025-07-27", "before"), ("PROVINCES", "2025-07-27", "before")]),
])
def test_the_date_of_an_item_of_the_list(text, expected):
    assert dated(text, "fr") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # look-alikes of a glued full stop: an abbreviation in capitals before the verb keeps its asker
    ("Chủ tịch UBND TP.HCM giao Sở GTVT kiểm tra các kiến nghị.", "vi", [("DOT@79", "assignee", "PPC@79")]),
    ("Le Premier ministre a cité le rapport du P.D.G. Nguyen Van Nam et a demandé au ministère de la Santé de "
     "préparer un plan.", "fr", [("MOH", "assignee", "PM")]),
])
def test_no_glued_full_stop_in_an_abbreviation(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a year in a relative clause of the task: a fact about the programmes, no due date
    ("Le Premier ministre a demandé au ministère de la Construction de soutenir les programmes dont la construction "
     "commencera en 2025.", [("MOC", None, None)]),
    ("Le Premier ministre a chargé le ministère des Finances de financer les projets dont l'achèvement est prévu en "
     "décembre 2026.", [("MOF", None, None)]),
    # look-alikes: the task's own date, a relative clause closed by a comma before it, a due date after 'avant'
    ("Le Premier ministre a demandé au ministère de la Construction d'achever les programmes en 2025.",
     [("MOC", "2025", "in")]),
    ("Le Premier ministre a demandé au ministère de la Construction, dont le rôle est clé, d'achever le programme en "
     "décembre 2025.", [("MOC", "2025-12", "in")]),
    ("Le Premier ministre a demandé au ministère de la Construction de soutenir les programmes dont il a la charge "
     "avant le 31 août 2025.", [("MOC", "2025-08-31", "before")]),
])
def test_a_year_in_a_relative_clause_is_no_due_date(text, expected):
    assert dated(text, "fr") == expected
