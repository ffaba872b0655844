"""What a user means by a reference they type: ``98/2018/ND-CP``, ``Nghị định 98/2018/NĐ-CP``,
``Decree 98/2018``, ``nghi dinh 98/2018``, ``Luật Hợp tác xã 2023``. Normalised with the same
grammar and tables as extraction, so a typed spelling finds every spelling in the corpus."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.refs import grammar, tables
from extract.refs.extractor import find_references
from nlp.fold import fold

PARTIAL = re.compile(
    r"^\s*(?P<word>[^\d]*?)\s*(?:(?:so|no\.?|n°|nr\.?)\s*:?\s*)?(?P<number>\d{1,6})"
    r"(?:\s*[/-]\s*(?P<year>(?:19|20)\d{2}))?\s*$", re.IGNORECASE)


class RefQueryError(ValueError):
    """The text does not name a legal document."""


@dataclass(frozen=True)
class RefQuery:
    """Either an exact canonical id, a law title (any year when none is given), or a type, number
    and perhaps year when the issuer is missing (``Decree 98/2018``)."""

    id: str | None = None
    title: str | None = None
    type: str | None = None
    number: str | None = None
    year: int | None = None

    def describe(self) -> str:
        if self.id:
            return self.id
        if self.title:
            return f"{self.title} (any year)"
        return " ".join(str(p) for p in (self.type, self.number, self.year) if p)


def _folded_type_words() -> dict[str, str]:
    return {re.sub(r"\s+", " ", fold(word)): t for word, t in grammar.type_word_lookup().items()}


def parse(text: str) -> RefQuery:
    """The document a typed reference names. Raises RefQueryError when it names none."""
    text = " ".join(text.split())
    if not text:
        raise RefQueryError("empty reference")
    for candidate in (text, text.upper()):
        refs = [r for r in find_references(candidate) if r.resolved_from is None]
        numbered = [r for r in refs if r.number]
        if len(numbered) == 1 and numbered[0].issuer:
            if tables.ascii_key(numbered[0].issuer) not in tables.ascii_key(text):
                break  # "Decree 98/2018": no issuer typed, match by type, number and year
            return RefQuery(id=numbered[0].id)
        if len(refs) == 1 and refs[0].title and not numbered and candidate is text:
            ref = refs[0]
            return RefQuery(id=ref.id) if ref.year else RefQuery(title=ref.title)
    m = PARTIAL.match(fold(text))
    if m:
        word = re.sub(r"\s+", " ", m.group("word").strip().rstrip(":"))
        word = re.sub(r"\s+(?:so|no\.?|n°|nr\.?)$", "", word)
        doc_type = _folded_type_words().get(word) if word else None
        if word and doc_type is None:
            raise RefQueryError(f"unknown document type {m.group('word').strip()!r} in {text!r}")
        return RefQuery(type=doc_type, number=m.group("number").lstrip("0") or "0",
                        year=int(m.group("year")) if m.group("year") else None)
    raise RefQueryError(f"not a legal document reference: {text!r} (try 98/2018/NĐ-CP, Decree 98/2018 or Luật Đất đai 2024)")
