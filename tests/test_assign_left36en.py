"""Stop 43's left classes, English (issue #13; helper left36, not blind): each class with new sentences (none copied
from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-03-01")

_HCMC = ("The Ho Chi Minh City People's Committee issued a document on dengue prevention. The Department of Health was "
         "obligated to step up its inspection of clinics. ")
_DOH = ("DOH@79", "assignee", "PPC@79")


@pytest.mark.parametrize("text, expected", [
    # the department named again after a continuation opener and its comma, the subject of a modal: the same
    # department's task again
    (_HCMC + "Additionally, the Department must rigorously enforce reporting rules.", [_DOH, _DOH]),
    (_HCMC + "Furthermore, the Department should keep in touch with parents of sick pupils.", [_DOH, _DOH]),
    (_HCMC + "\n\nMoreover, the Department must publish the list of clinics.", [_DOH, _DOH]),
    # look-alikes: a report after the opener; a department named in full (its own row); no department named before
    (_HCMC + "Additionally, the Department said it had inspected 200 clinics.", [_DOH]),
    (_HCMC + "Furthermore, the Department has inspected 200 clinics so far.", [_DOH]),
    (_HCMC + "Additionally, the Department of Education and Training must check schools.",
     [_DOH, ("DOET@79", "assignee", "PPC@79")]),
    ("Dengue cases rose last week. Additionally, the Department must enforce reporting rules.", []),
])
def test_the_department_again_after_an_opener(text, expected):
    assert _rows(text, "en") == expected
