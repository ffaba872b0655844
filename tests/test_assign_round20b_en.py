"""Round 20b's error classes of English assignments (README "Round 20b (blind, real public pages): assignments en"),
fixed as general rules, data first: a head's title for his office (``the Minister-Chairman of the Government Office``,
en agencies.csv OOG); ``was demanded to`` as a passive request (en grammar.json ``passive_cues``).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister chaired the meeting. He asked the Minister-Chairman of the Government Office to quickly collect these opinions.",
     [("OOG", "assignee", "PM")]),
    ("The Prime Minister requested the Minister and Chairman of the Government Office to report on the progress.",
     [("OOG", "assignee", "PM")]),
    # look-alikes: the minister-chairman speaking or reporting is no task
    ("Minister-Chairman of the Government Office Tran Van Son said the ministries had sent their reports.", []),
    ("The Minister-Chairman of the Government Office reported that 20 documents were issued.", []),
])
def test_the_minister_chairman_stands_for_the_government_office(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Nguyen Van Tho, Chairman of the People's Committee of Ba Ria-Vung Tau province, chaired a meeting. The Department of Agriculture and Rural Development was demanded to collaborate with relevant agencies.",
     [("DARD@77", "assignee", "PPC@77")]),
    ("The Prime Minister issued a directive. The Ministry of Finance was also demanded to review the fees.",
     [("MOF", "assignee", "PM")]),
    # look-alikes: people demanded to pay, and a body that demands
    ("The director said fishermen were demanded to pay the fees.", []),
    ("The Ministry of Finance demanded to see the records of the project.", []),
])
def test_was_demanded_to_is_a_passive_request(text, expected):
    assert found(text, "en") == expected
