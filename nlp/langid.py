"""Language of a text and of each of its paragraphs (langdetect, deterministic).

langdetect alone reads Swedish as Norwegian or Danish on about one short snippet in twelve; when the
full detector names a relative of an expected language, the answer is re-weighed among the expected
languages only. A document's language is a vote of its paragraphs weighted by their letters, so a
short line of Vietnamese site chrome inside an English page does not change the page's language.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from nlp import config
from nlp import languages as registered_languages
from nlp.fast.langdetect import probabilities  # langdetect's detector, faster, the same answers

UNKNOWN = "und"
_DATA = json.loads(Path(__file__).with_name("data").joinpath("langid.json").read_text(encoding="utf-8"))
CONFUSABLE = frozenset(_DATA["confusable_with_expected"])


def _letters(text: str) -> int:
    """How many characters of ``text`` are letters (``str.isalpha``): ``sum(map(str.isalpha, text))``,
    counted in C where it can be, the same count (tests/test_speed_paths.py compares them): an ASCII
    text by deleting its other bytes, a long one by a table of the letters below U+2500 looked up as
    an array of its code points (numpy)."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NOT_LETTERS))
    if len(text) < _LETTERS_BY_ARRAY_FROM:
        return sum(map(str.isalpha, text))
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    beyond = codes >= len(_IS_LETTER)
    if not beyond.any():
        return int(np.count_nonzero(_IS_LETTER[codes]))
    below = codes[~beyond]
    return int(np.count_nonzero(_IS_LETTER[below])) + sum(chr(code).isalpha() for code in codes[beyond].tolist())


_ASCII_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_IS_LETTER = np.array([chr(code).isalpha() for code in range(0x2500)], dtype=bool)
_LETTERS_BY_ARRAY_FROM = 200  # under this many characters the array's set-up costs more than it saves


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    probability: float


def detect(text: str, expected: tuple[str, ...] | None = None) -> LanguageGuess:
    """The language of one stretch of text: an ISO 639-1 code, or ``und`` where unknowable."""
    expected = tuple(expected or registered_languages.expected())
    if _letters(text) < config.get_int("langid", "min_letters"):
        return LanguageGuess(UNKNOWN, 0.0)
    full = probabilities(text, None)
    if not full:
        return LanguageGuess(UNKNOWN, 0.0)
    top, prob = full[0]
    if top in expected:
        return LanguageGuess(top, prob)
    if top in CONFUSABLE:
        restricted = probabilities(text, expected)
        if restricted and restricted[0][1] >= 0.5:
            return LanguageGuess(*restricted[0])
    return LanguageGuess(top, prob)


def detect_paragraphs(paragraphs: list[str], expected: tuple[str, ...] | None = None) -> list[str]:
    return [detect(p, expected).language for p in paragraphs]


@lru_cache(maxsize=20000)
def detect_among(text: str, languages: tuple[str, ...]) -> str:
    """The language of a paragraph among a few candidates only: several times faster than weighing
    all of langdetect's profiles, which the document-level guess has already done."""
    if _letters(text) < config.get_int("langid", "min_letters"):
        return UNKNOWN
    found = probabilities(text, languages, max_chars=config.get_int("langid", "paragraph_max_chars"),
                           trials=config.get_int("langid", "paragraph_trials"))
    return found[0][0] if found else UNKNOWN


def vote(paragraphs: list[str], languages: list[str]) -> str:
    """The document's language: paragraphs vote with their letter counts; short lines do not vote
    unless nothing else does."""
    min_chars = config.get_int("langid", "min_vote_chars")
    weights: dict[str, int] = {}
    short: dict[str, int] = {}
    for text, lang in zip(paragraphs, languages):
        if lang == UNKNOWN:
            continue
        bucket = weights if len(text.strip()) >= min_chars else short
        bucket[lang] = bucket.get(lang, 0) + _letters(text)
    chosen = weights or short
    if not chosen:
        return UNKNOWN
    return max(chosen.items(), key=lambda kv: kv[1])[0]


class DocumentLanguages(NamedTuple):
    language: str  # the document's
    paragraphs: list[str]  # the language of each non-empty paragraph, in order


def detect_document(text: str, expected: tuple[str, ...] | None = None) -> DocumentLanguages:
    """(document language, language of each non-empty paragraph in order).

    The document is first weighed against every profile on its long paragraphs (one call); when
    that names an expected language (or a relative of one), each paragraph is then detected among
    the expected languages only and the document's language is their vote."""
    expected = tuple(expected or registered_languages.expected())
    paragraphs = [p for p in text.split("\n") if p.strip()]
    overall = overall_language(document_sample(paragraphs), expected)
    if overall not in expected:
        return DocumentLanguages(overall, [overall if _letters(p) >= config.get_int("langid", "min_letters") else UNKNOWN
                                           for p in paragraphs])
    markers = marker_letters(overall)
    languages = [overall if _carries_markers(p, markers) else detect_among(p, expected) for p in paragraphs]
    languages = [_weighed_without_names(p, lang, overall, expected) for p, lang in zip(paragraphs, languages)]
    return DocumentLanguages(vote(paragraphs, languages), languages)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _weighed_without_names(paragraph: str, lang: str, overall: str, expected: tuple[str, ...]) -> str:
    """A paragraph read as another language than its document's is weighed again without its capitalised words:
    the names of an English page's list of Vietnamese provinces (``Chairmen of people's committees in Hà Tĩnh,
    Quảng Trị, Huế, …, Khánh Hòa and Lâm Đồng provinces must develop …``, round 27b) tip it to Vietnamese, though
    the words around them are English. Where the rest is the document's language the paragraph is; a paragraph
    whose own lower-case words are another language (a quotation) stays so, and one with too few letters left
    keeps its first reading."""
    if lang in (overall, UNKNOWN):
        return lang
    rest = _WORD.sub(lambda w: "" if w.group()[0].isupper() else w.group(), paragraph)
    return overall if detect_among(rest, expected) == overall else lang


def document_sample(paragraphs: list[str]) -> str:
    """What a document's language is first weighed on: its long paragraphs (all of them when none
    is long), the first ``[langid] document_sample_chars`` characters."""
    min_chars = config.get_int("langid", "min_vote_chars")
    long_text = "\n".join(p for p in paragraphs if len(p.strip()) >= min_chars) or "\n".join(paragraphs)
    return long_text[: config.get_int("langid", "document_sample_chars")]


def overall_language(sample: str, expected: tuple[str, ...]) -> str:
    """The language of a document's sample of long paragraphs, as ``detect`` weighing every profile
    gives it. A sample of which at least ``[langid] document_marker_share`` of the letters are one
    expected language's own letters is that language without weighing: Vietnamese prose writes
    them in one letter in five to eight, a text in any other language in under one in a hundred
    (names and quotes). A short sample (under ``document_marker_min_letters`` letters) is always
    weighed. tests/test_speed_paths.py checks the answer is detect's on every gold
    text, the seeds and the dev articles."""
    share = config.get_float("langid", "document_marker_share")
    letters = _letters(sample)
    if letters >= config.get_int("langid", "document_marker_min_letters"):
        lowered = sample.lower()
        for lang in expected:
            markers = marker_letters(lang)
            if markers and len(_marker_class(markers).findall(lowered)) >= share * letters:
                return lang
    return detect(sample, expected).language


@lru_cache(maxsize=None)
def marker_letters(lang: str) -> frozenset[str]:
    """Letters only ``lang`` writes among the corpus languages (nlp/lang/<code>/marker_letters.txt)."""
    path = Path(__file__).with_name("lang") / lang / "marker_letters.txt"
    if not path.exists():
        return frozenset()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return frozenset("".join(lines).split())


@lru_cache(maxsize=None)
def _marker_class(markers: frozenset[str]) -> re.Pattern[str]:
    """A regex of one marker letter (the markers are single letters; any longer one is never met
    letter by letter, so it is left out)."""
    letters = sorted(m for m in markers if len(m) == 1)
    return re.compile("[" + "".join(re.escape(letter) for letter in letters) + "]" if letters else "(?!)")


def _carries_markers(paragraph: str, markers: frozenset[str]) -> bool:
    """A long paragraph with several of its document language's own letters needs no detection:
    none of the other corpus languages writes them. Everything else is left to langdetect."""
    if not markers or len(paragraph) < config.get_int("langid", "min_vote_chars"):
        return False
    found = len(_marker_class(markers).findall(paragraph.lower()))
    return found >= max(3, len(paragraph) // 40)
