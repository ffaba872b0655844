"""Stop 41's left classes, English (issue #13; helper left34en, not blind): the English forms stop 41's closing note and
left34vien left open (docs/quality.md ``### Stop 41's left classes, English``). New sentences (none copied from a page),
each class with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# --- 5. `The duties of X include:` + items: X's task (en:heldout32b, Lam Dong's DAE) -------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. The duties of the Department of "
     "Construction include: Reviewing the damaged roads; reporting to the Provincial People's Committee.", "en",
     [("DOC@40", "assignee", "PPC@40", None)]),
    ("The Nghe An Provincial People's Committee has issued a plan on school meals. Duties of the Department of Health "
     "include: inspecting the school kitchens before December 15, 2025.", "en",
     [("DOH@40", "assignee", "PPC@40", "2025-12-15")]),
    # look-alikes: a body listed after `include:` is no subject; members or a past discussion of the duties are no task
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. Localities with many damaged roads "
     "include: Do Luong district and Yen Thanh district.", "en", []),
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. The duties of the Department of "
     "Construction were discussed at the meeting.", "en", []),
    ("The Nghe An Provincial People's Committee has issued a plan on rural roads. Members of the Department of "
     "Construction include: three engineers.", "en", []),
])
def test_duties_of_a_body_include(text, lang, expected):
    assert sorted(_rows(text, lang), key=str) == sorted(expected, key=str)
