"""Round 25b's error classes of English assignments (docs/quality.md "Round 25b (blind, real public pages):
assignments en"), fixed as general rules, data first: the provinces named after the committees' plural closed by a
colon are each its committee, the plural no body of its own (en and fr grammar.json committees_of_listed_provinces,
mentions._next_capital), and a verb's list of provinces closed by a colon at its line's end is asked, the items under
it being its task (mentions._bare_province_at); the Fatherland Front's Central Committee named with `of the`, or
with `Viet Nam` in two words, is the Front (en agencies.csv VFF aliases). New sentences written for these tests, one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

_THREE = [("PPC@42", "assignee", "PM"), ("PPC@45", "assignee", "PM"), ("PPC@46", "assignee", "PM")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister requested the Chairmen of the People's Committees of the provinces and cities: Ha Tinh, "
     "Quang Tri and Hue to review the damage.", "en", _THREE),
    ("In the telegram, the Prime Minister requested the Secretaries and Chairmen of the People's Committees of the "
     "provinces and cities: Ha Tinh, Quang Tri, Hue:\nDirect the review of the needs for food support.", "en", _THREE),
    ("In the telegram, the Prime Minister requested the Chairmen of the People's Committees of the provinces and "
     "cities of Ha Tinh, Quang Tri, Hue:\nDirect the review of the needs for food support.", "en", _THREE),
    ("Le Premier ministre a demandé aux présidents des comités populaires des provinces et villes suivantes : Ha "
     "Tinh, Quang Tri et Hue de recenser les dégâts.", "fr", _THREE),
    # read before: the names after `of`
    ("The Prime Minister requested the Chairmen of the People's Committees of the provinces and cities of Ha Tinh, "
     "Quang Tri and Hue to review the damage.", "en", _THREE),
    # look-alikes: the plural with no names after its colon stays the provinces as a whole; a visit names no body
    ("The Prime Minister requested the People's Committees of the provinces and cities: to review the damage.", "en",
     [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister requested the People's Committees of the provinces and cities to review the damage.", "en",
     [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister visited Ha Tinh, Quang Tri, Hue:\nThe damage there is heavy.", "en", []),
])
def test_provinces_listed_after_the_committees_plural_and_a_colon(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    ("In the telegram, the Prime Minister requested the Chairmen of the People's Committees of the provinces and "
     "cities: Ha Tinh, Quang Tri:\nFocus on supporting the households before November 14, 2025.", "en", "2025-11-13",
     [("PPC@42", "2025-11-14", "before"), ("PPC@44", "2025-11-14", "before")]),
    # look-alike: the list closed by a colon under no asking verb dates no one
    ("The delegation visited Ha Tinh, Quang Tri:\nThe households are supported before November 14, 2025.", "en",
     "2025-11-13", []),
])
def test_the_items_under_a_list_closed_by_a_colon_date_it(text, lang, published, expected):
    assert dated(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Government asked the Central Committee of the Viet Nam Fatherland Front to transfer the support funds to "
     "eligible households.", "en", [("VFF", "assignee", "GOV")]),
    ("The Government asked the Central Committee of the Vietnam Fatherland Front to transfer the support funds to "
     "eligible households.", "en", [("VFF", "assignee", "GOV")]),
    # read before: the French name of the Front's Central Committee
    ("Le gouvernement a demandé au Comité central du Front de la Patrie du Viet Nam de transférer les fonds aux "
     "ménages.", "fr", [("VFF", "assignee", "GOV")]),
    # look-alike: the Front named in a report asks and is asked nothing
    ("The Viet Nam Fatherland Front's delegation visited the flooded households.", "en", []),
])
def test_the_fatherland_fronts_central_committee_named_with_of(text, lang, expected):
    assert found(text, lang) == expected
