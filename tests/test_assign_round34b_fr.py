"""Round 34b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2023-09-01")

CASES = [
    # a participle right after a speaker's inset between commas: the speaker asks (not a clause about a thing)
    ("fr", "Le Premier ministre a visité la province de Ha Giang. La planification est une priorité, a-t-il "
           "souligné, demandant au ministère des Finances d'achever le plan.",
     [("MOF", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre s'est rendu à Lao Cai. Le tourisme est un atout, a-t-il déclaré, demandant à Lao "
           "Cai de préserver ses paysages.",
     [("PPC@10", "assignee", "PM", None)]),
    ("en", "The Prime Minister visited the province. Planning is a priority, he said, requiring the Ministry of "
           "Finance to complete the plan.",
     [("MOF", "assignee", "PM", None)]),
    # look-alikes: a participle after a clause about a thing, with no inset, still asks no one
    ("fr", "La situation devient de plus en plus complexe, exigeant des ministères de changer de méthode.", []),
    ("en", "Risks are becoming more complex, requiring all ministries to shift their approach.", []),
    # an assigning participle sharing its auxiliary after "et" (no "a" repeated), the pronoun's clause before it
    ("fr", "Le Premier ministre a visité Lao Cai. Il a salué les efforts des habitants et demandé au ministère de "
           "la Construction de revoir les normes.",
     [("MOC", "assignee", "PM", None)]),
    ("fr", "Le vice-Premier ministre a inspecté le chantier et demandé à la province de Lao Cai d'accélérer les "
           "travaux.",
     [("PPC@10", "assignee", "DPM", None)]),
    ("fr", "Le Premier ministre a travaillé avec Yen Bai. Il a indiqué que la formation est une clé et demandé aux "
           "ministères de soutenir la province.",
     [("MINISTRIES", "assignee", "PM", None)]),
    # ... and with the auxiliary repeated: the pronoun of the first clause still asks
    ("fr", "Le Premier ministre a visité Lao Cai. Il a souligné la formation et a demandé au ministère des "
           "Finances de redoubler d'efforts.",
     [("MOF", "assignee", "PM", None)]),
    ("en", "The Prime Minister visited Lao Cai. He praised the province and asked the Ministry of Finance to "
           "review the fees.",
     [("MOF", "assignee", "PM", None)]),
    # look-alikes: "demandé" as a passive participle or with a thing asked of an outside body
    ("fr", "Le rapport a été lu et demandé à plusieurs reprises par les habitants.", []),
    ("fr", "Les ministères ont consulté les entreprises et demandé à la Banque mondiale un financement.", []),
    # the chairmen of the cities and provinces 'du ressort central' with 'des' before the second noun, and an item
    # heading with the singular committee
    ("fr", "Le Premier ministre a demandé aux ministres ainsi qu'aux présidents des villes et des provinces du "
           "ressort central de continuer à identifier les avancées.",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé aux ministres de mettre en œuvre les mesures suivantes :\n"
           "1- Président du Comité populaire des provinces et des villes sous tutelle centrale :\n"
           "1-1 : Mettre en œuvre immédiatement des solutions urgentes.",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the cities and provinces as places, no body asked
    ("fr", "Les présidents des villes et des provinces du ressort central ont assisté à la conférence.", []),
    ("fr", "La conférence s'est tenue dans les villes et des provinces du ressort central.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round34b_fr_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected
