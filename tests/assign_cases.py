"""One reader of a text's assignments for the literal assignment tests: each round's test file asks for the fields it
checks (agency, role, asker, deadline …) instead of writing its own reader."""
from __future__ import annotations

from collections.abc import Callable

import extract
from extract.assign import stage

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
