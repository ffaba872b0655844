"""Language of a text and of each of its paragraphs (langdetect, deterministic).

langdetect alone reads Swedish as Norwegian or Danish on about one short snippet in twelve; when the
full detector names a relative of an expected language, the answer is re-weighed among the expected
languages only. A document's language is a vote of its paragraphs weighted by their letters, so a
short line of Vietnamese site chrome inside an English page does not change the page's language.
"""
from __future__ import annotations

import json
import re
import threading
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

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
    return sum(map(str.isalpha, text))


_SPACE_RUN = re.compile(" {2,}")
_LATIN_LETTER = re.compile("[A-z]")  # langdetect's own test: 'A' <= ch <= 'z'
_ABOVE_COMBINING = re.compile("[\u0300-\U0010ffff]")
_LATIN_RUN = re.compile("[A-z]+")
_NORMALIZED: dict[int, str] = {}  # code point → NGram.normalize of it, grown as characters are met
_WORD_NGRAMS: dict[int, dict[tuple[str, bool], list[str]]] = {}  # per profile map: word → its n-grams
_WORD_CACHE_LIMIT = 200_000
# from this many languages on, a trial's probability vector is updated by numpy
_NUMPY_FROM_LANGUAGES = 8
_ROWS: dict[int, dict[str, np.ndarray]] = {}  # per profile map: n-gram → its probabilities as an array
_ROWS_LIMIT = 50_000


def _word_ngrams(word: str, followed_by_space: bool, known: dict) -> list[str]:
    """langdetect's n-gram walk (``NGram.add_char`` and ``Detector._extract_ngrams``) over one word of
    normalised characters, from the state every word starts in (the walk resets at each space)."""
    grams, capital, result = " ", False, []
    for ch in (word + " " if followed_by_space else word):
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if ch == " ":
                continue
        elif len(grams) >= NGram.N_GRAM:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            w = grams[-n:]
            if w != " " and w in known:
                result.append(w)
    return result


class _Detector(Detector):
    """langdetect's Detector with its text preparation done by regexes and translate tables and its
    n-gram extraction done once per distinct word instead of once per character: the same n-grams
    in the same order, hence the same seeded random trials and the same probabilities
    (tests/test_speed.py compares both on real text)."""

    def append(self, text):
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACE_RUN.sub(" ", text[: self.max_text_length])

    def cleaning_text(self):
        # langdetect compares a block number with a block name here, so every character from U+0300
        # on counts as non-Latin, Vietnamese letters included; kept as it is for the same answers
        latin = len(_LATIN_LETTER.findall(self.text))
        non_latin = len(_ABOVE_COMBINING.findall(self.text))
        if latin * 2 < non_latin:
            self.text = _LATIN_RUN.sub("", self.text)

    def _detect_block(self):
        """langdetect's trials, the same arithmetic in the same order with the same random draws,
        on lists instead of index loops (``_update_lang_prob`` and ``_normalize_prob`` inlined)."""
        if self.verbose:
            return super()._detect_block()
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        known = self.word_lang_prob_map  # every extracted n-gram is in it
        self.langprob = [0.0] * len(self.langlist)
        draw = self.random
        draw.seed(self.seed)
        many = len(self.langlist) > _NUMPY_FROM_LANGUAGES
        if many:  # every profile: whole-vector numpy arithmetic, element by element the same floats
            rows = _ROWS.setdefault(id(known), {})
            if len(rows) > _ROWS_LIMIT:
                rows.clear()
        for _ in range(self.n_trial):
            prob = self._init_probability()
            alpha = self.alpha + draw.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i = 0
            if many:
                prob = np.array(prob)
                while True:
                    word = draw.choice(ngrams)
                    row = rows.get(word)
                    if row is None:
                        row = rows[word] = np.array(known[word])
                    prob *= weight + row
                    if i % 5 == 0:
                        prob /= sum(prob.tolist())  # summed left to right, as langdetect sums
                        if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                prob = prob.tolist()
            else:
                while True:
                    row = known[draw.choice(ngrams)]
                    prob = [p * (weight + q) for p, q in zip(prob, row)]
                    if i % 5 == 0:
                        total = sum(prob)
                        prob = [p / total for p in prob]
                        if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
            for j in range(len(self.langprob)):
                self.langprob[j] += prob[j] / self.n_trial

    def _extract_ngrams(self):
        known = self.word_lang_prob_map
        cache = _WORD_NGRAMS.setdefault(id(known), {})
        if len(cache) > _WORD_CACHE_LIMIT:
            cache.clear()
        text = self.text
        for ch in set(text):
            if ord(ch) not in _NORMALIZED:
                _NORMALIZED[ord(ch)] = NGram.normalize(ch)
        words = text.translate(_NORMALIZED).split(" ")
        result: list[str] = []
        last = len(words) - 1
        for index, word in enumerate(words):
            if not word:
                continue
            key = (word, index < last)
            found = cache.get(key)
            if found is None:
                found = cache[key] = _word_ngrams(word, index < last, known)
            result.extend(found)
        return result


def _probabilities(text: str, languages: tuple[str, ...] | None, max_chars: int | None = None,
                   trials: int | None = None) -> list[tuple[str, float]]:
    detector = _Detector(_factory(languages))
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
