"""Round 8's open error classes of English assignments (README "Open classes fixed after round 8
(assignments, en)"): the People's Committees of a list of provinces, a passive with a collective subject
(``Localities were told to …``) and the asker it goes on with, and the items of a numbered list after
``the Provincial People's Committee assigned:`` with their assigner. New sentences written for these tests
(no page's sentence), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ the People's Committees of a list of provinces


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister asked the People's Committees of Thanh Hoa, Nghe An and Ha Tinh to repair the dykes.",
     [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM")]),
    ("The Deputy Prime Minister requested the People’s Committees of Soc Trang and Bac Lieu to store fresh water.",
     [("PPC@94", "assignee", "DPM"), ("PPC@95", "assignee", "DPM")]),
    ("The Prime Minister asked the chairmen of the People's Committees of Lao Cai and Yen Bai to evacuate residents.",
     [("PPC@10", "assignee", "PM"), ("PPC@15", "assignee", "PM")]),
    ("The People's Committees of Quang Tri and Quang Binh must clear the landslides before June 30, 2024.",
     [("PPC@45", "assignee", None), ("PPC@44", "assignee", None)]),
    # look-alikes: the same committees named, not tasked
    ("The People's Committees of Thanh Hoa and Nghe An repaired the dykes last year.", []),
    ("Officials from the People's Committees of Thanh Hoa and Nghe An attended the meeting.", []),
    ("The Prime Minister thanked the People's Committees of Lao Cai and Yen Bai for their work.", []),
])
def test_committees_of_listed_provinces(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ a passive with a collective subject


@pytest.mark.parametrize("text, expected", [
    ("Localities were told to stock fresh water for the dry season.", [("PROVINCES", "assignee", None)]),
    # the passive names no asker: it goes on with the asker of the sentence before
    ("The Ministry of Agriculture and Rural Development asked the Ministry of Industry and Trade to save power. "
     "Localities were told to stock fresh water.",
     [("MOIT", "assignee", "MARD"), ("PROVINCES", "assignee", "MARD")]),
    # look-alikes: told what happened, or a body that is no body
    ("Localities were told that the rains would come late this year.", []),
    ("Reporters were told to wait outside the meeting room.", []),
])
def test_passive_with_a_collective_subject(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ items of a numbered list after "assigned:"


@pytest.mark.parametrize("text, expected", [
    ("Following the Prime Minister's dispatch, the People's Committee of Nghe An assigned:\n"
     "1. The Department of Health of Nghe An shall coordinate with localities to vaccinate children.\n"
     "2. The Department of Finance of Nghe An shall allocate funds for the campaign.\n",
     [("DOH@40", "assignee", "PPC@40"), ("DPC@40", "coordinate", "PPC@40"), ("DOF@40", "assignee", "PPC@40")]),
    ("The People's Committee of Lao Cai requested:\n"
     "a) The Department of Construction of Lao Cai shall inspect the bridges before the rainy season.\n",
     [("DOC@10", "assignee", "PPC@10")]),
    # look-alikes: a list under a line that reports, not assigns, and a list after the colon of a report
    ("The Department of Health of Nghe An reported the following results:\n"
     "1. The Department of Finance of Nghe An shall allocate funds for the campaign.\n",
     [("DOF@40", "assignee", None)]),
    ("The People's Committee of Nghe An assigned:\n1. The Department of Health of Nghe An shall vaccinate children.\n"
     "The department listed its needs:\n2. The Department of Finance of Nghe An shall allocate funds.\n",
     [("DOH@40", "assignee", "PPC@40"), ("DOF@40", "assignee", None)]),
])
def test_numbered_list_after_an_assigning_header(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ a province's name that goes on as another name


@pytest.mark.parametrize("text, expected", [
    # a newspaper or station named after the province, after an assigning verb: no body of the table
    ("Assigning Quang Nam Online to post this notice on its front page.", []),
    ("The committee asked Ha Tinh Radio and Television to broadcast the warnings.", []),
    # the province itself, after the verb, with its task in lower case
    ("The Prime Minister asked Quang Nam to relocate the households before the storm.", [("PPC@49", "assignee", "PM")]),
])
def test_a_province_name_going_on_as_another_name(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ "the ministry", "the province" for a body named before


@pytest.mark.parametrize("text, expected", [
    ("The Deputy Prime Minister asked the Ministry of Construction to review housing prices. "
     "He also told the ministry to publish the data monthly.", [("MOC", "assignee", "DPM"), ("MOC", "assignee", "DPM")]),
    ("The Prime Minister asked Ha Giang to protect its forests. He also tasked the province to build more schools.",
     [("PPC@02", "assignee", "PM"), ("PPC@02", "assignee", "PM")]),
    # look-alikes: the noun as a subject, with no such body named before, or a name in capitals
    ("The Prime Minister praised the Ministry of Construction. The ministry said housing prices had risen.", []),
    ("The Prime Minister told the ministry to publish the data monthly.", []),
    ("The Prime Minister asked Ha Giang to protect its forests and told the Ministry of Finance to fund it.",
     [("PPC@02", "assignee", "PM"), ("MOF", "assignee", "PM")]),
])
def test_the_ministry_or_province_named_before(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ the provinces of a region


@pytest.mark.parametrize("text, expected", [
    ("The ministry asked the People's Committees of the southern provinces to store fresh water.", [("PROVINCES", "assignee", None)]),
    ("The Prime Minister asked Mekong Delta provinces and cities to dredge canals.", [("PROVINCES", "assignee", "PM")]),
    ("The Ministry of Agriculture and Rural Development asks northern mountainous provinces to protect cattle from the cold.",
     [("PROVINCES", "assignee", "MARD")]),
    # look-alike: the region's provinces as a place
    ("Heavy rain hit northern provinces last week.", []),
])
def test_the_provinces_of_a_region(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ "ministries" alone, as the press writes the collective


@pytest.mark.parametrize("text, expected", [
    ("The Deputy Prime Minister told the Ministry of Construction to review prices while strengthening coordination with "
     "ministries and localities.", [("MOC", "assignee", "DPM"), ("MINISTRIES", "coordinate", "DPM"), ("PROVINCES", "coordinate", "DPM")]),
    ("The Prime Minister urged ministries to speed up disbursement.", [("MINISTRIES", "assignee", "PM")]),
    # look-alike: reported, not asked
    ("Many ministries reported slow disbursement last year.", []),
])
def test_ministries_alone(text, expected):
    assert found(text, "en") == expected
