"""Round 30's late assignment classes (issue #13, not blind), new sentences written for the tests (no page's
sentence), with look-alikes that must not fire:

1. two committees of one id told apart by the unit's name after the level word and ``de`` (French: ``au Comité
   populaire de la commune de A et au Comité populaire de la commune de B``, ``… et de la commune de B``, ``… et à la
   commune de B``): one row each, round 19's rule (nlp/lang/fr/agencies.json ``elided_unit_committee``; a second unit
   whose committee the first one's words said, read once the first mention holds its name:
   extract/assign/mentions.py ``with_unit_names_after``);
2. the bare plural ``departments`` right after an asking verb, the task in lower case after it (``requesting
   departments to …``), is the province's departments, as ``heads of departments and agencies`` is
   (extract/assign/lang/en/grammar.json ``bare_level_bodies``);
3. a meeting chaired by a head is no task of the head (``chaired by the Prime Minister``, ``présidée par``, ``do Thủ
   tướng chủ trì``);
4. a province's cooperative alliance is ``VCA@NN`` (``the provincial Cooperative Alliance``, ``the Cooperative
   Alliance of <province>``, ``l'Alliance des coopératives de la province``), as the Front's chapter is ``VFF@NN``.
"""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_bodies = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")

_ASKER = "Le Comité populaire de la province de Nghe An a demandé "

TWO_COMMITTEES_OF_ONE_ID = [
    ("fr", _ASKER + "au Comité populaire de la commune de Con Cuong et au Comité populaire de la commune de Mau Duc de "
     "réparer les routes.",
     [("CPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("fr", _ASKER + "au Comité populaire de la commune de Con Cuong et de la commune de Mau Duc de réparer les routes.",
     [("CPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("fr", _ASKER + "au Comité populaire de la commune de Con Cuong et à la commune de Mau Duc de réparer les routes.",
     [("CPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("fr", "Le Comite populaire de la province de Nghe An a confie au Comite populaire de la commune de Con Cuong et a la "
     "commune de Mau Duc la reparation des routes.",
     [("CPC@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    ("fr", _ASKER + "au Comité populaire du district de Con Cuong et du district de Tuong Duong de réparer les routes.",
     [("DPC@40", "assignee", "PPC@40"), ("DPC@40", "assignee", "PPC@40")]),
    # look-alikes: one committee asked, the other commune a place or a topic after its task
    ("fr", _ASKER + "au Comité populaire de la commune de Con Cuong de réparer les routes.",
     [("CPC@40", "assignee", "PPC@40")]),
    ("fr", _ASKER + "au Comité populaire de la commune de Con Cuong de réparer les routes et la commune de Mau Duc "
     "reste isolée.",
     [("CPC@40", "assignee", "PPC@40")]),
    ("fr", _ASKER + "au Comité populaire de la commune de Con Cuong de réparer les routes avec les habitants de la "
     "commune de Mau Duc.",
     [("CPC@40", "assignee", "PPC@40")]),
    ("fr", _ASKER + "au Comité populaire de la commune de Con Cuong et de la commune voisine de réparer les routes.",
     [("CPC@40", "assignee", "PPC@40")]),
    ("fr", "Le Comité populaire de la commune de Con Cuong a livré des vivres aux habitants de la commune de Mau Duc.",
     []),
]


@pytest.mark.parametrize("lang, text, expected", TWO_COMMITTEES_OF_ONE_ID)
def test_two_committees_of_one_id_named_by_their_units_are_two_rows(lang, text, expected):
    assert _bodies(text, lang) == expected


_EN_ASKER = "The Chairman of the Nghe An Provincial People's Committee signed a dispatch "

BARE_DEPARTMENTS_AFTER_ASKING = [
    (_EN_ASKER + "requesting departments to review the dykes before the storm.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    ("The Nghe An Provincial People's Committee asked departments to inspect the reservoirs.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    (_EN_ASKER + "requesting relevant departments to prepare rescue forces.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    (_EN_ASKER + "requesting relevant departments and localities to prepare rescue forces.",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # the form that was read already
    (_EN_ASKER + "requesting heads of departments and agencies to review the dykes.",
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    # look-alikes: departments met, owning, or an object's owner, no task of theirs
    ("The Nghe An Provincial People's Committee met departments to review the dykes.", []),
    ("The Nghe An Provincial People's Committee asked officials of departments to review the dykes.", []),
    ("The Nghe An Provincial People's Committee requested departments' reports on the dykes.", []),
    ("The Nghe An Provincial People's Committee praised departments for their work on the dykes.", []),
]


@pytest.mark.parametrize("text, expected", BARE_DEPARTMENTS_AFTER_ASKING)
def test_bare_departments_after_an_asking_verb_are_the_provinces(text, expected):
    assert _bodies(text, "en") == expected


MEETING_CHAIRED_BY = [
    ("en", "On October 3, the Government held an online conference with localities, chaired by Prime Minister Pham "
     "Minh Chinh.", []),
    ("en", "The Government's regular meeting for September, chaired by Prime Minister Pham Minh Chinh, took place in "
     "Hanoi.", []),
    ("en", "Chaired by Prime Minister Pham Minh Chinh, the Government's meeting reviewed the flood defences.", []),
    ("en", "A working session with the northern provinces, chaired by Deputy Prime Minister Tran Hong Ha, was held "
     "yesterday.", []),
    # the other languages' forms give no row already
    ("fr", "Le gouvernement a tenu une conférence en ligne avec les localités, présidée par le Premier ministre Pham "
     "Minh Chinh.", []),
    ("vi", "Phiên họp Chính phủ thường kỳ tháng 9 do Thủ tướng Phạm Minh Chính chủ trì diễn ra tại Hà Nội.", []),
    # look-alikes: a task told before the agent is led by it (round 28b); a task the meeting's chair gives is his
    ("en", "Review and complete the regulations on land, chaired by the Department of Justice.",
     [("DOJ", "lead", None)]),
    ("en", "Prime Minister Pham Minh Chinh chaired a meeting on schools. He also asked localities to share the data.",
     [("PROVINCES", "assignee", "PM")]),
]


@pytest.mark.parametrize("lang, text, expected", MEETING_CHAIRED_BY)
def test_a_meeting_chaired_by_a_head_is_no_task_of_his(lang, text, expected):
    assert _bodies(text, lang) == expected


_LEAD = ("The Nghe An Provincial People's Committee has issued a dispatch, urging departments and localities to review "
         "the dykes.\n")
_CAPTION = "Nghe An urges all departments to review the dykes before the storm. Photo: Nghe An Newspaper\n"
_AFTER = "The dispatch was signed on Monday.\n"

CAPTION_RESTATING_THE_LEAD = [
    # a photo's caption restating the lead's request (met with class 2: a caption's bare departments) counts once
    (_LEAD + _CAPTION + _AFTER,
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40")]),
    # look-alikes: a caption's request given nowhere else keeps its row; the same sentence with no credit is no caption
    ("The Nghe An Provincial People's Committee has issued a dispatch on the storm.\n" + _CAPTION + _AFTER,
     [("DEPARTMENTS@40", "assignee", "PPC@40")]),
    (_LEAD + "Nghe An urges all departments to review the dykes before the storm.\n" + _AFTER,
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("CPC@40", "assignee", "PPC@40"),
      ("DEPARTMENTS@40", "assignee", "PPC@40")]),
]


@pytest.mark.parametrize("text, expected", CAPTION_RESTATING_THE_LEAD)
def test_a_caption_restating_the_lead_counts_once(text, expected):
    assert _bodies(text, "en") == expected


_EN_PPC = "The Nghe An Provincial People's Committee asked "
_FR_PPC = "Le Comité populaire de la province de Nghe An a demandé "

PROVINCIAL_COOPERATIVE_ALLIANCE = [
    ("en", _EN_PPC + "the provincial Cooperative Alliance to support the farmers.", [("VCA@40", "assignee", "PPC@40")]),
    ("en", _EN_PPC + "the Cooperative Alliance of Nghe An province to support the farmers.",
     [("VCA@40", "assignee", "PPC@40")]),
    ("fr", _FR_PPC + "à l'Alliance des coopératives de la province de soutenir les agriculteurs.",
     [("VCA@40", "assignee", "PPC@40")]),
    ("fr", _FR_PPC + "à l'Alliance des coopératives de la province de Nghe An de soutenir les agriculteurs.",
     [("VCA@40", "assignee", "PPC@40")]),
    ("fr", _FR_PPC + "à l'Alliance des coopératives provinciale de soutenir les agriculteurs.",
     [("VCA@40", "assignee", "PPC@40")]),
    # the Front's chapter so written, as the convention settled for it
    ("fr", _FR_PPC + "au Front de la Patrie de la province de soutenir les agriculteurs.",
     [("VFF@40", "assignee", "PPC@40")]),
    # look-alikes: the national alliance stays VCA; the alliance as an object's owner is no body asked
    ("en", "The Prime Minister asked the Vietnam Cooperative Alliance to support the farmers.", [("VCA", "assignee", "PM")]),
    ("fr", "Le Premier ministre a demandé à l'Alliance des coopératives du Vietnam de soutenir les agriculteurs.",
     [("VCA", "assignee", "PM")]),
    ("en", _EN_PPC + "the Department of Finance to support members of the provincial Cooperative Alliance.",
     [("DOF@40", "assignee", "PPC@40")]),
    ("fr", _FR_PPC + "au Service des finances de soutenir les membres de l'Alliance des coopératives.",
     [("DOF@40", "assignee", "PPC@40")]),
]


@pytest.mark.parametrize("lang, text, expected", PROVINCIAL_COOPERATIVE_ALLIANCE)
def test_a_provinces_cooperative_alliance_is_its_chapter(lang, text, expected):
    assert _bodies(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # look-alike of class 2: a ministry's own departments, in a text naming no provincial body before (openleft10)
    ("The Ministry of Construction requested departments to inspect the dikes.", []),
    ("The Ministry of Health asked relevant departments to review the hospitals.", []),
])
def test_a_ministrys_bare_departments_stay_out(text, expected):
    assert _bodies(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # look-alike of class 2: the departments a colon names one by one are those departments (round 16)
    ("The Nghe An Provincial People's Committee requested the Departments: Finance; Construction to review the prices.",
     [("DOF@40", "assignee", "PPC@40"), ("DOC@40", "assignee", "PPC@40")]),
])
def test_departments_named_after_a_colon_are_not_the_bare_plural(text, expected):
    assert _bodies(text, "en") == expected
