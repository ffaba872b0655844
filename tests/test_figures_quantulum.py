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


@pytest.fixture(scope="module")
def forms():
    from bench.bench_figures import forms_comparison

    return forms_comparison()


def test_every_form_of_issue_15_is_read_where_quantulum3_reads_it(forms):
    # make bench's per-form comparison (bench/figure_forms.json): the figures stage finds every
    # expected figure of every form, in every language, and quantulum3 no more in English
    for name, row in forms.items():
        for who, score in row.items():
            if who.startswith("vnpolicy_"):
                assert score["found"] == score["expected"] and score["spurious"] == 0, (name, who, score)
        if "quantulum3_en" in row:
            assert row["vnpolicy_en"]["found"] >= row["quantulum3_en"]["found"], name


def test_quantulum3_reports_look_alikes(forms):
    # dates, times, phone numbers and symbols: quantulum3 reports numbers the figures stage leaves out
    assert forms["not a figure"]["quantulum3_en"]["spurious"] > 0
    assert forms["not a figure"]["vnpolicy_en"]["spurious"] == 0
