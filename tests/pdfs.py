"""Real PDF files for tests, written with matplotlib's PDF backend (TrueType text, extractable)."""
from __future__ import annotations

from pathlib import Path


def write_pdf(path: Path, lines: list[str]) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["pdf.fonttype"] = 42
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(8.27, 11.69))
    for i, line in enumerate(lines):
        fig.text(0.08, 0.92 - 0.025 * i, line, fontsize=10)
    fig.savefig(path)
    plt.close(fig)
    return path
