"""spaCy's Sentencizer, faster, with the same boundaries: the one module that relies on the inside of
spaCy's sentencizer (its ``punct_chars`` and the guesses its ``predict`` hands to
``set_annotations``), for nlp.segment, which adds it as ``vnpolicy_sentencizer``.

Sentences cost 3.0 ms a page with spaCy's own Sentencizer and about half that here (README,
"Processing speed"). tests/test_speed.py compares its boundaries with those of spaCy's own
Sentencizer on literal cases and on the seeds and dev articles, in every language.
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import IS_PUNCT, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer


def _members(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """``np.isin(values, sorted_set)`` for a sorted, non-empty ``sorted_set``: where each value would go
    in it, and whether the element there is the value (``np.isin`` sorts the two arrays together at
    every call: a page's thousand tokens against a hundred punctuation marks)."""
    at = np.searchsorted(sorted_set, values)
    np.minimum(at, len(sorted_set) - 1, out=at)
    return sorted_set[at] == values


class ArraySentencizer(Sentencizer):
    """spaCy's Sentencizer, its rule applied to the token arrays: a sentence starts at the first
    token after one of ``punct_chars`` that is neither punctuation nor one of them. The same
    boundaries as ``Sentencizer.predict`` (tests/test_speed.py compares both), without building a
    Token object for every token."""

    def _punct_orths(self, vocab) -> np.ndarray:
        cached = getattr(self, "_orths", None)
        if cached is None or cached[0] is not vocab:
            cached = self._orths = (vocab, np.array(sorted(vocab.strings[c] for c in self.punct_chars), dtype="uint64"))
        return cached[1]

    def predict(self, docs):
        guesses = []
        for doc in docs:
            starts = [False] * len(doc)
            if len(doc):
                starts[0] = True
                tokens = doc.to_array([ORTH, IS_PUNCT])
                in_punct_chars = _members(tokens[:, 0], self._punct_orths(doc.vocab))
                other = np.flatnonzero(~in_punct_chars & (tokens[:, 1] == 0))
                after = np.searchsorted(other, np.flatnonzero(in_punct_chars), side="right")
                for index in other[after[after < len(other)]].tolist():
                    starts[index] = True
            guesses.append(starts)
        return guesses


@Language.factory("vnpolicy_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> ArraySentencizer:
    return ArraySentencizer(name)
