"""``vnpolicy train-assignments``: fit the learned fallback of the assignments stage (extract/assign/learned.py) on
the gold files whose text is present, with ``--cv`` the grouped cross-validation (one gold bucket held out at a time)
that chooses its threshold."""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import click

from vnpolicy import evaluate


class _Recorder:
    """A stand-in for the assignments stage that keeps what the rules read (rows, mentions, sentences)."""

    name = "assignments"

    def __init__(self) -> None:
        self.seen = None

    def extract(self, context):
        from extract.assign.extractor import assignments_and_mentions

        rows, mentions, sentences = assignments_and_mentions(context.text, context.language, context.sentences,
                                                             context.published, context.province_code)
        self.seen = (context.text, context.language, sentences, mentions, rows)
        return rows


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def gold_file_samples(path: Path, gold: dict) -> dict | None:
    """One gold file's candidates: features, labels, and what scoring needs (the rules' rows, the gold rows)."""
    from extract.assign.learned import candidates, ruled

    text = evaluate.gold_text(gold)
    if text is None:
        return None
    recorder = _Recorder()
    doc = evaluate.gold_document(text, gold, stages=[recorder])
    clean, language, sentences, mentions, rows = recorder.seen
    gold_rows = []
    for g in gold["facts"]:
        span = evaluate.locate(doc.text, g["text"], g.get("occurrence", 1))
        gold_rows.append((span, g.get("agency_id"), g.get("role")))
    items = []
    for m, s, f in candidates(clean, language, sentences, mentions, rows):
        label = next((role for span, agency_id, role in gold_rows
                      if span and _overlaps(m.start, m.end, *span) and agency_id == m.agency_id), "none")
        items.append({"start": m.start, "end": m.end, "sentence": s.start, "agency_id": m.agency_id, "ruled": ruled(m, s, rows),
                      "features": f, "label": label})
    return {"file": path.name, "bucket": evaluate.bucket(path, gold.get("language") or doc.language),
            "language": gold.get("language") or doc.language, "items": items,
            "rules": [(r.start, r.end, r.agency_id, r.role) for r in rows],
            "gold": [(list(span) if span else None, a, r) for span, a, r in gold_rows]}


RULES_FEATURES = ("rules_",)


def _without_rules(features: dict) -> dict:
    return {k: v for k, v in features.items() if not k.startswith(RULES_FEATURES)}


def _match(gold: list, predicted: list) -> tuple[int, set[int]]:
    """Matched gold rows (as vnpolicy eval matches them: the first unused prediction overlapping the gold phrase with
    the same agency id and role) and the indexes of the predictions used."""
    used: set[int] = set()
    tp = 0
    for span, agency_id, role in gold:
        if span is None:
            continue
        k = next((i for i, p in enumerate(predicted) if i not in used and p[0] < span[1] and span[0] < p[1]
                  and p[2] == agency_id and p[3] == role), None)
        if k is not None:
            used.add(k)
            tp += 1
    return tp, used


def score(files: list[dict], roles: dict[tuple[str, int], tuple[str, float]], threshold: float, *,
          alone: bool = False) -> dict:
    """Pooled counts per language and overall: the rules alone, the rules with the model's added rows (the bodies the
    rules gave no row), the added rows right and wrong; ``alone``: the model's rows alone over every body."""
    out: dict = defaultdict(Counter)
    for f in files:
        rules = [tuple(r) for r in f["rules"]]
        added = []
        sentence_bodies: set = set()  # one row per body and sentence, as learned_rows adds them
        for k, item in enumerate(f["items"]):
            role, p = roles.get((f["file"], k), (None, 0.0))
            if role and p >= threshold and (alone or not item["ruled"]):
                if (item.get("sentence"), item["agency_id"]) not in sentence_bodies:
                    sentence_bodies.add((item.get("sentence"), item["agency_id"]))
                    added.append((item["start"], item["end"], item["agency_id"], role))
        gold = f["gold"]
        for key in (f["language"], "all"):
            c = out[key]
            c["gold"] += len(gold)
            if alone:
                tp, _ = _match(gold, added)
                c["tp"] += tp
                c["fp"] += len(added) - tp
                continue
            tp_rules, _ = _match(gold, rules)
            tp_both, used = _match(gold, rules + added)
            c["rules_tp"] += tp_rules
            c["rules_fp"] += len(rules) - tp_rules
            c["both_tp"] += tp_both
            c["both_fp"] += len(rules) + len(added) - tp_both
            c["added"] += len(added)
            c["added_tp"] += tp_both - tp_rules
    return {k: dict(v) for k, v in out.items()}


def _samples(files: list[dict], *, rules_features: bool = True) -> tuple[list[dict], list[str], list[str], list[tuple]]:
    x, y, groups, keys = [], [], [], []
    for f in files:
        for k, item in enumerate(f["items"]):
            x.append(item["features"] if rules_features else _without_rules(item["features"]))
            y.append(item["label"])
            groups.append(f["bucket"])
            keys.append((f["file"], k))
    return x, y, groups, keys


def cross_validated_roles(files: list[dict], *, folds: int = 0, rules_features: bool = True, min_count: int = 2,
                          c: float = 1.0, log=None) -> dict[tuple[str, int], tuple[str, float]]:
    """Each candidate's best role and its probability from a model trained without its gold bucket: one bucket held
    out at a time (``folds`` 0), or the buckets dealt into ``folds`` groups in their sorted order."""
    from extract.assign.learned import Model, fit

    x, y, groups, keys = _samples(files, rules_features=rules_features)
    buckets = sorted(set(groups))
    fold_of = {b: (i % folds if folds else i) for i, b in enumerate(buckets)}
    roles: dict[tuple[str, int], tuple[str, float]] = {}
    for fold in sorted(set(fold_of.values())):
        train = [i for i, g in enumerate(groups) if fold_of[g] != fold]
        test = [i for i, g in enumerate(groups) if fold_of[g] == fold]
        if not test or len({y[i] for i in train}) < 2:
            continue
        m = Model(fit([x[i] for i in train], [y[i] for i in train], min_count=min_count, c=c))
        for i in test:
            probs = m.probabilities(x[i])
            best = max((p, cl) for cl, p in zip(m.classes, probs) if cl != "none")
            roles[keys[i]] = (best[1], best[0])
        if log:
            log(f"fold {fold + 1}: {len(train)} trained, {len(test)} held out")
    return roles


def _collect(workers: int, log) -> list[dict]:
    files = evaluate.load_gold("assignments")
    if workers > 1:
        from multiprocessing import get_context

        with get_context("fork").Pool(workers) as pool:
            out = pool.starmap(gold_file_samples, files, chunksize=8)
    else:
        out = [gold_file_samples(p, g) for p, g in files]
    out = [o for o in out if o]
    log(f"{len(out)} gold files with their text present, {sum(len(o['items']) for o in out)} bodies named")
    return out


def choose_threshold(files: list[dict], roles: dict, precision: float = 0.9) -> float:
    """The lowest threshold (of 0.30, 0.35 … 0.95) at which the added rows are ``precision`` right, pooled, and stay
    so at every higher one (the highest tried if none is)."""
    steps = [round(0.3 + 0.05 * k, 2) for k in range(14)]
    ok = [t for t in steps
          if (lambda s: s.get("added", 0) == 0 or s["added_tp"] / s["added"] >= precision)(score(files, roles, t)["all"])]
    chosen = steps[-1]
    for t in reversed(steps):
        if t not in ok:
            break
        chosen = t
    return chosen


def _pr(tp: int, fp: int, gold: int) -> str:
    return f"{tp / max(1, tp + fp):.3f} / {tp / max(1, gold):.3f}"


@click.command("train-assignments")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="The gold folder (default: tests/gold of the checkout in the current directory).")
@click.option("--cv", "cross_validate", is_flag=True,
              help="Only cross-validate (one gold bucket held out at a time) and print the scores per threshold.")
@click.option("--threshold", type=float, default=None,
              help="The model's threshold (default: chosen by the grouped cross-validation, added rows 0.9 precise).")
@click.option("--samples", "samples_file", type=click.Path(dir_okay=False), default=None,
              help="Read the gold files' candidates from this JSON file if it exists, else write them to it.")
@click.option("--workers", type=int, default=2, show_default=True, help="Processes reading the gold files.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model (default: extract/assign/learned_model.json).")
def train_assignments(gold_dir, cross_validate, threshold, samples_file, workers, output) -> None:
    """Fit the assignments stage's learned fallback on the gold files whose text is present and write it as JSON.

    The grouped cross-validation (one gold bucket held out at a time) runs first and chooses the threshold: the lowest
    from which on the rows the model adds beyond the rules' are 0.9 precise, pooled (the highest tried if none is).
    The stage uses the model only with [assignments] learned_fallback = on in the settings.

    \b
    Example:
        vnpolicy train-assignments --cv                                # the cross-validation table alone
        vnpolicy train-assignments --samples /tmp/assign_samples.json  # fit, keeping the gold's candidates
    """
    from extract.assign.learned import MODEL_FILE, fit

    def log(message: str) -> None:
        print(message, file=sys.stderr)

    evaluate.use_gold(gold_dir or evaluate.default_gold())
    if samples_file and Path(samples_file).is_file():
        files = json.loads(Path(samples_file).read_text(encoding="utf-8"))
    else:
        files = _collect(workers, log)
        if samples_file:
            Path(samples_file).write_text(json.dumps(files, ensure_ascii=False), encoding="utf-8")
    if cross_validate or threshold is None:
        roles = cross_validated_roles(files, log=log)
        chosen = choose_threshold(files, roles)
        for t in [round(0.3 + 0.05 * k, 2) for k in range(14)]:
            s = score(files, roles, t)
            a = s["all"]
            print(f"threshold {t:.2f}: added {a['added_tp']} right, {a['added'] - a['added_tp']} wrong; rules "
                  f"{_pr(a['rules_tp'], a['rules_fp'], a['gold'])}, rules+model {_pr(a['both_tp'], a['both_fp'], a['gold'])}"
                  + ("  <- chosen" if t == chosen else "")
                  + (" (no threshold makes them 0.9 precise: the highest)"
                     if t == chosen and a["added"] and a["added_tp"] / a["added"] < 0.9 else ""))
        threshold = chosen if threshold is None else threshold
        if cross_validate:
            return
    x, y, groups, _ = _samples(files)
    model = fit(x, y, threshold=threshold, trained_on=sorted(set(groups)))
    target = Path(output) if output else MODEL_FILE
    target.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    log(f"wrote {target} ({target.stat().st_size} bytes, {len(model['coef'])} features, threshold {threshold})")


COMMANDS = [train_assignments]
