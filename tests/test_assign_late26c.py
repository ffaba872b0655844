"""Late classes of French and English assignments left after round 26b (issue #13; docs/quality.md "Later, not
blind"), fixed in the data named in each test. New sentences written for these tests, one literal case a line, with
the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader("agency_id", "role", "assigned_by")


@pytest.mark.parametrize("text, lang, expected", [
    # a province named with "la province de" asks through its committee (fr grammar.json province_designations)
    ("La province de Lang Son a demandé aux services compétents de renforcer les inspections.", "fr",
     [("DEPARTMENTS@20", "assignee", "PPC@20")]),
    ("La province de Lang Son a demandé aux départements et branches de renforcer les inspections.", "fr",
     [("DEPARTMENTS@20", "assignee", "PPC@20")]),
    ("Afin de prévenir la peste porcine dans les élevages, la province de Lang Son a demandé aux départements et "
     "branches de renforcer les inspections.", "fr", [("DEPARTMENTS@20", "assignee", "PPC@20")]),
    # read already: the committee named in full, and in English and Vietnamese
    ("Le Comité populaire de la province de Lang Son a demandé aux départements et branches de renforcer les "
     "inspections.", "fr", [("DEPARTMENTS@20", "assignee", "PPC@20")]),
    ("Lang Son province asked departments and branches to strengthen inspections.", "en",
     [("DEPARTMENTS@20", "assignee", "PPC@20")]),
    ("Tỉnh Lạng Sơn yêu cầu các sở, ngành tăng cường kiểm tra.", "vi", [("DEPARTMENTS@20", "assignee", "PPC@20")]),
    # look-alikes: the province asked, the provinces asked one by one, the province as a place or a figure's subject
    ("Le Premier ministre a demandé à la province de Nghe An de reloger les habitants.", "fr",
     [("PPC@40", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la province de Nghe An et à la province de Ha Tinh de reloger les habitants.",
     "fr", [("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM")]),
    ("La province de Lang Son compte 200 000 habitants.", "fr", []),
])
def test_province_named_with_its_designation_asks(text, lang, expected):
    assert _rows(text, lang, "2024-10-01") == expected


def _dated_rows(text: str, lang: str, published: str | None = None) -> list[tuple]:
    """(agency id, deadline, qualifier) of each assignment found in ``text``."""
    import extract
    from extract.assign import stage

    doc = extract.document_from_text(text, lang=lang, stages=[stage], published=published)
    return [(a.agency_id, a.deadline, a.deadline_qualifier) for a in doc.assignments]


@pytest.mark.parametrize("text, lang, expected", [
    # a time limit opening with its article, the contents it names before its copula (fr deadlines.json
    # time_limit_openers with the article, time_limit_copulas "est", the cues "le délai d'achèvement est le" …)
    ("Le ministère de la Santé doit achever ces contenus. Le délai d'achèvement de ces contenus est le 31 décembre "
     "2025.", "fr", [("MOH", "2025-12-31", "by")]),
    ("Le ministère de la Santé doit achever ces contenus. Le délai de réalisation de ces tâches est le 31 décembre "
     "2025.", "fr", [("MOH", "2025-12-31", "by")]),
    # read already: without the article, and in English and Vietnamese
    ("Le ministère de la Santé doit achever ces contenus. Délai d'achèvement : avant le 31 décembre 2025.", "fr",
     [("MOH", "2025-12-31", "before")]),
    ("The Ministry of Health must complete these contents. The deadline for completing these contents is December 31, "
     "2025.", "en", [("MOH", "2025-12-31", "by")]),
    # look-alikes: a time limit of a length, or a limit that is not one, dates nothing
    ("Le ministère de la Santé doit achever ces contenus. Le délai de traitement des dossiers est de 15 jours.", "fr",
     [("MOH", None, None)]),
    ("Le ministère de la Santé doit achever ces contenus. Le délai est très court pour les entreprises.", "fr",
     [("MOH", None, None)]),
])
def test_time_limit_with_its_article(text, lang, expected):
    assert _dated_rows(text, lang, "2025-10-01") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province's name right before the lower-case words of its body (agencies.json bodies_next_to_province_name):
    # part of the body's name, no committee of its own (mentions._opens_body_named_after)
    ("The Prime Minister asked the Dong Nai police to investigate the case.", "en", [("PPS@75", "assignee", "PM")]),
    ("The Prime Minister asked Dong Nai police to investigate the case.", "en", [("PPS@75", "assignee", "PM")]),
    ("The Prime Minister asked the Dong Nai police department to investigate the case.", "en",
     [("PPS@75", "assignee", "PM")]),
    ("The Prime Minister asked Dong Nai departments and branches to review the case.", "en",
     [("DEPARTMENTS@75", "assignee", "PM")]),
    # read already: in capitals, as the subject, and in French and Vietnamese
    ("The Prime Minister asked the Dong Nai Police to investigate the case.", "en", [("PPS@75", "assignee", "PM")]),
    ("The Dong Nai police were asked to investigate the case.", "en", [("PPS@75", "assignee", None)]),
    ("Thủ tướng yêu cầu Công an tỉnh Đồng Nai điều tra vụ việc.", "vi", [("PPS@75", "assignee", "PM")]),
    # look-alikes: the province asked alone, with its designator, or beside its police
    ("The Prime Minister asked Dong Nai to investigate the case.", "en", [("PPC@75", "assignee", "PM")]),
    ("The Prime Minister asked Dong Nai province to investigate the case.", "en", [("PPC@75", "assignee", "PM")]),
    ("The Prime Minister asked Dong Nai authorities to review the case.", "en", [("PPC@75", "assignee", "PM")]),
    ("The Prime Minister asked Dong Nai and the Dong Nai police to review the case.", "en",
     [("PPC@75", "assignee", "PM"), ("PPS@75", "assignee", "PM")]),
])
def test_province_name_inside_its_bodys_name(text, lang, expected):
    assert _rows(text, lang, "2024-10-01") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the provinces' own plural after the names is their designator, no other body: each is asked (en:heldout11)
    ("The Prime Minister asked Tuyên Quang and Phú Thọ provinces to coordinate together.", "en",
     [("PPC@08", "assignee", "PM"), ("PPC@25", "assignee", "PM")]),
])
def test_provinces_plural_after_the_names(text, lang, expected):
    assert _rows(text, lang, "2024-10-01") == expected
