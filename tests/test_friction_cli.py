"""Issue 16, "wrong answers, no error" and "conventions" on the query commands: filters that mean
nothing are refused in one line, --province has one meaning (with --attribution), OR/NOT/NEAR are
refused, export reports never go into the data, --json/--nl/--csv/--csv-bom, envvars in --help,
Datasette options passed through, direct imports declared.

Most cases run the real click commands in this process (CliRunner: fast, stdout and stderr apart)
on a real corpus file; the stream tests run vnpolicy as a subprocess."""
from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, run_cli
from research_helpers import add_document, assign

from vnpolicy.cli import cli

# publisher province 87 (Đồng Tháp) names Cà Mau (96); publisher 96 names Đồng Tháp; an English
# page with no publisher province names neither. Each holds "hop tac xa" (or cooperatives).
DOCUMENTS = [
    ("http://127.0.0.1/dt1", "Tỉnh Đồng Tháp hỗ trợ hợp tác xã liên kết với tỉnh Cà Mau trong xuất khẩu tôm.",
     "vi", "2024-05-10", "baodongthap", "87"),
    ("http://127.0.0.1/cm1", "Cà Mau học tập mô hình hợp tác xã của tỉnh Đồng Tháp.",
     "vi", "2024-11-02", "baocamau", "96"),
    ("http://127.0.0.1/cm2", "Cà Mau phát triển hợp tác xã nuôi tôm.", "vi", "2025-01", "baocamau", "96"),
    ("http://127.0.0.1/en1", "Cooperatives grow in the Mekong delta (hop tac xa in Vietnamese).",
     "en", "2025-02-03", "vnexpress", None),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from corpus import open_db
    from corpus.process import _after_processing

    path = tmp_path_factory.mktemp("friction") / "friction.db"
    db = open_db(path)
    for url, text, lang, published, source, province in DOCUMENTS:
        add_document(db, url, text, language=lang, published=published, source_id=source, province_code=province,
                     assignments=[assign("MOF")] if source == "vnexpress" else [])
    _after_processing(db)
    db.conn.close()
    return path


def invoke(*args: str, db: Path | None = None, env: dict | None = None):
    return CliRunner().invoke(cli, [*args, *(["--db", str(db)] if db else [])], env=env, catch_exceptions=False)


def urls(result) -> set[str]:
    return {hit["url"].rsplit("/", 1)[1] for hit in json.loads(result.stdout)}


def assert_refused_in_one_line(result, *words: str) -> None:
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # no usage text, no traceback
    assert lines[0].startswith("Error:")
    for word in words:
        assert word in lines[0]
    assert result.stdout == ""


# --- filters that mean nothing are refused ---------------------------------------------------------

COMMANDS = [
    ("search", "hop tac xa"),
    ("export", "documents", "-o", "-", "--format", "csv"),
    ("coverage", "--by", "language"),
]

BAD_FILTERS = [
    (("--since", "2024/01/01"), "--since"),   # slashes are no ISO date
    (("--since", "2024-13-45"), "--since"),   # no 13th month
    (("--until", "yesterday"), "--until"),    # words are no date
    (("--until", "2024-02-30"), "--until"),   # no 30 February
    (("--lang", "xx"), "--lang"),             # no such language
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("args, named", BAD_FILTERS, ids=lambda a: " ".join(a) if isinstance(a, tuple) else "")
def test_nonsense_filters_are_refused(corpus, command, args, named):
    result = invoke(*command, *args, db=corpus)
    assert_refused_in_one_line(result, named)


@pytest.mark.parametrize("command", COMMANDS[:2], ids=lambda c: c[0])
@pytest.mark.parametrize("args, named", [
    (("--province", "999"), "--province"),         # no such province code
    (("--province", "Atlantis"), "--province"),    # nor name
    (("--source", "nosuch"), "nosuch"),            # a source the corpus does not hold
    (("--since", "2025", "--until", "2024"), "after"),  # an empty period
])
def test_unknown_province_source_or_period_is_refused(corpus, command, args, named):
    assert_refused_in_one_line(invoke(*command, *args, db=corpus), named)


def test_mentions_refuses_an_unknown_language(corpus):
    assert_refused_in_one_line(invoke("mentions", "98/2018/ND-CP", "--lang", "xx", db=corpus), "--lang")


def test_extract_and_export_pages_refuse_what_means_nothing(corpus, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("Nghị định số 98/2018/NĐ-CP.", encoding="utf-8")
    assert_refused_in_one_line(invoke("extract", str(page), "--lang", "xx"), "--lang")
    assert_refused_in_one_line(invoke("export", "pages", "-o", str(tmp_path / "p.warc.gz"), "--source", "nosuch",
                                      db=corpus), "nosuch")
    assert not (tmp_path / "p.warc.gz").exists()


@pytest.mark.parametrize("since, until, expected", [
    ("2024", None, {"dt1", "cm1", "cm2", "en1"}),      # a year: from its first day
    ("2025", None, {"cm2", "en1"}),
    (None, "2024", {"dt1", "cm1"}),                    # a year: to its last day
    ("2024-05", "2024-05", {"dt1"}),                   # a month, both ends
    (None, "2025-01", {"dt1", "cm1", "cm2"}),          # a month-only publication date is in its month
    ("2024-11-02", "2024-11-02", {"cm1"}),             # one day
    ("2024-05-10", "2024-05", {"dt1"}),                # a day, then the rest of its month
])
def test_partial_dates_are_accepted(corpus, since, until, expected):
    args = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    result = invoke("search", "hop tac xa", *args, "--json", db=corpus)
    assert result.exit_code == 0, result.stderr
    assert urls(result) == expected


@pytest.mark.parametrize("command", ["search", "coverage", "export documents"])
def test_help_says_dates_may_be_partial(command):
    text = " ".join(invoke(*command.split(), "--help").stdout.split())
    assert "YYYY-MM / YYYY" in text


def test_a_language_and_a_province_name_are_read(corpus):
    result = invoke("search", "hop tac xa", "--lang", "VI", "--province", "Đồng Tháp", "--json", db=corpus)
    assert result.exit_code == 0, result.stderr
    assert urls(result) == {"dt1"}


# --- one meaning of --province ---------------------------------------------------------------------

@pytest.mark.parametrize("attribution, expected", [
    (None, {"dt1"}),                   # the default: the publisher's province, as before in search
    ("publisher", {"dt1"}),
    ("mention", {"dt1", "cm1"}),       # documents naming Đồng Tháp, whoever published them
])
def test_province_means_the_same_in_search_and_export(corpus, attribution, expected):
    extra = ["--attribution", attribution] if attribution else []
    found = invoke("search", "hop tac xa", "--province", "87", *extra, "--json", db=corpus)
    exported = invoke("export", "documents", "-o", "-", "--format", "jsonl", "--province", "87", *extra, db=corpus)
    assert found.exit_code == 0 and exported.exit_code == 0, found.stderr + exported.stderr
    assert urls(found) == expected
    assert {json.loads(line)["url"].rsplit("/", 1)[1] for line in exported.stdout.splitlines()} == expected
    meaning = f"by {attribution or 'publisher'}"
    assert meaning in found.stderr and meaning in exported.stderr  # said, outside the data


def test_coverage_by_province_defaults_to_the_publisher_too(corpus):
    publisher = json.loads(invoke("coverage", "--by", "province", "--scheme", "2024", "--json", db=corpus).stdout)
    mention = json.loads(invoke("coverage", "--by", "province", "--scheme", "2024", "--attribution", "mention",
                                "--json", db=corpus).stdout)
    assert publisher["attribution"] == "publisher" and mention["attribution"] == "mention"
    by_key = lambda data: {r["key"]: r["count"] for r in data["rows"] if r["key"] in ("87", "96")}
    assert by_key(publisher) == {"87": 1, "96": 2}   # who published
    assert by_key(mention) == {"87": 2, "96": 3}     # who is named
    table = invoke("coverage", "--by", "province", db=corpus).stdout
    assert "by publisher" in table.splitlines()[0]
    rows = list(csv.DictReader(io.StringIO(invoke("coverage", "--by", "province", "--csv", db=corpus).stdout)))
    assert {r["attribution"] for r in rows} == {"publisher"}


def test_text_output_says_which_province(corpus):
    result = invoke("search", "hop tac xa", "--province", "96", "--attribution", "mention", db=corpus)
    assert "province 96 Cà Mau, by mention" in result.stdout.splitlines()[0]


# --- FTS operators ---------------------------------------------------------------------------------

@pytest.mark.parametrize("query, operator", [
    ("hop OR tom", "OR"),          # an alternative
    ("hop tac xa NOT tom", "NOT"),  # an exclusion
    ("NEAR(hop xa)", "NEAR"),       # a proximity group
    ("hop NEAR tom", "NEAR"),
])
def test_fts_operators_are_refused_clearly(corpus, query, operator):
    result = invoke("search", query, db=corpus)
    assert_refused_in_one_line(result, operator, "not supported", "quote")


@pytest.mark.parametrize("query, expected", [
    ('hop "OR" tac', set()),                        # quoted: the word "or", which no document holds
    ("hop AND tac AND xa", {"dt1", "cm1", "cm2", "en1"}),  # AND changes nothing
    ("cooperatives or", set()),                     # lower case: a word
])
def test_operator_words_can_still_be_searched(corpus, query, expected):
    result = invoke("search", query, "--json", db=corpus)
    assert result.exit_code == 0, result.stderr
    assert urls(result) == expected


def test_search_help_says_which_operators(corpus):
    text = " ".join(invoke("search", "--help").stdout.split())
    assert "OR, NOT and NEAR are not supported" in text


# --- output formats --------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ("search", "hop tac xa"),
    ("mentions", "98/2018/ND-CP"),
    ("coverage", "--by", "language"),
    ("stats",),
])
def test_query_commands_print_json_nl_and_csv(corpus, command):
    as_json = invoke(*command, "--json", db=corpus)
    as_nl = invoke(*command, "--nl", db=corpus)
    as_csv = invoke(*command, "--csv", db=corpus)
    excel = invoke(*command, "--excel", db=corpus)
    for result in (as_json, as_nl, as_csv, excel):
        assert result.exit_code == 0, result.stderr
    json.loads(as_json.stdout)
    lines = [json.loads(line) for line in as_nl.stdout.splitlines()]
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(lines) == len(rows)
    if command[0] != "mentions":  # the corpus cites no decree: headers only
        assert lines and rows and set(lines[0]) == set(rows[0])
    assert excel.stdout.startswith("\ufeff") and not as_csv.stdout.startswith("\ufeff")
    assert excel.stdout.lstrip("\ufeff").splitlines()[0] == as_csv.stdout.splitlines()[0]


def test_export_csv_bom_for_spreadsheets(corpus, tmp_path):
    target = tmp_path / "documents.csv"
    result = invoke("export", "documents", "-o", str(target), "--excel", db=corpus)
    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(DOCUMENTS) and "Đồng Tháp" in " ".join(r["text"] for r in rows)
    refused = invoke("export", "documents", "-o", str(tmp_path / "d.jsonl"), "--csv-bom", db=corpus)
    assert_refused_in_one_line(refused, "--csv-bom")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_to_stdout_keeps_the_report_out_of_the_data(corpus, fmt):
    result = run_cli("export", "documents", "-o", "-", "--format", fmt, "--json", db=corpus, check=True)
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(DOCUMENTS) and all("url" in row for row in rows)
    assert json.loads(result.stderr)["rows"] == len(DOCUMENTS)  # the report, on stderr


# --- environment variables -------------------------------------------------------------------------

@pytest.mark.parametrize("command, variable", [
    ("search", "VNPOLICY_DB"),
    ("export documents", "VNPOLICY_DB"),
    ("coverage", "VNPOLICY_DB"),
    ("crawl", "VNPOLICY_CRAWL_CONTACT"),
])
def test_environment_variables_are_shown_in_help(command, variable):
    text = " ".join(invoke(*command.split(), "--help").stdout.split())
    assert f"env var: {variable}" in text


def test_the_db_envvar_is_read_by_click(corpus):
    result = invoke("search", "cooperatives", "--json", env={"VNPOLICY_DB": str(corpus)})
    assert result.exit_code == 0, result.stderr
    assert urls(result) == {"en1"}


# --- vnpolicy serve passes Datasette's options through ----------------------------------------------

def test_serve_passes_datasette_options_through(corpus):
    result = invoke("serve", "--db", str(corpus), "--", "--setting", "sql_time_limit_ms", "4321", "--get", "/-/settings.json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sql_time_limit_ms"] == 4321
    versions = invoke("serve", "--db", str(corpus), "--", "--version-note", "friction-test", "--get", "/-/versions.json")
    assert json.loads(versions.stdout)["datasette"]["note"] == "friction-test"


@pytest.mark.parametrize("args, named", [
    (("--immutable", "other.db"), "immutable"),  # vnpolicy chooses how the corpus is opened
    (("--bogus",), "--bogus"),                   # Datasette has no such option
    (("--setting", "nosuch", "1"), "nosuch"),    # nor such setting
])
def test_serve_refuses_what_it_cannot_pass(corpus, args, named, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "other.db").write_bytes(b"")
    assert_refused_in_one_line(invoke("serve", "--db", str(corpus), "--", *args), named)


# --- direct imports are declared ---------------------------------------------------------------------

def test_direct_imports_are_declared_dependencies():
    import importlib.metadata

    declared = {re.split(r"[<>=\[ ;]", d, maxsplit=1)[0].lower().replace("_", "-")
                for d in tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]}
    providers = importlib.metadata.packages_distributions()
    imported = set()
    for folder in ("corpus", "extract", "nlp", "crawler", "vnpolicy"):
        for path in (REPO / folder).rglob("*.py"):
            imported |= set(re.findall(r"^\s*(?:from|import) ([a-zA-Z_]\w*)", path.read_text(encoding="utf-8"), re.M))
    own = {"corpus", "extract", "nlp", "crawler", "vnpolicy", "bench", "tests"}
    missing = {}
    for module in sorted(imported - own):
        dists = [d.lower().replace("_", "-") for d in providers.get(module, [])]
        if dists and not set(dists) & declared:
            missing[module] = dists
    assert missing == {}
    # trafilatura cleans HTML with lxml.html.clean, which lives in lxml_html_clean since lxml 5.2
    assert {"lxml", "lxml-html-clean", "scipy", "uvicorn"} <= declared


# --- usage errors are one line too (the installed command, in a subprocess) ---------------------------

@pytest.mark.parametrize("args, named", [
    (("coverage", "--by", "province", "--province", "999"), "--province"),  # coverage has no such filter
    (("search", "hop", "--since", "2024/01/01"), "--since"),                # a nonsense date
])
def test_usage_errors_are_one_line(corpus, args, named):
    result = run_cli(*args, db=corpus)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:") and named in lines[0], result.stderr
    assert "--help" in lines[0]  # where to read more
