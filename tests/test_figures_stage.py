"""The figures stage inside the pipeline: registration, document JSON, reference spans, real text."""
from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

import extract
from extract.figures import stage
from extract.models import Reference, Sentence
from extract.stages import DEFAULT_STAGES, Context

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(__file__).parents[1].parent / "shared" / "dev" / "baomoi"


def test_stage_is_registered_with_name_and_version():
    assert "extract.figures:stage" in DEFAULT_STAGES
    assert stage.name == "figures" and stage.version


def test_document_json_carries_figures_with_sentence():
    doc = extract.document("The province has more than 35,000 cooperatives. It was founded in 2025.", lang="en")
    figures = doc.to_dict()["figures"]
    assert [(f["value"], f["qualifier"], f["unit"]) for f in figures] == [(35000.0, "more_than", "cooperatives")]
    assert figures[0]["sentence"] == "The province has more than 35,000 cooperatives."


def test_figures_skip_the_spans_of_references():
    text = "Theo Nghị định 116 năm 2020 có 300 hợp tác xã."
    reference = Reference(start=5, end=18, text=text[5:18], id="116/2020/NĐ-CP", type="decree")
    context = Context(text=text, language="vi", sentences=[Sentence(0, len(text), "vi")], facts={"references": [reference]})
    assert [f.value for f in stage.extract(context)] == [300.0]


def test_language_of_each_sentence_decides_the_reading():
    # an English sentence inside a Vietnamese page reads 1,000 as a thousand, the Vietnamese one 1.000
    text = "Có 1.000 hợp tác xã mới.\nThere are 1,000 new cooperatives."
    sentences = [Sentence(0, 24, "vi"), Sentence(25, len(text), "en")]
    context = Context(text=text, language="vi", sentences=sentences)
    assert [f.value for f in stage.extract(context)] == [1000.0, 1000.0]


def test_ambiguous_number_follows_the_documents_other_numbers():
    # a Vietnamese text written with English-style numbers (15.2 is a decimal point): 1,000 is a thousand
    text = "Có 15.2 nghìn tỷ đồng và 2.5% tăng trưởng, với 1,000 hợp tác xã."
    figures = extract.document(text, lang="vi").figures
    assert [f.value for f in figures] == [15.2e12, 2.5, 1000.0]
    assert figures[-1].reading == "dot_decimal"


def test_cli_extract_json_has_figures(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Cả nước có hơn 35.000 hợp tác xã với gần 6 triệu thành viên, tăng 20% so với năm 2020.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "vnpolicy", "extract", str(path), "--json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)["figures"]
    assert [(f["value"], f["qualifier"]) for f in figures] == [(35000.0, "more_than"), (6e6, "nearly"), (20.0, None)]


@pytest.mark.skipif(not DEV.exists(), reason="dev articles not present")
def test_sanity_on_real_vietnamese_articles():
    """Over the unannotated dev articles: spans are exact, values finite, and none of the classic
    non-figures (a bare year, a document symbol, a date) slips through."""
    files = sorted(DEV.glob("*.txt"))
    assert files
    total = 0
    for path in files:
        doc = extract.document(path.read_text(encoding="utf-8"), lang="vi")
        for f in doc.figures:
            total += 1
            assert doc.text[f.start:f.end] == f.text
            numbers = [v for v in (f.value, f.low, f.high) if v is not None]
            assert numbers and all(math.isfinite(v) and v >= 0 for v in numbers), f
            assert (f.value is None) == (f.low is not None and f.high is not None), f
            assert not re.fullmatch(r"(?:19|20)\d\d", f.text), f"a bare year reported: {f.text!r} in {path.name}"
            assert not re.search(r"\d+/\d{4}/[A-ZĐ]", f.text), f"a document symbol reported: {f.text!r}"
            assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", f.text), f"a date reported: {f.text!r}"
    # the articles are about budgets and statistics: they are full of figures
    assert total > 5 * len(files)


def test_corpus_figures_table_has_provenance_and_sentence(seed_corpus):
    """The seeds processed into a real SQLite corpus: figures rows carry the document, span,
    sentence and extractor version, and the sentence holds the figure."""
    import sqlite3

    conn = sqlite3.connect(seed_corpus)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "select f.*, d.text as doc_text, d.url from figures f join documents d on d.id = f.document_id"
    ).fetchall()
    conn.close()
    assert len(rows) >= 70  # 72 gold figures over the five seeds
    for row in rows:
        assert row["doc_text"][row["start"]:row["end"]] == row["text"]
        assert row["text"] in row["sentence"]
        assert "figures-" in row["extractor_version"]
    by_text = {row["text"]: row for row in rows}
    cooperatives = by_text["more than 35,000 cooperatives"]
    assert (cooperatives["value"], cooperatives["qualifier"], cooperatives["unit"], cooperatives["language"]) == (
        35000.0, "more_than", "cooperatives", "en")
    money = by_text["cirka 45 miljoner VND/år"]
    assert (money["value"], money["currency"], money["per"], money["scale"]) == (45e6, "VND", "år", 1e6)
    assert by_text["hơn 2,8 nghìn tỷ đồng"]["reading"] == "comma_decimal"
