"""langdetect's detector, faster, with the same answers: the one module that reaches into langdetect's
internals (its Detector's text preparation, n-gram walk and trials), for nlp.langid.

Detecting the language of a page cost 8.7 ms with langdetect's own Detector and costs 2.5 ms here
(README, "Processing speed"). tests/test_speed.py compares the probabilities with those of
langdetect's own Detector, built by the same public ``DetectorFactory``, on literal cases and on
the real paragraphs of the seeds and the dev articles.
"""
from __future__ import annotations

import random
import re
import threading
from itertools import chain
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from nlp import config

_lock = threading.Lock()
_factories: dict[tuple[str, ...] | None, DetectorFactory] = {}


def factory(languages: tuple[str, ...] | None) -> DetectorFactory:
    """A detector factory for all of langdetect's profiles (None) or for only the given languages."""
    with _lock:
        if languages not in _factories:
            made = DetectorFactory()
            made.seed = config.get_int("langid", "seed")
            if languages is None:
                made.load_profile(PROFILES_DIRECTORY)
            else:
                profiles = []
                for code in languages:
                    path = Path(PROFILES_DIRECTORY) / code
                    profiles.append(path.read_text(encoding="utf-8"))
                made.load_json_profile(profiles)
            _factories[languages] = made
        return _factories[languages]


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


class _Draws(NamedTuple):
    """What a trial draws its n-grams with: ``random.choice(ngrams)`` as ``getrandbits(bits)`` until
    the number is below ``count`` (the same draws, one frame less)."""

    getrandbits: Callable[[int], int]
    bits: int
    count: int
    ngrams: list[str]


def _trial_by_vectors(prob, weight: float, draws: _Draws, known, rows: dict, threshold: float,
                      limit: int) -> list[float]:
    """One trial over every profile: whole-vector numpy arithmetic, element by element the same floats.
    The iterations between two convergence checks (the first, then five at a time) are one product
    down the columns of [prob; weight + row, ...]: numpy multiplies a column top to bottom, so each
    element sees the same products in the same order."""
    getrandbits, bits, count, ngrams = draws
    size = len(prob)
    stack = np.empty((6, size))
    stack[0] = prob
    block, i = 1, 0
    while True:
        for k in range(1, block + 1):
            pick = getrandbits(bits)
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
    return prob.tolist()


def _trial_of_four(prob, weight: float, draws: _Draws, known, threshold: float, limit: int) -> list[float]:
    """One trial over the four expected languages: the four products written out."""
    getrandbits, bits, count, ngrams = draws
    p0, p1, p2, p3 = prob
    i = 0
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
    return [p0, p1, p2, p3]


def _trial_by_lists(prob, weight: float, draws: _Draws, known, threshold: float, limit: int) -> list[float]:
    """One trial over any other number of languages, on lists."""
    getrandbits, bits, count, ngrams = draws
    i = 0
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
    return prob


_thread_state = threading.local()


def _random_generator() -> random.Random:
    if not hasattr(_thread_state, "random"):
        _thread_state.random = random.Random()
    return _thread_state.random


class FastDetector(Detector):
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
        ``random.choice`` as its own ``getrandbits`` loop). Each trial is one of three loops, by the
        number of languages: numpy vectors for every profile, four products written out for the
        expected languages, lists otherwise."""
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
        many = size > _NUMPY_FROM_LANGUAGES
        if many:  # every profile: whole-vector numpy arithmetic, element by element the same floats
            rows = _ROWS.setdefault(id(known), {})
            if len(rows) > _ROWS_LIMIT:
                rows.clear()
        draws = _Draws(draw.getrandbits, len(ngrams).bit_length(), len(ngrams), ngrams)
        threshold, limit = self.CONV_THRESHOLD, self.ITERATION_LIMIT
        for _ in range(self.n_trial):
            prob = self._init_probability()
            alpha = self.alpha + draw.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            if many:
                prob = _trial_by_vectors(prob, weight, draws, known, rows, threshold, limit)
            elif size == 4:
                prob = _trial_of_four(prob, weight, draws, known, threshold, limit)
            else:
                prob = _trial_by_lists(prob, weight, draws, known, threshold, limit)
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


def probabilities(text: str, languages: tuple[str, ...] | None, max_chars: int | None = None,
                   trials: int | None = None) -> list[tuple[str, float]]:
    detector = FastDetector(factory(languages))
    if max_chars:
        detector.set_max_text_length(max_chars)
    if trials:
        detector.n_trial = trials
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException:
        return []
