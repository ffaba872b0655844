"""Classes left open after round 20 (issue #13), French assignments (README "Open classes after round 20
(assignments)", "en and fr"). Fixed as data: ``nlp/lang/fr/agencies.csv`` (DEPARTMENTS, MINISTRIES) and
``extract/assign/lang/fr/cues.json`` (``assign_before``). New sentences written for these tests, one literal case a
line, with the look-alikes that must stay out."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from nlp import languages
from tests.assign_cases import found

_LANG_DIR = Path(__file__).resolve().parents[1] / "nlp" / "lang"


@pytest.mark.parametrize("lang", languages.codes())
def test_every_agency_row_has_its_three_columns(lang):
    # a comma outside the quotes split DEPARTMENTS' French aliases into extra columns, which csv.DictReader drops:
    # 'départements, directions, secteurs' and four more names were never read (rounds 18 to 20b)
    path = _LANG_DIR / lang / "agencies.csv"
    if not path.exists():
        pytest.skip(f"{lang} has no agency names")
    with path.open(encoding="utf-8") as f:
        widths = {row[0]: len(row) for row in csv.reader(f) if row}
    assert {agency: width for agency, width in widths.items() if width != 3} == {}


@pytest.mark.parametrize("text, expected", [
    # the names the broken row had lost
    ("Le Comité populaire provincial demande aux départements, directions, secteurs de continuer l'examen.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("Le Comité populaire provincial a chargé les départements, secteurs et branches de réviser le plan.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    # a province's departments as a group: its local or competent services (sở, ngành chức năng)
    ("Le Comité populaire provincial a demandé aux services locaux de renforcer l'inspection.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("Le Comité populaire provincial a demandé aux services compétents de réviser les projets.",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("Le service de la Santé et les autres services compétents doivent dresser l'état des lieux.",
     [("DOH", "assignee", None), ("DEPARTMENTS", "assignee", None)]),
    # the ministries with the competent services, in the dative too, stay the ministries (round 15's reading)
    ("Le Premier ministre a demandé aux ministères et aux services compétents de renforcer l'inspection.",
     [("MINISTRIES", "assignee", "PM")]),
    # look-alikes: services that report, a weather service, competent services as a place
    ("Les services locaux ont présenté leur rapport sur les dégâts.", []),
    ("Les services locaux de météo annoncent des pluies.", []),
    ("Les habitants se sont adressés aux services compétents.", []),
])
def test_a_provinces_services_as_a_group(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # 'donner l'ordre à' (ra lệnh): a directive as 'ordonner à' is
    ("Les comités de pilotage ont donné l'ordre aux services locaux d'appeler les navires.",
     [("DEPARTMENTS", "assignee", None)]),
    ("Le Premier ministre a donné l'ordre aux ministères de préparer les secours.",
     [("MINISTRIES", "assignee", "PM")]),
    ("Le Premier ministre a donné l’ordre au ministère de la Défense de préparer les secours.",
     [("MOD", "assignee", "PM")]),
    # look-alikes: an order received, an order given to people
    ("Le ministère de la Défense a reçu l'ordre du Premier ministre.", []),
    ("Le capitaine a donné l'ordre aux pêcheurs de rentrer au port.", []),
])
def test_an_order_given_to_bodies(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a list of addressees opening with a name outside the table, joined to the bodies by 'et' (the English class
    # of round 20b; fr cues.json outside_addressee_joins): the bodies after it are asked
    ("Le Comité populaire provincial a demandé au Conseil de gestion du parc de Phong Nha et au Service des finances "
     "d'examiner les projets.", [("DOF", "assignee", "PPC")]),
    ("Le Comité populaire provincial a demandé au Conseil de gestion du parc de Phong Nha et aux comités populaires "
     "des districts d'examiner les projets.", [("DPC", "assignee", "PPC")]),
    ("Le Comité populaire provincial a demandé à la Garde-frontière et au Service des finances d'examiner les "
     "projets.", [("DOF", "assignee", "PPC")]),
    # look-alikes: a company after the outside name, an action before the join
    ("Le Comité populaire provincial a demandé au Conseil de gestion du parc de Phong Nha et à la société "
     "d'examiner les projets.", []),
    ("Le Premier ministre a demandé d'accélérer les décaissements et au ministère des Finances d'examiner les "
     "projets.", []),
])
def test_addressees_after_an_outside_name_and_et(text, expected):
    assert found(text, "fr") == expected
