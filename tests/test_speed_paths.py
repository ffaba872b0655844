"""Issue 18's fast paths, each compared with the plain path it replaces on real text (the seeds and
the dev articles when present): the same values, not only the same answers."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer

from nlp import stories
from nlp.fold import fold

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"


def _real_texts() -> list[str]:
    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:60] if DEV.exists() else [])
    return [p.read_text(encoding="utf-8") for p in paths]


# short words (under the n-gram sizes), runs of spaces and line breaks, digits, one-letter tokens, an empty text
EDGE_TEXTS = ["", "a", "ab abc abcd abcde", "  Nghị   định\n\n98/2018/NĐ-CP  ngày 5.7.2018 ",
              "Coopératives — kooperativ; co-operatives!", "x y z w", "ĐẢNG\tủy  tỉnh"]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_word_shingles_are_scikit_learns(text):
    plain = HashingVectorizer(ngram_range=(1, 3), preprocessor=fold).build_analyzer()
    assert stories.word_shingles(fold(text)) == plain(text)


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_char_ngrams_are_scikit_learns(text):
    plain = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), preprocessor=fold).build_analyzer()
    assert stories.char_wb_ngrams(fold(text)) == plain(text)


def _plain_near_duplicates(texts):
    hashed = HashingVectorizer(ngram_range=(1, 3), n_features=2**20, alternate_sign=False, norm=None,
                               preprocessor=fold).transform(texts)
    return stories._cosine(TfidfTransformer(sublinear_tf=True).fit_transform(hashed))


def _plain_cognates(texts):
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True, preprocessor=fold)
    return stories._cosine(vectorizer.fit_transform(texts))


def test_story_voices_equal_scikit_learns_on_real_text():
    texts = _real_texts() + EDGE_TEXTS[1:]
    for text in texts:
        assert stories.word_shingles(fold(text)) == HashingVectorizer(ngram_range=(1, 3), preprocessor=fold).build_analyzer()(text)
    # the same floats, not close ones: the stories are clustered from these scores
    assert np.array_equal(stories.near_duplicate_similarity(texts), _plain_near_duplicates(texts))
    assert np.array_equal(stories.cognate_similarity(texts), _plain_cognates(texts))
    # a second call answers from the per-word cache
    assert np.array_equal(stories.cognate_similarity(texts[::-1]), _plain_cognates(texts[::-1]))
