"""Language of a text and of each of its paragraphs (langdetect, deterministic).

langdetect alone reads Swedish as Norwegian or Danish on about one short snippet in twelve; when the
full detector names a relative of an expected language, the answer is re-weighed among the expected
languages only. A document's language is a vote of its paragraphs weighted by their letters, so a
short line of Vietnamese site chrome inside an English page does not change the page's language.
"""
from __future__ import annotations

import json
import threading
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

from nlp import config

UNKNOWN = "und"
_DATA = json.loads(Path(__file__).with_name("data").joinpath("langid.json").read_text(encoding="utf-8"))
CONFUSABLE = frozenset(_DATA["confusable_with_expected"])

_lock = threading.Lock()
_factories: dict[tuple[str, ...] | None, DetectorFactory] = {}


def _factory(languages: tuple[str, ...] | None) -> DetectorFactory:
    """A detector factory for all of langdetect's profiles (None) or for only the given languages."""
    with _lock:
        if languages not in _factories:
            factory = DetectorFactory()
            factory.seed = config.get_int("langid", "seed")
            if languages is None:
                factory.load_profile(PROFILES_DIRECTORY)
            else:
                profiles = []
                for code in languages:
                    path = Path(PROFILES_DIRECTORY) / code
                    profiles.append(path.read_text(encoding="utf-8"))
                factory.load_json_profile(profiles)
            _factories[languages] = factory
        return _factories[languages]


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def _probabilities(text: str, languages: tuple[str, ...] | None, max_chars: int | None = None,
                   trials: int | None = None) -> list[tuple[str, float]]:
    detector = _factory(languages).create()
    if max_chars:
        detector.set_max_text_length(max_chars)
    if trials:
        detector.n_trial = trials
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException:
        return []


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    probability: float


def detect(text: str, expected: tuple[str, ...] | None = None) -> LanguageGuess:
    """The language of one stretch of text: an ISO 639-1 code, or ``und`` where unknowable."""
    expected = tuple(expected or config.get_list("langid", "expected"))
    if _letters(text) < config.get_int("langid", "min_letters"):
        return LanguageGuess(UNKNOWN, 0.0)
    full = _probabilities(text, None)
    if not full:
        return LanguageGuess(UNKNOWN, 0.0)
    top, prob = full[0]
    if top in expected:
        return LanguageGuess(top, prob)
    if top in CONFUSABLE:
        restricted = _probabilities(text, expected)
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
    found = _probabilities(text, languages, max_chars=config.get_int("langid", "paragraph_max_chars"),
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


def detect_document(text: str, expected: tuple[str, ...] | None = None) -> tuple[str, list[str]]:
    """(document language, language of each non-empty paragraph in order).

    The document is first weighed against every profile on its long paragraphs (one call); when
    that names an expected language (or a relative of one), each paragraph is then detected among
    the expected languages only and the document's language is their vote."""
    expected = tuple(expected or config.get_list("langid", "expected"))
    paragraphs = [p for p in text.split("\n") if p.strip()]
    min_chars = config.get_int("langid", "min_vote_chars")
    long_text = "\n".join(p for p in paragraphs if len(p.strip()) >= min_chars) or "\n".join(paragraphs)
    overall = detect(long_text[: config.get_int("langid", "document_sample_chars")], expected).language
    if overall not in expected:
        return overall, [overall if _letters(p) >= config.get_int("langid", "min_letters") else UNKNOWN for p in paragraphs]
    markers = marker_letters(overall)
    languages = [overall if _carries_markers(p, markers) else detect_among(p, expected) for p in paragraphs]
    return vote(paragraphs, languages), languages


@lru_cache(maxsize=None)
def marker_letters(lang: str) -> frozenset[str]:
    """Letters only ``lang`` writes among the corpus languages (nlp/lang/<code>/marker_letters.txt)."""
    path = Path(__file__).with_name("lang") / lang / "marker_letters.txt"
    if not path.exists():
        return frozenset()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return frozenset("".join(lines).split())


def _carries_markers(paragraph: str, markers: frozenset[str]) -> bool:
    """A long paragraph with several of its document language's own letters needs no detection:
    none of the other corpus languages writes them. Everything else is left to langdetect."""
    if not markers or len(paragraph) < config.get_int("langid", "min_vote_chars"):
        return False
    lowered = paragraph.lower()
    found = sum(1 for c in lowered if c in markers)
    return found >= max(3, len(paragraph) // 40)
