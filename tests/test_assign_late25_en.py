"""What rounds 25 and 25b left in English assignments (issue #13; docs/quality.md "Round 25b, assignments en after the
fixes", "Left"), fixed as classes, not blind: a co-subject set between commas after an assigning verb's object, a bare
verb after the second comma (``directed the secretaries of the Party Committees, along with the chairpersons of the
People's Committees of Quang Tri, …, and Lam Dong, continue to focus …``), is asked as the object is (cues.json
``co_subject_cues``; mentions._verb_before_co_subject, frames._co_subject_between_commas); the days an event is held
right after its noun (``… for consideration and voting from April 21 to April 24, 2025``) are not the task's deadline
(en deadlines.json ``event_nouns``, ``event_held_words``, ``event_due_cues``; deadline_checks.not_an_events_days);
``the chairpersons of the three provincial People's Committees`` after three provinces named are the named provinces'
committees (en grammar.json ``committees_of_provinces_named_before``, as French ``les trois provinces``). New
sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

_THREE = [("PPC@45", "assignee", "PM"), ("PPC@46", "assignee", "PM"), ("PPC@68", "assignee", "PM")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The PM directed the secretaries of the provincial Party Committees, along with the chairpersons of the "
     "People's Committees of Quang Tri, Hue and Lam Dong, continue to focus on the campaign.", "en", _THREE),
    ("The PM directed the Ministry of Finance, along with the chairpersons of the People's Committees of Quang Tri, "
     "Hue and Lam Dong, continue to focus on the campaign.", "en", [("MOF", "assignee", "PM"), *_THREE]),
    ("The Prime Minister urged the provincial Party secretaries, together with the People's Committees of Quang Tri, "
     "Hue and Lam Dong, continue to review the plan.", "en", _THREE),
    ("The PM directed the secretaries of the provincial Party Committees, along with the Ministry of Finance, "
     "continue to review the plan.", "en", [("MOF", "assignee", "PM")]),
    # read before: the co-subject of a body of the table
    ("The PM directed the Ministry of Finance, along with the Ministry of Construction, continue to review the plan.",
     "en", [("MOF", "assignee", "PM"), ("MOC", "assignee", "PM")]),
    # look-alikes: no task after the aside; a verb that asks no one
    ("The PM directed the secretaries of the provincial Party Committees, along with the chairpersons of the "
     "People's Committees of Quang Tri, Hue and Lam Dong, at the meeting on Monday.", "en", []),
    ("The PM met the secretaries of the provincial Party Committees, along with the chairpersons of the People's "
     "Committees of Quang Tri and Hue, continue to focus on the plan.", "en", []),
    ("The PM thanked the secretaries of the provincial Party Committees, along with the Ministry of Finance, for "
     "their efforts.", "en", []),
])
def test_a_co_subject_between_commas_after_the_verbs_object_is_asked(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    ("The PM directed the secretaries of the provincial Party Committees, along with the chairpersons of the "
     "People's Committees of Quang Tri, Hue and Lam Dong, continue to focus on the campaign. The chairpersons must "
     "urgently compile assessments of damage. These reports must be submitted to the PM by December 24.", "en",
     "2025-12-22", [("PPC@44", "2025-12-24", "by"), ("PPC@46", "2025-12-24", "by"), ("PPC@68", "2025-12-24", "by")]),
])
def test_the_co_subjects_committees_are_dated_by_the_sentences_after(text, lang, published, expected):
    assert dated(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    ("The Department of Home Affairs must compile and report the results for submission to the People's Councils for "
     "consideration and voting from April 21 to April 24, 2025.", "en", "2025-04-01", [("DOHA", None, None)]),
    ("The People's Committees at the commune and district levels, along with the Department of Interior Affairs, will "
     "continue to compile the results for the councils' vote from April 21 to April 24, 2025.", "en", "2025-04-01",
     [("CPC", None, None), ("DPC", None, None), ("DOHA", None, None)]),
    ("The Department of Home Affairs must compile the results for the provincial People's Council's session in July "
     "2025.", "en", "2025-04-01", [("DOHA", None, None)]),
    ("The Department of Home Affairs must prepare the polling stations for the elections to be held in May 2025.", "en",
     "2025-04-01", [("DOHA", None, None)]),
    # look-alikes: a due date's cue after the event's noun, a window with no event before it
    ("The Department of Home Affairs must submit the results to the session before July 10, 2025.", "en", "2025-04-01",
     [("DOHA", "2025-07-10", "before")]),
    ("The Department of Home Affairs must submit the results to the meeting by July 10, 2025.", "en", "2025-04-01",
     [("DOHA", "2025-07-10", "by")]),
    ("The Department of Home Affairs must compile the results from April 21 to April 24, 2025.", "en", "2025-04-01",
     [("DOHA", "2025-04-24", "by")]),
])
def test_the_days_an_event_is_held_are_no_deadline(text, lang, published, expected):
    assert dated(text, lang, published) == expected


_NAMED = [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Schools in Thanh Hoa, Nghe An and Ha Tinh were damaged. The Prime Minister instructed the chairpersons of the "
     "three provincial People's Committees to mobilise all available resources.", "en", _NAMED),
    ("Schools in Thanh Hoa, Nghe An and Ha Tinh were damaged. The Prime Minister instructed the three provincial "
     "People\u2019s Committees to mobilise all available resources.", "en", _NAMED),
    ("Schools in Thanh Hoa, Nghe An and Ha Tinh were damaged. The Prime Minister asked the chairmen of the three "
     "provincial-level People's Committees to repair them.", "en", _NAMED),
    # read before: the count and the noun for provinces
    ("Schools in Thanh Hoa, Nghe An and Ha Tinh were damaged. The Prime Minister asked the leaders of the three "
     "provinces to repair them.", "en", _NAMED),
    # look-alikes: fewer provinces named than counted; a verb that asks no one; the count with no names before it
    ("Schools in Thanh Hoa and Nghe An were damaged. The Prime Minister instructed the chairpersons of the three "
     "provincial People's Committees to mobilise all available resources.", "en", []),
    ("Schools in Thanh Hoa, Nghe An and Ha Tinh were damaged. The Prime Minister thanked the chairpersons of the "
     "three provincial People's Committees for their efforts.", "en", []),
    ("The Prime Minister instructed the three provincial People's Committees to mobilise all available resources.",
     "en", []),
])
def test_the_chairpersons_of_the_counted_provincial_committees_are_the_named_provinces(text, lang, expected):
    assert found(text, lang) == expected
