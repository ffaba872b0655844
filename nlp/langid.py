"""Language of a text and of each of its paragraphs (langdetect, deterministic).

langdetect alone reads Swedish as Norwegian or Danish on about one short snippet in twelve; when the
full detector names a relative of an expected language, the answer is re-weighed among the expected
languages only. A document's language is a vote of its paragraphs weighted by their letters, so a
short line of Vietnamese site chrome inside an English page does not change the page's language.
"""
from __future__ import annotations

import json
import random
import re
import threading
from itertools import chain
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from nlp import config
from nlp import languages as registered_languages

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
_ABOVE_COMBINING_RUN = re.compile("[\u0300-\U0010ffff]+")
_LATIN_RUN = re.compile("[A-z]+")  # langdetect's own test of a Latin letter: 'A' <= ch <= 'z'
_NORMALIZED: dict[int, str] = {}  # code point → NGram.normalize of it, grown as characters are met
_WORD_NGRAMS: dict[int, tuple[dict[str, list[str]], dict[str, list[str]]]] = {}  # per profile map: word → its n-grams
_WORD_CACHE_LIMIT = 200_000
# from this many languages on, a trial's probability vector is updated by numpy
_NUMPY_FROM_LANGUAGES = 8
_ROWS: dict[int, dict[str, np.ndarray]] = {}  # per profile map: n-gram → its probabilities as an array
_ROWS_LIMIT = 50_000
_largest = np.maximum.reduce  # ndarray.max without its Python wrapper


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


_thread_state = threading.local()


def _random_generator() -> random.Random:
    if not hasattr(_thread_state, "random"):
        _thread_state.random = random.Random()
    return _thread_state.random


class _Detector(Detector):
    """langdetect's Detector with its text preparation done by regexes and translate tables and its
    n-gram extraction done once per distinct word instead of once per character: the same n-grams
    in the same order, hence the same seeded random trials and the same probabilities
    (tests/test_speed.py compares both on real text)."""

    def __init__(self, factory):
        # langdetect's own __init__, but with a per-thread random generator: a new random.Random()
        # per detector reads the system's entropy to seed itself, and every run reseeds it anyway
        self.word_lang_prob_map = factory.word_lang_prob_map
        self.langlist = factory.langlist
        self.seed = factory.seed
        self.random = _random_generator()
        self.text = ""
        self.langprob = None
        self.alpha = self.ALPHA_DEFAULT
        self.n_trial = 7
        self.max_text_length = 10000
        self.prior_map = None
        self.verbose = False

    def append(self, text):
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACE_RUN.sub(" ", text[: self.max_text_length])

    def cleaning_text(self):
        # langdetect compares a block number with a block name here, so every character from U+0300
        # on counts as non-Latin, Vietnamese letters included; kept as it is for the same answers
        latin = sum(map(len, _LATIN_RUN.findall(self.text)))  # counted by runs: fewer, shorter lists
        non_latin = sum(map(len, _ABOVE_COMBINING_RUN.findall(self.text)))
        if latin * 2 < non_latin:
            self.text = _LATIN_RUN.sub("", self.text)

    def _detect_block(self):
        """langdetect's trials, the same arithmetic in the same order with the same random draws,
        on lists instead of index loops (``_update_lang_prob`` and ``_normalize_prob`` inlined,
        ``random.choice`` as its own ``getrandbits`` loop)."""
        if self.verbose:
            return super()._detect_block()
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        known = self.word_lang_prob_map  # every extracted n-gram is in it
        size = len(self.langlist)
        self.langprob = [0.0] * size
        draw = self.random
        draw.seed(self.seed)
        getrandbits, count = draw.getrandbits, len(ngrams)
        bits = count.bit_length()
        many = size > _NUMPY_FROM_LANGUAGES
        if many:  # every profile: whole-vector numpy arithmetic, element by element the same floats
            rows = _ROWS.setdefault(id(known), {})
            if len(rows) > _ROWS_LIMIT:
                rows.clear()
        threshold, limit = self.CONV_THRESHOLD, self.ITERATION_LIMIT
        for _ in range(self.n_trial):
            prob = self._init_probability()
            alpha = self.alpha + draw.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i = 0
            if many:
                # the iterations between two convergence checks (the first, then five at a time) in
                # one product down the columns of [prob; weight + row, ...]: numpy multiplies a
                # column top to bottom, so each element sees the same products in the same order
                stack = np.empty((6, size))
                stack[0] = prob
                block = 1
                while True:
                    for k in range(1, block + 1):
                        pick = getrandbits(bits)  # random.choice(ngrams): the same draws, one frame less
                        while pick >= count:
                            pick = getrandbits(bits)
                        word = ngrams[pick]
                        row = rows.get(word)
                        if row is None:
                            row = rows[word] = np.array(known[word])
                        stack[k] = row
                    part = stack[: block + 1]
                    part[1:] += weight
                    prob = np.multiply.reduce(part, axis=0)
                    prob /= sum(prob.tolist())  # summed left to right, as langdetect sums
                    i += block
                    if _largest(prob) > threshold or i - 1 >= limit:
                        break
                    stack[0] = prob
                    block = 5
                prob = prob.tolist()
            elif size == 4:  # the expected languages: the four products written out
                p0, p1, p2, p3 = prob
                while True:
                    pick = getrandbits(bits)
                    while pick >= count:
                        pick = getrandbits(bits)
                    q0, q1, q2, q3 = known[ngrams[pick]]
                    p0 *= weight + q0
                    p1 *= weight + q1
                    p2 *= weight + q2
                    p3 *= weight + q3
                    if i % 5 == 0:
                        total = p0 + p1 + p2 + p3  # sum() of the list: left to right from 0
                        p0, p1, p2, p3 = p0 / total, p1 / total, p2 / total, p3 / total
                        if max(p0, p1, p2, p3) > threshold or i >= limit:
                            break
                    i += 1
                prob = [p0, p1, p2, p3]
            else:
                while True:
                    pick = getrandbits(bits)
                    while pick >= count:
                        pick = getrandbits(bits)
                    row = known[ngrams[pick]]
                    prob = [p * (weight + q) for p, q in zip(prob, row)]
                    if i % 5 == 0:
                        total = sum(prob)
                        prob = [p / total for p in prob]
                        if max(prob) > threshold or i >= limit:
                            break
                    i += 1
            for j in range(size):
                self.langprob[j] += prob[j] / self.n_trial

    def _extract_ngrams(self):
        known = self.word_lang_prob_map
        # word → its n-grams, for words followed by a space (all but the text's last) and for the last
        spaced, final = _WORD_NGRAMS.setdefault(id(known), ({}, {}))
        if len(spaced) > _WORD_CACHE_LIMIT:
            spaced.clear()
            final.clear()
        text = self.text
        for ch in set(text):
            if ord(ch) not in _NORMALIZED:
                _NORMALIZED[ord(ch)] = NGram.normalize(ch)
        words = text.translate(_NORMALIZED).split(" ")
        last = words.pop()
        for word in set(words).difference(spaced):
            if word:
                spaced[word] = _word_ngrams(word, True, known)
        result = list(chain.from_iterable(map(spaced.__getitem__, filter(None, words))))
        if last:
            if last not in final:
                final[last] = _word_ngrams(last, False, known)
            result += final[last]
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
    expected = tuple(expected or registered_languages.expected())
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
    expected = tuple(expected or registered_languages.expected())
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
