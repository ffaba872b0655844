"""Round 20b's error classes of French assignments (README "Round 20b (blind, real public pages): assignments fr"),
fixed as data (``nlp/lang/fr/agencies.csv``). New sentences written for these tests, one literal case a line, with
the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    # one ward's or one commune's committee named in the singular, its place after it
    ("Le président du Comité populaire de la province de Nghe An a chargé le Comité populaire du quartier de "
     "Hung Dung d'inspecter les chantiers.", [("CPC@40", "assignee", "PPC@40")]),
    ("Le Comité populaire de la province de Nghe An a demandé au comité populaire de la commune de Nghi Phong "
     "de recenser les ménages.", [("CPC@40", "assignee", "PPC@40")]),
    ("Le Service de la construction et le Comité populaire du quartier de Hung Dung doivent examiner les "
     "terrains.", [("DOC", "assignee", None), ("CPC", "assignee", None)]),
    # look-alikes: a ward's committee that reports, a ward as a place
    ("Le Comité populaire du quartier de Hung Dung a présenté son rapport.", []),
    ("Les habitants du quartier de Hung Dung doivent déclarer leurs déplacements.", []),
])
def test_one_wards_or_communes_committee_by_its_french_name(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a provincial committee's services and sections (sở, ban, ngành): its departments
    ("Le Comité populaire provincial a demandé aux services et sections de soumettre les documents.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("Le président du Comité populaire provincial a demandé aux services et aux sections de surmonter la lenteur.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alikes: the services and sections that report, a newspaper's sections
    ("Les services et sections ont fait le point sur l'état d'avancement.", []),
    ("Le journal a demandé aux lecteurs de lire les sections économiques.", []),
])
def test_a_committees_services_and_sections(text, expected):
    assert found(text, "fr") == expected
