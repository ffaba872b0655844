"""Where each kind of fact is stored, and how a fact becomes a row: all of it read from the registered
stages (``extract.stages.registered``), so that a new stage's facts are stored, deleted, exported
and counted with no edit here."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import sqlite_utils

from extract.stages import Registered, UnknownStage, registered, registration

# the columns a fact table has besides its fact's own fields: the row id, the document, the span and
# the text as written, the sentence, its language and the extractor version (CONTRACTS.md)
PROVENANCE_COLUMNS: dict[str, str] = {
    "id": "INTEGER",
    "document_id": "INTEGER",
    "start": "INTEGER",
    "end": "INTEGER",
    "text": "TEXT",
    "sentence": "TEXT",
    "language": "TEXT",
    "extractor_version": "TEXT",
}

__all__ = ["FACT_TABLES", "PROVENANCE_COLUMNS", "UnknownStage", "create_fact_table", "fact_row", "fact_kinds", "fact_tables",
           "table_columns"]


def fact_kinds() -> list[str]:
    """The fact kinds of the registered stages, in the order they run (``references``, ``figures``, …)."""
    return [r.name for r in registered()]


def fact_tables() -> dict[str, str]:
    """Fact kind → its table (``references`` → ``mentions``)."""
    return {r.name: r.table for r in registered()}


class _FactTables(Mapping[str, str]):
    """``fact_tables()`` as a mapping that reads the registry at each use (a stage registered later is in it)."""

    def __getitem__(self, kind: str) -> str:
        return fact_tables()[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(fact_tables())

    def __len__(self) -> int:
        return len(fact_tables())


FACT_TABLES: Mapping[str, str] = _FactTables()


def table_columns(entry: Registered) -> dict[str, str]:
    """Column → SQL type of the table of a stage's facts: provenance first, then the fact's fields."""
    return {**PROVENANCE_COLUMNS, **entry.columns()}


def create_fact_table(db: sqlite_utils.Database, entry: Registered) -> None:
    """Create the table of a stage whose table the schema does not make (a stage added later, a
    plugin's), as the schema makes the others: typed columns, the documents as foreign key, an index
    on the document (deletion on reprocess goes by it)."""
    if db[entry.table].exists():
        return
    db[entry.table].create(table_columns(entry), pk="id", foreign_keys=[("document_id", "documents", "id")])
    db[entry.table].create_index(["document_id"])


def fact_row(kind: str, fact: dict[str, Any], *, document_id: int, sentence: str, language: str, version: str) -> dict[str, Any]:
    renames = registration(kind).renames
    row = {renames.get(k, k): v for k, v in fact.items() if k != "sentence"}
    row.update(document_id=document_id, sentence=sentence, language=language, extractor_version=version)
    return row
