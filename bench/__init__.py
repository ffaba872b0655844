"""Benchmarks (``make bench``): each ``bench/bench_*.py`` module has ``run() -> dict`` and reports its
figures as ratios against a baseline measured in the same run."""
