"""The French cases of open26 class 1 (openleft7): an undated page dated by the days it writes, the rule as
tests/test_assign_open26_en.py states it (issue #13; docs/quality.md "Open classes after round 25b (assignments,
not blind)", class 1). New sentences written for these tests, one literal case a line, with their look-alikes."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, lang, published, expected", [
    # the year of a date the page sets, for its year-less deadline (was the later sentence's December 31)
    ("Le Premier ministre a demandé au ministère de la Construction de faire rapport avant le 24 décembre. L'achèvement "
     "complet est prévu d'ici le 31 décembre 2025.", "fr", None, [("MOC", "2025-12-24", "before")]),
    # a day told without a year after the merger: the 2025 scheme (Quang Tri PPC@44, was PPC@45)
    ("Le Premier ministre a demandé au Comité populaire de la province de Quang Tri de faire rapport avant le 24 "
     "décembre. Le 21 décembre, 33.200 maisons avaient été réparées, l'achèvement complet étant prévu d'ici le 31 "
     "décembre 2025.", "fr", None, [("PPC@44", "2025-12-24", "before")]),
    # a year-less deadline before the latest day told is in the next year
    ("Le Premier ministre a demandé au ministère de la Construction de faire rapport avant le 15 janvier. Le 21 "
     "décembre, 33.200 maisons avaient été réparées, l'achèvement complet étant prévu d'ici le 31 décembre 2025.", "fr",
     None, [("MOC", "2026-01-15", "before")]),
    # look-alike: a period's first day (an effective date) is neither told nor set: no year
    ("Le Premier ministre a demandé au ministère de la Construction de faire rapport avant le 24 décembre. La loi "
     "entre en vigueur à compter du 1er juillet 2026.", "fr", None, [("MOC", None, None)]),
])
def test_an_undated_page_is_dated_by_the_days_it_writes(text, lang, published, expected):
    assert dated(text, lang, published) == expected


_THREE = [("PPC@42", "assignee", "PM"), ("PPC@45", "assignee", "PM"), ("PPC@46", "assignee", "PM")]


@pytest.mark.parametrize("text, lang, expected", [
    # open26 class 3: the provinces' committees after a ministry and the repeated preposition (a run of cues.json's
    # list_separators, ', aux', 'et aux'), each its committee (was the ministry alone)
    ("Le Premier ministre a demandé au ministère de la Défense, aux comités populaires des provinces de Ha Tinh, Quang "
     "Tri et Hue de reporter les réunions.", "fr", [("MOD", "assignee", "PM"), *_THREE]),
    ("Le Premier ministre a demandé au ministère de la Défense et aux comités populaires des provinces de Ha Tinh, "
     "Quang Tri et Hue de reporter les réunions.", "fr", [("MOD", "assignee", "PM"), *_THREE]),
    # read before: the provinces' committees right after the verb
    ("Le Premier ministre a demandé aux comités populaires des provinces de Ha Tinh, Quang Tri et Hue de reporter les "
     "réunions.", "fr", _THREE),
    # look-alikes: a range of provinces stays the collective; a verb that asks no one; no verb before the list
    ("Le Premier ministre a demandé au ministère de la Défense, aux comités populaires des provinces de Thanh Hoa à "
     "Quang Tri de reporter les réunions.", "fr", [("MOD", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a remercié le ministère de la Défense et les comités populaires des provinces de Ha Tinh, "
     "Quang Tri et Hue pour leurs efforts.", "fr", []),
    ("Le ministère de la Défense, aux côtés des comités populaires des provinces de Ha Tinh, Quang Tri et Hue, a "
     "reporté les réunions.", "fr", []),
])
def test_the_provinces_committees_after_a_ministry_and_the_repeated_preposition(text, lang, expected):
    assert found(text, lang) == expected
