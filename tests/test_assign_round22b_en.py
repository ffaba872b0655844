"""Round 22b's error classes of English assignments (README "Round 22b (blind, real public pages): assignments en"),
fixed as general rules, data first: a date written day.month.year with dots, as the translated press writes
Vietnamese dates (en and fr deadlines.json ``dates``: ``before 4.6.2025``); the People's Committees of communes named
by a kind of commune (en agencies.csv, CPC: ``the People's Committees of coastal communes``, of border or mountainous
communes); ``to be the agency in charge of``, the presiding agency of an order, is the lead (en cues.json
``lead_after``). New sentences written for these tests, one literal case a line, with the look-alikes that must stay
out and the Vietnamese and French forms of each class."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the Bac Ninh Provincial People's Committee assigns the Department of Finance to summarize and "
     "report before 4.6.2025.", "en",
     [("DOF@27", "2025-06-04", "before")]),
    ("The Chairman of the Bac Ninh Provincial People's Committee assigns the Department of Finance to summarize and "
     "report to the Provincial People's Committee (before 20.11.2025).", "en",
     [("DOF@27", "2025-11-20", "before")]),
    ("Le président du Comité populaire provincial de Bac Ninh a chargé le Service des finances de faire rapport avant "
     "le 4.6.2025.", "fr",
     [("DOF@27", "2025-06-04", "before")]),
    # the Vietnamese form was read before
    ("Chủ tịch UBND tỉnh Bắc Ninh giao Sở Tài chính báo cáo trước ngày 4.6.2025.", "vi",
     [("DOF@27", "2025-06-04", "before")]),
    # look-alike: a cited document's date with dots is no deadline
    ("The Chairman of the Bac Ninh Provincial People's Committee assigns the Department of Finance to implement "
     "Official Dispatch No. 1724 dated 4.6.2025.", "en",
     [("DOF@27", None, None)]),
])
def test_a_day_month_year_date_with_dots_is_a_deadline(text, lang, expected):
    assert dated(text, lang) == expected
