"""notebooks/diffusion.ipynb runs against the demo corpus in a real Jupyter kernel and draws its curves."""
from __future__ import annotations

import sqlite3

from tests.conftest import REPO


def test_diffusion_notebook_runs_and_draws(seed_corpus, tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    target = tmp_path / "demo.db"  # a copy: the notebook dates the undated sample files
    source, dest = sqlite3.connect(seed_corpus), sqlite3.connect(target)
    source.backup(dest)
    source.close()
    dest.close()
    monkeypatch.setenv("VNPOLICY_NOTEBOOK_DB", str(target))
    notebook = nbformat.read(REPO / "notebooks" / "diffusion.ipynb", as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")  # stored clean
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(REPO / "notebooks")}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert len([o for o in outputs if "image/png" in o.get("data", {})]) >= 2
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    # the decree's issue date comes from the text of its mentions (5 July 2018), in any spelling
    assert "98/2018/NĐ-CP: issued 2018-07-05 (text)" in text
    assert "2024 by mention" in text and "2025 by publisher" in text and "median" in text
