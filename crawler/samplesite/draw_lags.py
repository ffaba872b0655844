"""Draw, once, the lags with which the generated provincial papers take up each tracked decree, and
write them to ``vnpolicy/data/sample_corpus/diffusion.json``. The generator reads that file; it
never draws lags itself, so the file is the ground truth a diffusion analysis can be checked against.

``python -m crawler.samplesite.draw_lags vnpolicy/data/sample vnpolicy/data/sample_corpus`` redraws
them (same seed, same file).

The model, in words: each paper has an eagerness (outlets.json). The first article taking up a
decree comes ``lag_days`` after the issue date, drawn from a log-normal distribution whose median
depends on the eagerness; some papers never take it up. Later articles on the same decree follow
the first after 15–160 days.
"""
from __future__ import annotations

import json
import math
import random
from datetime import date
from pathlib import Path

from crawler.samplesite.papers import load_json
from crawler.samplesite.site_data import DemoTexts, demo_texts, locate_demo_texts

# median first lag in days, spread (sigma of the log), chance of never taking the decree up
EAGERNESS = {"early": (9, 0.55, 0.03), "middle": (30, 0.6, 0.12), "late": (85, 0.5, 0.3)}
# national outlets: days after the issue date, by language (a wire in Vietnamese first, translations later)
NATIONAL_LAG = {"vi": (0, 1), "en": (1, 3), "fr": (2, 6), "sv": (3, 10)}
FOLLOW_UPS = (0, 0, 1, 1, 1, 2)  # how many later articles, drawn uniformly from these


def draw(seed: int = 16) -> dict:
    outlets = load_json("outlets.json")
    legal = load_json("legal.json")
    rng = random.Random(seed)
    last_day = date.fromisoformat(outlets["window"]["last_day"])
    decrees = []
    for doc in legal["documents"]:
        if not doc.get("tracked"):
            continue
        issued = date.fromisoformat(doc["issued"])
        national = {o["slug"]: rng.randint(*NATIONAL_LAG[next(iter(o["languages"]))]) for o in outlets["national"]}
        provinces = {}
        for paper in outlets["provincial"]:
            median, sigma, never = EAGERNESS[paper["eagerness"]]
            if rng.random() < never:
                provinces[paper["province_code"]] = {"paper": paper["slug"], "lag_days": None, "follow_up_days": []}
                continue
            lag = max(1, round(math.exp(math.log(median) + rng.gauss(0, sigma))))
            follow = sorted(lag + rng.randint(15, 160) for _ in range(rng.choice(FOLLOW_UPS)))
            provinces[paper["province_code"]] = {"paper": paper["slug"], "lag_days": lag, "follow_up_days": follow}
        in_window = sum(1 for p in provinces.values()
                        if p["lag_days"] is not None and (issued - date(1970, 1, 1)).days + p["lag_days"] <= (last_day - date(1970, 1, 1)).days)
        decrees.append({"key": doc["key"], "id": doc["id"], "issued": doc["issued"], "topic": doc["topic"],
                        "national_lag_days": national, "provinces": provinces,
                        "provinces_taking_up_within_window": in_window})
    return {
        "_comment": ("Ground truth of the generated demo corpus for diffusion analyses: for each tracked decree "
                     "(legal.json), its issue date and, per province (publisher's 2025 code), the days after the "
                     "issue date when that province's sample paper (outlets.json) first publishes an article taking "
                     "it up (lag_days; null: never) and the days of its later articles on it (follow_up_days). "
                     "Articles falling after the window's last day are not generated. national_lag_days: the "
                     "national outlets' report, in days after the issue date. Provincial background articles never "
                     "cite a tracked decree, so a paper's first mention of one is the article at lag_days. Drawn once "
                     "by crawler/samplesite/draw_lags.py (seed, model and medians there); the generator only reads "
                     "this file."),
        "seed": seed,
        "model": {"eagerness": {k: {"median_days": v[0], "sigma_log": v[1], "never": v[2]} for k, v in EAGERNESS.items()},
                  "national_lag_days": {k: list(v) for k, v in NATIONAL_LAG.items()},
                  "follow_up_gap_days": [15, 160]},
        "window": outlets["window"],
        "decrees": decrees,
    }


def main(argv: list[str] | None = None) -> None:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.exit("usage: python -m crawler.samplesite.draw_lags SEEDS_DIR GENERATED_DIR "
                 "(vnpolicy/data/sample vnpolicy/data/sample_corpus)")
    locate_demo_texts(DemoTexts(Path(args[0]), Path(args[1])))
    target = demo_texts().generated / "diffusion.json"
    target.write_text(json.dumps(draw(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
