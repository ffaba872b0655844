"""Stop 46's French left classes (issue #13, not blind): sentences written for the tests, with look-alikes that must
not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-06-20")

GLUED_WORDS = [
    # a line break lost between a link word and the word before it inside a body's name (``agricultureet``), or
    # between an article and the body word after it (``lesautorités``, ``Lesministres``): read as parted, the spans
    # staying those of the text
    ("fr", "La province de Ben Tre a publié un plan. Le Département provincial de l’agricultureet du développement "
           "rural est chargé de contrôler les digues.",
     [("DARD@83", "assignee", "PPC@83", None)]),
    ("fr", "Le Premier ministre a demandé au ministère de l'Industrieet du Commerce de stabiliser les prix.",
     [("MOIT", "assignee", "PM", None)]),
    ("fr", "La Police provinciale de Ben Tre doit renforcer les patrouilles, tandis que lesautorités locales doivent "
           "informer les habitants.",
     [("PPS@83", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    ("fr", "Lesministres et présidents des comités populaires des provinces doivent renforcer le contrôle.",
     [("MINISTRIES", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    # look-alikes: an ordinary word starting like an article (no split inside a word), a body word running on
    ("fr", "Leslie et Desautels ont visité le musée de la province.", []),
    ("fr", "Le guide a présenté lesministresses du théâtre.", []),
    ("fr", "Le projetet le budget de la Santé sont discutés.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED_WORDS)
def test_late38fr_words_glued_by_a_lost_line_break(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


def test_late38fr_glued_spans_stay_those_of_the_text() -> None:
    from extract import document_from_text
    text = "La Police provinciale de Ben Tre doit renforcer les patrouilles, tandis que lesautorités locales doivent agir."
    doc = document_from_text(text, lang="fr", published="2024-06-20")
    assert doc.assignments
    for a in doc.assignments:
        assert text[a.start : a.end] == a.text
    assert any(a.text.startswith("autorités") for a in doc.assignments)
