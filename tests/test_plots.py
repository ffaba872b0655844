"""Coverage plots (``corpus.coverage.plot_coverage``, ``vnpolicy coverage --plot``): a month without
documents is a gap, counts have integer ticks, the legend lists the series in the order of the bars,
the row a plot leaves out (undated, no province) is noted, the format follows the file's extension,
and drawing changes nothing global in matplotlib (a notebook's backend and style stay)."""
from __future__ import annotations

import math

import pytest

from tests.conftest import run_cli


def months_result():
    from corpus.coverage import Coverage, Row, Series

    series = [Series("hop tac xa", "query", "hop tac xa")]
    rows = [Row("2025-01", "Jan 2025", 2, {"hop tac xa": 1}),
            Row("2025-02", "Feb 2025", 0, {"hop tac xa": 0}),  # no document at all that month
            Row("2025-03", "Mar 2025", 4, {"hop tac xa": 3}),
            Row("2025-04", "Apr 2025", 1, {"hop tac xa": 0}),  # documents, none matching: a real zero
            Row("(unknown)", "(unknown)", 3, {"hop tac xa": 1})]
    return Coverage("month", "documents", series, rows)


def provinces_result(series_names=("hop tac xa", "doanh nghiep")):
    from corpus.coverage import NONE_KEY, Coverage, Row, Series

    series = [Series(name, "query", name) for name in series_names]
    rows = [Row("82", "Đồng Tháp", 5, {"hop tac xa": 3, "doanh nghiep": 1}),
            Row("01", "Hà Nội", 4, {"hop tac xa": 1, "doanh nghiep": 3}),
            Row(NONE_KEY, NONE_KEY, 7, {"hop tac xa": 2, "doanh nghiep": 2})]
    return Coverage("province", "documents", series, rows, scheme="2025", attribution="publisher")


def drawn(figure):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure).draw()
    return figure


def figure_text(figure) -> str:
    return " ".join(t.get_text() for t in figure.texts)


def test_a_month_without_documents_is_a_gap_not_zero():
    from corpus.coverage import coverage_figure

    top, bottom = coverage_figure(months_result()).axes
    counts, shares = list(top.lines[0].get_ydata()), list(bottom.lines[0].get_ydata())
    assert counts[0] == 1 and math.isnan(counts[1]) and counts[2] == 3 and counts[3] == 0
    assert shares[0] == 50 and math.isnan(shares[1]) and shares[2] == 75 and shares[3] == 0


def test_the_undated_row_and_empty_months_are_noted():
    from corpus.coverage import coverage_figure

    text = figure_text(coverage_figure(months_result()))
    assert "3 documents without a date" in text and "1 hop tac xa" in text
    assert "1 month without any documents" in text


@pytest.mark.parametrize("result, axis", [
    (months_result, "y"),                                    # the count panel of a time line
    (lambda: provinces_result(("all",)), "x"),               # bars of plain counts
])
def test_counts_have_integer_ticks(result, axis):
    from corpus.coverage import Series, coverage_figure

    value = result()
    if value.by != "month":  # the totals series, whose bars are counts
        value.series = [Series("all", "all")]
        for row in value.rows:
            row.counts = {"all": row.total}
    ax = drawn(coverage_figure(value)).axes[0]
    ticks = ax.get_yticks() if axis == "y" else ax.get_xticks()
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), ticks


def test_the_legend_lists_the_series_in_the_order_of_the_bars():
    from corpus.coverage import coverage_figure

    ax = coverage_figure(provinces_result()).axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    containers = {c.get_label(): c for c in ax.containers}
    top_to_bottom = sorted(legend, key=lambda name: -containers[name].patches[0].get_y())  # within one group
    assert legend == top_to_bottom == ["hop tac xa", "doanh nghiep"]


def test_documents_in_no_province_are_noted():
    from corpus.coverage import coverage_figure

    text = figure_text(coverage_figure(provinces_result()))
    assert "7 documents not attributed to any province" in text


@pytest.mark.parametrize("name, magic", [
    ("plot.png", b"\x89PNG"),
    ("plot.svg", b"<svg"),
    ("plot.PDF", b"%PDF"),
])
def test_the_format_follows_the_extension(tmp_path, name, magic):
    from corpus.coverage import plot_coverage

    target = tmp_path / name
    plot_coverage(provinces_result(), target)
    assert magic in target.read_bytes()[:400]


@pytest.mark.parametrize("name", ["plot.jpg", "plot", "plot.png.txt"])
def test_other_extensions_are_refused(tmp_path, name):
    from corpus.coverage import plot_coverage

    with pytest.raises(ValueError, match="PNG, SVG or PDF"):
        plot_coverage(provinces_result(), tmp_path / name)
    assert not (tmp_path / name).exists()


def test_drawing_changes_no_global_matplotlib_state(tmp_path):
    """A notebook's backend, its open figures and its rcParams are as they were after a plot."""
    import matplotlib
    import matplotlib.pyplot as plt

    from corpus.coverage import plot_coverage

    backend = matplotlib.get_backend()
    matplotlib.use("pdf")  # a backend that is not the one a plotting helper might force
    try:
        with matplotlib.rc_context({"font.family": "serif"}):
            before = dict(matplotlib.rcParams)
            figures = plt.get_fignums()
            plot_coverage(months_result(), tmp_path / "m.png")
            plot_coverage(provinces_result(), tmp_path / "p.svg")
            assert matplotlib.get_backend() == "pdf"
            assert plt.get_fignums() == figures
            assert dict(matplotlib.rcParams) == before
    finally:
        matplotlib.use(backend)


def test_the_command_writes_svg_and_pdf_and_refuses_other_files(copy_corpus, tmp_path):
    for name, magic in (("months.svg", b"<svg"), ("months.pdf", b"%PDF")):
        run_cli("coverage", "--by", "month", "--query", "hop tac xa", "--plot", str(tmp_path / name),
                db=copy_corpus, check=True)
        assert magic in (tmp_path / name).read_bytes()[:400]
    result = run_cli("coverage", "--by", "month", "--plot", str(tmp_path / "months.gif"), db=copy_corpus)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "PNG, SVG or PDF" in result.stderr
    assert not (tmp_path / "months.gif").exists()
