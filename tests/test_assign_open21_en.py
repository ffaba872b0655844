"""Classes left open after round 20 (issue #13), English assignments (README "Open classes after round 20
(assignments)", "en and fr"). Fixed as data: en ``cues.json`` ``outside_addressee_joins`` (the Vietnamese file's
``và`` since round 20). New sentences written for these tests, one literal case a line, with the look-alikes that
must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    # a list of addressees opening with a name outside the table, joined to the bodies by 'and' (round 20b's
    # 'asked forest owners and the People's Committees of communes and wards'): the bodies after it are asked
    ("The provincial People's Committee asked the Management Board of Phong Nha Park and the Department of Finance "
     "to review the projects.", [("DOF", "assignee", "PPC")]),
    ("The provincial People's Committee asked the Management Board of Phong Nha Park and district People's "
     "Committees to review the projects.", [("DPC", "assignee", "PPC")]),
    ("The provincial People's Committee asked the forest owners and the People's Committees of communes and wards "
     "to review the projects.", [("CPC", "assignee", "PPC")]),
    # look-alikes: a body of the table before the join (read as before), a company after the outside name, an
    # action before the join
    ("The provincial People's Committee asked the Youth Union and the Department of Finance to review the projects.",
     [("HCYU", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    ("The provincial People's Committee asked the Management Board of Phong Nha Park and the company to review the "
     "projects.", []),
    ("The Prime Minister asked to speed up disbursement and the Ministry of Finance to review the projects.", []),
])
def test_addressees_after_an_outside_name_and_and(text, expected):
    assert found(text, "en") == expected
