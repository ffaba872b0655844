"""A learned fallback for the assignment rows the rules miss (issue #13, stop 44): an experiment.

The rules (``extract.assign.extractor``) are precise on text they have never seen but miss the forms no round has
taught them yet. The fallback reads every body the rules' mention finder names in a text (``Mention``, placed in its
province) that the rules gave no row in its sentence, and asks a multinomial logistic regression over the words around
it whether it is tasked: ``none`` / ``lead`` / ``coordinate`` / ``assignee``. A body gets a row when the model's
probability of a role reaches the model's threshold.

The model is data, not a pickle: ``learned_model.json`` beside this module holds the classes, the intercepts, the
coefficients of each feature kept (the rare ones pruned), the threshold and the gold buckets it was trained on.
``vnpolicy train-assignments`` (``vnpolicy.cli.learned``) writes it from the gold files (its ``--cv`` gives the grouped
cross-validation that chose the threshold). Scoring is the sparse dot product and a softmax, what the sklearn estimator
rebuilt by ``estimator`` predicts (tests/test_assign_learned.py).

The fallback runs only when ``[assignments] learned_fallback`` (nlp/settings.cfg) is on.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from extract.assign.common import LOCAL_COMMITTEES, MAX_TASK_CHARS, is_collective
from extract.assign.cues import lower_for_matching
from extract.models import Assignment, Sentence
from nlp import config
from nlp.agencies import Mention, fold_for_matching, is_provincial, split_id

MODEL_FILE = Path(__file__).with_name("learned_model.json")
CLASSES = ("none", "lead", "coordinate", "assignee")
WINDOW = 6  # words on each side of a body, within its sentence
# the cue lists of a language's cues.json whose presence before / after a body is a feature
CUE_LISTS = ("assign_before", "lead_after", "subject_strong", "subject_weak", "coordinate", "nested_before",
             "negations", "reporting_verbs", "directive_markers", "authority_verbs", "not_subject_before",
             "clause_modals", "letters_sent_up", "authority_of")
_WORD = re.compile(r"\w+")
_LINE_ITEM = re.compile(r"(?:^|\n)[ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])?[ \t]*$")


def learned_fallback_on() -> bool:
    """Whether ``[assignments] learned_fallback`` is on (nlp/settings.cfg, or the user's settings file)."""
    return config.get_str("assignments", "learned_fallback").strip().lower() in ("on", "yes", "true", "1")


@lru_cache(maxsize=None)
def _cue_patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """One pattern per cue list of ``lang/<code>/cues.json`` (folded, whole words)."""
    path = Path(__file__).with_name("lang") / lang / "cues.json"
    if not path.is_file():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    patterns = []
    for name in CUE_LISTS:
        words = []
        for item in data.get(name) or []:
            cue = item.get("cue") if isinstance(item, dict) else item
            if isinstance(cue, str) and cue.strip() and any(ch.isalpha() for ch in cue):
                words.append(r"\s+".join(re.escape(w) for w in fold_for_matching(cue.lower()).split()))
        if words:
            patterns.append((name, re.compile(r"(?<!\w)(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + r")(?!\w)")))
    return tuple(patterns)


def _kind(agency_id: str) -> str:
    base, code = split_id(agency_id)
    if base in LOCAL_COMMITTEES:
        return "local_committee"
    if base == "PPC":
        return "ppc"
    if is_collective(agency_id):
        return "collective"
    if is_provincial(agency_id):
        return "provincial" if code else "provincial_unplaced"
    if base.startswith("MO") or base.startswith("MIN"):
        return "ministry"
    return "other"


def _sentence_index(sentences: list[Sentence]) -> tuple[list[int], list[Sentence]]:
    ordered = sorted(sentences, key=lambda s: s.start)
    return [s.start for s in ordered], ordered


def _sentence_of(index: tuple[list[int], list[Sentence]], at: int) -> Sentence | None:
    starts, ordered = index
    k = bisect_right(starts, at) - 1
    return ordered[k] if k >= 0 and at < ordered[k].end else None


def candidates(text: str, language: str, sentences: list[Sentence], mentions: list[Mention],
               rows: list[Assignment]) -> list[tuple[Mention, Sentence, dict[str, float]]]:
    """The bodies named in the text with their sentences and features; ``rows`` are the rules' rows (whether the
    rules tasked a body in the sentence, in the text, are features)."""
    index = _sentence_index(sentences)
    lowered = fold_for_matching(lower_for_matching(text))
    row_sentences: dict[int, list[Assignment]] = {}
    for r in rows:
        s = _sentence_of(index, r.start)
        if s is not None:
            row_sentences.setdefault(s.start, []).append(r)
    tasked_ids = {r.agency_id for r in rows}
    by_sentence: dict[int, list[Mention]] = {}
    placed = []
    for m in sorted(mentions, key=lambda m: m.start):
        s = _sentence_of(index, m.start)
        if s is None:
            continue
        by_sentence.setdefault(s.start, []).append(m)
        placed.append((m, s))
    out = []
    for m, s in placed:
        f: dict[str, float] = {}
        lang = s.language or language
        f["lang=" + lang] = 1
        f["id=" + split_id(m.agency_id)[0]] = 1
        f["kind=" + _kind(m.agency_id)] = 1
        before_text, after_text = text[s.start:m.start], text[m.end:s.end]
        before = _WORD.findall(before_text.lower())[-WINDOW:]
        after = _WORD.findall(after_text.lower())[:WINDOW]
        for k, w in enumerate(reversed(before)):
            if k < 2:
                f[f"b{k + 1}={w}"] = 1
            f["b=" + w] = 1
            f["bf=" + fold_for_matching(w)] = 1
        for k, w in enumerate(after):
            if k < 2:
                f[f"a{k + 1}={w}"] = 1
            f["a=" + w] = 1
            f["af=" + fold_for_matching(w)] = 1
        if len(before) >= 2:
            f[f"bb={before[-2]}_{before[-1]}"] = 1
        if len(after) >= 2:
            f[f"aa={after[0]}_{after[1]}"] = 1
        if not before:
            f["opens_sentence"] = 1
        # the cue lists present in the clause before the body, and after it (each as far as the sentence goes)
        folded_before = lowered[max(s.start, m.start - 120):m.start]
        folded_after = lowered[m.end:min(s.end, m.end + 120)]
        for name, pattern in _cue_patterns(lang):
            if pattern.search(folded_before):
                f["cue_before=" + name] = 1
            if pattern.search(folded_after):
                f["cue_after=" + name] = 1
        stripped = before_text.rstrip()
        if stripped.endswith(":"):
            f["colon_before"] = 1
        if _LINE_ITEM.search(text[max(0, m.start - 12):m.start]):
            f["line_start"] = 1
        here = by_sentence[s.start]
        k = here.index(m)
        f["nth=" + str(min(k, 3))] = 1
        if k + 1 == len(here):
            f["last_in_sentence"] = 1
        if k and re.fullmatch(r"\s*(?:,|;|và|và các|cùng|with|and|et|och|,\s*and|,\s*et)\s*", text[here[k - 1].end:m.start].lower()):
            f["listed_after_body"] = 1
        if k + 1 < len(here) and re.fullmatch(r"\s*(?:,|;|và|cùng|with|and|et|och)\s*", text[m.end:here[k + 1].start].lower()):
            f["listed_before_body"] = 1
        rules_here = row_sentences.get(s.start, [])
        if rules_here:
            f["rules_row_in_sentence"] = 1
            for role in {r.role for r in rules_here}:
                f["rules_role_in_sentence=" + role] = 1
        if m.agency_id in tasked_ids:
            f["rules_row_for_body_in_text"] = 1
        if rows:
            f["rules_rows_in_text"] = 1
        f["sentence_len=" + str(min(5, (s.end - s.start) // 100))] = 1
        out.append((m, s, f))
    return out


def ruled(mention: Mention, sentence: Sentence, rows: list[Assignment]) -> bool:
    """Whether the rules gave this body a row in its sentence (the same span, or the same id in the sentence)."""
    return any(r.start < mention.end and mention.start < r.end
               or (sentence.start <= r.start < sentence.end and r.agency_id == mention.agency_id) for r in rows)


class Model:
    """The model as data: classes, intercepts, a coefficient vector per feature, the threshold."""

    def __init__(self, data: dict):
        self.classes: list[str] = list(data["classes"])
        self.intercept: list[float] = [float(v) for v in data["intercept"]]
        self.coef: dict[str, list[float]] = {k: [float(x) for x in v] for k, v in data["coef"].items()}
        self.threshold: float = float(data["threshold"])
        self.data = data

    def probabilities(self, features: dict[str, float]) -> list[float]:
        """The class probabilities (softmax of the sparse dot product), as sklearn's multinomial model gives them."""
        scores = list(self.intercept)
        for name, value in features.items():
            weights = self.coef.get(name)
            if weights:
                for i, w in enumerate(weights):
                    scores[i] += w * value
        top = max(scores)
        exps = [math.exp(v - top) for v in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def role(self, features: dict[str, float], threshold: float | None = None) -> tuple[str | None, float]:
        """The role the model gives (None: no row) and its probability."""
        probs = self.probabilities(features)
        best = max((p, c) for c, p in zip(self.classes, probs) if c != "none")
        return (best[1] if best[0] >= (self.threshold if threshold is None else threshold) else None), best[0]

    def estimator(self):
        """The sklearn LogisticRegression this model is (same predictions), with the DictVectorizer of its features."""
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        names = sorted(self.coef)
        vectorizer = DictVectorizer()
        vectorizer.fit([{n: 1 for n in names}])
        clf = LogisticRegression()
        clf.classes_ = np.array(self.classes)
        clf.coef_ = np.array([[self.coef[n][i] for n in vectorizer.feature_names_] for i in range(len(self.classes))])
        clf.intercept_ = np.array(self.intercept)
        if len(self.classes) == 2:  # sklearn's binary form: the second class's score less the first's
            clf.coef_, clf.intercept_ = clf.coef_[1:] - clf.coef_[:1], clf.intercept_[1:] - clf.intercept_[:1]
        clf.n_features_in_ = len(names)
        return vectorizer, clf


def fit(samples: list[dict[str, float]], labels: list[str], *, min_count: int = 2, c: float = 1.0,
        threshold: float = 0.5, trained_on: list[str] | None = None) -> dict:
    """The model (as data) of a multinomial logistic regression fitted on ``samples`` (features) and ``labels``
    (``CLASSES``); features seen fewer than ``min_count`` times are dropped. Deterministic."""
    from collections import Counter

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(name for f in samples for name in f)
    kept = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in samples]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    present = [cl for cl in CLASSES if cl in set(labels)]
    from threadpoolctl import threadpool_limits

    clf = LogisticRegression(C=c, max_iter=2000, random_state=0, class_weight=None)
    with threadpool_limits(1):  # a small problem: BLAS threads only fight each other (ten times slower on a busy machine)
        clf.fit(x, np.array(labels))
    order = [list(clf.classes_).index(cl) for cl in present]
    matrix, intercepts = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # sklearn's binary model is one score for its second class: a softmax over (0, score)
        matrix, intercepts = np.vstack([np.zeros_like(matrix[0]), matrix[0]]), np.array([0.0, intercepts[0]])
    coef = {}
    for j, name in enumerate(vectorizer.feature_names_):
        weights = [round(float(matrix[i, j]), 5) for i in order]
        if any(abs(w) >= 1e-4 for w in weights):
            coef[name] = weights
    return {"_comment": "extract/assign/learned.py's model (vnpolicy train-assignments writes it): a multinomial "
                        "logistic regression; probability = softmax(intercept + sum of the coefficients of the features "
                        "present). Do not edit by hand.",
            "classes": present, "intercept": [round(float(intercepts[i]), 5) for i in order],
            "threshold": threshold, "window": WINDOW, "min_count": min_count, "C": c,
            "trained_on": sorted(trained_on or []), "coef": dict(sorted(coef.items()))}


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The committed model, None when there is none."""
    if not MODEL_FILE.is_file():
        return None
    return Model(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def learned_rows(text: str, language: str, sentences: list[Sentence], mentions: list[Mention],
                 rows: list[Assignment], chosen: Model | None = None) -> list[Assignment]:
    """The rules' ``rows`` and a row for each body they gave none in its sentence whose role the model is sure of;
    the row takes ``assigned_by`` and the deadline of the rules' first row of its sentence, if any."""
    chosen = chosen or model()
    if chosen is None or not mentions:
        return rows
    added = []
    sentence_bodies: set[tuple[int, str]] = set()  # one row per body and sentence ("the committees of A, B and C")
    for m, s, f in candidates(text, language, sentences, mentions, rows):
        if ruled(m, s, rows) or (s.start, m.agency_id) in sentence_bodies:
            continue
        role, _ = chosen.role(f)
        if role is None:
            continue
        sentence_bodies.add((s.start, m.agency_id))
        beside = next((r for r in rows if s.start <= r.start < s.end), None)
        task = " ".join(text[m.end:s.end].split()).strip(" ,;:") or None
        if task and len(task) > MAX_TASK_CHARS:
            task = task[:MAX_TASK_CHARS].rsplit(" ", 1)[0] + " …"
        added.append(Assignment(start=m.start, end=m.end, text=m.text, agency_id=m.agency_id, agency=m.text, role=role,
                                task=task, deadline=beside.deadline if beside else None,
                                deadline_qualifier=beside.deadline_qualifier if beside else None,
                                assigned_by=beside.assigned_by if beside else None))
    return sorted(rows + added, key=lambda a: (a.start, a.end)) if added else rows
