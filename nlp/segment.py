"""Sentences and tokens with spaCy blank pipelines, one per language, loaded once per process.

Vietnamese is tokenised into syllables (no pyvi word segmentation): it runs about nine times faster
than word segmentation, and the rule-based extractors match syllables anyway.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import spacy
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from nlp import config, languages
from nlp.fast.spacy import ArraySentencizer  # noqa: F401 (registers the vnpolicy_sentencizer factory)

SUPPORTED = languages.codes()  # the languages of nlp/lang/ (nlp/languages.py), read again at each use below
FALLBACK = "xx"  # spaCy's multi-language blank pipeline, for any other language
_lock = threading.Lock()


@lru_cache(maxsize=None)
def abbreviations(lang: str) -> frozenset[str]:
    if lang not in languages.registry():
        return frozenset()
    path = languages.get(lang).folder / "abbreviations.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _list_marker() -> re.Pattern[str]:
    """A list marker opening an item (``1.``, ``IV.``, ``a)``, and the letters past a-z the languages'
    alphabets list with, language.json ``list_letters``: Vietnamese ``đ)``)."""
    extra = "".join(sorted({letter for lang in languages.registry().values() for letter in lang.list_letters}))
    return re.compile(rf"^(?:\d{{1,3}}|[IVXLC]{{1,6}}|[a-z{re.escape(extra)}])\s?[.)]$")


@Language.component("vnpolicy_sentence_repair")
def sentence_repair(doc):
    """Fix the sentencizer's boundaries: a line break always starts a sentence (several paragraphs
    go through spaCy as one Doc); no boundary after an abbreviation (``No. 678``), before a
    lower-case word, or after a list marker (``1.``, ``a)``) opening an item.

    Works on the SENT_START array and writes it back once: spaCy's ``is_sent_start`` setter scans
    the whole Doc on every call."""
    if len(doc) < 2:
        return doc
    abbrev = abbreviations(doc.lang_)
    starts = doc.to_array([SENT_START]).astype("int64")  # uint64 in spaCy; -1 marks "not a start"
    spaces = doc.to_array([IS_SPACE])
    for index in (spaces > 0).nonzero()[0].tolist():
        if "\n" in doc[index].text and index + 1 < len(doc):
            starts[index + 1] = 1
    sentence_start = 0
    for index in (starts > 0).nonzero()[0].tolist():
        if index == 0:
            continue
        token, previous = doc[index], doc[index - 1]
        if previous.is_space and "\n" in previous.text:
            sentence_start = index
        elif previous.text in abbrev or (previous.text == "." and index >= 2 and doc[index - 2].text + "." in abbrev):
            starts[index] = -1
        elif token.text[:1].islower():
            starts[index] = -1
        elif index - sentence_start <= 2 and _list_marker().match(doc[sentence_start:index].text):
            starts[index] = -1
        else:
            sentence_start = index
    doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps to the uint64 spaCy stores
    return doc


def _punctuation_tokenizer(nlp: Language) -> Tokenizer:
    return Tokenizer(
        nlp.vocab,
        prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
        suffix_search=compile_suffix_regex(TOKENIZER_SUFFIXES).search,
        infix_finditer=compile_infix_regex(TOKENIZER_INFIXES).finditer,
    )


def _without_plain_whitespace_cases(rules: dict) -> dict:
    """spaCy's tokenizer exceptions less the whitespace cases ("\\n", "\\t", " ") that make the very
    token plain tokenization makes. A special case met in a text turns the tokenizer's cache off for
    the rest of that text (spaCy issue #1250), and every paragraph break is one: without them the
    cache serves every word met before, and the tokens are the same (tests/test_speed.py)."""
    return {chunk: tokens for chunk, tokens in rules.items() if not (chunk.isspace() and tokens == [{ORTH: chunk}])}


@lru_cache(maxsize=None)
def _pipeline_unlocked(lang: str) -> Language:
    code = lang if lang in languages.registry() else FALLBACK
    options = languages.get(code).spacy if code in languages.registry() else {}
    if options.get("punctuation_tokenizer"):
        nlp = spacy.blank(code, config=options.get("config", {}))
        # Vietnamese: spaCy's syllable mode only splits on spaces ("đàn." stays one token); the rule-based
        # tokenizer with spaCy's shared punctuation rules splits punctuation and keeps syllables
        nlp.tokenizer = _punctuation_tokenizer(nlp)
    else:
        nlp = spacy.blank(code, config=options.get("config", {}))
        nlp.tokenizer.rules = _without_plain_whitespace_cases(nlp.tokenizer.rules)
    nlp.add_pipe("vnpolicy_sentencizer", name="sentencizer")
    nlp.add_pipe("vnpolicy_sentence_repair")
    return nlp


def pipeline(lang: str) -> Language:
    """The blank spaCy pipeline with sentence boundaries for ``lang`` (cached for the process)."""
    with _lock:
        return _pipeline_unlocked(lang if lang in languages.registry() else FALLBACK)


def preload() -> None:
    """Build every pipeline now: a parent process does it once before forking its workers."""
    for lang in (*languages.codes(), FALLBACK):
        pipeline(lang)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    language: str


_PARAGRAPH = re.compile(r"[^\n]+")


def _bounded(runs: list[tuple[str, int, int]], text: str, limit: int) -> Iterator[tuple[str, int, int]]:
    """The runs, those longer than ``limit`` characters cut into pieces of at most ``limit`` (spaCy
    refuses a text over its max_length, and a very long Doc costs memory for nothing): at the last
    line break of a piece (a sentence never crosses one, so the sentences are the same), else at its
    last space (a paragraph of over ``limit`` characters with no break, where no sentence is lost
    but one may end there)."""
    for lang, start, end in runs:
        while end - start > limit:
            cut = text.rfind("\n", start + 1, start + limit)
            if cut <= start:
                cut = text.rfind(" ", start + 1, start + limit)
            if cut <= start:
                cut = start + limit
            yield lang, start, cut
            start = cut
        yield lang, start, end


def sentences(text: str, paragraph_languages: list[str] | None = None, default: str | None = None) -> list[Sentence]:
    """Sentence spans over ``text``. A line break always ends a sentence; each paragraph is
    segmented with the pipeline of its own language (``paragraph_languages``, one per non-empty
    line), falling back to ``default`` (the fallback language of ``nlp.languages.fallback``). Consecutive paragraphs of one language go through spaCy as
    one Doc: one call per language run instead of one per line."""
    paragraphs = [m for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    langs = list(paragraph_languages or [])
    runs: list[tuple[str, int, int]] = []  # (language, start, end) of consecutive same-language paragraphs
    for i, paragraph in enumerate(paragraphs):
        lang = langs[i] if i < len(langs) and langs[i] in languages.registry() else (default or languages.fallback())
        if runs and runs[-1][0] == lang:
            runs[-1] = (lang, runs[-1][1], paragraph.end())
        else:
            runs.append((lang, paragraph.start(), paragraph.end()))
    result: list[Sentence] = []
    for lang, start, end in _bounded(runs, text, config.get_int("text", "segment_max_chars")):
        doc = pipeline(lang)(text[start:end])
        if not len(doc):
            continue
        # the spans of doc.sents read from the token arrays, without a Span object per sentence
        tokens = doc.to_array([IDX, LENGTH, SENT_START]).astype("int64")
        bounds = [0, *((tokens[1:, 2] == 1).nonzero()[0] + 1).tolist(), len(doc)]
        offsets, lengths = tokens[:, 0].tolist(), tokens[:, 1].tolist()
        for first, stop in zip(bounds, bounds[1:]):
            sent_start, sent_end = offsets[first], offsets[stop - 1] + lengths[stop - 1]
            # a sentence never crosses a line break
            piece_start = start + sent_start
            for piece in text[start + sent_start : start + sent_end].split("\n"):
                stripped = piece.strip()
                if stripped:
                    offset = piece_start + piece.index(stripped[0])
                    result.append(Sentence(offset, offset + len(stripped), lang))
                piece_start += len(piece) + 1
    return result
