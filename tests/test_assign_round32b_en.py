"""Round 32b (blind, English) classes fixed after the first run (issue #13): new sentences written for the tests, not
the blind pages' own, each class with look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-04-20")
_dated = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2025-04-20")
_rows_2024 = rows_reader(published="2024-08-10")


@pytest.mark.parametrize("text, lang, expected", [
    # a province's chapter of the Front named as 'of the province' / 'of the city' in a provincial text: VFF@NN (the
    # convention of round 29; nlp agencies.json provincial_chapter_words)
    ("The Quang Tri People's Committee assigned the Department of Home Affairs to coordinate with the Vietnam "
     "Fatherland Front Committee of the province in building houses for poor households.", "en",
     [("DOHA@45", "assignee", "PPC@45", None), ("VFF@45", "coordinate", "PPC@45", None)]),
    ("The Can Tho People's Committee asked the Department of Health to work with the Vietnam Fatherland Front "
     "Committee of the city to deliver gifts to patients.", "en",
     [("DOH@92", "assignee", "PPC@92", None), ("VFF@92", "coordinate", "PPC@92", None)]),
    # the same class in French (fr agencies.json already holds 'de la province')
    ("Le Comité populaire de Quang Tri a chargé le Service de l'intérieur de coordonner avec le Comité du Front de "
     "la Patrie du Vietnam de la province la construction de maisons.", "fr",
     [("DOHA@45", "assignee", "PPC@45", None), ("VFF@45", "coordinate", "PPC@45", None)]),
    # look-alikes: the Front named alone, and the Front of the provinces (plural), stay the central committee
    ("The Prime Minister asked the ministries to coordinate with the Vietnam Fatherland Front to mobilise donations.",
     "en", [("MINISTRIES", "assignee", "PM", None), ("VFF", "coordinate", "PM", None)]),
    ("The Quang Tri People's Committee assigned the Department of Finance to coordinate with the Vietnam Fatherland "
     "Front Committee of the provinces in the region to share data.", "en",
     [("DOF@45", "assignee", "PPC@45", None), ("VFF", "coordinate", "PPC@45", None)]),
])
def test_a_front_chapter_of_the_province(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # 'is assigned and coordinated with' (a translation of 'được giao và phối hợp với'): the body assigned, its
    # partners coordinate, the task's date on each (cues.json subject_strong 'is assigned and', coordinate
    # 'coordinated with')
    ("On April 2, the People's Committee of Gia Lai province sent a letter on school repairs.\nThe Department of "
     "Education and Training is assigned and coordinated with the Department of Finance to finish the repairs "
     "before August 15.",
     [("DOET@64", "2025-08-15", "before"), ("DOF@64", "2025-08-15", "before")]),
    ("On April 2, the People's Committee of Gia Lai province sent a letter on roads.\nThe Department of Construction "
     "and the Department of Finance are assigned and coordinated with the People's Committees of districts to check "
     "the rural roads.",
     [("DOC@64", None, None), ("DOF@64", None, None), ("DPC@64", None, None)]),
    # look-alikes: land assigned and handed over, and a department's past coordination, task no body
    ("On April 2, the People's Committee of Gia Lai province sent a letter on land.\nThe land is assigned and handed "
     "over to the investor for the project.", []),
    ("On April 2, the People's Committee of Gia Lai province sent a letter on roads.\nLast year the Department of "
     "Finance coordinated with the districts to review the roads.", []),
])
def test_assigned_and_coordinated_with(text, expected):
    assert _dated(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # 'their assigned', 'its assigned': a participle before a noun, no assigning verb (cues.json cue_blockers)
    ("Each working group head is accountable to the Chairman for guiding the reorganization in their assigned "
     "localities.", []),
    ("The Ministry of Finance completed its assigned tasks and the Prime Minister asked the Ministry of Justice to "
     "review the decree.", [("MOJ", "assignee", "PM", None)]),
    # look-alike: the verb itself still assigns
    ("The Prime Minister assigned localities to review their requested budgets.", [("PROVINCES", "assignee", "PM", None)]),
])
def test_a_possessive_before_assigned(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a singular 'People's Committee' before plural districts (a translation's form), heading an item, a colon
    # glued to the next word or not (nlp agencies.csv DPC)
    ("To respond to the flood, the Chairman of the Provincial People's Committee of Thanh Hoa requested the "
     "following tasks:\nChairman of People's Committee of districts, cities and towns:Closely monitor the water "
     "levels.", [("DPC@38", "assignee", "PPC@38", None)]),
    ("To respond to the flood, the Chairman of the Provincial People's Committee of Thanh Hoa requested the "
     "following tasks:\nChairman of People's Committee of districts: Evacuate the people from the river banks.",
     [("DPC@38", "assignee", "PPC@38", None)]),
    # look-alike: the same name reporting
    ("The People's Committee of districts said the flood had receded.", []),
])
def test_a_district_committee_named_in_the_singular(text, expected):
    assert _rows_2024(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the province itself the subject of the next sentence: its own plan, its year not the task's
    # (task_deadlines._province_opens_the_sentence)
    ("On April 15, the People's Committee of Lam Dong province issued a letter.\nThe Department of Construction "
     "shall preside over and coordinate with the People's Committees of districts to speed up the housing "
     "project.\nIn 2025 plan, Lam Dong will build 500 new houses.",
     [("DOC@68", None, None), ("DPC@68", None, None)]),
    ("On April 15, the People's Committee of Lam Dong province issued a letter.\nThe Department of Construction "
     "shall preside over the housing project.\nThe province of Lam Dong plans to build 500 houses in 2025.",
     [("DOC@68", None, None)]),
    # look-alike: a later sentence naming no body and no province still dates the task
    ("On April 15, the People's Committee of Lam Dong province issued a letter.\nThe Department of Construction "
     "shall preside over the housing project.\nThe work must be completed in June 2025.",
     [("DOC@68", "2025-06", "in")]),
])
def test_a_province_opening_the_next_sentence_gives_no_date(text, expected):
    assert _dated(text, "en") == expected


_rows_may_2024 = rows_reader(published="2024-05-10")


@pytest.mark.parametrize("text, lang, expected", [
    # a text that never names its province (ids without the code): the committee that alone asked before asks its
    # own localities told without an asker, its districts then, not the country's provinces
    # (askers._the_one_asker_before)
    ("Vice Chairman of the provincial People's Committee Le Van Binh speaks at the meeting.\nBinh requested the "
     "Department of Health to prepare the vaccines.\nLocalities must well perform the assigned tasks, he added.", "en",
     [("DOH", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Le vice-président du Comité populaire provincial, Le Van Binh, a pris la parole.\nBinh a demandé au Service de "
     "l'éducation et de la formation de finaliser le plan.\nLes localités doivent bien accomplir les tâches "
     "assignées, a-t-il ajouté.", "fr",
     [("DOET", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    # look-alike: a ministry told after the province's request is no body of the province: no asker given
    ("Vice Chairman of the provincial People's Committee Le Van Binh speaks at the meeting.\nBinh requested the "
     "Department of Finance to complete the plan.\nThe Ministry of Finance must issue guidance soon, he said.", "en",
     [("DOF", "assignee", "PPC", None), ("MOF", "assignee", None, None)]),
])
def test_localities_of_an_unnamed_province(text, lang, expected):
    assert _rows_may_2024(text, lang) == expected
