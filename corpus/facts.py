"""Where each kind of fact is stored, and how a fact becomes a row."""
from __future__ import annotations

from typing import Any

# stage name → (table, renamed fields): a Reference's canonical "id" is the mention's "legal_id"
FACT_TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "references": ("mentions", {"id": "legal_id"}),
    "figures": ("figures", {}),
    "assignments": ("assignments", {}),
}


def table_for(kind: str) -> tuple[str, dict[str, str]]:
    return FACT_TABLES.get(kind, (kind, {}))


def fact_row(kind: str, fact: dict[str, Any], *, document_id: int, sentence: str, language: str, version: str) -> dict[str, Any]:
    _, renames = table_for(kind)
    row = {renames.get(k, k): v for k, v in fact.items() if k != "sentence"}
    row.update(document_id=document_id, sentence=sentence, language=language, extractor_version=version)
    return row
