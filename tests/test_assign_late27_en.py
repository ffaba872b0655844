"""Round 27's left classes of English assignments (docs/quality.md "Round 27, assignments en after the fixes", its
"Left"), not blind: a body written as a place after `in the` that a subject's cue reaches only over items outside the
table (`In the face of unfavorable weather … in the northern mountainous provinces, investors, project management
boards and contractors are required to …`: en grammar.json place_prepositions, `frames._place_before_skipped_items`);
a circumstance clause opening the sentence (`In the face of …,`, `Facing …,`: en grammar.json purpose_clause_openers),
its bodies no list with the subject after its comma.
New sentences written for these tests, one literal case a line, with the look-alikes that must stay as they were. The
French press writes the place with its own words (`dans les provinces montagneuses du Nord, les investisseurs …
doivent`), read as no task already."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # a place after "in the" before items outside the table and their cue (fail without the fix)
    ("In the face of heavy rain in the northern mountainous provinces, investors, project management boards and "
     "contractors are required to increase human resources.", "en", []),
    ("Heavy rain fell in the northern mountainous provinces, and investors are required to increase human resources.",
     "en", []),
    ("Landslides blocked roads across the central provinces, investors and contractors must keep working in three "
     "shifts.", "en", []),
    # a circumstance clause opening the sentence: its bodies do not join the subject after its comma (fail without)
    ("In the face of floods in the provinces, the ministries are required to increase human resources.", "en",
     [("MINISTRIES", "assignee", None)]),
    ("Facing floods in the provinces, the Ministry of Construction is required to increase human resources.", "en",
     [("MOC", "assignee", None)]),
    # look-alikes read as before: the subject itself with items outside the table, a place written another way
    ("Departments, branches, localities and businesses must review the plans.", "en",
     [("DEPARTMENTS", "assignee", None), ("PROVINCES", "assignee", None)]),
    ("The Prime Minister said the provinces, investors and contractors must speed up the projects.", "en",
     [("PROVINCES", "assignee", "PM")]),
    ("In the face of floods, the provinces are required to increase human resources.", "en",
     [("PROVINCES", "assignee", None)]),
    ("In the face of floods, the Prime Minister asked the Ministry of Construction to increase human resources.", "en",
     [("MOC", "assignee", "PM")]),
    ("Face aux intempéries dans les provinces montagneuses du Nord, les investisseurs et les entrepreneurs doivent "
     "renforcer les moyens.", "fr", []),
])
def test_a_place_before_items_outside_the_table_is_not_the_subject(text, lang, expected):
    assert found(text, lang) == expected
