"""The round-39 helpers' late classes (issue #13; helper late39, stop 47, not blind): the classes the lead named from
round 39's work, each with new sentences (none copied from the pages) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2023-05-01")

_PPC = ("The People's Committee of Quang Ngai Province asked the Department of Health to check the hospitals. ")


@pytest.mark.parametrize("text, expected", [
    # named district-level units listed as the subject opening the sentence, no committee word (en grammar.json
    # units_listed_after_plural_level's subject_openers): a committee each (round 19's rule, as fr since left39)
    (_PPC + "The districts of Ba To, Tra Bong and the town of Duc Pho must relocate the households in landslide zones.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"),
      ("DPC@51", "assignee", "PPC@51")]),
    (_PPC + "The districts of Ba To and Tra Bong shall count the damaged houses.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
    # look-alikes: the list as places, a report of what happened there, one district alone (its own committee)
    (_PPC + "Heavy rain flooded the districts of Ba To and Tra Bong last night.", [("DOH@51", "assignee", "PPC@51")]),
    ("The People's Committee of Quang Ngai Province asked the Department of Health to check the hospitals in the "
     "districts of Ba To and Tra Bong.", [("DOH@51", "assignee", "PPC@51")]),
    (_PPC + "The districts of Ba To and Tra Bong were badly hit by the floods.", [("DOH@51", "assignee", "PPC@51")]),
    (_PPC + "The district of Ba To must count the damaged houses.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
])
def test_named_districts_listed_as_subject_en(text, expected):
    assert _rows(text, "en") == expected
