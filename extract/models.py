"""Facts and documents: frozen dataclasses carrying spans into the document's clean text."""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Fact:
    """A fact found in a text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        values = {name: getattr(self, name) for name in _field_names(type(self))}
        if all(type(value) in _SCALARS for value in values.values()):
            return values  # what dataclasses.asdict gives, without its deep copy of every value
        return dataclasses.asdict(self)


_SCALARS = frozenset({str, int, float, bool, type(None)})


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@dataclass(frozen=True, kw_only=True)
class Reference(Fact):
    """A reference to a legal or policy document, with its canonical id (CONTRACTS.md)."""

    id: str
    type: str
    number: str | None = None
    year: int | None = None
    issuer: str | None = None
    issued: str | None = None  # ISO date the text gives for the cited document
    relation: str = "cites"  # cites | amends | replaces | implements | guides
    title: str | None = None  # for documents cited by name
    resolved_from: int | None = None  # for a short repeat reference: start of the full one it resolves to
    # the dated id this reference means: its own id when dated or numbered; for a law named without a
    # year, the version the text names elsewhere or the one in force at the document's date (null: unknown)
    resolved: str | None = None


@dataclass(frozen=True, kw_only=True)
class Figure(Fact):
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # more_than | at_least | about | nearly | up_to | less_than
    unit: str | None = None
    currency: str | None = None
    scale: float | None = None  # 1e3, 1e6, 1e9, 1e12 when a scale word multiplied the number
    per: str | None = None  # "kg", "year", … for rates such as VND/kg
    reading: str | None = None  # the number convention used: "dot_decimal", "comma_decimal", "space_thousands"


@dataclass(frozen=True, kw_only=True)
class Assignment(Fact):
    agency_id: str | None
    agency: str
    role: str  # lead | coordinate | assignee
    task: str | None = None
    deadline: str | None = None
    deadline_qualifier: str | None = None  # before | by | in
    assigned_by: str | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    language: str


# the keys of the document JSON that are not facts (Document.to_dict); every other key is a fact kind
DOCUMENT_KEYS = ("language", "title", "published", "url", "canonical_url", "text")


@dataclass
class Document:
    """One page or file turned into clean text and facts."""

    text: str
    language: str = "und"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    paragraph_languages: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    facts: dict[str, list[Fact]] = field(default_factory=dict)

    def __getattr__(self, name: str) -> list[Fact]:
        """``doc.figures``, ``doc.references``, …: the facts of a registered stage (none if it did not run)."""
        if name.startswith("_"):
            raise AttributeError(name)
        from extract.stages import UnknownStage, registration

        try:
            registration(name)
        except UnknownStage:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
        return self.facts.get(name, [])

    def sentence_of(self, start: int, end: int | None = None) -> str:
        """The sentence holding a span (or the sentences it crosses)."""
        end = start if end is None else end
        covering = [s for s in self.sentences if s.start <= end and s.end > start] or [
            s for s in self.sentences if s.start <= start < s.end
        ]
        if not covering:
            line_start = self.text.rfind("\n", 0, start) + 1
            line_end = self.text.find("\n", end)
            return self.text[line_start : line_end if line_end >= 0 else len(self.text)].strip()
        return self.text[covering[0].start : covering[-1].end]

    def _sentence_finder(self):
        """``sentence_of`` by bisection when the sentences are in order and do not overlap (as
        nlp.segment gives them), else ``sentence_of`` itself."""
        starts = [s.start for s in self.sentences]
        ends = [s.end for s in self.sentences]
        if any(a > b for a, b in zip(ends, starts[1:])) or any(s.start > s.end for s in self.sentences):
            return self.sentence_of

        def sentence(start: int, end: int) -> str:
            first = bisect.bisect_right(ends, start)  # the first sentence ending after the start
            last = bisect.bisect_right(starts, end) - 1  # the last sentence starting by the end
            if first > last:
                return self.sentence_of(start, end)
            return self.text[self.sentences[first].start : self.sentences[last].end]

        return sentence

    def to_dict(self) -> dict[str, Any]:
        sentence_of = self._sentence_finder()
        out: dict[str, Any] = {  # DOCUMENT_KEYS, then the facts
            "language": self.language,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "text": self.text,
        }
        from extract.stages import registered

        # every registered stage's key, in the order they run (empty when it did not run), then the others
        for kind in [*(r.name for r in registered()), *self.facts]:
            if kind not in out:
                out[kind] = [dict(f.to_dict(), sentence=sentence_of(f.start, f.end)) for f in self.facts.get(kind, [])]
        return out
