"""The notebooks run against the demo corpus in a real Jupyter kernel (this interpreter), and their
outputs hold the pictures."""
from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO

NOTEBOOKS = REPO / "notebooks"


def test_the_kernel_is_this_python():
    from jupyter_client import KernelManager

    manager = KernelManager(kernel_name="python3")
    command = manager.format_kernel_cmd()
    assert command[0] == sys.executable  # the kernel imports the project and its dependencies


@pytest.fixture(scope="module")
def notebook_db(tmp_path_factory, seed_corpus):
    """A copy of the demo corpus the notebooks may write to (they date the undated sample files)."""
    import sqlite3

    target = tmp_path_factory.mktemp("notebooks") / "demo.db"
    source, dest = sqlite3.connect(seed_corpus), sqlite3.connect(target)
    source.backup(dest)
    source.close()
    dest.close()
    return target


@pytest.mark.parametrize("name", ["mentions_over_time.ipynb", "provincial_coverage.ipynb"])
def test_notebook_runs_and_draws(name, notebook_db, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("VNPOLICY_NOTEBOOK_DB", str(notebook_db))
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2, f"{name} shows {len(images)} pictures"
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    if name == "mentions_over_time.ipynb":
        assert "98/2018/NĐ-CP" in text and "2025-12" in text
    else:
        assert "Đồng Tháp" in text and "TP.HCM" in text and "stories: 2 of 4" in text


def test_notebooks_are_stored_without_outputs():
    import nbformat

    for path in NOTEBOOKS.glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), path.name
