"""Classes still open after round 21b (issue #13), English assignments (README "Open classes after round 21b"). New
sentences written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from extract.assign import deadlines
from nlp.agencies import fold_for_matching
from tests.assign_cases import dated, rows_reader


@pytest.mark.parametrize("text, published, expected", [
    # a month joined to another month is a window of both, no due date (deadlines.json month_pair_joiners)
    ("The Binh Thuan Provincial People's Committee asked the Department of Agriculture and Rural Development to take "
     "strict measures against IUU fishing in August and September.", "2024-08", [("DARD@60", None, None)]),
    # the time a season begins is no due date (deadlines.json event_start_verbs)
    ("The Ca Mau Provincial People's Committee assigned the Department of Construction to strengthen the dykes. The "
     "rainy season usually begins in June.", "2020-04", [("DOC@96", None, None)]),
    # look-alikes: one month, the task's own month in the next sentence
    ("The Binh Thuan Provincial People's Committee asked the Department of Agriculture and Rural Development to take "
     "strict measures against IUU fishing in September.", "2024-08", [("DARD@60", "2024-09", "in")]),
    ("The Ca Mau Provincial People's Committee assigned the Department of Construction to strengthen the dykes. The "
     "dykes must be strengthened in June.", "2020-04", [("DOC@96", "2020-06", "in")]),
])
def test_a_window_or_a_seasons_start_is_no_due_date(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("in July-August", []),
    ("the school year starts in September", []),
    # look-alikes: the modal's verb may be the task's own time; "may" after a month is the modal
    ("must start in August", [("2024-08", "in")]),
    ("by June and may ask for help", [("2024-06", "by")]),
])
def test_the_deadline_grammar_on_windows_and_event_starts(phrase, expected):
    found = deadlines.find_deadlines(fold_for_matching(phrase), "en", own_date="2024-03")
    assert [(d.value, d.qualifier) for d in found] == expected


_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", "deadline_qualifier", published="2025-04")


@pytest.mark.parametrize("text, expected", [
    # a time frame set off by commas opens the subject's clause: after an opening phrase, after a comma splice (Tra
    # Vinh's plan, en:heldout21b)
    ("According to the plan, by April 19, districts, towns and cities will synthesize the results.",
     [("DPC", "assignee", None, "2025-04-19", "by")]),
    ("The Tra Vinh Provincial People's Committee issued a plan. According to the plan, communes collect opinions for "
     "two days, by April 19, districts, towns and cities will synthesize the results.",
     [("DPC@84", "assignee", "PPC@84", "2025-04-19", "by")]),
    # the frame that opens the clause is the task's, before a later step's own date
    ("According to the plan, by April 19, districts, towns and cities will synthesize the results and send them to "
     "the Department of Home Affairs before April 20.", [("DPC", "assignee", None, "2025-04-19", "by")]),
    # look-alikes: no body after the frame; a report's future
    ("According to the plan, by April 19, the results will be synthesized.", []),
    ("The report said that, by April 19, districts, towns and cities will synthesize the results.", []),
])
def test_a_time_frame_between_commas_opens_the_subjects_clause(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # an impersonal subject names no asker: the text's authority asks (grammar impersonal_subjects; Quang Tri)
    ("The Chairman of the Quang Tri Provincial People's Committee has issued instructions on the two-level "
     "government. Accordingly, it is required that districts establish working groups.",
     [("DPC@45", "assignee", "PPC@45", None, None)]),
    # look-alike: a body named before the verb asks
    ("The Chairman of the Quang Tri Provincial People's Committee has issued instructions on the two-level "
     "government. Accordingly, the Ministry of Home Affairs required that districts establish working groups.",
     # a ministry asking one province's districts is that province's department (round 22's French class, all languages)
     [("DPC@45", "assignee", "DOHA@45", None, None)]),
])
def test_an_impersonal_subject_leaves_the_request_to_the_texts_authority(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the one provincial committee named as a numbered plan's issuer asks its province's bodies tasked without an
    # asker (grammar document_issuer_links; Tra Vinh's Plan No. 44/KH-UBND)
    ("Mr. Le Van Han, Chairman of Tra Vinh Provincial People's Committee, said that the consultation is implemented "
     "according to Plan No. 44/KH-UBND, dated April 11, 2025 of the Provincial People's Committee. According to the "
     "plan, districts, towns and cities will synthesize the results.", [("DPC@84", "assignee", "PPC@84", None, None)]),
    # look-alikes: the committee named without a document; a plan whose author is not named (round 19's Quang Ninh)
    ("Mr. Le Van Han, Chairman of Tra Vinh Provincial People's Committee, said that the consultation is going well. "
     "According to the plan, districts, towns and cities will synthesize the results.",
     [("DPC@84", "assignee", None, None, None)]),
    ("At the press conference of the People's Committee of Quang Ninh province, the Department of Home Affairs "
     "reported on the plan. According to the plan, districts, towns and cities of Quang Ninh must list voters before "
     "April 6, 2025.", [("DPC@22", "assignee", None, "2025-04-06", "before")]),
])
def test_the_committee_that_issued_the_plan_asks(text, expected):
    assert _rows(text, "en") == expected
