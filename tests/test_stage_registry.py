"""The stage registry (extract.stages) is what storage, deletion on reprocess, export, coverage, the
Datasette metadata and the evaluation follow: a stage registered from this module, and nowhere
else, has its facts stored in its own table, replaced when a page is processed again, exported,
counted and scored against a gold file; once unregistered it is gone from all of them."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass

import pytest
from click.testing import CliRunner

import extract
from corpus import open_db, serve
from corpus.db import write_transaction
from corpus.export import export, export_kinds
from corpus.facts import PROVENANCE_COLUMNS, fact_kinds, table_columns
from corpus.process import process
from corpus.serve import load_metadata
from corpus.stats import corpus_stats
from corpus.store import RawPage, store_document, store_pages
from extract.models import Fact
from extract.stages import (Context, Registered, UnknownStage, discover, register, registered, registration,
                            unregister)
from vnpolicy import evaluate
from vnpolicy.cli import cli
from vnpolicy.cli.export_facts import command_help

# a toy stage: hashtags as social posts write them (too naive: it takes the rank "#1" for one)
HASHTAG = re.compile(r"#(\w+)")


@dataclass(frozen=True, kw_only=True)
class Hashtag(Fact):
    tag: str  # folded to lower case, without the sign
    length: int


class HashtagStage:
    name = "hashtags"
    version = "1"

    def extract(self, context: Context) -> list[Hashtag]:
        return [Hashtag(start=m.start(), end=m.end(), text=m.group(), tag=m.group(1).lower(), length=len(m.group(1)))
                for m in HASHTAG.finditer(context.text)]


# one short text a language, each with its tags (the French one has a rank, "#1", which is no tag)
TEXTS = {
    "https://example.invalid/vi": ("Tỉnh Đồng Tháp hỗ trợ hơn 300 hợp tác xã nông nghiệp năm 2025. #HopTacXa #DongThap", "vi"),
    "https://example.invalid/en": ("The province supports agricultural cooperatives this year. #Cooperatives", "en"),
    "https://example.invalid/fr": ("La province soutient les coopératives agricoles, classées #1 du pays. #Cooperatives", "fr"),
    "https://example.invalid/sv": ("Provinsen stöder jordbrukets kooperativ i år. #Kooperativ", "sv"),
}


STAGE = HashtagStage()  # what a stage folder's stage.json names

# the toy stage's declaration, as its folder's stage.json would hold it: how its table is shown (the
# help of its export subcommand, the columns its Datasette page hides) comes from here, and no
# other file names it
DECLARATION = {
    "name": "hashtags", "stage": "test_stage_registry:STAGE", "fact": "test_stage_registry:Hashtag",
    "table": "hashtags", "keys": ["tag"], "order": 40,
    "description": "Hashtags that social posts put on their words.",
    "export_help": {"summary": "Hashtags of social posts (tag folded to lower case, length).",
                    "example": "vnpolicy export hashtags --format csv -o hashtags.csv --lang fr"},
    "hidden_columns": ["length"],
    "readable_numbers": ["length"],
}


@pytest.fixture
def hashtags(tmp_path):
    """The toy stage, declared by a stage folder of this test's own and registered at run time."""
    (tmp_path / "stages" / "hashtags").mkdir(parents=True)
    (tmp_path / "stages" / "hashtags" / "stage.json").write_text(json.dumps(DECLARATION), encoding="utf-8")
    entry = register(discover(tmp_path / "stages")["hashtags"])
    try:
        yield entry
    finally:
        unregister("hashtags")


@pytest.fixture
def corpus(tmp_path, hashtags):
    """A real corpus file with the four texts stored as pages and processed by every registered stage."""
    db = open_db(tmp_path / "corpus.db")
    store_pages(db, [RawPage(url=url, content=text.encode("utf-8"), origin="file", content_type="text/plain")
                     for url, (text, _lang) in TEXTS.items()])
    report = process(db, workers=1)
    assert report.documents == 4 and not report.failed
    return db


def tags_by_url(db) -> dict[str, list[str]]:
    rows = db.execute("select d.url, h.tag from hashtags h join documents d on d.id = h.document_id order by h.start")
    out: dict[str, list[str]] = {}
    for url, tag in rows:
        out.setdefault(url, []).append(tag)
    return out


def test_built_in_stages_declare_the_tables_the_schema_makes(tmp_path):
    # the registry is the truth about the contract tables: the columns (and SQL types) each built-in
    # stage declares are exactly those of its table in a new corpus
    db = open_db(tmp_path / "schema.db")
    assert [(r.name, r.table) for r in registered()] == [
        ("references", "mentions"), ("figures", "figures"), ("assignments", "assignments")]
    for entry in registered():
        assert table_columns(entry) == {c.name: c.type for c in db[entry.table].columns}, entry.name


def test_a_folder_with_a_stage_file_is_a_stage(tmp_path):
    # what the registry reads from extract/*/stage.json, here from a folder of this test's own
    built_in = discover()
    assert [(r.name, r.stage, r.fact.__name__, r.keys) for r in built_in.values()] == [
        ("references", "extract.refs:stage", "Reference", ("id",)),
        ("figures", "extract.figures:stage", "Figure", ("value", "low", "high")),
        ("assignments", "extract.assign:stage", "Assignment", ("agency_id", "role"))]
    assert all(r.load().name == r.name for r in built_in.values())  # each file names its own stage
    for folder, order in (("tags", 15), ("other", 5)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "stage.json").write_text(json.dumps({
            "name": f"{folder}_hashtags", "stage": "test_stage_registry:STAGE", "fact": "test_stage_registry:Hashtag",
            "table": f"{folder}_hashtags", "keys": ["tag"], "order": order}), encoding="utf-8")
    found = discover(tmp_path)
    assert list(found) == ["other_hashtags", "tags_hashtags"]  # by their order, not their folders' names
    assert found["tags_hashtags"].load() is STAGE and found["tags_hashtags"].columns() == {"tag": "TEXT", "length": "INTEGER"}
    assert (found["tags_hashtags"].export_help, found["tags_hashtags"].hidden_columns) == (None, ())  # optional keys
    (tmp_path / "tags" / "stage.json").write_text(json.dumps({**DECLARATION, "name": "tags_hashtags", "table": "tags_hashtags"}))
    declared = discover(tmp_path)["tags_hashtags"]
    assert declared.export_help == (DECLARATION["export_help"]["summary"], DECLARATION["export_help"]["example"])
    assert (declared.hidden_columns, declared.readable_numbers) == (("length",), ("length",))
    assert built_in["figures"].hidden_columns == ("reading", "scale") and built_in["assignments"].hidden_columns == ()
    # two files of one name, a file that lacks a key or names no fact dataclass: refused, with the reason
    (tmp_path / "other" / "stage.json").write_text((tmp_path / "tags" / "stage.json").read_text())
    with pytest.raises(ValueError, match="two stage files declare the name tags_hashtags"):
        discover(tmp_path)
    (tmp_path / "other" / "stage.json").write_text(json.dumps({"name": "x", "stage": "test_stage_registry:STAGE"}))
    with pytest.raises(ValueError, match=r"other/stage.json: a stage file needs fact, table, order"):
        discover(tmp_path)
    (tmp_path / "other" / "stage.json").write_text(json.dumps({
        "name": "x", "stage": "test_stage_registry:STAGE", "fact": "test_stage_registry:HASHTAG", "table": "x", "order": 1}))
    with pytest.raises(ValueError, match="is not a dataclass of extract.models.Fact"):
        discover(tmp_path)


def test_a_registered_stage_runs_in_the_pipeline_and_the_document_json(hashtags):
    doc = extract.document(TEXTS["https://example.invalid/vi"][0], lang="vi")
    assert [h.tag for h in doc.hashtags] == ["hoptacxa", "dongthap"]
    as_json = doc.to_dict()
    assert list(as_json)[-4:] == ["references", "figures", "assignments", "hashtags"]
    assert as_json["hashtags"][0]["sentence"].endswith("#HopTacXa #DongThap")
    assert extract.pipeline_version().endswith("+hashtags-1")


def test_its_facts_are_stored_in_its_table_with_provenance(corpus):
    assert tags_by_url(corpus) == {
        "https://example.invalid/vi": ["hoptacxa", "dongthap"],
        "https://example.invalid/en": ["cooperatives"],
        "https://example.invalid/fr": ["1", "cooperatives"],
        "https://example.invalid/sv": ["kooperativ"],
    }
    # the table is made from the stage's declaration: provenance columns, then the fact's typed fields
    assert {c.name: c.type for c in corpus["hashtags"].columns} == {**PROVENANCE_COLUMNS, "tag": "TEXT", "length": "INTEGER"}
    row = corpus.execute("select text, sentence, language, extractor_version, length from hashtags where tag = 'kooperativ'").fetchone()
    assert row[0] == "#Kooperativ" and row[1].startswith("Provinsen") and row[2] == "sv"
    assert row[3] == extract.pipeline_version() and row[4] == len("Kooperativ")
    # the built-in stages stored theirs as before, beside it; stats count its table
    assert corpus.execute("select count(*) from figures").fetchone()[0] > 0
    assert corpus_stats(corpus)["tables"]["hashtags"] == 6


def test_its_facts_are_replaced_when_a_page_is_processed_again(corpus):
    before = corpus.execute("select count(*) from hashtags").fetchone()[0]
    process(corpus, reprocess=True, workers=1)
    assert corpus.execute("select count(*) from hashtags").fetchone()[0] == before  # replaced, not added
    # a page whose text changed loses the facts of its old text
    url = "https://example.invalid/vi"
    store_pages(corpus, [RawPage(url=url, content="Tỉnh Đồng Tháp hỗ trợ nông dân. #NongDan".encode("utf-8"),
                                 origin="file", content_type="text/plain")])
    process(corpus, workers=1)
    assert tags_by_url(corpus)[url] == ["nongdan"]
    assert corpus.execute("select count(*) from hashtags").fetchone()[0] == before - 1


def test_its_facts_are_exported_by_the_python_api_and_the_command(corpus, tmp_path):
    assert "hashtags" in export_kinds()
    report = export(corpus, "hashtags", tmp_path / "tags.csv", format="csv")
    rows = list(csv.DictReader((tmp_path / "tags.csv").open(encoding="utf-8", newline="")))
    assert report.rows == len(rows) == 6
    assert [r["tag"] for r in rows if r["url"].endswith("/vi")] == ["hoptacxa", "dongthap"]
    assert set(rows[0]) >= {"document_id", "url", "language", "start", "end", "tag", "length", "sentence", "extractor_version"}
    # the command line has a subcommand for it, made from the registry
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "hashtags", "-o", str(tmp_path / "tags.jsonl"), "--lang", "fr",
                                 "--db", str(tmp_path / "corpus.db")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in (tmp_path / "tags.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["tag"], r["length"]) for r in lines] == [("1", 1), ("cooperatives", 12)]


def test_coverage_counts_the_documents_carrying_its_facts(corpus, tmp_path):
    # one more English document, without a tag: counted in the total, not in the series
    store_pages(corpus, [RawPage(url="https://example.invalid/en2", content=b"The ministry publishes its yearly report.",
                                 origin="file", content_type="text/plain")])
    process(corpus, workers=1)
    result = CliRunner().invoke(cli, ["coverage", "--by", "language", "--fact", "hashtags", "--json",
                                      "--db", str(tmp_path / "corpus.db")])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert {r["key"]: (r["series"], r["count"], r["total"]) for r in rows} == {
        "en": ("with hashtags", 1, 2), "fr": ("with hashtags", 1, 1), "sv": ("with hashtags", 1, 1), "vi": ("with hashtags", 1, 1)}


def test_the_datasette_metadata_describes_its_table(hashtags):
    table = load_metadata("corpus")["databases"]["corpus"]["tables"]["hashtags"]
    assert table["description"].startswith("Hashtags that social posts put on their words. ")  # its declaration's
    assert "hashtags stage" in table["description"]
    assert table["columns"]["extractor_version"] == "Version of the hashtags stage"
    # the built-in tables keep their own descriptions
    assert load_metadata("corpus")["databases"]["corpus"]["tables"]["figures"]["description"].startswith("Numbers")


def test_its_export_subcommand_has_the_help_it_declares(hashtags):
    result = CliRunner().invoke(cli, ["export", "hashtags", "--help"])
    assert result.exit_code == 0, result.output
    assert "Hashtags of social posts (tag folded to lower case, length)." in result.output
    assert "vnpolicy export hashtags --format csv -o hashtags.csv --lang fr" in result.output
    assert "Hashtags of social posts" in CliRunner().invoke(cli, ["export", "--help"]).output


def test_a_stage_that_declares_no_export_help_gets_a_generic_one(hashtags):
    register(Registered("plain_tags", HashtagStage(), Hashtag, "plain_tags"))
    try:
        assert command_help("plain_tags") == ("The facts of the table plain_tags (a registered stage's), with provenance.",
                                              "vnpolicy export plain_tags --format csv -o plain_tags.csv")
    finally:
        unregister("plain_tags")


def test_its_datasette_page_hides_the_columns_it_declares(hashtags, monkeypatch):
    assert serve.table_display("hashtags") == {
        "hidden_columns": ["start", "end", "extractor_version", "length"], "readable_numbers": ["length"]}
    monkeypatch.setattr(serve, "_CORPORA", {"corpus"})
    assert serve.html_redirect("/corpus/hashtags", {"tag": ["x"]}) == (
        "/corpus/hashtags?tag=x&_nocol=start&_nocol=end&_nocol=extractor_version&_nocol=length")
    assert serve.html_redirect("/corpus/hashtags", {"_col": ["tag"]}) is None  # the reader chose the columns
    # listed on the database page after the built-in fact tables and before the lookup tables
    order = serve.table_order()
    assert order.index("assignments") < order.index("hashtags") < order.index("legal_documents")
    tables = [{"name": name, "hidden": False} for name in ("agencies", "zeta", "hashtags", "documents")]
    assert [t["name"] for t in serve.first_tables(tables)] == ["documents", "hashtags", "agencies", "zeta"]


def test_the_built_in_stages_tables_are_shown_and_exported_as_their_declarations_say():
    # the order, hidden columns and help texts that display.json and the export module named by hand
    # before the stages declared them
    assert serve.table_order() == ["documents", "mentions", "figures", "assignments", "legal_documents", "sources",
                                   "provinces", "agencies"]
    assert serve.table_display("figures") == {"hidden_columns": ["start", "end", "extractor_version", "reading", "scale"],
                                              "readable_numbers": ["value", "low", "high", "scale"]}
    assert serve.table_display("mentions") == {"hidden_columns": ["start", "end", "extractor_version", "resolved_from"],
                                               "readable_numbers": []}
    assert serve.table_display("assignments")["hidden_columns"] == ["start", "end", "extractor_version"]
    assert serve.table_display("documents")["search_query"] == "search_documents"  # not a stage's: display.json's
    assert serve.table_display("sources") == {}
    assert command_help("figures") == ("Figures (value, range, qualifier, unit, currency), with provenance.",
                                       "vnpolicy export figures --format parquet --partition-by month -o figures/")
    assert command_help("mentions")[0].startswith("Mentions of legal documents")
    assert command_help("assignments")[1].startswith("vnpolicy export assignments ")
    assert command_help("documents")[0].startswith("Documents: ")  # not a stage's: the export module's own


def test_it_is_evaluated_against_its_gold(hashtags, tmp_path, monkeypatch, capsys):
    # a gold folder laid out as tests/gold: the "#1" of the French text is not a tag, so the
    # toy regex's match on it is a spurious prediction
    gold = tmp_path / "gold"
    (gold / "hashtags").mkdir(parents=True)
    text, lang = TEXTS["https://example.invalid/fr"]
    (gold / "hashtags" / "toy_fr.json").write_text(json.dumps({
        "text": text, "language": lang,
        "facts": [{"text": "#Cooperatives", "tag": "cooperatives", "length": 12}]}), encoding="utf-8")
    text, lang = TEXTS["https://example.invalid/vi"]
    (gold / "hashtags" / "toy_vi.json").write_text(json.dumps({
        "text": text, "language": lang,
        "facts": [{"text": "#HopTacXa", "tag": "hoptacxa"}, {"text": "#DongThap", "tag": "dongthap"}]}), encoding="utf-8")
    monkeypatch.setattr(evaluate, "GOLD", evaluate.GOLD)  # put back after main() points it at this gold
    monkeypatch.setattr(evaluate, "SHARED", evaluate.SHARED)
    monkeypatch.setattr(evaluate, "EXTERNAL", evaluate.EXTERNAL)
    assert evaluate.KEYS["hashtags"] == ("tag",)
    assert evaluate.main(["--gold", str(gold), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)["hashtags"]
    assert (scores["fr"]["tp"], scores["fr"]["fp"], scores["fr"]["fn"], scores["fr"]["precision"]) == (1, 1, 0, 0.5)
    assert (scores["vi"]["tp"], scores["vi"]["fp"], scores["vi"]["fn"]) == (2, 0, 0)
    assert (scores["all"]["tp"], scores["all"]["fp"]) == (3, 1)
    assert scores["fr"]["attributes"] == {"length": 1.0}  # the one attribute a gold fact gives beyond its key


def test_storing_facts_of_no_registered_stage_is_an_error_and_writes_nothing(tmp_path):
    db = open_db(tmp_path / "unknown.db")
    store_pages(db, [RawPage(url="https://example.invalid/a", content=b"text", content_type="text/plain")])
    page = {"id": 1, "url": "https://example.invalid/a"}
    with pytest.raises(UnknownStage, match="no stage is registered for the facts 'emails'"):
        with write_transaction(db):
            store_document(db, page, {"text": "a@b.example", "language": "en",
                                      "emails": [{"start": 0, "end": 11, "text": "a@b.example"}]},
                           province_code=None, version="v")
    assert db.execute("select count(*) from documents").fetchone()[0] == 0


def test_unregistered_it_is_gone_from_every_list(tmp_path):
    entry = register(Registered("hashtags", HashtagStage(), Hashtag, "hashtags", keys=("tag",)))
    assert registration("hashtags") is entry and "hashtags" in fact_kinds()
    with pytest.raises(ValueError, match="registered already"):
        register(entry)
    unregister("hashtags")
    assert "hashtags" not in fact_kinds() and "hashtags" not in export_kinds() and "hashtags" not in evaluate.KEYS
    assert "hashtags" not in extract.document("#tag here", lang="en").to_dict()
    assert "hashtags" not in load_metadata("corpus")["databases"]["corpus"]["tables"]
    assert serve.table_display("hashtags") == {} and "hashtags" not in serve.table_order()
    result = CliRunner().invoke(cli, ["export", "hashtags", "-o", str(tmp_path / "x.csv"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code != 0 and "No such command" in result.output
    with pytest.raises(UnknownStage):
        unregister("hashtags")
