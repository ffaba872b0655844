"""The language registry: languages are the folders of nlp/lang/, and no module lists them by hand."""
from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import REPO
from nlp import languages, segment


@pytest.fixture
def lang_dir(tmp_path, monkeypatch):
    """A copy of nlp/lang/ that the registry reads instead of the real one."""
    folder = tmp_path / "lang"
    shutil.copytree(languages.LANG_DIR, folder)
    monkeypatch.setattr(languages, "LANG_DIR", folder)
    languages.registry.cache_clear()
    yield folder
    languages.registry.cache_clear()


def test_the_four_languages_in_their_declared_order():
    assert languages.codes() == tuple(sorted(languages.registry(), key=lambda c: languages.get(c).order))
    assert set(languages.codes()) == {p.name for p in languages.LANG_DIR.iterdir() if (p / "language.json").is_file()}
    assert languages.codes()[0] == "vi" and languages.get("sv").name == "Swedish"
    assert languages.cognates() == ("en", "fr", "sv")
    assert segment.SUPPORTED == languages.codes()


def test_adding_a_folder_adds_a_language(lang_dir):
    (lang_dir / "de").mkdir()
    (lang_dir / "de" / "language.json").write_text(json.dumps({"code": "de", "name": "German", "order": 4,
                                                               "cognate": True}), encoding="utf-8")
    (lang_dir / "notes").mkdir()  # a folder without language.json is no language
    assert languages.codes()[-1] == "de" and "notes" not in languages.codes()
    assert languages.expected()[-1] == "de"
    assert languages.cognates() == ("en", "fr", "sv", "de")
    assert languages.get("de").data_dir(REPO / "extract" / "refs") == REPO / "extract" / "refs" / "lang" / "de"


def test_a_folder_whose_description_names_another_code_is_refused(lang_dir):
    (lang_dir / "de").mkdir()
    (lang_dir / "de" / "language.json").write_text(json.dumps({"code": "nl", "name": "Dutch"}), encoding="utf-8")
    with pytest.raises(ValueError, match="is not its folder's name"):
        languages.registry()


# the folders of the extraction stages: those that declare a stage (extract/<folder>/stage.json)
STAGE_PACKAGES = sorted(str(p.parent.relative_to(REPO)) for p in (REPO / "extract").glob("*/stage.json"))


def test_the_stage_folders_are_found():
    assert STAGE_PACKAGES == ["extract/assign", "extract/figures", "extract/refs"]


@pytest.mark.parametrize("package", STAGE_PACKAGES)
def test_every_language_has_its_data_folder_in_each_extraction_stage(package):
    folders = {p.name for p in (REPO / package / "lang").iterdir() if p.is_dir()}
    assert folders == set(languages.codes())


# the four codes written one after another, as a list in code would be
_HAND_WRITTEN_LIST = re.compile(r"""["']vi["'], *["']en["'], *["']fr["'], *["']sv["']""")


def test_no_module_lists_the_languages_by_hand():
    offenders = [f"{path.relative_to(REPO)}:{n}" for path in REPO.rglob("*.py")
                 if "tests" not in path.relative_to(REPO).parts and ".venv" not in path.parts
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if _HAND_WRITTEN_LIST.search(line)]
    assert offenders == []


def test_one_language_is_the_fallback_and_one_the_official():
    assert languages.fallback() == "en"
    assert [code for code in languages.codes() if languages.is_official(code)] == ["vi"]
    assert not languages.is_official(None) and not languages.is_official("de")


def test_two_fallback_languages_are_refused(lang_dir):
    description = lang_dir / "fr" / "language.json"
    description.write_text(json.dumps({**json.loads(description.read_text(encoding="utf-8")), "fallback": True}),
                           encoding="utf-8")
    with pytest.raises(ValueError, match="exactly one language.json"):
        languages.fallback()


# the shared tables: ids, kinds, codes and dates, no language's words (those are in lang/<code>/ folders)
SHARED_TABLES = ["nlp/data/agencies.csv", "nlp/data/provincial_bodies.csv", "nlp/data/provinces_2024.csv",
                 "nlp/data/provinces_2025.csv", "extract/refs/data/issuers.csv", "extract/refs/data/doc_types.csv",
                 "extract/refs/data/law_titles.csv"]


@pytest.mark.parametrize("table", SHARED_TABLES)
def test_the_shared_tables_have_no_column_of_a_language(table):
    header = (REPO / table).read_text(encoding="utf-8").splitlines()[0].split(",")
    # the official language's names are ids (a province's name_vi, a law's title_vi), the only ones kept
    official = {f"name_{code}" for code in languages.codes() if languages.is_official(code)} | {
        f"name_short_{code}" for code in languages.codes() if languages.is_official(code)} | {
        f"title_{code}" for code in languages.codes() if languages.is_official(code)}
    language_columns = [c for c in header if c in languages.codes() or c.rsplit("_", 1)[-1] in languages.codes()]
    assert [c for c in language_columns if c not in official] == []


@pytest.mark.parametrize("code", languages.codes())
def test_every_body_is_named_in_every_language_folder(code):
    from nlp import agencies

    named = {agency.id for agency in agencies.agencies().values() if code in agency.names}
    assert named == set(agencies.agencies())


# the packages that read the languages through the registry: none of their modules names a language's code
# (a doctest's example may); extract/assign/ is not among them yet (README "Languages")
REGISTRY_PACKAGES = ["nlp", "extract/refs", "extract/figures"]


def _code_literal() -> re.Pattern[str]:
    codes = "|".join(map(re.escape, languages.codes()))
    # a province's official names (name_vi, name_short_vi) are the data's ids, the one exception
    others = "|".join(re.escape(code) for code in languages.codes() if not languages.is_official(code))
    return re.compile(rf"""["'](?:{codes})["']|name_(?:{others})\b|\[["'](?:{codes})["']\]""")


def test_no_module_of_the_registry_packages_names_a_language():
    pattern = _code_literal()
    offenders = [f"{path.relative_to(REPO)}:{n}: {line.strip()}" for package in REGISTRY_PACKAGES
                 for path in sorted((REPO / package).rglob("*.py")) if "fast" not in path.relative_to(REPO).parts
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line) and not line.lstrip().startswith((">>>", "#"))]
    assert offenders == []
