"""The English cases of open26 class 1 (openleft7): a page with no publication date and no dated opening, dated by the
days it writes (issue #13; docs/quality.md "Open classes after round 25b (assignments, not blind)", class 1): its
year is that of the latest day with a year it tells, else of the earliest it sets; its date the latest day it tells
in that year, a day without a year included (``As of December 21``); its year-less deadlines take that year, or the
next one where they would fall before that date, and its provinces the 2025 scheme for a date after the merger
(``extract.assign.deadlines.content_date``). New sentences written for these tests, one literal case a line, with the
look-alikes that must not change: a publication date or a publication year alone keeps its reading, a page with no
year written gives no deadline. Swedish has no provinces and no round with an undated page of this kind."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated


@pytest.mark.parametrize("text, lang, published, expected", [
    # the year of a date the page sets, for its year-less deadline (was the later sentence's December 31)
    ("The Prime Minister asked the Ministry of Construction to report by December 24. Full completion is expected by "
     "December 31, 2025.", "en", None, [("MOC", "2025-12-24", "by")]),
    # a day told without a year after the merger: the 2025 scheme (Quang Tri PPC@44, was PPC@45)
    ("The Prime Minister asked the Quang Tri Provincial People's Committee to report by December 24. As of December 21, "
     "repairs had been completed on 33,200 houses, with full completion expected by December 31, 2025.", "en", None,
     [("PPC@44", "2025-12-24", "by")]),
    # a year-less deadline before the latest day told is in the next year
    ("The Prime Minister asked the Ministry of Construction to report before January 15. As of December 21, repairs had "
     "been completed on 33,200 houses, with full completion expected by December 31, 2025.", "en", None,
     [("MOC", "2026-01-15", "before")]),
    # look-alikes: a publication year alone stands (older scheme), a publication date keeps its year, no year written
    ("The Prime Minister asked the Quang Tri Provincial People's Committee to report by December 24. As of December 21, "
     "repairs had been completed on 33,200 houses, with full completion expected by December 31, 2025.", "en", "2025",
     [("PPC@45", "2025-12-24", "by")]),
    ("The Prime Minister asked the Ministry of Construction to report by December 24. Full completion is expected by "
     "December 31, 2026.", "en", "2025-03-01", [("MOC", "2025-12-24", "by")]),
    ("The Prime Minister asked the Ministry of Construction to report by December 24.", "en", None, [("MOC", None, None)]),
    # look-alike: a period's first day (an effective date) is neither told nor set: no year
    ("The Prime Minister asked the Ministry of Construction to report by December 24. The law takes effect from July "
     "1, 2026.", "en", None, [("MOC", None, None)]),
])
def test_an_undated_page_is_dated_by_the_days_it_writes(text, lang, published, expected):
    assert dated(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a body's name before 'assistance' names its help, not a body asked (grammar name_tails): the tasks before keep
    # the date two sentences on (round 25b's eight committees)
    ("The PM asked the Ministry of Finance to evaluate local budgets and request government assistance where necessary. "
     "The reports must be submitted by December 24, 2025.", "en", [("MOF", "2025-12-24", "by")]),
    ("The PM asked the chairpersons of the People's Committees of Quang Tri and Hue to compile the damage. They must "
     "evaluate local budget capabilities and request government assistance where necessary. These reports must be "
     "submitted to the PM by December 24, 2025.", "en", [("PPC@44", "2025-12-24", "by"), ("PPC@46", "2025-12-24", "by")]),
    # look-alike: the Government itself asked
    ("The PM asked the Government Office to request the Government to review the plan by December 24, 2025.", "en",
     [("OOG", "2025-12-24", "by"), ("GOV", "2025-12-24", "by")]),
])
def test_a_bodys_assistance_is_no_body(text, lang, expected):
    assert dated(text, lang, "2025-12-01") == expected
