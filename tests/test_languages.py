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
