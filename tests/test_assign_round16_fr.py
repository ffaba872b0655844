"""Round 16's error classes of French assignments (README "Round 16 (blind, real public pages): assignments fr"),
fixed as data (fr and sv ``cues.json`` and ``grammar.json``) and two small readings (an insert set off by commas
between an assigning verb and the body asked; a head's bare title as the asker). New sentences written for these
tests, one literal case a line, with the look-alikes that must stay out; Swedish where the class exists there."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # a date or a day set off by commas between the verb and the body asked
    ("Le vice-Premier ministre a demandé, le 3 juin, à toutes les localités de préparer des lits.",
     "fr", [("PROVINCES", "assignee", "DPM")]),
    ("Le Premier ministre a demandé, jeudi, au ministère des Transports de réparer les digues.",
     "fr", [("MOT", "assignee", "PM")]),
    ("Le Premier ministre a chargé, le 12 mars, le ministère des Finances de revoir les frais.",
     "fr", [("MOF", "assignee", "PM")]),
    ("Premiärministern uppmanade, den 3 juni, finansministeriet att se över avgifterna.",
     "sv", [("MOF", "assignee", "PM")]),
    ("Premiärministern uppmanade den 3 juni orterna att förbereda sängar.",
     "sv", [("PROVINCES", "assignee", "PM")]),
    # look-alikes: people asked after the date, a meeting on a date, a source between commas
    ("Le Premier ministre a demandé, le 3 juin, aux habitants de rester chez eux.", "fr", []),
    ("Le Premier ministre a rencontré, le 3 juin, les dirigeants du ministère de la Santé.", "fr", []),
    ("Premiärministern träffade, den 3 juni, ledningen för finansministeriet.", "sv", []),
])
def test_an_insert_set_off_by_commas(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # verbs of asking: to enjoin, to suggest (to a body, or that a body do)
    ("Le Premier ministre a enjoint aux localités de fermer les marchés.", "fr", [("PROVINCES", "assignee", "PM")]),
    ("Le vice-Premier ministre a enjoint au ministère de la Construction de publier les prix.",
     "fr", [("MOC", "assignee", "DPM")]),
    ("Le Premier ministre a visité le chantier, suggérant aux localités de recruter des ouvriers.",
     "fr", [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a suggéré au ministère des Finances de réduire les frais.", "fr", [("MOF", "assignee", "PM")]),
    ("Le vice-Premier ministre a suggéré que les localités devaient ouvrir des centres de tests.",
     "fr", [("PROVINCES", "assignee", "DPM")]),
    ("Le Premier ministre a recommandé à la Banque d'État du Vietnam de baisser les taux.",
     "fr", [("SBV", "assignee", "PM")]),
    ("Le vice-Premier ministre a visité Hanoï. Il a également recommandé à la ville de Hanoï d'être prête à aider les "
     "provinces voisines.", "fr", [("PPC@01", "assignee", "DPM")]),
    # look-alikes: people and businesses enjoined or advised, a suggestion about a thing
    ("Le ministère de la Santé a recommandé à la population de porter un masque.", "fr", []),
    ("Le tribunal a enjoint aux entreprises de payer les amendes.", "fr", []),
    ("Le ministre de la Santé a suggéré aux habitants de porter un masque.", "fr", []),
    ("Le Premier ministre a présidé la réunion, suggérant aux entreprises d'investir.", "fr", []),
    ("Le Premier ministre a suggéré que les prix devaient baisser.", "fr", []),
])
def test_verbs_of_asking(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the partners of a coordination after an adverb
    ("Le Premier ministre a demandé aux ministères de contrôler les frontières. Les localités doivent se coordonner "
     "activement avec le ministère de la Défense.",
     "fr", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM"), ("MOD", "coordinate", "PM")]),
    ("Le Premier ministre a demandé aux ministères de contrôler les frontières. Les localités doivent se coordonner "
     "étroitement avec le ministère de la Sécurité publique et le ministère de la Défense.",
     "fr", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM"), ("MPS", "coordinate", "PM"),
            ("MOD", "coordinate", "PM")]),
    ("Le vice-Premier ministre a chargé le ministère des Finances de coordonner étroitement avec le ministère de la "
     "Justice la révision du décret.",
     "fr", [("MOF", "assignee", "DPM"), ("MOJ", "coordinate", "DPM")]),
    ("Premiärministern uppmanade ministerierna att kontrollera gränserna. Orterna ska samordna aktivt med "
     "försvarsministeriet.",
     "sv", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM"), ("MOD", "coordinate", "PM")]),
    # look-alikes: a coordination reported as done
    ("Les localités se sont coordonnées activement avec le ministère de la Défense l'an dernier.", "fr", []),
    ("Orterna har samordnat aktivt med försvarsministeriet i flera år.", "sv", []),
])
def test_partners_after_an_adverb(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a head's bare title opening the sentence: the ministry named before asks
    ("Le ministre de la Santé a présidé la réunion en ligne. Il faut agir vite, a-t-il dit. Le ministre a également "
     "demandé aux localités de revoir leurs laboratoires.",
     "fr", [("PROVINCES", "assignee", "MOH")]),
    ("La ministre de la Construction a visité le chantier. La ministre a demandé aux localités de publier les prix.",
     "fr", [("PROVINCES", "assignee", "MOC")]),
    ("Hälsoministern ledde mötet. Ministern uppmanade också orterna att se över laboratorierna.",
     "sv", [("PROVINCES", "assignee", "MOH")]),
    # look-alikes: no ministry named before, the Prime Minister named before, the title with its ministry's name
    ("Le ministre a demandé aux localités de revoir leurs laboratoires.", "fr", [("PROVINCES", "assignee", None)]),
    ("Le Premier ministre a présidé la réunion. Le ministre a demandé aux localités de revoir leurs laboratoires.",
     "fr", [("PROVINCES", "assignee", None)]),
    ("Le ministère de la Santé a présidé la réunion. Le Premier ministre a demandé aux localités de revoir leurs "
     "laboratoires.", "fr", [("PROVINCES", "assignee", "PM")]),
])
def test_a_heads_bare_title_asks(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the municipal authorities: the city's committee, placed by the city the text names
    ("Le vice-Premier ministre a visité Hanoï. Il a demandé aux autorités municipales de renforcer les contrôles.",
     "fr", [("PPC@01", "assignee", "DPM")]),
    ("Lors de la séance de travail avec les autorités de Hô Chi Minh-Ville, le ministre de la Santé a jugé le risque "
     "élevé, suggérant aux autorités municipales d'élever le niveau de préparation.",
     "fr", [("PPC@79", "assignee", "MOH")]),
    # look-alike: the municipal authorities acting
    ("Les autorités municipales ont renforcé les contrôles à Hanoï.", "fr", []),
])
def test_the_municipal_authorities(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a line opening with '>>' links to another article: its title gives no assignment
    (">>COVID : le ministère de la Santé demande à Hanoï de rehausser sa vigilance\n>>Le Vietnam négocie des vaccins\n"
     "Le Premier ministre a demandé aux localités de fermer les marchés.", "fr", [("PROVINCES", "assignee", "PM")]),
    (">>Hälsoministeriet uppmanade Hanoi att skärpa vaksamheten\nPremiärministern uppmanade orterna att stänga "
     "marknaderna.", "sv", [("PROVINCES", "assignee", "PM")]),
    # look-alike: the marks inside a line of prose do not blank it
    ("Le Premier ministre a demandé aux localités de fermer les marchés. Voir aussi >> le ministère de la Santé "
     "demande à Hanoï de rehausser sa vigilance.", "fr", [("PROVINCES", "assignee", "PM"), ("PPC@01", "assignee", "MOH")]),
])
def test_link_lines(text, lang, expected):
    assert found(text, lang) == expected
