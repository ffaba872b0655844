"""Round 34's French open classes (issue #13, not blind; helper w2fr34): new sentences and look-alikes that must not
fire, in every language where the class exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

DESCRIBING_WORDS_BEFORE_PASSIVE_DUTY = [
    # describing words between a collective subject and a passive duty cue ("sont tenus de", "sont chargés de")
    ("fr", "Le Premier ministre a signé la directive. Les comités populaires des provinces frontalières et "
           "littorales sont tenus d'ouvrir des registres.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a signé la directive. Les comités populaires des provinces montagneuses sont "
           "chargés de recenser les foyers.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a signé la directive. Les ministères concernés et compétents sont tenus de réviser "
           "les normes.",
     [("MINISTRIES", "assignee", "PM", None)]),
    ("en", "The Prime Minister signed the directive. Border provinces with mountainous terrain are tasked with "
           "opening registers.",
     [("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: another noun's relative clause, a comma and a relative, a reported clause
    ("fr", "Le Premier ministre a signé la directive. Les provinces frontalières dont les habitants sont tenus de "
           "déclarer leurs biens ont reçu des aides.", []),
    ("fr", "Le Premier ministre a signé la directive. Les provinces frontalières, où les gardes sont chargés de "
           "patrouiller, ont reçu des aides.", []),
    ("fr", "Le Premier ministre a signé la directive. Les provinces ont indiqué que les camions sont tenus de "
           "rouler lentement.", []),
    ("en", "The Prime Minister signed the directive. Provinces where the residents are required to declare assets "
           "received aid.", []),
    # kept informed, no duty (round 30b's look-alike, which the first form of the fix broke)
    ("fr", "Le Premier ministre a signé la directive. Les comités populaires des provinces frontalières sont tenus "
           "informés de la situation.", []),
]


@pytest.mark.parametrize("lang, text, expected", DESCRIBING_WORDS_BEFORE_PASSIVE_DUTY)
def test_describing_words_before_a_passive_duty(lang, text, expected):
    assert _rows(text, lang) == expected


PROVINCE_OF_THE_TEXT_NAMED_AGAIN = [
    # "La province doit …" / "La ville doit …" where the text names its province only as a place (a visit, a meeting):
    # the committee of the province the text is about
    ("fr", "Le Premier ministre s'est rendu samedi dans la province de Quang Tri pour inspecter les digues. Le "
           "Premier ministre a demandé d'accélérer les travaux. La province doit achever la réparation des digues "
           "d'ici le 30 juin 2025.",
     [("PPC@45", "assignee", "PM", "2025-06-30")]),
    ("en", "Prime Minister Pham Minh Chinh visited Quang Tri province on Saturday to inspect the dykes. The Prime "
           "Minister asked for faster repairs. The province must complete the repair of the dykes by June 30, 2025.",
     [("PPC@45", "assignee", "PM", "2025-06-30")]),
    # look-alikes: no province named in the text, a city's word for a province, the province's past act
    ("fr", "Le Premier ministre a présidé une réunion avec les ministères. La province doit achever la réparation "
           "des digues.", []),
    ("fr", "Le Premier ministre s'est rendu dans la province de Quang Tri. La ville doit aussi assurer "
           "l'approvisionnement.", []),
    ("fr", "Le Premier ministre s'est rendu dans la province de Quang Tri. La province a achevé la réparation des "
           "digues.", []),
    ("en", "Prime Minister Pham Minh Chinh chaired a meeting with ministries. The province must complete the "
           "repairs.", []),
    # two provinces' committees named after the words: which one is not said (round 27c's look-alike)
    ("fr", "Le vice-Premier ministre s'est rendu dans la province de Lam Dong. La province doit achever la "
           "reconstruction des maisons. Le Comité populaire de la province de Lam Dong et le Comité populaire de la "
           "province de Dak Lak ont présenté les dégâts.", []),
]


@pytest.mark.parametrize("lang, text, expected", PROVINCE_OF_THE_TEXT_NAMED_AGAIN)
def test_the_province_of_the_text_named_again(lang, text, expected):
    assert _rows(text, lang) == expected


PROVINCE_OF_A_FRONTED_PHRASE = [
    # a singular object pronoun standing for the one province an opening phrase names (its committee)
    ("fr", "Le Premier ministre a travaillé avec les autorités de la province. Appréciant les efforts de Thanh Hoa "
           "face aux crues, le Premier ministre lui a demandé de mobiliser toutes les forces.",
     [("PPC@38", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a présidé la séance de travail. Saluant les efforts de Nghe An dans la lutte contre "
           "l'épidémie, il lui a demandé de renforcer la surveillance.",
     [("PPC@40", "assignee", "PM", None)]),
    # look-alikes: two provinces in the phrase, another opening phrase, no request after the pronoun
    ("fr", "Le Premier ministre a travaillé avec les autorités. Saluant les efforts de Thanh Hoa et de Nghe An, le "
           "Premier ministre lui a demandé de mobiliser toutes les forces.", []),
    ("fr", "Le Premier ministre a visité Thanh Hoa. Pendant la visite à Thanh Hoa, le Premier ministre lui a demandé "
           "de mobiliser toutes les forces.", []),
    ("fr", "Le Premier ministre a travaillé avec la province. Appréciant les efforts de Thanh Hoa face aux crues, le "
           "Premier ministre lui a remis un cadeau.", []),
]


@pytest.mark.parametrize("lang, text, expected", PROVINCE_OF_A_FRONTED_PHRASE)
def test_the_province_of_a_fronted_phrase(lang, text, expected):
    assert _rows(text, lang) == expected
