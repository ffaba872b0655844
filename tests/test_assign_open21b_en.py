"""Classes still open after round 21 (issue #13), English assignments: deadlines counted from the page's date
(``this month``, ``by Friday``, ``next week``, ``Monday this week``). The extractor passes the text's whole date to
the deadline grammar (``extract/assign/deadlines.py``, forms marked ``relative`` in ``lang/en/deadlines.json``). New
sentences written for these tests, one literal case a line, with the look-alikes that must stay undated."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, published, expected", [
    ("The Ministry of Finance must submit the draft in this month.", "2025-01-15", [("MOF", "2025-01", "in")]),
    ("The Ministry of Finance was asked to finish the report by the end of the month.", "2025-01-15",
     [("MOF", "2025-01", "by")]),
    ("The Prime Minister asked the Ministry of Health to report by Friday.", "2025-01-15",
     [("MOH", "2025-01-17", "by")]),
    ("The Prime Minister asked the Ministry of Health to report by Friday.", "2025-01-17",
     [("MOH", "2025-01-17", "by")]),
    ("The Deputy Prime Minister asked the Ministry of Home Affairs to submit the plans by 11am on Monday this week.",
     "2025-01-13", [("MOHA", "2025-01-13", "by")]),
    ("The Prime Minister asked the Ministry of Construction to send its proposal by next week.", "2025-01-15",
     [("MOC", "2025-01-26", "by")]),
    ("The Ministry of Finance must submit the draft by next month.", "2025-12-15", [("MOF", "2026-01", "by")]),
    # look-alikes: a weekday that names a meeting, a text dated by its year only, a weekday with its own date
    ("The Prime Minister asked the Ministry of Health to report on Friday's meeting results.", "2025-01-15",
     [("MOH", None, None)]),
    ("The Ministry of Finance must submit the draft in this month.", "2025", [("MOF", None, None)]),
    ("The Prime Minister asked the Ministry of Health to report on the outbreak in Monday's briefing.", "2025-01-15",
     [("MOH", None, None)]),
])
def test_a_deadline_relative_to_the_page_date(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, expected", [
    # a town that is no province before a committee whose name opens with a town's word (agencies.json town_openings)
    ("The Dak Lak provincial People's Committee asked the Buon Ma Thuot City People's Committee to review the plan.",
     [("DPC@66", "assignee", "PPC@66")]),
    ("The Nghe An provincial People's Committee asked the Department of Finance and the Vinh City People's Committee "
     "to review the plan.", [("DOF@40", "assignee", "PPC@40"), ("DPC@40", "assignee", "PPC@40")]),
    # look-alikes: a centrally-run city's committee stays the city's; the city's committee without a town's name
    ("The Prime Minister asked the Can Tho City People's Committee to review the plan.", [("PPC@92", "assignee", "PM")]),
    ("On Monday, the City People's Committee of Da Nang asked the Department of Health to review the plan.",
     [("DOH@48", "assignee", "PPC@48")]),
])
def test_a_provincial_towns_committee_is_a_district_level_one(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the commune level written after the committees, the heads of a province's agencies and units (en agencies.csv)
    ("The Soc Trang provincial People's Committee asked the People's Committees at the commune level to review the "
     "plan.", [("CPC@94", "assignee", "PPC@94")]),
    ("The Soc Trang provincial People's Committee requested heads of agencies and units to review the plan.",
     [("DEPARTMENTS@94", "assignee", "PPC@94")]),
    # look-alikes: the same bodies attending or reporting are asked nothing
    ("Heads of agencies and units attended the meeting.", []),
    ("The People's Committees at the commune level reported on the results.", []),
])
def test_commune_committees_and_heads_of_units(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a chairman's title and name after an opening phrase: the one province's committee the text names asks
    ("Vinh Phuc Provincial People's Committee held its regular meeting, chaired by Chairman Nguyen Van Tri. "
     "Regarding this content, Chairman Nguyen Van Tri assigned the Department of Health to continue studying the draft.",
     [("DOH@26", "assignee", "PPC@26")]),
    ("Vinh Phuc Provincial People's Committee held its regular meeting. At the meeting, Chairman Tri assigned the "
     "Department of Construction to clarify the housing program.", [("DOC@26", "assignee", "PPC@26")]),
    # look-alike: two provinces' committees named, the chairman's is unknown (the department placed by the first)
    ("Vinh Phuc Provincial People's Committee and Phu Tho Provincial People's Committee met. At the meeting, "
     "Chairman Tri assigned the Department of Construction to clarify the housing program.",
     [("DOC@26", "assignee", None)]),
])
def test_a_chairman_named_after_an_opening_phrase_asks_for_his_committee(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun after a long opening phrase stands for the asker of the sentence before
    ("Vinh Phuc Provincial People's Committee held its regular meeting. At the meeting, Chairman Tri assigned the "
     "Department of Health to study the draft. With respect to adjustments to housing development program to 2030, he "
     "delegated the Department of Construction to clarify urban residence contents.",
     [("DOH@26", "assignee", "PPC@26"), ("DOC@26", "assignee", "PPC@26")]),
])
def test_a_pronoun_after_a_long_opening_phrase(text, expected):
    assert found(text, "en") == expected
