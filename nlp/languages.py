"""The languages vnpolicy reads, discovered from the folders of ``nlp/lang/``.

A language is a folder ``nlp/lang/<code>/`` (ISO 639-1) holding ``language.json`` (its name, its place
among the others, spaCy's blank-pipeline options) and its sentence data (``abbreviations.txt``…); each
extraction stage keeps its own words in ``<package>/lang/<code>/`` beside its code
(``extract/refs/lang/``, ``extract/figures/lang/``, ``extract/assign/lang/``). Nothing else lists the
languages: adding one is adding those folders.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).with_name("lang")
DESCRIPTION = "language.json"


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    native_name: str
    # place among the languages: detection, segmentation and the data tables take them in this order
    order: int
    folder: Path
    # written in the Latin alphabet with cognates of the other cognate languages (nlp/stories.py)
    cognate: bool = False
    # the language names and readings fall back to when the asked one has none (one language says so)
    fallback: bool = False
    # the language of Vietnam's official names (the ids of the shared tables); its texts write them fully
    official: bool = False
    # letters past a-z that open a list item ("đ)" in Vietnamese)
    list_letters: str = ""
    spacy: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def data_dir(self, package_dir: Path) -> Path:
        """This language's data folder in an extraction package (``extract/refs`` → ``extract/refs/lang/vi``)."""
        return Path(package_dir) / "lang" / self.code


@lru_cache(maxsize=1)
def registry() -> dict[str, Language]:
    """Every language of ``nlp/lang/``, by code, in their declared order."""
    found = []
    for folder in LANG_DIR.iterdir():
        description = folder / DESCRIPTION
        if not description.is_file():
            continue
        data = json.loads(description.read_text(encoding="utf-8"))
        if data.get("code", folder.name) != folder.name:
            raise ValueError(f"{description}: code {data['code']!r} is not its folder's name {folder.name!r}")
        found.append(Language(code=folder.name, name=data["name"], native_name=data.get("native_name", data["name"]),
                              order=int(data.get("order", 1000)), folder=folder, cognate=bool(data.get("cognate")),
                              fallback=bool(data.get("fallback")), official=bool(data.get("official")),
                              list_letters=data.get("list_letters", ""),
                              spacy=data.get("spacy", {})))
    return {lang.code: lang for lang in sorted(found, key=lambda lang: (lang.order, lang.code))}


def codes() -> tuple[str, ...]:
    """The language codes, in their declared order (today vi, en, fr, sv)."""
    return tuple(registry())


def get(code: str) -> Language:
    return registry()[code]


def fallback() -> str:
    """The fallback language: the one whose language.json says ``"fallback": true`` (today English), in which a
    body is named, and a text of no known language is read, when the asked language has nothing."""
    found = [lang.code for lang in registry().values() if lang.fallback]
    if len(found) != 1:
        raise ValueError(f"{LANG_DIR}: exactly one language.json must say \"fallback\": true, not {found or 'none'}")
    return found[0]


def is_official(code: str | None) -> bool:
    """Whether ``code`` is the language of the official names (today Vietnamese); no or an unknown code is not."""
    lang = registry().get(code or "")
    return bool(lang and lang.official)


def expected() -> tuple[str, ...]:
    """The languages the corpus expects: [langid] expected when a user's settings name some, else every language."""
    from nlp import config

    return tuple(config.get_list("langid", "expected")) or codes()


def cognates() -> tuple[str, ...]:
    """The cognate languages: [stories] cognate_languages when a user's settings name some, else those
    whose language.json says so."""
    from nlp import config

    return tuple(config.get_list("stories", "cognate_languages")) or tuple(
        lang.code for lang in registry().values() if lang.cognate)
