"""Round 24b's error classes of English assignments (README "Round 24b (blind, real public pages): assignments en"),
fixed as general rules, data first: a photo's caption line between a task and the sentence that states its deadline
does not use up that sentence's reach (task_deadlines._caption_line); the Front's committee named as a committee is the
Front (en and fr agencies.csv, VFF). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found

_TASK = ("The Director of the Department of Finance has been assigned to preside over and coordinate with the "
         "Department of Justice to review the procedures of the sector. ")
_BETWEEN = ("Accordingly, they will list the procedures that are no longer needed.\n\n"
            "This aims to make the procedures simpler for residents.\n\n")


@pytest.mark.parametrize("text, published, expected", [
    (_TASK + "Illustrative photo\n\n" + _BETWEEN + "The deadline for completing the above tasks is set for before "
     "June 10.", "2025-06-04", [("DOF", "2025-06-10", "before"), ("DOJ", "2025-06-10", "before")]),
    (_TASK + "Photo: VNA\n\n" + _BETWEEN + "The deadline for completing these tasks is before June 10, 2025.",
     "2025-06-04", [("DOF", "2025-06-10", "before"), ("DOJ", "2025-06-10", "before")]),
    # read before: no caption between them
    (_TASK + _BETWEEN + "The deadline for completing the above tasks is set for before June 10.", "2025-06-04",
     [("DOF", "2025-06-10", "before"), ("DOJ", "2025-06-10", "before")]),
    # look-alikes: four sentences of the text between them are beyond the reach, caption or not
    (_TASK + "Illustrative photo\n\n" + _BETWEEN + "The officials met the residents of the ward last week.\n\n"
     "The deadline for completing the above tasks is set for before June 10.", "2025-06-04",
     [("DOF", None, None), ("DOJ", None, None)]),
])
def test_a_caption_line_does_not_use_up_the_reach_of_a_deadline_sentence(text, published, expected):
    assert dated(text, "en", published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The provincial Vietnam Fatherland Front Committee has been assigned to review the housing needs of residents.",
     "en", [("VFF", "assignee", None)]),
    ("The Provincial People's Committee requested the Vietnam Fatherland Front Committee to mobilise donations.", "en",
     [("VFF", "assignee", "PPC")]),
    ("Le Comité populaire provincial a demandé au Comité du Front de la Patrie du Vietnam de la province d'examiner "
     "les besoins en logement.", "fr", [("VFF", "assignee", "PPC")]),
    # read before: the Front by its own name
    ("The Prime Minister requested the Vietnam Fatherland Front to review the housing needs.", "en",
     [("VFF", "assignee", "PM")]),
    # look-alikes: the Front's committee that holds a ceremony or mobilises of its own accord is asked nothing
    ("The Vietnam Fatherland Front Committee of the province held a ceremony.", "en", []),
    ("The provincial Vietnam Fatherland Front Committee has mobilised donations for the houses.", "en", []),
    ("Le Comité du Front de la Patrie du Vietnam a organisé une cérémonie.", "fr", []),
])
def test_the_fronts_committee_is_the_front(text, lang, expected):
    assert found(text, lang) == expected
