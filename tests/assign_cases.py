"""What the assignments stage finds in one literal case, for the parametrized round tests: each round's test file
asks for the fields it checks instead of writing its own reader."""
from __future__ import annotations

from collections.abc import Callable

import extract
from extract.assign import stage


def found(text: str, lang: str) -> list[tuple]:
    """(agency id, role, assigned by) of each assignment found in ``text``, after checking that each
    span is the body as written."""
    doc = extract.document_from_text(text, lang=lang, stages=[stage])
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.text == a.agency  # the span is the body as written
    return [(a.agency_id, a.role, a.assigned_by) for a in doc.assignments]


def dated(text: str, lang: str, published: str | None = None) -> list[tuple]:
    """(agency id, deadline, its qualifier) of each assignment found in ``text``."""
    doc = extract.document_from_text(text, lang=lang, stages=[stage], published=published)
    return [(a.agency_id, a.deadline, a.deadline_qualifier) for a in doc.assignments]


def rows(text: str, lang: str = "vi") -> list[tuple]:
    """(agency id, role, assigned by, deadline, qualifier) of each assignment of the whole pipeline (language
    detection, the text's own date: a day written without a year, the 2024 or the 2025 scheme of the bodies)."""
    doc = extract.document(text, lang=lang)
    return [(a.agency_id, a.role, a.assigned_by, a.deadline, a.deadline_qualifier) for a in doc.assignments]


DEFAULT_FIELDS = ("agency_id", "role", "assigned_by", "deadline")


def assignment_rows(text: str, lang: str, published: str | None = None,
                    fields: tuple[str, ...] = DEFAULT_FIELDS) -> list[tuple]:
    """The chosen fields of each assignment the assignments stage alone finds in ``text`` read in ``lang``, with
    ``published`` as the text's date (deadlines without a year take it from there)."""
    doc = extract.document_from_text(text, lang=lang, stages=[stage], published=published)
    return [tuple(getattr(a, name) for name in fields) for a in doc.assignments]


def rows_reader(*fields: str, published: str | None = None) -> Callable[..., list[tuple]]:
    """A reader ``rows(text, lang, published=…)`` giving ``fields`` (default agency, role, asker, deadline), the
    text dated ``published`` unless the call says otherwise."""
    chosen = fields or DEFAULT_FIELDS
    default_published = published

    def rows(text: str, lang: str, published: str | None = default_published) -> list[tuple]:
        return assignment_rows(text, lang, published, chosen)

    return rows
