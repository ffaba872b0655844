"""The document filters that search, export and coverage share (language, publisher or mentioned
province, source, dates, agency), as one SQL clause over ``documents d`` with bound parameters, and
the error a query that cannot be answered raises. A leaf of the corpus package: it imports none of it."""
from __future__ import annotations

from typing import Any


class QueryError(ValueError):
    """A query that cannot be searched; the message says why."""


ATTRIBUTIONS = ("publisher", "mention")


def document_filters(lang, province, source, since, until, agency, attribution="publisher") -> tuple[str, list[Any]]:
    """The document filters as a clause over ``d`` and its parameters. ``province`` is a pre-2025
    code, of the publisher or, with ``attribution="mention"``, of a province the document names."""
    if attribution not in ATTRIBUTIONS:
        raise QueryError(f"unknown attribution {attribution!r}; use publisher or mention")
    clauses, params = [], []
    publisher = province if attribution == "publisher" else None
    for column, value in (("d.language", lang), ("d.province_code", publisher), ("d.source_id", source)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if province and attribution == "mention":
        clauses.append("exists (select 1 from document_provinces dp where dp.document_id = d.id and dp.scheme = '2024'"
                       " and dp.attribution = 'mention' and dp.province_code = ?)")
        params.append(province)
    if since:
        clauses.append("d.published >= ?")
        params.append(since)
    if until:
        clauses.append("d.published <= ?")
        params.append(until + "\uffff" if len(until) < 19 else until)
    if agency:
        matches, agency_params = agency_match(agency)
        clauses.append(f"exists (select 1 from assignments a where a.document_id = d.id and {matches})")
        params.extend(agency_params)
    return (" and " + " and ".join(clauses)) if clauses else "", params


def agency_match(agency: str, column: str = "a.agency_id") -> tuple[str, list[Any]]:
    """SQL telling whether an assignment's agency id answers an ``--agency`` filter, and its parameters.
    An id names one body (``MOF``, ``DOF@22``, ``PPC@01``); the bare kind of a provincial body (``DOF``,
    ``PPC``, ``DEPARTMENTS``: CONTRACTS.md "Provincial bodies") also names every province's instance of
    it (``DOF@22``, ``DOF@01``, …) besides the bodies whose province the text did not tell (``DOF``).
    A range on the id, not ``like``: exact in case and served by the index on ``agency_id``."""
    from nlp.agencies import is_provincial

    if "@" not in agency and is_provincial(agency):
        return f"({column} = ? or ({column} >= ? and {column} < ?))", [agency, agency + "@", agency + chr(ord("@") + 1)]
    return f"{column} = ?", [agency]
