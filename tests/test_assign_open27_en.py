"""English classes of assignments left open after rounds 26/26b (issue #13; docs/quality.md "Open classes after
round 26b (assignments, not blind)"), fixed in the data named in each test. New sentences written for these tests,
one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader()


@pytest.mark.parametrize("text, lang, expected", [
    # a text whose request is cut before "Accordingly,": the duty formula marks it a directive (en cues.json
    # directive_markers "based on the functions and tasks" …), so the bodies' plain present tasks them
    ("Accordingly, the Department of Health, the Department of Industry and Trade, the People's Committees of "
     "districts, towns, cities and relevant branches, based on the functions and tasks of each branch, each unit "
     "urgently implement immediately the strengthening of the inspection of food establishments.", "en",
     [("DOH", "assignee", None, None), ("DOIT", "assignee", None, None), ("DPC", "assignee", None, None)]),
    ("The article reports on the food market. Based on their functions and tasks, the Department of Health and the "
     "Department of Industry and Trade urgently implement the inspection.", "en",
     [("DOH", "assignee", None, None), ("DOIT", "assignee", None, None)]),
    # read already: a directive word in the text
    ("Under the directive, the Department of Health and the Department of Industry and Trade urgently implement the "
     "inspection.", "en", [("DOH", "assignee", None, None), ("DOIT", "assignee", None, None)]),
    # look-alikes: no directive word, the functions and tasks named as a topic (a report stays no row)
    ("Accordingly, the Department of Health and the Department of Industry and Trade urgently implement the "
     "inspection.", "en", []),
    ("The ministry explained its functions and tasks. The Department of Health and the Department of Industry and "
     "Trade implement the inspection.", "en", []),
])
def test_duty_formula_marks_a_directive(text, lang, expected):
    assert _rows(text, lang, "2025-06-01") == expected
