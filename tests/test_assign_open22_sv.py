"""Classes still open after round 21b (issue #13), the Swedish side of the deadline classes (README "Open classes
after round 21b"): a window of two months and the time an event begins are no due dates. New sentences written for
these tests, with the look-alikes that must stay dated."""
from __future__ import annotations

import pytest

from extract.assign import deadlines
from nlp.agencies import fold_for_matching
from tests.assign_cases import dated


@pytest.mark.parametrize("text, expected", [
    ("Finansministeriet ska se över reglerna i augusti och september.", [("MOF", None, None)]),
    # look-alike: one month
    ("Finansministeriet ska se över reglerna i september.", [("MOF", "2024-09", "in")]),
])
def test_a_window_of_two_months_is_no_due_date(text, expected):
    assert dated(text, "sv", "2024-06") == expected


@pytest.mark.parametrize("phrase, expected", [
    ("regnperioden börjar normalt i september", []),
    ("i juli-augusti", []),
    # look-alike: the task's own month
    ("förstärka vallarna i september", [("2024-09", "in")]),
])
def test_the_deadline_grammar_on_windows_and_event_starts(phrase, expected):
    found = deadlines.find_deadlines(fold_for_matching(phrase), "sv", own_date="2024-03")
    assert [(d.value, d.qualifier) for d in found] == expected
