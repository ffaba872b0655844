"""Round 39's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2021-05-20")

ALL_ECHELONS = [
    # "échelons" for "niveaux": the People's Committees named once for all their levels, one row a level (the
    # convention of rounds 12, 13 and 27, as "comités populaires de tous les niveaux" is read)
    ("fr", "Le Premier ministre a demandé aux comités populaires de tous les échelons de contrôler les forêts.",
     [("PROVINCES", "assignee", "PM"), ("DPC", "assignee", "PM"), ("CPC", "assignee", "PM")]),
    ("fr", "Les Comités populaires de tous échelons doivent inspecter les barrages.",
     [("PROVINCES", "assignee", None), ("DPC", "assignee", None), ("CPC", "assignee", None)]),
    ("fr", "Le ministère exhorte les comités populaires à tous les échelons à préparer les secours.",
     [("PROVINCES", "assignee", None), ("DPC", "assignee", None), ("CPC", "assignee", None)]),
    ("en", "The Prime Minister asked people's committees at all echelons to inspect the dykes.",
     [("PROVINCES", "assignee", "PM"), ("DPC", "assignee", "PM"), ("CPC", "assignee", "PM")]),
    # look-alikes: the echelons as a place or a topic, no committee named
    ("fr", "Les cadres de tous échelons ont assisté à la conférence.", []),
    ("fr", "La réunion a porté sur les comités populaires de tous échelons et leur budget.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ALL_ECHELONS)
def test_round39_fr_committees_of_all_echelons(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


GLUED_WORDS = [
    # a page that lost its line breaks glues two words (VNA's older French pages): a short function word glued to
    # a capitalised word ("laSanté", "lePremier"), a body word glued to the word after it ("provincesau",
    # "autoritéslocales"), "sont" glued to the cue's participle ("sontchargées") and
    # "Premierministre" are read parted, the spans staying those of the text
    ("fr", "Selon le télégramme, le ministère de laSanté doit distribuer les vaccins.",
     [("MOH", "assignee", None)]),
    ("fr", "Hanoï (VNA) – lePremier ministre a demandé aux ministères de revoir les plans.",
     [("MINISTRIES", "assignee", "PM")]),
    ("fr", "Le Premierministre a demandé aux localités de revoir les plans.",
     [("PROVINCES", "assignee", "PM")]),
    ("fr", "Le Premier ministre a demandé aux villes et provincesau niveau central de revoir les plans.",
     [("PROVINCES", "assignee", "PM")]),
    ("fr", "Les villes et provinces au niveau central sontchargées d'assurer un transport fluide.",
     [("PROVINCES", "assignee", None)]),
    ("fr", "Les autoritéslocales doivent évacuer les habitants des zones dangereuses.",
     [("PROVINCES", "assignee", None)]),
    # look-alikes: ordinary words holding the same letters, a brand with its capital inside, a place
    ("fr", "La lavande et le lecteur de Hanoï sont des sujets du reportage.", []),
    ("fr", "La société PetroVietnam a livré du carburant aux provinces du Centre.", []),
    ("fr", "Les habitants des provincesau nord ont été touchés par la tempête.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED_WORDS)
def test_round39_fr_words_a_page_glued(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


BARE_PROVINCE_ASKS = [
    # "la province a chargé …" on a page naming no province: the bodies asked are a province's (a department, the
    # commune committees), so the bare place asks through its committee, of no province as they are (w2fr31's rule
    # kept where the bodies have one province; the bare place still asks for none in a national text)
    ("fr", "En conséquence, la province a chargé le Département de la santé de vérifier les hôpitaux.",
     [("DOH", "assignee", "PPC")]),
    ("fr", "La ville a demandé au Département de la construction et aux comités populaires des quartiers de "
           "réparer les routes.",
     [("DOC", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
    # look-alikes: ministries asked after a bare "La province" (no provincial body), a department asked after a
    # ministry's text is told (a national body named before): no asker, as w2fr31
    ("fr", "Le Premier ministre a publié une dépêche. La province a demandé aux ministères de revoir les plans.",
     [("MINISTRIES", "assignee", None)]),
    ("fr", "Le ministère de la Santé a publié une circulaire. La province a demandé au Département de la santé de "
           "vérifier les hôpitaux.",
     [("DOH", "assignee", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARE_PROVINCE_ASKS)
def test_round39_fr_bare_province_asks_for_its_unnamed_committee(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


INSTRUCTIONS_AND_RESPONSIBILITIES = [
    # a chairman's colon line "a donné les instructions et attribué les responsabilités suivantes :" asks the bodies
    # of the lines under it, as "a donné les instructions suivantes :" does
    ("fr", "Le président du Comité populaire provincial a donné les instructions et attribué les responsabilités "
           "suivantes :\nLes comités populaires des districts doivent examiner les besoins.",
     [("DPC", "assignee", "PPC")]),
    ("fr", "Le président du Comité populaire provincial a attribué les tâches suivantes :\nLe Département des "
           "finances doit vérifier les dépenses.",
     [("DOF", "assignee", "PPC")]),
    # look-alike: the responsibilities a body reports it was given, no colon list of bodies asked
    ("fr", "Le Département des finances a rappelé les responsabilités suivantes : la vérification et le contrôle.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INSTRUCTIONS_AND_RESPONSIBILITIES)
def test_round39_fr_instructions_and_responsibilities_colon(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)
