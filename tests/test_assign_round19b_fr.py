"""Round 19b's error classes of French assignments (README "Round 19b (blind, real public pages): assignments fr"),
fixed as data (fr ``grammar.json``, ``cues.json``, ``nlp/lang/fr/agencies.csv``). New sentences written for these
tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    # the central agencies: the ministries and agencies as a whole
    ("Les agences centrales doivent répondre rapidement aux questions des localités.",
     [("MINISTRIES", "assignee", None)]),
    ("Le Premier ministre a demandé aux agences centrales de publier des instructions détaillées.",
     [("MINISTRIES", "assignee", "PM")]),
    ("Les agences centrales et les localités doivent achever les préparatifs.",
     [("MINISTRIES", "assignee", None), ("PROVINCES", "assignee", None)]),
    # look-alikes: central banks, and central agencies in a report
    ("Les banques centrales doivent relever leurs taux.", []),
    ("Les agences centrales ont publié un rapport sur les élections.", []),
])
def test_the_central_agencies(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # provinces named after the bare 'provinces de': each its committee
    ("Le Premier ministre a demandé aux provinces de Nghe An, Son La et Dien Bien de recenser les maisons.",
     [("PPC@40", "assignee", "PM"), ("PPC@14", "assignee", "PM"), ("PPC@11", "assignee", "PM")]),
    ("Les provinces de Thanh Hoa et de Nghe An doivent renforcer la surveillance des digues.",
     [("PPC@38", "assignee", None), ("PPC@40", "assignee", None)]),
    # look-alikes: a range of provinces, a region, the provinces unnamed stay the collective
    ("Les provinces de Thanh Hoa à Quang Ngai doivent renforcer la surveillance des digues.",
     [("PROVINCES", "assignee", None)]),
    ("Le Premier ministre a demandé aux provinces du Nord de renforcer la surveillance.",
     [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux provinces de recenser les maisons endommagées.",
     [("PROVINCES", "assignee", "PM")]),
])
def test_provinces_named_after_provinces_de(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the provinces' presidents (with their Party secretaries) and a count before the provinces named
    ("Le ministère des Minorités ethniques et des Religions a demandé aux secrétaires et présidents des trois "
     "provinces de Nghe An, Son La et Dien Bien de recenser les maisons.",
     [("PPC@40", "assignee", "MEMR"), ("PPC@14", "assignee", "MEMR"), ("PPC@11", "assignee", "MEMR")]),
    ("Le Premier ministre a demandé aux présidents des deux provinces de Quang Binh et de Quang Tri de reloger "
     "les sinistrés.", [("PPC@44", "assignee", "PM"), ("PPC@45", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux deux provinces de Quang Binh et de Quang Tri de reloger les sinistrés.",
     [("PPC@44", "assignee", "PM"), ("PPC@45", "assignee", "PM")]),
    # look-alikes: a meeting with them, a count of bodies outside the table
    ("Le Premier ministre a rencontré les secrétaires et présidents des trois provinces.", []),
    ("Le Premier ministre a demandé aux deux entreprises de revoir le plan.", []),
])
def test_presidents_and_a_count_before_the_provinces(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the provinces named before, counted again as the subject of a task: each its committee
    ("Les inondations ont touché les provinces de Quang Binh et de Quang Tri. Les comités populaires des deux "
     "provinces doivent reloger les sinistrés.", [("PPC@44", "assignee", None), ("PPC@45", "assignee", None)]),
    ("Le ministère de la Construction a demandé aux présidents des provinces de Nghe An, Son La et Dien Bien de "
     "recenser les maisons. En conséquence, les secrétaires et les présidents des trois provinces doivent ordonner "
     "l'examen.", [("PPC@40", "assignee", "MOC"), ("PPC@14", "assignee", "MOC"), ("PPC@11", "assignee", "MOC"),
                   ("PPC@40", "assignee", "MOC"), ("PPC@14", "assignee", "MOC"), ("PPC@11", "assignee", "MOC")]),
    # look-alikes: the counted provinces' presidents in a report, not tasked
    ("Les inondations ont touché les provinces de Quang Binh et de Quang Tri. Les présidents des deux provinces ont "
     "visité les sinistrés.", []),
    ("Les présidents des deux provinces de Quang Binh et de Quang Tri ont visité les sinistrés.", []),
])
def test_the_provinces_named_before_counted_as_the_subject(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry alone asked the provinces: their tasks spelled out after are still its request
    ("Le ministère de la Santé a demandé aux provinces de renforcer la surveillance. Les localités doivent signaler "
     "les cas.", [("PROVINCES", "assignee", "MOH"), ("PROVINCES", "assignee", "MOH")]),
    ("Le ministère de la Construction a demandé aux présidents des provinces de Nghe An et de Son La de recenser les "
     "maisons. Il a envoyé une dépêche officielle. Le Comité populaire de Nghe An doit élaborer une proposition.",
     [("PPC@40", "assignee", "MOC"), ("PPC@14", "assignee", "MOC"), ("PPC@40", "assignee", "MOC")]),
    # look-alikes: a ministry's own task after, two askers before
    ("Le ministère de la Santé a demandé aux provinces de renforcer la surveillance. Le ministère des Finances doit "
     "allouer les fonds.", [("PROVINCES", "assignee", "MOH"), ("MOF", "assignee", None)]),
    ("Le ministère de la Santé a demandé aux provinces de renforcer la surveillance. Le ministère des Finances a "
     "demandé aux provinces de revoir les budgets. Les localités doivent signaler les cas.",
     [("PROVINCES", "assignee", "MOH"), ("PROVINCES", "assignee", "MOF"), ("PROVINCES", "assignee", None)]),
])
def test_a_ministrys_request_to_provinces_spelled_out_after(text, expected):
    assert found(text, "fr") == expected
