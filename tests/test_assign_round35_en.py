"""Round 35's error classes of English assignments (docs/quality.md "Round 35 (blind, real public pages):
assignments en"), fixed as general rules, with the same class in Vietnamese and French where it exists: provinces
singled out after a highlight (`especially`, `notamment`, `đặc biệt là`) when a region stands between the collective
and the highlight, or when no comma closes the aside before the task. New sentences written for these tests, one
literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-03-10")


@pytest.mark.parametrize("text, lang, expected", [
    # the class: a region between the collective and the highlight
    ("The Prime Minister asked the chairpersons of the People's Committees of provinces and cities in the Central "
     "Highlands, especially Gia Lai and Kon Tum, to store water for the dry season.", "en",
     [("PROVINCES", "assignee", "PM"), ("PPC@64", "assignee", "PM"), ("PPC@62", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux comités populaires des provinces du delta du Mékong, notamment Ben Tre et Tra "
     "Vinh, de stocker de l'eau douce.", "fr",
     [("PROVINCES", "assignee", "PM"), ("PPC@83", "assignee", "PM"), ("PPC@84", "assignee", "PM")]),
    ("Thủ tướng yêu cầu UBND các tỉnh vùng Đồng bằng sông Cửu Long, đặc biệt là Bến Tre, Trà Vinh, chủ động trữ "
     "nước ngọt.", "vi",
     [("PROVINCES", "assignee", "PM"), ("PPC@83", "assignee", "PM"), ("PPC@84", "assignee", "PM")]),
    # the class: no comma closing the aside, the task's opener right after the last name
    ("The Prime Minister requested localities, particularly Ca Mau and Bac Lieu to prepare for the drought.", "en",
     [("PROVINCES", "assignee", "PM"), ("PPC@96", "assignee", "PM"), ("PPC@95", "assignee", "PM")]),
    ("The Prime Minister asked the People's Committees of provinces in the Mekong Delta, especially Ben Tre, Soc "
     "Trang, and Tra Vinh to allocate local budgets.", "en",
     [("PROVINCES", "assignee", "PM"), ("PPC@83", "assignee", "PM"), ("PPC@94", "assignee", "PM"),
      ("PPC@84", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux localités, notamment Ben Tre et Tra Vinh de stocker de l'eau douce.", "fr",
     [("PROVINCES", "assignee", "PM"), ("PPC@83", "assignee", "PM"), ("PPC@84", "assignee", "PM")]),
    ("Thủ tướng yêu cầu các địa phương, nhất là Bến Tre, Trà Vinh chủ động trữ nước ngọt.", "vi",
     [("PROVINCES", "assignee", "PM"), ("PPC@83", "assignee", "PM"), ("PPC@84", "assignee", "PM")]),
    # look-alikes: no assigning verb; the names followed by a place, not a task; a region then no highlight
    ("The Prime Minister visited provinces in the Mekong Delta, especially Ben Tre and Tra Vinh to see the drought.",
     "en", []),
    ("The Prime Minister requested localities, especially Ben Tre and Tra Vinh to the south, to store water.", "en",
     [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister asked provinces in the Mekong Delta, where Ben Tre lies, to store water.", "en",
     [("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng yêu cầu các địa phương, nhất là Bến Tre, Trà Vinh có nhiều diện tích lúa bị hạn.", "vi",
     [("PROVINCES", "assignee", "PM")]),
])
def test_provinces_singled_out_after_a_region_or_without_a_closing_comma(text, lang, expected):
    assert _rows(text, lang) == expected
