"""Round 23's left classes of assignments (README "Round 23's left classes (assignments, not blind)"), fixed in the
language data and ``extract/assign``. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # a province whose French name opens with a vowel, after the elided "d'" or "l'" (both apostrophes)
    ("Le Premier ministre a demandé à la province d'An Giang d'appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province d’An Giang d’appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la ville d'Hanoï de renforcer les contrôles.", "fr",
     [("PPC@01", "assignee", "PM")]),
    ("Le Premier ministre a demandé à l'An Giang d'appliquer les mesures.", "fr", [("PPC@89", "assignee", "PM")]),
    # the second name of a list after "et d'", and the first after "aux provinces d'"
    ("Le Premier ministre a demandé aux provinces de Nghe An et d'An Giang d'appliquer les mesures.", "fr",
     [("PPC@40", "assignee", "PM"), ("PPC@89", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux provinces d'An Giang et de Kien Giang d'appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM"), ("PPC@91", "assignee", "PM")]),
    # after another province named: the name's own committee, not the one named before
    ("Le Premier ministre a demandé à la province de Nghe An d'appliquer les mesures. Il a demandé à la province "
     "d'An Giang d'appliquer les mesures.", "fr", [("PPC@40", "assignee", "PM"), ("PPC@89", "assignee", "PM")]),
    # look-alikes: the names with "de", held before; "la province d'appliquer" names no province; the body's name
    ("Le Premier ministre a demandé aux provinces de Nghe An et de Kien Giang d'appliquer les mesures.", "fr",
     [("PPC@40", "assignee", "PM"), ("PPC@91", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province d'appliquer les mesures.", "fr", []),
    ("Le Premier ministre a demandé au Comité populaire de la province d'An Giang d'appliquer les mesures.", "fr",
     [("PPC@89", "assignee", "PM")]),
    # English and Vietnamese name the province without an elision
    ("The Prime Minister asked An Giang province to apply the measures.", "en", [("PPC@89", "assignee", "PM")]),
    ("Thủ tướng yêu cầu tỉnh An Giang áp dụng các biện pháp.", "vi", [("PPC@89", "assignee", "PM")]),
])
def test_a_province_after_an_elision(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province named bare, or its committee, proposing to the Government or the Prime Minister: no task given
    # (the English gold's rule for proposals upward, round 15)
    ("During the session, Tay Ninh leaders proposed the Government promptly allocate the investment plan.", "en", []),
    ("During the session, leaders of Tay Ninh proposed the Government promptly allocate the plan.", "en", []),
    ("During the session, Tay Ninh Provincial People's Committee proposed the Government promptly allocate the plan.",
     "en", []),
    ("At the meeting, Nghe An leaders recommended the Prime Minister consider extending the deadline.", "en", []),
    # the same in Vietnamese since the convention reconciled after round 24 (tests/test_assign_conventions.py; the
    # Vietnamese gold of rounds 2, 5 and 6 had read "kiến nghị Chính phủ" as the Government asked)
    ("Tại buổi làm việc, UBND tỉnh Tây Ninh kiến nghị Chính phủ sớm phân bổ kế hoạch đầu tư công trung hạn.", "vi", []),
    # look-alikes: the Prime Minister proposing to the Government still asks it; a province asked stays asked
    ("The Prime Minister proposed the Government promptly allocate the plan.", "en", [("GOV", "assignee", "PM")]),
    ("The Government asked Tay Ninh Province to promptly allocate the plan.", "en", [("PPC@72", "assignee", "GOV")]),
])
def test_a_provinces_proposal_upward(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a body named in a fronted phrase before a pronoun subject is its topic: the pronoun stands for the person
    # named before (a text with no date that names the two-level local government and no district is of after the
    # merger: Tay Ninh's code in the 2025 scheme, round 26)
    ("Deputy Prime Minister Mai Van Chinh visited Tay Ninh. For the operation of the two-tier local government, he "
     "requested Tay Ninh to strengthen training.", "en", [("PPC@80", "assignee", "DPM")]),
    ("Deputy Prime Minister Mai Van Chinh visited Tay Ninh. Regarding the work of the Ministry of Finance, he "
     "requested Tay Ninh to strengthen training.", "en", [("PPC@72", "assignee", "DPM")]),
    ("Le vice-Premier ministre Mai Van Chinh a visité Tay Ninh. Concernant le fonctionnement du gouvernement local à "
     "deux niveaux, il a demandé à Tay Ninh de renforcer la formation.", "fr", [("PPC@80", "assignee", "DPM")]),
    # look-alikes: the pronoun opening the sentence, and the Vietnamese form, read so before
    ("Deputy Prime Minister Mai Van Chinh visited Tay Ninh. He requested Tay Ninh to strengthen training.", "en",
     [("PPC@72", "assignee", "DPM")]),
    ("Phó Thủ tướng Mai Văn Chính làm việc với tỉnh Tây Ninh. Về vận hành chính quyền địa phương hai cấp, ông đề nghị "
     "tỉnh Tây Ninh tăng cường đào tạo.", "vi", [("PPC@72", "assignee", "DPM")]),
])
def test_a_pronoun_after_a_fronted_topic(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "several" between the verb and the bodies it asks
    ("The Prime Minister called on several provinces to make greater efforts.", "en", [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister called on several provinces, particularly Nghe An, to make greater efforts.", "en",
     [("PROVINCES", "assignee", "PM"), ("PPC@40", "assignee", "PM")]),
    ("The Ministry of Finance asked several ministries and the provinces to report.", "en",
     [("MINISTRIES", "assignee", "MOF"), ("PROVINCES", "assignee", "MOF")]),
    # look-alikes: without "several", read before; several provinces praised are not asked
    ("The Prime Minister called on localities to make greater efforts.", "en", [("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister praised several provinces for their efforts.", "en", []),
])
def test_several_bodies_asked(text, lang, expected):
    assert found(text, lang) == expected
