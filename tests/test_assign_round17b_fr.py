"""Round 17b's error classes of French assignments (README "Round 17b (blind, real public pages): assignments fr"),
fixed as data (fr ``cues.json``, ``grammar.json``, ``agencies.csv``) and two small readings (provinces singled out
of the asked localities after ``notamment``, a place after the verb's date). New sentences written for these tests,
one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # a concessive adverb inside the verb
    ("Le Premier ministre a toutefois appelé les autorités locales à ne pas relâcher leurs efforts.",
     [("PROVINCES", "assignee", "PM")]),
    ("Le vice-Premier ministre a cependant demandé au ministère de la Santé de renforcer la surveillance.",
     [("MOH", "assignee", "DPM")]),
    ("Le Premier ministre a néanmoins chargé le ministère des Transports de réviser le calendrier.",
     [("MOT", "assignee", "PM")]),
    # look-alikes: the adverb in a report, a past fact
    ("Le ministère de la Santé a toutefois indiqué que les cas diminuent.", []),
    ("Les localités ont cependant achevé les travaux en décembre.", []),
])
def test_a_concessive_adverb_in_the_verb(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the Fatherland Front's Central Committee asked
    ("Le Premier ministre a appelé le Comité central du Front de la Patrie du Vietnam à mobiliser les dons.",
     [("VFF", "assignee", "PM")]),
    ("Le Premier ministre a demandé au Comité central du Front de la Patrie de coordonner l'aide.",
     [("VFF", "assignee", "PM")]),
    # look-alike: its president speaking, the Front praised
    ("Le président du Comité central du Front de la Patrie du Vietnam a rencontré les électeurs.", []),
    ("Le Premier ministre a félicité le Comité central du Front de la Patrie du Vietnam pour son action.", []),
])
def test_the_fronts_central_committee(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a qualifier after an item of an elliptic list, before the next separator
    ("Le Premier ministre a demandé aux ministères, aux secteurs concernés et aux collectivités locales de concentrer "
     "leurs efforts.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères, aux secteurs compétents et aux localités de publier les listes.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: the qualified words end the sentence, a report
    ("Le Premier ministre a rencontré les ministères, les secteurs concernés et les localités.", []),
    ("Les ministères, les secteurs concernés et les localités ont achevé les travaux.", []),
])
def test_a_qualifier_inside_a_list(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the Party committees' secretaries open the list, the committees' chairs follow
    ("Le Premier ministre a demandé aux secrétaires des comités du Parti et aux présidents des Comités populaires des "
     "provinces de suivre les travaux.", [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux secrétaires des comités provinciaux du Parti et aux présidents des comités "
     "populaires provinciaux de superviser les chantiers.", [("PROVINCES", "assignee", "PM")]),
    # look-alike: the secretaries alone are no body of the table
    ("Le Premier ministre a demandé aux secrétaires des comités du Parti de suivre les travaux.", []),
])
def test_party_secretaries_before_the_committees(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # provinces singled out of the asked localities: each is asked with them
    ("Le Premier ministre a exhorté les localités, notamment Dak Lak et Gia Lai, à mobiliser toutes les forces.",
     [("PROVINCES", "assignee", "PM"), ("PPC@66", "assignee", "PM"), ("PPC@64", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux localités, en particulier Thai Binh et Hai Phong, de renforcer les contrôles.",
     [("PROVINCES", "assignee", "PM"), ("PPC@34", "assignee", "PM"), ("PPC@31", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux localités, notamment la province de Nghê An, de réparer les digues.",
     [("PROVINCES", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    ("Les localités, notamment Quang Ninh et Hai Phong, doivent renforcer les contrôles.",
     [("PROVINCES", "assignee", None), ("PPC@22", "assignee", None), ("PPC@31", "assignee", None)]),
    # look-alikes: localities visited or hit, the provinces where a task's need is greatest (after the task)
    ("Le ministre a visité les localités, notamment Dak Lak et Gia Lai, touchées par les inondations.", []),
    ("La peste a touché plusieurs localités, notamment Hanoi et Thai Binh, selon le ministère.", []),
    ("Le Premier ministre a demandé aux localités de renforcer les contrôles, notamment Hanoi et Hai Phong, où les cas "
     "augmentent.", [("PROVINCES", "assignee", "PM")]),
])
def test_provinces_singled_out_of_the_localities(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, published, expected", [
    # the singled-out provinces share the localities' date, in the scheme of the text's date
    ("Le Premier ministre a exhorté les localités, notamment Dak Lak et Gia Lai, à achever la campagne d'ici le 15 "
     "janvier 2026.", "2025-12-30",
     [("PROVINCES", "2026-01-15", "by"), ("PPC@66", "2026-01-15", "by"), ("PPC@52", "2026-01-15", "by")]),
    ("Le chef du gouvernement a toutefois appelé les autorités locales à achever les chantiers avant le 15 janvier "
     "2026.", "2025-12-31", [("PROVINCES", "2026-01-15", "before")]),
])
def test_dates_of_the_singled_out(text, published, expected):
    assert dated(text, "fr", published) == expected


@pytest.mark.parametrize("text, expected", [
    # a city after the verb's date is where the speaker was
    ("Le Premier ministre a demandé dimanche 19 mai à Hanoi de mobiliser tout le système politique.", []),
    ("Le Premier ministre a demandé le 5 juin à Da Nang de mobiliser tout le système politique.", []),
    ("Le Premier ministre a demandé lundi à Hai Phong de renforcer les contrôles.", []),
    # look-alikes: a province asked without a date, a body after the date, a province named with its designation
    ("Le Premier ministre a demandé à Hanoi de mobiliser tout le système politique.", [("PPC@01", "assignee", "PM")]),
    ("Le Premier ministre a demandé le 19 mai au ministère de la Santé de renforcer la surveillance.",
     [("MOH", "assignee", "PM")]),
    ("Le Premier ministre a demandé le 19 mai à la ville de Hanoi de renforcer la surveillance.",
     [("PPC@01", "assignee", "PM")]),
])
def test_a_place_after_the_verbs_date(text, expected):
    assert found(text, "fr") == expected
