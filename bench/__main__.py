"""Run every benchmark module (or those named on the command line) and write bench/results/latest.json."""
from __future__ import annotations

import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    results = {"machine": {"python": platform.python_version(), "platform": platform.platform()},
               "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "benchmarks": {}}
    status = 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", flush=True)
        try:
            result = module.run()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            result = {"error": f"{type(exc).__name__}: {exc}"}
            status = 1
        results["benchmarks"][name] = result
        print(json.dumps(result, indent=2, ensure_ascii=False), flush=True)
    out = HERE / "results" / "latest.json"
    if argv and out.exists():  # a run of some benchmarks keeps the others' last figures
        try:
            previous = json.loads(out.read_text(encoding="utf-8")).get("benchmarks", {})
        except (ValueError, AttributeError):
            previous = {}
        results["benchmarks"] = {**previous, **results["benchmarks"]}
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"results written to {out}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
