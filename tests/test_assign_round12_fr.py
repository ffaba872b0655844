"""Round 12's error classes of French assignments (README "Round 12 (blind, real public pages):
assignments fr"), fixed as general rules, data first: a document named between the verb and its object
(``a demandé dans une récente résolution aux …``, ``assign_inserts``), bare ``ministères`` and
``localités`` and ``les collectivités locales`` as the collectives, ``recommander au``, the partners after
``d'œuvrer avec`` and ``en étroite collaboration avec``, and a resolution's present ``travaille en étroite
collaboration`` in a directive text. New sentences written for these tests, one literal case a line, with
the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("Le gouvernement a demandé dans une récente résolution aux ministères et localités d'accélérer la production.",
     [("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    ("Le gouvernement a demandé dans sa dépêche officielle au ministère des Finances de revoir les frais.",
     [("MOF", "assignee", "GOV")]),
    # look-alike: the same document named, the bodies praised
    ("Dans une récente résolution, le gouvernement a salué les ministères et localités.", []),
])
def test_a_document_between_the_verb_and_its_object(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le gouvernement demande aux ministères et aux collectivités locales de réduire les procédures.",
     [("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    # look-alikes: the collectives as subjects of past acts
    ("Les ministères ont publié leurs rapports annuels la semaine dernière.", []),
    ("Les collectivités locales ont organisé des fêtes pour le Têt.", []),
    ("Le Premier ministre a félicité les ministères et localités pour leurs résultats.", []),
])
def test_bare_ministries_localities_and_local_authorities(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Premier ministre a recommandé aux ministères et agences de réduire les procédures.",
     [("MINISTRIES", "assignee", "PM")]),
    ("Il a insisté sur l'innovation, avant de recommander au ministère de la Santé de parachever un plan.",
     [("MOH", "assignee", None)]),
])
def test_recommander_au(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le gouvernement a invité le ministère de la Culture, des Sports et du Tourisme d'œuvrer avec les ministères, branches et localités pour développer le tourisme.",
     [("MOCST", "assignee", "GOV"), ("MINISTRIES", "coordinate", "GOV"), ("PROVINCES", "coordinate", "GOV")]),
    ("Le Premier ministre a demandé au ministère de la Justice de réviser le décret en étroite collaboration avec le ministère des Finances.",
     [("MOJ", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
])
def test_partners_after_oeuvrer_avec_and_close_collaboration(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le gouvernement a chargé le ministre de la Justice de faire rapport. Le ministère des Finances travaille en étroite collaboration avec les ministères et agences concernés et le Comité populaire de Da Nang pour finaliser le projet.",
     [("MOJ", "assignee", "GOV"), ("MOF", "assignee", "GOV"), ("MINISTRIES", "coordinate", "GOV"), ("PPC@48", "coordinate", "GOV")]),
    # look-alikes: the verb without the collaboration, and outside a directive
    ("Le gouvernement a chargé le ministre de la Justice de faire rapport. Le ministère des Finances travaille depuis dix ans sur ce dossier.",
     [("MOJ", "assignee", "GOV")]),
    ("Le ministère des Finances travaille en étroite collaboration avec la Banque mondiale depuis dix ans.", []),
])
def test_a_resolutions_present_close_collaboration(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le gouvernement a chargé le ministre de la Justice de faire rapport. Les ministères et agences concernés, le Comité populaire de Hô Chi Minh-Ville et le Comité populaire de Da Nang, conformément à leurs fonctions, tâches et domaines de gestion respectifs, promeuvent la réforme et coordonnent étroitement leurs actions avec le ministère des Finances.",
     [("MOJ", "assignee", "GOV"), ("MINISTRIES", "assignee", "GOV"), ("PPC@79", "assignee", "GOV"), ("PPC@48", "assignee", "GOV"),
      ("MOF", "coordinate", "GOV")]),
    # look-alike: the same verb outside a directive
    ("Les ministères et agences concernés promeuvent depuis longtemps le tourisme.", []),
])
def test_the_duty_formula_between_commas_and_a_resolutions_present(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister issued an official dispatch. Ministries and branches, according to their functions, tasks and authority, continue to focus on flood response.",
     [("MINISTRIES", "assignee", "PM")]),
    # look-alike: the formula in a report of past work
    ("Ministries and branches, according to their functions, tasks and authority, continued to report good results last year.", []),
])
def test_the_duty_formula_between_commas_in_english(text, expected):
    assert found(text, "en") == expected
