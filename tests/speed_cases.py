"""Real texts the speed tests compare a fast path with the plain way on: the bundled sample texts, and the first dev
articles when ../shared is present."""
from __future__ import annotations

from pathlib import Path

import extract
from extract.assign import stage

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"


def real_texts(dev_articles: int = 40) -> list[str]:
    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:dev_articles] if DEV.exists() else [])
    return [p.read_text(encoding="utf-8") for p in paths]


def assignments_of(texts: list[tuple[str, str | None]]) -> list[list[dict]]:
    """The assignments of each (text, language) as dicts: the whole pipeline where the language is None, else the
    assignments stage alone on the text read in that language."""
    out = []
    for text, lang in texts:
        doc = extract.document(text) if lang is None else extract.document_from_text(text, lang=lang, stages=[stage])
        out.append([a.to_dict() for a in doc.assignments])
    return out
