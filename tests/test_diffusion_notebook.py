"""notebooks/diffusion.ipynb runs against the demo corpus in a real Jupyter kernel and draws its curves;
where the demo carries the generator's ground truth, the lags it finds are checked against it."""
from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

TRUTH = REPO / "vnpolicy" / "data" / "sample_corpus" / "diffusion.json"


@pytest.fixture
def demo_corpus(request):
    """The demo as `vnpolicy demo` builds it when the session builds it once (built_demo), else the
    bundled sample ingested (seed_corpus). Both are only read."""
    try:
        return request.getfixturevalue("built_demo").path
    except pytest.FixtureLookupError:
        return request.getfixturevalue("seed_corpus")


def test_diffusion_notebook_runs_and_draws(demo_corpus, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("VNPOLICY_NOTEBOOK_DB", str(demo_corpus))
    notebook = nbformat.read(REPO / "notebooks" / "diffusion.ipynb", as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")  # stored clean
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(REPO / "notebooks")}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert len([o for o in outputs if "image/png" in o.get("data", {})]) >= 2
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "Decree 98/2018 is 98/2018/NĐ-CP - issued 2018-07-05 (text)" in text  # any spelling
    assert "2024 by mention" in text and "2025 by publisher" in text
    if not TRUTH.exists():
        assert "this demo has no generated ground truth" in text
        return
    # a decree whose issue date the articles give: every province's first mention at the generator's lag
    checked = re.findall(r"(\S+): issued (\S+) \(text; generator (\S+)\); (\d+) of (\d+) provinces", text)
    assert checked
    for name, found, truth, same, expected in checked:
        assert found == truth and same == expected and int(expected) > 0, name
