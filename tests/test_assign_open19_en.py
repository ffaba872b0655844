"""Open classes of English assignments left by rounds 17 to 18d (README "Open classes of rounds 17 to 18d fixed
(assignments en, not blind)"), fixed as general rules, data first. New sentences written for these tests, one
literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # a bare "The ministry" opening the text asks; the ministry is named only in a later sentence, as an asker
    ("The ministry asked the People's Committees of Nghe An to finish the survey. Provinces were also told to report. "
     "The Ministry of Construction has asked localities to publish material prices.",
     [("PPC@40", "assignee", "MOC"), ("PROVINCES", "assignee", "MOC"), ("PROVINCES", "assignee", "MOC")]),
    ("The ministry also requested Thanh Hoa to hand over the site. The Ministry of Health has urged provinces to stock drugs.",
     [("PPC@38", "assignee", "MOH"), ("PROVINCES", "assignee", "MOH")]),
    # look-alikes: two ministries ask later (which one is unknown); the ministry named later only as a receiver
    ("The ministry asked Thanh Hoa to hand over the site. The Ministry of Health has urged provinces to stock drugs. "
     "The Ministry of Finance has asked provinces to save.",
     [("PPC@38", "assignee", None), ("PROVINCES", "assignee", "MOH"), ("PROVINCES", "assignee", "MOF")]),
    ("The ministry asked Thanh Hoa to send a report to the Ministry of Finance.",
     [("PPC@38", "assignee", None)]),
])
def test_bare_ministry_named_as_asker_later(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, published, expected", [
    # a window's close is the deadline, due by that day
    ("Provinces must send the land dossiers from April 1 to May 31.", "2023-03-02", [("PROVINCES", "2023-05-31", "by")]),
    ("The Ministry of Finance is asked to review the fees from 10 August until 30 September 2025.", None,
     [("MOF", "2025-09-30", "by")]),
    # look-alikes: a period of years is no deadline; a window without the publication year has no year
    ("Provinces must carry out the programme from 2021 to 2025.", None, [("PROVINCES", None, None)]),
    ("Provinces must send the land dossiers from April 1 to May 31.", None, [("PROVINCES", None, None)]),
])
def test_window_closes_on_its_last_day(text, published, expected):
    assert dated(text, "en", published) == expected
