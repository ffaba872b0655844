"""Round 39b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it (Vietnamese not covered: its
ministries' names have no article to drop, its lead is the one form `chủ trì`, and its grammar has no subject
pronoun repeating the bodies of the sentence before)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2020-02-10")
_dated = rows_reader("agency_id", "role", "assigned_by", "deadline", "deadline_qualifier", published="2025-04-20")

NAME_WITHOUT_ITS_ARTICLE = [
    # a ministry's or a province's department's name written without its article ("ministère de Santé" for "ministère
    # de la Santé", as VNA's French copy writes it): the body all the same
    ("fr", "Le Premier ministre demande au ministère de Santé de contrôler étroitement les entrées aux frontières.",
     [("MOH", "assignee", "PM")]),
    ("fr", "Le vice-Premier ministre a chargé le ministère de Justice de réviser le projet de décret.",
     [("MOJ", "assignee", "DPM")]),
    ("fr", "Le Premier ministre a demandé au ministère de Construction d'accélérer la révision des normes.",
     [("MOC", "assignee", "PM")]),
    ("fr", "Le Premier ministre a demandé au ministère de Culture, des Sports et du Tourisme de suspendre les fêtes.",
     [("MOCST", "assignee", "PM")]),
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Service de Santé de contrôler les marchés.",
     [("DOH@40", "assignee", "PPC@40")]),
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Département de Justice de recevoir les plaintes.",
     [("DOJ@40", "assignee", "PPC@40")]),
    # look-alikes: the same words naming no body (a field, an institute's name, the minister's speech)
    ("fr", "Les dépenses de santé ont augmenté; la faculté de Santé publique a reçu 12 étudiants.", []),
    ("fr", "Le ministre de Santé publique du Cambodge a rencontré la délégation vietnamienne.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAME_WITHOUT_ITS_ARTICLE)
def test_round39b_fr_name_without_its_article(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


PRONOUN_AFTER_A_FRONTED_PHRASE = [
    # a plural subject pronoun and a modal after a fronted phrase and its comma ("En cas de nécessité de décrets, ils
    # devront transmettre …"): the bodies the sentence before tasks, as the pronoun opening its sentence ("Ils doivent
    # veiller à …", round 32) already was; its date is the pronoun's task's
    ("fr", "Le Premier ministre a demandé aux ministères et organes de réviser les démarches. En cas de nécessité de "
           "décrets, ils devront transmettre les projets au gouvernement.",
     [("MINISTRIES", "assignee", "PM", None, None), ("MINISTRIES", "assignee", "PM", None, None)]),
    ("fr", "Le Comité populaire provincial de Nghe An a chargé les comités populaires des districts de recenser les "
           "maisons. Le cas échéant, ils doivent évacuer les habitants avant le 15 mai 2025.",
     [("DPC@40", "assignee", "PPC@40", None, None), ("DPC@40", "assignee", "PPC@40", "2025-05-15", "before")]),
    ("fr", "Le Premier ministre a demandé aux ministères et organes de réviser les démarches. Par ailleurs, ils "
           "devront annoncer les procédures simplifiées.",
     [("MINISTRIES", "assignee", "PM", None, None), ("MINISTRIES", "assignee", "PM", None, None)]),
    # English (read already, a guard): the pronoun gives no second row (its convention) but carries the request's date
    # on, as it does when it opens its sentence
    ("en", "The Prime Minister asked ministries and agencies to review the procedures. If government decrees are "
           "needed, they must submit the drafts to the Government before May 30, 2025.",
     [("MINISTRIES", "assignee", "PM", "2025-05-30", "before")]),
    # look-alikes: a fronted phrase before a pronoun that is no subject of a modal, a fronted phrase with no body
    # tasked in the sentence before, and a pronoun inside the sentence with no fronted phrase's comma
    ("fr", "Le Premier ministre a demandé aux ministères et organes de réviser les démarches. En cas de nécessité, "
           "ils ont déjà transmis les projets au gouvernement.",
     [("MINISTRIES", "assignee", "PM", None, None)]),
    ("fr", "Les ministères ont achevé la révision des démarches l'an dernier. En cas de nécessité de décrets, ils "
           "devront transmettre les projets au gouvernement.",
     []),
    ("fr", "Le Premier ministre a demandé aux ministères et organes de réviser les démarches. Les entreprises disent "
           "qu'ils devront transmettre les projets.",
     [("MINISTRIES", "assignee", "PM", None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PRONOUN_AFTER_A_FRONTED_PHRASE)
def test_round39b_fr_pronoun_after_a_fronted_phrase(lang: str, text: str, expected: list) -> None:
    assert sorted(_dated(text, lang), key=repr) == sorted(expected, key=repr)


LEAD_IN_THE_FUTURE = [
    # a department that "supervisera et coordonnera avec" others (the future of round 29's "supervise et coordonne
    # avec", the French of chủ trì, phối hợp): the task's lead
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Service de la santé de contrôler les marchés. Le "
           "Département de l'Industrie et du Commerce supervisera et coordonnera avec les unités compétentes la "
           "conduite des consultations.",
     [("DOH@40", "assignee", "PPC@40"), ("DOIT@40", "lead", "PPC@40")]),
    ("fr", "Le Comité populaire provincial de Nghe An a demandé aux services et secteurs de réviser les tarifs. Le "
           "Service des finances supervisera et coordonnera avec le Service de la construction l'examen des dossiers.",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("DOF@40", "lead", "PPC@40"), ("DOC@40", "coordinate", "PPC@40")]),
    ("en", "The Nghe An Provincial People's Committee assigned the Department of Health to inspect markets. The "
           "Department of Industry and Trade will supervise and coordinate with relevant units in consulting the "
           "committee.",
     [("DOH@40", "assignee", "PPC@40"), ("DOIT@40", "lead", "PPC@40")]),
    # look-alikes: supervising alone (no partner: a plain task), a supervision told in the past
    ("fr", "Le Comité populaire provincial de Nghe An a chargé le Service de la santé de contrôler les marchés. Le "
           "Service des finances supervisera la conduite des consultations.",
     [("DOH@40", "assignee", "PPC@40"), ("DOF@40", "assignee", "PPC@40")]),
    ("fr", "L'an dernier, le Service des finances de Nghe An a supervisé et coordonné avec les unités la révision.",
     []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LEAD_IN_THE_FUTURE)
def test_round39b_fr_lead_in_the_future(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)
