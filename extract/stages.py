"""Extraction stages: pluggable steps that each find one kind of fact in a document's clean text.

A stage is any object with ``name`` (the key of its facts in the document JSON), ``version`` (a
string that changes whenever its output may change, so that stored facts can be rebuilt) and
``extract(context) -> list[Fact]``. Stages run in order and see the facts of the stages before them
(figures skip the spans of document references, for instance).
"""
from __future__ import annotations

import importlib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from extract.models import Fact, Sentence

# "module:attribute" of each default stage, in the order they run
DEFAULT_STAGES: list[str] = [
    "extract.refs:stage",
    "extract.figures:stage",
    "extract.assign:stage",
]


@dataclass
class Context:
    """What a stage may read about the document it works on."""

    text: str
    language: str
    sentences: list[Sentence]
    paragraph_languages: list[str] = field(default_factory=list)
    url: str | None = None
    published: str | None = None
    province_code: str | None = None
    facts: dict[str, list[Fact]] = field(default_factory=dict)

    def language_at(self, offset: int) -> str:
        """The language of the sentence at ``offset`` (the document's language between sentences)."""
        # a bisection over the starts of the sentences (which never overlap): a long text has tens
        # of thousands of them, and every fact asks
        starts, ordered = self._sentence_index
        at = bisect_right(starts, offset) - 1
        if at >= 0 and offset < ordered[at].end:
            return ordered[at].language
        return self.language

    @cached_property
    def _sentence_index(self) -> tuple[list[int], list[Sentence]]:
        ordered = sorted(self.sentences, key=lambda s: s.start)
        return [s.start for s in ordered], ordered


class Stage(Protocol):
    name: str
    version: str

    def extract(self, context: Context) -> list[Fact]: ...


_loaded: dict[str, Stage] = {}


def load(spec: str) -> Stage:
    """Import a stage from ``"package.module:attribute"``."""
    if spec not in _loaded:
        module_name, _, attribute = spec.partition(":")
        _loaded[spec] = getattr(importlib.import_module(module_name), attribute or "stage")
    return _loaded[spec]


def default_stages() -> list[Stage]:
    return [load(spec) for spec in DEFAULT_STAGES]


def pipeline_version(stages: list[Stage] | None = None) -> str:
    """One string naming the version of every stage; stored with each fact and document."""
    from extract import BASE_VERSION

    parts = [f"{s.name}-{s.version}" for s in (stages if stages is not None else default_stages())]
    return "+".join([BASE_VERSION, *parts])
