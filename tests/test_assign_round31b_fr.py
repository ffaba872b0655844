"""Round 31b's error classes of French assignments (docs/quality.md "Round 31b (blind, real public pages): assignments
fr"), fixed in the data named in each test. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were and the same class in the other languages where it exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # an adverb of earlier time between the auxiliary and the asking verb (fr cues.json assign_inserts
    # "précédemment", "auparavant", "antérieurement"; not "déjà": round 17c's "a déjà exhorté les localités l'an
    # dernier" asks nothing; en "previously", "earlier" already read), as "également" and "récemment" already were
    ("Le Comité populaire de la province de Lao Cai a précédemment demandé aux départements de réviser les plans.",
     "fr", [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    ("La ville de Hanoï a auparavant chargé les comités populaires des communes de recenser les logements.", "fr",
     [("CPC@01", "assignee", "PPC@01")]),
    ("Le ministère de l'Intérieur a antérieurement demandé aux localités de stabiliser les villages.", "fr",
     [("PROVINCES", "assignee", "MOHA")]),
    ("The Prime Minister had previously asked the Ministry of Finance to review the fees.", "en",
     [("MOF", "assignee", "PM")]),
    ("The Prime Minister earlier asked the Ministry of Construction to speed up the project.", "en",
     [("MOC", "assignee", "PM")]),
    # look-alikes: the adverb with no asking verb after it, a body that was asked before (passive, no addressee)
    ("Le Comité populaire de la province de Lao Cai a précédemment publié le plan n° 12.", "fr", []),
    ("Le ministère des Finances a déjà achevé la révision des frais.", "fr", []),
])
def test_an_earlier_time_adverb_between_auxiliary_and_asking_verb(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a province's branches written "antennes" (the machine translation of "ngành") in a list of its bodies: an item
    # outside the table that does not end the list (fr cues.json list_skips "antennes", "les antennes")
    ("Le Comité populaire de la province de Lao Cai a chargé les départements, les antennes et les localités de "
     "réexaminer les listes.", [("DEPARTMENTS@15", "assignee", "PPC@15"), ("CPC@15", "assignee", "PPC@15")]),
    ("Le Comité populaire de la province de Lao Cai a demandé aux départements, aux antennes et aux comités populaires "
     "des communes de contrôler les prix.", [("DEPARTMENTS@15", "assignee", "PPC@15"), ("CPC@15", "assignee", "PPC@15")]),
    # look-alike: the branches alone name no body of the table
    ("Le Comité populaire de la province de Lao Cai a chargé les antennes de réexaminer les listes.", []),
])
def test_branches_written_antennes_do_not_end_a_list(text, expected):
    assert _rows(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a province's "agences fonctionnelles" (cơ quan chức năng) are its departments, as its "services fonctionnels"
    # (nlp/lang/fr/agencies.csv DEPARTMENTS)
    ("Le Comité populaire de la province de Lao Cai a ordonné aux agences fonctionnelles de renforcer les contrôles.",
     [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    ("Le président du Comité populaire de la province de Lao Cai a demandé aux agences fonctionnelles de vérifier les "
     "prix.", [("DEPARTMENTS@15", "assignee", "PPC@15")]),
    # look-alike: the agencies named as a place, no task
    ("Les documents ont été envoyés aux agences fonctionnelles de la province de Lao Cai.", []),
])
def test_a_provinces_functional_agencies_are_its_departments(text, expected):
    assert _rows(text, "fr") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a directive's item in the plain present "collabore avec" (fr cues.json subject_weak "collabore", "collaborent",
    # as "coordonne"), its partner after "avec" (coordinate "collabore avec", "collaborent avec", "collaborera avec",
    # "collaboreront avec"); en "will work with" is already a partner's cue
    ("Selon la directive du Comité populaire de la province de Lao Cai, le Département des Finances collabore avec le "
     "Département de l'Intérieur afin d'assurer le financement.", "fr",
     [("DOF@15", "assignee", "PPC@15"), ("DOHA@15", "coordinate", "PPC@15")]),
    ("Selon la directive du Comité populaire de la province de Lao Cai, la police provinciale collaborera avec le "
     "Département de la Santé pour élaborer un plan.", "fr",
     [("PPS@15", "assignee", "PPC@15"), ("DOH@15", "coordinate", "PPC@15")]),
    ("Selon la conclusion, les ministères collaborent avec le ministère des Finances pour réviser les normes.", "fr",
     [("MINISTRIES", "assignee", None), ("MOF", "coordinate", None)]),
    # look-alikes: a collaboration told as a fact, outside a directive; a company collaborating with a ministry
    ("Le ministère des Finances collabore depuis dix ans avec la Banque mondiale.", "fr", []),
    ("La société Viettel collabore avec le ministère de la Santé sur ce logiciel.", "fr", []),
])
def test_a_directive_item_collaborating_with_a_partner(text, lang, expected):
    assert _rows(text, lang) == expected
