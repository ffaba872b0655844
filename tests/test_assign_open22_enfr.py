"""The classes round 22 left in English and French assignments (README "Round 22's left classes (assignments en and
fr, not blind)"), fixed as general rules, data first: a provincial committee's letter ``sent a document to`` its
agencies and localities ``to`` do something asks them (en cues.json ``assign_before``, grammar.json
``noun_cue_frames``; a letter to a national body stays the province's own purpose, extractor ``_letter_up_to``); a
provincial department's or police's plain present after an adverb of manner (``The Provincial Police urgently carry
out``, ``the Department of Finance carefully studies``) in a text that directs (en cues.json ``adverbs``,
``subject_weak``); a long fronted phrase (``Sur instruction du Comité permanent du Comité provincial du Parti,``,
``Following the direction of …,``) before the subject opens its clause as a short introduction does (fr and en
grammar.json ``fronted_phrase_openers``); a ministry that a text reads as a province's department where it asks the
province's district committees is that department where the text tasks it too (extractor
``_ministry_tasked_as_its_department``); ``The Ministry`` named again
opening a clause (or after its comma) before an assigning verb is the asker (extractor ``_asking_subject``).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


@pytest.mark.parametrize("text, lang, expected", [
    ("On June 14, the People's Committee of Dong Thap province sent a document to agencies, units and localities to "
     "proactively respond to heavy rain in the coming time.", "en", [("DPC@87", "assignee", "PPC@87", None, None)]),
    ("The People's Committee of Lam Dong province has sent a document to departments, branches and localities to "
     "review flood risks.", "en",
     [("DEPARTMENTS@68", "assignee", "PPC@68", None, None), ("DPC@68", "assignee", "PPC@68", None, None)]),
    ("The Government Office sent a document to ministries and localities to review the reports.", "en",
     [("MINISTRIES", "assignee", "OOG", None, None), ("PROVINCES", "assignee", "OOG", None, None)]),
    # look-alikes: a letter sent up to a ministry, with the province's own purpose or none; a letter about a topic
    ("On June 14, the People's Committee of Dong Thap province sent a document to the Ministry of Finance proposing "
     "to adjust the budget.", "en", []),
    ("On June 14, the People's Committee of Dong Thap province sent a document to the Ministry of Finance to propose "
     "adjusting the budget.", "en", []),
    ("The People's Committee of Dong Thap province sent a document to localities about the flood season.", "en", []),
])
def test_a_letter_sent_to_agencies_and_localities_to_act_asks_them(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Provincial People's Committee of Dong Nai requested the Department of Construction to build housing. The "
     "Provincial Police urgently carry out investment procedures to build 2 public housing areas.", "en",
     [("DOC@75", "assignee", "PPC@75", None, None), ("PPS@75", "assignee", "PPC@75", None, None)]),
    ("The Chairman of Khanh Hoa province directed the Department of Home Affairs to advise on 2-3 options. In "
     "addition, the Department of Finance carefully studies the local support policy.", "en",
     [("DOHA@56", "assignee", "PPC@56", None, None), ("DOF@56", "assignee", "PPC@56", None, None)]),
    ("On June 14, the People's Committee of Dong Thap province sent a document to localities to respond to heavy "
     "rain. The Department of Agriculture and Environment closely coordinates with investors to inspect dykes.", "en",
     [("DPC@87", "assignee", "PPC@87", None, None), ("DAE@87", "assignee", "PPC@87", None, None)]),
    ("The Provincial People's Committee of Dong Nai assigned the Department of Finance to review the budget. The "
     "Department of Construction carries out the inspection of the projects.", "en",
     [("DOF@75", "assignee", "PPC@75", None, None), ("DOC@75", "assignee", "PPC@75", None, None)]),
    # look-alikes: the same verbs in a report that directs nothing; "studies" as a noun
    ("The Provincial Police carry out patrols every night, a resident of Dong Nai said.", "en", []),
    ("The Department of Finance studies show that prices rose in Dong Nai.", "en", []),
])
def test_a_departments_plain_present_after_an_adverb_in_a_directive_text(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Comité populaire provincial de Binh Thuan a demandé aux districts de collecter les avis. Sur instruction du "
     "Comité permanent du Comité provincial du Parti, le Service de l'Intérieur préparera le dossier.", "fr",
     [("DPC@60", "assignee", "PPC@60", None, None), ("DOHA@60", "assignee", "PPC@60", None, None)]),
    ("The Binh Thuan Provincial People's Committee asked the district People's Committees to collect voters' "
     "opinions. Following the direction of the Standing Committee of the Provincial Party Committee on the project, "
     "the Department of Home Affairs will prepare the dossier.", "en",
     [("DPC@60", "assignee", "PPC@60", None, None), ("DOHA@60", "assignee", "PPC@60", None, None)]),
    # look-alikes: the same fronted phrase before a past act reports it
    ("Sur instruction du Comité permanent du Comité provincial du Parti de Binh Thuan, le Service de l'Intérieur a "
     "préparé le dossier l'an dernier.", "fr", []),
    ("Following the direction of the Standing Committee of the Binh Thuan Provincial Party Committee, the Department "
     "of Home Affairs prepared the dossier last year.", "en", []),
])
def test_a_long_fronted_phrase_before_the_subject_opens_its_clause(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministère de l'Intérieur demande aux comités populaires des districts et des communes de Binh Thuan de "
     "compter les cadres. Le ministère de l'Intérieur conseillera le Comité populaire provincial sur le projet.", "fr",
     [("DPC@60", "assignee", "DOHA@60", None, None), ("CPC@60", "assignee", "DOHA@60", None, None),
      ("DOHA@60", "assignee", None, None, None)]),
    ("The Ministry of Home Affairs requests the People's Committees of districts and communes of Binh Thuan to count "
     "the staff. The Ministry of Home Affairs will advise the Provincial People's Committee on the project.", "en",
     [("DPC@60", "assignee", "DOHA@60", None, None), ("CPC@60", "assignee", "DOHA@60", None, None),
      ("DOHA@60", "assignee", None, None, None)]),
    # look-alike: a ministry asking the provinces' committees stays the ministry, where it asks and where it is tasked
    ("Le ministère de l'Intérieur demande aux comités populaires des provinces de compter les cadres. Le ministère de "
     "l'Intérieur préparera le projet de décret.", "fr",
     [("PROVINCES", "assignee", "MOHA", None, None), ("MOHA", "assignee", None, None, None)]),
])
def test_a_ministry_read_as_the_provinces_department_is_so_where_it_is_tasked(text, lang, expected):
    assert rows(text, lang) == expected



@pytest.mark.parametrize("text, lang, expected", [
    ("This proposal was put forward by the Ministry of Agriculture and Environment in a document sent to the People's "
     "Committees of provinces and cities. The Ministry requires provinces and cities to complete the dossiers. If any "
     "difficulties arise, the Ministry requests provinces and cities to report them immediately.", "en",
     [("PROVINCES", "assignee", "MAE", None, None), ("PROVINCES", "assignee", "MAE", None, None)]),
    ("The Ministry of Finance sent a document to the provinces. The ministry asked provinces and cities to review the "
     "fees.", "en", [("PROVINCES", "assignee", "MOF", None, None)]),
    # look-alike: the ministry named again that reports asks no one
    ("The Ministry of Finance held a meeting on Monday. The ministry said provinces and cities had completed the "
     "dossiers.", "en", []),
])
def test_the_ministry_named_again_before_an_assigning_verb_asks(text, lang, expected):
    assert rows(text, lang) == expected
