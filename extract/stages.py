"""Extraction stages: pluggable steps that each find one kind of fact in a document's clean text,
and the registry of them that the whole project follows.

A stage is any object with ``name`` (the key of its facts in the document JSON), ``version`` (a
string that changes whenever its output may change, so that stored facts can be rebuilt) and
``extract(context) -> list[Fact]``. Stages run in order and see the facts of the stages before them
(figures skip the spans of document references, for instance).

A *registered* stage (``Registered``) adds what the rest of the project needs to know about its
facts: their dataclass (whose fields are the columns of their table), the corpus table they are
stored in, the fields renamed on the way, and the key fields by which the evaluation matches a
prediction to a gold fact. Storage, deletion on reprocess, export, coverage, the Datasette metadata
and ``vnpolicy eval`` all iterate over ``registered()``.

Each stage's folder declares it in ``extract/<folder>/stage.json`` (data: names, not code), and the
registry is what those files say, in their ``order``; ``register`` adds a stage at run time (a
plugin, a test), ``unregister`` removes it. Declaring a stage does not import it: ``stage`` is the
``"module:attribute"`` of the object, loaded when the pipeline first runs, so that listing the fact
kinds (the command line's choices) costs no extractor import (the fact dataclass is imported: keep
it in a light module such as ``extract.models``).
"""
from __future__ import annotations

import dataclasses
import importlib
import json
import types
import typing
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Mapping, Protocol, Union

from extract.models import Fact, Sentence

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


# SQL type of a fact field, by its annotation (``str | None`` → TEXT); a field of any other type is TEXT
SQL_TYPES: dict[type, str] = {int: "INTEGER", float: "REAL", str: "TEXT", bool: "INTEGER"}
# the fields every fact has, stored under their own names (start, end: the span; text: as written)
SPAN_FIELDS = ("start", "end", "text")


class ExportHelp(typing.NamedTuple):
    """The help of a stage's export subcommand: what a row is, and one example command."""

    summary: str
    example: str


@dataclass(frozen=True)
class Registered:
    """A stage as storage, export, coverage, the Datasette metadata and the evaluation see it."""

    name: str  # the key of its facts in the document JSON, the gold folder tests/gold/<name>/, `coverage --fact`
    stage: str | Stage  # the object that extracts, or its "module:attribute" (loaded on first use)
    fact: type[Fact]  # the dataclass of its facts: its fields (but ``start``, ``end``, ``text``) are the table's columns
    table: str  # the corpus table of its facts (a contract: CONTRACTS.md), and the `vnpolicy export` kind
    keys: tuple[str, ...] = ()  # fields that must be equal for a prediction to match a gold fact (spans overlapping)
    renames: Mapping[str, str] = field(default_factory=dict)  # fact field → column, where they differ
    # how the command line and the Datasette pages show its table (none of it changes what is stored):
    description: str = ""  # what its facts are, one sentence: its table's description in Datasette
    export_help: ExportHelp | None = None  # `vnpolicy export <table> --help` (None: a generic text)
    # left out of its Datasette table page, after the span and version columns every fact table hides
    hidden_columns: tuple[str, ...] = ()
    readable_numbers: tuple[str, ...] = ()  # columns shown as 15.2 trillion on its Datasette table page

    def load(self) -> Stage:
        return load(self.stage) if isinstance(self.stage, str) else self.stage

    def columns(self) -> dict[str, str]:
        """Column → SQL type of the fact's own fields, in the order of the dataclass, renamed."""
        hints = typing.get_type_hints(self.fact)
        return {self.renames.get(f.name, f.name): _sql_type(hints.get(f.name, str))
                for f in dataclasses.fields(self.fact) if f.name not in SPAN_FIELDS}


def _sql_type(annotation) -> str:
    """``int | None`` → INTEGER: the first type of a union that is not None decides."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        annotation = next((a for a in typing.get_args(annotation) if a is not type(None)), str)
    return SQL_TYPES.get(annotation, "TEXT")


STAGE_FILE = "stage.json"
STAGE_FILE_KEYS = ("name", "stage", "fact", "table", "order")  # required; the other keys may be left out


def discover(root: Path | None = None) -> dict[str, Registered]:
    """The stages declared by the folders of ``extract/`` (``<folder>/stage.json``), in their order:
    adding a stage is adding a folder."""
    declared = []
    for path in sorted((root or Path(__file__).parent).glob(f"*/{STAGE_FILE}")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        missing = [key for key in STAGE_FILE_KEYS if key not in spec]
        if missing:
            raise ValueError(f"{path}: a stage file needs {', '.join(missing)}")
        module_name, _, attribute = spec["fact"].partition(":")
        fact = getattr(importlib.import_module(module_name), attribute, None)
        if not (isinstance(fact, type) and issubclass(fact, Fact) and dataclasses.is_dataclass(fact)):
            raise ValueError(f"{path}: fact {spec['fact']!r} is not a dataclass of extract.models.Fact")
        help_spec = spec.get("export_help")
        entry = Registered(spec["name"], spec["stage"], fact, spec["table"], keys=tuple(spec.get("keys", ())),
                           renames=dict(spec.get("renames", {})), description=spec.get("description", ""),
                           export_help=ExportHelp(help_spec["summary"], help_spec["example"]) if help_spec else None,
                           hidden_columns=tuple(spec.get("hidden_columns", ())),
                           readable_numbers=tuple(spec.get("readable_numbers", ())))
        declared.append((spec["order"], entry))
    declared.sort(key=lambda pair: pair[0])
    for attribute in ("name", "table"):
        values = [getattr(entry, attribute) for _, entry in declared]
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            raise ValueError(f"two stage files declare the {attribute} {', '.join(twice)}")
    return {entry.name: entry for _, entry in declared}


# the stages that run by default, in the order they run: references, figures (which skip the
# references' spans), assignments
_REGISTRY: dict[str, Registered] = discover()

# "module:attribute" of each default stage, in the order they run
DEFAULT_STAGES: list[str] = [r.stage for r in _REGISTRY.values() if isinstance(r.stage, str)]


class UnknownStage(LookupError):
    """A fact kind that no registered stage makes; the message is one line for the user."""

    def __init__(self, name: str):
        super().__init__(f"no stage is registered for the facts {name!r} (registered: {', '.join(_REGISTRY)})")
        self.name = name


def registered() -> list[Registered]:
    """Every registered stage, in the order they run."""
    return list(_REGISTRY.values())


def registration(name: str) -> Registered:
    """The registered stage whose facts are ``name``; UnknownStage when there is none."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownStage(name) from None


def register(entry: Registered) -> Registered:
    """Add a stage after those registered (it runs last); its name and its table must be new."""
    if entry.name in _REGISTRY:
        raise ValueError(f"a stage named {entry.name!r} is registered already")
    if any(r.table == entry.table for r in _REGISTRY.values()):
        raise ValueError(f"the table {entry.table!r} holds the facts of another stage")
    _REGISTRY[entry.name] = entry
    return entry


def unregister(name: str) -> None:
    registration(name)  # an unknown name is an error, not a silent no-op
    del _REGISTRY[name]


_loaded: dict[str, Stage] = {}


def load(spec: str) -> Stage:
    """Import a stage from ``"package.module:attribute"``."""
    if spec not in _loaded:
        module_name, _, attribute = spec.partition(":")
        _loaded[spec] = getattr(importlib.import_module(module_name), attribute or "stage")
    return _loaded[spec]


def default_stages() -> list[Stage]:
    """The registered stages' objects, in the order they run."""
    return [r.load() for r in _REGISTRY.values()]


def pipeline_version(stages: list[Stage] | None = None) -> str:
    """One string naming the version of every stage; stored with each fact and document."""
    from extract import BASE_VERSION

    parts = [f"{s.name}-{s.version}" for s in (stages if stages is not None else default_stages())]
    return "+".join([BASE_VERSION, *parts])
