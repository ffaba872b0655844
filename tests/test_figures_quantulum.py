"""Side by side with quantulum3, an established quantity extractor, on the English seed: both find
the gold figures, but quantulum3 also reports years, dates and document-number fragments, and it
has no notion of qualifiers or currencies (VND reads as volt·newton·day). The full report is in
``make bench`` (bench/bench_figures.py)."""
from __future__ import annotations

import pytest

pytest.importorskip("quantulum3")

from bench.bench_figures import quantulum_comparison  # noqa: E402


@pytest.fixture(scope="module")
def comparison():
    return quantulum_comparison()


def test_figures_stage_at_least_as_good_as_quantulum3(comparison):
    ours, theirs = comparison["vnpolicy"], comparison["quantulum3"]
    assert ours["recall"] >= theirs["recall"]
    assert ours["precision"] >= theirs["precision"]
    assert ours["missed"] == [] and ours["spurious"] == []


def test_quantulum3_reports_the_non_figures_we_leave_out(comparison):
    spurious = comparison["quantulum3"]["spurious"]
    assert "2025" in spurious  # a year
    assert any("/" in s for s in spurious)  # a fragment of a document symbol (678/TB, 98/2018/ND)
    assert "100-year" in spurious  # a compound adjective


def test_quantulum3_has_no_qualifiers_or_currencies(comparison):
    assert comparison["qualifiers_in_gold"] > 0
    assert comparison["vnpolicy_qualifiers"] >= comparison["qualifiers_in_gold"]
    units = comparison["quantulum3_units"]
    assert units.get("15.2 trillion VND") not in (None, "VND", "Vietnamese dong")
