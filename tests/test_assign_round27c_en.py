"""Round 27c's error classes of English assignments (docs/quality.md "Round 27c (blind, real public pages):
assignments en"), fixed as general rules, data first: the committees of several named districts after a singular
committee word or `administrations of` (`coordinate with the People's Committee of U Minh and Tran Van Thoi
districts`, `the administrations of Ngoc Hien, Nam Can, and Dam Doi Districts`: en grammar.json
named_district.plural_committee_before; mentions._units_listed_by_name); `relevant localities` in a provincial
committee's direction are its districts or communes, not the country's provinces (en and fr grammar.json
localities_of_a_province); `the province` asked in a lead before the text names the province's committee
(`Deputy PM … requested the province to …`: bodies_named_again's sole_later; mentions._sole_body_after).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Ca Mau Provincial People's Committee assigned the Department of Agriculture and Rural Development to "
     "coordinate with the People's Committee of U Minh and Tran Van Thoi districts to zone out the eroded areas.", "en",
     [("DARD@96", "assignee", "PPC@96"), ("DPC@96", "coordinate", "PPC@96"), ("DPC@96", "coordinate", "PPC@96")]),
    ("The chairman of the Ca Mau Provincial People's Committee asked the administrations of Ngoc Hien, Nam Can, and Dam "
     "Doi Districts to locate the hardest hit areas.", "en", [("DPC@96", "assignee", "PPC@96")] * 3),
    ("The Hanoi People's Committee requested the authorities of Dong Anh and Gia Lam districts to clear the canals.",
     "en", [("DPC@01", "assignee", "PPC@01")] * 2),
    # read before: one named district's committee, the plural committee word, the Vietnamese list
    ("The Ca Mau Provincial People's Committee asked the People's Committee of U Minh district to zone out the eroded "
     "areas.", "en", [("DPC@96", "assignee", "PPC@96")]),
    # a row a ward since stop 39 (round 19's rule); the last ward before its city ("… wards of Can Tho city") is lost:
    # the last named ward before 'of <city>' (open since left31; read since stop 41, tests/test_assign_left33vien.py)
    ("Assign the People's Committees of Ninh Kieu, Tan An and Cai Khe wards of Can Tho city to clear the drains.", "en",
     [("CPC@92", "assignee", None)] * 3),
    ("UBND tỉnh Cà Mau giao Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND các huyện U Minh, Trần Văn Thời "
     "khoanh vùng sạt lở.", "vi",
     [("DARD@96", "assignee", "PPC@96"), ("DPC@96", "coordinate", "PPC@96"), ("DPC@96", "coordinate", "PPC@96")]),
    # look-alikes: the districts as places, bodies with no task
    ("The Ca Mau Provincial People's Committee said the roads in U Minh and Tran Van Thoi districts were eroded.", "en",
     []),
    ("The administrations of Ngoc Hien and Nam Can districts reported the damage.", "en", []),
])
def test_named_districts_after_a_singular_committee_or_administrations_of(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Ca Mau Provincial People's Committee requested the relevant localities to evacuate people from the eroded "
     "areas.", "en", [("DPC@96", "assignee", "PPC@96")]),
    ("The Ca Mau Provincial People's Committee asked the Department of Construction to inspect the dykes. Authorities "
     "of relevant localities must urgently evacuate people, the chairman stressed.", "en",
     [("DOC@96", "assignee", "PPC@96"), ("DPC@96", "assignee", "PPC@96")]),
    ("Le Comité populaire de la province de Ca Mau a demandé aux localités concernées d'évacuer les habitants.", "fr",
     [("DPC@96", "assignee", "PPC@96")]),
    # read before: the localities in a provincial direction
    ("The Ca Mau Provincial People's Committee requested localities to evacuate people from the eroded areas.", "en",
     [("DPC@96", "assignee", "PPC@96")]),
    # look-alikes: a national asker's relevant localities are the provinces
    ("The Prime Minister asked relevant localities to evacuate people from the eroded areas.", "en",
     [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux localités concernées d'évacuer les habitants.", "fr",
     [("PROVINCES", "assignee", "PM")]),
])
def test_relevant_localities_of_a_provincial_direction_are_its_districts(text, lang, expected):
    assert found(text, lang) == expected


LEAD_EN = ("Deputy Prime Minister Bui Thanh Son requested the province to complete house reconstruction before January "
           "15, 2026. He spoke in D'ran commune of the central province of Lam Dong, where the Chairman of the Lam Dong "
           "People's Committee reported the damage.")


@pytest.mark.parametrize("text, lang, expected", [
    (LEAD_EN, "en", [("PPC@68", "assignee", "DPM")]),
    ("Le vice-Premier ministre Bui Thanh Son a demandé à la province d'achever la reconstruction des maisons avant le "
     "15 janvier 2026. Le président du Comité populaire de la province de Lam Dong a présenté les dégâts.", "fr",
     [("PPC@68", "assignee", "DPM")]),
    # read before: the province's committee named before the province named again
    ("The Chairman of the Lam Dong People's Committee reported the damage. Deputy Prime Minister Bui Thanh Son "
     "requested the province to complete house reconstruction.", "en", [("PPC@68", "assignee", "DPM")]),
    # look-alikes: two provinces' committees named after it, none named, the province not asked
    ("Deputy Prime Minister Bui Thanh Son requested the province to complete house reconstruction. The Chairman of "
     "the Lam Dong People's Committee and the Chairman of the Dak Lak People's Committee reported the damage.", "en",
     []),
    ("Deputy Prime Minister Bui Thanh Son requested the province to complete house reconstruction.", "en", []),
    ("The province has many landslides. The Chairman of the Lam Dong People's Committee reported the damage.", "en",
     []),
])
def test_the_province_asked_in_a_lead_is_the_committee_named_later(text, lang, expected):
    assert found(text, lang) == expected


def test_the_province_asked_in_a_lead_keeps_its_deadline():
    assert dated(LEAD_EN, "en", "2025-12-06") == [("PPC@68", "2026-01-15", "before")]
