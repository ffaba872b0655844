"""The project's defaults, read once from ``settings.cfg`` beside this module."""
from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

SETTINGS_FILE = Path(__file__).with_name("settings.cfg")


@lru_cache(maxsize=1)
def settings() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(inline_comment_prefixes=None)
    with SETTINGS_FILE.open(encoding="utf-8") as f:
        parser.read_file(f)
    return parser


# values are parsed once: the text pipeline reads some of them for every paragraph
@lru_cache(maxsize=None)
def get_int(section: str, key: str) -> int:
    return settings().getint(section, key)


@lru_cache(maxsize=None)
def get_float(section: str, key: str) -> float:
    return settings().getfloat(section, key)


@lru_cache(maxsize=None)
def get_str(section: str, key: str) -> str:
    return settings().get(section, key)


@lru_cache(maxsize=None)
def _words(section: str, key: str) -> tuple[str, ...]:
    return tuple(settings().get(section, key).split())


def get_list(section: str, key: str) -> list[str]:
    return list(_words(section, key))
