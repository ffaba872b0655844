"""Open classes of French assignments after round 22b (README "Open classes after round 22b (assignments fr, not
blind)"): new sentences written for these tests, one literal case a line, each class with the look-alikes that must
not change. The province range and the highlighted provinces' own words are French grammar data
(``province_range_words``, ``highlighted_province_words``); English and Vietnamese write no range of provinces in
their grammar, so the class has no case in them."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # the provinces singled out after a range that bounds the collective, with their own words after the highlight
    ("Le Premier ministre a demandé aux comités populaires des provinces de Quang Binh à Binh Dinh, en particulier "
     "dans les provinces de Quang Nam, Quang Ngai et Binh Dinh, de reloger les sinistrés.",
     [("PROVINCES", "assignee", "PM"), ("PPC@49", "assignee", "PM"), ("PPC@51", "assignee", "PM"),
      ("PPC@52", "assignee", "PM")]),
    ("Le vice-Premier ministre a demandé aux autorités des provinces de Nghe An à Quang Tri, notamment Ha Tinh et "
     "Quang Binh, de renforcer les digues.",
     [("PROVINCES", "assignee", "DPM"), ("PPC@42", "assignee", "DPM"), ("PPC@44", "assignee", "DPM")]),
    ("Le Premier ministre a demandé aux localités, en particulier dans la province de Gia Lai, de reloger les "
     "sinistrés.", [("PROVINCES", "assignee", "PM"), ("PPC@64", "assignee", "PM")]),
    # the range is the subject's own: the cue after it tasks the collective
    ("Les provinces de Thanh Hoa à Quang Ngai sont appelées à renforcer la surveillance des digues.",
     [("PROVINCES", "assignee", None)]),
    # look-alikes: provinces singled out after the task, or in a sentence that asks no one, are not asked
    ("Le Premier ministre a demandé aux comités populaires des provinces de Quang Binh à Binh Dinh de reloger les "
     "sinistrés, en particulier dans les provinces de Quang Nam et Quang Ngai.", [("PROVINCES", "assignee", "PM")]),
    ("Les crues ont touché les provinces de Quang Binh à Binh Dinh, en particulier Quang Nam et Quang Ngai. Le "
     "Premier ministre a demandé aux localités de reloger les sinistrés.", [("PROVINCES", "assignee", "PM")]),
    ("Les provinces de Thanh Hoa à Quang Ngai ont subi de lourdes pertes.", []),
])
def test_provinces_singled_out_after_a_range(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an adverb inside a listed cue that opens with an auxiliary: the ministry named again by its bare noun is tasked,
    # its partners with it
    ("Le vice-Premier ministre a chargé le ministère de la Santé de préparer un plan. Le ministère est également chargé "
     "de coordonner avec le ministère des Finances l'achat des vaccins.", "fr",
     [("MOH", "assignee", "DPM"), ("MOH", "assignee", "DPM"), ("MOF", "coordinate", "DPM")]),
    ("Les ministères et organismes concernés sont aussi chargés de réviser les procédures.", "fr",
     [("MINISTRIES", "assignee", None)]),
    # English composes its adverbs already ("is also tasked with")
    ("The Deputy Prime Minister tasked the Ministry of Health with preparing a plan. The ministry is also tasked with "
     "buying vaccines.", "en", [("MOH", "assignee", "DPM"), ("MOH", "assignee", "DPM")]),
    # look-alikes: the adverb before a cue that is no task, a ministry that reports
    ("Le ministère des Finances est également convaincu que les recettes vont augmenter.", "fr", []),
    ("Le ministère de la Santé a publié un rapport. Le ministère a également indiqué que les cas ont baissé.", "fr", []),
])
def test_an_adverb_inside_a_listed_cue(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the department named again by its capitalised head word after a continuation opener
    ("Le Comité populaire de la province de Nghe An a chargé le Service de la santé de vacciner les enfants. Par "
     "ailleurs, le Département est mandaté pour recenser les écoles.", "fr",
     [("DOH@40", "assignee", "PPC@40"), ("DOH@40", "assignee", "PPC@40")]),
    # English reads its lower-case noun so already (round 11)
    ("The Nghe An Provincial People's Committee assigned the Department of Health to vaccinate children. In addition, "
     "the department is tasked with listing schools.", "en",
     [("DOH@40", "assignee", "PPC@40"), ("DOH@40", "assignee", "PPC@40")]),
    # a subject pronoun before a modal after the body tasked as the subject of the sentence before
    ("Le Service de la santé a été chargé de vacciner les enfants. Il devra également recenser les écoles.", "fr",
     [("DOH", "assignee", None), ("DOH", "assignee", None)]),
    ("Le ministère des Finances est chargé de réviser les règlements. Il devra également présenter un rapport.", "fr",
     [("MOF", "assignee", None), ("MOF", "assignee", None)]),
    # look-alikes: a department's full name stays itself; a pronoun that asks is not the body; a body that reports
    ("Le Service de la santé doit vacciner les enfants. Le Service de la construction doit inspecter les écoles.",
     "fr", [("DOH", "assignee", None), ("DOC", "assignee", None)]),
    ("Le ministère des Finances est chargé de réviser les règlements. Il a également demandé aux provinces de rendre "
     "compte.", "fr", [("MOF", "assignee", None), ("PROVINCES", "assignee", None)]),
    ("Le ministère des Finances a publié un rapport. Il devra être examiné par le gouvernement.", "fr", []),
])
def test_a_body_named_again_by_its_head_word_or_a_pronoun(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Service de la santé a été chargé de vacciner les enfants, avec une échéance fixée au 30 octobre 2025.",
     [("DOH", "2025-10-30", "by")]),
    ("Le Service de la santé a été chargé de vacciner les enfants ; une échéance est fixée au 15 mai 2025.",
     [("DOH", "2025-05-15", "by")]),
])
def test_a_deadline_set_as_an_echeance(text, expected):
    assert dated(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the month window, one way (deadlines.json month_pair_joiners) for every date form: the first month joined to
    # the next is no due month, with or without the second 'en' (a second 'en' reads the later month as before)
    ("Le Service de la santé doit vacciner les enfants en août et septembre.", [("DOH", None, None)]),
    ("Le Service de la santé doit vacciner les enfants en août et en septembre.", [("DOH", "2025-09", "in")]),
    # (a year-bearing month before 'et en' now as before 'et': round 22's lookahead covered the month alone only)
    ("Le Service de la santé doit vacciner les enfants en décembre 2025 et en janvier 2026.",
     [("DOH", "2026-01", "in")]),
    ("Le Service de la santé doit vacciner les enfants en décembre.", [("DOH", "2025-12", "in")]),
])
def test_the_month_window_one_way(text, expected):
    assert dated(text, "fr", published="2025-06-01") == expected
