"""French classes of assignments left open after rounds 26/26b (issue #13; docs/quality.md "Open classes after round
26b (assignments, not blind)"), fixed in the data named in each test. New sentences written for these tests, one
literal case a line, with the look-alikes that must stay as they were; English and Vietnamese cases where the class
exists there."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader()


@pytest.mark.parametrize("text, lang, expected", [
    # a centrally-run city named with "la ville de" asks through its committee (fr grammar.json
    # province_designations "ville de", city_designations; mentions._city_designation_before_a_town)
    ("La ville de Da Nang a demandé aux départements et branches de renforcer les inspections.", "fr",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None)]),
    ("La ville de Hanoï a demandé aux services compétents de renforcer les inspections.", "fr",
     [("DEPARTMENTS@01", "assignee", "PPC@01", None)]),
    ("Afin de prévenir la peste porcine, la ville de Hai Phong a demandé aux départements de renforcer les "
     "inspections.", "fr", [("DEPARTMENTS@31", "assignee", "PPC@31", None)]),
    # read already: the province's designation, the committee named in full, English's "city of"
    ("La province de Lang Son a demandé aux départements et branches de renforcer les inspections.", "fr",
     [("DEPARTMENTS@20", "assignee", "PPC@20", None)]),
    ("Le Comité populaire de la ville de Da Nang a demandé aux départements de renforcer les inspections.", "fr",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None)]),
    ("The city of Da Nang asked departments and branches to strengthen inspections.", "en",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None)]),
    ("Thành phố Đà Nẵng yêu cầu các sở, ngành tăng cường kiểm tra.", "vi",
     [("DEPARTMENTS@48", "assignee", "PPC@48", None)]),
    # look-alikes: a province's town of the province's name opening its clause asks nothing (no PPC), the city
    # asked, a town that is no province, the city as a figure's subject
    ("La ville de Thai Nguyen a demandé aux départements de renforcer les inspections.", "fr",
     [("DEPARTMENTS@19", "assignee", None, None)]),
    ("Le Premier ministre a demandé à la ville de Hanoï de reloger les habitants.", "fr",
     [("PPC@01", "assignee", "PM", None)]),
    ("Le Premier ministre a demandé à la ville de Thai Nguyen de reloger les habitants.", "fr",
     [("PPC@19", "assignee", "PM", None)]),
    ("D'ici le 30 novembre 2018, la ville de Vinh doit remettre le site.", "fr", []),
    ("La ville de Da Nang compte un million d'habitants.", "fr", []),
])
def test_city_named_with_its_designation_asks(text, lang, expected):
    assert _rows(text, lang, "2024-10-01") == expected


_DISPATCH_FR = ("Le Comité populaire de la ville de Da Nang a publié une dépêche. Le Service de la construction préside "
                "l'inspection des maisons endommagées. ")
_DISPATCH_EN = ("Da Nang City People's Committee issued a dispatch. The Department of Construction presides over "
                "inspecting damaged houses. ")
_DISPATCH_VI = "UBND TP Đà Nẵng có Công điện. Sở Xây dựng chủ trì kiểm tra nhà bị hư hại. "


@pytest.mark.parametrize("text, lang, expected", [
    # the same body's second task after "En même temps," / "Parallèlement," with its article (fr cues.json
    # continuation_openers; frames._same_body_goes_on reads the article after the opener): its own row, its own date
    (_DISPATCH_FR + "En même temps, le Service de la construction guide les communes pour réparer les maisons, avant "
     "le 31 janvier 2026.", "fr",
     [("DOC@48", "lead", "PPC@48", None), ("DOC@48", "assignee", "PPC@48", "2026-01-31")]),
    (_DISPATCH_FR + "Parallèlement, le Service de la construction guide les communes pour réparer les maisons, avant "
     "le 31 janvier 2026.", "fr",
     [("DOC@48", "lead", "PPC@48", None), ("DOC@48", "assignee", "PPC@48", "2026-01-31")]),
    ("Le Comité populaire de la ville de Da Nang a demandé aux comités populaires des communes et quartiers d'établir "
     "la liste des ménages. En même temps, les comités populaires des communes et quartiers mobilisent des "
     "ressources, à achever avant le 31 janvier 2026.", "fr",
     [("CPC@48", "assignee", "PPC@48", None), ("CPC@48", "assignee", "PPC@48", "2026-01-31")]),
    # read already in English and Vietnamese
    (_DISPATCH_EN + "At the same time, the Department of Construction guides communes to repair houses, before "
     "January 31, 2026.", "en",
     # the communes the department guides, their task after them, are tasked too (round 29's convention), asked by
     # the department that guides them in its own sentence (round 29 en: a province's tasked body directing others)
     [("DOC@48", "lead", "PPC@48", None), ("DOC@48", "assignee", "PPC@48", "2026-01-31"),
      ("CPC@48", "assignee", "DOC@48", "2026-01-31")]),
    (_DISPATCH_VI + "Đồng thời, Sở Xây dựng hướng dẫn các xã sửa chữa nhà, hoàn thành trước ngày 31-1-2026.", "vi",
     [("DOC@48", "lead", "PPC@48", None), ("DOC@48", "assignee", "PPC@48", "2026-01-31")]),
    # look-alikes: what the body did (past), the body asking others, another body than the one asked before
    (_DISPATCH_FR + "En même temps, le Service de la construction a guidé les communes pour réparer les maisons.",
     "fr", [("DOC@48", "lead", "PPC@48", None)]),
    (_DISPATCH_FR + "En même temps, le Service de la construction demande aux communes de réparer les maisons.", "fr",
     [("DOC@48", "lead", "PPC@48", None), ("CPC@48", "assignee", "DOC@48", None)]),
    (_DISPATCH_FR + "En même temps, le Service de la santé guide les communes, avant le 31 janvier 2026.", "fr",
     [("DOC@48", "lead", "PPC@48", None)]),
])
def test_second_task_of_the_same_body_after_a_linking_opener(text, lang, expected):
    assert _rows(text, lang, "2025-11-15") == expected
