"""The notebooks run against the demo corpus (as ``vnpolicy demo`` builds it) in a real Jupyter kernel
(this interpreter), and their outputs hold the pictures."""
from __future__ import annotations

import re
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
def notebook_db(tmp_path_factory, built_demo):
    """A copy of the demo corpus, so that nothing a notebook does can change the shared one."""
    import sqlite3

    target = tmp_path_factory.mktemp("notebooks") / "demo.db"
    source, dest = sqlite3.connect(built_demo.path), sqlite3.connect(target)
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
    assert "generated for the demo" in text
    if name == "mentions_over_time.ipynb":
        assert "98/2018/NĐ-CP" in text and "2025-12" in text
        # the diffusion cell finds every take-up the ground truth lays down (within the window)
        for found, truth in re.findall(r"(\d+) of 26 provinces, median lag \d+ days; ground truth (\d+) provinces", text):
            assert int(found) <= int(truth) and int(found) >= int(truth) - 3
        assert text.count("ground truth") >= 5
    else:
        assert "Đồng Tháp" in text and "Hồ Chí Minh" in text
        shares = [int(s) for s in re.findall(r"hop tac xa +(\d+)%", text)]
        assert len(shares) >= 20 and max(shares) - min(shares) >= 20  # coverage differs between provinces
        assert re.search(r"en: pages \d+ of \d+, stories \d+ of \d+", text)


def test_notebooks_are_stored_without_outputs():
    import nbformat

    for path in NOTEBOOKS.glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), path.name
