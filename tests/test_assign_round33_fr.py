"""Round 33's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

CASES = [
    # a future passive after the body ("sera chargé de", "seront chargés de"), as "est chargé de" already read
    ("fr", "Le Comité populaire de la province de Nghe An a publié un plan. Les comités populaires des communes "
           "seront chargés de recenser les ménages.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("fr", "Le Comité populaire de la province de Nghe An a publié un plan. La police provinciale sera chargée de "
           "contrôler les routes.",
     [("PPS@40", "assignee", "PPC@40", None)]),
    # a cleft sentence: the body between "C'est" / "Ce sont" and "qui" is the subject of the cue after "qui"
    ("fr", "Le président du Comité populaire de Hanoï a publié un plan. C'est le président du comité populaire du "
           "district qui sera chargé d'organiser le dépistage.",
     [("DPC@01", "assignee", "PPC@01", None)]),
    ("fr", "Le Comité populaire de la province de Nghe An a publié un plan. Ce sont les comités populaires des "
           "communes qui sont chargés de recenser les ménages.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("en", "The Nghe An Provincial People's Committee issued a plan. It is the People's Committees of communes that "
           "are tasked with counting the households.",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("en", "The Nghe An Provincial People's Committee issued a plan. It is the Department of Finance that proposed the "
           "plan.", []),
    # look-alikes: a cleft with no task cue after "qui", a relative clause that is no cleft
    ("fr", "Le Comité populaire de la province de Nghe An a publié un plan. C'est le Département des finances qui a "
           "proposé ce plan.", []),
    ("fr", "Le Comité populaire de la province de Nghe An a publié un plan. Le rapport qui est chargé de chiffres a "
           "été remis hier.", []),
    # the partners after "se connecter avec" (machine French for "phối hợp với")
    ("fr", "Le président du Comité populaire de la province de Binh Dinh a demandé au Comité populaire du district "
           "de Tuy Phuoc de se connecter avec les départements concernés pour clarifier les difficultés.",
     [("DPC@52", "assignee", "PPC@52", None), ("DEPARTMENTS@52", "coordinate", "PPC@52", None)]),
    # look-alike: a network, no body
    ("fr", "Le Comité populaire de la province de Binh Dinh a annoncé que les écoles vont se connecter avec le "
           "réseau national.", []),
    # a body singled out of a collective outside the table inside a list ("… ainsi qu'aux unités telles que la
    # police de la ville"), as at the list's opening
    ("fr", "Le Comité populaire de la ville de Can Tho a envoyé un document demandant aux chefs des départements "
           "ainsi qu'aux unités telles que la police de la ville de traiter les dossiers.",
     [("DEPARTMENTS@92", "assignee", "PPC@92", None), ("PPS@92", "assignee", "PPC@92", None)]),
    ("fr", "Le Comité populaire de la ville de Can Tho a envoyé un document demandant aux chefs des départements "
           "et aux unités telles que la police de la ville de traiter les dossiers.",
     [("DEPARTMENTS@92", "assignee", "PPC@92", None), ("PPS@92", "assignee", "PPC@92", None)]),
    # look-alike: the units are the object of the task, not asked
    ("fr", "Le Comité populaire de la ville de Can Tho a demandé aux départements de traiter les dossiers des "
           "unités telles que la police de la ville.",
     [("DEPARTMENTS@92", "assignee", "PPC@92", None)]),
    # "la ville" as a modal's subject stands for the one city committee named before it
    ("fr", "Le Premier ministre a travaillé avec le Comité populaire de Hanoï. La ville doit accélérer le "
           "décaissement.",
     [("PPC@01", "assignee", None, None)]),
    # look-alikes: a province's town and its province both named before (which is meant is not said), a city
    # named only as a place, "la ville" with no cue
    ("fr", "Le Comité populaire de la province de Quang Ninh a demandé au Comité populaire de la ville de Ha Long de "
           "revoir les projets. La ville doit achever le déblaiement.",
     [("DPC@22", "assignee", "PPC@22", None)]),
    ("fr", "Le Comité populaire de Hanoï a demandé aux comités populaires des districts de revoir les digues. La "
           "ville doit aussi publier la liste.",
     [("DPC@01", "assignee", "PPC@01", None)]),
    ("fr", "Le Premier ministre a visité Hanoï. La ville doit être fière de ses résultats, a-t-il dit.", []),
    ("fr", "Le président du Comité populaire de Hanoï a publié une directive. La ville compte 30 districts.", []),
    # a pronoun opening the sentence after a reported clause stands for the reporter, not for the person the clause
    # reports on ("Le président de l'Assemblée nationale a rappelé que le Premier ministre avait … . Il a demandé …")
    ("fr", "Le président de l'Assemblée nationale a rappelé que le Premier ministre avait publié la décision n° 1412. "
           "Il a demandé au Comité populaire de Hai Phong de mettre en oeuvre le plan.",
     [("PPC@31", "assignee", "NA", None)]),
    # look-alikes: the reporter is the person named last; no reported clause (the person stays the asker)
    ("fr", "Le Premier ministre a rappelé que le ministre des Finances avait publié la circulaire. Il a demandé au "
           "Comité populaire de Hai Phong de mettre en oeuvre le plan.",
     [("PPC@31", "assignee", "PM", None)]),
    ("fr", "Le président de l'Assemblée nationale a rencontré le Premier ministre. Il a demandé au Comité populaire de "
           "Hai Phong de mettre en oeuvre le plan.",
     [("PPC@31", "assignee", "PM", None)]),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_round33_fr_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected
