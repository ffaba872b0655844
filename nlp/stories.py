"""Stories: the same news told by several outlets and in several languages (scikit-learn).

Two kinds of evidence, both scored by cosine similarity of TF-IDF vectors:

* **within a language**, the words themselves: syndicated wire copies and lightly edited reprints
  share long runs of words, so word 1–3-gram shingles (hashed, so memory does not grow with the
  vocabulary) of two copies are close, while two different articles on the same topic share single
  words but few trigrams;
* **across languages**, what does not change in translation: the legal documents cited (canonical
  ids), figures (values), the bodies given tasks (agency ids), the provinces named, years and
  periods ("2026–2030"), and the day of publication. Each document becomes a bag of such features
  (``DictVectorizer``); rare features weigh more (IDF). Between languages that share much of their
  vocabulary (English, French, Swedish: *coopératives*, *cooperatives*, *kooperativ*), folded
  character n-grams add a second, weaker voice.

Documents whose similarity passes a threshold are linked, and a story is a group of linked
documents (average linkage, so that one vague document cannot chain two unrelated stories
together). Documents dated further apart than ``max_days`` are never linked. Thresholds live in
``nlp/settings.cfg`` with the reasons for their values.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from typing import NamedTuple, Sequence

import numpy as np
from scipy.sparse import csr_array, csr_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction import DictVectorizer, FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

from nlp import config
from nlp import languages as registered_languages
from nlp.fold import fold
from nlp.regex import finditer

# years and periods as the press writes them in any language: 2025, 2026-2030, 2026 – 2030
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,/])((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?(?!\d|[.,/]\d)")


@dataclass
class StoryDocument:
    """What story grouping needs to know about one document."""

    id: int
    language: str
    text: str
    published: str | None = None
    references: list[str] = field(default_factory=list)  # canonical legal ids
    figures: list[float] = field(default_factory=list)  # values
    agencies: list[str] = field(default_factory=list)  # agency ids
    provinces: list[str] = field(default_factory=list)  # province codes (one scheme)
    # its hashed word shingle counts (``shingle_rows``), when kept from an earlier run; else worked out
    shingles: ShingleRow | None = field(default=None, compare=False, repr=False)
    # its character n-gram counts (``char_ngram_row``), when kept from an earlier run; else worked out where a
    # cognate pair needs them
    char_ngrams: CharNgramRow | None = field(default=None, compare=False, repr=False)


class ShingleRow(NamedTuple):
    """One text's row of hashed shingle counts: its columns in ascending order and their counts."""

    columns: np.ndarray  # int32
    counts: np.ndarray  # float64


class CharNgramRow(NamedTuple):
    """One folded text's character n-grams of ``cognate_vectors`` counted: each distinct n-gram in the order it is
    first met and its count (a ``Counter`` of ``char_wb_ngrams``, as lists)."""

    grams: list[str]
    counts: list[int]


@dataclass(frozen=True)
class StorySettings:
    near_duplicate: float  # within a language, shingle cosine at or above this: the same story
    cross_language: float  # across languages, fact cosine at or above this: the same story
    cognate: float  # between cognate languages, geometric mean of fact and character n-gram cosines at or above this
    cognate_languages: tuple[str, ...]
    max_days: int  # dated documents further apart than this are never one story
    min_features: int  # a document with fewer language-independent features is not matched across languages

    @classmethod
    def from_config(cls) -> "StorySettings":
        return cls(
            near_duplicate=config.get_float("stories", "near_duplicate_threshold"),
            cross_language=config.get_float("stories", "cross_language_threshold"),
            cognate=config.get_float("stories", "cognate_threshold"),
            cognate_languages=registered_languages.cognates(),
            max_days=config.get_int("stories", "max_days"),
            min_features=config.get_int("stories", "min_features"),
        )


def fact_features(doc: StoryDocument) -> dict[str, float]:
    """The language-independent bag of one document: counts of each fact, years and periods."""
    bag: dict[str, float] = {}
    keys = [f"ref={legal_id}" for legal_id in doc.references]
    # math.isfinite is np.isfinite for the floats and integers SQLite returns, without numpy's call
    keys += [f"fig={value:g}" for value in doc.figures if value is not None and math.isfinite(value)]
    keys += [f"agency={agency}" for agency in doc.agencies]
    keys += [f"province={code}" for code in doc.provinces]
    for m in finditer(_YEAR, doc.text):  # tried only where 19 or 20 is written: _YEAR.finditer's matches
        keys.append(f"year={m.group(1)}")
        if m.group(2):
            keys += [f"year={m.group(2)}", f"period={m.group(1)}-{m.group(2)}"]
    if doc.published:
        keys.append(f"day={doc.published[:10]}")
    for key in keys:  # in the order the facts come, as before
        bag[key] = bag.get(key, 0.0) + 1.0
    # counts grow with length, not with relevance: damp them
    return {k: _damped(v) for k, v in bag.items()}


_DAMPED: dict[float, float] = {}


def _damped(count: float) -> float:
    """``1.0 + np.log(count)``, worked out once per count (the same numpy float each time)."""
    value = _DAMPED.get(count)
    if value is None:
        value = _DAMPED[count] = 1.0 + np.log(count)
    return value


def _cosine(matrix) -> np.ndarray:
    """Pairwise cosine of the rows of an L2-normalised sparse matrix, as a dense array."""
    product = (matrix @ matrix.T).toarray()
    np.fill_diagonal(product, 1.0)
    return product


# the shingles of near_duplicate_similarity: word 1-3-grams of scikit-learn's default tokens, hashed
SHINGLE_RANGE = (1, 3)
SHINGLE_FEATURES = 2**20
# scikit-learn's token pattern ``(?u)\b\w\w+\b`` found by ``findall`` without its word boundaries: a scan
# that finds a run of two word characters or more takes the whole run (greedy), and the next scan starts
# past it, at a character that is not one, so no match starts or ends inside a run; the same tokens,
# a third faster (tests/test_speed_paths.py compares both); scikit-learn's own should it ever change
_SCIKIT_TOKEN = HashingVectorizer().token_pattern
_TOKEN = re.compile(r"\w\w+" if _SCIKIT_TOKEN == r"(?u)\b\w\w+\b" else _SCIKIT_TOKEN)


def word_shingles(folded: str) -> list[str]:
    """The word 1-3-grams of a folded text, in the order scikit-learn's word analyzer gives them
    (``HashingVectorizer(ngram_range=(1, 3), preprocessor=fold).build_analyzer()``: its tokens,
    then each run of two and three joined by a space), built by ``zip`` instead of an index loop.
    tests/test_speed_paths.py compares both on real text."""
    tokens = _TOKEN.findall(folded)
    return [*tokens, *map(" ".join, zip(tokens, tokens[1:])), *map(" ".join, zip(tokens, tokens[1:], tokens[2:]))]


def hashed_shingles(folded_texts: Sequence[str]):
    """The hashed shingle counts of each text: ``HashingVectorizer(ngram_range=(1, 3),
    n_features=2**20, alternate_sign=False, norm=None, preprocessor=fold).transform``, each text's
    shingles counted first (each distinct shingle hashed once; the matrix sums a shingle's
    occurrences either way, and its indices come out sorted)."""
    hasher = FeatureHasher(n_features=SHINGLE_FEATURES, input_type="dict", alternate_sign=False)
    return hasher.transform(Counter(word_shingles(text)) for text in folded_texts)


def shingle_rows(texts: Sequence[str]) -> list[ShingleRow]:
    """The hashed shingle counts of each text (``hashed_shingles`` of the folded text), row by row."""
    matrix = hashed_shingles([fold(t) for t in texts])
    bounds = matrix.indptr.tolist()
    return [ShingleRow(matrix.indices[a:b].copy(), matrix.data[a:b].copy()) for a, b in zip(bounds, bounds[1:])]


def shingle_matrix(docs: Sequence[StoryDocument]):
    """The hashed shingle counts of the documents, one row each, as ``hashed_shingles`` of their
    folded texts gives them: the rows a document carries from an earlier run are taken as they are,
    the others worked out (and kept on the document, for the caller to store)."""
    missing = [d for d in docs if d.shingles is None]
    for doc, row in zip(missing, shingle_rows([d.text for d in missing]) if missing else []):
        doc.shingles = row
    sizes = [len(d.shingles.columns) for d in docs]
    indptr = np.zeros(len(docs) + 1, dtype=np.int32)
    np.cumsum(sizes, out=indptr[1:])
    columns = np.concatenate([d.shingles.columns for d in docs]) if docs else np.zeros(0, dtype=np.int32)
    counts = np.concatenate([d.shingles.counts for d in docs]) if docs else np.zeros(0)
    return csr_array((counts, columns, indptr), shape=(len(docs), SHINGLE_FEATURES))


def near_duplicate_similarity(texts: Sequence[str]) -> np.ndarray:
    """Cosine of hashed word 1–3-gram TF-IDF vectors of folded texts."""
    hashed = hashed_shingles([fold(t) for t in texts])
    return _cosine(TfidfTransformer(sublinear_tf=True).fit_transform(hashed))


def near_duplicate_within_languages(weighted, languages: np.ndarray) -> np.ndarray:
    """``_cosine(weighted)`` where the two documents share a language, 0 between languages (where
    ``similarity`` takes the fact score instead): the product of each language's rows alone, a
    fraction of the whole (a corpus's languages are 60, 25, 8 and 7 %: 0.43 of the pairs). Each
    score is summed over the row's entries in the row's own order either way, so the floats are
    the same (tests/test_speed_paths.py compares both)."""
    n = weighted.shape[0]
    out = np.zeros((n, n))
    for language in np.unique(languages):
        index = np.flatnonzero(languages == language)
        rows = _used_columns_only(weighted[index])
        out[np.ix_(index, index)] = (rows @ rows.T).toarray()
    np.fill_diagonal(out, 1.0)
    return out


def _used_columns_only(matrix):
    """``matrix`` with only the columns some row uses, renumbered in their order: the product with
    its transpose is the same, float for float (each row's entries keep their order, so each score
    is summed in the same order), without the transpose's 2**20 hashed columns to walk (0.1 ms a
    document in a block of 200)."""
    used = np.zeros(matrix.shape[1], dtype=bool)
    used[matrix.indices] = True
    renumbered = np.cumsum(used, dtype=matrix.indices.dtype) - 1
    width = int(renumbered[-1]) + 1 if len(renumbered) else 0
    return csr_array((matrix.data, renumbered[matrix.indices], matrix.indptr), shape=(matrix.shape[0], width))


def fact_similarity(docs: Sequence[StoryDocument]) -> tuple[np.ndarray, np.ndarray]:
    """(cosine of the IDF-weighted fact bags, number of features of each document)."""
    bags = [fact_features(d) for d in docs]
    sizes = np.array([len(b) for b in bags])
    if not any(bags):
        return np.eye(len(docs)), sizes
    matrix = DictVectorizer().fit_transform(bags)
    return _cosine(TfidfTransformer(sublinear_tf=False).fit_transform(matrix)), sizes


# the character n-grams of cognate_similarity, inside word boundaries
COGNATE_RANGE = (4, 5)
_WORD_CHAR_NGRAMS: dict[str, list[str]] = {}  # a word → its padded character n-grams, grown as words are met
_WORD_CHAR_NGRAMS_LIMIT = 500_000


def _padded_char_ngrams(word: str) -> list[str]:
    """scikit-learn's ``_char_wb_ngrams`` of one word, in its order: the word padded with a space
    each side, its 4-grams then its 5-grams (a word no longer than a size once, whole, and no more)."""
    padded = " " + word + " "
    grams: list[str] = []
    for n in range(COGNATE_RANGE[0], COGNATE_RANGE[1] + 1):
        if len(padded) <= n:
            grams.append(padded)
            break
        grams += [padded[i:i + n] for i in range(len(padded) - n + 1)]
    return grams


def char_wb_ngrams(folded: str) -> list[str]:
    """The character 4-5-grams inside word boundaries of a folded text, in the order scikit-learn's
    ``char_wb`` analyzer gives them (its words are those of ``str.split``; each word's n-grams are
    worked out once per process). tests/test_speed_paths.py compares both on real text."""
    known = _WORD_CHAR_NGRAMS
    if len(known) > _WORD_CHAR_NGRAMS_LIMIT:
        known.clear()
    words = folded.split()
    for word in set(words).difference(known):
        known[word] = _padded_char_ngrams(word)
    return list(chain.from_iterable(map(known.__getitem__, words)))


def char_ngram_row(folded: str) -> CharNgramRow:
    """A folded text's character n-grams counted (``cognate_vectors``' row of it), to be kept for later runs."""
    counted = Counter(char_wb_ngrams(folded))
    return CharNgramRow(list(counted), list(counted.values()))


def cognate_vectors(folded_texts: Sequence[str | CharNgramRow]):
    """The character n-gram TF-IDF vectors of folded texts: ``TfidfVectorizer(analyzer="char_wb",
    ngram_range=(4, 5), sublinear_tf=True, preprocessor=fold).fit_transform``, its count matrix
    built from each text's n-grams counted first (its vocabulary numbered as they are first met,
    each row's columns in that order, then renumbered in the order of the n-grams, as
    scikit-learn's CountVectorizer does) instead of one Python step per n-gram; the weights are
    scikit-learn's own TfidfTransformer. tests/test_speed_paths.py checks the matrix is the same,
    element by element and in the same order, on real text. A text may be given as its n-grams
    counted already (``char_ngram_row``, kept by a document from an earlier run): the same row."""
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # a new n-gram gets the next number
    columns: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for text in folded_texts:
        if isinstance(text, CharNgramRow):
            columns += map(vocabulary.__getitem__, text.grams)
            counts += text.counts
        else:
            counted = Counter(char_wb_ngrams(text))
            columns += map(vocabulary.__getitem__, counted)
            counts += counted.values()
        indptr.append(len(columns))
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    matrix = csr_array((np.asarray(counts, dtype=np.intc), np.asarray(columns, dtype=np.int32),
                        np.asarray(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(vocabulary)),
                       dtype=np.float64)
    matrix.sort_indices()
    renumbered = np.empty(len(vocabulary), dtype=matrix.indices.dtype)
    renumbered[np.fromiter(map(vocabulary.__getitem__, sorted(vocabulary)), dtype=np.int64,
                           count=len(vocabulary))] = np.arange(len(vocabulary))
    matrix.indices = renumbered.take(matrix.indices, mode="clip")
    return TfidfTransformer(sublinear_tf=True).fit_transform(matrix)


def cognate_similarity(texts: Sequence[str]) -> np.ndarray:
    """Cosine of folded character 4–5-gram TF-IDF vectors (inside word boundaries)."""
    return _cosine(cognate_vectors([fold(t) for t in texts]))


def cognate_scores_of_pairs(texts: Sequence[str | CharNgramRow], scored: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(``cognate_similarity(texts)`` between the texts of a scored pair, which texts those are):
    ``scored[i, j]`` (symmetric) says which pairs the caller reads. The vectors are those of every
    text (their IDF weights are the block's); only the rows of a text in some scored pair are
    multiplied, which gives the same floats for them (a score is summed over one row's entries, in
    that row's order, whichever other rows are in the product). The other pairs' scores are not
    read: their fact cosine is 0, or the pair is within a language, or too far apart in time, or a
    document has too few facts, and ``similarity`` sets every such pair's score without them. A text may be
    given as its counted n-grams (``char_ngram_row`` of the folded text)."""
    paired = np.flatnonzero(scored.any(axis=1) | scored.any(axis=0))
    vectors = cognate_vectors([t if isinstance(t, CharNgramRow) else fold(t) for t in texts])
    return _cosine(vectors[paired] if len(paired) < len(texts) else vectors), paired


def _days(value: str | None) -> int | None:
    try:
        return date.fromisoformat(value[:10]).toordinal() if value else None
    except ValueError:
        return None


def similarity(docs: Sequence[StoryDocument], settings: StorySettings) -> np.ndarray:
    """The story score of every pair: passing 1.0 means the same story. Within a language, shingle
    cosine over its threshold; across languages, the fact score (with cognates where they help)
    over its threshold; each scaled so that 1.0 is the threshold."""
    n = len(docs)
    if n == 0:
        return np.zeros((0, 0))
    texts = [d.text for d in docs]
    languages = np.array([d.language for d in docs])
    same_language = languages[:, None] == languages[None, :]
    near = near_duplicate_within_languages(TfidfTransformer(sublinear_tf=True).fit_transform(shingle_matrix(docs)),
                                           languages) / settings.near_duplicate
    facts, sizes = fact_similarity(docs)
    cross = facts / settings.cross_language
    enough = sizes >= settings.min_features
    days = np.array([_days(d.published) if d.published else np.nan for d in docs], dtype=float)
    apart = np.abs(days[:, None] - days[None, :]) > settings.max_days  # NaN (undated) compares False
    cognate_rows = np.isin(languages, settings.cognate_languages)
    # the cognate voice only scores pairs of two different languages (a pair within one language
    # takes the shingle score below): with one cognate language in the block it is not computed
    if len(set(languages[cognate_rows].tolist())) > 1:
        # between cognate languages both voices must agree: the geometric mean of the fact and the
        # character n-gram cosines, so shared vocabulary alone (one topic) or a shared year alone
        # (one era) is not enough, while a translation has some of each
        index = np.flatnonzero(cognate_rows)
        both = np.ix_(index, index)
        # a pair's cognate cosine counts only where its fact cosine is over 0 (the mean is 0 else),
        # both documents have enough facts and they are not dated too far apart: without one such
        # pair of two languages, the n-grams are not computed (the scores are the same without them)
        scored = ((facts[both] > 0) & ~same_language[both] & enough[index][:, None] & enough[index][None, :]
                  & ~apart[both])
        if scored.any():
            for i in index:  # each document's n-grams counted once, kept on it for the caller to store
                if docs[i].char_ngrams is None:
                    docs[i].char_ngrams = char_ngram_row(fold(texts[i]))
            cognates, paired = cognate_scores_of_pairs([docs[i].char_ngrams for i in index], scored)
            kept = np.ix_(index[paired], index[paired])
            cross[kept] = np.maximum(cross[kept], np.sqrt(facts[kept] * cognates) / settings.cognate)
    cross = np.where(enough[:, None] & enough[None, :], cross, 0.0)
    score = np.where(same_language, near, cross)
    score[apart] = 0.0
    np.fill_diagonal(score, 1.0)
    return score


def group(score: np.ndarray) -> np.ndarray:
    """Story labels from pair scores (1.0 = the threshold): average linkage over the linked
    components, so a story's members are on average over the threshold with each other."""
    from sklearn.cluster import AgglomerativeClustering

    n = score.shape[0]
    labels = np.full(n, -1)
    linked = csr_matrix(score >= 1.0)
    count, components = connected_components(linked, directed=False)
    next_label = 0
    for c in range(count):
        members = np.flatnonzero(components == c)
        if len(members) <= 2:
            labels[members] = next_label
            next_label += 1
            continue
        distance = np.clip(1.0 - score[np.ix_(members, members)] / 2.0, 0.0, None)  # threshold → 0.5
        np.fill_diagonal(distance, 0.0)
        sub = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                      distance_threshold=0.5 + 1e-9).fit_predict(distance)
        for s in np.unique(sub):
            labels[members[sub == s]] = next_label
            next_label += 1
    return labels


def stories(docs: Sequence[StoryDocument], settings: StorySettings | None = None) -> dict[int, int]:
    """Document id → story id (the smallest document id of its story, so ids are stable)."""
    settings = settings or StorySettings.from_config()
    if not docs:
        return {}
    labels = group(similarity(docs, settings))
    first: dict[int, int] = {}
    for doc, label in zip(docs, labels):
        first[label] = min(first.get(label, doc.id), doc.id)
    return {doc.id: first[label] for doc, label in zip(docs, labels)}


def story_pairs(assignment: dict[int, int]) -> set[frozenset[int]]:
    """Every pair of documents in one story (for tests and evaluation)."""
    by_story: dict[int, list[int]] = {}
    for doc, story in assignment.items():
        by_story.setdefault(story, []).append(doc)
    return {frozenset((a, b)) for members in by_story.values() for a in members for b in members if a < b}

