"""Round 17's error classes of French assignments (README "Round 17 (blind, real public pages): assignments fr"),
fixed as data (fr ``cues.json`` and ``grammar.json``) and two small readings (province names with only some of
their marks, the committees of a counted group of provinces named before). New sentences written for these tests,
one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # a plan's or a calendar's items: future tense, or a subjunctive after "prévoit que", once the text directs
    ("Le gouvernement mandate les ministères pour publier les textes. Le ministère de l'Intérieur préparera le dossier.",
     [("MINISTRIES", "assignee", "GOV"), ("MOHA", "assignee", "GOV")]),
    ("Le gouvernement mandate les ministères pour publier les textes. Le ministère de la Construction examinera les "
     "plans urbains, tandis que les ministères de la Santé et de l'Éducation et de la Formation publieront les directives.",
     [("MINISTRIES", "assignee", "GOV"), ("MOC", "assignee", "GOV"), ("MOH", "assignee", "GOV"),
      ("MOET", "assignee", "GOV")]),
    ("Le gouvernement a mandaté le ministère des Finances pour préparer le dossier.", [("MOF", "assignee", "GOV")]),
    ("Le gouvernement mandate les ministères pour publier les textes. Le calendrier prévoit que les comités populaires "
     "provinciaux élaborent leur plan.", [("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    ("Selon la conclusion, le ministère des Sciences et des Technologies mettra en place un système.",
     [("MOST", "assignee", None)]),
    # look-alikes: a ministry's own plans in a text that directs no one, a meeting a plan provides for
    ("Le ministère de la Santé organisera une conférence sur la dengue la semaine prochaine.", []),
    ("Le ministère de l'Intérieur préparera un rapport sur les fonctionnaires, a indiqué le ministre.", []),
    ("Le plan prévoit que la réunion se tiendra le 5 mai.", []),
    ("Le ministère des Finances prévoit que les provinces et les villes élaborent leurs plans.", []),
])
def test_a_plans_items(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, published, expected", [
    # the plan's dates carried by its items
    ("Le gouvernement mandate les ministères pour publier les textes. Le ministère de l'Intérieur préparera le dossier "
     "avant le 30 mai.", "2025-04", [("MINISTRIES", None, None), ("MOHA", "2025-05-30", "before")]),
    ("Le gouvernement mandate les ministères pour publier les textes. Le calendrier prévoit que les comités populaires "
     "provinciaux élaborent leur plan d'ici le 1er mai.", "2025-04",
     [("MINISTRIES", None, None), ("PROVINCES", "2025-05-01", "by")]),
])
def test_a_plans_dates(text, published, expected):
    assert dated(text, "fr", published) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb between the auxiliary and the participle
    ("Le Premier ministre a récemment demandé au ministère des Finances de prélever du riz.",
     [("MOF", "assignee", "PM")]),
    ("Le vice-Premier ministre a récemment chargé le ministère de la Construction de réviser les normes.",
     [("MOC", "assignee", "DPM")]),
    # look-alike: a ministry that recently asked for a budget (its own request to its superior, no body asked)
    ("Le ministère des Finances a récemment demandé un budget supplémentaire.", []),
])
def test_an_adverb_in_the_verb(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # "responsables des / du": the cue "responsables de" with its article contracted, after an elliptic list
    ("Les ministères du Travail, des Invalides et des Affaires sociales, et des Finances sont responsables des données "
     "déclarées.", [("MOLISA", "assignee", None), ("MOF", "assignee", None)]),
    ("Le ministère de la Santé est responsable du suivi des données.", [("MOH", "assignee", None)]),
    ("Les provinces et les villes sont responsables des listes de bénéficiaires.", [("PROVINCES", "assignee", None)]),
    # look-alikes: responsibility as a noun, a past responsibility
    ("La responsabilité des données incombe aux entreprises.", []),
    ("Les responsables des ministères ont assisté à la réunion.", []),
])
def test_responsible_for_contracted(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a province's or a region's authorities; French spellings with some of the marks of a province's name
    ("Le vice-Premier ministre a demandé aux autorités provinciales de Dông Nai de régler les difficultés.",
     [("PPC@75", "assignee", "DPM")]),
    ("Le Premier ministre a demandé à la province de Dông Nai de régler les difficultés.", [("PPC@75", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux comités populaires des provinces de Nghê An et de Hà Tinh de réparer les digues.",
     [("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux autorités des provinces de Thanh Hoa et de Nghê An de proposer des mesures.",
     [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux autorités des provinces du delta du Mékong de proposer des mesures.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alikes: a visit to the province, the province's authorities as speakers, a person named Dông
    ("Le Premier ministre a visité la province de Dông Nai jeudi.", []),
    ("Les autorités provinciales de Dông Nai ont annoncé un plan.", []),
    ("Le Premier ministre a demandé à M. Dông de régler les difficultés.", []),
])
def test_authorities_of_provinces(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, published, expected", [
    # the committees of a counted group of provinces named before
    ("Le Premier ministre a demandé au ministère des Finances de prélever du riz pour les deux provinces de Quang Binh "
     "et de Soc Trang. Le Premier ministre a également demandé aux comités populaires de ces deux localités de gérer "
     "ce stock.", "2017-01",
     [("MOF", None, None), ("PPC@44", None, None), ("PPC@94", None, None)]),
    ("Du riz ira à Nghê An, à Dak Lak et à Gia Lai. Le Premier ministre a demandé aux autorités de ces trois provinces "
     "de le distribuer.", "2022-02", [("PPC@40", None, None), ("PPC@66", None, None), ("PPC@64", None, None)]),
    # look-alikes: fewer provinces named than the count, the committees not asked
    ("Du riz ira à Quang Binh. Le Premier ministre a demandé aux comités populaires de ces deux localités de le "
     "distribuer.", "2017-01", []),
    ("Du riz ira à Quang Binh et à Soc Trang. Les comités populaires de ces deux localités ont reçu le riz.",
     "2017-01", []),
])
def test_committees_of_provinces_named_before(text, published, expected):
    assert sorted(dated(text, "fr", published)) == sorted(expected)
