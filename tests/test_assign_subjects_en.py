"""The most frequent remaining misses of English assignments (README "Assignments en: the remaining misses (not
blind)"), fixed as general rules, data first: provinces named after the provinces' plural (``the provinces of Binh
Duong, Dong Nai and Long An``: each province's committee, en grammar.json ``committees_of_listed_provinces``), and a
bare province listed after other bodies the verb asks (``relevant ministries as well as Tuyen Quang and Phu Tho
provinces``: ``mentions._start_of_bodies_listed_before``). New sentences written for these tests, one literal case a
line, with the look-alikes that must stay as they are."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated


@pytest.mark.parametrize("text, expected", [
    # the provinces' plural before their names: each province's committee, not the provinces as a whole
    ("The Prime Minister asked the provinces of Binh Duong, Dong Nai and Long An to tighten social distancing.",
     [("PPC@74", None, None), ("PPC@75", None, None), ("PPC@80", None, None)]),
    ("The provinces of Khanh Hoa and Vinh Long must learn from the lesson and follow the rules.",
     [("PPC@56", None, None), ("PPC@86", None, None)]),
    ("The Deputy Prime Minister requested the provinces and cities of Quang Ninh and Hai Phong to restore production.",
     [("PPC@22", None, None), ("PPC@31", None, None)]),
    # look-alikes: the provinces' plural before a region, not a province, stays the provinces as a whole; provinces
    # visited, not asked, are no one's task
    ("The Prime Minister asked the provinces of the Mekong Delta to store fresh water.", [("PROVINCES", None, None)]),
    ("The Prime Minister visited the provinces of Binh Duong and Long An last week.", []),
])
def test_provinces_named_after_their_plural(text, expected):
    assert dated(text, "en", "2023-01-25") == expected


@pytest.mark.parametrize("text, expected", [
    # a bare province listed after other bodies asked by the verb is asked with them
    ("The Prime Minister asked relevant ministries and sectors as well as Tuyen Quang and Phu Tho provinces to adjust "
     "the investment policy.", [("MINISTRIES", None, None), ("PPC@08", None, None), ("PPC@25", None, None)]),
    ("The Prime Minister asked the Ministry of Finance as well as Hanoi to review the plan.",
     [("MOF", None, None), ("PPC@01", None, None)]),
    ("The Prime Minister asked Hanoi and the provinces of Binh Duong and Long An to take drastic measures.",
     [("PPC@01", None, None), ("PPC@74", None, None), ("PPC@80", None, None)]),
    # a province before the provinces' plural goes on the same list: each is asked
    ("Da Nang city, and the provinces of Khanh Hoa and Vinh Long must learn from the lesson.",
     [("PPC@48", None, None), ("PPC@56", None, None), ("PPC@86", None, None)]),
    # look-alikes: the same list after a verb that asks nothing, or as the subject of a plain verb, tasks no one
    ("The Prime Minister visited Da Nang city and the provinces of Binh Duong and Long An.", []),
    ("The Prime Minister praised the Ministry of Finance as well as Hanoi for their efforts.", []),
    ("The Ministry of Finance and Hanoi hosted the conference on the plan.", []),
])
def test_a_province_listed_after_other_bodies(text, expected):
    assert dated(text, "en", "2023-01-25") == expected


@pytest.mark.parametrize("text, expected", [
    # a centrally-run city named with its own designator is its People's Committee, as the bare name is
    ("The Prime Minister asked Ho Chi Minh City and Hanoi to take drastic measures.",
     [("PPC@79", None, None), ("PPC@01", None, None)]),
    ("The Deputy Prime Minister asked Da Nang city to reinforce the dykes.", [("PPC@48", None, None)]),
    ("Ho Chi Minh City must finish the site clearance.", [("PPC@79", None, None)]),
    # look-alikes: a province's capital with the same designator is a district-level city, not the province; the
    # city visited is no one's task
    ("The Prime Minister asked Hoa Binh city to reinforce the dykes.", []),
    ("The Prime Minister visited Ho Chi Minh City to check on the plan.", []),
])
def test_a_centrally_run_city_with_its_designator(text, expected):
    assert dated(text, "en", "2023-01-25") == expected
